#!/usr/bin/env bash
# Installs every system package Amanat needs to build, run and test, on
# Debian 12 and Ubuntu 24.04. Idempotent: packages already present are skipped.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # Qt's own words (OK, Cancel, file dialogs) in the interface's languages
  qt6-translations-l10n
  libgl-dev
  libsqlcipher-dev sqlcipher
  libsodium-dev libssl-dev
  # amanat-extract: PDF, OCR, image metadata, office documents, audio and video
  libpoppler-qt6-dev libtesseract-dev libleptonica-dev
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-uig
  # redaction: page orientation, and names in Arabic and Cyrillic script
  tesseract-ocr-osd tesseract-ocr-ara tesseract-ocr-rus
  libexiv2-dev libzip-dev
  # exchange: the QR code of a library's exchange key (and zbarimg to read it back in tests)
  libqrencode-dev zbar-tools
  # the helper's sandbox
  libseccomp-dev
  qt6-image-formats-plugins libqt6svg6 qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-bad gstreamer1.0-libav
  # tests: fonts for generated CJK and Uyghur pages, sample video, PDF tools
  fonts-dejavu-core fonts-droid-fallback fonts-noto-cjk fonts-noto-core ffmpeg poppler-utils qpdf libqpdf-dev
  # tests: the custody script a bundle's README.txt gives its recipients
  python3
  # tests: a local time-stamping authority (openssl ts -reply)
  openssl
  # tests: the installed desktop entry and AppStream metainfo, and the .deb (dpkg-shlibdeps)
  desktop-file-utils appstream dpkg-dev
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Installing packages needs root or sudo." >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
