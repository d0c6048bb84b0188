#!/usr/bin/env bash
# Quick start: install what is missing, build, and start the desktop app on its embedded default
# (a local SQLite profile with the demo regency). Without a display it runs under xvfb-run.
#   bash scripts/start.sh [lontar options, e.g. --profile DIR --language en]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
cmake --preset default -S "$root" >/dev/null
cmake --build "$root/build" --target lontar lontar-cli
echo
echo "Lontar demo accounts: admin, sekda, kadis, kabid, staf, arsiparis, pengadaan, keuangan — password: lontar-demo"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting under xvfb-run (a virtual screen)."
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$root/build/app/lontar/lontar" "$@"
fi
exec "$root/build/app/lontar/lontar" "$@"
