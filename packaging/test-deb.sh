#!/usr/bin/env bash
# Builds the .deb with CPack, checks its contents and metadata, installs it (dpkg -i when root,
# otherwise into a scratch root) and starts the installed programs.
set -euo pipefail
build=$1
src=$2
work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then dpkg -r lontar >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cd "$build"
if ! cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1
fi
deb=$(ls "$work"/out/lontar_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends
dpkg-deb --contents "$deb" >"$work/contents"
for f in usr/bin/lontar usr/bin/lontar-cli usr/share/applications/id.lontar.Lontar.desktop \
         usr/share/metainfo/id.lontar.Lontar.metainfo.xml usr/share/icons/hicolor/scalable/apps/id.lontar.Lontar.svg; do
  grep -q " \./$f\$" "$work/contents" || { echo "FAIL: $f missing from the package"; exit 1; }
done
desktop-file-validate "$src/id.lontar.Lontar.desktop"
appstreamcli validate --no-net --pedantic "$src/id.lontar.Lontar.metainfo.xml" >"$work/appstream.log" 2>&1 ||
  { cat "$work/appstream.log"; echo "FAIL: metainfo"; exit 1; }

if [ "$(id -u)" = 0 ]; then
  dpkg -i "$deb" >/dev/null
  installed=1
  prefix=/usr
  dpkg -s lontar | grep -q "Status: install ok installed"
else
  dpkg-deb -x "$deb" "$work/root"
  prefix="$work/root/usr"
fi

QT_QPA_PLATFORM=offscreen "$prefix/bin/lontar" --profile "$work/profile" --smoke-test 300
"$prefix/bin/lontar-cli" --version
"$prefix/bin/lontar-cli" audit-verify --profile "$work/profile" | grep -q "intact"
echo "packaging: installed package starts and its demo profile verifies"
