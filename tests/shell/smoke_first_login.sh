#!/bin/sh
# lontar --no-demo on an empty profile against lontar-server --demo: the auto-login has no local user,
# so it goes through the server (first login), then syncs. Then the same profile without the server:
# the login is checked on the device.
set -u
lontar="$1"
server="$2"
d=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; rm -rf "$d"' EXIT
"$server" --data "$d/server" --demo --auto-approve-devices --port 0 >"$d/server.log" 2>&1 &
pid=$!
i=0
while ! grep -q listening "$d/server.log" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -gt 100 ] && { cat "$d/server.log"; exit 1; }
    sleep 0.1
done
url=$(grep -o 'https://[^ ]*' "$d/server.log")
pin=$(grep -o 'sha256=[0-9a-f]*' "$d/server.log" | cut -d= -f2)
"$lontar" --profile "$d/p" --no-demo --server "$url" --server-sha256 "$pin" --smoke-test 3000 || exit 1
kill "$pid"
wait "$pid" 2>/dev/null
# Offline now: the verifier kept at the first login lets the same user in.
"$lontar" --profile "$d/p" --no-demo --server "$url" --server-sha256 "$pin" --smoke-test 1000 >"$d/offline.log" 2>&1 || {
    cat "$d/offline.log"
    exit 1
}
grep -q "sync status: Luring" "$d/offline.log" || { cat "$d/offline.log"; exit 1; }
