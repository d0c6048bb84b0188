#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test (CTest), including the
# packaging test that builds, installs and starts the .deb.
#   bash scripts/test.sh [extra ctest arguments, e.g. -L esign]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
cmake --preset ci -S "$root"
cmake --build "$root/build-ci" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build-ci" --output-on-failure --timeout 900 -j "$(nproc)" "$@"
