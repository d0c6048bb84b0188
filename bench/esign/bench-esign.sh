#!/usr/bin/env bash
# Signing and verification of 1, 10 and 50 MB PDFs: lontar-cli next to pdfsig (Poppler 22.12) on the
# same files and the same RSA-2048 key, as a table with ratios. Wall time and peak memory come from
# GNU time for both tools alike. Prints figures only: no pass/fail.
#   bash bench/esign/bench-esign.sh [BUILD_DIR] [SIZES_MB...]     (default: build-ci, 1 10 50)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build-ci}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 50)
cli="$(realpath "$build")/app/lontar-cli/lontar-cli" # absolute: we cd into a temp folder below
[ -x "$cli" ] || { echo "build lontar-cli first ($cli)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

openssl req -x509 -newkey rsa:2048 -nodes -keyout k.pem -out c.pem -days 365 -subj "/CN=Bench Signer" 2>/dev/null
openssl pkcs12 -export -inkey k.pem -in c.pem -passout pass:bench -out key.p12
mkdir nss && certutil -N -d sql:nss --empty-password && pk12util -i key.p12 -d sql:nss -W bench >/dev/null
nick=$(pdfsig -nssdir sql:nss -list-nicks 2>/dev/null | grep -m1 "Bench Signer" | sed 's/^ *//')

# A one-page PDF carrying an incompressible payload of the wanted size in a stream object.
make_pdf() {
  local mb=$1 out=$2
  head -c $((mb * 1024 * 1024)) /dev/urandom > payload.bin
  python3 - "$out" <<'PY' 2>/dev/null || perl -e 'exit 1'
import sys
payload = open('payload.bin', 'rb').read()
objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
        b"<</Length 44>>stream\nBT /F1 12 Tf 72 770 Td (Benchmark) Tj ET\n\nendstream",
        b"<</Length %d>>stream\n" % len(payload) + payload + b"\nendstream"]
out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(objs) + 1)
for off in offsets:
    out += b"%010d 00000 n\r\n" % off
out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
open(sys.argv[1], 'wb').write(out)
PY
}

measure() { # prints "seconds maxKB"
  /usr/bin/time -f "%e %M" -o t.txt "$@" >/dev/null 2>&1 || true
  tail -n 1 t.txt # GNU time prepends "Command exited with non-zero status N" on failure
}

printf "%-6s | %-22s | %-22s | %-6s || %-22s | %-22s | %-6s\n" "size" "lontar sign s (MB RSS)" "pdfsig sign s (MB RSS)" "ratio" \
  "lontar verify s (MB)" "pdfsig verify s (MB)" "ratio"
for mb in "${sizes[@]}"; do
  make_pdf "$mb" in.pdf
  export BENCH_PASS=bench
  read -r ls lm < <(measure "$cli" sign --key key.p12 --pass-env BENCH_PASS --in in.pdf --out ours.pdf)
  read -r ps pm < <(measure pdfsig -nssdir sql:nss -add-signature -nick "$nick" in.pdf theirs.pdf)
  read -r lv lvm < <(measure "$cli" verify ours.pdf)
  read -r pv pvm < <(measure pdfsig -nssdir sql:nss -nocert ours.pdf)
  printf "%-6s | %8s s (%6.1f MB) | %8s s (%6.1f MB) | %6.2f || %8s s (%6.1f) | %8s s (%6.1f) | %6.2f\n" "${mb}MB" \
    "$ls" "$(echo "$lm/1024" | bc -l)" "$ps" "$(echo "$pm/1024" | bc -l)" "$(echo "$ls/($ps+0.0001)" | bc -l)" \
    "$lv" "$(echo "$lvm/1024" | bc -l)" "$pv" "$(echo "$pvm/1024" | bc -l)" "$(echo "$lv/($pv+0.0001)" | bc -l)"
done
echo "ratio = lontar / pdfsig (lower is better). Targets: signing within 1.2x, verification faster, memory flat in size."
