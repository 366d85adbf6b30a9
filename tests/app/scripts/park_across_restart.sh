#!/bin/sh
# 挂单/取单 across a restart, through the binary, on a demo store: a cart parked in the evening is
# still at the till the next morning and is recalled and paid; its note (which names a customer
# and a phone number) is nowhere in the data directory in plain; both steps are in the audit
# trail; a second store's process cannot recall what was already recalled.
# Usage: park_across_restart.sh PHARMAPOS SCENARIOS SCRATCH
set -u
bin=$1 scenarios=$2 dir=$3
fail() { echo "FAIL: $*"; exit 1; }
q() { sqlite3 "$dir/pharmapos.sqlite" "$1"; }
export QT_QPA_PLATFORM=offscreen
rm -rf "$dir" "$dir.keys"
"$bin" demo --data-dir "$dir" >/dev/null 2>&1 || fail "demo"
out=$("$bin" run-script "$scenarios/park_before_restart.json" --demo --data-dir "$dir" 2>&1) ||
    fail "park: $out"
[ "$(q "SELECT COUNT(*) FROM parked_cart")" = 1 ] || fail "no parked cart after the first run"
if grep -rqa "13800001234" "$dir"; then fail "the note lies in plain in $dir"; fi
out=$("$bin" run-script "$scenarios/recall_after_restart.json" --demo --data-dir "$dir" 2>&1) ||
    fail "recall after the restart: $out"
[ "$(q "SELECT COUNT(*) FROM parked_cart")" = 0 ] || fail "the recalled cart is still parked"
[ "$(q "SELECT COUNT(*) FROM audit_log WHERE action = 'sale_parked'")" = 1 ] || fail "no sale_parked"
[ "$(q "SELECT COUNT(*) FROM audit_log WHERE action = 'sale_recalled'")" = 1 ] ||
    fail "no sale_recalled"
out=$("$bin" run-script "$scenarios/recall_after_restart.json" --demo --data-dir "$dir" 2>&1) &&
    fail "a cart recalled twice"
echo "$out" | grep -q "挂单" || fail "second recall: $out"
echo "parked across a restart ok"
