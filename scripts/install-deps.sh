#!/usr/bin/env bash
# Installs the Debian 12 packages Lontar needs to build, run and test.
# Idempotent: only calls apt-get when something is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  libgl-dev libvulkan-dev libxkbcommon-dev
  libpoppler-qt6-dev libssl-dev libargon2-dev libqrencode-dev libp11-dev
  libsqlite3-dev
  poppler-utils qpdf mupdf-tools openssl softhsm2 opensc libnss3-tools
  postgresql postgresql-client faketime
  xvfb xauth fonts-dejavu-core desktop-file-utils appstream python3 bc time clang libclang-rt-14-dev
  chromium
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
