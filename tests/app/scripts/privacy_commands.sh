#!/bin/sh
# DATA-PRIVACY commands end to end, through the binary, on a demo store:
#   privacy report            a login is needed; a cashier is refused; a manager sees counts
#   privacy retention run     a [retention] value under its legal minimum is refused; --dry-run
#                             deletes nothing; a run deletes expired credential scans, keeps the
#                             ephedrine register (5 years) and is audited (retention_applied)
#   keys rotate               a manager is refused (STAFF-ROLES); an administrator rotates; every
#                             record still reads, `verify` finds the store intact, one key is left
#   the counter window        runs the daily retention job at start (audited)
#   files                     the data directory 0700, the database 0600, the key directory 0700,
#                             the key file 0600
#   PHARMAPOS_STORE_KEY       a store keyed from the environment writes no key file, and a copy
#                             of its data directory without the key directory opens with the key
# Usage: privacy_commands.sh PHARMAPOS FIND_PLAIN_VALUES SCENARIO SCRATCH
set -u
bin=$1 find=$2 scenario=$3 dir=$4
fail() { echo "FAIL: $*"; exit 1; }
q() { sqlite3 "$dir/pharmapos.sqlite" "$1"; }
run() { # run USER ARGS… : the password on stdin; output in $out, exit code in $rc
    user=$1; shift
    out=$(echo demo1234 | "$bin" "$@" --user "$user" --data-dir "$dir" 2>&1); rc=$?
}
mode() { stat -c %a "$1"; }
export QT_QPA_PLATFORM=offscreen
rm -rf "$dir" "$dir.keys" "$dir.envstore" "$dir.envcopy" "$dir.envcopy.keys" "$dir.envstore.keys"
"$bin" demo --data-dir "$dir" >/dev/null 2>&1 || fail "demo"
"$bin" run-script "$scenario" --demo --data-dir "$dir" >/dev/null 2>&1 || fail "run-script"

[ "$(mode "$dir")" = 700 ] || fail "data directory $(mode "$dir")"
[ "$(mode "$dir/pharmapos.sqlite")" = 600 ] || fail "database $(mode "$dir/pharmapos.sqlite")"
[ "$(mode "$dir/pharmapos.ini")" = 600 ] || fail "configuration $(mode "$dir/pharmapos.ini")"
[ "$(mode "$dir.keys")" = 700 ] || fail "key directory $(mode "$dir.keys")"
[ "$(mode "$dir.keys/store.key")" = 600 ] || fail "key file $(mode "$dir.keys/store.key")"

out=$("$bin" privacy report --data-dir "$dir" </dev/null 2>&1); rc=$?
[ $rc -eq 1 ] || fail "privacy report without a login: exit $rc"
run zhangsan privacy report
[ $rc -eq 1 ] && echo "$out" | grep -q STAFF-ROLES || fail "cashier's privacy report: exit $rc: $out"
run wangwu privacy report
[ $rc -eq 0 ] || fail "manager's privacy report: exit $rc: $out"
echo "$out" | grep -q "含麻黄碱药品购买登记" || fail "report names no ephedrine register: $out"
echo "$out" | grep -q "11010519491231002X" && fail "report shows an ID number"

# A [retention] value below its legal minimum is refused by name, before anything runs.
cp "$dir/pharmapos.ini" "$dir.ini.bak"
printf '\n[retention]\nephedrine_register = 1y\n' >>"$dir/pharmapos.ini"
run wangwu privacy retention run
[ $rc -eq 2 ] && echo "$out" | grep -q "ephedrine_register" || fail "1y ephedrine register accepted: exit $rc: $out"
cp "$dir.ini.bak" "$dir/pharmapos.ini"

# The credential scans made a year ago (scan_journal_payload: 30 days, no legal minimum).
age() { q "UPDATE scan_journal SET scanned_at = '2025-11-01 09:00:00.000' WHERE id IN (SELECT scan_id FROM scan_journal_personal)"; }
age
[ "$(q "SELECT COUNT(*) FROM scan_journal_personal")" -ge 1 ] || fail "no credential scan to expire"
run wangwu privacy retention run --dry-run
[ $rc -eq 0 ] && echo "$out" | grep -q "试运行" || fail "dry run: exit $rc: $out"
[ "$(q "SELECT COUNT(*) FROM scan_journal_personal")" -ge 1 ] || fail "the dry run deleted"
before=$(q "SELECT COUNT(*) FROM audit_log WHERE action = 'retention_applied'")
run wangwu privacy retention run
[ $rc -eq 0 ] || fail "retention run: exit $rc: $out"
after=$(q "SELECT COUNT(*) FROM audit_log WHERE action = 'retention_applied'")
[ "$after" -gt "$before" ] || fail "retention run not audited"
[ "$(q "SELECT COUNT(*) FROM scan_journal_personal")" -eq 0 ] || fail "expired scans kept"
[ "$(q "SELECT COUNT(*) FROM sale_personal")" -ge 1 ] || fail "retention removed data within its period"

run wangwu keys rotate
[ $rc -eq 1 ] && echo "$out" | grep -q STAFF-ROLES || fail "manager's keys rotate: exit $rc: $out"
old=$(q "SELECT hex(substr(buyer_id_enc, 2, 8)) FROM sale_personal LIMIT 1")
run admin keys rotate
[ $rc -eq 0 ] && echo "$out" | grep -q "密钥轮换完成" || fail "keys rotate: exit $rc: $out"
new=$(q "SELECT hex(substr(buyer_id_enc, 2, 8)) FROM sale_personal LIMIT 1")
[ "$old" != "$new" ] || fail "the buyer ID is still under the old key $old"
[ "$(q "SELECT COUNT(*) FROM audit_log WHERE action = 'store_key_rotation_completed'")" -eq 1 ] ||
    fail "rotation not audited"
run admin keys status
[ $rc -eq 0 ] || fail "keys status after the rotation: exit $rc: $out"
run wangwu verify
[ $rc -eq 0 ] || fail "verify after the rotation: exit $rc: $out"
run wangwu privacy report
[ $rc -eq 0 ] || fail "privacy report after the rotation: exit $rc: $out"
"$bin" run-script "$scenario" --demo --data-dir "$dir" >/dev/null 2>&1 || fail "a sale after the rotation"

age
before=$(q "SELECT COUNT(*) FROM audit_log WHERE action = 'retention_applied'")
"$bin" --demo --data-dir "$dir" --quit-when-ready >/dev/null 2>&1 || fail "the counter window"
after=$(q "SELECT COUNT(*) FROM audit_log WHERE action = 'retention_applied'")
[ "$after" -gt "$before" ] || fail "the counter did not run the retention job at start"

# The fleet option: the key from the environment, no key file; the data directory copied alone.
key="$(openssl rand -hex 8):$(openssl rand -base64 32)"
PHARMAPOS_STORE_KEY=$key "$bin" demo --data-dir "$dir.envstore" >/dev/null 2>&1 || fail "demo with an environment key"
[ -e "$dir.envstore.keys/store.key" ] && fail "a key file was written for an environment key"
cp -a "$dir.envstore" "$dir.envcopy"
out=$(echo demo1234 | PHARMAPOS_STORE_KEY=$key "$bin" privacy report --user wangwu --data-dir "$dir.envcopy" 2>&1) ||
    fail "the copy with the environment key: $out"
out=$("$bin" privacy report --user wangwu --data-dir "$dir.envcopy" </dev/null 2>&1) &&
    fail "the copy opened without any key"
echo "privacy commands ok"
