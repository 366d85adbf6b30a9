#!/usr/bin/env bash
# Configures and builds one CMake preset (default: release) through ccache. Used by demo.sh and
# check.sh; quick when nothing changed.
#   packaging/build.sh [preset] [--target NAME] [extra cmake -D options…]
# Warnings are errors where the preset says so (dev, asan, fuzz) and where check.sh asks for it
# (-DPHARMAPOS_WERROR=ON for its release build); demo.sh's release build — a user's build, on
# whatever compiler they have — only warns.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
shift || true
target=()   # --target NAME: build only that target (check.sh builds the fuzzer alone)
if [[ ${1:-} == --target ]]; then
  target=(--target "$2")
  shift 2
fi

# ccache: key on paths relative to the checkout, so a fresh clone elsewhere (as CI makes) reuses
# the cache of an earlier build.
export CCACHE_BASEDIR=$PWD
export CCACHE_NOHASHDIR=true
export CCACHE_COMPILERCHECK=content
# Room for every preset CI builds (release, asan, fuzz) and a developer's dev build: a smaller cache
# evicts one preset's objects while building the next, and CI then compiles from cold.
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-10G}

cmake --preset "$preset" "$@" >/dev/null
cmake --build --preset "$preset" "${target[@]}" -- -k 0 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
# grep swallowed the exit status; ask ninja whether everything is built.
cmake --build --preset "$preset" "${target[@]}" >/dev/null
