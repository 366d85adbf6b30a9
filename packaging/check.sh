#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, and runs every test. Exits
# non-zero on any failure.
#   packaging/check.sh [preset]     (default preset: release; .ci/run also runs "asan")
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}

bash packaging/install-deps.sh
echo "building ($preset)…"
SECONDS=0
bash packaging/build.sh "$preset"
echo "built in ${SECONDS}s; testing…"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j "$(nproc)"
