#!/bin/sh
# Runs tst_pcsccardreader inside a private mount and network namespace, so that its own pcscd
# (with vsmartcard's vpcd reader on 127.0.0.1:35963) never meets the machine's or another test's
# (docs: /work/shared/COMPONENTS.md §4). The test starts pcscd and the virtual card itself.
#
#     pcsc_fixture.sh TEST_BINARY [test arguments]
#
# When the fixture cannot be set up (not root, no pcscd, no vpcd driver, no python3, no
# namespaces) the test still runs, told why in PHARMAPOS_PCSC_UNAVAILABLE: it skips, or fails
# when PHARMAPOS_REQUIRE_PCSC=1 (CI, packaging/check.sh).
set -u
test_bin=$1
shift

unavailable() {
  reason=$1
  shift
  PHARMAPOS_PCSC_UNAVAILABLE="$reason" exec "$test_bin" "$@"
}

if [ -z "${PHARMAPOS_PCSC_IN_NAMESPACE:-}" ]; then
  reason=
  [ "$(id -u)" = 0 ] || reason="needs root for its own pcscd (private /run/pcscd)"
  [ -n "$reason" ] || [ -x /usr/sbin/pcscd ] || reason="pcscd is not installed (apt-get install pcscd)"
  [ -n "$reason" ] || [ -e /usr/lib/pcsc/drivers/serial/libifdvpcd.so ] \
    || reason="vsmartcard-vpcd is not installed (apt-get install vsmartcard-vpcd)"
  [ -n "$reason" ] || command -v python3 >/dev/null || reason="python3 is not installed"
  [ -n "$reason" ] || command -v ip >/dev/null || reason="ip (iproute2) is not installed"
  [ -n "$reason" ] || unshare --mount --net --propagation private true 2>/dev/null \
    || reason="unshare --mount --net is not permitted here"
  if [ -n "$reason" ]; then
    unavailable "$reason" "$@"
  fi
  PHARMAPOS_PCSC_IN_NAMESPACE=1 exec unshare --mount --net --propagation private \
    sh "$0" "$test_bin" "$@"
fi

ip link set lo up || unavailable "cannot bring up the namespace's loopback" "$@"
mkdir -p /run/pcscd && mount -t tmpfs tmpfs /run/pcscd \
  || unavailable "cannot mount a private /run/pcscd" "$@"
PHARMAPOS_PCSC_FIXTURE=1 exec "$test_bin" "$@"
