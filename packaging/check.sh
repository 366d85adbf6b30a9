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
# CI: a warning fails the build (the presets dev/asan/fuzz say so themselves; release is also a
# user's build, so the flag is passed here, not set in the preset).
bash packaging/build.sh "$preset" -DPHARMAPOS_WERROR=ON
echo "built in ${SECONDS}s; testing…"
export QT_QPA_PLATFORM=offscreen
# CI has the PC/SC test stack (pcscd, vpcd, root for a private namespace): its test must run there,
# not skip.
export PHARMAPOS_REQUIRE_PCSC=1
ctest --preset "$preset" -j "$(nproc)"

# Once per CI run (the release pass): fuzz the code recogniser for 20 s over the seed corpus. New
# inputs go to build/fuzz/corpus, never into the source tree; a crash fails the check.
if [[ $preset == release ]]; then
  echo "fuzzing the code recogniser…"
  SECONDS=0
  bash packaging/build.sh fuzz --target fuzz_coderecognition
  mkdir -p build/fuzz/corpus
  if ! build/fuzz/tests/fuzz/fuzz_coderecognition -max_total_time=20 -artifact_prefix=build/fuzz/ \
      build/fuzz/corpus tests/fuzz/corpus >build/fuzz/fuzz.log 2>&1; then
    tail -40 build/fuzz/fuzz.log
    echo "the fuzzer found a crash: build/fuzz/crash-* reproduces it" >&2
    exit 1
  fi
  tail -1 build/fuzz/fuzz.log
  echo "fuzz build and run: ${SECONDS}s"
fi
