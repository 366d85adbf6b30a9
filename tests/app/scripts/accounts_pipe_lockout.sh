#!/bin/sh
# Accounts from the command line as a store uses them (issue 12): two passwords down one pipe are
# both read (the administrator's, then the new account's); twenty wrong passwords typed at once
# by parallel processes lock the account and are as many guesses as five in a row — each attempt
# is counted before its password is checked, so five are checked and the rest find the account
# locked — and the right password is then refused as locked. Usage: accounts_pipe_lockout.sh PHARMAPOS SCRATCH
set -u
bin=$1 dir=$2
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$dir" "$dir.keys"
mkdir -p "$dir"
run() { "$bin" "$@" --data-dir "$dir"; }

printf 'admin-pass-1\n' | run users init-admin admin --name 管理员 >/dev/null 2>&1 \
    || fail "init-admin"
# One pipe, two lines: the acting administrator's password, then bob's.
printf 'admin-pass-1\nbob-pass-22\n' | run users add bob --role admin --name 鲍勃 --user admin \
    >/dev/null 2>&1 || fail "users add from one pipe"
out=$(printf 'bob-pass-22\n' | run users list --user bob 2>&1) \
    || fail "bob cannot log in with the password from the pipe's second line: $out"
echo "$out" | grep -q bob || fail "users list does not show bob: $out"
echo "two passwords in one pipe: both read"

# Twenty wrong passwords at once (max_failed_logins defaults to 5).
i=0
while [ $i -lt 20 ]; do
    (printf 'wrong-%s\n' $i | run users list --user bob >/dev/null 2>&1; echo $? >"$dir/rc.$i") &
    i=$((i + 1))
done
wait
ok=0
for f in "$dir"/rc.*; do [ "$(cat "$f")" = 0 ] && ok=$((ok + 1)); done
[ $ok -eq 0 ] || fail "$ok wrong passwords were accepted"
out=$(printf 'bob-pass-22\n' | run users list --user bob 2>&1) \
    && fail "the right password after 20 wrong ones was let in: the account was not locked"
echo "$out" | grep -q "锁定" || fail "refused, but not as locked: $out"
# Every attempt is in the audit trail (a lost increment would be a lost entry too).
fails=$(sqlite3 "$dir/pharmapos.sqlite" "SELECT COUNT(*) FROM audit_log WHERE action LIKE '%fail%'" 2>/dev/null)
[ "$fails" -ge 21 ] || fail "only $fails failed logins in the audit trail (20 wrong + 1 locked expected)"
checked=$(sqlite3 "$dir/pharmapos.sqlite" "SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' AND detail LIKE '密码错误%'")
[ "$checked" -eq 5 ] || fail "$checked of 20 parallel guesses had their password checked (5 expected: the rest locked out)"
locks=$(sqlite3 "$dir/pharmapos.sqlite" "SELECT COUNT(*) FROM audit_log WHERE action = 'account_locked'")
[ "$locks" -eq 1 ] || fail "the account was locked $locks times (once expected)"
echo "locked after 20 parallel wrong passwords, 5 of them checked; failed logins audited: $fails"
