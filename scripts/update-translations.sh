#!/usr/bin/env bash
# Re-extracts every tr() string into translations/*.ts. Run after adding or changing user-visible text,
# then translate the new entries of lontar_en.ts (Qt Linguist or by hand); the translation test fails
# while any entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -silent -locations none -no-obsolete -source-language id -target-language id modules app -ts translations/lontar_id.ts
"$LUPDATE" -silent -locations none -no-obsolete -source-language id -target-language en modules app -ts translations/lontar_en.ts
