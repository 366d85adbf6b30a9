#!/usr/bin/env bash
# Installs the Debian 12 packages PharmaPOS needs to build, test and run. Idempotent: when
# everything is present it only checks (well under a second) and touches nothing.
#   packaging/install-deps.sh            build + run + test dependencies
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config git
  # lld links the ~170 executables (the tests are one each) six times faster than ld.bfd: CI's
  # time (CMakeLists.txt falls back to gold, then bfd, where it is missing)
  lld
  # the format check (tests: format_check)
  clang-format
  # clang and its libFuzzer runtime for the fuzz preset (check.sh fuzzes the code recogniser)
  clang libclang-rt-14-dev
  # Qt 6.4: Core/Gui/Widgets/Sql/PrintSupport/Network/Test, the SQLite driver, Linguist tools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-qpa-plugins
  # scanners: USB HID-POS (libusb), keyboard-wedge via evdev (libevdev), USB-COM (Qt Serial Port);
  # receipt printers: ESC/POS over the USB printer class (libusb); CUPS comes with Qt PrintSupport
  libusb-1.0-0-dev libevdev-dev qt6-serialport-dev
  # storage, password hashing (PBKDF2 from OpenSSL 3)
  libsqlite3-dev sqlite3 libssl-dev
  # bench_crypto runs `openssl speed -evp aes-256-gcm` beside its own figures (issue 14)
  openssl
  # bench_ledger replays a sale's SQL with Python's sqlite3 module (tests/bench/replay_postings.py)
  # beside the counter's own path, and runs the ledger statement with the sqlite3 command
  python3
  # spreadsheets: ledger exports written as XLSX, delivery notes read from XLSX (minizip unzips)
  libxlsxwriter-dev zlib1g-dev libminizip-dev
  # barcodes in camera frames and image files (zxing-cpp 1.4)
  libzxing-dev
  # the settlement camera (issue 15): OpenCV 4.6 for capture (V4L2, RTSP/HTTP through FFmpeg),
  # face detection and reading clips back, with the Haar/LBP cascades of opencv-data; GStreamer
  # for the crash-safe recording (appsrc, videoconvert, opusenc: base; x264enc: ugly; h264parse:
  # bad; matroskamux and pulsesrc: good) and an ALSA microphone (microphone=alsa:…)
  libopencv-dev opencv-data
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-plugins-ugly gstreamer1.0-alsa
  # Unihan readings for the pinyin search table (generated at build time)
  unicode-data bzip2
  # a CJK font for the UI and the simulated printer's renderings (receipts print Chinese)
  fonts-wqy-microhei
  # locale data so the UI starts in zh_CN where asked
  locales
  # Qt's own texts in Chinese: the Yes/No, OK/Cancel, file dialogs and context menus Qt draws
  qt6-translations-l10n
  # the platform simulator server (pharmapos-platform-sim): QHttpServer (Qt 6.4, Technology
  # Preview); its CMake package needs Qt6WebSockets, which qt6-httpserver-dev does not pull in
  qt6-httpserver-dev qt6-websockets-dev
  # insurance-card readers through PC/SC: the pcscd daemon and its client library; the test
  # stack (tst_pcsccardreader): vsmartcard's virtual reader driver for pcscd, a Python virtual
  # card (python3, above), and a private network namespace (unshare from util-linux, ip from
  # iproute2); pcsc-tools (pcsc_scan) shows an installer the reader names for card_reader=pcsc:
  pcscd libpcsclite-dev vsmartcard-vpcd pcsc-tools iproute2 util-linux
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "installing: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
