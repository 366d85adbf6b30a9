#!/bin/sh
# A first demo run killed at any point is completed by the next (issue 12, item 8): the demo run
# is SIGKILLed at its Nth file write (N = 1, 2, 4, 8, … until a run completes), each time on a
# fresh directory; then the demo window is started on it (as demo.sh does; offscreen, quitting when
# ready), which must succeed and leave the whole demo catalogue, the four accounts and the opening
# delivery exactly once, and `verify` must find the store intact. A kill inside the demo's
# scenario leaves what a killed counter leaves (a pharmacist still on duty, two boxes received and
# sold but not returned); the next `demo` must run its scenario through all the same (exit 0).
# Usage: killed_demo_seeding.sh PHARMAPOS KILLSHIM SCRATCH
set -u
bin=$1 shim=$2 dir=$3
fail() { echo "FAIL: $*"; exit 1; }
q() { sqlite3 "$dir/pharmapos.sqlite" "$1"; }

# The reference: one uninterrupted run.
window() { QT_QPA_PLATFORM=offscreen "$bin" --demo --data-dir "$dir" --quit-when-ready 2>&1; }
rm -rf "$dir" "$dir.keys"
window >/dev/null || fail "the demo window did not start on a new store"
products=$(q "SELECT COUNT(*) FROM product") users=$(q "SELECT COUNT(*) FROM app_user")
# The opening delivery (the scenario receives boxes of its own on every run, source 'script').
opening="SELECT SUM(pieces) FROM stock_movement WHERE kind = 1 AND source_doc IN
         (SELECT doc_no FROM purchase_doc WHERE source <> 'script')"
pieces=$(q "$opening")
[ "$products" -gt 0 ] && [ "$users" -eq 4 ] && [ "$pieces" -gt 0 ] || fail "reference: $products/$users/$pieces"

# Kills the demo at its Nth write, then checks the next start; returns 1 when the run was not
# killed (it completed before its Nth write).
killed_at() {
    n=$1
    rm -rf "$dir" "$dir.keys"
    # Under ASan the shim is preloaded ahead of ASan's runtime: allow it (the binary is instrumented).
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
    PHARMAPOS_KILL_ARMED=1 PHARMAPOS_KILL_AT_WRITE=$n LD_PRELOAD=$shim \
        "$bin" demo --data-dir "$dir" >/dev/null 2>&1
    rc=$?
    [ $rc -eq 0 ] && return 1
    [ $rc -eq 137 ] || fail "killed at write $n: exit $rc, not SIGKILL"
    kills=$((kills + 1))
    out=$(window) || fail "the demo window after a kill at write $n failed: $(echo "$out" | tail -3)"
    got="$(q "SELECT COUNT(*) FROM product")/$(q "SELECT COUNT(*) FROM app_user")/$(q "$opening")"
    [ "$got" = "$products/$users/$pieces" ] \
        || fail "after a kill at write $n and a rerun: products/users/received pieces $got, expected $products/$users/$pieces"
    out=$("$bin" demo --data-dir "$dir" 2>&1) \
        || fail "demo after a kill at write $n failed: $(echo "$out" | grep -A2 FAILED | head -6)"
    v=$(echo demo1234 | "$bin" verify --user wangwu --data-dir "$dir" 2>&1) \
        || fail "verify after a kill at write $n: $v"
    echo "killed at write $n ($(q "SELECT COUNT(*) FROM sale") sales): completed by the next run"
    return 0
}

# Seeding: at write 1, 2, 4, 8, … until a run completes; then inside the scenario, which comes
# last: at five points spread over the final doubling.
kills=0 n=1
while killed_at $n; do
    n=$((n * 2))
    [ $n -gt 100000 ] && fail "never completed"
done
done_at=$n
for i in 11 13 15 17 19; do killed_at $((done_at * i / 20)) || true; done
[ $kills -ge 3 ] || fail "only $kills kill points reached: the shim did not kill"
echo "every killed demo seeding completed ($kills kill points)"
