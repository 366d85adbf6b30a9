#!/bin/sh
# DATA-PRIVACY end to end: the demo scenario (an e-prescription for 赵六, ID 360102198001011235,
# reviewed, printed and sold; its QR token scanned) and a script selling an ephedrine product with
# the buyer's ID number registered (11010519491231002X) and the demo patient's 医保电子凭证
# scanned run on a fresh store; then no seeded value
# may be found — in UTF-8, UTF-16, GB18030, hex or base64 — in the database, its WAL/SHM, the key
# directory, the runs' output or their temporary directory. The values must be in the store
# encrypted (the side tables hold rows) and the printed prescription (a positive control: the
# scanner does find them where they really are). Then a plain value written as an older version
# wrote it is encrypted by the next start (PersonalDataEncrypted in the audit trail).
# The settlement camera's evidence of a settlement (camera_gate.json: consent, face, card read) is
# only sealed: no plain face image or closed segment in the video folder. `privacy show` shows the
# registered buyer's ID number masked to a cashier, whole to a pharmacist (audited).
# Usage: no_plain_personal_data.sh PHARMAPOS FIND_PLAIN_VALUES SCENARIO CAMERA_SCENARIO SCRATCH
set -u
bin=$1 find=$2 scenario=$3 camera=$4 dir=$5
fail() { echo "FAIL: $*"; exit 1; }
db="$dir/pharmapos.sqlite"
q() { sqlite3 "$db" "$1"; }
# The database with its WAL and shared memory where they are left (a clean close removes them),
# the key directory, the runs' output and temporary files.
scan() {
    set -- "$db" "$dir.keys" "$dir.out" "$dir.tmp"
    for f in "$db-wal" "$db-shm"; do [ -e "$f" ] && set -- "$@" "$f"; done
    "$find" "$@" -- "$buyer" "$patient" "$name" "$voucher"
}
buyer=11010519491231002X patient=360102198001011235 name=赵六 voucher=3601EC00000000000000DEMOZHAOLIU6

rm -rf "$dir" "$dir.keys" "$dir.tmp" "$dir.out"
mkdir -p "$dir.tmp" "$dir.out"
export TMPDIR="$dir.tmp" QT_QPA_PLATFORM=offscreen
"$bin" demo --data-dir "$dir" >"$dir.out/demo.txt" 2>&1 || fail "demo: $(tail -5 "$dir.out/demo.txt")"
"$bin" run-script "$scenario" --demo --data-dir "$dir" >"$dir.out/script.txt" 2>&1 ||
    fail "run-script: $(tail -5 "$dir.out/script.txt")"

"$bin" run-script "$camera" --demo --data-dir "$dir" >"$dir.out/camera.txt" 2>&1 ||
    fail "camera run-script: $(tail -5 "$dir.out/camera.txt")"
[ "$(find "$dir/video/clips" -name face.jpg.sealed | wc -l)" -ge 1 ] || fail "no sealed face kept"
[ "$(find "$dir/video/clips" -name 'seg-*.mkv.sealed' | wc -l)" -ge 1 ] || fail "no sealed segment kept"
[ "$(find "$dir/video" -name face.jpg | wc -l)" -eq 0 ] || fail "a plain face image"
[ "$(find "$dir/video/clips" -name '*.mkv' | wc -l)" -eq 0 ] || fail "a plain segment in a clip"
# No JPEG or Matroska signature in any kept file (a sealed file's bytes are ciphertext).
for f in $(find "$dir/video/clips" -type f -name '*.sealed'); do
    head -c 4 "$f" | od -An -tx1 | grep -q "ff d8 ff\|1a 45 df a3" && fail "plain bytes in $f"
done
echo demo1234 | "$bin" video verify --data-dir "$dir" >"$dir.out/verify.txt" 2>&1
grep -q "结算录像完整\|没有备份\|未配置备份目录" "$dir.out/verify.txt" || fail "video verify: $(cat "$dir.out/verify.txt")"
grep -q "内容已被改动\|文件缺失" "$dir.out/verify.txt" && fail "video verify found changes: $(cat "$dir.out/verify.txt")"
# A changed byte of a sealed segment is named by video verify (authentication fails).
seg=$(find "$dir/video/clips" -name 'seg-*.mkv.sealed' | head -1)
cp "$seg" "$dir.out/seg.bak"
printf '\001' | dd of="$seg" bs=1 seek=3000 conv=notrunc 2>/dev/null
cmp -s "$seg" "$dir.out/seg.bak" && printf '\002' | dd of="$seg" bs=1 seek=3000 conv=notrunc 2>/dev/null
"$bin" video verify --data-dir "$dir" >"$dir.out/verify2.txt" 2>&1
[ $? -eq 1 ] || fail "video verify did not fail on a changed sealed segment: $(cat "$dir.out/verify2.txt")"
grep -q "$(basename "$seg")" "$dir.out/verify2.txt" || fail "video verify did not name $(basename "$seg"): $(cat "$dir.out/verify2.txt")"
cp "$dir.out/seg.bak" "$seg" && rm -f "$dir.out/seg.bak"

