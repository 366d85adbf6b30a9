#!/bin/sh
# Issue 12: every entry point — the window and each subcommand — names a damaged store and a store
# written by a newer PharmaPOS with what to do, and exits non-zero, instead of a raw SQLite error.
#   store_messages.sh PHARMAPOS SCRATCH_DIR PURCHASES_DIR SCENARIOS_DIR
set -u
bin=$1 dir=$2 purchases=$3 scenarios=$4
rm -rf "$dir" && mkdir -p "$dir" || exit 1
export QT_QPA_PLATFORM=offscreen
command -v sqlite3 >/dev/null || { echo "sqlite3 (the CLI) is missing"; exit 1; }

mkdir "$dir/damaged"
yes 'hello' | head -c 100000 > "$dir/damaged/pharmapos.sqlite"     # overwritten: not SQLite
"$bin" users list --data-dir "$dir/newer" >/dev/null 2>&1
sqlite3 "$dir/newer/pharmapos.sqlite" "PRAGMA user_version = 99" || exit 1

fail=0
for store in damaged newer; do
  case $store in
    damaged) expect='数据库文件 .*pharmapos.sqlite 已损坏（.*）：请停止使用本机，从备份恢复；pharmapos verify 可列出损坏之处' ;;
    newer) expect='结构版本是 99，而本程序只认识到版本 .*请升级本程序' ;;
  esac
  d="$dir/$store"
  while IFS='|' read -r label args; do
    [ -z "$label" ] && continue
    # shellcheck disable=SC2086 # the arguments are split on purpose
    out=$(echo demo1234 | "$bin" $args --data-dir "$d" 2>&1)
    rc=$?
    if [ "$rc" -ne 0 ] && printf '%s\n' "$out" | grep -q "$expect"; then
      echo "ok    $store: $label (exit $rc)"
    else
      echo "FAIL  $store: $label (exit $rc): $out"
      fail=1
    fi
  done <<LIST
window|--quit-when-ready
demo|demo
run-script|run-script $scenarios/basic_sale.json
sync status|sync status
audit verify|audit verify
verify|verify
users list|users list
users add|users add x --role cashier --name 某 --user admin
duty export|duty export --from 2026-01-01 --to 2026-01-31 --out $dir/duty.csv --user wangwu
inventory import-purchases|inventory import-purchases $purchases/good_delivery.csv --user wangwu
inventory adjust|inventory adjust --product P00001 --batch B1 --kind loss --pieces 1 --reason x --user wangwu
ledger export|ledger export --from 2026-01-01 --to 2026-01-31 --format csv --out $dir/ledger.csv --user wangwu
stocktake start|stocktake start --out $dir/sheet.csv --user wangwu
sale return|sale return XS-1 --reason x --user wangwu
LIST
done
exit $fail
