#!/usr/bin/env bash
# Batch signing: N generated one-page letters (each with a ${ttd} placeholder at a varying position)
# signed by `lontar-cli sign --in-dir` (key unlocked once, stamp placed by anchor with Poppler, one
# process) next to a loop of `pdfsig -add-signature` (Poppler 22.12, NSS database, one process per file,
# invisible signature) over the same files, in the same run. Prints both wall times, per document and
# the ratio. Figures only: no pass/fail.
#   bash bench/esign/bench-batch.sh [BUILD_DIR] [COUNT]     (default: build-ci, 1000)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build-ci}"
count="${2:-1000}"
cli="$(realpath "$build")/app/lontar-cli/lontar-cli" # absolute: we cd into a temp folder below
[ -x "$cli" ] || { echo "build lontar-cli first ($cli)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

openssl req -x509 -newkey rsa:2048 -nodes -keyout k.pem -out c.pem -days 365 -subj "/CN=Bench Signer" \
  -addext "keyUsage=critical,digitalSignature,nonRepudiation" 2>/dev/null
openssl pkcs12 -export -inkey k.pem -in c.pem -passout pass:bench -out key.p12
mkdir nss && certutil -N -d sql:nss --empty-password && pk12util -i key.p12 -d sql:nss -W bench >/dev/null
nick=$(pdfsig -nssdir sql:nss -list-nicks 2>/dev/null | grep -m1 "Bench Signer" | sed 's/^ *//')

# One-page letters as a word processor would write them: Helvetica text, a placeholder in the signature
# block (a few without one, to exercise the fallback), classic xref table.
mkdir in
python3 - "$count" <<'PY'
import sys
n = int(sys.argv[1])
for i in range(1, n + 1):
    lines = [(72, 770, "PEMERINTAH KABUPATEN TANJUNG LONTAR"), (72, 750, "DINAS KOMUNIKASI DAN INFORMATIKA"),
             (72, 700, "Nomor: 800/%04d/Diskominfo/2026" % i), (72, 680, "Perihal: Undangan rapat koordinasi"),
             (72, 640, "Dengan hormat,")]
    for k in range(12):
        lines.append((72, 620 - 14 * k, "Isi surat baris %d: mohon kehadiran Bapak/Ibu pada rapat koordinasi." % k))
    lines.append((340, 420, "Kepala Dinas,"))
    if i % 10 != 0:
        lines.append((340, 330 - (i % 7) * 10, "${ttd}"))
    lines.append((340, 240, "Ir. Siti Aminah, M.T."))
    lines.append((340, 226, "NIP. 197803202003122002"))
    content = "".join("BT /F1 11 Tf 1 0 0 1 %d %d Tm (%s) Tj ET\n" % l for l in lines).encode()
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
            b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream",
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for j, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % j + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n\r\n" % off
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    open("in/surat-%04d.pdf" % i, "wb").write(out)
PY

export BENCH_PASS=bench
sync
start=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o cpu.txt "$cli" sign --key key.p12 --pass-env BENCH_PASS --in-dir in --out-dir ours --name "Ir. Siti Aminah, M.T." \
  --reason "Persetujuan" >summary.txt || true
ours=$(echo "$(date +%s.%N) - $start" | bc -l)

mkdir theirs
start=$(date +%s.%N)
for f in in/*.pdf; do
  pdfsig -nssdir sql:nss -add-signature -nick "$nick" "$f" "theirs/$(basename "$f" .pdf)-ttd.pdf" >/dev/null 2>&1 || true
done
theirs=$(echo "$(date +%s.%N) - $start" | bc -l)

signed_ours=$(find ours -name '*-ttd.pdf' | wc -l)
signed_theirs=$(find theirs -name '*-ttd.pdf' | wc -l)
sample="ours/surat-0001-ttd.pdf"
check=$(pdfsig -nocert "$sample" 2>/dev/null | grep -c "Signature is Valid" || true)
echo "lontar-cli: $(head -n 1 summary.txt)"
echo "pdfsig checks $sample: $check valid signature(s)"
printf "%-28s | %10s | %12s | %s\n" "tool ($count letters)" "total s" "ms/document" "outputs"
printf "%-28s | %10.2f | %12.2f | %s\n" "lontar-cli sign --in-dir" "$ours" "$(echo "$ours*1000/$count" | bc -l)" "$signed_ours"
printf "%-28s | %10.2f | %12.2f | %s\n" "pdfsig -add-signature loop" "$theirs" "$(echo "$theirs*1000/$count" | bc -l)" "$signed_theirs"
read -r user sys < <(tail -n 1 cpu.txt)
printf "lontar-cli CPU: %.2f s user + %.2f s sys (%.2f ms/document; wall time also waits for each output's fsync)\n" \
  "$user" "$sys" "$(echo "($user+$sys)*1000/$count" | bc -l)"
printf "ratio lontar / pdfsig: %.3f (lower is better; lontar also places a visible stamp by anchor)\n" \
  "$(echo "$ours/($theirs+0.0001)" | bc -l)"
