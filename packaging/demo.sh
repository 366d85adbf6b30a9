#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the release build and starts the
# demo store on simulated devices. With a display it opens the counter window; with none (or with
# --headless) it runs the built-in demo sale and prints what happened, receipt included.
#   packaging/demo.sh [--headless]
set -euo pipefail
cd "$(dirname "$0")/.."

headless=false
for a in "$@"; do
  case $a in
    --headless) headless=true ;;
    *) echo "usage: packaging/demo.sh [--headless]" >&2; exit 2 ;;
  esac
done

bash packaging/install-deps.sh
echo "building (release)…"
bash packaging/build.sh release
bin=build/release/app/pharmapos
data=${PHARMAPOS_DEMO_DIR:-$HOME/.local/share/PharmaPOS/demo}

if $headless || [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
  $headless || echo "no display found: running the demo scenario headless"
  exec "$bin" demo --data-dir "$data"
fi
echo "starting PharmaPOS (demo store, simulated devices; data in $data)"
exec "$bin" --demo --data-dir "$data"
