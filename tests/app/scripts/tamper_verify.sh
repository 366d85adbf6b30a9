#!/bin/sh
# `pharmapos verify` against a file-level attacker (issue 12), end to end on a copy of the demo
# store: intact first (exit 0), then each edit made with sqlite3 and the triggers dropped must give
# exit 1 and name the table. Usage: tamper_verify.sh PHARMAPOS DEMO_DIR SCRATCH
set -u
bin=$1 demo=$2 scratch=$3
fail() { echo "FAIL: $*"; exit 1; }

fresh() {
    rm -rf "$scratch" "$scratch.keys"
    cp -a "$demo" "$scratch" && cp -a "$demo.keys" "$scratch.keys" || fail "cannot copy the demo store"
}
attack() {
    # Every protective trigger dropped first, as an intruder with the file would.
    drops=$(sqlite3 "$scratch/pharmapos.sqlite" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger'")
    sqlite3 "$scratch/pharmapos.sqlite" "$drops $1" || fail "sqlite3: $1"
}
verify() { echo demo1234 | "$bin" verify --user wangwu --data-dir "$scratch" 2>/dev/null; }

fresh
out=$(verify); rc=$?
[ $rc -eq 0 ] || fail "an untouched store: exit $rc: $out"
echo "$out" | grep -q "结论：完整" || fail "no verdict: $out"

check() { # $1 statement, $2 table named in the findings
    fresh
    attack "$1"
    out=$(verify); rc=$?
    [ $rc -eq 1 ] || fail "$1: exit $rc (expected 1): $out"
    echo "$out" | grep -q "\[$2\]" || fail "$1: [$2] not named: $out"
    echo "detected [$2]: $1"
}
check "UPDATE stock_balance SET pieces = pieces + 10 WHERE rowid = 1;" stock_balance
check "UPDATE app_user SET role = 4 WHERE username = 'zhangsan';" app_user
check "UPDATE sale SET operator = 'x' WHERE rowid = 1;" sale
check "DELETE FROM outbox WHERE rowid = (SELECT MAX(rowid) FROM outbox);" outbox
check "UPDATE prescription_review SET opinion = 'x';" prescription_review
check "DELETE FROM audit_log; DELETE FROM integrity_segment WHERE table_name = 'audit_log';" audit_log

# Without a login only the verdict and the count per table, never the findings' words.
fresh
attack "UPDATE sale SET operator = 'x' WHERE rowid = 1;"
out=$("$bin" verify --data-dir "$scratch" </dev/null 2>/dev/null); rc=$?
[ $rc -eq 1 ] || fail "verdict without login: exit $rc"
echo "$out" | grep -q "第 0 段" && fail "findings shown without a login: $out"
# A cashier may not see them either (STAFF-ROLES).
out=$(echo demo1234 | "$bin" verify --user zhangsan --data-dir "$scratch" 2>&1); rc=$?
[ $rc -eq 1 ] && echo "$out" | grep -q STAFF-ROLES || fail "cashier: exit $rc: $out"
rm -rf "$scratch" "$scratch.keys"
echo "all tampering detected"