[ "$(q "SELECT COUNT(*) FROM sale_personal")" -ge 1 ] || fail "no encrypted buyer ID"
[ "$(q "SELECT COUNT(*) FROM prescription_personal")" -ge 1 ] || fail "no encrypted prescription"
[ "$(q "SELECT COUNT(*) FROM scan_journal_personal")" -ge 1 ] || fail "no encrypted credential scan"
[ "$(q "SELECT COUNT(*) FROM sale WHERE buyer_id_number <> ''")" -eq 0 ] || fail "plain buyer ID"
"$find" "$dir/prints" -- "$name" >/dev/null && fail "positive control: the printed prescription names no patient"

scan || fail "personal data in plain text"

# Seen whole only by a role allowed to, each view audited (DATA-PRIVACY).
ephedrineSale=$(q "SELECT sale_no FROM sale_personal LIMIT 1")
viewed() { q "SELECT COUNT(*) FROM audit_log WHERE action = 'personal_data_viewed'"; }
before=$(viewed)
echo demo1234 | "$bin" privacy show "$ephedrineSale" --user zhangsan --data-dir "$dir" >"$dir.out/show-cashier.txt" 2>&1 ||
    fail "privacy show as cashier: $(cat "$dir.out/show-cashier.txt")"
grep -q "$buyer" "$dir.out/show-cashier.txt" && fail "a cashier saw the full ID number"
grep -q "110\*" "$dir.out/show-cashier.txt" || fail "a cashier saw no masked ID number: $(cat "$dir.out/show-cashier.txt")"
[ "$(viewed)" -eq "$before" ] || fail "a masked value was audited as a view"
echo demo1234 | "$bin" privacy show "$ephedrineSale" --user lisi --purpose 药监检查 --data-dir "$dir" >"$dir.out/show-pharmacist.txt" 2>&1 ||
    fail "privacy show as pharmacist: $(cat "$dir.out/show-pharmacist.txt")"
grep -q "$buyer" "$dir.out/show-pharmacist.txt" || fail "the pharmacist did not see the full ID number"
[ "$(viewed)" -eq $((before + 1)) ] || fail "the full view was not audited"
rm -f "$dir.out/show-pharmacist.txt" # it holds the value on purpose; the scan below must not see it

# A store an older version wrote: a sale's buyer ID in the plain column, no side row.
saleNo=$(q "SELECT sale_no FROM sale_personal LIMIT 1")
triggers=$(q "SELECT sql || ';' FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sale' AND sql LIKE '%BEFORE UPDATE%'")
names=$(q "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sale' AND sql LIKE '%BEFORE UPDATE%'")
drops=""
for n in $names; do drops="$drops DROP TRIGGER \"$n\";"; done
q "BEGIN; $drops DELETE FROM sale_personal WHERE sale_no = '$saleNo'; UPDATE sale SET buyer_id_number = '$buyer' WHERE sale_no = '$saleNo'; $triggers COMMIT;" ||
    fail "could not write the legacy row"
[ "$(q "SELECT COUNT(*) FROM sale WHERE buyer_id_number <> ''")" -eq 1 ] || fail "legacy row not written"
echo demo1234 | "$bin" privacy report --user wangwu --data-dir "$dir" >"$dir.out/report.txt" 2>&1 ||
    fail "privacy report after the legacy row: $(tail -5 "$dir.out/report.txt")"
[ "$(q "SELECT COUNT(*) FROM sale WHERE buyer_id_number <> ''")" -eq 0 ] || fail "legacy row not encrypted at start"
[ "$(q "SELECT COUNT(*) FROM sale_personal WHERE sale_no = '$saleNo'")" -eq 1 ] || fail "legacy row not moved"
[ "$(q "SELECT COUNT(*) FROM audit_log WHERE action = 'personal_data_encrypted'")" -ge 1 ] ||
    fail "the migration was not audited"
scan || fail "personal data in plain text after the migration"
echo "no personal data in plain text"
