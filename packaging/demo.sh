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
# The national platform, simulated: an HTTPS server on 127.0.0.1 with its own CA, gateway auth
# and SM2/SM4 as a province runs them; the counter's upload worker sends the demo store's
# 进销存 records to it (the status bar's dot; 店长: click it for the upload queue).
sim=build/release/sync/simulator/pharmapos-platform-sim
mkdir -p "$data"
"$sim" --data-dir "$data/platform-sim" --auth tif --crypto on >"$data/platform-sim.log" 2>&1 &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "PLATFORM-SIM LISTENING" "$data/platform-sim.log" 2>/dev/null && break
  sleep 0.1
done
if grep -q "PLATFORM-SIM LISTENING" "$data/platform-sim.log" 2>/dev/null; then
  cp "$data/platform-sim/store/platform.ini" "$data/platform.ini"
else
  echo "the platform simulator did not start (see $data/platform-sim.log): records only queue" >&2
  rm -f "$data/platform.ini"
fi
echo "starting PharmaPOS (demo store, simulated devices; data in $data)"
"$bin" --demo --data-dir "$data"
