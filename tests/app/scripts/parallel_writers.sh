#!/bin/sh
# The counter and a manager's commands writing at once (issue 12): a demo sale runs while four
# command-line processes each post five stock adjustments on the same batch. Every process must
# succeed (writers wait their turn), every adjustment must be in the ledger with its audit entry and
# its upload record, the balance must equal the movements, and `verify` must find the store intact.
# Usage: parallel_writers.sh PHARMAPOS SCRATCH
set -u
bin=$1 dir=$2
fail() { echo "FAIL: $*"; exit 1; }
q() { sqlite3 "$dir/pharmapos.sqlite" "$1"; }
rm -rf "$dir" "$dir.keys"
"$bin" demo --data-dir "$dir" >/dev/null 2>&1 || fail "the first demo run failed"
batch=$(q "SELECT b.batch_no FROM batch b JOIN product p ON p.id = b.product_id WHERE p.code = 'P00001' ORDER BY b.id LIMIT 1")
before=$(q "SELECT pieces FROM stock_balance sb JOIN batch b ON b.id = sb.batch_id JOIN product p ON p.id = b.product_id WHERE p.code = 'P00001' AND b.batch_no = '$batch'")
moves=$(q "SELECT COUNT(*) FROM stock_movement")
audits=$(q "SELECT COUNT(*) FROM audit_log")
uploads=$(q "SELECT (SELECT COUNT(*) FROM outbox) + (SELECT COUNT(*) FROM outbox_archive)")

"$bin" demo --data-dir "$dir" >"$dir.counter.log" 2>&1 &
counter=$!
w=0
while [ $w -lt 4 ]; do
    (
        i=0
        while [ $i -lt 5 ]; do
            echo demo1234 | "$bin" inventory adjust --product P00001 --batch "$batch" \
                --kind transfer-in --pieces 1 --reason "并发测试 $w-$i" --user wangwu \
                --data-dir "$dir" >/dev/null 2>"$dir.err.$w.$i" || { echo "writer $w post $i failed: $(cat "$dir.err.$w.$i")"; exit 1; }
            i=$((i + 1))
        done
    ) >"$dir.writer.$w" 2>&1 &
    eval "writer$w=$!"
    w=$((w + 1))
done
rc=0
for p in $writer0 $writer1 $writer2 $writer3; do wait $p || rc=1; done
wait $counter || fail "the counter's demo sale failed beside the writers: $(tail -5 "$dir.counter.log")"
[ $rc -eq 0 ] || fail "a writer failed: $(cat "$dir".writer.*)"

after=$(q "SELECT pieces FROM stock_balance sb JOIN batch b ON b.id = sb.batch_id JOIN product p ON p.id = b.product_id WHERE p.code = 'P00001' AND b.batch_no = '$batch'")
adjusted=$(q "SELECT COUNT(*) FROM stock_movement WHERE reason LIKE '并发测试%'")
[ "$adjusted" -eq 20 ] || fail "$adjusted of 20 adjustments in the ledger"
sold=$(q "SELECT COALESCE(SUM(pieces), 0) FROM stock_movement WHERE id > $moves AND reason NOT LIKE '并发测试%' AND batch_id = (SELECT b.id FROM batch b JOIN product p ON p.id = b.product_id WHERE p.code = 'P00001' AND b.batch_no = '$batch')")
[ "$after" -eq $((before + 20 + sold)) ] || fail "balance $after, expected $before + 20 + ($sold)"
newaudits=$(q "SELECT COUNT(*) FROM audit_log WHERE seq > $audits AND detail LIKE '%并发测试%'")
[ "$newaudits" -ge 20 ] || fail "only $newaudits audit entries name the 20 adjustments"
newuploads=$(q "SELECT (SELECT COUNT(*) FROM outbox) + (SELECT COUNT(*) FROM outbox_archive)")
[ $((newuploads - uploads)) -ge 20 ] || fail "only $((newuploads - uploads)) new upload records"
v=$(echo demo1234 | "$bin" verify --user wangwu --data-dir "$dir" 2>&1) || fail "verify: $v"
echo "four writers and the counter at once: 20 adjustments posted, audited and queued; store intact"
