#!/usr/bin/env bash
# Builds the PDF-reader fuzz target with clang (-fsanitize=fuzzer,address,undefined) and runs it for a
# bounded time on a seed corpus made by mutool, qpdf and our own signer.
#   bash fuzz/run-fuzz.sh [SECONDS] [BUILD_DIR]   (default 60 s; BUILD_DIR holds lontar-cli for signed seeds)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
build="${2:-$root/build-ci}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -DQT_NO_CAST_FROM_ASCII -I"$root/modules" $(pkg-config --cflags Qt6Core) \
  "$root/fuzz/fuzz_pdfreader.cpp" "$root/modules/esign/PdfReader.cpp" "$root/modules/esign/PdfObject.cpp" \
  $(pkg-config --libs Qt6Core) -lz -o fuzz_pdfreader
mkdir corpus
printf '%%%%MediaBox 0 0 595 842\n%%%%Font Helv Helvetica\nBT /Helv 12 Tf 72 770 Td (Fuzz) Tj ET\n' > page.txt
mutool create -o corpus/plain.pdf page.txt
qpdf --object-streams=generate corpus/plain.pdf corpus/objstm.pdf
qpdf --linearize corpus/plain.pdf corpus/linear.pdf
if [ -x "$build/app/lontar-cli/lontar-cli" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout k.pem -out c.pem -days 2 -subj /CN=fuzz 2>/dev/null
  openssl pkcs12 -export -inkey k.pem -in c.pem -passout pass:f -out k.p12
  FUZZ_PASS=f "$build/app/lontar-cli/lontar-cli" sign --key k.p12 --pass-env FUZZ_PASS --in corpus/objstm.pdf \
    --out corpus/signed.pdf --visible >/dev/null
fi
./fuzz_pdfreader -max_total_time="$seconds" -max_len=200000 -rss_limit_mb=2048 -timeout=10 corpus 2>&1 | tail -4
echo "fuzz: bounded run of ${seconds}s finished without a crash"
