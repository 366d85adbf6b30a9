<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccessControl</name>
    <message>
        <source>请先登录再%1</source>
        <translation>Please log in first to %1</translation>
    </message>
    <message>
        <source>屏幕已锁定：请 %1 输入密码解锁后再%2</source>
        <translation>Screen locked: %1 must enter their password to unlock it before you can %2</translation>
    </message>
    <message>
        <source>%1 %2 无权%3</source>
        <translation>%1 %2 is not permitted to %3</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>仁心大药房（演示门店）</source>
        <translation>Renxin Pharmacy (demo store)</translation>
    </message>
    <message>
        <source>未命名药店</source>
        <translation>Unnamed pharmacy</translation>
    </message>
    <message>
        <source>江西省南昌市东湖区八一大道 100 号</source>
        <translation>100 Bayi Avenue, Donghu District, Nanchang, Jiangxi</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>扫码枪配置 scanner=%1 无效：%2</source>
        <translation>Invalid scanner setting scanner=%1: %2</translation>
    </message>
    <message>
        <source>应为 hidpos 或 hidpos:VID:PID（十六进制，如 hidpos:0c2e:0b8f）</source>
        <translation>must be hidpos or hidpos:VID:PID (hexadecimal, e.g. hidpos:0c2e:0b8f)</translation>
    </message>
    <message>
        <source>VID 与 PID 须为 4 位十六进制数（如 0c2e:0b8f）</source>
        <translation>VID and PID must be 4-digit hexadecimal numbers (e.g. 0c2e:0b8f)</translation>
    </message>
    <message>
        <source>应为 evdev:/dev/input/by-id/…-event-kbd（绝对路径）</source>
        <translation>must be evdev:/dev/input/by-id/…-event-kbd (absolute path)</translation>
    </message>
    <message>
        <source>波特率须为正整数（如 serial:/dev/ttyACM0@9600）</source>
        <translation>the baud rate must be a positive integer (e.g. serial:/dev/ttyACM0@9600)</translation>
    </message>
    <message>
        <source>应为 serial:/dev/ttyACM0[@波特率]（绝对路径）</source>
        <translation>must be serial:/dev/ttyACM0[@BAUD] (absolute path)</translation>
    </message>
    <message>
        <source>可用：simulated、hidpos[:VID:PID]、evdev:路径、serial:路径[@波特率]</source>
        <translation>allowed: simulated, hidpos[:VID:PID], evdev:PATH, serial:PATH[@BAUD]</translation>
    </message>
    <message>
        <source>scanner_suffix=%1 无效：可用 enter、cr、lf、crlf、tab、none</source>
        <translation>Invalid scanner_suffix=%1: allowed are enter, cr, lf, crlf, tab, none</translation>
    </message>
    <message>
        <source>无效：只能是 off 或 simulated:图片文件或目录</source>
        <translation>invalid: must be off or simulated:an image file or folder</translation>
    </message>
    <message>
        <source>太长：最多 8 个字符</source>
        <translation>too long: at most 8 characters</translation>
    </message>
    <message>
        <source>太小：键盘扫码枪既无前缀也无后缀时至少为 4，否则快速打字会被当成扫码</source>
        <translation>too small: at least 4 when a keyboard scanner sends neither prefix nor suffix, otherwise fast typing is taken for a scan</translation>
    </message>
    <message>
        <source>不是已知按键名（如 KEY_F8）</source>
        <translation>not a known key name (e.g. KEY_F8)</translation>
    </message>
    <message>
        <source>可用 auto、off、window 或 screen:N（N 为 1–16 的屏幕序号）</source>
        <translation>use auto, off, window or screen:N (N is the screen number, 1–16)</translation>
    </message>
    <message>
        <source>应为 off、simulated 或 evdev:/dev/input/by-id/…（签名板的设备节点）</source>
        <translation>expected off, simulated or evdev:/dev/input/by-id/… (the signature pad&apos;s device node)</translation>
    </message>
</context>
<context>
    <name>ArchiveBackupFolder</name>
    <message>
        <source>档案记录 #%1 未能写入备份：无法创建目录 %2</source>
        <translation>archive record #%1 not written to the backup: cannot create the folder %2</translation>
    </message>
    <message>
        <source>档案记录 #%1 未能写入备份 %2：%3</source>
        <translation>archive record #%1 not written to the backup %2: %3</translation>
    </message>
    <message>
        <source>无法同步目录 %1</source>
        <translation>cannot sync the folder %1</translation>
    </message>
    <message>
        <source>备份文件 %1 无法读取：%2</source>
        <translation>backup file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>备份文件 %1 不是档案记录</source>
        <translation>backup file %1 is not an archive record</translation>
    </message>
    <message>
        <source>备份文件 %1 中的记录无效：%2</source>
        <translation>the record in backup file %1 is invalid: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveBundle</name>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>%1 已存在且不是空目录：请指定新目录</source>
        <translation>%1 exists and is not an empty folder: name a new one</translation>
    </message>
    <message>
        <source>无法创建目录 %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>结算档案核验说明</source>
        <translation>Settlement archive: how to verify</translation>
    </message>
    <message>
        <source>记录 #%1（%2）</source>
        <translation>Record #%1 (%2)</translation>
    </message>
    <message>
        <source>  记录哈希（SHA-256，规范 JSON）：%1</source>
        <translation>  record hash (SHA-256 of the canonical JSON): %1</translation>
    </message>
    <message>
        <source>  前一条记录的哈希：%1</source>
        <translation>  hash of the record before it: %1</translation>
    </message>
    <message>
        <source>  店铺密钥签名（base64）：%1</source>
        <translation>  store key signature (base64): %1</translation>
    </message>
    <message>
        <source>  （缺）%1：%2</source>
        <translation>  (missing) %1: %2</translation>
    </message>
    <message>
        <source>店铺密钥指纹：%1</source>
        <translation>Store key fingerprint: %1</translation>
    </message>
    <message>
        <source>核对文件：在本目录运行 sha256sum -c SHA256SUMS（每行应为“成功”/OK）。</source>
        <translation>To check the files: run sha256sum -c SHA256SUMS in this folder (every line should say OK).</translation>
    </message>
    <message>
        <source>每件文档的 SHA-256 须与上列（即封存记录 record.json 中 pieces 所列）一致；记录哈希与签名由门店以 pharmapos archive verify 核验。</source>
        <translation>Each document&apos;s SHA-256 must be the one listed above (the pieces of the sealed record.json); the record hashes and signatures are checked at the store with pharmapos archive verify.</translation>
    </message>
    <message>
        <source>结算档案</source>
        <translation>Settlement archive</translation>
    </message>
    <message>
        <source>无法创建 %1</source>
        <translation>Cannot create %1</translation>
    </message>
    <message>
        <source>记录 #%1 文档 %2/%3：%4</source>
        <translation>Record #%1 document %2/%3: %4</translation>
    </message>
    <message>
        <source>缺：%1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>（图片无法显示，原件见 %1/%2）</source>
        <translation>(the picture cannot be shown; the original is %1/%2)</translation>
    </message>
    <message>
        <source>原件（%1 字节）不能嵌入本文件，见 %2/%3</source>
        <translation>The original (%1 bytes) cannot be embedded in this file: see %2/%3</translation>
    </message>
</context>
<context>
    <name>ArchiveChain</name>
    <message>
        <source>归档记录无效：%1</source>
        <translation>Invalid archive record: %1</translation>
    </message>
    <message>
        <source>不是有效的 JSON（%1）</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>版本 %1 无法识别</source>
        <translation>version %1 is not recognised</translation>
    </message>
    <message>
        <source>序号无效</source>
        <translation>invalid sequence number</translation>
    </message>
    <message>
        <source>记录种类“%1”无法识别</source>
        <translation>record kind “%1” is not recognised</translation>
    </message>
    <message>
        <source>封存时间无效</source>
        <translation>invalid sealing time</translation>
    </message>
    <message>
        <source>文件条目“%1”无效</source>
        <translation>invalid file entry “%1”</translation>
    </message>
    <message>
        <source>哈希值格式无效</source>
        <translation>malformed hash</translation>
    </message>
    <message>
        <source>被改动</source>
        <translation> was altered</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation> is missing</translation>
    </message>
    <message>
        <source>顺序被调换</source>
        <translation> is out of order</translation>
    </message>
    <message>
        <source>被插入</source>
        <translation> was inserted</translation>
    </message>
    <message>
        <source>文件缺失</source>
        <translation>: a file is missing</translation>
    </message>
    <message>
        <source>文件被改动</source>
        <translation>: a file was altered</translation>
    </message>
    <message>
        <source>签名无效（伪造）</source>
        <translation>: signature invalid (forged)</translation>
    </message>
    <message>
        <source>末尾记录被删除</source>
        <translation>: records at the end were removed</translation>
    </message>
    <message>
        <source>记录 #%1（%2）</source>
        <translation>Record #%1 (%2)</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1%2：%3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>内容与其哈希不符</source>
        <translation>its content does not match its hash</translation>
    </message>
    <message>
        <source>店铺密钥的签名不能验证此记录</source>
        <translation>the store key&apos;s signature does not verify this record</translation>
    </message>
    <message>
        <source>序号与另一条记录重复</source>
        <translation>its number is the same as another record&apos;s</translation>
    </message>
    <message>
        <source>存放在 #%1 之后</source>
        <translation>stored after #%1</translation>
    </message>
    <message>
        <source>%1 不见了</source>
        <translation>%1 are gone</translation>
    </message>
    <message>
        <source>不是本店归档链的第一条</source>
        <translation>it is not the first record of this store&apos;s archive chain</translation>
    </message>
    <message>
        <source>其哈希与 #%1 封存时链接的不符（被改动后重算哈希或被整条替换）</source>
        <translation>its hash is not the one #%1 linked to when sealed (altered and re-hashed, or replaced whole)</translation>
    </message>
    <message>
        <source>单独保存的链头签名无效</source>
        <translation>the signature of the head kept apart is invalid</translation>
    </message>
    <message>
        <source>链头签于 #%1，现存最后一条为 #%2</source>
        <translation>the head was signed at #%1; the last record now is #%2</translation>
    </message>
    <message>
        <source>与单独保存的链头不符</source>
        <translation>does not match the head kept apart</translation>
    </message>
    <message>
        <source>在已签名的链头 #%1 之后</source>
        <translation>after the signed head #%1</translation>
    </message>
    <message>
        <source>没有单独保存的链头：无法确认末尾是否完整</source>
        <translation>no head kept apart: the end of the chain cannot be vouched for</translation>
    </message>
    <message>
        <source>记录 #%1 </source>
        <translation>Record #%1</translation>
    </message>
    <message>
        <source>备份中的</source>
        <translation>in the backup: </translation>
    </message>
    <message>
        <source>#%1–#%2 在已签名的链头 #%3 之后</source>
        <translation>#%1–#%2 come after the signed head #%3</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>--to 早于 --from</source>
        <translation>--to is earlier than --from</translation>
    </message>
    <message>
        <source>结算 %1 已退费，退费尚未封存入档（收银台下次启动时补封存）</source>
        <translation>Settlement %1 was refunded; the refund is not yet sealed into the archive (the counter seals it at its next start)</translation>
    </message>
    <message>
        <source>结算 %1 已签字，尚未封存入档（收银台下次启动时补封存）</source>
        <translation>Settlement %1 was signed and is not yet sealed into the archive (the counter seals it at its next start)</translation>
    </message>
    <message>
        <source>（%1 至 %2 封存的记录核对了文档）</source>
        <translation> (documents checked for the records sealed from %1 to %2)</translation>
    </message>
    <message>
        <source>最早</source>
        <translation>the first</translation>
    </message>
    <message>
        <source>最新</source>
        <translation>the newest</translation>
    </message>
    <message>
        <source>结算档案完整：%1 条记录的哈希、链接与店铺密钥签名均与封存时一致，%2 件文档逐一核对%3</source>
        <translation>The settlement archive is intact: the hashes, links and store-key signatures of %1 records are as sealed, %2 documents checked one by one%3</translation>
    </message>
    <message>
        <source>链头 #%1 %2（另存于 %3）</source>
        <translation>Head #%1 %2 (also kept in %3)</translation>
    </message>
    <message>
        <source>结算档案有 %1 处问题（共 %2 条记录）：</source>
        <translation>The settlement archive has %1 problem(s) (%2 records):</translation>
    </message>
    <message>
        <source>用法：pharmapos archive verify [--from 2026-11-01] [--to 2026-11-30]</source>
        <translation>Usage: pharmapos archive verify [--from 2026-11-01] [--to 2026-11-30]</translation>
    </message>
    <message>
        <source>用法：pharmapos archive export 结算单号或处方号 --out 目录 --user 店长</source>
        <translation>Usage: pharmapos archive export SETTLEMENT_OR_RX_NO --out DIR --user MANAGER</translation>
    </message>
    <message>
        <source>已导出 %1 的 %2 条归档记录到 %3（%4 个文件；含个人信息，已记入审计）：</source>
        <translation>Exported %2 archive record(s) of %1 to %3 (%4 files; personal data, audited):</translation>
    </message>
    <message>
        <source>核对：cd %1 &amp;&amp; sha256sum -c SHA256SUMS</source>
        <translation>To check: cd %1 &amp;&amp; sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>备份：未配置备份位置，档案只有数据库中的一份（在门店配置 [camera] backup_dir 设置另一块盘或共享目录，RX-ARCHIVE-2Y）</source>
        <translation>Backup: no backup location configured, the archive exists only in the database (set [camera] backup_dir in the store profile to another disk or a share, RX-ARCHIVE-2Y)</translation>
    </message>
    <message>
        <source>备份：%1 中 %2 条记录的哈希、链接与签名已逐条核对，%3 件文档逐一核对</source>
        <translation>Backup: %2 records in %1 checked (hashes, links, signatures), %3 documents re-hashed</translation>
    </message>
    <message>
        <source>用法：pharmapos archive binding --month 2026-11 --user 店长</source>
        <translation>Usage: pharmapos archive binding --month 2026-11 --user MANAGER</translation>
    </message>
    <message>
        <source>处方销售 %1 尚未封存入档（收银台下次启动时补封存）</source>
        <translation>Prescription sale %1 is not yet sealed into the archive (the counter seals it at its next start)</translation>
    </message>
    <message>
        <source>另有更多结算或处方销售尚未封存（只列出前 %1 笔）</source>
        <translation>More settlements or prescription sales are not yet sealed (only the first %1 listed)</translation>
    </message>
    <message>
        <source>处方销售 %1 已退货，退货尚未封存入档（收银台下次启动时补封存）</source>
        <translation>Prescription sale %1 was returned; the return is not yet sealed into the archive (the counter seals it at its next start)</translation>
    </message>
    <message>
        <source>用法：pharmapos archive show 结算单号、销售单号、处方号、身份证号、姓名或日期（2026-12-06 或 2026-12-01..2026-12-06） --user 店长</source>
        <translation>Usage: pharmapos archive show SETTLEMENT, SALE or PRESCRIPTION NUMBER, ID NUMBER, NAME or DATE (2026-12-06 or 2026-12-01..2026-12-06) --user MANAGER</translation>
    </message>
</context>
<context>
    <name>ArchiveHeadFiles</name>
    <message>
        <source>无法创建目录 %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>无法写入归档链头副本 %1</source>
        <translation>Cannot write the archive head copy %1</translation>
    </message>
    <message>
        <source>归档链头副本未能写入：%1</source>
        <translation>The archive head copy could not be written: %1</translation>
    </message>
    <message>
        <source>无法读取归档链头副本 %1</source>
        <translation>Cannot read the archive head copy %1</translation>
    </message>
    <message>
        <source>归档链头副本 %1 已损坏或被改动</source>
        <translation>The archive head copy %1 is damaged or was altered</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>（且未能写入审计日志：%1）</source>
        <translation>(and it could not be written to the audit log: %1)</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>密码至少 8 位，且须同时包含字母和数字</source>
        <translation>The password must be at least 8 characters long and contain both letters and digits</translation>
    </message>
    <message>
        <source>用户名“%1”无效：2–32 位字母、数字、下划线、点或连字符</source>
        <translation>Invalid username &quot;%1&quot;: use 2–32 letters, digits, underscores, dots or hyphens</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Please enter the full name</translation>
    </message>
    <message>
        <source>执业药师账号必须填写执业药师注册证号</source>
        <translation>A licensed pharmacist account must have a pharmacist registration number</translation>
    </message>
    <message>
        <source>已有账号：管理员只能由现有管理员创建</source>
        <translation>Accounts already exist: an administrator can only be created by an existing administrator</translation>
    </message>
    <message>
        <source>首次启动创建系统管理员</source>
        <translation>Administrator created at first start</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <translation>Incorrect username or password</translation>
    </message>
    <message>
        <source>账号已停用</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>账号 %1 已停用</source>
        <translation>Account %1 is disabled</translation>
    </message>
    <message>
        <source>账号锁定中</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>连续输错密码，账号已锁定至 %1</source>
        <translation>Too many wrong passwords: the account is locked until %1</translation>
    </message>
    <message>
        <source>密码错误（第 %1 次）</source>
        <translation>Wrong password (attempt %1)</translation>
    </message>
    <message>
        <source>连续 %1 次密码错误，锁定 %2 分钟</source>
        <translation>%1 wrong passwords in a row; locked for %2 minutes</translation>
    </message>
    <message>
        <source>连续 %1 次输错密码，账号锁定 %2 分钟</source>
        <translation>%1 wrong passwords in a row: the account is locked for %2 minutes</translation>
    </message>
    <message>
        <source>%1 %2 无权%3</source>
        <translation>%1 %2 is not permitted to %3</translation>
    </message>
    <message>
        <source>用户名 %1 已存在</source>
        <translation>Username %1 already exists</translation>
    </message>
    <message>
        <source>未知用户名（只记其哈希）</source>
        <translation>unknown username (only its hash is recorded)</translation>
    </message>
    <message>
        <source>未能计数登录尝试：%1（拒绝登录）</source>
        <translation>Could not count the login attempt: %1 (login refused)</translation>
    </message>
</context>
<context>
    <name>BarcodeImageDecoder</name>
    <message>
        <source>视频帧尺寸与数据不符（%1×%2，每行 %3 字节，共 %4 字节）</source>
        <translation>Video frame size does not match the data (%1×%2, %3 bytes per line, %4 bytes in total)</translation>
    </message>
    <message>
        <source>图片文件 %1 不存在</source>
        <translation>Image file %1 does not exist</translation>
    </message>
    <message>
        <source>无法读取图片 %1：%2</source>
        <translation>Cannot read image %1: %2</translation>
    </message>
</context>
<context>
    <name>BoxTrace</name>
    <message>
        <source>在库</source>
        <translation>in stock</translation>
    </message>
    <message>
        <source>已退回（%1），在库</source>
        <translation>returned (%1), in stock</translation>
    </message>
    <message>
        <source>已售（%1）</source>
        <translation>sold (%1)</translation>
    </message>
    <message>
        <source>追溯码 %1：%2</source>
        <translation>Traceability code %1: %2</translation>
    </message>
    <message>
        <source>药品：%1 %2</source>
        <translation>Drug: %1 %2</translation>
    </message>
    <message>
        <source>药品：%1 %2（%3）</source>
        <translation>Drug: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>批号 %1，生产日期 %2，有效期至 %3</source>
        <translation>Batch %1, produced %2, expires %3</translation>
    </message>
    <message>
        <source>购进：%1 %2，到货单 %3，%4/%5；%6 于 %7 验收入库</source>
        <translation>Received: %1 %2, delivery note %3, %4/%5; accepted by %6 at %7</translation>
    </message>
    <message>
        <source>盒</source>
        <translation>box</translation>
    </message>
    <message>
        <source>购进：无验收记录（首次见于销售，门店策略允许未验收的追溯码）</source>
        <translation>Received: no receiving record (first seen at a sale; the store allows codes never received)</translation>
    </message>
    <message>
        <source>销售：%1 %2，收银台 %3，%4，%5/%6</source>
        <translation>Sold: %1 %2, till %3, %4, %5/%6</translation>
    </message>
    <message>
        <source>  处方 %1（无审核通过记录）</source>
        <translation>  prescription %1 (no approving review recorded)</translation>
    </message>
    <message>
        <source>  处方 %1，%2（执业药师 %3）于 %4 审核通过</source>
        <translation>  prescription %1, approved by %2 (licensed pharmacist %3) at %4</translation>
    </message>
    <message>
        <source>  退货：%1 %2，%3，原因：%4</source>
        <translation>  returned: %1 %2, %3, reason: %4</translation>
    </message>
    <message>
        <source>%1 %2 批号 %3（生产日期 %4，有效期至 %5，%6）：%7 盒有追溯码，已售 %8，在库 %9</source>
        <translation>%1 %2 batch %3 (produced %4, expires %5, %6): %7 boxes with codes, %8 sold, %9 in stock</translation>
    </message>
    <message>
        <source>已售 %1（%2）</source>
        <translation>sold %1 (%2)</translation>
    </message>
    <message>
        <source>，曾退回 %1 次</source>
        <translation>, returned %1 time(s)</translation>
    </message>
    <message>
        <source>，无验收记录</source>
        <translation>, no receiving record</translation>
    </message>
    <message>
        <source>“%1”不是药品追溯码（应为 20 位数字）</source>
        <translation>“%1” is not a drug traceability code (20 digits expected)</translation>
    </message>
    <message>
        <source>本店没有追溯码 %1 的购进或销售记录</source>
        <translation>This store has no receiving or sale of traceability code %1</translation>
    </message>
    <message>
        <source>追溯一盒药</source>
        <translation>traced one box</translation>
    </message>
    <message>
        <source>请给出批号（不超过 64 个字符）</source>
        <translation>Give a batch number (at most 64 characters)</translation>
    </message>
    <message>
        <source>本店没有批号 %1 的记录</source>
        <translation>This store has no record of batch %1</translation>
    </message>
    <message>
        <source>追溯一个批号的全部药品</source>
        <translation>traced every box of a batch</translation>
    </message>
    <message>
        <source>处方原件</source>
        <translation>prescription original</translation>
    </message>
    <message>
        <source>结算单</source>
        <translation>settlement slip</translation>
    </message>
    <message>
        <source>患者签名</source>
        <translation>patient signature</translation>
    </message>
    <message>
        <source>签名笔迹</source>
        <translation>signature strokes</translation>
    </message>
    <message>
        <source>人脸图像</source>
        <translation>face image</translation>
    </message>
    <message>
        <source>录像记录</source>
        <translation>clip record</translation>
    </message>
    <message>
        <source>医保结算记录</source>
        <translation>insured settlement record</translation>
    </message>
    <message>
        <source>退费记录</source>
        <translation>refund record</translation>
    </message>
    <message>
        <source>处方药现金销售记录</source>
        <translation>cash prescription sale record</translation>
    </message>
    <message>
        <source>无文件</source>
        <translation>no files</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>  医保结算 %1（平台结算号 %2）%3：统筹 %4，个人账户 %5，现金 %6；%7</source>
        <translation>  Insured settlement %1 (platform setl_id %2) %3: fund %4, personal account %5, cash %6; %7</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>  档案 #%1 %2，%3 封存：%4</source>
        <translation>  Archive #%1 %2, sealed %3: %4</translation>
    </message>
    <message>
        <source>  档案：尚未封存（pharmapos archive verify 列出待封存的结算）</source>
        <translation>  Archive: not sealed yet (pharmapos archive verify lists settlements due)</translation>
    </message>
</context>
<context>
    <name>CameraCommands</name>
    <message>
        <source>用法：pharmapos face check 图片…</source>
        <translation>Usage: pharmapos face check IMAGE…</translation>
    </message>
    <message>
        <source>无法读取图片 %1：%2</source>
        <translation>Cannot read image %1: %2</translation>
    </message>
    <message>
        <source>用法：pharmapos video verify [--from 2026-11-01] [--to 2026-11-30]</source>
        <translation>Usage: pharmapos video verify [--from 2026-11-01] [--to 2026-11-30]</translation>
    </message>
    <message>
        <source>--to 早于 --from</source>
        <translation>--to is earlier than --from</translation>
    </message>
    <message>
        <source>结算录像完整：主存储与备份的每个文件都与清单一致（%1）</source>
        <translation>Settlement recordings intact: every file in the main store and the backup matches its manifest (%1)</translation>
    </message>
    <message>
        <source>结算录像有 %1 处问题：</source>
        <translation>Settlement recordings have %1 problem(s):</translation>
    </message>
    <message>
        <source>用法：pharmapos video export 结算单号 --out 文件.mkv --user 店长（密码从标准输入读取）</source>
        <translation>Usage: pharmapos video export SETTLEMENT_NO --out FILE.mkv --user MANAGER (password read from standard input)</translation>
    </message>
    <message>
        <source>已导出结算 %1 的录像：%2（清单：%2.manifest.json）</source>
        <translation>Exported the recording of settlement %1: %2 (manifest: %2.manifest.json)</translation>
    </message>
</context>
<context>
    <name>CameraConfig</name>
    <message>
        <source>结算摄像头配置 settlement_camera=%1 无效：%2</source>
        <translation>Settlement camera setting settlement_camera=%1 is invalid: %2</translation>
    </message>
    <message>
        <source>应为 simulated:图片、图片文件夹或视频文件的路径</source>
        <translation>expected simulated: followed by the path of an image, a folder of images or a video file</translation>
    </message>
    <message>
        <source>应为 v4l2:/dev/v4l/by-id/…-video-index0（拔插后不变的路径）</source>
        <translation>expected v4l2:/dev/v4l/by-id/…-video-index0 (a path that survives re-plugging)</translation>
    </message>
    <message>
        <source>可用：off、simulated:路径、v4l2:/dev/v4l/by-id/…、rtsp://…、http://…</source>
        <translation>allowed: off, simulated:PATH, v4l2:/dev/v4l/by-id/…, rtsp://…, http://…</translation>
    </message>
    <message>
        <source>麦克风配置 microphone=%1 无效：可用 off、pulse、pulse:音源名、alsa:hw:1,0、test</source>
        <translation>Microphone setting microphone=%1 is invalid: allowed are off, pulse, pulse:SOURCE, alsa:hw:1,0, test</translation>
    </message>
    <message>
        <source>无效：须是录像目录以外的另一位置（另一块磁盘或网络共享）</source>
        <translation>invalid: must be a place outside the video folder (another disk or a network share)</translation>
    </message>
    <message>
        <source>无效：width 与 height 须为偶数（H.264 的要求）</source>
        <translation>invalid: width and height must be even (an H.264 requirement)</translation>
    </message>
    <message>
        <source>无效：free_space_warn_mb 不能低于 free_space_floor_mb</source>
        <translation>invalid: free_space_warn_mb cannot be below free_space_floor_mb</translation>
    </message>
</context>
<context>
    <name>CardBasAnswer</name>
    <message>
        <source>读卡器返回的卡信息无法识别：%1</source>
        <translation>The card information from the reader cannot be read: %1</translation>
    </message>
    <message>
        <source>内容为空</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>内容过长（%1 字节），不是社保卡基本信息</source>
        <translation>it is too long (%1 bytes) for social-security card basic information</translation>
    </message>
    <message>
        <source>含有空字符</source>
        <translation>it contains a NUL character</translation>
    </message>
    <message>
        <source>本机的 Qt 不支持 GB18030 解码，无法读取社保卡信息</source>
        <translation>this machine&apos;s Qt cannot decode GB18030, so social-security card information cannot be read</translation>
    </message>
    <message>
        <source>不是有效的 GBK/GB18030 文本</source>
        <translation>it is not valid GBK/GB18030 text</translation>
    </message>
    <message>
        <source>只有 %1 项，应有 %2 项（发卡地区|社会保障号码|卡号|卡识别码|姓名|…）</source>
        <translation>it has only %1 fields, %2 expected (issuing region|social security number|card number|card identifier|name|…)</translation>
    </message>
    <message>
        <source>没有社会保障号码</source>
        <translation>there is no social security number</translation>
    </message>
    <message>
        <source>社会保障号码格式不对（应为 15–20 位数字或字母）</source>
        <translation>the social security number is malformed (15–20 digits or letters expected)</translation>
    </message>
    <message>
        <source>没有卡识别码</source>
        <translation>there is no card identifier</translation>
    </message>
    <message>
        <source>卡识别码格式不对（应为 8–64 位数字或字母）</source>
        <translation>the card identifier is malformed (8–64 digits or letters expected)</translation>
    </message>
    <message>
        <source>没有姓名</source>
        <translation>there is no name</translation>
    </message>
    <message>
        <source>姓名过长或含有控制字符</source>
        <translation>the name is too long or contains control characters</translation>
    </message>
</context>
<context>
    <name>CardReaders</name>
    <message>
        <source>读卡器配置 card_reader=%1 无效：%2</source>
        <translation>Card reader setting card_reader=%1 is invalid: %2</translation>
    </message>
    <message>
        <source>厂商动态库须写绝对路径（如 vendor:/opt/sscard/libSSCardDriver.so）</source>
        <translation>the vendor library needs an absolute path (e.g. vendor:/opt/sscard/libSSCardDriver.so)</translation>
    </message>
    <message>
        <source>应为 simulated、vendor:/动态库绝对路径 或 pcsc[:读卡器名称]</source>
        <translation>expected simulated, vendor:/absolute path of the library, or pcsc[:reader name]</translation>
    </message>
    <message>
        <source>；本次改用模拟读卡器</source>
        <translation>; using the simulated card reader this time</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>数量不能超过 %1</source>
        <translation>Quantity cannot exceed %1</translation>
    </message>
    <message>
        <source>没有第 %1 行</source>
        <translation>There is no line %1</translation>
    </message>
    <message>
        <source>数量必须在 1 到 %1 之间（输入的是 %2）</source>
        <translation>Quantity must be between 1 and %1 (entered: %2)</translation>
    </message>
    <message>
        <source>板</source>
        <translation>strip</translation>
    </message>
    <message>
        <source>%1 没有按%2拆零的售价，不能拆零销售</source>
        <translation>%1 has no split-pack price per %2, so it cannot be sold as a split pack</translation>
    </message>
    <message>
        <source>%1 已扫 %2 盒追溯码：拆零只能拆一盒，请把要拆的那盒单独扫一行</source>
        <translation>%1 has %2 boxes scanned by traceability code: only one box can be split; scan the box to be split on a line of its own</translation>
    </message>
    <message>
        <source>追溯码 %1 已在本单第 %2 行扫过：同一盒不能卖两次</source>
        <translation>Traceability code %1 was already scanned on line %2 of this sale: the same box cannot be sold twice</translation>
    </message>
    <message>
        <source>%1 按追溯码逐盒计数：请扫描每一盒的追溯码，或删除整行重扫</source>
        <translation>%1 is counted box by box by traceability code: scan the traceability code of each box, or delete the whole line and scan again</translation>
    </message>
    <message>
        <source>追溯码 %1 在本单中出现两次：同一盒不能卖两次</source>
        <translation>Trace code %1 appears twice in this sale: one box cannot be sold twice</translation>
    </message>
    <message>
        <source>%1 有 %2 个追溯码，却只有 %3 盒</source>
        <translation>%1 has %2 trace codes but only %3 boxes</translation>
    </message>
</context>
<context>
    <name>ClipManifest</name>
    <message>
        <source>清单中的文件条目无效：“%1”</source>
        <translation>Invalid file entry in the manifest: “%1”</translation>
    </message>
    <message>
        <source>%1：链值与前一项不符（清单被改动或条目被删除、调换）</source>
        <translation>%1: chain value does not match the previous entry (manifest changed, or entries removed or swapped)</translation>
    </message>
    <message>
        <source>清单的链尾与最后一项不符</source>
        <translation>The manifest&apos;s chain end does not match its last entry</translation>
    </message>
    <message>
        <source>录像清单不是有效的 JSON：%1</source>
        <translation>The recording manifest is not valid JSON: %1</translation>
    </message>
    <message>
        <source>录像清单版本 %1 无法识别</source>
        <translation>Unknown recording manifest version %1</translation>
    </message>
    <message>
        <source>录像清单缺少结算单号或结果</source>
        <translation>The recording manifest lacks the settlement number or the outcome</translation>
    </message>
    <message>
        <source>结算完成</source>
        <translation>settlement completed</translation>
    </message>
    <message>
        <source>结算中止</source>
        <translation>settlement aborted</translation>
    </message>
    <message>
        <source>异常中断（重启后补全）</source>
        <translation>interrupted (completed after a restart)</translation>
    </message>
</context>
<context>
    <name>CodeRecognition</name>
    <message>
        <source>追溯码通常以 8 开头，此码以 %1 开头：医保平台可能不认</source>
        <translation>Traceability codes usually start with 8; this one starts with %1: the insurance platform may not accept it</translation>
    </message>
    <message>
        <source>药品本位码</source>
        <translation>Drug standard code</translation>
    </message>
    <message>
        <source>长度 %1：不是追溯码（应为 20 位）</source>
        <translation>Length %1: not a traceability code (must be 20 digits)</translation>
    </message>
    <message>
        <source>%1 位数字：不是已知的码（商品条码为 8、12、13 位，药品本位码与 GTIN-14 为 14 位，追溯码为 20 位）</source>
        <translation>%1 digits: not a known code (product barcodes have 8, 12 or 13 digits, drug standard codes and GTIN-14 have 14, traceability codes have 20)</translation>
    </message>
    <message>
        <source>%1 位数字但校验位错误：按 %2 应为 %3，扫到 %4</source>
        <translation>%1 digits but wrong check digit: as %2 it should be %3, scanned %4</translation>
    </message>
    <message>
        <source>MA 码第 %1 段为空</source>
        <translation>MA code segment %1 is empty</translation>
    </message>
    <message>
        <source>MA 码的国家代码“%1”应为 3 位数字</source>
        <translation>MA code country code &quot;%1&quot; must be 3 digits</translation>
    </message>
    <message>
        <source>MA 码 .%1 段日期无效：%2</source>
        <translation>MA code segment .%1 has an invalid date: %2</translation>
    </message>
    <message>
        <source>MA 码不完整：应为 MA.国家代码.类别.企业代码.产品代码…，只有 %1 段</source>
        <translation>Incomplete MA code: expected MA.country.category.company.product…, found only %1 segments</translation>
    </message>
    <message>
        <source>包含无效的 UTF-8 字节：不是可识别的文本</source>
        <translation>Contains invalid UTF-8 bytes: not readable text</translation>
    </message>
    <message>
        <source>20 个字符但第 %1 个“%2”不是数字：不是追溯码</source>
        <translation>20 characters, but character %1 &quot;%2&quot; is not a digit: not a traceability code</translation>
    </message>
    <message>
        <source>23 个字符、以 %1 开头，但第 %2 个“%3”不是大写字母或数字：不是医保药品编码</source>
        <translation>23 characters starting with %1, but character %2 &quot;%3&quot; is not an uppercase letter or digit: not an insurance drug code</translation>
    </message>
    <message>
        <source>无法识别：%1 个字符，不属于任何已知的码；如为医保电子凭证或电子处方二维码，请在设置中配置其格式</source>
        <translation>Not recognized: %1 characters, not any known code; if this is a medical-insurance e-voucher or e-prescription QR code, configure its format in the settings</translation>
    </message>
    <message>
        <source>无法识别：%1 个字符，不是商品条码、追溯码、GS1、MA 码、医保药品编码或本店打印的码</source>
        <translation>Not recognized: %1 characters, not a product barcode, traceability code, GS1, MA code, insurance drug code or in-store printed code</translation>
    </message>
    <message>
        <source>设备报告码制 %1，内容开头却是 %2：按内容处理</source>
        <translation>The device reports symbology %1, but the content starts with %2: handled according to the content</translation>
    </message>
    <message>
        <source>扫码内容为空</source>
        <translation>Empty scan</translation>
    </message>
    <message>
        <source>包含不可打印字符 %1（第 %2 个字节）</source>
        <translation>Contains non-printable character %1 (byte %2)</translation>
    </message>
    <message>
        <source>设备报告为 GS1 码制（%1），但内容不是有效的 GS1 数据：按 20 位追溯码处理</source>
        <translation>The device reports a GS1 symbology (%1), but the content is not valid GS1 data: handled as a 20-digit traceability code</translation>
    </message>
    <message>
        <source>设备报告 %1（%2），但内容不是 %3 位数字</source>
        <translation>The device reports %1 (%2), but the content is not %3 digits</translation>
    </message>
    <message>
        <source>EAN-13 商品条码</source>
        <translation>EAN-13 product barcode</translation>
    </message>
    <message>
        <source>EAN-8 商品条码</source>
        <translation>EAN-8 product barcode</translation>
    </message>
    <message>
        <source>UPC-A 商品条码</source>
        <translation>UPC-A product barcode</translation>
    </message>
    <message>
        <source>GTIN-14 商品条码</source>
        <translation>GTIN-14 product barcode</translation>
    </message>
    <message>
        <source>药品追溯码</source>
        <translation>Drug traceability code</translation>
    </message>
    <message>
        <source>GS1 数据码</source>
        <translation>GS1 data code</translation>
    </message>
    <message>
        <source>MA 码</source>
        <translation>MA code</translation>
    </message>
    <message>
        <source>医保电子凭证</source>
        <translation>Medical-insurance e-voucher</translation>
    </message>
    <message>
        <source>电子处方</source>
        <translation>E-prescription</translation>
    </message>
    <message>
        <source>医保药品编码</source>
        <translation>Insurance drug code</translation>
    </message>
    <message>
        <source>本店打印的码</source>
        <translation>In-store printed code</translation>
    </message>
    <message>
        <source>无法识别的码</source>
        <translation>Unrecognized code</translation>
    </message>
    <message>
        <source>AI %1（%2）</source>
        <translation>AI %1 (%2)</translation>
    </message>
    <message>
        <source>%1应为数字，第 %2 个字符是“%3”</source>
        <translation>%1: must be digits; character %2 is &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1校验位错误：应为 %2，扫到 %3</source>
        <translation>%1: wrong check digit: should be %2, scanned %3</translation>
    </message>
    <message>
        <source>%1日期无效：%2</source>
        <translation>%1: invalid date: %2</translation>
    </message>
    <message>
        <source>%1时间无效：%2:%3</source>
        <translation>%1: invalid time: %2:%3</translation>
    </message>
    <message>
        <source>%1之后没有 GS 分隔符，无法确定该字段在哪里结束：读到的是“%2”，其中可能连着下一个字段</source>
        <translation>No GS separator after %1, so the end of this field cannot be determined: read &quot;%2&quot;, which may run into the next field</translation>
    </message>
    <message>
        <source>；若扫码枪以“%1”代替 GS，请把它配置为 GS 替代符</source>
        <translation>; if the scanner sends &quot;%1&quot; instead of GS, configure it as the GS substitute</translation>
    </message>
    <message>
        <source>%1含有 GS1 字符集之外的字符“%2”</source>
        <translation>%1 contains character &quot;%2&quot;, which is outside the GS1 character set</translation>
    </message>
    <message>
        <source>%1出现两次且值不同：“%2”与“%3”</source>
        <translation>%1 occurs twice with different values: &quot;%2&quot; and &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1没有数据</source>
        <translation>%1 has no data</translation>
    </message>
    <message>
        <source>%1应有 %2 个字符，实有 %3 个</source>
        <translation>%1 should have %2 characters, has %3</translation>
    </message>
    <message>
        <source>%1至少应有 %2 个字符，实有 %3 个</source>
        <translation>%1 should have at least %2 characters, has %3</translation>
    </message>
    <message>
        <source>%1长 %2 个字符，超过上限 %3</source>
        <translation>%1 is %2 characters long, above the limit of %3</translation>
    </message>
    <message>
        <source>（若后面还有字段，可能是扫码枪丢了 GS 分隔符）</source>
        <translation> (if more fields follow, the scanner may have dropped a GS separator)</translation>
    </message>
    <message>
        <source>未知的 GS1 应用标识符（AI）：数据从“%1”起</source>
        <translation>Unknown GS1 application identifier (AI): data from &quot;%1&quot;</translation>
    </message>
    <message>
        <source>日期应为 6 位数字 YYMMDD</source>
        <translation>The date must be 6 digits YYMMDD</translation>
    </message>
    <message>
        <source>“%1”不是 6 位数字 YYMMDD</source>
        <translation>&quot;%1&quot; is not 6 digits YYMMDD</translation>
    </message>
    <message>
        <source>“%1”的月份 %2 无效</source>
        <translation>&quot;%1&quot;: invalid month %2</translation>
    </message>
    <message>
        <source>“%1”：20%2 年 %3 月没有 %4 日</source>
        <translation>&quot;%1&quot;: month %3 of 20%2 has no day %4</translation>
    </message>
    <message>
        <source>GS1 数据为空</source>
        <translation>GS1 data is empty</translation>
    </message>
    <message>
        <source>括号形式的 GS1 数据应为“(AI)数据”，第 %1 个字符起是“%2”</source>
        <translation>GS1 data in bracket form must be &quot;(AI)data&quot;; from character %1 it reads &quot;%2&quot;</translation>
    </message>
    <message>
        <source>未知的 GS1 应用标识符（AI）：(%1)</source>
        <translation>Unknown GS1 application identifier (AI): (%1)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>—— 最后一张小票（%1，模拟打印机输出于 %2）——</source>
        <translation>—— Last receipt (%1, simulated printer output in %2) ——</translation>
    </message>
    <message>
        <source>结果：全部 %1 步通过</source>
        <translation>Result: all %1 steps passed</translation>
    </message>
    <message>
        <source>结果：有步骤失败</source>
        <translation>Result: some steps failed</translation>
    </message>
    <message>
        <source>PharmaPOS %1 演示（无界面）：%2，%3 种商品，数据目录 %4</source>
        <translation>PharmaPOS %1 demo (headless): %2, %3 products, data directory %4</translation>
    </message>
    <message>
        <source>模拟设备 SIMULATED DEVICES：%1</source>
        <translation>SIMULATED DEVICES: %1</translation>
    </message>
    <message>
        <source>程序中缺少演示脚本</source>
        <translation>The demo script is missing from the program</translation>
    </message>
    <message>
        <source>无法读取脚本 %1</source>
        <translation>Cannot read script %1</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：clock “%2”不是 ISO 时间（如 2026-11-23T09:30:00）</source>
        <translation>%1: clock &quot;%2&quot; is not an ISO time (e.g. 2026-11-23T09:30:00)</translation>
    </message>
    <message>
        <source>PharmaPOS 无法启动</source>
        <translation>PharmaPOS cannot start</translation>
    </message>
    <message>
        <source>商品目录为空：请由店长导入商品（演示请用 --demo 启动）</source>
        <translation>The product catalog is empty: the store manager must import products (for a demo, start with --demo)</translation>
    </message>
    <message>
        <source>需要 --user 账号（密码从标准输入读取）</source>
        <translation>--user NAME is required (password read from standard input)</translation>
    </message>
    <message>
        <source>审计日志完整：%1 条，哈希链与链头一致</source>
        <translation>Audit trail intact: %1 entries; the hash chain matches the chain head</translation>
    </message>
    <message>
        <source>审计日志被改动：%1 处问题（共 %2 条）</source>
        <translation>Audit trail has been altered: %1 problems (%2 entries in total)</translation>
    </message>
    <message>
        <source>用法：pharmapos duty export --from 2026-11-01 --to 2026-11-30 --out FILE.csv --user 账号（密码从标准输入读取）</source>
        <translation>Usage: pharmapos duty export --from 2026-11-01 --to 2026-11-30 --out FILE.csv --user NAME (password read from standard input)</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>已导出 %1 至 %2 的药师在岗记录：%3</source>
        <translation>Exported pharmacist duty records from %1 to %2: %3</translation>
    </message>
    <message>
        <source>	(停用)</source>
        <translation>	(disabled)</translation>
    </message>
    <message>
        <source>已创建系统管理员 %1</source>
        <translation>Administrator %1 created</translation>
    </message>
    <message>
        <source>--role 须为 cashier、pharmacist、manager 或 admin</source>
        <translation>--role must be cashier, pharmacist, manager or admin</translation>
    </message>
    <message>
        <source>已创建账号 %1（%2）</source>
        <translation>Account %1 created (%2)</translation>
    </message>
    <message>
        <source>用法：pharmapos ledger export --from 2026-11-01 --to 2026-11-30 --format csv --out FILE --user 店长（密码从标准输入读取）</source>
        <translation>Usage: pharmapos ledger export --from 2026-11-01 --to 2026-11-30 --format csv --out FILE --user MANAGER (password read from standard input)</translation>
    </message>
    <message>
        <source>已导出库存流水 %1 条：%2</source>
        <translation>Exported %1 stock movements: %2</translation>
    </message>
    <message>
        <source>已导出进销存台账 %1 至 %2：%3</source>
        <translation>Exported the inventory ledger from %1 to %2: %3</translation>
    </message>
    <message>
        <source>用法：pharmapos stocktake start [--scope 西药|中成药|中药饮片] --out 盘点单.csv --user 店长
      pharmapos stocktake apply 已填写的盘点单.csv --reason 原因 --user 店长</source>
        <translation>Usage: pharmapos stocktake start [--scope &quot;Western medicine&quot;|&quot;Chinese patent medicine&quot;|&quot;Chinese herbal pieces&quot;] --out STOCKTAKE.csv --user MANAGER
       pharmapos stocktake apply COMPLETED_STOCKTAKE.csv --reason REASON --user MANAGER</translation>
    </message>
    <message>
        <source>无法写入盘点单 %1（--out）</source>
        <translation>Cannot write stocktake sheet %1 (--out)</translation>
    </message>
    <message>
        <source>盘点单 %1：%2 个批次，已写入 %3。在“实盘数量”列填写清点结果后用 stocktake apply 导入。</source>
        <translation>Stocktake sheet %1: %2 batches, written to %3. Enter the counts in the &quot;Counted quantity&quot; column, then import the sheet with stocktake apply.</translation>
    </message>
    <message>
        <source>盘点单 %1 已审核：%2 个批次调整，盘盈 %3，盘亏 %4（最小单位）</source>
        <translation>Stocktake sheet %1 approved: %2 batches adjusted, stocktake gain %3, stocktake loss %4 (smallest units)</translation>
    </message>
    <message>
        <source>演示账号：zhangsan（收银员）、lisi（执业药师）、wangwu（店长）、admin（系统管理员），密码均为 %1</source>
        <translation>Demo accounts: zhangsan (cashier), lisi (licensed pharmacist), wangwu (store manager), admin (administrator); the password for all of them is %1</translation>
    </message>
    <message>
        <source>用法：pharmapos inventory adjust --product 编码 --batch 批号 --kind loss|destruction|transfer-out|transfer-in|purchase-return --pieces N --reason 原因 --user 店长</source>
        <translation>Usage: pharmapos inventory adjust --product CODE --batch BATCH_NO --kind loss|destruction|transfer-out|transfer-in|purchase-return --pieces N --reason REASON --user MANAGER</translation>
    </message>
    <message>
        <source>商品 %1 没有有库存的批号 %2</source>
        <translation>Product %1 has no batch number %2 in stock</translation>
    </message>
    <message>
        <source>已过账 %1：%2 %3（最小单位）</source>
        <translation>Posted %1: %2 %3 (smallest units)</translation>
    </message>
    <message>
        <source>--format 须为 csv、xlsx 或 pdf</source>
        <translation>--format must be csv, xlsx or pdf</translation>
    </message>
    <message>
        <source>库存流水（--journal）以 CSV 导出</source>
        <translation>Stock movements (--journal) can only be exported as CSV</translation>
    </message>
    <message>
        <source>--scope 须为 all、西药（western）、中成药（patent）或中药饮片（herbal）</source>
        <translation>--scope must be all, western (西药), patent (中成药) or herbal (中药饮片)</translation>
    </message>
    <message>
        <source>用法：pharmapos codes inspect PAYLOAD [--hex] [--symbology ID] [--gs-substitute S]
      pharmapos codes inspect --image FILE</source>
        <translation>Usage: pharmapos codes inspect PAYLOAD [--hex] [--symbology ID] [--gs-substitute S]
       pharmapos codes inspect --image FILE</translation>
    </message>
    <message>
        <source>codes：未知的操作“%1”</source>
        <translation>codes: unknown operation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>codes inspect 需要且只需要一个 PAYLOAD</source>
        <translation>codes inspect needs exactly one PAYLOAD</translation>
    </message>
    <message>
        <source>--hex：“%1”不是完整的十六进制字节</source>
        <translation>--hex: &quot;%1&quot; is not a whole number of hexadecimal bytes</translation>
    </message>
    <message>
        <source>用法：pharmapos sale return 销售单号 --reason 原因 --user 店长（密码从标准输入）</source>
        <translation>Usage: pharmapos sale return SALE_NO --reason REASON --user MANAGER (password from standard input)</translation>
    </message>
    <message>
        <source>销售单 %1 已全单退货：退货单 %2；库存与追溯码已退回，3506 已排队上传</source>
        <translation>Sale %1 fully returned: return %2; stock and traceability codes restored, 3506 queued for upload</translation>
    </message>
    <message>
        <source>HID-POS 扫码枪（用法页 0x8C）</source>
        <translation>HID-POS scanner (usage page 0x8C)</translation>
    </message>
    <message>
        <source>HID 设备，非扫码枪（无用法页 0x8C）</source>
        <translation>HID device, not a scanner (no usage page 0x8C)</translation>
    </message>
    <message>
        <source>键盘类设备（键盘口扫码枪也在此列）</source>
        <translation>Keyboard-type device (keyboard-wedge scanners are listed here too)</translation>
    </message>
    <message>
        <source>串口</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>USB 串口（USB-COM）</source>
        <translation>USB serial port (USB-COM)</translation>
    </message>
    <message>
        <source>扫码枪候选设备（把“配置值”写入门店配置 [devices] scanner=）：</source>
        <translation>Scanner candidates (put the &quot;Config value&quot; into the store configuration as [devices] scanner=):</translation>
    </message>
    <message>
        <source>未找到任何设备（none found）：无 HID-POS 扫码枪、/dev/input/by-id 下无键盘、无串口。</source>
        <translation>No devices found (none found): no HID-POS scanner, no keyboard under /dev/input/by-id, no serial port.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>配置值</source>
        <translation>Config value</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>（用法：pharmapos inventory import-purchases FILE.csv|FILE.xlsx --user 店长）</source>
        <translation> (usage: pharmapos inventory import-purchases FILE.csv|FILE.xlsx --user MANAGER)</translation>
    </message>
    <message>
        <source>没有读到密码（%1）</source>
        <translation>No password was read (%1)</translation>
    </message>
    <message>
        <source>%1 的密码：</source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>（详情须由店长或管理员登录查看：加 --user 账号，密码从标准输入读取）</source>
        <translation>(details can only be seen by a store manager or administrator: add --user ACCOUNT, the password is read from standard input)</translation>
    </message>
    <message>
        <source>数据库文件完好（quick_check）</source>
        <translation>The database file is intact (quick_check)</translation>
    </message>
    <message>
        <source>数据库文件损坏：%1</source>
        <translation>The database file is damaged: %1</translation>
    </message>
    <message>
        <source>封存与锚点一致：%1 张表、库存余额与变动合计、已售追溯码与销售单均无差异</source>
        <translation>Seals match their anchors: %1 tables, stock balances and movement totals, sold trace codes and sales all without differences</translation>
    </message>
    <message>
        <source>发现 %1 处差异：</source>
        <translation>Found %1 difference(s):</translation>
    </message>
    <message>
        <source>  [%1] %2 处</source>
        <translation>  [%1] %2 place(s)</translation>
    </message>
    <message>
        <source>结论：完整，未发现改动</source>
        <translation>Verdict: intact, no changes found</translation>
    </message>
    <message>
        <source>结论：发现改动或损坏（见上）；请保留数据目录原样并联系管理员</source>
        <translation>Verdict: changes or damage found (see above); leave the data directory as it is and contact the administrator</translation>
    </message>
    <message>
        <source>新管理员 %1 的密码：</source>
        <translation>Password for the new administrator %1: </translation>
    </message>
    <message>
        <source>新账号 %1 的密码：</source>
        <translation>Password for the new account %1: </translation>
    </message>
    <message>
        <source>用法：pharmapos users list --user 店长或管理员 | init-admin NAME --name 姓名 | add NAME --role ROLE --name 姓名 [--licence 证号] [--insurance-code 编码] --user 管理员</source>
        <translation>Usage: pharmapos users list --user MANAGER_OR_ADMIN | init-admin NAME --name FULL_NAME | add NAME --role ROLE --name FULL_NAME [--licence LICENCE_NO] [--insurance-code CODE] --user ADMIN</translation>
    </message>
    <message>
        <source>用法：pharmapos keys status | backup --out 文件 [--force] | restore --in 文件</source>
        <translation>Usage: pharmapos keys status | backup --out FILE [--force] | restore --in FILE</translation>
    </message>
    <message>
        <source>用法：pharmapos run-script FILE [--json]</source>
        <translation>Usage: pharmapos run-script FILE [--json]</translation>
    </message>
    <message>
        <source>脚本 %1 超过 %2 MB：这不是 PharmaPOS 的脚本文件</source>
        <translation>Script %1 is larger than %2 MB: it is not a PharmaPOS script</translation>
    </message>
    <message>
        <source>结算摄像头不是模拟摄像头</source>
        <translation>The settlement camera is not a simulated camera</translation>
    </message>
    <message>
        <source>未知的摄像头故障“%1”（stall、unplug、black、none）</source>
        <translation>Unknown camera fault “%1” (stall, unplug, black, none)</translation>
    </message>
    <message>
        <source>顾客显示屏：没有第 %1 块屏幕（共 %2 块），未打开</source>
        <translation>Customer display: there is no screen %1 (%2 in all); not opened</translation>
    </message>
    <message>
        <source>用法：pharmapos trace 追溯码 [--json] --user 店长
      pharmapos trace --batch 批号 [--json] --user 店长</source>
        <translation>Usage: pharmapos trace CODE [--json] --user MANAGER
      pharmapos trace --batch BATCH [--json] --user MANAGER</translation>
    </message>
    <message>
        <source>医保平台不是本机进程内的模拟平台</source>
        <translation>The insurance platform is not the in-process simulator</translation>
    </message>
    <message>
        <source>未知的平台故障“%1”（unreachable、lose_answer、none）</source>
        <translation>Unknown platform fault “%1” (unreachable, lose_answer, none)</translation>
    </message>
    <message>
        <source>本店未启用医保结算</source>
        <translation>This store has no insured settlement enabled</translation>
    </message>
    <message>
        <source>用法：pharmapos settle refund 结算单号 --reason 原因 --user 店长（密码从标准输入）</source>
        <translation>Usage: pharmapos settle refund SETTLEMENT_NO --reason REASON --user MANAGER (password from standard input)</translation>
    </message>
    <message>
        <source>医保平台在 %1 秒内未应答：结果未知，下次启动时将冲正（2601）</source>
        <translation>The insurance platform did not answer within %1 s: the outcome is unknown and will be reversed (2601) at the next start</translation>
    </message>
    <message>
        <source>用法：pharmapos settle reconcile --date YYYY-MM-DD [--json] --user 店长</source>
        <translation>Usage: pharmapos settle reconcile --date YYYY-MM-DD [--json] --user MANAGER</translation>
    </message>
    <message>
        <source>医保平台在 %1 秒内未应答，对账未完成</source>
        <translation>The insurance platform did not answer within %1 s; the reconciliation is not complete</translation>
    </message>
    <message>
        <source>有 %1 笔结果未知的报文未能冲正（2601）</source>
        <translation>%1 message(s) with an unknown outcome could not be reversed (2601)</translation>
    </message>
    <message>
        <source>医保平台未应答冲正（2601）</source>
        <translation>The insurance platform did not answer the reversal (2601)</translation>
    </message>
    <message>
        <source>医保结算 %1 已退费（退货单 %2）：统筹与个人账户原路退回医保，请退还现金 %3</source>
        <translation>Settlement %1 refunded (return %2): the fund and personal-account parts went back to the insurance; hand back cash %3</translation>
    </message>
    <message>
        <source>模拟签名板：写一个签名</source>
        <translation>Simulated signature pad: write a signature</translation>
    </message>
    <message>
        <source>用法：pharmapos shift day --date 2026-11-23 --user 店长</source>
        <translation>Usage: pharmapos shift day --date 2026-11-23 --user MANAGER</translation>
    </message>
    <message>
        <source>未启用扫码支付（[payment] wallet=off）</source>
        <translation>Wallet payments are off ([payment] wallet=off)</translation>
    </message>
    <message>
        <source>未知的支付故障“%1”（decline、timeout、lost、pending、silent、reverse_fails、none）</source>
        <translation>Unknown payment fault &quot;%1&quot; (decline, timeout, lost, pending, silent, reverse_fails, none)</translation>
    </message>
    <message>
        <source>用法：pharmapos sale find 单号|末几位|追溯码|金额|时间|商品 --user 用户</source>
        <translation>Usage: pharmapos sale find NUMBER|LAST-DIGITS|TRACE-CODE|AMOUNT|TIME|PRODUCT --user USER</translation>
    </message>
    <message>
        <source>%1：%2 单</source>
        <translation>%1: %2 sales</translation>
    </message>
    <message>
        <source>  【已退货】</source>
        <translation>  [returned]</translation>
    </message>
    <message>
        <source>用法：pharmapos sale reprint 单号 --user 用户</source>
        <translation>Usage: pharmapos sale reprint SALE-NO --user USER</translation>
    </message>
    <message>
        <source>已补打 %1</source>
        <translation>Reprinted %1</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>ConfigKeys</name>
    <message>
        <source>门店名称，印在小票和导出的台账上</source>
        <translation>The store&apos;s name, printed on receipts and on exported ledgers</translation>
    </message>
    <message>
        <source>定点零售药店的医保机构编码：P 加 11 位数字</source>
        <translation>The designated pharmacy&apos;s medical insurance institution code: P and 11 digits</translation>
    </message>
    <message>
        <source>本机的终端号，用于单据号：1–16 个英文字母、数字、- 或 _</source>
        <translation>This till&apos;s terminal ID, used in document numbers: 1–16 letters, digits, - or _</translation>
    </message>
    <message>
        <source>门店地址，印在小票上</source>
        <translation>The store&apos;s address, printed on receipts</translation>
    </message>
    <message>
        <source>门店电话，印在小票上</source>
        <translation>The store&apos;s phone number, printed on receipts</translation>
    </message>
    <message>
        <source>扫码枪（见“扫码枪”一节）</source>
        <translation>The scanner (see “Scanners”)</translation>
    </message>
    <message>
        <source>键盘口/串口扫码枪每次扫码结尾发送的字符</source>
        <translation>What a keyboard-wedge or serial scanner sends at the end of each scan</translation>
    </message>
    <message>
        <source>按键或字节之间停顿这么久也算一次扫码结束（毫秒）</source>
        <translation>A pause this long between keys or bytes also ends a scan (milliseconds)</translation>
    </message>
    <message>
        <source>扫码枪在数据前发送 AIM 码制标识（如 ]d2）</source>
        <translation>The scanner sends the AIM symbology identifier (e.g. ]d2) before the data</translation>
    </message>
    <message>
        <source>键盘口扫码枪代替 GS 发送的按键名（Ctrl+] 总是可用）</source>
        <translation>The key name a keyboard-wedge scanner sends instead of GS (Ctrl+] always works)</translation>
    </message>
    <message>
        <source>在窗口里识别无法独占的键盘口扫码枪的快速输入</source>
        <translation>Recognise the fast input of a keyboard-wedge scanner that cannot be grabbed, in the window</translation>
    </message>
    <message>
        <source>键盘口扫码：按键间隔不超过这么多毫秒才算扫码</source>
        <translation>Keyboard-wedge scanning: keys at most this many milliseconds apart count as a scan</translation>
    </message>
    <message>
        <source>键盘口扫码：至少这么多个字符才算扫码</source>
        <translation>Keyboard-wedge scanning: at least this many characters count as a scan</translation>
    </message>
    <message>
        <source>键盘口扫码：扫码枪在数据前发送的字符</source>
        <translation>Keyboard-wedge scanning: the characters the scanner sends before the data</translation>
    </message>
    <message>
        <source>键盘口扫码：扫码枪在数据后发送的字符</source>
        <translation>Keyboard-wedge scanning: the characters the scanner sends after the data</translation>
    </message>
    <message>
        <source>键盘口扫码：扫码枪代替 GS 输入的字符</source>
        <translation>Keyboard-wedge scanning: the character the scanner types instead of GS</translation>
    </message>
    <message>
        <source>从摄像头画面读码（目前为模拟摄像头：图片文件或目录）</source>
        <translation>Read codes from camera frames (for now a simulated camera: an image file or folder)</translation>
    </message>
    <message>
        <source>小票打印机（见“打印机”一节）</source>
        <translation>The receipt printer (see “Printers”)</translation>
    </message>
    <message>
        <source>receipt_printer 的旧名</source>
        <translation>Old name of receipt_printer</translation>
    </message>
    <message>
        <source>小票纸宽（毫米）：80（48 列）或 58（32 列）</source>
        <translation>Receipt paper width (mm): 80 (48 columns) or 58 (32 columns)</translation>
    </message>
    <message>
        <source>paper 的旧写法（列数）</source>
        <translation>Old form of paper (in columns)</translation>
    </message>
    <message>
        <source>打印机自带中文字库用 gb18030，没有则 raster（图像）</source>
        <translation>gb18030 when the printer has a built-in Chinese font, otherwise raster (an image)</translation>
    </message>
    <message>
        <source>打印机能回报状态（缺纸、开盖）</source>
        <translation>The printer can report its status (paper out, cover open)</translation>
    </message>
    <message>
        <source>确认打印完成的指令：GS ( H 或 GS r</source>
        <translation>The command that confirms a print finished: GS ( H or GS r</translation>
    </message>
    <message>
        <source>一份打印任务最多等待打印机的时间（毫秒）</source>
        <translation>The longest a print job waits for the printer (milliseconds)</translation>
    </message>
    <message>
        <source>处方打印机，不设则与小票打印机相同</source>
        <translation>The prescription printer; the receipt printer when not set</translation>
    </message>
    <message>
        <source>处方打印机纸宽</source>
        <translation>Prescription printer paper width</translation>
    </message>
    <message>
        <source>处方打印机的文字方式</source>
        <translation>Prescription printer text mode</translation>
    </message>
    <message>
        <source>处方打印机能回报状态</source>
        <translation>The prescription printer can report its status</translation>
    </message>
    <message>
        <source>处方打印机的完成确认指令</source>
        <translation>The prescription printer&apos;s completion confirmation command</translation>
    </message>
    <message>
        <source>处方打印任务最多等待的时间（毫秒）</source>
        <translation>The longest a prescription print job waits (milliseconds)</translation>
    </message>
    <message>
        <source>销售从未入库的追溯码：warn 提示后照卖，refuse 拒绝</source>
        <translation>Selling a trace code that was never received: warn sells it after a notice, refuse refuses it</translation>
    </message>
    <message>
        <source>键盘口扫码枪代替 GS（0x1D）发送的字符，如 ~</source>
        <translation>The character a keyboard-wedge scanner sends instead of GS (0x1D), e.g. ~</translation>
    </message>
    <message>
        <source>有效期剩余少于这么多天的批次入库时提示近效期</source>
        <translation>Batches with fewer days than this left before expiry are received with a near-expiry warning</translation>
    </message>
    <message>
        <source>无操作这么多分钟后锁屏；0 为不锁</source>
        <translation>Lock the screen after this many minutes without input; 0 never locks</translation>
    </message>
    <message>
        <source>连续输错这么多次密码后锁定账号</source>
        <translation>Lock an account after this many wrong passwords in a row</translation>
    </message>
    <message>
        <source>账号锁定的分钟数</source>
        <translation>Minutes an account stays locked</translation>
    </message>
    <message>
        <source>门店密钥所在目录（0700），默认在数据目录旁边，不在其中</source>
        <translation>The folder holding the store key (0700), by default next to the data directory, not inside it</translation>
    </message>
    <message>
        <source>数据库封印锚点的第二份存放处（备份盘或网络共享）</source>
        <translation>A second place for the database&apos;s seal anchors (a backup disk or network share)</translation>
    </message>
    <message>
        <source>与医保平台的连接：off 只排队不发送，https 发送</source>
        <translation>The link to the insurance platform: off only queues, https sends</translation>
    </message>
    <message>
        <source>平台接口地址（https://…/callService）</source>
        <translation>The platform&apos;s endpoint (https://…/callService)</translation>
    </message>
    <message>
        <source>按交易号分路径时的路径模板，须含 {infno}</source>
        <translation>Path template when each transaction code has its own path; must contain {infno}</translation>
    </message>
    <message>
        <source>平台证书须链到的 CA 证书文件</source>
        <translation>The CA certificate file the platform&apos;s certificate must chain to</translation>
    </message>
    <message>
        <source>网关认证方式</source>
        <translation>Gateway authentication</translation>
    </message>
    <message>
        <source>CSB 接口名</source>
        <translation>CSB API name</translation>
    </message>
    <message>
        <source>CSB 接口版本</source>
        <translation>CSB API version</translation>
    </message>
    <message>
        <source>TIF 服务编号</source>
        <translation>TIF service ID</translation>
    </message>
    <message>
        <source>OAuth2 令牌地址（https）</source>
        <translation>OAuth2 token URL (https)</translation>
    </message>
    <message>
        <source>OAuth2 范围</source>
        <translation>OAuth2 scope</translation>
    </message>
    <message>
        <source>国密加签加密（SM3withSM2、SM4）</source>
        <translation>National cryptography signing and encryption (SM3withSM2, SM4)</translation>
    </message>
    <message>
        <source>验证平台应答签名的 SM2 公钥文件</source>
        <translation>SM2 public key file for verifying the platform&apos;s response signatures</translation>
    </message>
    <message>
        <source>平台账号密钥文件（0600）</source>
        <translation>Platform account secret file (0600)</translation>
    </message>
    <message>
        <source>连接平台的超时（毫秒）</source>
        <translation>Timeout for connecting to the platform (milliseconds)</translation>
    </message>
    <message>
        <source>一次请求的超时（毫秒）</source>
        <translation>Timeout for one request (milliseconds)</translation>
    </message>
    <message>
        <source>重发的最短间隔（毫秒）</source>
        <translation>Shortest interval between retries (milliseconds)</translation>
    </message>
    <message>
        <source>重发的最长间隔（毫秒）</source>
        <translation>Longest interval between retries (milliseconds)</translation>
    </message>
    <message>
        <source>结果不明的请求等待多久再查询（毫秒）</source>
        <translation>How long to wait before querying a request whose outcome is unknown (milliseconds)</translation>
    </message>
    <message>
        <source>检查上传队列的间隔（毫秒）</source>
        <translation>Interval for checking the upload queue (milliseconds)</translation>
    </message>
    <message>
        <source>同一机构编码下多台收银机各自数据库时，本机报文号的首位</source>
        <translation>The first digit of this till&apos;s message numbers when several tills with their own databases share one institution code</translation>
    </message>
    <message>
        <source>就医地医保区划：6 位行政区划代码（默认取机构编码第 2–7 位）</source>
        <translation>Insurance area of treatment: 6-digit administrative division code (by default digits 2–7 of the institution code)</translation>
    </message>
    <message>
        <source>接收方系统代码</source>
        <translation>Receiving system code</translation>
    </message>
    <message>
        <source>设备编号</source>
        <translation>Device number</translation>
    </message>
    <message>
        <source>设备安全信息</source>
        <translation>Device security information</translation>
    </message>
    <message>
        <source>接口版本号</source>
        <translation>Interface version</translation>
    </message>
    <message>
        <source>经办人编号</source>
        <translation>Operator number</translation>
    </message>
    <message>
        <source>经办人姓名</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <source>经办人类别</source>
        <translation>Operator type</translation>
    </message>
    <message>
        <source>表示签到已过期的平台错误信息（正则表达式）</source>
        <translation>Platform error messages meaning the sign-in has expired (regular expression)</translation>
    </message>
    <message>
        <source>签到（9001）上报的 MAC 地址</source>
        <translation>MAC address reported at sign-in (9001)</translation>
    </message>
    <message>
        <source>签到（9001）上报的 IP 地址</source>
        <translation>IP address reported at sign-in (9001)</translation>
    </message>
    <message>
        <source>（是不是 %1？）</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message>
        <source>配置文件 %1 第 %2 行：[%3] %4 = “%5” %6</source>
        <translation>Configuration file %1 line %2: [%3] %4 = “%5” %6</translation>
    </message>
    <message>
        <source>长度不对：须为 %1（%2）</source>
        <translation>wrong length: must be %1 (%2)</translation>
    </message>
    <message>
        <source>含控制字符：须为 %1（%2）</source>
        <translation>contains control characters: must be %1 (%2)</translation>
    </message>
    <message>
        <source>不是整数：须为 %1（%2）</source>
        <translation>not an integer: must be %1 (%2)</translation>
    </message>
    <message>
        <source>超出范围：须为 %1（%2）</source>
        <translation>out of range: must be %1 (%2)</translation>
    </message>
    <message>
        <source>无效：须为 %1（%2）</source>
        <translation>invalid: must be %1 (%2)</translation>
    </message>
    <message>
        <source>格式不对：%1</source>
        <translation>wrong format: %1</translation>
    </message>
    <message>
        <source>%1–%2 个字符</source>
        <translation>%1–%2 characters</translation>
    </message>
    <message>
        <source>不超过 %1 个字符</source>
        <translation>at most %1 characters</translation>
    </message>
    <message>
        <source>%1–%2 的整数</source>
        <translation>an integer from %1 to %2</translation>
    </message>
    <message>
        <source>on 或 off（也可写 yes/no、true/false、1/0）</source>
        <translation>on or off (also yes/no, true/false, 1/0)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>配置文件 %1 第 %2 行：未知的节 [%3]%4，可用的节：%5</source>
        <translation>Configuration file %1 line %2: unknown section [%3]%4; the sections are: %5</translation>
    </message>
    <message>
        <source>（%1 属于 [%2]）</source>
        <translation> (%1 belongs to [%2])</translation>
    </message>
    <message>
        <source>配置文件 %1 第 %2 行：[%3] 里没有 %4 这个键%5；PharmaPOS 不会忽略写错的键，请改正或删去这一行（所有的键见 README “Store configuration”）</source>
        <translation>Configuration file %1 line %2: [%3] has no key %4%5; PharmaPOS does not ignore a misspelt key, please correct or delete this line (all keys are listed in the README under “Store configuration”)</translation>
    </message>
    <message>
        <source>配置文件 %1：[%2] %3 %4</source>
        <translation>Configuration file %1: [%2] %3 %4</translation>
    </message>
    <message>
        <source>结算区摄像头（CAM-FACE、CAM-VIDEO）：USB 摄像头、网络摄像头或模拟摄像头</source>
        <translation>the settlement area&apos;s camera (CAM-FACE, CAM-VIDEO): a USB camera, a network camera or the simulated camera</translation>
    </message>
    <message>
        <source>结算录像的声音来源（音像记录）</source>
        <translation>the sound source of the settlement recording (audio-visual record)</translation>
    </message>
    <message>
        <source>结算录像与人脸图片的存放目录（相对于数据目录，或绝对路径）</source>
        <translation>where settlement recordings and face images are kept (relative to the data directory, or absolute)</translation>
    </message>
    <message>
        <source>录像与人脸的备份位置（CAM-BACKUP：另一块磁盘或网络共享）</source>
        <translation>where recordings and faces are backed up (CAM-BACKUP: another disk or a network share)</translation>
    </message>
    <message>
        <source>录像分段的长度（秒）</source>
        <translation>length of a recording segment (seconds)</translation>
    </message>
    <message>
        <source>结算开始前保留的录像（秒）</source>
        <translation>recording kept before a settlement starts (seconds)</translation>
    </message>
    <message>
        <source>小票打印后保留的录像（秒）</source>
        <translation>recording kept after the slip prints (seconds)</translation>
    </message>
    <message>
        <source>录像盘剩余空间低于此值（MB）时拒绝医保结算</source>
        <translation>below this much free space on the video disk (MB) insured settlement is refused</translation>
    </message>
    <message>
        <source>录像盘剩余空间低于此值（MB）时提醒收银员</source>
        <translation>below this much free space on the video disk (MB) the cashier is warned</translation>
    </message>
    <message>
        <source>录像画面宽度（像素，偶数）</source>
        <translation>recording frame width (pixels, even)</translation>
    </message>
    <message>
        <source>录像画面高度（像素，偶数）</source>
        <translation>recording frame height (pixels, even)</translation>
    </message>
    <message>
        <source>每秒帧数</source>
        <translation>frames per second</translation>
    </message>
    <message>
        <source>H.264 码率（kbit/s）</source>
        <translation>H.264 bitrate (kbit/s)</translation>
    </message>
    <message>
        <source>人脸高度低于画面高度的这一比例时提示“离得太远”（%）</source>
        <translation>a face lower than this share of the frame&apos;s height is told “too far away” (%)</translation>
    </message>
    <message>
        <source>人脸图像保存期限（无法定最低期限，CAM-CONSENT：尽量短）</source>
        <translation>How long face images are kept (no legal minimum; CAM-CONSENT: as short as possible)</translation>
    </message>
    <message>
        <source>结算录像保存期限（无法定最低期限）</source>
        <translation>How long settlement recordings are kept (no legal minimum)</translation>
    </message>
    <message>
        <source>现金销售中的个人信息保存期限（无法定最低期限）</source>
        <translation>How long personal data of cash sales is kept (no legal minimum)</translation>
    </message>
    <message>
        <source>含麻黄碱药品购买人身份证号保存期限（不少于 5 年）</source>
        <translation>How long the ID numbers of ephedrine buyers are kept (at least 5 years)</translation>
    </message>
    <message>
        <source>处方内容与原件保存期限（不少于 2 年，RX-ARCHIVE-2Y）</source>
        <translation>How long prescription contents and originals are kept (at least 2 years, RX-ARCHIVE-2Y)</translation>
    </message>
    <message>
        <source>医保结算档案保存期限（不少于 2 年，SETTLE-SLIP）</source>
        <translation>How long insured-settlement archives are kept (at least 2 years, SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>扫码日志中医保电子凭证、电子处方二维码内容的保存期限</source>
        <translation>How long scanned insurance e-voucher and e-prescription QR payloads are kept in the scan journal</translation>
    </message>
    <message>
        <source>（录像与人脸的保留期限已移到 [retention] clips 与 faces）</source>
        <translation> (how long clips and faces are kept has moved to [retention] clips and faces)</translation>
    </message>
    <message>
        <source>顾客显示屏（录像告知、人脸取景、商品与金额）：auto 有第二块屏幕时全屏显示</source>
        <translation>Customer display (recording notice, face framing, items and amounts): auto uses a second screen full screen when there is one</translation>
    </message>
    <message>
        <source>医保读卡器：厂商动态库（人社标准接口）、PC/SC 读卡器或模拟读卡器</source>
        <translation>Insurance card reader: vendor library (MOHRSS standard interface), PC/SC reader or simulated reader</translation>
    </message>
    <message>
        <source>厂商动态库读一次卡最多等待的时间（毫秒），超时即中止</source>
        <translation>Longest wait for one card read through the vendor library (ms); it is aborted after that</translation>
    </message>
    <message>
        <source>读卡和电子凭证都不可用时，允许手工输入身份证号结算（就诊凭证类型 02）</source>
        <translation>Allow settling by a typed ID number (credential type 02) when neither card nor e-voucher can be read</translation>
    </message>
    <message>
        <source>患者签名板（笔式数位板）：off 在屏幕或纸质结算单上签名</source>
        <translation>The patient&apos;s signature pad (a pen tablet): off signs on the screen or on the paper slip</translation>
    </message>
    <message>
        <source>微信/支付宝付款码收款：off 不收，simulated 模拟收单机构</source>
        <translation>WeChat Pay / Alipay by the payment code: off, or simulated (the simulated provider)</translation>
    </message>
    <message>
        <source>现金抹零：none 不抹，fen 抹分（¥12.34 收 ¥12.30），jiao 抹角（收 ¥12.00）</source>
        <translation>Cash rounding: none; fen drops the fen (¥12.34 paid ¥12.30); jiao drops jiao and fen (¥12.00)</translation>
    </message>
    <message>
        <source>全屏收银：无窗口边框，只有店长能退出程序</source>
        <translation>Kiosk: full screen without a frame; only a store manager may quit</translation>
    </message>
    <message>
        <source>收银员不经店长可自行让利的最大百分比（改价/折扣）；0 表示每次改价都须店长</source>
        <translation>The most a cashier may take off a price without a manager (price change/discount); 0: every price change needs a manager</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>张三</source>
        <translation>Zhang San</translation>
    </message>
    <message>
        <source>李四</source>
        <translation>Li Si</translation>
    </message>
    <message>
        <source>王五</source>
        <translation>Wang Wu</translation>
    </message>
    <message>
        <source>演示期初</source>
        <translation>Demo opening stock</translation>
    </message>
    <message>
        <source>模拟处方打印机还没有打印出处方</source>
        <translation>The simulated prescription printer has not printed a prescription yet</translation>
    </message>
    <message>
        <source>处方页 %1 上没有可扫描的二维码</source>
        <translation>Prescription page %1 has no scannable QR code</translation>
    </message>
    <message>
        <source>处方打印机不是模拟打印机</source>
        <translation>The prescription printer is not a simulated printer</translation>
    </message>
    <message>
        <source>打印机故障“%1”不认识，可用：none、paper_out、cover_open、offline、fail_mid_job、paper_out_after_job、paper_out_during_job</source>
        <translation>Unknown printer fault &quot;%1&quot;; allowed: none, paper_out, cover_open, offline, fail_mid_job, paper_out_after_job, paper_out_during_job</translation>
    </message>
    <message>
        <source>已创建店铺密钥；请立即执行 pharmapos keys backup --out 文件 备份</source>
        <translation>Store key created; back it up now with pharmapos keys backup --out FILE</translation>
    </message>
    <message>
        <source>已创建店铺密钥 %1；请立即执行 pharmapos keys backup --out 文件 备份</source>
        <translation>Store key %1 created; back it up now with pharmapos keys backup --out FILE</translation>
    </message>
    <message>
        <source>演示门店期初库存</source>
        <translation>Demo store opening stock</translation>
    </message>
    <message>
        <source>本店没有模拟医保平台（仅演示库有）</source>
        <translation>This store has no simulated insurance platform (only the demo store has)</translation>
    </message>
    <message>
        <source>商品 %1 不在商品目录中</source>
        <translation>Product %1 is not in the product catalog</translation>
    </message>
    <message>
        <source>处方描述缺少或写错了 %1</source>
        <translation>The prescription description is missing %1 or has it wrong</translation>
    </message>
    <message>
        <source>模拟摄像头（演示图片，不是真实画面）</source>
        <translation>simulated camera (a demo picture, not a real view)</translation>
    </message>
    <message>
        <source>结算摄像头：%1</source>
        <translation>settlement camera: %1</translation>
    </message>
    <message>
        <source>未配置医保平台连接，不能医保结算：在门店配置的 [platform] 中设置 link=https</source>
        <translation>No insurance platform link is configured, so insured settlement is not possible: set link=https in the store configuration&apos;s [platform]</translation>
    </message>
    <message>
        <source>有 %1 笔已结算的医保结算尚未打印结算单或签字，请完成</source>
        <translation>%1 settled insured settlement(s) still lack a printed slip or a signature; please finish them</translation>
    </message>
    <message>
        <source>%1（card_reader 配置无效：%2）</source>
        <translation>%1 (card_reader setting invalid: %2)</translation>
    </message>
    <message>
        <source>结算 %1 已完成，但归档未成功：%2。下次启动时将自动补封存（SETTLE-SLIP）</source>
        <translation>Settlement %1 is complete, but it was not archived: %2. It is sealed automatically at the next start (SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>已补封存或补备份 %1 条结算档案</source>
        <translation>sealed or backed up %1 settlement archive records left over</translation>
    </message>
    <message>
        <source>结算 %1 已封存入档，但备份副本未写入：%2。请检查备份盘；下次启动时将自动补写</source>
        <translation>Settlement %1 is sealed in the archive, but its backup copy was not written: %2. Check the backup disk; the copy is written at the next start</translation>
    </message>
    <message>
        <source>处方销售 %1 已完成，但归档未成功：%2。下次启动时将自动补封存（SETTLE-SLIP）</source>
        <translation>Prescription sale %1 is complete, but sealing it into the archive failed: %2. It is sealed automatically at the next start (SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>处方销售 %1 已退货，但退货归档未成功：%2。下次启动时将自动补封存（SETTLE-SLIP）</source>
        <translation>Prescription sale %1 is returned, but sealing the return into the archive failed: %2. It is sealed automatically at the next start (SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>%1 药品</source>
        <translation>%1 medicines</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>未知的 OpenSSL 错误</source>
        <translation>Unknown OpenSSL error</translation>
    </message>
    <message>
        <source>HKDF 不可用：%1</source>
        <translation>HKDF is not available: %1</translation>
    </message>
    <message>
        <source>密钥派生失败：%1</source>
        <translation>Key derivation failed: %1</translation>
    </message>
    <message>
        <source>系统随机数发生器不可用</source>
        <translation>The system random number generator is not available</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 %2，超过导入文件的上限 %3 MB：请确认选对了文件，或分成几个文件导入</source>
        <translation>%1 %2, above the import limit of %3 MB: make sure this is the right file, or import it as several files</translation>
    </message>
    <message>
        <source>%1 第 %2 行开始的引号直到文件结尾都没有闭合</source>
        <translation>%1: the quote opened on line %2 is not closed before the end of the file</translation>
    </message>
    <message>
        <source>%1 第 %2 行第 %3 列超过 %4 个字符的上限（从第 %5 行开始的引号可能没有闭合）</source>
        <translation>%1 line %2 column %3 is over the limit of %4 characters (the quote opened on line %5 may not be closed)</translation>
    </message>
    <message>
        <source>%1 第 %2 行第 %3 列超过 %4 个字符的上限</source>
        <translation>%1 line %2 column %3 is over the limit of %4 characters</translation>
    </message>
    <message>
        <source>%1 第 %2 行超过 %3 列的上限</source>
        <translation>%1 line %2 has more than the limit of %3 columns</translation>
    </message>
    <message>
        <source>%1 超过 %2 行的上限：请分成几个文件导入</source>
        <translation>%1 has more than the limit of %2 lines: import it as several files</translation>
    </message>
    <message>
        <source>大小 %1 MB</source>
        <translation>size %1 MB</translation>
    </message>
    <message>
        <source>读取 %1 失败：%2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>超过 %1 MB（仍未读完）</source>
        <translation>over %1 MB (and not read to the end)</translation>
    </message>
    <message>
        <source>请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”后再导入</source>
        <translation>Save it in Excel/WPS as “CSV UTF-8 (Comma delimited)” and import it again</translation>
    </message>
    <message>
        <source>%1 是 %2 编码，本机无法解码（Qt 没有 ICU，iconv 也没有这种编码）：请另存为 UTF-8</source>
        <translation>%1 is in the %2 encoding, which this machine cannot decode (Qt has no ICU and iconv lacks it): save it as UTF-8</translation>
    </message>
    <message>
        <source>%1 按 %2 解码时有无法识别的字节</source>
        <translation>%1 has bytes that cannot be decoded as %2</translation>
    </message>
    <message>
        <source>%1 不存在</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 是目录，不是文件</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>CupsPrinter</name>
    <message>
        <source>CUPS 中没有名为“%1”的打印机（lpstat -p 可列出）</source>
        <translation>CUPS has no printer named &quot;%1&quot; (lpstat -p lists them)</translation>
    </message>
    <message>
        <source>CUPS 队列空闲</source>
        <translation>CUPS queue idle</translation>
    </message>
    <message>
        <source>CUPS 正在打印</source>
        <translation>CUPS is printing</translation>
    </message>
    <message>
        <source>CUPS 队列已停止</source>
        <translation>CUPS queue stopped</translation>
    </message>
    <message>
        <source>CUPS 报告打印机错误</source>
        <translation>CUPS reports a printer error</translation>
    </message>
    <message>
        <source>空白文档不打印</source>
        <translation>Blank documents are not printed</translation>
    </message>
    <message>
        <source>打印机%1：%2。未发送打印。</source>
        <translation>Printer %1: %2. Nothing was sent to the printer.</translation>
    </message>
    <message>
        <source>无法向 CUPS 打印机“%1”开始打印</source>
        <translation>Cannot start printing on CUPS printer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>CUPS 打印机“%1”拒绝了打印任务</source>
        <translation>CUPS printer &quot;%1&quot; rejected the print job</translation>
    </message>
    <message>
        <source>已交给 CUPS 队列“%1”；CUPS 不能证明纸已打出，须扫描打出的码确认</source>
        <translation>Handed to CUPS queue &quot;%1&quot;; CUPS cannot prove the paper came out, so scan the printed code to confirm</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1失败：%2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>准备语句</source>
        <translation>Preparing statement</translation>
    </message>
    <message>
        <source>无法创建数据目录 %1</source>
        <translation>Cannot create data directory %1</translation>
    </message>
    <message>
        <source>找不到 Qt 的 SQLite 驱动 (QSQLITE)</source>
        <translation>Qt SQLite driver (QSQLITE) not found</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2</source>
        <translation>Cannot open database %1: %2</translation>
    </message>
    <message>
        <source>读取数据库版本</source>
        <translation>Reading database version</translation>
    </message>
    <message>
        <source>数据库 %1 的结构版本是 %2，而本程序只认识到版本 %3：它由更新版本的 PharmaPOS 写入。请升级本程序，不要用旧版本打开它。</source>
        <translation>Database %1 has schema version %2, but this program only knows up to version %3: it was written by a newer version of PharmaPOS. Please upgrade this program; do not open it with an older version.</translation>
    </message>
    <message>
        <source>缺少迁移脚本 %1</source>
        <translation>Migration script %1 is missing</translation>
    </message>
    <message>
        <source>无法开始迁移事务</source>
        <translation>Cannot start migration transaction</translation>
    </message>
    <message>
        <source>迁移到版本 %1</source>
        <translation>Migrating to version %1</translation>
    </message>
    <message>
        <source>写入数据库版本</source>
        <translation>Writing database version</translation>
    </message>
    <message>
        <source>事务未开始，无法提交</source>
        <translation>Transaction not started; cannot commit</translation>
    </message>
    <message>
        <source>提交失败：%1</source>
        <translation>Commit failed: %1</translation>
    </message>
    <message>
        <source>%1时：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>记录的结构版本 %1 与内容不符：%2</source>
        <translation>The record&apos;s schema version %1 does not match its content: %2</translation>
    </message>
    <message>
        <source>无法开始事务（本连接已有未结束的事务）</source>
        <translation>Cannot begin a transaction (this connection already has one open)</translation>
    </message>
    <message>
        <source>无法开始事务（另一个写入在 %1 秒内没有结束，或数据库不可写）：%2</source>
        <translation>Cannot begin a transaction (another write did not finish within %1 seconds, or the database is not writable): %2</translation>
    </message>
</context>
<context>
    <name>DatabaseHealth</name>
    <message>
        <source>数据库文件 %1 已损坏（%2）：请停止使用本机，从备份恢复；pharmapos verify 可列出损坏之处</source>
        <translation>The database file %1 is damaged (%2): stop using this machine and restore from a backup; pharmapos verify lists the damage</translation>
    </message>
    <message>
        <source>数据库文件 %1 是一个目录，不是文件：请把它移走，或用 --data-dir 指向门店真正的数据目录</source>
        <translation>The database file %1 is a folder, not a file: move it away, or point --data-dir at the store&apos;s real data directory</translation>
    </message>
    <message>
        <source>无法读取数据库文件 %1：%2</source>
        <translation>Cannot read the database file %1: %2</translation>
    </message>
    <message>
        <source>只有 %1 字节，连文件头都不完整</source>
        <translation>only %1 bytes, not even a complete file header</translation>
    </message>
    <message>
        <source>不是 SQLite 数据库文件：文件头不对，可能被别的文件覆盖或写坏了</source>
        <translation>not an SQLite database file: the header is wrong, it may have been overwritten by another file or corrupted</translation>
    </message>
    <message>
        <source>文件头里的页大小 %1 无效</source>
        <translation>the page size %1 in the file header is invalid</translation>
    </message>
    <message>
        <source>文件被截短：应有 %1 字节，只有 %2 字节</source>
        <translation>the file is truncated: it should have %1 bytes but has only %2</translation>
    </message>
    <message>
        <source>数据库文件 %1 不存在</source>
        <translation>The database file %1 does not exist</translation>
    </message>
</context>
<context>
    <name>DeliveryNotes</name>
    <message>
        <source>到货单 %1</source>
        <translation>delivery note %1</translation>
    </message>
    <message>
        <source>无法读取到货单 %1：文件不存在</source>
        <translation>Cannot read the delivery note %1: the file does not exist</translation>
    </message>
    <message>
        <source>无法读取到货单 %1：这是目录，不是文件</source>
        <translation>Cannot read the delivery note %1: it is a folder, not a file</translation>
    </message>
    <message>
        <source>无法读取到货单 %1：%2</source>
        <translation>Cannot read the delivery note %1: %2</translation>
    </message>
    <message>
        <source>XLSX，第一个工作表</source>
        <translation>XLSX, first worksheet</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>目录文件为空</source>
        <translation>Catalog file is empty</translation>
    </message>
    <message>
        <source>目录缺少列 %1</source>
        <translation>Catalog is missing column %1</translation>
    </message>
    <message>
        <source>目录第 %1 行：%2</source>
        <translation>Catalog line %1: %2</translation>
    </message>
    <message>
        <source>缺少编码或通用名</source>
        <translation>Missing code or generic name</translation>
    </message>
    <message>
        <source>医保类别“%1”无效</source>
        <translation>Invalid medical insurance category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>处方分类“%1”无效</source>
        <translation>Invalid prescription category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>药品类别“%1”无效</source>
        <translation>Invalid drug category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>数字列无效</source>
        <translation>Invalid numeric column</translation>
    </message>
    <message>
        <source>程序中缺少演示目录</source>
        <translation>The demo catalog is missing from the program</translation>
    </message>
    <message>
        <source>江西南华医药有限公司</source>
        <translation>Jiangxi Nanhua Pharmaceutical Co. Ltd.</translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <source>【补打】</source>
        <translation>[REPRINT]</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>平台应答缺少 infcode</source>
        <translation>Platform response is missing infcode</translation>
    </message>
</context>
<context>
    <name>EnvelopeCrypto</name>
    <message>
        <source>%1 无法用 SM4 解密（密钥不符或内容损坏）</source>
        <translation>%1 cannot be decrypted with SM4 (wrong key or damaged content)</translation>
    </message>
    <message>
        <source>%1 既不是对象也不是密文</source>
        <translation>%1 is neither an object nor ciphertext</translation>
    </message>
    <message>
        <source>报文缺少签名 cainfo</source>
        <translation>The message has no signature (cainfo)</translation>
    </message>
    <message>
        <source>报文签名 cainfo 验证失败</source>
        <translation>The message signature (cainfo) does not verify</translation>
    </message>
    <message>
        <source>%1 解密后不是 JSON 对象</source>
        <translation>%1 is not a JSON object after decryption</translation>
    </message>
</context>
<context>
    <name>EscPosEncoder</name>
    <message>
        <source>空白文档不打印</source>
        <translation>Blank documents are not printed</translation>
    </message>
    <message>
        <source>文档按 %1 列排版，打印机纸宽只有 %2 列（%3 mm 纸）</source>
        <translation>The document is laid out for %1 columns, but the printer paper is only %2 columns wide (%3 mm paper)</translation>
    </message>
    <message>
        <source>本机 Qt 不支持 GB18030 编码（缺 ICU）：请把 printer_text_mode 设为 raster</source>
        <translation>Qt on this computer does not support GB18030 encoding (ICU missing): set printer_text_mode to raster</translation>
    </message>
    <message>
        <source>第 %1 行含 GB18030 无法表示的字符：%2</source>
        <translation>Line %1 contains characters that GB18030 cannot represent: %2</translation>
    </message>
</context>
<context>
    <name>EscPosPrinter</name>
    <message>
        <source>%1。未发送打印。</source>
        <translation>%1. Nothing was sent to the printer.</translation>
    </message>
    <message>
        <source>这张不算已打印；处理后请重打，重打的一张将标记为补打。</source>
        <translation>This copy does not count as printed; after fixing the problem, print again — the new copy will be marked as a reprint.</translation>
    </message>
    <message>
        <source>打印中途缺纸（%1）。%2</source>
        <translation>Out of paper during printing (%1). %2</translation>
    </message>
    <message>
        <source>打印中途纸仓盖被打开（%1）。%2</source>
        <translation>Cover opened during printing (%1). %2</translation>
    </message>
    <message>
        <source>打印中途出错（%1）。%2</source>
        <translation>Error during printing (%1). %2</translation>
    </message>
    <message>
        <source>打印机不回报状态：打印后须扫描回执上的码确认</source>
        <translation>The printer does not report its status: after printing, scan the code on the printout to confirm</translation>
    </message>
    <message>
        <source>打印机 %1 ms 内没有回答状态查询 DLE EOT %2（离线或不支持回传）</source>
        <translation>The printer did not answer the status query DLE EOT %2 within %1 ms (offline, or status reporting not supported)</translation>
    </message>
    <message>
        <source>打印结果不明：%1。这张可能已经打出，也可能没有，请查看出纸口；系统不会自动重发。如需重打，重打的一张将标记为补打。</source>
        <translation>Print result unknown: %1. This copy may or may not have been printed; check the paper exit. The system will not resend automatically. If you print again, the new copy will be marked as a reprint.</translation>
    </message>
    <message>
        <source>打印机仍未处理完上一张（%1 ms 内没有回应）</source>
        <translation>The printer has not finished the previous job yet (no response within %1 ms)</translation>
    </message>
    <message>
        <source>打印机%1（%2）</source>
        <translation>Printer: %1 (%2)</translation>
    </message>
    <message>
        <source>打印机 %1 ms 内没有确认打印完成（%2）</source>
        <translation>The printer did not confirm that printing finished within %1 ms (%2)</translation>
    </message>
    <message>
        <source>打印后查询状态失败：%1</source>
        <translation>Status query after printing failed: %1</translation>
    </message>
    <message>
        <source>打印后打印机%1（%2）</source>
        <translation>Printer after printing: %1 (%2)</translation>
    </message>
    <message>
        <source>已发送 %1 字节；打印机不回报状态，须扫描打出的码确认</source>
        <translation>Sent %1 bytes; the printer does not report its status, so scan the printed code to confirm</translation>
    </message>
</context>
<context>
    <name>EscPosProtocol</name>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>等待恢复联机</source>
        <translation>Waiting to go back online</translation>
    </message>
    <message>
        <source>纸仓盖打开</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <source>正在按走纸键</source>
        <translation>Feed button pressed</translation>
    </message>
    <message>
        <source>因缺纸停止打印</source>
        <translation>Printing stopped: out of paper</translation>
    </message>
    <message>
        <source>发生错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>机构错误</source>
        <translation>Mechanical error</translation>
    </message>
    <message>
        <source>切刀错误（如卡纸）</source>
        <translation>Cutter error (e.g. paper jam)</translation>
    </message>
    <message>
        <source>不可恢复的错误</source>
        <translation>Unrecoverable error</translation>
    </message>
    <message>
        <source>可自动恢复的错误（如打印头过热）</source>
        <translation>Auto-recoverable error (e.g. print head overheated)</translation>
    </message>
    <message>
        <source>纸将尽</source>
        <translation>Paper low</translation>
    </message>
    <message>
        <source>纸卷用完</source>
        <translation>Paper roll used up</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>EvidenceAccess</name>
    <message>
        <source>查看人脸图像</source>
        <translation>viewed the face image</translation>
    </message>
    <message>
        <source>播放结算录像</source>
        <translation>played the settlement recording</translation>
    </message>
    <message>
        <source>导出结算录像至 %1</source>
        <translation>exported the settlement recording to %1</translation>
    </message>
    <message>
        <source>无法记录审计日志，未显示也未导出结算 %1 的人脸或录像：%2</source>
        <translation>Cannot write the audit log; the face or recording of settlement %1 was neither shown nor exported: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceBackup</name>
    <message>
        <source>主存储</source>
        <translation>main store</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>文件缺失</source>
        <translation>file missing</translation>
    </message>
    <message>
        <source>内容已被改动（SHA-256 与清单不符）</source>
        <translation>content changed (SHA-256 differs from the manifest)</translation>
    </message>
    <message>
        <source>未配置录像备份目录（[camera] backup_dir）</source>
        <translation>No backup folder for recordings is configured ([camera] backup_dir)</translation>
    </message>
    <message>
        <source>无法创建备份目录 %1</source>
        <translation>Cannot create the backup folder %1</translation>
    </message>
    <message>
        <source>清单无法读取</source>
        <translation>manifest unreadable</translation>
    </message>
    <message>
        <source>未配置备份目录（[camera] backup_dir），录像没有第二份</source>
        <translation>No backup folder is configured ([camera] backup_dir): the recordings have no second copy</translation>
    </message>
    <message>
        <source>主存储中缺少此结算的录像（备份中有）</source>
        <translation>the main store lacks this settlement&apos;s recording (the backup has it)</translation>
    </message>
    <message>
        <source>备份的清单与主存储不同</source>
        <translation>the backup&apos;s manifest differs from the main store&apos;s</translation>
    </message>
    <message>
        <source>没有备份</source>
        <translation>no backup</translation>
    </message>
    <message>
        <source>%1 的备份与清单不符：%2</source>
        <translation>The backup of %1 does not match the manifest: %2</translation>
    </message>
    <message>
        <source>SHA-256 不同</source>
        <translation>SHA-256 differs</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>无法打开 %1 以写入磁盘</source>
        <translation>Cannot open %1 to flush it to disk</translation>
    </message>
    <message>
        <source>%1 未能写入磁盘</source>
        <translation>%1 could not be flushed to disk</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>无法读取 %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>%1 复制后校验不符（SHA-256 不同）</source>
        <translation>%1 does not match after copying (SHA-256 differs)</translation>
    </message>
</context>
<context>
    <name>EvidenceSealer</name>
    <message>
        <source>无法读取 %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>读取 %1 时出错</source>
        <translation>Error while reading %1</translation>
    </message>
</context>
<context>
    <name>FaceQuality</name>
    <message>
        <source>人脸合格</source>
        <translation>Face OK</translation>
    </message>
    <message>
        <source>未检测到人脸</source>
        <translation>No face detected</translation>
    </message>
    <message>
        <source>检测到多张人脸，请只留一人在镜头前</source>
        <translation>Several faces detected: only one person in front of the camera, please</translation>
    </message>
    <message>
        <source>离得太远，请靠近摄像头</source>
        <translation>Too far away: please come closer to the camera</translation>
    </message>
    <message>
        <source>人脸不完整，请移到画面中央</source>
        <translation>Face cut off: please move to the middle of the picture</translation>
    </message>
    <message>
        <source>请正视摄像头</source>
        <translation>Please look straight at the camera</translation>
    </message>
    <message>
        <source>光线太暗</source>
        <translation>Too dark</translation>
    </message>
    <message>
        <source>光线太亮</source>
        <translation>Too bright</translation>
    </message>
    <message>
        <source>画面发灰，请调整光线</source>
        <translation>Picture is washed out: please adjust the lighting</translation>
    </message>
    <message>
        <source>画面模糊，请稍停不动</source>
        <translation>Picture is blurred: please hold still</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>%1.%2 的加密数据无法验证：密钥不对、数据被改动或不属于这一行</source>
        <translation>The encrypted data of %1.%2 cannot be verified: wrong key, data altered, or it does not belong to this row</translation>
    </message>
    <message>
        <source>系统随机数发生器不可用</source>
        <translation>The system random number generator is not available</translation>
    </message>
    <message>
        <source>加密失败：%1</source>
        <translation>Encryption failed: %1</translation>
    </message>
    <message>
        <source>%1.%2 的内容不是可识别的加密数据</source>
        <translation>The content of %1.%2 is not recognisable encrypted data</translation>
    </message>
    <message>
        <source>%1.%2 的数据由密钥 %3 加密，本店没有这个密钥（需要 keys restore 恢复它）</source>
        <translation>The data of %1.%2 was encrypted with key %3, which this store does not have (restore it with keys restore)</translation>
    </message>
</context>
<context>
    <name>FileEvidenceArchive</name>
    <message>
        <source>结算单号“%1”无效</source>
        <translation>Invalid settlement number “%1”</translation>
    </message>
    <message>
        <source>%1 的清单写的是另一个结算单号</source>
        <translation>The manifest of %1 names another settlement number</translation>
    </message>
    <message>
        <source>没有结算 %1 的录像</source>
        <translation>No recording of settlement %1</translation>
    </message>
    <message>
        <source>%1 与清单中的 SHA-256 不符：文件已被改动</source>
        <translation>%1 does not match the SHA-256 in the manifest: the file was changed</translation>
    </message>
    <message>
        <source>结算 %1 的录像没有片段</source>
        <translation>The recording of settlement %1 has no segments</translation>
    </message>
    <message>
        <source>结算 %1 没有人脸图像</source>
        <translation>Settlement %1 has no face image</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>没有可合并的录像片段</source>
        <translation>No recording segments to join</translation>
    </message>
    <message>
        <source>缺少 GStreamer 组件（gstreamer1.0-plugins-good/-bad）</source>
        <translation>GStreamer components missing (gstreamer1.0-plugins-good/-bad)</translation>
    </message>
    <message>
        <source>录像合并管道无法连接</source>
        <translation>Cannot link the pipeline that joins the recording</translation>
    </message>
    <message>
        <source>缺少 GStreamer 组件</source>
        <translation>GStreamer components missing</translation>
    </message>
    <message>
        <source>录像合并无法开始</source>
        <translation>Cannot start joining the recording</translation>
    </message>
    <message>
        <source>录像合并超时</source>
        <translation>Joining the recording timed out</translation>
    </message>
    <message>
        <source>录像合并出错：%1</source>
        <translation>Error joining the recording: %1</translation>
    </message>
    <message>
        <source>%1 已按保留期限删除</source>
        <translation>%1 was deleted at the end of its retention period</translation>
    </message>
    <message>
        <source>%1 缺失</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>结算 %1 的人脸图像已按保留期限删除</source>
        <translation>The face image of settlement %1 was deleted at the end of its retention period</translation>
    </message>
    <message>
        <source>结算 %1 的人脸图像缺失</source>
        <translation>The face image of settlement %1 is missing</translation>
    </message>
</context>
<context>
    <name>FileSealer</name>
    <message>
        <source>无法读取待加密文件 %1：%2</source>
        <translation>Cannot read the file to encrypt %1: %2</translation>
    </message>
    <message>
        <source>读取 %1 失败：%2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>已加密，但无法删除明文文件 %1</source>
        <translation>Encrypted, but the plain file %1 could not be deleted</translation>
    </message>
    <message>
        <source>加密文件 %1 超过 %2 字节，应分块读取</source>
        <translation>The encrypted file %1 is over %2 bytes and must be read in chunks</translation>
    </message>
    <message>
        <source>%1 %2 失败：%3</source>
        <translation>%1 %2 failed: %3</translation>
    </message>
    <message>
        <source>%1 不是加密文件（或文件头不完整）</source>
        <translation>%1 is not an encrypted file (or its header is incomplete)</translation>
    </message>
    <message>
        <source>%1 的加密格式 %2 未知</source>
        <translation>%1 has an unknown encryption format %2</translation>
    </message>
    <message>
        <source>%1 的文件头已损坏</source>
        <translation>The header of %1 is damaged</translation>
    </message>
    <message>
        <source>%1 的文件头不完整</source>
        <translation>The header of %1 is incomplete</translation>
    </message>
    <message>
        <source>加密文件的上下文过长</source>
        <translation>The encrypted file&apos;s context is too long</translation>
    </message>
    <message>
        <source>系统随机数发生器不可用</source>
        <translation>The system random number generator is not available</translation>
    </message>
    <message>
        <source>创建加密文件</source>
        <translation>Creating the encrypted file</translation>
    </message>
    <message>
        <source>写入加密文件</source>
        <translation>Writing the encrypted file</translation>
    </message>
    <message>
        <source>加密文件已完成，不能再写</source>
        <translation>The encrypted file is finished and cannot be written any more</translation>
    </message>
    <message>
        <source>加密文件已完成</source>
        <translation>The encrypted file is already finished</translation>
    </message>
    <message>
        <source>保存加密文件</source>
        <translation>Saving the encrypted file</translation>
    </message>
    <message>
        <source>同步目录</source>
        <translation>Syncing the folder</translation>
    </message>
    <message>
        <source>加密失败：%1</source>
        <translation>Encryption failed: %1</translation>
    </message>
    <message>
        <source>打开加密文件</source>
        <translation>Opening the encrypted file</translation>
    </message>
    <message>
        <source>加密文件 %1 属于“%2”，不是“%3”</source>
        <translation>The encrypted file %1 belongs to “%2”, not “%3”</translation>
    </message>
    <message>
        <source>加密文件 %1 由密钥 %2 加密，本店没有这个密钥（需要 keys restore 恢复它）</source>
        <translation>The encrypted file %1 was encrypted with key %2, which this store does not have (restore it with keys restore)</translation>
    </message>
    <message>
        <source>加密文件 %1 被截断（没有最后一块）</source>
        <translation>The encrypted file %1 is truncated (its last chunk is missing)</translation>
    </message>
    <message>
        <source>加密文件 %1 已读取失败</source>
        <translation>Reading the encrypted file %1 already failed</translation>
    </message>
    <message>
        <source>读取第 %1 块失败：%2</source>
        <translation>Reading chunk %1 failed: %2</translation>
    </message>
    <message>
        <source>最后一块（第 %1 块）校验失败：文件被改动、截断或拼接</source>
        <translation>The last chunk (chunk %1) fails its check: the file was altered, truncated or spliced</translation>
    </message>
    <message>
        <source>第 %1 块校验失败：文件被改动或块的顺序被打乱</source>
        <translation>Chunk %1 fails its check: the file was altered or its chunks reordered</translation>
    </message>
    <message>
        <source>加密文件 %1 无法验证：%2</source>
        <translation>The encrypted file %1 cannot be verified: %2</translation>
    </message>
    <message>
        <source>读取加密文件</source>
        <translation>Reading the encrypted file</translation>
    </message>
    <message>
        <source>加密文件 %1 无法验证：第 %2 块校验失败</source>
        <translation>The encrypted file %1 cannot be verified: chunk %2 fails its check</translation>
    </message>
</context>
<context>
    <name>GmCrypto</name>
    <message>
        <source>国密运算失败：%1</source>
        <translation>National cryptography operation failed: %1</translation>
    </message>
    <message>
        <source>SM4 密钥必须是 16 字节</source>
        <translation>The SM4 key must be 16 bytes</translation>
    </message>
    <message>
        <source>SM4 加密</source>
        <translation>SM4 encryption</translation>
    </message>
    <message>
        <source>SM4 解密（密钥或填充不符）</source>
        <translation>SM4 decryption (key or padding does not match)</translation>
    </message>
    <message>
        <source>无法读取 SM2 密钥（PEM 格式不对）</source>
        <translation>Cannot read the SM2 key (wrong PEM format)</translation>
    </message>
    <message>
        <source>密钥不是 SM2 密钥</source>
        <translation>The key is not an SM2 key</translation>
    </message>
    <message>
        <source>SM2 私钥必须是 32 字节</source>
        <translation>The SM2 private key must be 32 bytes</translation>
    </message>
    <message>
        <source>SM2 公钥必须是 64 字节 x‖y</source>
        <translation>The SM2 public key must be 64 bytes x‖y</translation>
    </message>
    <message>
        <source>SM2 公钥不在曲线上</source>
        <translation>The SM2 public key is not on the curve</translation>
    </message>
    <message>
        <source>签名需要 SM2 私钥</source>
        <translation>Signing needs the SM2 private key</translation>
    </message>
    <message>
        <source>签名不是 DER 编码的 SM2 签名</source>
        <translation>The signature is not a DER-encoded SM2 signature</translation>
    </message>
    <message>
        <source>签名的 r 或 s 超过 32 字节</source>
        <translation>The signature&apos;s r or s is longer than 32 bytes</translation>
    </message>
    <message>
        <source>SM2 签名必须是 64 字节 r‖s</source>
        <translation>The SM2 signature must be 64 bytes r‖s</translation>
    </message>
</context>
<context>
    <name>GstSegmentWriter</name>
    <message>
        <source>录像管道无法建立：%1（需要 gstreamer1.0-plugins-good/-bad/-ugly）</source>
        <translation>Cannot build the recording pipeline: %1 (needs gstreamer1.0-plugins-good/-bad/-ugly)</translation>
    </message>
    <message>
        <source>录像文件 %1 无法开始写入：%2</source>
        <translation>Cannot start writing the recording file %1: %2</translation>
    </message>
    <message>
        <source>录像片段已关闭</source>
        <translation>Recording segment already closed</translation>
    </message>
    <message>
        <source>录像写入失败：%1</source>
        <translation>Recording write failed: %1</translation>
    </message>
    <message>
        <source>录像帧格式不符</source>
        <translation>Recording frame format does not match</translation>
    </message>
    <message>
        <source>录像片段 %1 关闭超时</source>
        <translation>Closing recording segment %1 timed out</translation>
    </message>
    <message>
        <source>录像片段 %1 关闭出错：%2</source>
        <translation>Error closing recording segment %1: %2</translation>
    </message>
</context>
<context>
    <name>GstSettlementRecorder</name>
    <message>
        <source>无法创建录像目录 %1</source>
        <translation>Cannot create the recording folder %1</translation>
    </message>
    <message>
        <source>录像磁盘空间不足：剩余 %1 MB</source>
        <translation>Not enough space on the video disk: %1 MB left</translation>
    </message>
    <message>
        <source>无法创建结算录像目录 %1</source>
        <translation>Cannot create the settlement recording folder %1</translation>
    </message>
    <message>
        <source>人脸图像无法编码</source>
        <translation>Cannot encode the face image</translation>
    </message>
    <message>
        <source>结算 %1 没有录到任何画面</source>
        <translation>No picture was recorded for settlement %1</translation>
    </message>
</context>
<context>
    <name>HidPosReportAssembler</name>
    <message>
        <source>扫码枪发来空报告</source>
        <translation>The scanner sent an empty report</translation>
    </message>
    <message>
        <source>扫码枪报告长度 %1 字节，少于扫码数据报告所需的 %2 字节</source>
        <translation>Scanner report is %1 bytes long, shorter than the %2 bytes a scan data report needs</translation>
    </message>
    <message>
        <source>扫码枪报告声明 %1 字节数据，但一份报告最多 %2 字节</source>
        <translation>Scanner report declares %1 bytes of data, but a report holds at most %2 bytes</translation>
    </message>
    <message>
        <source>扫码数据超过 %1 字节，已丢弃</source>
        <translation>Scan data longer than %1 bytes; discarded</translation>
    </message>
</context>
<context>
    <name>HidPosScanner</name>
    <message>
        <source>读取 HID 报告描述符失败（%1）</source>
        <translation>Reading the HID report descriptor failed (%1)</translation>
    </message>
    <message>
        <source>无权限（需 udev 规则 60-pharmapos-scanners.rules 与 plugdev 组）</source>
        <translation>No permission (needs the udev rule 60-pharmapos-scanners.rules and the plugdev group)</translation>
    </message>
    <message>
        <source>接口被其他程序占用</source>
        <translation>The interface is in use by another program</translation>
    </message>
    <message>
        <source>libusb 无法初始化（%1）</source>
        <translation>libusb cannot be initialized (%1)</translation>
    </message>
    <message>
        <source>找到 USB HID 设备但无法读取：%1</source>
        <translation>USB HID device found but cannot be read: %1</translation>
    </message>
    <message>
        <source>未找到 HID-POS 扫码枪（USB HID 用法页 0x8C）</source>
        <translation>No HID-POS scanner found (USB HID usage page 0x8C)</translation>
    </message>
</context>
<context>
    <name>HidReportDescriptor</name>
    <message>
        <source>HID 报告描述符在第 %1 字节处截断</source>
        <translation>HID report descriptor truncated at byte %1</translation>
    </message>
    <message>
        <source>HID 报告描述符第 %1 字节：Pop 多于 Push</source>
        <translation>HID report descriptor byte %1: more Pops than Pushes</translation>
    </message>
</context>
<context>
    <name>HttpsClient</name>
    <message>
        <source>连接已关闭</source>
        <translation>The connection is closed</translation>
    </message>
    <message>
        <source>平台在应答前关闭了连接</source>
        <translation>The platform closed the connection before answering</translation>
    </message>
    <message>
        <source>发送后连接出错：%1</source>
        <translation>Connection error after sending: %1</translation>
    </message>
    <message>
        <source>无法连接平台：%1</source>
        <translation>Cannot connect to the platform: %1</translation>
    </message>
    <message>
        <source>平台在 %1 毫秒内没有应答</source>
        <translation>The platform did not answer within %1 ms</translation>
    </message>
    <message>
        <source>连接平台超时（%1 毫秒）</source>
        <translation>Connecting to the platform timed out (%1 ms)</translation>
    </message>
</context>
<context>
    <name>HttpsPlatformGateway</name>
    <message>
        <source>平台无确定应答：%1</source>
        <translation>No definite answer from the platform: %1</translation>
    </message>
    <message>
        <source>[platform] url 必须是 https:// 地址（写的是“%1”）</source>
        <translation>[platform] url must be an https:// address (it is “%1”)</translation>
    </message>
    <message>
        <source>CSB 认证需要密钥文件中的 csb_access_key 和 csb_secret_key</source>
        <translation>CSB authentication needs csb_access_key and csb_secret_key in the secret file</translation>
    </message>
    <message>
        <source>TIF 认证需要密钥文件中的 tif_paasid 和 tif_paastoken</source>
        <translation>TIF authentication needs tif_paasid and tif_paastoken in the secret file</translation>
    </message>
    <message>
        <source>OAuth2 认证需要 oauth_token_url 以及密钥文件中的 oauth_client_id 和 oauth_client_secret</source>
        <translation>OAuth2 authentication needs oauth_token_url, and oauth_client_id and oauth_client_secret in the secret file</translation>
    </message>
    <message>
        <source>国密加签加密需要密钥文件中的 client_id</source>
        <translation>National cryptography signing and encryption need client_id in the secret file</translation>
    </message>
    <message>
        <source>SM4 密钥（client_id 的前 16 字节或 sm4_key）必须是 16 字节</source>
        <translation>The SM4 key (the first 16 bytes of client_id, or sm4_key) must be 16 bytes</translation>
    </message>
    <message>
        <source>国密加签需要本店的 SM2 私钥（密钥文件 sm2_private_key）</source>
        <translation>National cryptography signing needs the store&apos;s SM2 private key (sm2_private_key in the secret file)</translation>
    </message>
    <message>
        <source>平台 SM2 公钥无法读取：%1</source>
        <translation>Cannot read the platform&apos;s SM2 public key: %1</translation>
    </message>
    <message>
        <source>医保平台 %1</source>
        <translation>Insurance platform %1</translation>
    </message>
    <message>
        <source>未取得平台访问令牌：%1</source>
        <translation>No platform access token: %1</translation>
    </message>
    <message>
        <source>连接已关闭</source>
        <translation>The connection is closed</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>应答不是合法 JSON</source>
        <translation>The answer is not valid JSON</translation>
    </message>
    <message>
        <source>应答属于另一报文 %1</source>
        <translation>The answer belongs to another message %1</translation>
    </message>
    <message>
        <source>令牌服务返回 HTTP %1</source>
        <translation>The token service answered HTTP %1</translation>
    </message>
    <message>
        <source>令牌服务未给出令牌</source>
        <translation>The token service gave no token</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>值以单个反斜杠结尾（反斜杠本身请写成 \\）</source>
        <translation>The value ends with a single backslash (write a backslash itself as \\)</translation>
    </message>
    <message>
        <source>“\x”后须跟两位十六进制数（如 \x02）</source>
        <translation>“\x” must be followed by two hexadecimal digits (e.g. \x02)</translation>
    </message>
    <message>
        <source>未知的转义“\%1”（反斜杠本身请写成 \\）</source>
        <translation>Unknown escape “\%1” (write a backslash itself as \\)</translation>
    </message>
    <message>
        <source>配置文件 %1 不存在</source>
        <translation>Configuration file %1 does not exist</translation>
    </message>
    <message>
        <source>配置文件 %1 是目录，不是文件</source>
        <translation>Configuration file %1 is a folder, not a file</translation>
    </message>
    <message>
        <source>配置文件 %1 无法读取：%2</source>
        <translation>Configuration file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>配置文件 %1 超过 %2 KB：这不是 PharmaPOS 的配置文件（它通常不到 2 KB）</source>
        <translation>Configuration file %1 is over %2 KB: this is not a PharmaPOS configuration file (those are usually under 2 KB)</translation>
    </message>
    <message>
        <source>配置文件 %1 第 %2 行：%3</source>
        <translation>Configuration file %1 line %2: %3</translation>
    </message>
    <message>
        <source>配置文件 %1</source>
        <translation>Configuration file %1</translation>
    </message>
    <message>
        <source>配置文件须是 UTF-8 文本（见 README “Store configuration”）</source>
        <translation>The configuration file must be UTF-8 text (see the README, “Store configuration”)</translation>
    </message>
    <message>
        <source>配置文件 %1 的编码是 %2：请用 UTF-8 保存（任何文本编辑器的“另存为”都能选编码）</source>
        <translation>Configuration file %1 is encoded as %2: save it as UTF-8 (any text editor&apos;s “Save as” lets you choose the encoding)</translation>
    </message>
    <message>
        <source>“%1”缺少右方括号 ]</source>
        <translation>“%1” is missing the closing bracket ]</translation>
    </message>
    <message>
        <source>“%1”：] 之后只能是注释</source>
        <translation>“%1”: only a comment may follow the ]</translation>
    </message>
    <message>
        <source>节名“%1”无效（只能用英文字母、数字和 _）</source>
        <translation>Invalid section name “%1” (only letters, digits and _)</translation>
    </message>
    <message>
        <source>“%1”既不是 [节]、键 = 值，也不是注释（; 或 # 开头）</source>
        <translation>“%1” is neither a [section], a key = value, nor a comment (starting with ; or #)</translation>
    </message>
    <message>
        <source>键名“%1”无效（只能用英文字母、数字和 _）</source>
        <translation>Invalid key name “%1” (only letters, digits and _)</translation>
    </message>
    <message>
        <source>%1 不在任何 [节] 之下（如 [security]）</source>
        <translation>%1 is not under any [section] (such as [security])</translation>
    </message>
    <message>
        <source>%1 的值缺少结尾的引号</source>
        <translation>The value of %1 is missing its closing quote</translation>
    </message>
    <message>
        <source>%1 的值在引号之后还有“%2”</source>
        <translation>The value of %1 has “%2” after the quotes</translation>
    </message>
    <message>
        <source>[%1] %2 在第 %3 行已经写过：每个键只能写一次</source>
        <translation>[%1] %2 is already set on line %3: each key may be set only once</translation>
    </message>
</context>
<context>
    <name>InsuranceCatalog</name>
    <message>
        <source>%1 没有医保药品编码，不能纳入医保结算，只能自费</source>
        <translation>%1 has no medical insurance drug code and cannot be settled by insurance, only paid by the customer</translation>
    </message>
    <message>
        <source>医保目录尚未下载，无法核对 %1 是否在目录内</source>
        <translation>The insurance catalogue has not been downloaded yet; cannot check whether %1 is listed</translation>
    </message>
    <message>
        <source>%1 的医保药品编码 %2 不在医保目录（%3）中</source>
        <translation>The insurance drug code %2 of %1 is not in the insurance catalogue (%3)</translation>
    </message>
    <message>
        <source>%1 的医保目录条目 %2 已标记无效（%3）</source>
        <translation>The insurance catalogue entry %2 of %1 is marked invalid (%3)</translation>
    </message>
    <message>
        <source>%1（%2）的医保目录有效期为 %3 至 %4，%5 不在其内（%6）</source>
        <translation>The insurance catalogue entry of %1 (%2) is valid from %3 to %4; %5 is outside it (%6)</translation>
    </message>
    <message>
        <source>整盒价</source>
        <translation>box price</translation>
    </message>
    <message>
        <source>拆零（板）合计</source>
        <translation>split-pack (strip) total</translation>
    </message>
    <message>
        <source>拆零（片）合计</source>
        <translation>split-pack (piece) total</translation>
    </message>
    <message>
        <source>%1 %2 %3 高于医保%4 %5（%6）</source>
        <translation>%1 %2 %3 is above the insurance %4 %5 (%6)</translation>
    </message>
    <message>
        <source>支付标准</source>
        <translation>payment standard</translation>
    </message>
    <message>
        <source>集采中选价</source>
        <translation>volume-procurement price</translation>
    </message>
    <message>
        <source>挂网限价</source>
        <translation>online listing price cap</translation>
    </message>
    <message>
        <source>医保目录尚未下载</source>
        <translation>The insurance catalogue has not been downloaded yet</translation>
    </message>
    <message>
        <source>医保目录 %1 版，%2 下载</source>
        <translation>Insurance catalogue version %1, downloaded %2</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>InsuredCheckout</name>
    <message>
        <source>医保结算 %1 尚未结束</source>
        <translation>Insured settlement %1 has not ended</translation>
    </message>
</context>
<context>
    <name>InsuredSettlement</name>
    <message>
        <source>已读取凭证</source>
        <translation>Credential read</translation>
    </message>
    <message>
        <source>已查询参保人（待核对人证）</source>
        <translation>Person found (identity to be checked)</translation>
    </message>
    <message>
        <source>人证相符</source>
        <translation>Identity confirmed</translation>
    </message>
    <message>
        <source>已预结算</source>
        <translation>Pre-settled</translation>
    </message>
    <message>
        <source>结算中</source>
        <translation>Settling</translation>
    </message>
    <message>
        <source>已结算（待收现金）</source>
        <translation>Settled (cash part to take)</translation>
    </message>
    <message>
        <source>已收现金（待打印结算单）</source>
        <translation>Cash taken (slip to print)</translation>
    </message>
    <message>
        <source>结算单已打印（待患者签字）</source>
        <translation>Slip printed (patient to sign)</translation>
    </message>
    <message>
        <source>患者已签字，结算完成</source>
        <translation>Signed by the patient, settlement complete</translation>
    </message>
    <message>
        <source>结算结果未知（待冲正）</source>
        <translation>Outcome unknown (to be reversed)</translation>
    </message>
    <message>
        <source>已冲正作废</source>
        <translation>Reversed and void</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已退费</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>查询参保人（1101）</source>
        <translation>Query the insured person (1101)</translation>
    </message>
    <message>
        <source>确认人证相符</source>
        <translation>Confirm identity</translation>
    </message>
    <message>
        <source>人证不符</source>
        <translation>Identity does not match</translation>
    </message>
    <message>
        <source>预结算（2101）</source>
        <translation>Pre-settle (2101)</translation>
    </message>
    <message>
        <source>结算（2102）</source>
        <translation>Settle (2102)</translation>
    </message>
    <message>
        <source>平台确认结算</source>
        <translation>Platform confirmed the settlement</translation>
    </message>
    <message>
        <source>平台拒绝结算</source>
        <translation>Platform refused the settlement</translation>
    </message>
    <message>
        <source>结算无确定应答</source>
        <translation>No definite answer to the settlement</translation>
    </message>
    <message>
        <source>收取现金部分</source>
        <translation>Take the cash part</translation>
    </message>
    <message>
        <source>打印结算单</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <source>患者签字</source>
        <translation>Patient signs</translation>
    </message>
    <message>
        <source>冲正（2601）</source>
        <translation>Reverse (2601)</translation>
    </message>
    <message>
        <source>取消结算</source>
        <translation>Cancel the settlement</translation>
    </message>
    <message>
        <source>退费（2103）</source>
        <translation>Refund (2103)</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>读取封存段</source>
        <translation>Reading the seal segments</translation>
    </message>
    <message>
        <source>写入封存段</source>
        <translation>Writing a seal segment</translation>
    </message>
    <message>
        <source>读取 %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>记录封存事件</source>
        <translation>Recording the seal event</translation>
    </message>
    <message>
        <source>读取封存状态</source>
        <translation>Reading the seal state</translation>
    </message>
    <message>
        <source>首次封存：此前的全部记录按现状封存</source>
        <translation>First sealing: all earlier records are sealed as they are</translation>
    </message>
    <message>
        <source>检查 %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>id %1–%2 共 %3 行不是 PharmaPOS 写入的（在其下次写入前发现，随后按现状封存）</source>
        <translation>%3 rows with id %1–%2 were not written by PharmaPOS (found before its next write, then sealed as they are)</translation>
    </message>
    <message>
        <source>内容在 PharmaPOS 之外被改动（角色、密码或启用状态），在其下次写入前发现</source>
        <translation>The content was changed outside PharmaPOS (role, password or active state), found before its next write</translation>
    </message>
    <message>
        <source>封存 %1</source>
        <translation>Sealing %1</translation>
    </message>
    <message>
        <source>写入封存状态</source>
        <translation>Writing the seal state</translation>
    </message>
    <message>
        <source>无法写入锚点文件 %1</source>
        <translation>Cannot write the anchor file %1</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>封存段编号不连续：第 %1 段之前的段缺失</source>
        <translation>Seal segment numbers are not continuous: segments before segment %1 are missing</translation>
    </message>
    <message>
        <source>第 %1 段（id %2–%3）的内容与封存时不同：有行被改动、删除或插入（封存 %4 行，现有 %5 行）</source>
        <translation>Segment %1 (id %2–%3) differs from when it was sealed: rows were changed, deleted or inserted (%4 rows sealed, %5 now)</translation>
    </message>
    <message>
        <source>第 %1 段没有 MAC（在没有店铺密钥的情况下写入）</source>
        <translation>Segment %1 has no MAC (written without the store key)</translation>
    </message>
    <message>
        <source>第 %1 段的 MAC 不符：封存记录被伪造或改动（%2）</source>
        <translation>The MAC of segment %1 does not match: the seal record was forged or altered (%2)</translation>
    </message>
    <message>
        <source>与 %1 的锚点不符：第 %2 段到 id %3 为止的内容已被改动</source>
        <translation>Does not match the anchor of %1: the content of segment %2 up to id %3 has been altered</translation>
    </message>
    <message>
        <source>读取中断：%1</source>
        <translation>Reading stopped: %1</translation>
    </message>
    <message>
        <source>%1 行未封存（id ≥ %2）：在 PharmaPOS 之外写入</source>
        <translation>%1 rows are not sealed (id ≥ %2): written outside PharmaPOS</translation>
    </message>
    <message>
        <source>%1 的锚点记录了第 %2 段到 id %3，数据库里已没有：数据被删除、截短或回退到旧副本</source>
        <translation>The anchor of %1 records segment %2 up to id %3, which the database no longer has: data deleted, truncated or rolled back to an older copy</translation>
    </message>
    <message>
        <source>无法读取锚点文件 %1</source>
        <translation>Cannot read the anchor file %1</translation>
    </message>
    <message>
        <source>%1 第 %2 行不是锚点记录</source>
        <translation>%1 line %2 is not an anchor record</translation>
    </message>
    <message>
        <source>%1 第 %2 行的签名不符：锚点被伪造或改动</source>
        <translation>The signature of %1 line %2 does not match: the anchor was forged or altered</translation>
    </message>
    <message>
        <source>没有封存状态</source>
        <translation>No seal state</translation>
    </message>
    <message>
        <source>内容在最后一次封存后被改动（角色、密码或启用状态不经 PharmaPOS 变更）</source>
        <translation>The content was changed after the last sealing (role, password or active state changed outside PharmaPOS)</translation>
    </message>
    <message>
        <source>封存状态的 MAC 不符：被伪造或改动</source>
        <translation>The MAC of the seal state does not match: forged or altered</translation>
    </message>
    <message>
        <source>%1 又一次“首次封存”：封存被人为重置过</source>
        <translation>%1: “first sealing” again: the seals were reset by hand</translation>
    </message>
    <message>
        <source>%1 发现：%2</source>
        <translation>%1: found %2</translation>
    </message>
    <message>
        <source>批次 %1 的余额 %2 与库存变动合计 %3 不符</source>
        <translation>The balance %2 of batch %1 does not match its movements&apos; total %3</translation>
    </message>
    <message>
        <source>追溯码 %1 随销售单 %2 售出，但码表里不是已售</source>
        <translation>Trace code %1 was sold with sale %2, but the code table does not show it as sold</translation>
    </message>
    <message>
        <source>追溯码 %1 记为随 %2 售出，但该销售单没有这一盒</source>
        <translation>Trace code %1 is recorded as sold with %2, but that sale has no such box</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>购进</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>购进退货</source>
        <translation>Purchase return</translation>
    </message>
    <message>
        <source>销售</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>销售退货</source>
        <translation>Sale return</translation>
    </message>
    <message>
        <source>报损</source>
        <translation>Loss/damage</translation>
    </message>
    <message>
        <source>销毁</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>盘盈</source>
        <translation>Stocktake gain</translation>
    </message>
    <message>
        <source>盘亏</source>
        <translation>Stocktake loss</translation>
    </message>
    <message>
        <source>调入</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>调出</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <source>出库数量必须大于 0</source>
        <translation>The outgoing quantity must be greater than 0</translation>
    </message>
    <message>
        <source>%1 可售库存不足：需要 %2，可售 %3（最小单位）</source>
        <translation>Not enough sellable stock of %1: %2 needed, %3 available (smallest units)</translation>
    </message>
    <message>
        <source>；另有 %1 已过期或待验，不可销售</source>
        <translation>; a further %1 are expired or awaiting inspection and cannot be sold</translation>
    </message>
    <message>
        <source>%1 这盒属于批号 %2（效期 %3），已过期或待验，不能销售</source>
        <translation>This box of %1 belongs to batch number %2 (expiry %3), which is expired or awaiting inspection and cannot be sold</translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <source>购进记录缺少“供货单位”</source>
        <translation>The purchase record is missing &quot;Supplier&quot;</translation>
    </message>
    <message>
        <source>购进记录缺少“购进日期”</source>
        <translation>The purchase record is missing &quot;Purchase date&quot;</translation>
    </message>
    <message>
        <source>购进日期 %1 晚于今天</source>
        <translation>Purchase date %1 is later than today</translation>
    </message>
    <message>
        <source>到货单没有明细行</source>
        <translation>The delivery note has no line items</translation>
    </message>
    <message>
        <source>商品编码 %1 不在商品档案中，请先建档</source>
        <translation>Product code %1 is not in the product master file; create the product record first</translation>
    </message>
    <message>
        <source>追溯码 %1 已入库过：同一盒药只能验收一次</source>
        <translation>Traceability code %1 has already been received: each box can only be received once</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>到货单未入库（%1 行中 %2 行被拒，其余行也未入库）：
%3</source>
        <translation>Delivery note not received into stock (%2 of %1 lines rejected; the other lines were not received either):
%3</translation>
    </message>
    <message>
        <source>购进验收 %1 行，供货单位 %2</source>
        <translation>Receiving: %1 lines, supplier %2</translation>
    </message>
    <message>
        <source>库存流水</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <source>导出期间无效</source>
        <translation>Invalid export period</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>没有盘点单 %1</source>
        <translation>There is no stocktake sheet %1</translation>
    </message>
    <message>
        <source>盘点单 %1 已审核，不能再改</source>
        <translation>Stocktake sheet %1 has been approved and can no longer be changed</translation>
    </message>
    <message>
        <source>盘点调整必须写明原因</source>
        <translation>A stocktake adjustment must state a reason</translation>
    </message>
    <message>
        <source>盘点审核：%1 个批次调整，盘盈 %2，盘亏 %3；原因：%4</source>
        <translation>Stocktake approved: %1 batches adjusted, stocktake gain %2, stocktake loss %3; reason: %4</translation>
    </message>
    <message>
        <source>进销存台账</source>
        <translation>Inventory ledger</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>本机没有 XLSX/PDF 导出组件</source>
        <translation>No XLSX/PDF export component is available on this computer</translation>
    </message>
    <message>
        <source>%1 由其业务流程过账，不能手工调整</source>
        <translation>%1 is posted by its own business process and cannot be adjusted manually</translation>
    </message>
    <message>
        <source>数量必须大于 0</source>
        <translation>The quantity must be greater than 0</translation>
    </message>
    <message>
        <source>库存调整必须写明原因</source>
        <translation>A stock adjustment must state a reason</translation>
    </message>
    <message>
        <source>%1 %2（最小单位），原因：%3</source>
        <translation>%1 %2 (smallest units), reason: %3</translation>
    </message>
    <message>
        <source>导出已取消</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>（且未能写入审计日志：%1）</source>
        <translation>(and it could not be written to the audit log: %1)</translation>
    </message>
</context>
<context>
    <name>KeyBackup</name>
    <message>
        <source>密钥备份的参数不合理（文件已损坏？）</source>
        <translation>The key backup&apos;s parameters make no sense (is the file damaged?)</translation>
    </message>
    <message>
        <source>无法由口令派生密钥：%1</source>
        <translation>Cannot derive a key from the passphrase: %1</translation>
    </message>
    <message>
        <source>备份口令至少 %1 个字符</source>
        <translation>The backup passphrase must be at least %1 characters</translation>
    </message>
    <message>
        <source>%1 已存在：换一个文件名，或确认后加 --force 覆盖</source>
        <translation>%1 already exists: choose another file name, or add --force to overwrite it</translation>
    </message>
    <message>
        <source>系统随机数发生器不可用</source>
        <translation>The system random number generator is not available</translation>
    </message>
    <message>
        <source>加密失败：%1</source>
        <translation>Encryption failed: %1</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>无法读取密钥备份 %1：%2</source>
        <translation>Cannot read the key backup %1: %2</translation>
    </message>
    <message>
        <source>%1 不是密钥备份（太大）</source>
        <translation>%1 is not a key backup (too large)</translation>
    </message>
    <message>
        <source>%1 不是 PharmaPOS 密钥备份</source>
        <translation>%1 is not a PharmaPOS key backup</translation>
    </message>
    <message>
        <source>口令不对，或备份文件 %1 被改动过</source>
        <translation>Wrong passphrase, or the backup file %1 has been altered</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>密钥文件已损坏：%1</source>
        <translation>The key file is damaged: %1</translation>
    </message>
    <message>
        <source>不是 PharmaPOS 密钥文件</source>
        <translation>not a PharmaPOS key file</translation>
    </message>
    <message>
        <source>校验和不符（文件不完整或被改动）</source>
        <translation>checksum mismatch (file incomplete or altered)</translation>
    </message>
    <message>
        <source>格式版本未知</source>
        <translation>unknown format version</translation>
    </message>
    <message>
        <source>缺少密钥</source>
        <translation>keys missing</translation>
    </message>
    <message>
        <source>密钥不完整</source>
        <translation>incomplete key</translation>
    </message>
    <message>
        <source>缺少当前密钥编号</source>
        <translation>current key ID missing</translation>
    </message>
    <message>
        <source>已退役密钥不完整</source>
        <translation>incomplete retired key</translation>
    </message>
    <message>
        <source>末尾有多余数据</source>
        <translation>extra data at the end</translation>
    </message>
    <message>
        <source>当前密钥不在文件中</source>
        <translation>the current key is not in the file</translation>
    </message>
    <message>
        <source>无法生成签名密钥（%1）：%2</source>
        <translation>Cannot generate the signing key (%1): %2</translation>
    </message>
    <message>
        <source>HMAC 不可用：%1</source>
        <translation>HMAC is not available: %1</translation>
    </message>
    <message>
        <source>无法导出签名公钥：%1</source>
        <translation>Cannot export the signing public key: %1</translation>
    </message>
    <message>
        <source>密钥集中没有当前密钥</source>
        <translation>The key set has no current key</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>无法读取轮换进度 %1：%2</source>
        <translation>Cannot read the rotation progress %1: %2</translation>
    </message>
    <message>
        <source>无法记录轮换进度 %1：%2</source>
        <translation>Cannot record the rotation progress %1: %2</translation>
    </message>
    <message>
        <source>无法记录轮换进度 %1</source>
        <translation>Cannot record the rotation progress %1</translation>
    </message>
    <message>
        <source>%1：%2（已完成的部分不受影响，再次执行 keys rotate 会接着做）</source>
        <translation>%1: %2 (what is done stays done; running keys rotate again continues)</translation>
    </message>
    <message>
        <source>%1：已改写 %2 项</source>
        <translation>%1: %2 items rewritten</translation>
    </message>
    <message>
        <source>密钥来自环境变量：要更换，请把新密钥设为 %1、旧密钥设为 %2，再执行 keys rotate</source>
        <translation>The key comes from an environment variable: to change it, set the new key as %1 and the old one as %2, then run keys rotate</translation>
    </message>
    <message>
        <source>新密钥 %1 已写入密钥文件，旧密钥 %2 在轮换完成前仍可读取</source>
        <translation>The new key %1 is in the key file; the old key %2 can still be read until the rotation is finished</translation>
    </message>
    <message>
        <source>继续未完成的轮换：改用密钥 %1</source>
        <translation>Continuing an unfinished rotation: switching to key %1</translation>
    </message>
    <message>
        <source>%1 有 %2 项由密钥 %3 加密，本店没有这个密钥：先用 keys restore 从备份恢复它，再执行 keys rotate</source>
        <translation>%1 has %2 items encrypted with key %3, which this store does not have: first restore it from a backup with keys restore, then run keys rotate</translation>
    </message>
    <message>
        <source>轮换后 %1 仍有旧密钥加密的数据，旧密钥保留；请再次执行 keys rotate</source>
        <translation>After the rotation %1 still has data encrypted with the old key, which is kept; please run keys rotate again</translation>
    </message>
    <message>
        <source>请立即执行 pharmapos keys backup --out 文件：旧的密钥备份读不了轮换后的数据</source>
        <translation>Run pharmapos keys backup --out FILE now: older key backups cannot read the rotated data</translation>
    </message>
    <message>
        <source>所有数据已改用密钥 %1：现在可以撤掉环境变量 %2</source>
        <translation>All data now uses key %1: you can remove the environment variable %2</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>无法创建目录 %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>无法创建密钥目录 %1：%2</source>
        <translation>Cannot create the key folder %1: %2</translation>
    </message>
    <message>
        <source>无法读取密钥文件 %1：%2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>无法检查 %1：%2</source>
        <translation>Cannot check %1: %2</translation>
    </message>
    <message>
        <source>%1 是符号链接：密钥%2必须是本账户自己的真实%2，拒绝使用</source>
        <translation>%1 is a symbolic link: the key %2 must be this account&apos;s own real %2; refused</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1 不是%2</source>
        <translation>%1 is not a %2</translation>
    </message>
    <message>
        <source>普通文件</source>
        <translation>regular file</translation>
    </message>
    <message>
        <source>%1 属于用户 %2，而本程序以用户 %3 运行：密钥只能由运行 PharmaPOS 的账户持有，拒绝使用</source>
        <translation>%1 belongs to user %2, but this program runs as user %3: only the account that runs PharmaPOS may hold the key; refused</translation>
    </message>
    <message>
        <source>%1 的权限是 %2，组或其他用户可以访问：拒绝使用。请执行 chmod %3 %1，并确认密钥没有被别人复制过（如有怀疑，执行 keys rotate）</source>
        <translation>%1 has permissions %2, so its group or other users can access it: refused. Run chmod %3 %1 and make sure nobody has copied the key (if in doubt, run keys rotate)</translation>
    </message>
    <message>
        <source>环境变量 %1 的格式不对：应为“16 位十六进制密钥编号:32 字节密钥的 base64”，例如 $(openssl rand -hex 8):$(openssl rand -base64 32)</source>
        <translation>The environment variable %1 has the wrong format: it should be “16-hex-digit key ID:base64 of a 32-byte key”, e.g. $(openssl rand -hex 8):$(openssl rand -base64 32)</translation>
    </message>
    <message>
        <source>无法打开密钥使用锁 %1：%2</source>
        <translation>Cannot open the key lock %1: %2</translation>
    </message>
    <message>
        <source>正在更换或恢复密钥（keys rotate / keys restore 运行中），请等它结束后再启动</source>
        <translation>The key is being changed or restored (keys rotate / keys restore is running); start again when it has finished</translation>
    </message>
    <message>
        <source>另一个 PharmaPOS 进程（收银台或其他命令）正在使用密钥：请先关闭它再更换或恢复密钥</source>
        <translation>Another PharmaPOS process (the counter or another command) is using the key: close it before changing or restoring the key</translation>
    </message>
    <message>
        <source>%1 与 %2 的密钥编号相同</source>
        <translation>%1 and %2 have the same key ID</translation>
    </message>
    <message>
        <source>找不到密钥文件 %1，而数据库中已有加密数据：新密钥无法读取它们。请用 pharmapos keys restore --in 备份文件 恢复密钥（或设置环境变量 %2）</source>
        <translation>The key file %1 is missing, but the database already holds encrypted data that a new key could not read. Restore the key with pharmapos keys restore --in BACKUP_FILE (or set the environment variable %2)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>密钥来自环境变量 %1：本程序不写密钥文件，请在集中的密钥管理中更换</source>
        <translation>The key comes from the environment variable %1: this program does not write key files; change it in your central key management</translation>
    </message>
    <message>
        <source>无法写入密钥文件 %1：%2</source>
        <translation>Cannot write the key file %1: %2</translation>
    </message>
    <message>
        <source>无法写入密钥文件：%1</source>
        <translation>Cannot write the key file: %1</translation>
    </message>
    <message>
        <source>无法替换密钥文件 %1：%2</source>
        <translation>Cannot replace the key file %1: %2</translation>
    </message>
    <message>
        <source>无法同步密钥目录：%1</source>
        <translation>Cannot sync the key folder: %1</translation>
    </message>
    <message>
        <source>密钥来自环境变量：请把新密钥设为 %1、旧密钥设为 %2，再执行 keys rotate</source>
        <translation>The key comes from environment variables: set the new key as %1 and the old one as %2, then run keys rotate</translation>
    </message>
    <message>
        <source>密钥来自环境变量，本程序不能废弃它</source>
        <translation>The key comes from an environment variable; this program cannot retire it</translation>
    </message>
    <message>
        <source>密钥来自环境变量 %1：恢复密钥请在集中的密钥管理中进行</source>
        <translation>The key comes from the environment variable %1: restore keys in your central key management</translation>
    </message>
</context>
<context>
    <name>KeysCommands</name>
    <message>
        <source>（环境变量提供）</source>
        <translation>(from the environment)</translation>
    </message>
    <message>
        <source>警告：无法写入审计日志：%1</source>
        <translation>Warning: cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>用法：pharmapos keys status | rotate | backup --out 文件 [--force] | restore --in 文件</source>
        <translation>Usage: pharmapos keys status | rotate | backup --out FILE [--force] | restore --in FILE</translation>
    </message>
    <message>
        <source>密钥来源：密钥文件 %1（仅本账户可读写，目录 700）</source>
        <translation>Key source: key file %1 (readable and writable by this account only, folder 700)</translation>
    </message>
    <message>
        <source>密钥来源：环境变量 %1</source>
        <translation>Key source: environment variable %1</translation>
    </message>
    <message>
        <source>当前密钥：%1（创建于 %2）</source>
        <translation>Current key: %1 (created %2)</translation>
    </message>
    <message>
        <source>仍可读取的旧密钥：%1（创建于 %2）—— 轮换未完成，执行 pharmapos keys rotate 继续</source>
        <translation>Old key still readable: %1 (created %2) — the rotation is unfinished, run pharmapos keys rotate to continue</translation>
    </message>
    <message>
        <source>已退役密钥：%1（%2 退役，只保留签名公钥）</source>
        <translation>Retired key: %1 (retired %2, only its signing public key is kept)</translation>
    </message>
    <message>
        <source>签名公钥指纹（SHA-256）：%1</source>
        <translation>Signing public key fingerprint (SHA-256): %1</translation>
    </message>
    <message>
        <source>轮换进度（目标密钥 %1）：已完成 %2</source>
        <translation>Rotation progress (target key %1): done %2</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1：无法统计：%2</source>
        <translation>%1: cannot count: %2</translation>
    </message>
    <message>
        <source>密钥 %1：%2 项%3</source>
        <translation>key %1: %2 items%3</translation>
    </message>
    <message>
        <source>（本店没有这个密钥！）</source>
        <translation> (this store does not have this key!)</translation>
    </message>
    <message>
        <source>无加密数据</source>
        <translation>no encrypted data</translation>
    </message>
    <message>
        <source>%1：%2；明文 %3 项</source>
        <translation>%1: %2; %3 items in plain text</translation>
    </message>
    <message>
        <source>继续未完成的轮换</source>
        <translation>Continuing the unfinished rotation</translation>
    </message>
    <message>
        <source>开始轮换</source>
        <translation>Starting the rotation</translation>
    </message>
    <message>
        <source>密钥轮换未完成：%1</source>
        <translation>Key rotation unfinished: %1</translation>
    </message>
    <message>
        <source>已改写的数据不受影响；新旧密钥都保留着，再次执行 pharmapos keys rotate 会接着做。</source>
        <translation>Data already rewritten is not affected; the old and new keys are both kept, and running pharmapos keys rotate again continues.</translation>
    </message>
    <message>
        <source>密钥轮换完成：现用密钥 %1，改写 %2 项%3</source>
        <translation>Key rotation finished: current key %1, %2 items rewritten%3</translation>
    </message>
    <message>
        <source>，旧密钥 %1 已销毁</source>
        <translation>, old key %1 destroyed</translation>
    </message>
    <message>
        <source>改写 %1 项；退役 %2</source>
        <translation>%1 items rewritten; retired %2</translation>
    </message>
    <message>
        <source>没有口令来源</source>
        <translation>No passphrase source</translation>
    </message>
    <message>
        <source>备份口令（至少 %1 个字符，不显示）：</source>
        <translation>Backup passphrase (at least %1 characters, not shown): </translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Enter it again: </translation>
    </message>
    <message>
        <source>两次输入的口令不一致，未写入备份</source>
        <translation>The two passphrases differ; no backup written</translation>
    </message>
    <message>
        <source>已写入密钥备份 %1（密钥 %2），权限 600。</source>
        <translation>Key backup %1 written (key %2), permissions 600.</translation>
    </message>
    <message>
        <source>把它和口令分开保存在店外安全的地方：丢失密钥就丢失全部加密数据——两年内的处方档案、含麻黄碱药品登记、人脸和录像都无法再读取；每次 keys rotate 之后要重新备份。</source>
        <translation>Keep it, apart from the passphrase, somewhere safe outside the store: losing the key loses all encrypted data — two years of prescription records, the ephedrine purchase register, faces and recordings can no longer be read; back up again after every keys rotate.</translation>
    </message>
    <message>
        <source>备份口令（不显示）：</source>
        <translation>Backup passphrase (not shown): </translation>
    </message>
    <message>
        <source>备份中的密钥本店都已有，未作改动</source>
        <translation>This store already has every key in the backup; nothing changed</translation>
    </message>
    <message>
        <source>已恢复密钥：%1</source>
        <translation>Key restored: %1</translation>
    </message>
    <message>
        <source>现在有不止一个可用密钥：执行 pharmapos keys rotate，把数据都改用当前密钥并销毁其余的</source>
        <translation>More than one key is usable now: run pharmapos keys rotate to move all data to the current key and destroy the others</translation>
    </message>
    <message>
        <source>只有系统管理员可以更换店铺密钥</source>
        <translation>Only an administrator may change the store key</translation>
    </message>
</context>
<context>
    <name>LedgerDocumentWriter</name>
    <message>
        <source>%1 进销存台账 %2 至 %3（数量单位：最小单位）</source>
        <translation>%1 inventory ledger %2 to %3 (quantities in smallest units)</translation>
    </message>
    <message>
        <source>CSV 由核心直接生成</source>
        <translation>CSV is generated directly by the core</translation>
    </message>
    <message>
        <source>无法创建 %1</source>
        <translation>Cannot create %1</translation>
    </message>
    <message>
        <source>进销存</source>
        <translation>Inventory ledger</translation>
    </message>
    <message>
        <source>写入 %1 失败：%2</source>
        <translation>Failed to write %1: %2</translation>
    </message>
    <message>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>导出已取消</source>
        <translation>Export cancelled</translation>
    </message>
</context>
<context>
    <name>LedgerReport</name>
    <message>
        <source>%1 进销存台账 %2 至 %3（数量单位：最小单位）</source>
        <translation>%1 inventory ledger %2 to %3 (quantities in smallest units)</translation>
    </message>
    <message>
        <source>商品编码</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>有效期</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>每盒数量</source>
        <translation>Units per box</translation>
    </message>
    <message>
        <source>期初</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>入库合计</source>
        <translation>Total in</translation>
    </message>
    <message>
        <source>出库合计</source>
        <translation>Total out</translation>
    </message>
    <message>
        <source>期末</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>平</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>不平</source>
        <translation>Unbalanced</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>核对：全部 %1 行 期初 + 入库 − 出库 = 期末</source>
        <translation>Check: all %1 rows satisfy opening + in − out = closing</translation>
    </message>
    <message>
        <source>与账面不符（账面 %1）</source>
        <translation>differs from the books (books: %1)</translation>
    </message>
    <message>
        <source>%1 %2 批号 %3</source>
        <translation>%1 %2 batch %3</translation>
    </message>
    <message>
        <source>%1 期末 %2、账面 %3</source>
        <translation>%1 closing %2, books %3</translation>
    </message>
    <message>
        <source>核对：全部 %1 行 期初 + 入库 − 出库 = 期末，期末与账面结存一致</source>
        <translation>Check: all %1 rows satisfy opening + in − out = closing, and every closing equals the balance on the books</translation>
    </message>
    <message>
        <source>等，共 %1 行</source>
        <translation> and others, %1 rows in all</translation>
    </message>
    <message>
        <source>%1 行不平，请检查：%2%3</source>
        <translation>%1 rows do not balance, please check: %2%3</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 行期末与账面结存不符（库存余额或月末结存被改动，或数据库损坏；请运行 pharmapos verify）：%2%3</source>
        <translation>%1 rows&apos; closing differs from the balance on the books (a stock balance or a month-end closing was changed, or the database is damaged; run pharmapos verify): %2%3</translation>
    </message>
    <message>
        <source>核对：</source>
        <translation>Check: </translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>LpTransport</name>
    <message>
        <source>打不开打印机设备 %1：%2（打印机是否接通电源？用户是否在 lp 组？）</source>
        <translation>Cannot open printer device %1: %2 (is the printer switched on? is the user in the lp group?)</translation>
    </message>
    <message>
        <source>打印机设备 %1 未打开</source>
        <translation>Printer device %1 is not open</translation>
    </message>
    <message>
        <source>向 %1 写入失败：%2</source>
        <translation>Writing to %1 failed: %2</translation>
    </message>
    <message>
        <source>向 %1 写入未完成（%2 ms 内，已写 %3/%4 字节）</source>
        <translation>Writing to %1 did not complete (within %2 ms, %3/%4 bytes written)</translation>
    </message>
    <message>
        <source>读取 %1 失败：%2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>OpenCvFaceAnalyzer</name>
    <message>
        <source>无法加载人脸检测模型 %1（由 Debian 软件包 opencv-data 安装）</source>
        <translation>Cannot load the face detection model %1 (installed by the Debian package opencv-data)</translation>
    </message>
    <message>
        <source>人脸检测参数无效</source>
        <translation>Invalid face detection parameters</translation>
    </message>
    <message>
        <source>视频帧尺寸与数据不符（%1×%2，每行 %3 字节，共 %4 字节）</source>
        <translation>Video frame size does not match the data (%1×%2, %3 bytes per line, %4 bytes in total)</translation>
    </message>
    <message>
        <source>人脸分析失败：%1</source>
        <translation>Face analysis failed: %1</translation>
    </message>
</context>
<context>
    <name>OpenStore</name>
    <message>
        <source>无法创建密钥目录 %1</source>
        <translation>Cannot create the key folder %1</translation>
    </message>
    <message>
        <source>销售单 %1，处方 %2，扫码 %3</source>
        <translation>sales %1, prescriptions %2, scans %3</translation>
    </message>
    <message>
        <source>已加密原明文保存的个人信息：%1</source>
        <translation>Encrypted personal data that was stored in plain text: %1</translation>
    </message>
    <message>
        <source>需要 --user 账号（密码从标准输入读取）</source>
        <translation>--user ACCOUNT is required (the password is read from standard input)</translation>
    </message>
    <message>
        <source>%1 的密码：</source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>没有读到 %1 的密码</source>
        <translation>No password was read for %1</translation>
    </message>
</context>
<context>
    <name>OverlayPainter</name>
    <message>
        <source>收银台 %1</source>
        <translation>Till %1</translation>
    </message>
    <message>
        <source>结算单 %1</source>
        <translation>Settlement %1</translation>
    </message>
    <message>
        <source>…共 %1 项</source>
        <translation>…%1 items in all</translation>
    </message>
</context>
<context>
    <name>PaperPrescription</name>
    <message>
        <source>纸质处方缺少处方编号</source>
        <translation>The paper prescription has no prescription number</translation>
    </message>
    <message>
        <source>纸质处方缺少开方机构</source>
        <translation>The paper prescription has no prescribing institution</translation>
    </message>
    <message>
        <source>纸质处方缺少开方机构编码</source>
        <translation>The paper prescription has no prescribing institution code</translation>
    </message>
    <message>
        <source>纸质处方缺少开方医师</source>
        <translation>The paper prescription has no prescribing doctor</translation>
    </message>
    <message>
        <source>纸质处方缺少医师代码</source>
        <translation>The paper prescription has no doctor code</translation>
    </message>
    <message>
        <source>纸质处方缺少诊断编码</source>
        <translation>The paper prescription has no diagnosis code</translation>
    </message>
    <message>
        <source>纸质处方缺少诊断名称</source>
        <translation>The paper prescription has no diagnosis name</translation>
    </message>
    <message>
        <source>纸质处方缺少患者姓名</source>
        <translation>The paper prescription has no patient name</translation>
    </message>
    <message>
        <source>纸质处方缺少患者身份证号</source>
        <translation>The paper prescription has no patient ID number</translation>
    </message>
    <message>
        <source>开方机构编码 %1 只能由字母和数字组成</source>
        <translation>Institution code %1 may contain only letters and digits</translation>
    </message>
    <message>
        <source>患者身份证号 %1 不是有效的 18 位身份证号（校验位不符），请核对</source>
        <translation>Patient ID number %1 is not a valid 18-digit ID number (check digit does not match); please check it</translation>
    </message>
    <message>
        <source>纸质处方缺少开具时间</source>
        <translation>The paper prescription has no issue time</translation>
    </message>
    <message>
        <source>长期处方须填写用药天数</source>
        <translation>A long-term prescription must state the number of days of medication</translation>
    </message>
    <message>
        <source>纸质处方没有药品</source>
        <translation>The paper prescription has no drugs</translation>
    </message>
    <message>
        <source>（无药品名称）</source>
        <translation>(no drug name)</translation>
    </message>
    <message>
        <source>缺少药品名称</source>
        <translation>Drug name missing</translation>
    </message>
    <message>
        <source>没有医保药品编码，不能按医保处方录入</source>
        <translation>No insurance drug code, so it cannot be entered as an insurance prescription</translation>
    </message>
    <message>
        <source>数量应大于 0</source>
        <translation>The quantity must be greater than 0</translation>
    </message>
    <message>
        <source>缺少用法</source>
        <translation>Usage missing</translation>
    </message>
    <message>
        <source>缺少单次用量</source>
        <translation>Dose missing</translation>
    </message>
    <message>
        <source>缺少频次</source>
        <translation>Frequency missing</translation>
    </message>
    <message>
        <source>用药天数应大于 0</source>
        <translation>The number of days must be greater than 0</translation>
    </message>
    <message>
        <source>第 %1 行 %2：%3</source>
        <translation>Line %1 %2: %3</translation>
    </message>
    <message>
        <source>第 %1 行与第 %2 行是同一药品 %3（%4），请按处方核对后合为一行</source>
        <translation>Lines %1 and %2 are the same drug %3 (%4); check against the prescription and merge them into one line</translation>
    </message>
</context>
<context>
    <name>ParkedCart</name>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 等 %2 种</source>
        <translation>%1 and others, %2 products</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>挂单内容无法读取：%1</source>
        <translation>The parked cart cannot be read: %1</translation>
    </message>
    <message>
        <source>缺少挂单号、收银台或时间</source>
        <translation>park number, till or time missing</translation>
    </message>
    <message>
        <source>商品行数 %1 不在 1–%2 之间</source>
        <translation>%1 lines is not between 1 and %2</translation>
    </message>
    <message>
        <source>商品行不完整</source>
        <translation>a line is incomplete</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>读取 %1 的触发器</source>
        <translation>Reading the triggers of %1</translation>
    </message>
    <message>
        <source>无法开始事务</source>
        <translation>Cannot begin a transaction</translation>
    </message>
    <message>
        <source>读取明文个人信息</source>
        <translation>Reading plain-text personal data</translation>
    </message>
    <message>
        <source>含麻黄碱药品购买人身份证号（销售单）</source>
        <translation>ID numbers of ephedrine product buyers (sales)</translation>
    </message>
    <message>
        <source>处方内容与原件（患者姓名、身份证号、诊断）</source>
        <translation>Prescription content and originals (patient names, ID numbers, diagnoses)</translation>
    </message>
    <message>
        <source>扫码日志中的医保电子凭证与电子处方二维码</source>
        <translation>Medical insurance e-voucher and e-prescription QR codes in the scan journal</translation>
    </message>
    <message>
        <source>统计明文个人信息</source>
        <translation>Counting plain-text personal data</translation>
    </message>
    <message>
        <source>加密销售单 %1 的购买人身份证号</source>
        <translation>Encrypting the buyer&apos;s ID number of sale %1</translation>
    </message>
    <message>
        <source>清除销售单 %1 的明文身份证号</source>
        <translation>Clearing the plain-text ID number of sale %1</translation>
    </message>
    <message>
        <source>加密处方 %1</source>
        <translation>Encrypting prescription %1</translation>
    </message>
    <message>
        <source>清除处方 %1 的明文内容</source>
        <translation>Clearing the plain-text content of prescription %1</translation>
    </message>
    <message>
        <source>加密扫码日志</source>
        <translation>Encrypting the scan journal</translation>
    </message>
    <message>
        <source>清除扫码日志的明文内容</source>
        <translation>Clearing the plain-text content of the scan journal</translation>
    </message>
    <message>
        <source>保存销售单 %1 的购买人身份证号</source>
        <translation>Saving the buyer&apos;s ID number of sale %1</translation>
    </message>
    <message>
        <source>销售单 %1 的购买人身份证号无法解密：%2</source>
        <translation>The buyer&apos;s ID number of sale %1 cannot be decrypted: %2</translation>
    </message>
    <message>
        <source>保存处方 %1</source>
        <translation>Saving prescription %1</translation>
    </message>
    <message>
        <source>保存扫码日志</source>
        <translation>Saving the scan journal</translation>
    </message>
</context>
<context>
    <name>PersonalDataAccess</name>
    <message>
        <source>完整身份证号</source>
        <translation>the full ID number</translation>
    </message>
    <message>
        <source>完整姓名</source>
        <translation>the full name</translation>
    </message>
    <message>
        <source>完整电话号码</source>
        <translation>the full phone number</translation>
    </message>
    <message>
        <source>完整医保人员编号</source>
        <translation>the full insurance person number</translation>
    </message>
    <message>
        <source>完整卡号</source>
        <translation>the full card number</translation>
    </message>
    <message>
        <source>人脸图像</source>
        <translation>face images</translation>
    </message>
    <message>
        <source>结算录像</source>
        <translation>settlement recordings</translation>
    </message>
    <message>
        <source>患者签名</source>
        <translation>patient signatures</translation>
    </message>
    <message>
        <source>结算单</source>
        <translation>settlement statements</translation>
    </message>
    <message>
        <source>含麻黄碱药品购买登记</source>
        <translation>the ephedrine product purchase register</translation>
    </message>
    <message>
        <source>导出个人信息</source>
        <translation>export personal data</translation>
    </message>
    <message>
        <source>请先登录再查看%1</source>
        <translation>Please log in first to view %1</translation>
    </message>
    <message>
        <source>屏幕已锁定：解锁后才能查看%1</source>
        <translation>The screen is locked: unlock it to view %1</translation>
    </message>
    <message>
        <source>%1 %2 无权查看%3，只能看到遮蔽后的信息</source>
        <translation>%1 %2 may not view %3, only the masked information</translation>
    </message>
    <message>
        <source>无法记录审计日志，不显示%1：%2</source>
        <translation>Cannot write the audit log, so %1 is not shown: %2</translation>
    </message>
    <message>
        <source>（用途：%1）</source>
        <translation> (purpose: %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>无法记录审计日志，不导出个人信息：%1</source>
        <translation>Cannot write the audit log, so no personal data is exported: %1</translation>
    </message>
</context>
<context>
    <name>PlatformConfig</name>
    <message>
        <source>%1：[platform] %2 %3</source>
        <translation>%1: [platform] %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 不存在</source>
        <translation>%1 %2 does not exist</translation>
    </message>
    <message>
        <source>%1 %2 可被同组或其他用户读取，拒绝使用：请执行 chmod 600 %2，并确认属主是运行 PharmaPOS 的账户</source>
        <translation>%1 %2 can be read by its group or other users; refused: run chmod 600 %2 and make sure it is owned by the account that runs PharmaPOS</translation>
    </message>
    <message>
        <source>平台密钥文件</source>
        <translation>Platform secret file</translation>
    </message>
    <message>
        <source>无法读取平台密钥文件 %1</source>
        <translation>Cannot read the platform secret file %1</translation>
    </message>
    <message>
        <source>平台密钥文件 %1 格式错误</source>
        <translation>The platform secret file %1 is malformed</translation>
    </message>
    <message>
        <source>SM2 私钥文件</source>
        <translation>SM2 private key file</translation>
    </message>
    <message>
        <source>无法读取 SM2 私钥文件 %1</source>
        <translation>Cannot read the SM2 private key file %1</translation>
    </message>
    <message>
        <source>= “%1” 无效：须为 %2–%3 的整数</source>
        <translation>= “%1” is invalid: must be an integer from %2 to %3</translation>
    </message>
    <message>
        <source>= “%1” 无效，可用：off、https</source>
        <translation>= “%1” is invalid; allowed: off, https</translation>
    </message>
    <message>
        <source>必须是 https:// 地址（写的是“%1”）</source>
        <translation>must be an https:// address (it is “%1”)</translation>
    </message>
    <message>
        <source>须包含 {infno}</source>
        <translation>must contain {infno}</translation>
    </message>
    <message>
        <source>= “%1” 无效，可用：none、csb、tif、oauth2</source>
        <translation>= “%1” is invalid; allowed: none, csb, tif, oauth2</translation>
    </message>
    <message>
        <source>OAuth2 需要 https:// 令牌地址</source>
        <translation>OAuth2 needs an https:// token URL</translation>
    </message>
    <message>
        <source>= “%1” 无效，可用：on、off</source>
        <translation>= “%1” is invalid; allowed: on, off</translation>
    </message>
    <message>
        <source>%1 中没有可读的 CA 证书</source>
        <translation>%1 contains no readable CA certificate</translation>
    </message>
    <message>
        <source>无法读取 %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>不能小于 retry_min_ms</source>
        <translation>must not be less than retry_min_ms</translation>
    </message>
    <message>
        <source>须为 6 位行政区划代码</source>
        <translation>must be a 6-digit administrative division code</translation>
    </message>
    <message>
        <source>不是有效的正则表达式</source>
        <translation>is not a valid regular expression</translation>
    </message>
    <message>
        <source>未设置：认证方式 %1%2 需要密钥文件</source>
        <translation>not set: authentication %1%2 needs a secret file</translation>
    </message>
    <message>
        <source> 与国密加签</source>
        <translation> with national cryptography signing</translation>
    </message>
</context>
<context>
    <name>PlatformLink</name>
    <message>
        <source>未配置医保平台连接：在门店配置的 [platform] 中设置 link=https</source>
        <translation>No insurance platform link is configured: set link=https under [platform] in the store configuration</translation>
    </message>
</context>
<context>
    <name>PlatformQuery</name>
    <message>
        <source>平台查询 %1 被拒：%2</source>
        <translation>Platform query %1 refused: %2</translation>
    </message>
    <message>
        <source>平台签到被拒：%1</source>
        <translation>Platform sign-in refused: %1</translation>
    </message>
</context>
<context>
    <name>Postings</name>
    <message>
        <source>第 %1 行：批号 %2 已入库，有效期为 %3，与本次的 %4 不一致</source>
        <translation>Line %1: batch number %2 is already in stock with expiry date %3, which differs from %4 on this delivery</translation>
    </message>
    <message>
        <source>第 %1 行：追溯码 %2 已入库过（%3）：同一盒药只能验收一次</source>
        <translation>Line %1: trace code %2 has already been received (%3): a box can be received only once</translation>
    </message>
    <message>
        <source>购进验收</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>没有批次 %1</source>
        <translation>There is no batch %1</translation>
    </message>
    <message>
        <source>批次 %1 的商品不在商品档案中</source>
        <translation>The product of batch %1 is not in the product master</translation>
    </message>
    <message>
        <source>批次 %1 库存不足：现有 %2（最小单位），%3 %4</source>
        <translation>Not enough stock in batch %1: %2 (smallest unit) on hand, %3 %4</translation>
    </message>
    <message>
        <source>盘点单不存在</source>
        <translation>The stocktake sheet does not exist</translation>
    </message>
    <message>
        <source>盘点单 %1 已审核</source>
        <translation>Stocktake sheet %1 has already been approved</translation>
    </message>
    <message>
        <source>盘点单 %1 还有 %2 个批次未录入实盘数量，不能审核</source>
        <translation>Stocktake sheet %1 still has %2 batches without a counted quantity, so it cannot be approved</translation>
    </message>
    <message>
        <source>盘点单上的批次 %1 不在账上</source>
        <translation>Batch %1 on the stocktake sheet is not in the books</translation>
    </message>
    <message>
        <source>没有商品行的销售不能保存</source>
        <translation>A sale with no product lines cannot be saved</translation>
    </message>
    <message>
        <source>处方 %1 已于 %2 调配或结算（%3），不能再用：本单未保存</source>
        <translation>Prescription %1 was already dispensed or settled on %2 (%3) and cannot be used again: this sale was not saved</translation>
    </message>
    <message>
        <source>追溯码 %1 已随销售单 %2 售出，本单 %3 未保存</source>
        <translation>Traceability code %1 was already sold with sale %2; sale %3 not saved</translation>
    </message>
    <message>
        <source>零售</source>
        <translation>Retail sale</translation>
    </message>
    <message>
        <source>没有销售单 %1</source>
        <translation>There is no sale %1</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>处方内容不是 JSON 对象：%1</source>
        <translation>The prescription content is not a JSON object: %1</translation>
    </message>
    <message>
        <source>处方内容版本 %1 未知</source>
        <translation>Unknown prescription content version %1</translation>
    </message>
    <message>
        <source>处方内容缺少处方编号或开方时间</source>
        <translation>The prescription content has no prescription number or issue time</translation>
    </message>
    <message>
        <source>西药</source>
        <translation>Western medicine</translation>
    </message>
    <message>
        <source>中成药</source>
        <translation>Chinese patent medicine</translation>
    </message>
    <message>
        <source>中药饮片</source>
        <translation>Chinese herbal pieces</translation>
    </message>
    <message>
        <source>双通道</source>
        <translation>Dual-channel</translation>
    </message>
    <message>
        <source>门诊统筹</source>
        <translation>Outpatient pooled fund</translation>
    </message>
    <message>
        <source>职工医保</source>
        <translation>Employee medical insurance</translation>
    </message>
    <message>
        <source>居民医保</source>
        <translation>Resident medical insurance</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
</context>
<context>
    <name>PrescriptionDownloader</name>
    <message>
        <source>电子处方下载结果的 %1 %2</source>
        <translation>E-prescription download result: %1 %2</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>不是 yyyy-MM-dd HH:mm:ss 时间：%1</source>
        <translation>not a yyyy-MM-dd HH:mm:ss time: %1</translation>
    </message>
    <message>
        <source>应为正整数</source>
        <translation>must be a positive integer</translation>
    </message>
    <message>
        <source>%1 不等于开方时间加有效天数（%2）</source>
        <translation>%1 is not the issue time plus the validity days (%2)</translation>
    </message>
    <message>
        <source>未知：%1</source>
        <translation>unknown: %1</translation>
    </message>
    <message>
        <source>没有药品</source>
        <translation>no drugs</translation>
    </message>
    <message>
        <source>没有处方追溯码或处方编号</source>
        <translation>no prescription traceability code or prescription number</translation>
    </message>
    <message>
        <source>医保平台未返回处方 %1：%2</source>
        <translation>The insurance platform did not return prescription %1: %2</translation>
    </message>
</context>
<context>
    <name>PrescriptionFormatter</name>
    <message>
        <source>医保电子处方（%1）</source>
        <translation>Medical-insurance e-prescription (%1)</translation>
    </message>
    <message>
        <source>【补打】</source>
        <translation>[REPRINT]</translation>
    </message>
    <message>
        <source>开方机构：%1（%2）</source>
        <translation>Institution: %1 (%2)</translation>
    </message>
    <message>
        <source>处方编号：%1</source>
        <translation>Prescription No.: %1</translation>
    </message>
    <message>
        <source>开具时间：%1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>有效期至：%1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>类别：%1%2</source>
        <translation>Category: %1%2</translation>
    </message>
    <message>
        <source>  长期处方 %1 天</source>
        <translation>  Long-term prescription, %1 days</translation>
    </message>
    <message>
        <source>患者：%1  %2</source>
        <translation>Patient: %1  %2</translation>
    </message>
    <message>
        <source>身份证号：%1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <source>诊断：%1 %2</source>
        <translation>Diagnosis: %1 %2</translation>
    </message>
    <message>
        <source>   用法：%1 %2 %3 %4天</source>
        <translation>   Usage: %1 %2 %3 %4 days</translation>
    </message>
    <message>
        <source>开方医师：%1（%2）</source>
        <translation>Prescriber: %1 (%2)</translation>
    </message>
    <message>
        <source>审核药师：%1  执业药师注册证号：%2</source>
        <translation>Reviewed by: %1  Pharmacist reg. No.: %2</translation>
    </message>
    <message>
        <source>审核时间：%1  审核通过</source>
        <translation>Reviewed at: %1  Approved</translation>
    </message>
    <message>
        <source>长期处方超过 4 周，已经药师确认</source>
        <translation>Long-term prescription over 4 weeks, confirmed by the pharmacist</translation>
    </message>
    <message>
        <source>调配/核对：%1</source>
        <translation>Dispensed/checked by: %1</translation>
    </message>
    <message>
        <source>处方核验码（收银前扫描）</source>
        <translation>Prescription verification code (scan before checkout)</translation>
    </message>
    <message>
        <source>患者签字：________________</source>
        <translation>Patient signature: ________________</translation>
    </message>
    <message>
        <source>医保药师编码：%1</source>
        <translation>Insurance pharmacist code: %1</translation>
    </message>
</context>
<context>
    <name>PriceOverride</name>
    <message>
        <source>改价须写明理由（如 会员优惠、临期促销），理由会打印在小票上</source>
        <translation>A price change needs a reason (e.g. member discount, near expiry); it is printed on the receipt</translation>
    </message>
    <message>
        <source>改价理由最多 %1 个字（输入了 %2 个）</source>
        <translation>The reason is at most %1 characters (%2 typed)</translation>
    </message>
    <message>
        <source>改价后的单价须在 ¥0.01 到 ¥99,999.99 之间（输入的是 %1）</source>
        <translation>The new unit price must be ¥0.01 to ¥99,999.99 (typed: %1)</translation>
    </message>
    <message>
        <source>%1 改价 %2 高于原价 %3：须店长权限，请店长按 F2 介入</source>
        <translation>%1 at %2 is above its shelf price %3: a manager must step in (F2)</translation>
    </message>
    <message>
        <source>%1 原价 %2 改为 %3，让利 %4%，超出收银员可让利的 %5%：请店长按 F2 介入后再改</source>
        <translation>%1 from %2 to %3 takes off %4%, more than the %5% a cashier may: a manager must step in (F2) first</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>售价 %1</source>
        <translation>selling price %1</translation>
    </message>
    <message>
        <source>拆零售价折合每%1 %2</source>
        <translation>split-pack price equivalent to %2 per %1</translation>
    </message>
    <message>
        <source>%1 的%2高于%3价格上限 %4，不能保存或销售</source>
        <translation>%1: %2 is above the %3 price ceiling of %4, so it cannot be saved or sold</translation>
    </message>
    <message>
        <source>PRICE-CEILING: %1 的%2高于挂网参考价 %3，请核实</source>
        <translation>PRICE-CEILING: %1: %2 is above the listed reference price %3; please verify</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>缺纸</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>纸将尽</source>
        <translation>Paper low</translation>
    </message>
    <message>
        <source>纸仓盖打开</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>故障</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>状态未知（正在询问）</source>
        <translation>status unknown (asking)</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <source>打印机“%1”写法不对，可用：simulated、escpos-tcp:主机[:端口]、escpos-lp:/dev/usb/lp0、escpos-usb[:VID:PID]、cups:打印机名</source>
        <translation>Printer setting &quot;%1&quot; is not valid; allowed: simulated, escpos-tcp:HOST[:PORT], escpos-lp:/dev/usb/lp0, escpos-usb[:VID:PID], cups:PRINTER_NAME</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>电话号码</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>医保人员编号</source>
        <translation>Insurance person number</translation>
    </message>
    <message>
        <source>卡号</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>医保电子凭证令牌</source>
        <translation>Medical insurance e-voucher token</translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message>
        <source>用法：pharmapos privacy report | retention run [--dry-run]</source>
        <translation>Usage: pharmapos privacy report | retention run [--dry-run]</translation>
    </message>
    <message>
        <source>（无法统计：%1）</source>
        <translation>(cannot count: %1)</translation>
    </message>
    <message>
        <source>没有审计日志，不执行删除</source>
        <translation>No audit log; nothing deleted</translation>
    </message>
    <message>
        <source>保存期限检查（试运行，未删除任何数据）：%1</source>
        <translation>Retention check (dry run, nothing deleted): %1</translation>
    </message>
    <message>
        <source>保存期限清理：%1</source>
        <translation>Retention clean-up: %1</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>匿名化</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>%1（%2，保存 %3，法定最短 %4）：%5 %6 条</source>
        <translation>%1 (%2, kept %3, legal minimum %4): %5 %6</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>；未到期保留 %1 条，另有保全 %2 条</source>
        <translation>; %1 kept until due, %2 more under legal hold</translation>
    </message>
    <message>
        <source>；出错：%1</source>
        <translation>; error: %1</translation>
    </message>
    <message>
        <source>配置文件 %1 的 [retention]：%2</source>
        <translation>[retention] of configuration file %1: %2</translation>
    </message>
    <message>
        <source>用法：pharmapos privacy show 销售单号|处方号 --user 账号 [--purpose 查看原因]</source>
        <translation>Usage: pharmapos privacy show SALE_NO|RX_NO --user ACCOUNT [--purpose WHY]</translation>
    </message>
    <message>
        <source>命令行查看</source>
        <translation>viewed from the command line</translation>
    </message>
    <message>
        <source>：（无）</source>
        <translation>: (none)</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>销售单 %1</source>
        <translation>Sale %1</translation>
    </message>
    <message>
        <source>登记购买人身份证号（CTRL-EPHEDRINE）</source>
        <translation>Registered buyer ID number (CTRL-EPHEDRINE)</translation>
    </message>
    <message>
        <source>处方 %1</source>
        <translation>Prescription %1</translation>
    </message>
    <message>
        <source>患者姓名</source>
        <translation>Patient name</translation>
    </message>
    <message>
        <source>患者身份证号</source>
        <translation>Patient ID number</translation>
    </message>
    <message>
        <source>没有销售单或处方“%1”</source>
        <translation>No sale or prescription “%1”</translation>
    </message>
</context>
<context>
    <name>PrivacyReport</name>
    <message>
        <source>&lt;30 天</source>
        <translation>&lt;30 days</translation>
    </message>
    <message>
        <source>30–90 天</source>
        <translation>30–90 days</translation>
    </message>
    <message>
        <source>90 天–1 年</source>
        <translation>90 days–1 year</translation>
    </message>
    <message>
        <source>1–2 年</source>
        <translation>1–2 years</translation>
    </message>
    <message>
        <source>≥2 年</source>
        <translation>≥2 years</translation>
    </message>
    <message>
        <source>个人信息清单（%1）</source>
        <translation>Personal data inventory (%1)</translation>
    </message>
    <message>
        <source>类别 | 内容 | 条数 | 最早 | %1 | 保存期限（法定最短）</source>
        <translation>Category | Content | Count | Oldest | %1 | Retention (legal minimum)</translation>
    </message>
    <message>
        <source>%1 | %2 | 无法统计：%3</source>
        <translation>%1 | %2 | cannot count: %3</translation>
    </message>
    <message>
        <source>加密情况（当前密钥 %1）</source>
        <translation>Encryption (current key %1)</translation>
    </message>
    <message>
        <source>密钥 %1：%2 条</source>
        <translation>key %1: %2</translation>
    </message>
    <message>
        <source>无加密数据</source>
        <translation>no encrypted data</translation>
    </message>
    <message>
        <source>%1：%2；明文 %3 条%4</source>
        <translation>%1: %2; %3 in plain text%4</translation>
    </message>
    <message>
        <source>（需要迁移加密！）</source>
        <translation> (needs migrating to encryption!)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>PrivacyWiring</name>
    <message>
        <source>结算人脸图像</source>
        <translation>settlement face images</translation>
    </message>
    <message>
        <source>结算录像片段</source>
        <translation>settlement video segments</translation>
    </message>
    <message>
        <source>（备份）</source>
        <translation> (backup)</translation>
    </message>
    <message>
        <source>结算档案（备份）</source>
        <translation>settlement archive (backup)</translation>
    </message>
</context>
<context>
    <name>ProcessHygiene</name>
    <message>
        <source>无法检查 %1：%2</source>
        <translation>Cannot check %1: %2</translation>
    </message>
    <message>
        <source>无法收紧 %1 的权限：%2</source>
        <translation>Cannot tighten the permissions of %1: %2</translation>
    </message>
    <message>
        <source>无法关闭核心转储（RLIMIT_CORE）：%1</source>
        <translation>Cannot turn off core dumps (RLIMIT_CORE): %1</translation>
    </message>
    <message>
        <source>无法设置 PR_SET_DUMPABLE：%1</source>
        <translation>Cannot set PR_SET_DUMPABLE: %1</translation>
    </message>
    <message>
        <source>无法创建数据目录 %1</source>
        <translation>Cannot create data directory %1</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>处方药</source>
        <translation>Prescription drug (Rx)</translation>
    </message>
    <message>
        <source>甲类OTC</source>
        <translation>OTC class A</translation>
    </message>
    <message>
        <source>乙类OTC</source>
        <translation>OTC class B</translation>
    </message>
    <message>
        <source>西药</source>
        <translation>Western medicine</translation>
    </message>
    <message>
        <source>中成药</source>
        <translation>Chinese patent medicine</translation>
    </message>
    <message>
        <source>中药饮片</source>
        <translation>Chinese herbal pieces</translation>
    </message>
    <message>
        <source>国谈</source>
        <translation>Nationally negotiated</translation>
    </message>
    <message>
        <source>集采</source>
        <translation>Volume-based procurement</translation>
    </message>
    <message>
        <source>挂网</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>非医保</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>片</source>
        <translation>tablet</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>整盒售价</source>
        <translation>Box price</translation>
    </message>
    <message>
        <source>每板（拆零）售价</source>
        <translation>Price per strip (split pack)</translation>
    </message>
    <message>
        <source>每%1（拆零）售价</source>
        <translation>Price per %1 (split pack)</translation>
    </message>
    <message>
        <source>价格上限</source>
        <translation>Price ceiling</translation>
    </message>
    <message>
        <source>儿童专科用药</source>
        <translation>Pediatric specialty drug</translation>
    </message>
    <message>
        <source>含麻黄碱</source>
        <translation>Contains ephedrine</translation>
    </message>
    <message>
        <source>商品编码</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>通用名</source>
        <translation>Generic name</translation>
    </message>
    <message>
        <source>商品名</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>产地</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>生产厂商</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>剂型</source>
        <translation>Dosage form</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>医保药品编码</source>
        <translation>Insurance drug code</translation>
    </message>
    <message>
        <source>医保类别</source>
        <translation>Insurance category</translation>
    </message>
    <message>
        <source>GTIN 条码</source>
        <translation>GTIN barcode</translation>
    </message>
    <message>
        <source>药品本位码</source>
        <translation>Drug standard code</translation>
    </message>
    <message>
        <source>追溯码前缀</source>
        <translation>Traceability code prefix</translation>
    </message>
    <message>
        <source>处方分类</source>
        <translation>Rx class</translation>
    </message>
    <message>
        <source>药品类型</source>
        <translation>Drug type</translation>
    </message>
    <message>
        <source>储存条件</source>
        <translation>Storage conditions</translation>
    </message>
    <message>
        <source>包装单位</source>
        <translation>Packaging unit</translation>
    </message>
    <message>
        <source>每盒板数</source>
        <translation>Strips per box</translation>
    </message>
    <message>
        <source>每板片数</source>
        <translation>Tablets per strip</translation>
    </message>
    <message>
        <source>每板售价</source>
        <translation>Price per strip</translation>
    </message>
    <message>
        <source>每片售价</source>
        <translation>Price per tablet</translation>
    </message>
    <message>
        <source>“%1”%2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>cannot be empty</translation>
    </message>
    <message>
        <source>不能含空格，最长 32 个字符</source>
        <translation>must not contain spaces, at most 32 characters</translation>
    </message>
    <message>
        <source>不能为空：%1药品须有医保编码</source>
        <translation>cannot be empty: %1 drugs must have an insurance drug code</translation>
    </message>
    <message>
        <source>应为 10–30 位大写字母或数字</source>
        <translation>must be 10–30 uppercase letters or digits</translation>
    </message>
    <message>
        <source>应为 X 或 Z 开头的 23 位大写字母或数字</source>
        <translation>must be 23 uppercase letters or digits starting with X or Z</translation>
    </message>
    <message>
        <source>应为空：非医保药品不能带医保编码（SETTLE-LIST-ONLY）</source>
        <translation>must be empty: a drug not covered by medical insurance cannot have an insurance drug code (SETTLE-LIST-ONLY)</translation>
    </message>
    <message>
        <source>无效</source>
        <translation>is invalid</translation>
    </message>
    <message>
        <source>不能为负</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>不能为空：%1药品须有价格上限（PRICE-CEILING）</source>
        <translation>cannot be empty: %1 drugs must have a price ceiling (PRICE-CEILING)</translation>
    </message>
    <message>
        <source>应为 8、12、13 或 14 位数字</source>
        <translation>must be 8, 12, 13 or 14 digits</translation>
    </message>
    <message>
        <source>校验位错误</source>
        <translation>has a wrong check digit</translation>
    </message>
    <message>
        <source>应为 86 开头的 14 位数字</source>
        <translation>must be 14 digits starting with 86</translation>
    </message>
    <message>
        <source>应为 8 开头的 7 位数字（追溯码的前 7 位）</source>
        <translation>must be 7 digits starting with 8 (the first 7 digits of the traceability code)</translation>
    </message>
    <message>
        <source>至少为 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <source>必须大于 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>“商品编码”%1 已被其他商品使用：请修改该商品，或换一个编码</source>
        <translation>&quot;Product code&quot; %1 is already used by another product: change that product, or use a different code</translation>
    </message>
    <message>
        <source>商品档案中没有编号 %1 的商品</source>
        <translation>There is no product with ID %1 in the product master file</translation>
    </message>
    <message>
        <source>“商品编码”不能修改（%1 → %2）：它是商品的主键，请新建商品</source>
        <translation>&quot;Product code&quot; cannot be changed (%1 → %2): it is the product&apos;s key; create a new product instead</translation>
    </message>
    <message>
        <source>商品档案有 %1 处需要改正：%2</source>
        <translation>The product record has %1 problems to correct: %2</translation>
    </message>
    <message>
        <source>条码 %1 已登记在商品 %2 %3 上</source>
        <translation>Barcode %1 is already registered to product %2 %3</translation>
    </message>
    <message>
        <source>商品 %1 保存后读不到</source>
        <translation>Product %1 cannot be read back after saving</translation>
    </message>
    <message>
        <source>%1 %2 → %3（%4）</source>
        <translation>%1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>修改商品档案：%1</source>
        <translation>Product record changed: %1</translation>
    </message>
    <message>
        <source>新建商品档案</source>
        <translation>Product record created</translation>
    </message>
    <message>
        <source>商品 %1 已保存，但审计日志写入失败：%2</source>
        <translation>Product %1 saved, but writing the audit trail failed: %2</translation>
    </message>
</context>
<context>
    <name>PurchaseImport</name>
    <message>
        <source>到货单文件没有数据行</source>
        <translation>The delivery note file has no data rows</translation>
    </message>
    <message>
        <source>到货单缺少列“%1”</source>
        <translation>The delivery note is missing column &quot;%1&quot;</translation>
    </message>
    <message>
        <source>生产日期“%1”无法识别</source>
        <translation>Production date &quot;%1&quot; not recognized</translation>
    </message>
    <message>
        <source>有效期“%1”无法识别</source>
        <translation>Expiry date &quot;%1&quot; not recognized</translation>
    </message>
    <message>
        <source>数量“%1”不是整数</source>
        <translation>Quantity &quot;%1&quot; is not an integer</translation>
    </message>
    <message>
        <source>价格“%1”无法识别</source>
        <translation>Price &quot;%1&quot; not recognized</translation>
    </message>
    <message>
        <source>到货单没有可读的行</source>
        <translation>The delivery note has no readable lines</translation>
    </message>
    <message>
        <source>拒收：%1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>通过（%1）</source>
        <translation>Accepted (%1)</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>已入库 %1：%2 行</source>
        <translation>Received into stock %1: %2 lines</translation>
    </message>
    <message>
        <source>未入库：有行被拒收，整张到货单都没有导入。改正后重新导入。</source>
        <translation>Not received: some lines were rejected, so nothing from this delivery note was imported. Correct them and import again.</translation>
    </message>
    <message>
        <source>供货单位或购进日期与第 %1 行不同：一个文件只能是一张到货单</source>
        <translation>Supplier or purchase date differs from line %1: one file can hold only one delivery note</translation>
    </message>
    <message>
        <source>制表符分隔文本，编码 %1</source>
        <translation>tab-separated text, encoding %1</translation>
    </message>
    <message>
        <source>CSV，编码 %1</source>
        <translation>CSV, encoding %1</translation>
    </message>
    <message>
        <source>处方类别“%1”无法识别（处方药、甲类OTC、乙类OTC）</source>
        <translation>Prescription class “%1” not recognised (处方药, 甲类OTC, 乙类OTC)</translation>
    </message>
    <message>
        <source>到货单</source>
        <translation>delivery note</translation>
    </message>
    <message>
        <source>读取：%1，共 %2 行</source>
        <translation>Read: %1, %2 rows</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>组合支付</source>
        <translation>Split</translation>
    </message>
</context>
<context>
    <name>ReceiptFormatter</name>
    <message>
        <source>销售小票</source>
        <translation>SALES RECEIPT</translation>
    </message>
    <message>
        <source>【补打】</source>
        <translation>[REPRINT]</translation>
    </message>
    <message>
        <source>单号：%1</source>
        <translation>Sale No.: %1</translation>
    </message>
    <message>
        <source>时间：%1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>收银台：%1  收银员：%2</source>
        <translation>Till: %1  Cashier: %2</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>地址：%1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>电话：%1</source>
        <translation>Tel: %1</translation>
    </message>
    <message>
        <source>药品属特殊商品，非质量问题概不退换</source>
        <translation>Medicines are special goods: no returns or exchanges except for quality defects</translation>
    </message>
    <message>
        <source>请遵医嘱或按说明书使用</source>
        <translation>Use as directed by your doctor or the package insert</translation>
    </message>
    <message>
        <source>处方号：%1</source>
        <translation>Prescription no.: %1</translation>
    </message>
    <message>
        <source>[Rx] 为处方药，凭执业药师审核的处方调配</source>
        <translation>[Rx] is a prescription drug, dispensed against a prescription reviewed by a licensed pharmacist</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>医保结算（见医保结算单）</source>
        <translation>Insured settlement (see the settlement slip)</translation>
    </message>
    <message>
        <source>  订单号 %1</source>
        <translation>  Order %1</translation>
    </message>
    <message>
        <source>  参考号 %1</source>
        <translation>  Ref. %1</translation>
    </message>
    <message>
        <source>  生产厂商：%1</source>
        <translation>  Maker: %1</translation>
    </message>
    <message>
        <source>  批号 %1</source>
        <translation>  Batch %1</translation>
    </message>
    <message>
        <source>有效期至 %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>规格：%1  %2</source>
        <translation>Strength: %1  %2</translation>
    </message>
    <message>
        <source>数量：%1%2</source>
        <translation>Quantity: %1 %2</translation>
    </message>
    <message>
        <source>生产厂商：%1</source>
        <translation>Maker: %1</translation>
    </message>
    <message>
        <source>批号：%1</source>
        <translation>Batch: %1</translation>
    </message>
    <message>
        <source>有效期至：%1</source>
        <translation>Expires: %1</translation>
    </message>
    <message>
        <source>拆零日期：%1</source>
        <translation>Opened: %1</translation>
    </message>
    <message>
        <source>用法用量：____________________</source>
        <translation>Dosage: ____________________</translation>
    </message>
    <message>
        <source>请按医嘱或说明书服用，放在儿童拿不到的地方</source>
        <translation>Take as prescribed or as the leaflet says; keep out of reach of children</translation>
    </message>
    <message>
        <source>单号 %1</source>
        <translation>Sale %1</translation>
    </message>
    <message>
        <source>  原价 %1  改价：%2</source>
        <translation>  Shelf price %1  changed: %2</translation>
    </message>
    <message>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>改价加价</source>
        <translation>Price raised</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <source>购进记录缺少“%1”</source>
        <translation>The purchase record is missing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>通用名称</source>
        <translation>Generic name</translation>
    </message>
    <message>
        <source>产地</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>生产厂商</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>剂型</source>
        <translation>Dosage form</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>生产日期</source>
        <translation>Production date</translation>
    </message>
    <message>
        <source>有效期</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>价格不能为负</source>
        <translation>The price cannot be negative</translation>
    </message>
    <message>
        <source>医保药品编码</source>
        <translation>Insurance drug code</translation>
    </message>
    <message>
        <source>医保药品编码 %1 与商品档案的 %2 不一致</source>
        <translation>Insurance drug code %1 does not match %2 in the product master file</translation>
    </message>
    <message>
        <source>通用名称“%1”与商品档案“%2”不一致</source>
        <translation>Generic name &quot;%1&quot; does not match &quot;%2&quot; in the product master file</translation>
    </message>
    <message>
        <source>药品追溯码</source>
        <translation>Drug traceability code</translation>
    </message>
    <message>
        <source>追溯码数量 %1 与到货数量 %2 盒不符：每盒一个追溯码</source>
        <translation>%1 traceability codes do not match the %2 boxes delivered: one traceability code per box</translation>
    </message>
    <message>
        <source>追溯码 %1 不是 20 位、以 8 开头的数字</source>
        <translation>Traceability code %1 is not a 20-digit number starting with 8</translation>
    </message>
    <message>
        <source>追溯码 %1 在本行重复</source>
        <translation>Traceability code %1 appears more than once in this line</translation>
    </message>
    <message>
        <source>有效期 %1 不晚于生产日期 %2</source>
        <translation>Expiry date %1 is not later than production date %2</translation>
    </message>
    <message>
        <source>生产日期 %1 晚于今天</source>
        <translation>Production date %1 is later than today</translation>
    </message>
    <message>
        <source>批号 %1 已于 %2 过期，不得验收入库</source>
        <translation>Batch number %1 expired on %2 and must not be received into stock</translation>
    </message>
    <message>
        <source>INV-EXPIRY: %1 批号 %2 近效期：%3 到期，仅剩 %4 天</source>
        <translation>INV-EXPIRY: %1 batch number %2 is near expiry: it expires on %3, only %4 days left</translation>
    </message>
    <message>
        <source>到货单的处方类别“%1”与商品档案的“%2”不一致：请先核对并修改商品档案</source>
        <translation>The delivery note&apos;s prescription class “%1” differs from the product master&apos;s “%2”: check and correct the product master first</translation>
    </message>
</context>
<context>
    <name>ReceivingDraft</name>
    <message>
        <source>无法识别的条码 %1：%2</source>
        <translation>Unrecognized barcode %1: %2</translation>
    </message>
    <message>
        <source>条码 %1 不在商品档案中：请先在“商品档案”建档</source>
        <translation>Barcode %1 is not in the product master file: create it in &quot;Product master&quot; first</translation>
    </message>
    <message>
        <source>%1：已扫 %2 盒</source>
        <translation>%1: %2 boxes scanned</translation>
    </message>
    <message>
        <source>（注意：%1）</source>
        <translation> (note: %1)</translation>
    </message>
    <message>
        <source>%1 %2：请录入批号、日期、数量和价格，再逐盒扫追溯码</source>
        <translation>%1 %2: enter the batch number, dates, quantity and price, then scan the traceability code of each box</translation>
    </message>
    <message>
        <source>当前行已为 %1 扫了 %2 个追溯码：请先加入单据或清除这些码，再换商品</source>
        <translation>The current line already has %2 traceability codes scanned for %1: add the line to the document or clear these codes before changing product</translation>
    </message>
    <message>
        <source>请先扫商品条码或选择商品，再逐盒扫追溯码</source>
        <translation>Scan a product barcode or select a product first, then scan the traceability code of each box</translation>
    </message>
    <message>
        <source>追溯码 %1 不是 20 位、以 8 开头的数字</source>
        <translation>Traceability code %1 is not a 20-digit number starting with 8</translation>
    </message>
    <message>
        <source>追溯码 %1 在当前行已扫过：同一盒只能扫一次</source>
        <translation>Traceability code %1 was already scanned on the current line: each box can be scanned only once</translation>
    </message>
    <message>
        <source>追溯码 %1 已在本到货单第 %2 行：同一盒只能验收一次</source>
        <translation>Traceability code %1 is already on line %2 of this delivery note: each box can be received only once</translation>
    </message>
    <message>
        <source>追溯码 %1 已入库过：同一盒药只能验收一次</source>
        <translation>Traceability code %1 has already been received: each box can only be received once</translation>
    </message>
    <message>
        <source>追溯码前 7 位 %1 与商品档案的前缀 %2 不同，请核对这盒是否为 %3</source>
        <translation>The first 7 digits %1 of the traceability code differ from the prefix %2 in the product master file; check whether this box is really %3</translation>
    </message>
    <message>
        <source>请先扫商品条码或选择商品</source>
        <translation>Scan a product barcode or select a product first</translation>
    </message>
</context>
<context>
    <name>ReceivingForm</name>
    <message>
        <source>批号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>生产日期</source>
        <translation>Production date</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>进价（元/盒）</source>
        <translation>Purchase price (CNY/box)</translation>
    </message>
    <message>
        <source>通用名称</source>
        <translation>Generic name</translation>
    </message>
    <message>
        <source>生产厂商/产地</source>
        <translation>Manufacturer/origin</translation>
    </message>
    <message>
        <source>剂型</source>
        <translation>Dosage form</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>医保药品编码</source>
        <translation>Insurance drug code</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>商品</source>
        <translation>product</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>price</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 本店 %2 / 平台 %3</source>
        <translation>%1 store %2 / platform %3</translation>
    </message>
    <message>
        <source>追溯码 本店 %1 / 平台 %2</source>
        <translation>trace codes store %1 / platform %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>3511 销售</source>
        <translation>3511 sales</translation>
    </message>
    <message>
        <source>平台缺少</source>
        <translation>missing on the platform</translation>
    </message>
    <message>
        <source>平台多出</source>
        <translation>extra on the platform</translation>
    </message>
    <message>
        <source>内容不符</source>
        <translation>content differs</translation>
    </message>
    <message>
        <source>尚未上传</source>
        <translation>not uploaded yet</translation>
    </message>
    <message>
        <source>平台拒收</source>
        <translation>refused by the platform</translation>
    </message>
    <message>
        <source>库存不符</source>
        <translation>stock differs</translation>
    </message>
    <message>
        <source>平台缺少追溯码</source>
        <translation>trace code missing on the platform</translation>
    </message>
    <message>
        <source>平台多出追溯码</source>
        <translation>extra trace code on the platform</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>对账一致（%1）：销售记录 %2 条、追溯码 %3 个、商品库存 %4 种，与平台相同</source>
        <translation>Reconciliation matches (%1): %2 sales records, %3 trace codes and stock of %4 products are the same as the platform&apos;s</translation>
    </message>
    <message>
        <source>对账（%1）发现 %2 处差异，其中 %3 处需要核查</source>
        <translation>Reconciliation (%1) found %2 differences, %3 of which need checking</translation>
    </message>
    <message>
        <source>%1 %2 还在上传队列中（%3）</source>
        <translation>%1 %2 is still in the upload queue (%3)</translation>
    </message>
    <message>
        <source>%1 %2 被平台拒收：%3</source>
        <translation>%1 %2 was refused by the platform: %3</translation>
    </message>
    <message>
        <source>%1 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 已上传成功，平台却没有</source>
        <translation>%1 %2 was uploaded successfully, but the platform does not have it</translation>
    </message>
    <message>
        <source>平台有 %1 记录（%2 %3 件，%4），本店没有</source>
        <translation>The platform has a %1 record (%2 %3 pieces, %4) that the store does not have</translation>
    </message>
    <message>
        <source>3513 追溯码</source>
        <translation>3513 trace codes</translation>
    </message>
    <message>
        <source>随 %1 售出，平台未登记为已售</source>
        <translation>sold with %1, but the platform does not record it as sold</translation>
    </message>
    <message>
        <source>平台登记为已售，本店没有这笔销售</source>
        <translation>the platform records it as sold, but the store has no such sale</translation>
    </message>
    <message>
        <source>3508 库存</source>
        <translation>3508 stock</translation>
    </message>
    <message>
        <source>待上传的记录将使库存变动 %1</source>
        <translation>records waiting for upload will change the stock by %1</translation>
    </message>
    <message>
        <source>%1：本店已上传记录合计 %2，平台 %3</source>
        <translation>%1: the store&apos;s uploaded records total %2, the platform %3</translation>
    </message>
    <message>
        <source>金额不符</source>
        <translation>amounts differ</translation>
    </message>
    <message>
        <source>平台有、本店无</source>
        <translation>on the platform, not in the store</translation>
    </message>
    <message>
        <source>本店有、平台无</source>
        <translation>in the store, not on the platform</translation>
    </message>
    <message>
        <source>对总账（3201）应答缺少对账结果 stmt_rslt</source>
        <translation>The totals reconciliation (3201) answer lacks the result stmt_rslt</translation>
    </message>
    <message>
        <source>对总账（3201）应答的 %1 不是金额</source>
        <translation>The totals reconciliation (3201) answer&apos;s %1 is not an amount</translation>
    </message>
    <message>
        <source>对总账（3201）应答的结算笔数无效</source>
        <translation>The totals reconciliation (3201) answer&apos;s settlement count is invalid</translation>
    </message>
    <message>
        <source>对明细账（3202）应答缺少明细 detail</source>
        <translation>The detail reconciliation (3202) answer lacks the detail</translation>
    </message>
    <message>
        <source>对明细账（3202）应答的对账结果“%1”无效</source>
        <translation>The detail reconciliation (3202) answer&apos;s result “%1” is invalid</translation>
    </message>
    <message>
        <source>%1 笔，医疗费总额 %2，统筹 %3，个人账户 %4</source>
        <translation>%1 settlement(s), medical costs %2, fund %3, personal account %4</translation>
    </message>
    <message>
        <source>医保对账 %1：%2</source>
        <translation>Insurance reconciliation %1: %2</translation>
    </message>
    <message>
        <source>平</source>
        <translation>balanced</translation>
    </message>
    <message>
        <source>不平</source>
        <translation>not balanced</translation>
    </message>
    <message>
        <source>  本店：%1</source>
        <translation>  Store: %1</translation>
    </message>
    <message>
        <source>  平台：%1</source>
        <translation>  Platform: %1</translation>
    </message>
    <message>
        <source>  %1 setl_id %2%3：本店 %4/%5/%6，平台 %7/%8/%9</source>
        <translation>  %1 setl_id %2%3: store %4/%5/%6, platform %7/%8/%9</translation>
    </message>
    <message>
        <source>（结算单 %1）</source>
        <translation> (settlement %1)</translation>
    </message>
    <message>
        <source>  明细逐笔相符，差异在总账：请联系医保经办机构核对</source>
        <translation>  Every settlement matches; the difference is in the totals: please check with the insurance office</translation>
    </message>
</context>
<context>
    <name>RecordSealer</name>
    <message>
        <source>签名/校验码不符：%1</source>
        <translation>Signature/check code mismatch: %1</translation>
    </message>
    <message>
        <source>无法计算校验码：%1</source>
        <translation>Cannot compute the check code: %1</translation>
    </message>
    <message>
        <source>不是校验码</source>
        <translation>not a check code</translation>
    </message>
    <message>
        <source>校验码由密钥 %1 生成，本店已没有这个密钥</source>
        <translation>the check code was made with key %1, which this store no longer has</translation>
    </message>
    <message>
        <source>内容或用途与校验码不符</source>
        <translation>the content or purpose does not match the check code</translation>
    </message>
    <message>
        <source>签名失败：%1</source>
        <translation>Signing failed: %1</translation>
    </message>
    <message>
        <source>不是签名</source>
        <translation>not a signature</translation>
    </message>
    <message>
        <source>签名密钥 %1 不在本店的密钥中</source>
        <translation>the signing key %1 is not among this store&apos;s keys</translation>
    </message>
    <message>
        <source>内容或用途与签名不符</source>
        <translation>the content or purpose does not match the signature</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>人脸图像</source>
        <translation>Face images</translation>
    </message>
    <message>
        <source>结算录像</source>
        <translation>Settlement recordings</translation>
    </message>
    <message>
        <source>现金销售中的个人信息</source>
        <translation>Personal data in cash sales</translation>
    </message>
    <message>
        <source>含麻黄碱药品购买登记</source>
        <translation>Ephedrine product purchase register</translation>
    </message>
    <message>
        <source>处方档案</source>
        <translation>Prescription records</translation>
    </message>
    <message>
        <source>结算档案</source>
        <translation>Settlement records</translation>
    </message>
    <message>
        <source>扫码日志中的凭证内容</source>
        <translation>Voucher content in the scan journal</translation>
    </message>
    <message>
        <source>保存期限“%1”无法识别：应写成 90d、6m 或 2y（天、月、年）</source>
        <translation>Retention period “%1” not recognised: write 90d, 6m or 2y (days, months, years)</translation>
    </message>
    <message>
        <source>保存期限“%1”超过 100 年</source>
        <translation>Retention period “%1” is over 100 years</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 个月</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>[retention] 中没有 %1 这一项（可用：%2）</source>
        <translation>[retention] has no item %1 (available: %2)</translation>
    </message>
    <message>
        <source>[retention] %1：%2</source>
        <translation>[retention] %1: %2</translation>
    </message>
    <message>
        <source>%1 的保存期限 %2 短于法定最短期限 %3（%4），不能采用</source>
        <translation>The retention period %2 of %1 is shorter than the legal minimum %3 (%4) and cannot be used</translation>
    </message>
    <message>
        <source>未知的个人信息类别</source>
        <translation>unknown category of personal data</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>匿名化</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>%1 %2 条（保存期限 %3，截止 %4）</source>
        <translation>%1 %2 (retention %3, cut-off %4)</translation>
    </message>
    <message>
        <source>；出错：%1</source>
        <translation>; error: %1</translation>
    </message>
    <message>
        <source>已处理，但无法写入审计日志：%1</source>
        <translation>Done, but it could not be written to the audit log: %1</translation>
    </message>
</context>
<context>
    <name>ReturnService</name>
    <message>
        <source>退货须填写原因</source>
        <translation>A return must state a reason</translation>
    </message>
    <message>
        <source>请给出要退货的销售单号</source>
        <translation>Please give the number of the sale to return</translation>
    </message>
    <message>
        <source>销售单 %1 全单退货：%2</source>
        <translation>Whole sale %1 returned: %2</translation>
    </message>
    <message>
        <source>销售单 %1 是医保结算的销售：须原路退回医保（2103），不能按现金退货（REFUND-ORIGINAL）；请用 pharmapos settle refund 结算单号</source>
        <translation>Sale %1 was paid by insured settlement: it must go back through the insurance (2103), not as a cash return (REFUND-ORIGINAL); use pharmapos settle refund SETTLEMENT_NO</translation>
    </message>
</context>
<context>
    <name>RxRules</name>
    <message>
        <source>处方状态为“%1”，不能取药结算（开具于 %2）</source>
        <translation>The prescription status is &quot;%1&quot;, so it cannot be dispensed or settled (issued %2)</translation>
    </message>
    <message>
        <source>处方 %1 没有开具时间</source>
        <translation>Prescription %1 has no issue time</translation>
    </message>
    <message>
        <source>处方已超过%1天有效期（开具于 %2，已于 %3 失效）</source>
        <translation>The prescription is past its %1-day validity (issued %2, expired %3)</translation>
    </message>
    <message>
        <source>处方开具时间 %1 晚于当前时间 %2，请核对处方或本机时间</source>
        <translation>Prescription issue time %1 is later than the current time %2; check the prescription or this computer&apos;s clock</translation>
    </message>
    <message>
        <source>已在本店结算</source>
        <translation>already settled in this store</translation>
    </message>
    <message>
        <source>医保平台显示已结算</source>
        <translation>shown as settled by the insurance platform</translation>
    </message>
    <message>
        <source>处方 %1 %2（%3，单号 %4），每张处方只能结算一次</source>
        <translation>Prescription %1 %2 (%3, No. %4); each prescription can be settled only once</translation>
    </message>
    <message>
        <source>医保结算只能包含处方上的药品，以下药品不在处方 %1 上，请另开一单：%2</source>
        <translation>An insurance settlement may contain only the drugs on the prescription; these drugs are not on prescription %1, ring them up in a separate sale: %2</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>中药饮片与西药、中成药必须分开开具处方：处方 %1 类别为%2，中药饮片：%3；西药/中成药：%4</source>
        <translation>Chinese herbal pieces must be prescribed separately from Western and Chinese patent medicines: prescription %1 is in category %2; herbal pieces: %3; Western/patent medicines: %4</translation>
    </message>
    <message>
        <source>%1 天（约 %2 周）</source>
        <translation>%1 days (about %2 weeks)</translation>
    </message>
    <message>
        <source>处方用药 %1，超过长期处方最长 12 周的限制，不能调配</source>
        <translation>Prescription covers %1, beyond the 12-week limit for long-term prescriptions; cannot be dispensed</translation>
    </message>
    <message>
        <source>处方用药 %1，超过 4 周，须执业药师审核时明确确认后方可调配</source>
        <translation>Prescription covers %1, more than 4 weeks: the licensed pharmacist must explicitly confirm this during review before it can be dispensed</translation>
    </message>
    <message>
        <source>职工门诊统筹处方不得开具儿童专科用药：%1</source>
        <translation>Employee outpatient pooled-fund prescriptions must not include pediatric specialty drugs: %1</translation>
    </message>
    <message>
        <source>缺少 %1（处方 %2%3）</source>
        <translation>%1 missing (prescription: %2 %3)</translation>
    </message>
    <message>
        <source>%1 数量不符（处方 %2，实际 %3）</source>
        <translation>%1 quantity does not match (prescription %2, actual %3)</translation>
    </message>
    <message>
        <source>处方外药品 %1（%2）</source>
        <translation>Drug not on the prescription: %1 (%2)</translation>
    </message>
    <message>
        <source>购药与处方 %1 不一致，不能收款：%2</source>
        <translation>The items do not match prescription %1; cannot take payment: %2</translation>
    </message>
    <message>
        <source>含麻黄碱类复方制剂每次最多销售 %1 个最小包装，本单 %2 个：%3</source>
        <translation>At most %1 smallest packs of ephedrine-containing compound preparations may be sold per sale; this sale has %2: %3</translation>
    </message>
    <message>
        <source>销售含麻黄碱类复方制剂（%1）须查验并登记购买人身份证号</source>
        <translation>Selling an ephedrine-containing compound preparation (%1) requires checking and recording the buyer&apos;s ID number</translation>
    </message>
    <message>
        <source>购买人身份证号 %1 不正确（应为18位，校验位正确），请重新登记</source>
        <translation>Buyer ID number %1 is not valid (must be 18 characters with a correct check digit); please record it again</translation>
    </message>
    <message>
        <source>第 %1 行 %2</source>
        <translation>Line %1 %2</translation>
    </message>
    <message>
        <source>%1 是处方药，须凭执业药师审核通过的处方销售（%2）：请先关联处方（F7）</source>
        <translation>%1 is a prescription drug and is sold only against a prescription approved by a licensed pharmacist (%2): please link a prescription first (F7)</translation>
    </message>
</context>
<context>
    <name>RxSettlementGate</name>
    <message>
        <source>未关联处方</source>
        <translation>No prescription linked</translation>
    </message>
    <message>
        <source>已关联处方</source>
        <translation>Prescription linked</translation>
    </message>
    <message>
        <source>处方规则已通过</source>
        <translation>Prescription rules passed</translation>
    </message>
    <message>
        <source>药师已审核签名</source>
        <translation>Reviewed and signed by pharmacist</translation>
    </message>
    <message>
        <source>处方待打印确认</source>
        <translation>Prescription print awaiting confirmation</translation>
    </message>
    <message>
        <source>处方已打印确认</source>
        <translation>Prescription print confirmed</translation>
    </message>
    <message>
        <source>允许医保刷卡</source>
        <translation>Insurance card payment allowed</translation>
    </message>
    <message>
        <source>关联处方</source>
        <translation>link a prescription</translation>
    </message>
    <message>
        <source>校验处方规则</source>
        <translation>check the prescription rules</translation>
    </message>
    <message>
        <source>确认药师审核</source>
        <translation>confirm the pharmacist review</translation>
    </message>
    <message>
        <source>打印处方</source>
        <translation>print the prescription</translation>
    </message>
    <message>
        <source>补打处方</source>
        <translation>reprint the prescription</translation>
    </message>
    <message>
        <source>扫描核验码</source>
        <translation>scan the verification code</translation>
    </message>
    <message>
        <source>开放医保刷卡</source>
        <translation>allow insurance card payment</translation>
    </message>
    <message>
        <source>取消处方结算</source>
        <translation>cancel the prescription settlement</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>当前为“%1”，不能%2</source>
        <translation>Current state is &quot;%1&quot;: cannot %2</translation>
    </message>
    <message>
        <source>没有处方 %1，请先下载或录入处方</source>
        <translation>There is no prescription %1; download or enter the prescription first</translation>
    </message>
    <message>
        <source>调配处方和医保结算</source>
        <translation>dispense prescriptions and settle with medical insurance</translation>
    </message>
    <message>
        <source>%1 %2，患者 %3</source>
        <translation>%1 %2, patient %3</translation>
    </message>
    <message>
        <source>处方 %1 的内容在关联后已变化，请取消后重新关联并审核</source>
        <translation>The content of prescription %1 has changed since it was linked; cancel, then link and review it again</translation>
    </message>
    <message>
        <source>执业药师 %1 证号 %2 于 %3 审核通过</source>
        <translation>Approved by licensed pharmacist %1, reg. No. %2, at %3</translation>
    </message>
    <message>
        <source>处方未打印：%1。医保刷卡保持锁定，排除故障后请重新打印</source>
        <translation>Prescription not printed: %1. Insurance card payment stays locked; fix the problem and print again</translation>
    </message>
    <message>
        <source>补打，旧核验码作废</source>
        <translation>Reprint; the old verification code is void</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>处方打印失败：%1。医保刷卡保持锁定，排除故障后请补打</source>
        <translation>Prescription printing failed: %1. Insurance card payment stays locked; fix the problem and reprint</translation>
    </message>
    <message>
        <source>打印机确认出纸，作业 %1</source>
        <translation>Printer confirmed the printout, job %1</translation>
    </message>
    <message>
        <source>打印机无法确认出纸</source>
        <translation>The printer cannot confirm the printout</translation>
    </message>
    <message>
        <source>打印机未报告确认结果</source>
        <translation>The printer did not report a confirmation</translation>
    </message>
    <message>
        <source>%1：请扫描处方上的核验码确认打印，确认前医保刷卡保持锁定</source>
        <translation>%1: scan the verification code on the prescription to confirm the printout; insurance card payment stays locked until then</translation>
    </message>
    <message>
        <source>没有待核验的处方打印（%1），请补打</source>
        <translation>No prescription printout awaiting verification (%1); please reprint</translation>
    </message>
    <message>
        <source>扫描核验码确认出纸</source>
        <translation>Printout confirmed by scanning the verification code</translation>
    </message>
    <message>
        <source>扫描内容不是处方核验码</source>
        <translation>The scan is not a prescription verification code</translation>
    </message>
    <message>
        <source>核验码属于处方 %1，不是本处方 %2</source>
        <translation>The verification code belongs to prescription %1, not to this prescription %2</translation>
    </message>
    <message>
        <source>核验码已作废（补打后旧码失效）或不正确，请扫描最新打印的处方</source>
        <translation>The verification code is void (old codes lapse after a reprint) or incorrect; scan the most recently printed prescription</translation>
    </message>
    <message>
        <source>医保结算</source>
        <translation>settle with medical insurance</translation>
    </message>
    <message>
        <source>处方 %1 已打印确认，可以刷医保卡</source>
        <translation>Prescription %1 print confirmed: the insurance card can be used</translation>
    </message>
    <message>
        <source>未说明原因</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>取消：%1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>处方 %1 %2，%3被拒绝：处方打印确认前医保刷卡已锁定</source>
        <translation>Prescription %1 (%2): %3 refused — insurance card payment is locked until the prescription printout is confirmed</translation>
    </message>
    <message>
        <source>未关联处方，%1被拒绝：医保刷卡已锁定</source>
        <translation>No prescription linked: %1 refused — insurance card payment is locked</translation>
    </message>
    <message>
        <source>读卡</source>
        <translation>Card read</translation>
    </message>
    <message>
        <source>读卡：%1</source>
        <translation>Card read: %1</translation>
    </message>
    <message>
        <source>扫医保电子凭证</source>
        <translation>Medical-insurance e-voucher scan</translation>
    </message>
    <message>
        <source>医保电子凭证内容为空，请重新扫描</source>
        <translation>The medical-insurance e-voucher is empty; please scan again</translation>
    </message>
    <message>
        <source>读卡器上的医保卡</source>
        <translation>Insurance card on the reader</translation>
    </message>
    <message>
        <source>读卡器检测到医保卡，可以读卡</source>
        <translation>The reader has detected an insurance card: ready to read</translation>
    </message>
    <message>
        <source>处方正在打印，请等打印机回报结果后再决定是否补打</source>
        <translation>The prescription is printing; wait for the printer to report the result before deciding whether to reprint</translation>
    </message>
    <message>
        <source>处方 %1 正在打印，等待打印机确认；确认前医保刷卡保持锁定</source>
        <translation>Prescription %1 is printing, waiting for the printer to confirm; insurance card payment stays locked until then</translation>
    </message>
    <message>
        <source>打印作业在处方取消后才结束（%1），不改变闸门</source>
        <translation>The print job finished only after the prescription was cancelled (%1); the gate is unchanged</translation>
    </message>
    <message>
        <source>处方闸门状态已变更，但未能写入审计日志：%1</source>
        <translation>The prescription gate changed state, but it could not be written to the audit log: %1</translation>
    </message>
    <message>
        <source>本单当前为“%1”，不能关联处方</source>
        <translation>This sale is “%1” and cannot be linked to a prescription</translation>
    </message>
    <message>
        <source>规则检查</source>
        <translation>rule check</translation>
    </message>
    <message>
        <source>%1 行，购物车自此即处方，不能再改</source>
        <translation>%1 lines; from now on the cart is the prescription and cannot change</translation>
    </message>
    <message>
        <source>本单结束（%1），处方与本单一同结束</source>
        <translation>The sale ended (%1); the prescription ends with it</translation>
    </message>
    <message>
        <source>本单未关联处方</source>
        <translation>this sale is not linked to a prescription</translation>
    </message>
    <message>
        <source>处方 %1 关联的是另一单销售</source>
        <translation>prescription %1 is linked to another sale</translation>
    </message>
    <message>
        <source>处方 %1 尚未经药师审核签名（当前：%2）</source>
        <translation>prescription %1 has not been reviewed and signed by the pharmacist yet (now: %2)</translation>
    </message>
    <message>
        <source>购物车已不是药师审核通过的处方 %1</source>
        <translation>the cart is no longer prescription %1 as the pharmacist approved it</translation>
    </message>
    <message>
        <source>调配处方</source>
        <translation>dispense prescriptions</translation>
    </message>
    <message>
        <source>处方 %1 关联的销售已结束，%2被拒绝：请重新关联处方</source>
        <translation>The sale linked to prescription %1 has ended, so %2 is refused: link the prescription again</translation>
    </message>
    <message>
        <source>购物车已不是规则检查通过时的处方 %1，%2被拒绝：请取消处方后重新关联、检查</source>
        <translation>The cart is no longer prescription %1 as it passed the rule check, so %2 is refused: cancel the prescription, then link and check it again</translation>
    </message>
    <message>
        <source>取消处方：%1</source>
        <translation>prescription cancelled: %1</translation>
    </message>
    <message>
        <source>医保结算已中止：%1</source>
        <translation>insured settlement stopped: %1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>结算摄像头与录像不可用，%1被拒绝：不能医保结算</source>
        <translation>The settlement camera and recording are not available: %1 refused, no insured settlement</translation>
    </message>
    <message>
        <source>%1被拒绝：%2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>本店已关闭手工输入身份证号结算（[devices] id_number_entry = off）：请读医保卡或扫医保电子凭证</source>
        <translation>This store has turned off settling by a typed ID number ([devices] id_number_entry = off): read the insurance card or scan the e-voucher</translation>
    </message>
    <message>
        <source>输入身份证号</source>
        <translation>Enter ID number</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，输入了 %1 位</source>
        <translation>An ID number has 18 characters; %1 were entered</translation>
    </message>
    <message>
        <source>身份证号前 17 位只能是数字</source>
        <translation>The first 17 characters of an ID number must be digits</translation>
    </message>
    <message>
        <source>身份证号校验位错误：按前 17 位应为 %1，输入为 %2；请核对证件</source>
        <translation>Wrong ID number check character: the first 17 digits give %1, %2 was entered; check the ID card</translation>
    </message>
    <message>
        <source>手工输入身份证号：%1</source>
        <translation>ID number typed: %1</translation>
    </message>
</context>
<context>
    <name>SaleLookup</name>
    <message>
        <source>请输入单号、小票末几位、追溯码、金额、时间或商品</source>
        <translation>Type a sale number, the receipt&apos;s last digits, a trace code, an amount, a time or a product</translation>
    </message>
    <message>
        <source>查询内容过长（最多 80 个字符）</source>
        <translation>The search is too long (at most 80 characters)</translation>
    </message>
    <message>
        <source>按单号 %1</source>
        <translation>Sale number %1</translation>
    </message>
    <message>
        <source>今天单号末尾为 %1 的销售</source>
        <translation>Today&apos;s sales numbered …%1</translation>
    </message>
    <message>
        <source>售出追溯码 %1 的销售</source>
        <translation>The sale of trace code %1</translation>
    </message>
    <message>
        <source>“%1”不是时间</source>
        <translation>&quot;%1&quot; is not a time</translation>
    </message>
    <message>
        <source>今天 %1 前后 %2 分钟的销售</source>
        <translation>Sales today within %2 minutes of %1</translation>
    </message>
    <message>
        <source>“%1”不是日期</source>
        <translation>&quot;%1&quot; is not a date</translation>
    </message>
    <message>
        <source>%1 当天的销售</source>
        <translation>Sales on %1</translation>
    </message>
    <message>
        <source>%1 前后 %2 分钟的销售</source>
        <translation>Sales within %2 minutes of %1</translation>
    </message>
    <message>
        <source>近 %1 天合计 %2 的销售</source>
        <translation>Sales of %2 in the last %1 days</translation>
    </message>
    <message>
        <source>“%1”不是单号、追溯码、金额或时间，也没有这样的商品</source>
        <translation>&quot;%1&quot; is no sale number, trace code, amount or time, and no product</translation>
    </message>
    <message>
        <source>近 %1 天售出 %2%3 的销售</source>
        <translation>Sales of %2%3 in the last %1 days</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source> 等 %1 种</source>
        <translation> (%1 products)</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>销售中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>处方销售中</source>
        <translation>Prescription sale</translation>
    </message>
    <message>
        <source>收款中</source>
        <translation>Paying</translation>
    </message>
    <message>
        <source>已收款</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>修改购物车</source>
        <translation>change the cart</translation>
    </message>
    <message>
        <source>关联处方</source>
        <translation>link a prescription</translation>
    </message>
    <message>
        <source>取消处方</source>
        <translation>cancel the prescription</translation>
    </message>
    <message>
        <source>开始收款</source>
        <translation>begin payment</translation>
    </message>
    <message>
        <source>收款入账</source>
        <translation>record the payment</translation>
    </message>
    <message>
        <source>收款失败</source>
        <translation>payment failed</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>void</translation>
    </message>
    <message>
        <source>医保部分已结算</source>
        <translation>Insured part settled</translation>
    </message>
    <message>
        <source>已挂单</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>挂单</source>
        <translation>Park</translation>
    </message>
</context>
<context>
    <name>SaleWorkflow</name>
    <message>
        <source>无法识别的条码 %1：%2</source>
        <translation>Unrecognized barcode %1: %2</translation>
    </message>
    <message>
        <source>未找到条码 %1 对应的商品，购物车未改变（%2）</source>
        <translation>No product found for barcode %1; cart unchanged (%2)</translation>
    </message>
    <message>
        <source>未找到条码 %1 对应的商品，购物车未改变</source>
        <translation>No product found for barcode %1; cart unchanged</translation>
    </message>
    <message>
        <source>扫描内容为空，请重新扫描</source>
        <translation>Empty scan, please scan again</translation>
    </message>
    <message>
        <source>未找到 GTIN %1 对应的商品，购物车未改变</source>
        <translation>No product found for GTIN %1; cart unchanged</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>期望%1 %2，实际 %3</source>
        <translation>Expected %1 %2, got %3</translation>
    </message>
    <message>
        <source>（无销售）</source>
        <translation>(no sale)</translation>
    </message>
    <message>
        <source>期望 %1 行，实际 %2 行</source>
        <translation>Expected %1 lines, got %2</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>上一单合计</source>
        <translation>Previous sale total</translation>
    </message>
    <message>
        <source>期望上一单的处方号 “%1”，实际 “%2”</source>
        <translation>Expected the previous sale&apos;s prescription number “%1”, got “%2”</translation>
    </message>
    <message>
        <source>期望销售状态 %1，实际 %2</source>
        <translation>Expected sale state %1, got %2</translation>
    </message>
    <message>
        <source>药师在岗登记</source>
        <translation>Pharmacist duty register</translation>
    </message>
    <message>
        <source>期望有药师在岗，实际没有</source>
        <translation>Expected a pharmacist on duty, but none is</translation>
    </message>
    <message>
        <source>期望无药师在岗，实际有</source>
        <translation>Expected no pharmacist on duty, but one is</translation>
    </message>
    <message>
        <source>期望当前操作人 %1，实际 %2</source>
        <translation>Expected current operator %1, got %2</translation>
    </message>
    <message>
        <source>（无人登录）</source>
        <translation>(nobody logged in)</translation>
    </message>
    <message>
        <source>期望处方闸门状态 %1，实际 %2</source>
        <translation>Expected prescription gate state %1, got %2</translation>
    </message>
    <message>
        <source>期望最后的提示含 “%1”，实际 “%2”</source>
        <translation>Expected the last notice to contain “%1”, got “%2”</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>时钟</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>期望 %1 可售 %2（最小单位），实际 %3</source>
        <translation>Expected %1 sellable %2 (smallest unit), got %3</translation>
    </message>
    <message>
        <source>期望上一单的批次，但还没有销售</source>
        <translation>Expected the previous sale&apos;s batches, but there has been no sale yet</translation>
    </message>
    <message>
        <source>期望上一单 %1 取自批次 %2，实际 %3</source>
        <translation>Expected the previous sale to take %1 from batch %2, got %3</translation>
    </message>
    <message>
        <source>模拟小票打印机</source>
        <translation>Simulated receipt printer</translation>
    </message>
    <message>
        <source>期望小票上有 “%1”</source>
        <translation>Expected the receipt to contain “%1”</translation>
    </message>
    <message>
        <source>不认识的检查项：%1</source>
        <translation>Unknown check: %1</translation>
    </message>
    <message>
        <source>检查通过</source>
        <translation>Checks passed</translation>
    </message>
    <message>
        <source>检查：%1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <source>处方闸门</source>
        <translation>Prescription gate</translation>
    </message>
    <message>
        <source>审方</source>
        <translation>Prescription review</translation>
    </message>
    <message>
        <source>处方闸门：%1</source>
        <translation>Prescription gate: %1</translation>
    </message>
    <message>
        <source>处方载入</source>
        <translation>Prescription loading</translation>
    </message>
    <message>
        <source>医保平台 %1 秒内没有回答</source>
        <translation>The insurance platform did not answer within %1 seconds</translation>
    </message>
    <message>
        <source>没有关联的处方可审核</source>
        <translation>No linked prescription to review</translation>
    </message>
    <message>
        <source>审核：%1（%2）</source>
        <translation>Review: %1 (%2)</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>不通过</source>
        <translation>not approved</translation>
    </message>
    <message>
        <source>打印机 %1 秒内没有回报结果</source>
        <translation>The printer did not report a result within %1 seconds</translation>
    </message>
    <message>
        <source>打印出的处方</source>
        <translation>Printed prescription</translation>
    </message>
    <message>
        <source>扫回 %1</source>
        <translation>Scanned back %1</translation>
    </message>
    <message>
        <source>模拟打印机</source>
        <translation>Simulated printer</translation>
    </message>
    <message>
        <source>模拟读卡器</source>
        <translation>Simulated card reader</translation>
    </message>
    <message>
        <source>读卡成功</source>
        <translation>Card read successfully</translation>
    </message>
    <message>
        <source>模拟医保平台</source>
        <translation>Simulated insurance platform</translation>
    </message>
    <message>
        <source>模拟平台开出处方 %1</source>
        <translation>The simulated platform issued prescription %1</translation>
    </message>
    <message>
        <source>item_type 须为 western、patent 或 herbal</source>
        <translation>item_type must be western, patent or herbal</translation>
    </message>
    <message>
        <source>纸质处方已录入：%1</source>
        <translation>Paper prescription entered: %1</translation>
    </message>
    <message>
        <source>{&quot;rx_no&quot;, &quot;token&quot;, &quot;issued&quot;, &quot;valid_days&quot;, &quot;item_type&quot;, &quot;long_term&quot;, &quot;days&quot;, &quot;insurance&quot;, &quot;patient&quot;, &quot;status&quot;, &quot;drugs&quot;: [{&quot;product&quot; | &quot;code&quot;, &quot;count&quot;, &quot;days&quot;}]} 模拟平台开出（或改动）一张电子处方</source>
        <translation>{&quot;rx_no&quot;, &quot;token&quot;, &quot;issued&quot;, &quot;valid_days&quot;, &quot;item_type&quot;, &quot;long_term&quot;, &quot;days&quot;, &quot;insurance&quot;, &quot;patient&quot;, &quot;status&quot;, &quot;drugs&quot;: [{&quot;product&quot; | &quot;code&quot;, &quot;count&quot;, &quot;days&quot;}]} the simulated platform issues (or changes) an e-prescription</translation>
    </message>
    <message>
        <source>&quot;处方号或二维码内容&quot;：下载（7203）并关联本单</source>
        <translation>&quot;prescription number or QR content&quot;: download (7203) and link it to this sale</translation>
    </message>
    <message>
        <source>纸质处方录入（paper_no、issue_time、institution_*、prescriber_*、diagnosis_*、patient、item_type、attribute、long_term、days、lines）并关联本单</source>
        <translation>enter a paper prescription (paper_no, issue_time, institution_*, prescriber_*, diagnosis_*, patient, item_type, attribute, long_term, days, lines) and link it to this sale</translation>
    </message>
    <message>
        <source>处方规则检查（其后购物车即处方）</source>
        <translation>check the prescription rules (the cart is the prescription from then on)</translation>
    </message>
    <message>
        <source>{&quot;approve&quot;: true, &quot;long_term_confirmed&quot;: false, &quot;opinion&quot;|&quot;reason&quot;: …} 药师审核</source>
        <translation>{&quot;approve&quot;: true, &quot;long_term_confirmed&quot;: false, &quot;opinion&quot;|&quot;reason&quot;: …} the pharmacist&apos;s review</translation>
    </message>
    <message>
        <source>签名确认</source>
        <translation>confirm the signature</translation>
    </message>
    <message>
        <source>打印处方</source>
        <translation>print the prescription</translation>
    </message>
    <message>
        <source>补打处方</source>
        <translation>reprint the prescription</translation>
    </message>
    <message>
        <source>&quot;printed&quot;（读模拟打印机最后一页的二维码）或核验码：扫回确认打印</source>
        <translation>&quot;printed&quot; (reads the QR code on the simulated printer&apos;s last page) or a verification code: scan back to confirm the print</translation>
    </message>
    <message>
        <source>&quot;原因&quot;：取消本处方</source>
        <translation>&quot;reason&quot;: cancel this prescription</translation>
    </message>
    <message>
        <source>{&quot;fault&quot;: &quot;paper_out&quot;…, &quot;reports_status&quot;: false} 设置模拟处方打印机</source>
        <translation>{&quot;fault&quot;: &quot;paper_out&quot;…, &quot;reports_status&quot;: false} set up the simulated prescription printer</translation>
    </message>
    <message>
        <source>读卡器上放入演示患者的医保卡</source>
        <translation>put the demo patient&apos;s insurance card on the reader</translation>
    </message>
    <message>
        <source>读医保卡（闸门开放前被拒绝）</source>
        <translation>read the insurance card (refused before the gate opens)</translation>
    </message>
    <message>
        <source>扫描 %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>演示患者的医保电子凭证</source>
        <translation>the demo patient&apos;s medical insurance e-voucher</translation>
    </message>
    <message>
        <source>扫描医保电子凭证 %1…</source>
        <translation>Scanning medical insurance e-voucher %1…</translation>
    </message>
    <message>
        <source>unit 须为 box、strip 或 piece</source>
        <translation>unit must be box, strip or piece</translation>
    </message>
    <message>
        <source>pay 需要 cash 金额，如 &quot;100.00&quot;</source>
        <translation>pay needs a cash amount, e.g. &quot;100.00&quot;</translation>
    </message>
    <message>
        <source>小票输出：%1</source>
        <translation>Receipt output: %1</translation>
    </message>
    <message>
        <source>退货服务</source>
        <translation>Return service</translation>
    </message>
    <message>
        <source>退货单 %1</source>
        <translation>Return %1</translation>
    </message>
    <message>
        <source>扫一个码，经扫码枪端口（可加 &quot;symbology&quot;: &quot;]d2&quot;）</source>
        <translation>scan a code through the scanner port (may add &quot;symbology&quot;: &quot;]d2&quot;)</translation>
    </message>
    <message>
        <source>扫码内容以十六进制给出（如含 GS 0x1D 的 GS1 码）</source>
        <translation>the scanned content given as hexadecimal (e.g. a GS1 code containing GS 0x1D)</translation>
    </message>
    <message>
        <source>扫医保电子凭证二维码：给出内容，或 &quot;demo&quot; 为演示患者的凭证</source>
        <translation>scan a medical insurance e-voucher QR code: give its content, or &quot;demo&quot; for the demo patient&apos;s voucher</translation>
    </message>
    <message>
        <source>{&quot;line&quot;: 1, &quot;qty&quot;: 3} 改数量（行号从 1 起）</source>
        <translation>{&quot;line&quot;: 1, &quot;qty&quot;: 3} change the quantity (lines count from 1)</translation>
    </message>
    <message>
        <source>{&quot;line&quot;: 1, &quot;unit&quot;: &quot;box|strip|piece&quot;} 拆零</source>
        <translation>{&quot;line&quot;: 1, &quot;unit&quot;: &quot;box|strip|piece&quot;} split pack</translation>
    </message>
    <message>
        <source>删除第 N 行</source>
        <translation>remove line N</translation>
    </message>
    <message>
        <source>{&quot;cash&quot;: &quot;100.00&quot;, &quot;buyer_id&quot;: &quot;身份证号&quot;} 现金收款（麻黄碱类登记购买人）</source>
        <translation>{&quot;cash&quot;: &quot;100.00&quot;, &quot;buyer_id&quot;: &quot;ID number&quot;} take cash (ephedrine products register the buyer)</translation>
    </message>
    <message>
        <source>&quot;reprint&quot;：补打上一张小票</source>
        <translation>&quot;reprint&quot;: reprint the last receipt</translation>
    </message>
    <message>
        <source>作废本单</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <source>{&quot;sale&quot;: &quot;last&quot; | 单号, &quot;reason&quot;: &quot;…&quot;} 店长全单退货</source>
        <translation>{&quot;sale&quot;: &quot;last&quot; | sale number, &quot;reason&quot;: &quot;…&quot;} the store manager returns a whole sale</translation>
    </message>
    <message>
        <source>失败：%1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>此环境没有%1</source>
        <translation>This environment has no %1</translation>
    </message>
    <message>
        <source>商品目录</source>
        <translation>Product catalog</translation>
    </message>
    <message>
        <source>脚本中的商品 %1 不在商品目录中</source>
        <translation>Product %1 in the script is not in the product catalog</translation>
    </message>
    <message>
        <source>%1 “%2”不是 ISO 时间（如 2026-11-23T09:30:00）</source>
        <translation>%1 “%2” is not an ISO time (e.g. 2026-11-23T09:30:00)</translation>
    </message>
    <message>
        <source>脚本不是有效的 JSON（第 %1 个字符）：%2</source>
        <translation>The script is not valid JSON (character %1): %2</translation>
    </message>
    <message>
        <source>脚本需要一个包含 &quot;steps&quot; 数组的对象</source>
        <translation>The script must be an object containing a &quot;steps&quot; array</translation>
    </message>
    <message>
        <source>一步只能有一个动作，这一步有：%1</source>
        <translation>A step may have only one action; this one has: %1</translation>
    </message>
    <message>
        <source>无法识别的步骤：%1</source>
        <translation>Unrecognized step: %1</translation>
    </message>
    <message>
        <source>期望错误 %1，但步骤成功了</source>
        <translation>Expected error %1, but the step succeeded</translation>
    </message>
    <message>
        <source>期望错误 %1，实际 %2</source>
        <translation>Expected error %1, got %2</translation>
    </message>
    <message>
        <source>按预期被拒绝：%1</source>
        <translation>Refused as expected: %1</translation>
    </message>
    <message>
        <source>登录会话</source>
        <translation>Login session</translation>
    </message>
    <message>
        <source>登录 %1（%2）</source>
        <translation>Logged in %1 (%2)</translation>
    </message>
    <message>
        <source>代为操作 %1（%2）</source>
        <translation>Acting for %1 (%2)</translation>
    </message>
    <message>
        <source>%1 上岗</source>
        <translation>%1 clocked in</translation>
    </message>
    <message>
        <source>%1 下岗</source>
        <translation>%1 clocked out</translation>
    </message>
    <message>
        <source>账号管理</source>
        <translation>Account management</translation>
    </message>
    <message>
        <source>role 须为 cashier、pharmacist、manager 或 admin</source>
        <translation>role must be cashier, pharmacist, manager or admin</translation>
    </message>
    <message>
        <source>添加账号须先以管理员登录</source>
        <translation>Adding an account requires logging in as an administrator first</translation>
    </message>
    <message>
        <source>已添加账号 %1（%2）</source>
        <translation>Added account %1 (%2)</translation>
    </message>
    <message>
        <source>{&quot;user&quot;: …, &quot;password&quot;: …} 登录</source>
        <translation>{&quot;user&quot;: …, &quot;password&quot;: …} log in</translation>
    </message>
    <message>
        <source>退出（未收款的销售作废并记审计）</source>
        <translation>log out (an unpaid sale is voided and audited)</translation>
    </message>
    <message>
        <source>{&quot;user&quot;: …, &quot;password&quot;: …, &quot;stay&quot;: false} 切换操作人；默认随本单结束</source>
        <translation>{&quot;user&quot;: …, &quot;password&quot;: …, &quot;stay&quot;: false} switch operator; by default ends with this sale</translation>
    </message>
    <message>
        <source>结束代操作</source>
        <translation>End step-in</translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation>lock the screen</translation>
    </message>
    <message>
        <source>&quot;密码&quot;：解锁</source>
        <translation>&quot;password&quot;: unlock</translation>
    </message>
    <message>
        <source>当前操作的药师下岗</source>
        <translation>the acting pharmacist clocks out</translation>
    </message>
    <message>
        <source>{&quot;user&quot;, &quot;name&quot;, &quot;role&quot;, &quot;password&quot;, &quot;licence&quot;, &quot;insurance_code&quot;} 管理员添加账号</source>
        <translation>{&quot;user&quot;, &quot;name&quot;, &quot;role&quot;, &quot;password&quot;, &quot;licence&quot;, &quot;insurance_code&quot;} the administrator adds an account</translation>
    </message>
    <message>
        <source>可调的时钟</source>
        <translation>Adjustable clock</translation>
    </message>
    <message>
        <source>时钟：%1</source>
        <translation>Clock: %1</translation>
    </message>
    <message>
        <source>clock_advance 需要正的 days、hours、minutes 或 seconds</source>
        <translation>clock_advance needs positive days, hours, minutes or seconds</translation>
    </message>
    <message>
        <source>时钟前进到 %1</source>
        <translation>Clock advanced to %1</translation>
    </message>
    <message>
        <source>%1 须为日期，如 2026-11-23</source>
        <translation>%1 must be a date, e.g. 2026-11-23</translation>
    </message>
    <message>
        <source>购进验收</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>price 须为金额，如 &quot;12.00&quot;</source>
        <translation>price must be an amount, e.g. &quot;12.00&quot;</translation>
    </message>
    <message>
        <source>rx_class 须为 rx、otc_a 或 otc_b</source>
        <translation>rx_class must be rx, otc_a or otc_b</translation>
    </message>
    <message>
        <source>购进验收 %1：%2 行</source>
        <translation>Received %1: %2 lines</translation>
    </message>
    <message>
        <source>&quot;2026-11-23T09:30:00&quot;：把时钟拨到此刻</source>
        <translation>&quot;2026-11-23T09:30:00&quot;: set the clock to this moment</translation>
    </message>
    <message>
        <source>{&quot;days&quot;, &quot;hours&quot;, &quot;minutes&quot;, &quot;seconds&quot;}：时钟前进</source>
        <translation>{&quot;days&quot;, &quot;hours&quot;, &quot;minutes&quot;, &quot;seconds&quot;}: advance the clock</translation>
    </message>
    <message>
        <source>{&quot;supplier&quot;, &quot;date&quot;, &quot;lines&quot;: [{&quot;product&quot;, &quot;batch&quot;, &quot;production_date&quot;, &quot;expiry_date&quot;, &quot;boxes&quot;, &quot;price&quot;, &quot;trace_codes&quot;, &quot;rx_class&quot;}]} 店长购进验收</source>
        <translation>{&quot;supplier&quot;, &quot;date&quot;, &quot;lines&quot;: [{&quot;product&quot;, &quot;batch&quot;, &quot;production_date&quot;, &quot;expiry_date&quot;, &quot;boxes&quot;, &quot;price&quot;, &quot;trace_codes&quot;, &quot;rx_class&quot;}]} the store manager receives a delivery</translation>
    </message>
    <message>
        <source>%1 已在岗，无需再次上岗</source>
        <translation>%1 is already on duty; not clocked in again</translation>
    </message>
    <message>
        <source>当前操作的药师上岗（&quot;unless_on_duty&quot;：已在岗则跳过）</source>
        <translation>Clock the acting pharmacist in (&quot;unless_on_duty&quot;: skipped when already on duty)</translation>
    </message>
    <message>
        <source>结算摄像头：%1</source>
        <translation>Settlement camera: %1</translation>
    </message>
    <message>
        <source>结算摄像头</source>
        <translation>settlement camera</translation>
    </message>
    <message>
        <source>顾客不同意人脸采集</source>
        <translation>The customer does not agree to the face capture</translation>
    </message>
    <message>
        <source>%1 秒内没有采到可用的人脸（%2）</source>
        <translation>No usable face within %1 s (%2)</translation>
    </message>
    <message>
        <source>模拟结算摄像头</source>
        <translation>simulated settlement camera</translation>
    </message>
    <message>
        <source>&quot;on&quot; 或 &quot;simulated:图片或目录&quot;：开启结算摄像头与录像（关联处方之前）</source>
        <translation>&quot;on&quot; or &quot;simulated:IMAGE-OR-FOLDER&quot;: turn the settlement camera and recording on (before a prescription is linked)</translation>
    </message>
    <message>
        <source>true：顾客同意人脸采集；false 或 &quot;原因&quot;：拒绝（CAM-CONSENT）</source>
        <translation>true: the customer agrees to the face capture; false or &quot;reason&quot;: refuses (CAM-CONSENT)</translation>
    </message>
    <message>
        <source>等待采到可用人脸（毫秒，默认 15000；CAM-FACE）</source>
        <translation>wait for a usable face (ms, default 15000; CAM-FACE)</translation>
    </message>
    <message>
        <source>&quot;stall&quot;、&quot;unplug&quot;、&quot;black&quot; 或 &quot;none&quot;：模拟摄像头故障</source>
        <translation>&quot;stall&quot;, &quot;unplug&quot;, &quot;black&quot; or &quot;none&quot;: a simulated camera fault</translation>
    </message>
    <message>
        <source>结算摄像头还没有开启（先用 &quot;camera&quot;: &quot;on&quot;）</source>
        <translation>The settlement camera is not on yet (use &quot;camera&quot;: &quot;on&quot; first)</translation>
    </message>
    <message>
        <source>本环境没有医保结算（未配置医保平台）</source>
        <translation>No insured settlement here (no insurance platform configured)</translation>
    </message>
    <message>
        <source>医保结算：无进行中的结算</source>
        <translation>Insured settlement: none in progress</translation>
    </message>
    <message>
        <source>医保结算 %1：%2</source>
        <translation>Insured settlement %1: %2</translation>
    </message>
    <message>
        <source>settle_cash 的金额无效</source>
        <translation>settle_cash amount is invalid</translation>
    </message>
    <message>
        <source>脚本取消</source>
        <translation>cancelled by the script</translation>
    </message>
    <message>
        <source>待冲正的报文：%1</source>
        <translation>Messages awaiting reversal: %1</translation>
    </message>
    <message>
        <source>本机进程内的模拟医保平台</source>
        <translation>the in-process insurance platform simulator</translation>
    </message>
    <message>
        <source>医保平台未应答，对账未完成</source>
        <translation>The insurance platform did not answer; the reconciliation is not complete</translation>
    </message>
    <message>
        <source>对账结果为“%1”，预期“%2”</source>
        <translation>The reconciliation is “%1”, expected “%2”</translation>
    </message>
    <message>
        <source>平</source>
        <translation>balanced</translation>
    </message>
    <message>
        <source>不平</source>
        <translation>not balanced</translation>
    </message>
    <message>
        <source>本店结算 %1 笔，预期 %2 笔</source>
        <translation>The store has %1 settlement(s), expected %2</translation>
    </message>
    <message>
        <source>医保结算状态为 %1，预期 %2</source>
        <translation>The insured settlement is %1, expected %2</translation>
    </message>
    <message>
        <source>%1 为 %2，预期 %3</source>
        <translation>%1 is %2, expected %3</translation>
    </message>
    <message>
        <source>true：人证相符并预结算（2101）；false 或 &quot;理由&quot;：人证不符（SETTLE-ID）</source>
        <translation>true: identity confirmed, then pre-settle (2101); false or &quot;reason&quot;: identity does not match (SETTLE-ID)</translation>
    </message>
    <message>
        <source>确认结算（2102；SETTLE-ONCE）</source>
        <translation>Settle (2102; SETTLE-ONCE)</translation>
    </message>
    <message>
        <source>收取现金部分（金额，默认为应收现金）并打印结算单（SETTLE-SLIP）</source>
        <translation>Take the cash part (an amount, by default the cash due) and print the slip (SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>打印（补打）医保结算单</source>
        <translation>Print (reprint) the settlement slip</translation>
    </message>
    <message>
        <source>患者签名（false：空白签名）</source>
        <translation>The patient signs (false: a blank signature)</translation>
    </message>
    <message>
        <source>取消未结算的医保结算（&quot;原因&quot;）</source>
        <translation>Cancel an insured settlement not yet settled (&quot;reason&quot;)</translation>
    </message>
    <message>
        <source>冲正（2601）结果未知的结算报文</source>
        <translation>Reverse (2601) the settlement messages with an unknown outcome</translation>
    </message>
    <message>
        <source>{&quot;settlement&quot;: &quot;last&quot; | 结算单号, &quot;reason&quot;: &quot;…&quot;}：医保退费（2103，REFUND-ORIGINAL，店长）</source>
        <translation>{&quot;settlement&quot;: &quot;last&quot; | settlement number, &quot;reason&quot;: &quot;…&quot;}: insured refund (2103, REFUND-ORIGINAL, store manager)</translation>
    </message>
    <message>
        <source>{&quot;date&quot;: &quot;today&quot; | 日期, &quot;balanced&quot;: true, &quot;count&quot;: 1}：医保日对账（3201/3202）</source>
        <translation>{&quot;date&quot;: &quot;today&quot; | date, &quot;balanced&quot;: true, &quot;count&quot;: 1}: the day&apos;s insurance reconciliation (3201/3202)</translation>
    </message>
    <message>
        <source>{&quot;fault&quot;: &quot;lose_answer&quot;|&quot;unreachable&quot;, &quot;infno&quot;: &quot;2102&quot;, &quot;count&quot;: 1}：模拟医保平台故障</source>
        <translation>{&quot;fault&quot;: &quot;lose_answer&quot;|&quot;unreachable&quot;, &quot;infno&quot;: &quot;2102&quot;, &quot;count&quot;: 1}: a fault of the simulated insurance platform</translation>
    </message>
    <message>
        <source>{&quot;state&quot;: &quot;signed&quot;, &quot;fund&quot;: &quot;47.60&quot;, …}：核对医保结算</source>
        <translation>{&quot;state&quot;: &quot;signed&quot;, &quot;fund&quot;: &quot;47.60&quot;, …}: check the insured settlement</translation>
    </message>
    <message>
        <source>医保结算 %1 未退费：平台无应答</source>
        <translation>Insured settlement %1 not refunded: the platform did not answer</translation>
    </message>
    <message>
        <source>医保结算 %1 已退费，退货单 %2</source>
        <translation>Insured settlement %1 refunded, return %2</translation>
    </message>
    <message>
        <source>&quot;card&quot;（默认）、&quot;voucher&quot; 或 {&quot;id&quot;: &quot;身份证号&quot;}：读卡、扫电子凭证或手工输入身份证号（经处方闸门）并开始医保结算（1101）</source>
        <translation>&quot;card&quot; (default), &quot;voucher&quot; or {&quot;id&quot;: &quot;ID number&quot;}: read the card, scan the e-voucher or type the ID number (through the prescription gate) and start the insured settlement (1101)</translation>
    </message>
    <message>
        <source>归档记录缺少的文档为 [%1]，预期 [%2]</source>
        <translation>The archive record lacks [%1], expected [%2]</translation>
    </message>
    <message>
        <source>档案校验：%1 条记录，%2 件文档，无问题</source>
        <translation>Archive verified: %1 records, %2 documents, no problem</translation>
    </message>
    <message>
        <source>追溯码 %1 没有销售记录</source>
        <translation>trace code %1 has no sale</translation>
    </message>
    <message>
        <source>追溯到的医保结算为 %1，预期 %2</source>
        <translation>the trace found settlement %1, expected %2</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>追溯到 %1 条归档记录，预期 %2 条</source>
        <translation>the trace found %1 archive records, expected %2</translation>
    </message>
    <message>
        <source>追溯码已退回在库，预期仍为已售</source>
        <translation>the box is back in stock, expected still sold</translation>
    </message>
    <message>
        <source>追溯码仍为已售，预期已退回在库</source>
        <translation>the box is still sold, expected back in stock</translation>
    </message>
    <message>
        <source>{&quot;code&quot;: &quot;追溯码&quot;, &quot;settlement&quot;: &quot;last&quot;, &quot;archive&quot;: 1, &quot;returned&quot;: false}：追溯一盒药到医保结算与档案（DATA-TRACE，店长）</source>
        <translation>{&quot;code&quot;: &quot;trace code&quot;, &quot;settlement&quot;: &quot;last&quot;, &quot;archive&quot;: 1, &quot;returned&quot;: false}: trace a box to its insured settlement and archive (DATA-TRACE, manager)</translation>
    </message>
    <message>
        <source>%1 有 %2 条归档记录，预期 %3 条</source>
        <translation>%1 has %2 archive records, expected %3</translation>
    </message>
    <message>
        <source>{&quot;settlement&quot;: &quot;last&quot; 或 &quot;sale&quot;: &quot;last&quot;, &quot;records&quot;: 1, &quot;missing&quot;: [], &quot;verified&quot;: true}：核对结算或现金处方销售的档案（SETTLE-SLIP）</source>
        <translation>{&quot;settlement&quot;: &quot;last&quot; or &quot;sale&quot;: &quot;last&quot;, &quot;records&quot;: 1, &quot;missing&quot;: [], &quot;verified&quot;: true}: check the archive record of a settlement or a cash prescription sale (SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>挂单 %1（%2）</source>
        <translation>Parked %1 (%2)</translation>
    </message>
    <message>
        <source>本收银台没有挂单</source>
        <translation>No cart is parked at this till</translation>
    </message>
    <message>
        <source>取单 %1</source>
        <translation>Recalled %1</translation>
    </message>
    <message>
        <source>本收银台挂单 %1 张，预期 %2 张</source>
        <translation>%1 carts parked at this till, expected %2</translation>
    </message>
    <message>
        <source>挂单：&quot;备注&quot;（可空）</source>
        <translation>Park the cart: &quot;note&quot; (may be empty)</translation>
    </message>
    <message>
        <source>取单：&quot;last&quot; | &quot;first&quot; | 挂单号</source>
        <translation>Recall a cart: &quot;last&quot; | &quot;first&quot; | park number</translation>
    </message>
    <message>
        <source>丢弃挂单：&quot;last&quot; | &quot;first&quot; | 挂单号</source>
        <translation>Discard a parked cart: &quot;last&quot; | &quot;first&quot; | park number</translation>
    </message>
    <message>
        <source>本收银台的挂单张数</source>
        <translation>How many carts are parked at this till</translation>
    </message>
    <message>
        <source>班次服务</source>
        <translation>the shift service</translation>
    </message>
    <message>
        <source>open_shift 需要备用金金额，如 &quot;200.00&quot;</source>
        <translation>open_shift needs the float, e.g. &quot;200.00&quot;</translation>
    </message>
    <message>
        <source>开班 %1，备用金 %2</source>
        <translation>Opened shift %1, float %2</translation>
    </message>
    <message>
        <source>面额 %1 不是金额</source>
        <translation>Denomination %1 is not an amount</translation>
    </message>
    <message>
        <source>交班 %1：应有 %2，实点 %3，长短款 %4%5</source>
        <translation>Handed over %1: expected %2, counted %3, difference %4%5</translation>
    </message>
    <message>
        <source>，交班单已打印</source>
        <translation>, handover slip printed</translation>
    </message>
    <message>
        <source>，交班单未打印：%1</source>
        <translation>, handover slip not printed: %1</translation>
    </message>
    <message>
        <source>收银台仍有未交班的班次 %1</source>
        <translation>Shift %1 is still open at this till</translation>
    </message>
    <message>
        <source>没有未交班的班次</source>
        <translation>No shift is open</translation>
    </message>
    <message>
        <source>还没有交过班</source>
        <translation>No shift was handed over yet</translation>
    </message>
    <message>
        <source>班次 %1 的 %2 为 %3，预期 %4</source>
        <translation>Shift %1: %2 is %3, expected %4</translation>
    </message>
    <message>
        <source>班次 %1 销售 %2 笔，预期 %3 笔</source>
        <translation>Shift %1 has %2 sales, expected %3</translation>
    </message>
    <message>
        <source>开班：&quot;200.00&quot; 备用金</source>
        <translation>Open a shift: &quot;200.00&quot; float</translation>
    </message>
    <message>
        <source>交班：{&quot;100&quot;: 3, &quot;0.5&quot;: 1} 各面额张数（元）</source>
        <translation>Hand over: {&quot;100&quot;: 3, &quot;0.5&quot;: 1} pieces per denomination (yuan)</translation>
    </message>
    <message>
        <source>扫码付款 10 秒仍无结果</source>
        <translation>No outcome of the wallet payment after 10 seconds</translation>
    </message>
    <message>
        <source>amount 不是金额</source>
        <translation>amount is not an amount of money</translation>
    </message>
    <message>
        <source>扫码付款未成功</source>
        <translation>The wallet payment did not go through</translation>
    </message>
    <message>
        <source>没有模拟扫码支付</source>
        <translation>There is no simulated wallet provider</translation>
    </message>
    <message>
        <source>没有扫码支付</source>
        <translation>Wallet payments are not set up</translation>
    </message>
    <message>
        <source>待收 %1，预期 %2</source>
        <translation>Due %1, expected %2</translation>
    </message>
    <message>
        <source>收单机构实扣顾客 %1，预期 %2</source>
        <translation>The provider holds %1 of the customers&apos; money, expected %2</translation>
    </message>
    <message>
        <source>上一单的支付为 [%1]，预期 [%2]</source>
        <translation>The last sale was paid by [%1], expected [%2]</translation>
    </message>
    <message>
        <source>{&quot;code&quot;: &quot;付款码&quot;, &quot;amount&quot;: &quot;20.00&quot;} 微信/支付宝扫码收款（金额缺省为全部待收）</source>
        <translation>{&quot;code&quot;: &quot;payment code&quot;, &quot;amount&quot;: &quot;20.00&quot;} WeChat Pay / Alipay by the payment code (all that is due when no amount)</translation>
    </message>
    <message>
        <source>{&quot;reference&quot;: &quot;参考号&quot;, &quot;amount&quot;: &quot;20.00&quot;} 记一笔银行卡收款</source>
        <translation>{&quot;reference&quot;: &quot;terminal ref.&quot;, &quot;amount&quot;: &quot;20.00&quot;} record a bank-card payment</translation>
    </message>
    <message>
        <source>取消收款：已收的扫码款撤销，银行卡提示撤销</source>
        <translation>Cancel the payment: wallet tenders are reversed, card tenders named to void on the terminal</translation>
    </message>
    <message>
        <source>模拟收单机构的下一次故障：decline、timeout、lost、pending、silent、reverse_fails</source>
        <translation>The simulated provider&apos;s next fault: decline, timeout, lost, pending, silent, reverse_fails</translation>
    </message>
    <message>
        <source>像启动时一样了结上次未了结的扫码付款单</source>
        <translation>Settle the wallet orders the last run left open, as a start does</translation>
    </message>
    <message>
        <source>{&quot;due&quot;, &quot;provider_held&quot;, &quot;last_sale&quot;: [&quot;wechat 20.00&quot;, …]} 检查收款</source>
        <translation>{&quot;due&quot;, &quot;provider_held&quot;, &quot;last_sale&quot;: [&quot;wechat 20.00&quot;, …]} check the payment</translation>
    </message>
    <message>
        <source>{&quot;open&quot;: true|false, &quot;sales&quot;, &quot;cash&quot;, &quot;wechat&quot;, &quot;alipay&quot;, &quot;card&quot;, &quot;expected&quot;, &quot;counted&quot;, &quot;difference&quot;} 检查班次</source>
        <translation>{&quot;open&quot;: true|false, &quot;sales&quot;, &quot;cash&quot;, &quot;wechat&quot;, &quot;alipay&quot;, &quot;card&quot;, &quot;expected&quot;, &quot;counted&quot;, &quot;difference&quot;} check the shift</translation>
    </message>
    <message>
        <source>price 须是金额，如 &quot;20.00&quot;</source>
        <translation>price must be an amount, e.g. &quot;20.00&quot;</translation>
    </message>
    <message>
        <source>{&quot;line&quot;: 1, &quot;price&quot;: &quot;20.00&quot; 或 &quot;percent&quot;: 10, &quot;reason&quot;: &quot;会员优惠&quot;} 改价/折扣（不给 line 为整单折扣）</source>
        <translation>{&quot;line&quot;: 1, &quot;price&quot;: &quot;20.00&quot; or &quot;percent&quot;: 10, &quot;reason&quot;: &quot;member discount&quot;} change a price / discount (no line: the whole cart)</translation>
    </message>
</context>
<context>
    <name>SealedFileFolder</name>
    <message>
        <source>无法删除 %1</source>
        <translation>Cannot delete %1</translation>
    </message>
</context>
<context>
    <name>SealingEvidenceSealer</name>
    <message>
        <source>无法同步目录 %1</source>
        <translation>Cannot sync the folder %1</translation>
    </message>
    <message>
        <source>无法创建目录 %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>无法读取 %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>读取 %1 时出错</source>
        <translation>Error while reading %1</translation>
    </message>
</context>
<context>
    <name>SecretBytes</name>
    <message>
        <source>系统随机数发生器不可用</source>
        <translation>The system random number generator is not available</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>输入的一行过长</source>
        <translation>The line entered is too long</translation>
    </message>
    <message>
        <source>标准输入已结束，没有读到口令</source>
        <translation>Standard input ended without a passphrase</translation>
    </message>
</context>
<context>
    <name>SettlementArchivist</name>
    <message>
        <source>归档缺少结算数据来源</source>
        <translation>The archive has no source of settlements</translation>
    </message>
    <message>
        <source>没有结算 %1</source>
        <translation>There is no settlement %1</translation>
    </message>
    <message>
        <source>结算 %1 尚未签字或退费（%2），不能归档</source>
        <translation>Settlement %1 is neither signed nor refunded (%2): it cannot be archived</translation>
    </message>
    <message>
        <source>未接入进销存台账</source>
        <translation>no inventory ledger connected</translation>
    </message>
    <message>
        <source>本笔结算无处方号</source>
        <translation>this settlement has no prescription number</translation>
    </message>
    <message>
        <source>未接入处方库</source>
        <translation>no prescription store connected</translation>
    </message>
    <message>
        <source>处方库中没有处方 %1</source>
        <translation>prescription %1 is not in the prescription store</translation>
    </message>
    <message>
        <source>处方未经药师审核</source>
        <translation>the prescription was not reviewed by a pharmacist</translation>
    </message>
    <message>
        <source>纸质处方未附照片或扫描件</source>
        <translation>no photo or scan of the paper prescription was attached</translation>
    </message>
    <message>
        <source>平台未提供处方原件</source>
        <translation>the platform gave no original file of the prescription</translation>
    </message>
    <message>
        <source>结算单未打印</source>
        <translation>the slip was not printed</translation>
    </message>
    <message>
        <source>患者未签字</source>
        <translation>the patient did not sign</translation>
    </message>
    <message>
        <source>纸质签名扫描件，无笔迹</source>
        <translation>signed on paper (scanned): no strokes</translation>
    </message>
    <message>
        <source>没有签名笔迹</source>
        <translation>no signature strokes</translation>
    </message>
    <message>
        <source>未配置结算摄像头</source>
        <translation>no settlement camera configured</translation>
    </message>
    <message>
        <source>本笔结算没有人脸图像</source>
        <translation>this settlement has no face image</translation>
    </message>
    <message>
        <source>本笔结算没有录像</source>
        <translation>this settlement has no recording</translation>
    </message>
    <message>
        <source>未接入审计日志</source>
        <translation>no audit trail connected</translation>
    </message>
    <message>
        <source>归档记录 #%1（%2）已封存，%3 件文档%4</source>
        <translation>Archive record #%1 (%2) sealed, %3 document(s)%4</translation>
    </message>
    <message>
        <source>；缺：%1</source>
        <translation>; missing: %1</translation>
    </message>
    <message>
        <source>内容与封存时的哈希不符</source>
        <translation>its content does not match the hash sealed</translation>
    </message>
    <message>
        <source>录像已不在录像存储中：%1</source>
        <translation>the recording is no longer in the video store: %1</translation>
    </message>
    <message>
        <source>录像清单已与封存时不同</source>
        <translation>the recording&apos;s manifest differs from the one sealed</translation>
    </message>
    <message>
        <source>查阅归档记录 %1</source>
        <translation>viewed archive records %1</translation>
    </message>
    <message>
        <source>归档记录 #%1 没有 %2</source>
        <translation>Archive record #%1 has no %2</translation>
    </message>
    <message>
        <source>归档记录 #%1 的 %2 已不在档案中</source>
        <translation>%2 of archive record #%1 is no longer in the archive</translation>
    </message>
    <message>
        <source>归档记录 #%1 的 %2 与封存时不同，已被改动</source>
        <translation>%2 of archive record #%1 differs from what was sealed: it was altered</translation>
    </message>
    <message>
        <source>打开归档记录 #%1 的 %2</source>
        <translation>opened %2 of archive record #%1</translation>
    </message>
    <message>
        <source>医保结算</source>
        <translation>insured settlement</translation>
    </message>
    <message>
        <source>医保退费</source>
        <translation>insured refund</translation>
    </message>
    <message>
        <source>处方销售</source>
        <translation>prescription sale</translation>
    </message>
    <message>
        <source>归档记录 #%1  %2  %3</source>
        <translation>Archive record #%1  %2  %3</translation>
    </message>
    <message>
        <source>封存时间：%1</source>
        <translation>Sealed: %1</translation>
    </message>
    <message>
        <source>处方号：%1</source>
        <translation>Prescription: %1</translation>
    </message>
    <message>
        <source>参保人：%1  证件号：%2</source>
        <translation>Insured person: %1  ID number: %2</translation>
    </message>
    <message>
        <source>结算：%1 元（统筹 %2，个人账户 %3，现金 %4）  setl_id %5  销售单 %6</source>
        <translation>Settled: ¥%1 (fund %2, personal account %3, cash %4)  setl_id %5  sale %6</translation>
    </message>
    <message>
        <source>  批号 %1</source>
        <translation>  batch %1</translation>
    </message>
    <message>
        <source>  有效期 %1</source>
        <translation>  expires %1</translation>
    </message>
    <message>
        <source>  追溯码 %1</source>
        <translation>  trace codes %1</translation>
    </message>
    <message>
        <source>%1（%2 个最小单位）</source>
        <translation>%1 (%2 smallest units)</translation>
    </message>
    <message>
        <source>出库批次：%1</source>
        <translation>Batches taken: %1</translation>
    </message>
    <message>
        <source>审方：无</source>
        <translation>Review: none</translation>
    </message>
    <message>
        <source>审方：%1  %2（执业药师 %3）  %4%5</source>
        <translation>Review: %1  %2 (licensed pharmacist %3)  %4%5</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>不通过</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>（审核的不是此版本内容！）</source>
        <translation> (the review was given on another version of the content!)</translation>
    </message>
    <message>
        <source>退费：%1  原因：%2</source>
        <translation>Refunded: %1  reason: %2</translation>
    </message>
    <message>
        <source>平台交易 %1 笔，审计步骤 %2 条</source>
        <translation>%1 platform call(s), %2 audited step(s)</translation>
    </message>
    <message>
        <source>文档：</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>  %1  缺：%2</source>
        <translation>  %1  missing: %2</translation>
    </message>
    <message>
        <source>记录哈希 %1</source>
        <translation>Record hash %1</translation>
    </message>
    <message>
        <source>前一条哈希 %1</source>
        <translation>Previous hash %1</translation>
    </message>
    <message>
        <source>归档记录 #%1 的 %2 缺失或与封存时不同，不能导出：请运行 pharmapos archive verify</source>
        <translation>%2 of archive record #%1 is missing or differs from what was sealed: not exported; run pharmapos archive verify</translation>
    </message>
    <message>
        <source>导出归档记录 %1（含处方、签名、人脸）</source>
        <translation>exported archive records %1 (prescription, signature, face)</translation>
    </message>
    <message>
        <source>备份只到 #%1，链头为 #%2（备份未写入或被删除；收银台启动时补写缺少的记录）</source>
        <translation>the backup ends at #%1, the head is #%2 (not written or deleted; the counter writes what is missing at its start)</translation>
    </message>
    <message>
        <source>装订清单要一个月份，例如 2026-11</source>
        <translation>The binding index needs a month, e.g. 2026-11</translation>
    </message>
    <message>
        <source>查阅 %1 的装订清单（%2 条记录）</source>
        <translation>Viewed the binding index of %1 (%2 records)</translation>
    </message>
    <message>
        <source>%1  结算档案装订清单  %2</source>
        <translation>%1  Settlement archive binding index  %2</translation>
    </message>
    <message>
        <source>按封存顺序装订：纸质结算单、签字页与纸质处方依此顺序排放，每装一份在【 】中打勾</source>
        <translation>Bind in sealing order: paper slips, signed pages and paper prescriptions in this order; tick 【 】 for each one filed</translation>
    </message>
    <message>
        <source>序  档案号    封存时间          类别      结算/销售单号          处方号</source>
        <translation>No.  Record    Sealed            Kind      Settlement/sale no.    Prescription</translation>
    </message>
    <message>
        <source>本月没有封存的记录</source>
        <translation>No records were sealed this month</translation>
    </message>
    <message>
        <source>共 %1 条记录，档案号 #%2 至 #%3%4</source>
        <translation>%1 records in all, #%2 to #%3%4</translation>
    </message>
    <message>
        <source>（本月还有更多记录未列出）</source>
        <translation> (this month has more records, not listed)</translation>
    </message>
    <message>
        <source>装订人：__________  核对人：__________  日期：__________</source>
        <translation>Bound by: __________  Checked by: __________  Date: __________</translation>
    </message>
    <message>
        <source>归档缺少销售数据来源</source>
        <translation>The archive has no source of sales</translation>
    </message>
    <message>
        <source>没有销售单 %1</source>
        <translation>No sale %1</translation>
    </message>
    <message>
        <source>销售单 %1 没有处方，不单独归档</source>
        <translation>Sale %1 has no prescription and is not archived on its own</translation>
    </message>
    <message>
        <source>销售单 %1 是医保结算的销售，随其结算归档</source>
        <translation>Sale %1 was paid by an insured settlement and is archived with that settlement</translation>
    </message>
    <message>
        <source>现金处方销售：%1 元（收 %2，找 %3）  %4  收银员 %5  收银台 %6</source>
        <translation>Cash prescription sale: %1 yuan (tendered %2, change %3)  %4  cashier %5  till %6</translation>
    </message>
    <message>
        <source>购买人证件号：%1</source>
        <translation>Buyer ID number: %1</translation>
    </message>
    <message>
        <source>档案中没有 %1 的记录（结算单号、销售单号、处方号，或患者的身份证号、姓名）</source>
        <translation>The archive has no record of %1 (a settlement, sale or prescription number, or a patient&apos;s ID number or name)</translation>
    </message>
    <message>
        <source>按患者%1查阅归档记录 %2</source>
        <translation>Viewed the archive records %2 by the patient&apos;s %1</translation>
    </message>
    <message>
        <source>销售单 %1 没有退货，不能归档退货</source>
        <translation>Sale %1 was not returned: there is no return to archive</translation>
    </message>
    <message>
        <source>处方退货</source>
        <translation>Prescription return</translation>
    </message>
    <message>
        <source>退货：%1  %2  退款 %3 元  经办 %4  原因：%5</source>
        <translation>Return: %1  %2  refund %3 yuan  by %4  reason: %5</translation>
    </message>
    <message>
        <source>按日期查找要一天或一段日期，例如 2026-12-06 或 2026-12-01..2026-12-06</source>
        <translation>A search by date needs a day or a range of days, e.g. 2026-12-06 or 2026-12-01..2026-12-06</translation>
    </message>
    <message>
        <source>查阅 %1 封存的记录（%2 条）</source>
        <translation>Viewed the records sealed on %1 (%2)</translation>
    </message>
    <message>
        <source>（无处方号）</source>
        <translation>(no prescription number)</translation>
    </message>
    <message>
        <source>%1 封存的归档记录</source>
        <translation>Archive records sealed on %1</translation>
    </message>
    <message>
        <source>%1 至 %2 封存的归档记录</source>
        <translation>Archive records sealed from %1 to %2</translation>
    </message>
    <message>
        <source>这段日期没有封存的记录</source>
        <translation>No records were sealed on these days</translation>
    </message>
    <message>
        <source>共 %1 条记录</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>还有更多记录：请缩短日期范围</source>
        <translation>There are more records: please shorten the range of days</translation>
    </message>
</context>
<context>
    <name>SettlementCameraStation</name>
    <message>
        <source>未配置结算摄像头</source>
        <translation>No settlement camera configured</translation>
    </message>
    <message>
        <source>上次异常退出时正在录像：已补全 %1 个录像片段、%2 个结算录像（标记为中断）</source>
        <translation>Recording was in progress at the last abnormal exit: %1 recording segment(s) and %2 settlement recording(s) completed (marked interrupted)</translation>
    </message>
    <message>
        <source>未配置结算摄像头（[devices] settlement_camera），不能医保结算</source>
        <translation>No settlement camera configured ([devices] settlement_camera): insured settlement is not possible</translation>
    </message>
    <message>
        <source>录像补备份：%1 个完成，%2 个失败：%3</source>
        <translation>Recording backup catch-up: %1 done, %2 failed: %3</translation>
    </message>
    <message>
        <source>结算 %1 的录像未能备份：%2</source>
        <translation>The recording of settlement %1 could not be backed up: %2</translation>
    </message>
    <message>
        <source>模拟摄像头（回放 %1）</source>
        <translation>simulated camera (replaying %1)</translation>
    </message>
    <message>
        <source>USB 摄像头</source>
        <translation>USB camera</translation>
    </message>
    <message>
        <source>网络摄像头</source>
        <translation>network camera</translation>
    </message>
</context>
<context>
    <name>SettlementEvidence</name>
    <message>
        <source>无进行中的结算</source>
        <translation>No settlement in progress</translation>
    </message>
    <message>
        <source>等待顾客同意人脸采集</source>
        <translation>Waiting for the customer&apos;s consent to face capture</translation>
    </message>
    <message>
        <source>顾客拒绝人脸采集</source>
        <translation>Customer refused face capture</translation>
    </message>
    <message>
        <source>正在采集人脸</source>
        <translation>Capturing the face</translation>
    </message>
    <message>
        <source>已采集合格人脸</source>
        <translation>Usable face captured</translation>
    </message>
    <message>
        <source>医保结算中（录像中）</source>
        <translation>Insured settlement in progress (recording)</translation>
    </message>
    <message>
        <source>正在保存结算录像</source>
        <translation>Saving the settlement recording</translation>
    </message>
    <message>
        <source>开始结算取证</source>
        <translation>begin the settlement evidence</translation>
    </message>
    <message>
        <source>顾客同意人脸采集</source>
        <translation>record the customer&apos;s consent to face capture</translation>
    </message>
    <message>
        <source>采集到合格人脸</source>
        <translation>hold a usable face</translation>
    </message>
    <message>
        <source>重新采集人脸</source>
        <translation>capture the face again</translation>
    </message>
    <message>
        <source>确认人脸，进入医保结算</source>
        <translation>confirm the face and start insured settlement</translation>
    </message>
    <message>
        <source>结算完成，保存录像</source>
        <translation>complete the settlement and save its recording</translation>
    </message>
    <message>
        <source>取消医保结算</source>
        <translation>cancel insured settlement</translation>
    </message>
    <message>
        <source>结算录像已保存</source>
        <translation>Settlement recording saved</translation>
    </message>
    <message>
        <source>摄像头无画面（未连接或正在启动）</source>
        <translation>No picture from the camera (not connected or starting)</translation>
    </message>
    <message>
        <source>摄像头正常</source>
        <translation>Camera OK</translation>
    </message>
    <message>
        <source>摄像头画面中断</source>
        <translation>Camera picture interrupted</translation>
    </message>
    <message>
        <source>摄像头画面全黑（镜头被遮挡或损坏）</source>
        <translation>Camera picture all black (lens covered or broken)</translation>
    </message>
    <message>
        <source>结算取证需要结算单号</source>
        <translation>Settlement evidence needs a settlement number</translation>
    </message>
    <message>
        <source>顾客拒绝人脸采集（已记录）：本单不能医保结算，可自费结算</source>
        <translation>Customer refused face capture (recorded): this sale cannot be settled with insurance, self-pay is possible</translation>
    </message>
    <message>
        <source>人脸图像未能随录像保存：%1</source>
        <translation>The face image could not be saved with the recording: %1</translation>
    </message>
    <message>
        <source>人脸质量 %1 分</source>
        <translation>face quality %1 points</translation>
    </message>
    <message>
        <source>结算取证状态为“%1”，不能医保结算</source>
        <translation>Settlement evidence is “%1”: insured settlement is not possible</translation>
    </message>
    <message>
        <source>清单 SHA-256 %1，%2 个片段</source>
        <translation>manifest SHA-256 %1, %2 segment(s)</translation>
    </message>
    <message>
        <source>结算 %1 的录像未能保存：%2</source>
        <translation>The recording of settlement %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>结算录像未能保存：%1</source>
        <translation>The settlement recording could not be saved: %1</translation>
    </message>
    <message>
        <source>结算录像未能开始：%1</source>
        <translation>The settlement recording could not start: %1</translation>
    </message>
    <message>
        <source>尚未征得顾客同意采集人脸，不能医保结算</source>
        <translation>The customer has not yet consented to face capture: insured settlement is not possible</translation>
    </message>
    <message>
        <source>顾客拒绝人脸采集，本单不能医保结算（可自费结算）</source>
        <translation>The customer refused face capture: this sale cannot be settled with insurance (self-pay is possible)</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>，不能医保结算</source>
        <translation>: insured settlement is not possible</translation>
    </message>
    <message>
        <source>录像未在进行</source>
        <translation>Not recording</translation>
    </message>
    <message>
        <source>录像故障：%1</source>
        <translation>Recording fault: %1</translation>
    </message>
    <message>
        <source>本单结算录像未开始，不能医保结算</source>
        <translation>The recording of this settlement has not started: insured settlement is not possible</translation>
    </message>
    <message>
        <source>录像磁盘剩余空间 %1 MB，低于下限 %2 MB，不能医保结算</source>
        <translation>%1 MB left on the video disk, below the floor of %2 MB: insured settlement is not possible</translation>
    </message>
    <message>
        <source>尚未采集到本单顾客的合格人脸：%1</source>
        <translation>No usable face of this sale&apos;s customer captured yet: %1</translation>
    </message>
    <message>
        <source>结算摄像头恢复正常</source>
        <translation>Settlement camera back to normal</translation>
    </message>
    <message>
        <source>结算录像恢复正常</source>
        <translation>Settlement recording back to normal</translation>
    </message>
    <message>
        <source>结算录像故障：%1</source>
        <translation>Settlement recording fault: %1</translation>
    </message>
    <message>
        <source>录像磁盘空间恢复：剩余 %1 MB</source>
        <translation>Video disk space recovered: %1 MB left</translation>
    </message>
    <message>
        <source>录像磁盘剩余空间 %1 MB，低于下限 %2 MB：暂停医保结算</source>
        <translation>%1 MB left on the video disk, below the floor of %2 MB: insured settlement paused</translation>
    </message>
    <message>
        <source>录像磁盘剩余空间 %1 MB，即将低于下限 %2 MB，请清理或更换磁盘</source>
        <translation>%1 MB left on the video disk, close to the floor of %2 MB: please free space or change the disk</translation>
    </message>
    <message>
        <source>结算取证状态为“%1”，不能%2</source>
        <translation>Settlement evidence is “%1”: cannot %2</translation>
    </message>
    <message>
        <source>（状态：%1）</source>
        <translation> (state: %1)</translation>
    </message>
</context>
<context>
    <name>SettlementService</name>
    <message>
        <source>平台应答缺少结算信息 setlinfo</source>
        <translation>The platform&apos;s answer lacks the settlement information setlinfo</translation>
    </message>
    <message>
        <source>平台应答的 %1 不是金额</source>
        <translation>The platform&apos;s answer&apos;s %1 is not an amount</translation>
    </message>
    <message>
        <source>平台应答的结算金额不平：统筹 %1 + 个人账户 %2 + 现金 %3 ≠ 总额 %4</source>
        <translation>The platform&apos;s amounts do not add up: fund %1 + personal account %2 + cash %3 ≠ total %4</translation>
    </message>
    <message>
        <source>平台应答缺少参保人信息（psn_no、insuinfo）</source>
        <translation>The platform&apos;s answer lacks the insured person&apos;s information (psn_no, insuinfo)</translation>
    </message>
    <message>
        <source>没有进行中的医保结算，不能%1</source>
        <translation>No insured settlement in progress: cannot %1</translation>
    </message>
    <message>
        <source>正在等待医保平台应答，请稍候再%1</source>
        <translation>Waiting for the insurance platform&apos;s answer; %1 in a moment</translation>
    </message>
    <message>
        <source>医保结算当前为“%1”，不能%2</source>
        <translation>The insured settlement is “%1”: cannot %2</translation>
    </message>
    <message>
        <source>%1 → %2%3</source>
        <translation>%1 → %2%3</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>报文 %1 未能记录，未发送：%2</source>
        <translation>Message %1 could not be recorded and was not sent: %2</translation>
    </message>
    <message>
        <source>医保结算 %1 尚未结束（%2），不能开始新的结算</source>
        <translation>Insured settlement %1 has not ended (%2): a new settlement cannot start</translation>
    </message>
    <message>
        <source>正在等待医保平台应答，请稍候</source>
        <translation>Waiting for the insurance platform&apos;s answer, please wait</translation>
    </message>
    <message>
        <source>购物车为空，无需医保结算</source>
        <translation>The cart is empty: nothing to settle</translation>
    </message>
    <message>
        <source>处方 %1 已由医保结算 %2 结算，不能重复结算</source>
        <translation>Prescription %1 was settled by insured settlement %2 and cannot be settled again</translation>
    </message>
    <message>
        <source>开始医保结算：凭证类型 %1，%2 行%3</source>
        <translation>Insured settlement started: credential type %1, %2 line(s)%3</translation>
    </message>
    <message>
        <source>，处方 %1</source>
        <translation>, prescription %1</translation>
    </message>
    <message>
        <source>查询参保人信息（1101）失败：%1；可重新读卡</source>
        <translation>Querying the insured person (1101) failed: %1; read the card again</translation>
    </message>
    <message>
        <source>1101 失败</source>
        <translation>1101 failed</translation>
    </message>
    <message>
        <source>参保人 %1，险种 %2</source>
        <translation>Insured person %1, insurance type %2</translation>
    </message>
    <message>
        <source>参保人 %1（%2）：请核对人证是否相符（SETTLE-ID）</source>
        <translation>Insured person %1 (%2): check that the person matches the ID (SETTLE-ID)</translation>
    </message>
    <message>
        <source>医保签到（9001）成功</source>
        <translation>Insurance sign-in (9001) done</translation>
    </message>
    <message>
        <source>医保结算尚未结束，不能签退（9002）</source>
        <translation>An insured settlement has not ended: cannot sign out (9002)</translation>
    </message>
    <message>
        <source>医保签退（9002）失败：%1</source>
        <translation>Insurance sign-out (9002) failed: %1</translation>
    </message>
    <message>
        <source>医保签退（9002）成功</source>
        <translation>Insurance sign-out (9002) done</translation>
    </message>
    <message>
        <source>已签退医保平台（9002）</source>
        <translation>Signed out of the insurance platform (9002)</translation>
    </message>
    <message>
        <source>收银员确认人证相符</source>
        <translation>The cashier confirmed the identity</translation>
    </message>
    <message>
        <source>人证不符</source>
        <translation>Identity does not match</translation>
    </message>
    <message>
        <source>人证不符，医保结算已停止（SETTLE-ID）：%1</source>
        <translation>Identity does not match; the insured settlement stopped (SETTLE-ID): %1</translation>
    </message>
    <message>
        <source>无医保药品编码</source>
        <translation>no insurance drug code</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>购物车中没有可医保结算的药品（均不在医保目录）：%1</source>
        <translation>Nothing in the cart can be settled by the insurance (none is in the insurance catalogue): %1</translation>
    </message>
    <message>
        <source>预结算（2101）失败：%1；可重试或取消</source>
        <translation>Pre-settlement (2101) failed: %1; retry or cancel</translation>
    </message>
    <message>
        <source>总额 %1：统筹 %2，个人账户 %3，现金 %4</source>
        <translation>Total %1: fund %2, personal account %3, cash %4</translation>
    </message>
    <message>
        <source>预结算：医保统筹 %1，个人账户 %2，现金 %3；请患者确认后结算</source>
        <translation>Pre-settled: fund %1, personal account %2, cash %3; settle once the patient agrees</translation>
    </message>
    <message>
        <source>。另有 %1 行不在医保目录，结算后请另行收款（SETTLE-LIST-ONLY）</source>
        <translation>. %1 more line(s) are not in the insurance catalogue: take payment for them separately after the settlement (SETTLE-LIST-ONLY)</translation>
    </message>
    <message>
        <source>平台拒绝：%1</source>
        <translation>Refused by the platform: %1</translation>
    </message>
    <message>
        <source>医保结算（2102）被平台拒绝：%1；可重试或取消</source>
        <translation>The platform refused the settlement (2102): %1; retry or cancel</translation>
    </message>
    <message>
        <source>报文 %1：%2</source>
        <translation>Message %1: %2</translation>
    </message>
    <message>
        <source>医保结算（2102）无确定应答：%1。正在冲正（2601），请勿重复结算</source>
        <translation>No definite answer to the settlement (2102): %1. Reversing it (2601); do not settle again yet</translation>
    </message>
    <message>
        <source>医保结算成功 setl_id %1：总额 %2，统筹 %3，个人账户 %4，现金 %5</source>
        <translation>Settled, setl_id %1: total %2, fund %3, personal account %4, cash %5</translation>
    </message>
    <message>
        <source>本店未能保存结算：%1</source>
        <translation>The store could not save the settlement: %1</translation>
    </message>
    <message>
        <source>医保结算成功（%1）：统筹 %2，个人账户 %3，请收现金 %4</source>
        <translation>Settled (%1): fund %2, personal account %3; take cash %4</translation>
    </message>
    <message>
        <source>冲正（2601）未完成：%1。结算 %2 仍待处理，稍后将重试</source>
        <translation>The reversal (2601) did not complete: %1. Settlement %2 is still pending and will be retried</translation>
    </message>
    <message>
        <source>%1 报文 %2 %3：%4</source>
        <translation>%1 message %2 %3: %4</translation>
    </message>
    <message>
        <source>已冲正</source>
        <translation>reversed</translation>
    </message>
    <message>
        <source>平台未处理</source>
        <translation>not processed by the platform</translation>
    </message>
    <message>
        <source>结算 %1 已冲正作废（%2），未扣任何费用：请告知患者重新结算</source>
        <translation>Settlement %1 reversed and void (%2), nothing was charged: ask the patient to settle again</translation>
    </message>
    <message>
        <source>重启后发现未收到应答</source>
        <translation>No answer received before the restart</translation>
    </message>
    <message>
        <source>结算结果未知，已冲正</source>
        <translation>Outcome unknown, reversed</translation>
    </message>
    <message>
        <source>程序重启，未结算的医保结算已取消</source>
        <translation>Restarted: the insured settlement that was not settled was cancelled</translation>
    </message>
    <message>
        <source>医保结算 %1 尚未结束（%2）</source>
        <translation>Insured settlement %1 has not ended (%2)</translation>
    </message>
    <message>
        <source>没有待完成的医保结算 %1</source>
        <translation>No unfinished insured settlement %1</translation>
    </message>
    <message>
        <source>继续完成医保结算（%1）</source>
        <translation>Finishing insured settlement (%1)</translation>
    </message>
    <message>
        <source>实收 %1 少于现金部分 %2</source>
        <translation>Tendered %1 is less than the cash part %2</translation>
    </message>
    <message>
        <source>现金 %1，实收 %2，找零 %3</source>
        <translation>Cash %1, tendered %2, change %3</translation>
    </message>
    <message>
        <source>【补打】</source>
        <translation>[REPRINT]</translation>
    </message>
    <message>
        <source>没有患者签名，不能完成结算</source>
        <translation>No patient signature: the settlement cannot be completed</translation>
    </message>
    <message>
        <source>医保结算 %1 完成，患者已签字</source>
        <translation>Insured settlement %1 complete, signed by the patient</translation>
    </message>
    <message>
        <source>本机未配置结算单打印机</source>
        <translation>No slip printer is configured on this machine</translation>
    </message>
    <message>
        <source>结算单正在打印，请稍候</source>
        <translation>The slip is printing, please wait</translation>
    </message>
    <message>
        <source>医保结算单未打印：%1；请处理打印机后重新打印（SETTLE-SLIP）</source>
        <translation>The settlement slip did not print: %1; fix the printer and print again (SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>医保结算单已打印，请患者签字</source>
        <translation>The settlement slip printed; ask the patient to sign</translation>
    </message>
    <message>
        <source>对账日期无效</source>
        <translation>The reconciliation date is invalid</translation>
    </message>
    <message>
        <source>医保对账 %1：%2，本店 %3 笔，差异 %4 笔</source>
        <translation>Insurance reconciliation %1: %2, %3 settlement(s) in the store, %4 difference(s)</translation>
    </message>
    <message>
        <source>平</source>
        <translation>balanced</translation>
    </message>
    <message>
        <source>不平</source>
        <translation>not balanced</translation>
    </message>
    <message>
        <source>对总账（3201）未完成：%1</source>
        <translation>The totals reconciliation (3201) did not complete: %1</translation>
    </message>
    <message>
        <source>对明细账（3202）未完成：%1</source>
        <translation>The detail reconciliation (3202) did not complete: %1</translation>
    </message>
    <message>
        <source>医保退费须填写原因</source>
        <translation>An insured refund needs a reason</translation>
    </message>
    <message>
        <source>没有医保结算 %1</source>
        <translation>No insured settlement %1</translation>
    </message>
    <message>
        <source>医保结算 %1 当前为“%2”，不能退费</source>
        <translation>Insured settlement %1 is “%2”: it cannot be refunded</translation>
    </message>
    <message>
        <source>医保结算 %1 结算于 %2，已跨月，不能原路退回（REFUND-ORIGINAL）；请联系医保经办机构</source>
        <translation>Insured settlement %1 was settled on %2, in an earlier month: it cannot go back the original route (REFUND-ORIGINAL); refer the patient to the insurance office</translation>
    </message>
    <message>
        <source>退费结果未知，已冲正</source>
        <translation>Refund outcome unknown, reversed</translation>
    </message>
    <message>
        <source>退费（2103）被平台拒绝：%1</source>
        <translation>The platform refused the refund (2103): %1</translation>
    </message>
    <message>
        <source>退费（2103）%1：统筹 %2、个人账户 %3 退回医保，现金 %4 退给患者；%5</source>
        <translation>Refund (2103) %1: fund %2 and personal account %3 back to the insurance, cash %4 back to the patient; %5</translation>
    </message>
    <message>
        <source>本店未能记录退费：%1。正在冲正（2601），结算保持不变</source>
        <translation>The store could not record the refund: %1. Reversing it (2601); the settlement stands</translation>
    </message>
    <message>
        <source>本店未能记录退费</source>
        <translation>The store could not record the refund</translation>
    </message>
    <message>
        <source>已退费（退货单 %1）：统筹与个人账户原路退回，请退还现金 %2</source>
        <translation>Refunded (return %1): fund and personal account back the original route; hand back cash %2</translation>
    </message>
    <message>
        <source>有 %1 笔结算或退费结果未知（报文 %2），须先冲正（2601）处理</source>
        <translation>%1 settlement or refund message(s) have an unknown outcome (message %2): reverse them (2601) first</translation>
    </message>
    <message>
        <source>退费（2103）无确定应答：%1。正在冲正（2601），结算保持不变</source>
        <translation>No definite answer to the refund (2103): %1. Reversing it (2601); the settlement stands</translation>
    </message>
    <message>
        <source>医保签到（9001）失败，%1 未发送：%2</source>
        <translation>Insurance sign-in (9001) failed, %1 not sent: %2</translation>
    </message>
    <message>
        <source>结算 %1 已完成，但归档未成功：%2。下次启动时将自动补封存（SETTLE-SLIP）</source>
        <translation>Settlement %1 is complete, but it was not archived: %2. It is sealed automatically at the next start (SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>程序在发送结算报文前中断，未结算</source>
        <translation>the program stopped before the settlement message was sent: nothing was settled</translation>
    </message>
    <message>
        <source>重启后结束：%1</source>
        <translation>ended after a restart: %1</translation>
    </message>
</context>
<context>
    <name>SettlementSlip</name>
    <message>
        <source>职工基本医疗保险</source>
        <translation>Employee basic medical insurance</translation>
    </message>
    <message>
        <source>城乡居民基本医疗保险</source>
        <translation>Urban and rural residents&apos; basic medical insurance</translation>
    </message>
    <message>
        <source>医疗保障基金结算单（定点药店）</source>
        <translation>Medical insurance fund settlement slip (designated pharmacy)</translation>
    </message>
    <message>
        <source>【补打】</source>
        <translation>[REPRINT]</translation>
    </message>
    <message>
        <source>定点机构编号：%1</source>
        <translation>Designated institution code: %1</translation>
    </message>
    <message>
        <source>结算单号：%1</source>
        <translation>Settlement no.: %1</translation>
    </message>
    <message>
        <source>医保结算ID：%1</source>
        <translation>Settlement ID: %1</translation>
    </message>
    <message>
        <source>就诊ID：%1</source>
        <translation>Visit ID: %1</translation>
    </message>
    <message>
        <source>销售单号：%1</source>
        <translation>Sale no.: %1</translation>
    </message>
    <message>
        <source>结算时间：%1</source>
        <translation>Settled at: %1</translation>
    </message>
    <message>
        <source>收银台：%1  收银员：%2</source>
        <translation>Till: %1  Cashier: %2</translation>
    </message>
    <message>
        <source>参保人：%1  %2</source>
        <translation>Insured person: %1  %2</translation>
    </message>
    <message>
        <source>险种：%1</source>
        <translation>Insurance type: %1</translation>
    </message>
    <message>
        <source>处方号：%1</source>
        <translation>Prescription no.: %1</translation>
    </message>
    <message>
        <source>  医保编码 %1</source>
        <translation>  Insurance code %1</translation>
    </message>
    <message>
        <source>  批号 %1  有效期至 %2</source>
        <translation>  Batch %1  Expires %2</translation>
    </message>
    <message>
        <source>  追溯码 %1</source>
        <translation>  Trace code %1</translation>
    </message>
    <message>
        <source>医疗费总额</source>
        <translation>Medical costs total</translation>
    </message>
    <message>
        <source>统筹基金支付</source>
        <translation>Paid by the pooled fund</translation>
    </message>
    <message>
        <source>个人账户支付</source>
        <translation>Paid from the personal account</translation>
    </message>
    <message>
        <source>个人现金支付</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>个人账户余额</source>
        <translation>Personal account balance</translation>
    </message>
    <message>
        <source>本人确认以上药品已收到，费用属实。</source>
        <translation>I confirm that I received the drugs above and that the charges are correct.</translation>
    </message>
    <message>
        <source>参保人签名：</source>
        <translation>Signature of the insured person:</translation>
    </message>
    <message>
        <source>日期：____年__月__日</source>
        <translation>Date: ____-__-__</translation>
    </message>
    <message>
        <source>本结算单与处方一并留存备查（不少于2年）</source>
        <translation>Keep this slip with the prescription for inspection (at least 2 years)</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>%1角</source>
        <translation>¥0.%1</translation>
    </message>
    <message>
        <source>（无现金）</source>
        <translation>(no cash)</translation>
    </message>
    <message>
        <source>交班单</source>
        <translation>Shift handover slip</translation>
    </message>
    <message>
        <source>【补打】</source>
        <translation>[REPRINT]</translation>
    </message>
    <message>
        <source>班次：%1</source>
        <translation>Shift: %1</translation>
    </message>
    <message>
        <source>收银台：%1  收银员：%2</source>
        <translation>Till: %1  Cashier: %2</translation>
    </message>
    <message>
        <source>开班：%1  交班：%2</source>
        <translation>Opened: %1  Handed over: %2</translation>
    </message>
    <message>
        <source>（未交班）</source>
        <translation>(open)</translation>
    </message>
    <message>
        <source>销售 %1 笔</source>
        <translation>Sales: %1</translation>
    </message>
    <message>
        <source>  现金 %1 笔</source>
        <translation>  Cash: %1</translation>
    </message>
    <message>
        <source>  医保结算 %1 笔</source>
        <translation>  Insured: %1</translation>
    </message>
    <message>
        <source>退货 %1 笔，其中现金退款</source>
        <translation>Returns: %1; refunded in cash</translation>
    </message>
    <message>
        <source>备用金</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>应有现金</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>实点现金</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>长短款：无</source>
        <translation>Difference: none</translation>
    </message>
    <message>
        <source>短款</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>长款</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>交班人：__________  接班人/店长：__________</source>
        <translation>Handed over by: __________  Taken over / manager: __________</translation>
    </message>
    <message>
        <source>%1  日结  %2</source>
        <translation>%1  Day close  %2</translation>
    </message>
    <message>
        <source>收银台 %1：销售 %2 笔 %3（现金 %4 笔 %5，医保 %6 笔 %7），退货 %8 笔，现金退款 %9</source>
        <translation>Till %1: %2 sales %3 (cash %4: %5, insured %6: %7), %8 returns, refunded in cash %9</translation>
    </message>
    <message>
        <source>当日没有销售</source>
        <translation>No sales that day</translation>
    </message>
    <message>
        <source>班次：</source>
        <translation>Shifts:</translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4–%5  销售 %6 笔 %7  应有 %8  实点 %9  长短款 %10</source>
        <translation>  %1  %2  %3  %4–%5  %6 sales %7  expected %8  counted %9  difference %10</translation>
    </message>
    <message>
        <source>未交班</source>
        <translation>open</translation>
    </message>
    <message>
        <source>  （当日无班次）</source>
        <translation>  (no shifts that day)</translation>
    </message>
    <message>
        <source>  微信 %1 笔</source>
        <translation>  WeChat, %1 sales</translation>
    </message>
    <message>
        <source>  支付宝 %1 笔</source>
        <translation>  Alipay, %1 sales</translation>
    </message>
    <message>
        <source>  银行卡 %1 笔</source>
        <translation>  Bank card, %1 sales</translation>
    </message>
    <message>
        <source>  抹零</source>
        <translation>  Rounding</translation>
    </message>
    <message>
        <source>  原路退回（微信/支付宝/银行卡/医保）</source>
        <translation>  Refunded the way paid (wallet/card/insurance)</translation>
    </message>
    <message>
        <source>    微信 %1 笔 %2，支付宝 %3 笔 %4，银行卡 %5 笔 %6，抹零 %7</source>
        <translation>    WeChat %1 sales %2, Alipay %3 sales %4, bank card %5 sales %6, rounding %7</translation>
    </message>
    <message>
        <source>全店：销售 %1 笔 %2，现金 %3，微信 %4，支付宝 %5，银行卡 %6，医保 %7，现金退款 %8，长短款合计 %9</source>
        <translation>Store: %1 sales %2, cash %3, WeChat %4, Alipay %5, bank card %6, insurance %7, cash refunded %8, differences %9</translation>
    </message>
</context>
<context>
    <name>SimulatedPaymentProvider</name>
    <message>
        <source>模拟扫码支付（微信/支付宝）</source>
        <translation>Simulated wallet provider (WeChat Pay / Alipay)</translation>
    </message>
    <message>
        <source>订单号重复</source>
        <translation>Duplicate order number</translation>
    </message>
    <message>
        <source>余额不足</source>
        <translation>Insufficient balance</translation>
    </message>
    <message>
        <source>网络超时</source>
        <translation>Network timeout</translation>
    </message>
    <message>
        <source>用户支付中，需要输入密码</source>
        <translation>The customer is paying: password required</translation>
    </message>
    <message>
        <source>订单不存在</source>
        <translation>No such order</translation>
    </message>
    <message>
        <source>用户支付中</source>
        <translation>The customer is paying</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>未支付</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>撤销请求超时</source>
        <translation>The reversal timed out</translation>
    </message>
</context>
<context>
    <name>SimulatedPlatform</name>
    <message>
        <source>模拟医保平台</source>
        <translation>Simulated insurance platform</translation>
    </message>
    <message>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>msgid 格式错误：%1</source>
        <translation>Malformed msgid: %1</translation>
    </message>
    <message>
        <source>未签到或签到号无效，请先做 9001 签到</source>
        <translation>Not signed in or sign-in number invalid; please do a 9001 sign-in first</translation>
    </message>
    <message>
        <source>交易 %1 不在本模拟平台支持的范围内</source>
        <translation>Transaction %1 is not supported by this simulated platform</translation>
    </message>
    <message>
        <source>未查询到电子处方：%1</source>
        <translation>E-prescription not found: %1</translation>
    </message>
</context>
<context>
    <name>SimulatedReceiptPrinter</name>
    <message>
        <source>模拟小票打印机（%1 mm）</source>
        <translation>Simulated receipt printer (%1 mm)</translation>
    </message>
    <message>
        <source>模拟打印机就绪，输出到 %1</source>
        <translation>Simulated printer ready, output to %1</translation>
    </message>
    <message>
        <source>纸卷用完</source>
        <translation>Paper roll used up</translation>
    </message>
    <message>
        <source>纸仓盖打开</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <source>未连接</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>打印机%1：%2</source>
        <translation>Printer %1: %2</translation>
    </message>
    <message>
        <source>空白文档不打印</source>
        <translation>Blank documents are not printed</translation>
    </message>
    <message>
        <source>无法创建输出目录 %1</source>
        <translation>Cannot create output directory %1</translation>
    </message>
    <message>
        <source>无法写入 %1.png</source>
        <translation>Cannot write %1.png</translation>
    </message>
    <message>
        <source>无法写入 %1.txt</source>
        <translation>Cannot write %1.txt</translation>
    </message>
    <message>
        <source>打印机不回报状态：打印后须扫描回执上的码确认</source>
        <translation>The printer does not report its status: after printing, scan the code on the printout to confirm</translation>
    </message>
    <message>
        <source>已发送，打印机不回报状态（模拟实情：%1）</source>
        <translation>Sent; the printer does not report its status (simulated reality: %1)</translation>
    </message>
    <message>
        <source>中途停止，已出纸 %1 行</source>
        <translation>Stopped midway, %1 lines printed</translation>
    </message>
    <message>
        <source>打印中途缺纸（已出纸 %1 行）：这张没有打完，不算已打印。请装纸后重新打印，重打的一张将标记为补打</source>
        <translation>Out of paper during printing (%1 lines printed): this copy is incomplete and does not count as printed. Load paper and print again; the new copy will be marked as a reprint</translation>
    </message>
    <message>
        <source>打印中途失败（已出纸 %1 行），打印机离线</source>
        <translation>Printing failed midway (%1 lines printed); printer offline</translation>
    </message>
    <message>
        <source>已完整出纸</source>
        <translation>Printed completely</translation>
    </message>
</context>
<context>
    <name>SqlArchiveStore</name>
    <message>
        <source>归档记录 #%1 无法解密（被改动或密钥不符）：%2</source>
        <translation>Archive record #%1 cannot be decrypted (altered, or not this store&apos;s key): %2</translation>
    </message>
    <message>
        <source>读取最新的归档记录</source>
        <translation>reading the newest archive record</translation>
    </message>
    <message>
        <source>读取归档链头</source>
        <translation>reading the archive chain&apos;s head</translation>
    </message>
    <message>
        <source>归档记录 #%1（%2）不接在最新的 #%3 之后：另一处刚封存了一条，须重新封存</source>
        <translation>Archive record #%1 (%2) does not follow the newest, #%3: another record was just sealed elsewhere; seal it again</translation>
    </message>
    <message>
        <source>保存归档记录 #%1</source>
        <translation>saving archive record #%1</translation>
    </message>
    <message>
        <source>保存归档记录 #%1 的 %2</source>
        <translation>saving %2 of archive record #%1</translation>
    </message>
    <message>
        <source>更新归档链头</source>
        <translation>updating the archive chain&apos;s head</translation>
    </message>
    <message>
        <source>读取归档记录</source>
        <translation>reading the archive records</translation>
    </message>
    <message>
        <source>读取归档记录 #%1 的 %2</source>
        <translation>reading %2 of archive record #%1</translation>
    </message>
    <message>
        <source>归档记录 #%1 的 %2 无法解密（被改动或密钥不符）：%3</source>
        <translation>%2 of archive record #%1 cannot be decrypted (altered, or not this store&apos;s key): %3</translation>
    </message>
    <message>
        <source>查找 %1 的归档记录</source>
        <translation>finding the archive records of %1</translation>
    </message>
    <message>
        <source>标记结算 %1 已归档</source>
        <translation>mark settlement %1 archived</translation>
    </message>
    <message>
        <source>查找待归档的结算</source>
        <translation>find the settlements due for the archive</translation>
    </message>
    <message>
        <source>读取归档记录 #%1 的文档</source>
        <translation>read the documents of archive record #%1</translation>
    </message>
    <message>
        <source>读取归档记录 #%1</source>
        <translation>reading archive record #%1</translation>
    </message>
    <message>
        <source>列出封存的归档记录</source>
        <translation>listing the sealed archive records</translation>
    </message>
    <message>
        <source>归档记录 #%1 的索引列（%2）与封存的记录不符，已被改动</source>
        <translation>The index columns (%2) of archive record #%1 do not match the sealed record: they were changed</translation>
    </message>
    <message>
        <source>标记处方销售 %1 已归档</source>
        <translation>Marking prescription sale %1 archived</translation>
    </message>
    <message>
        <source>查找待归档的处方销售</source>
        <translation>Finding prescription sales to archive</translation>
    </message>
    <message>
        <source>按患者查找归档记录</source>
        <translation>Finding archive records by patient</translation>
    </message>
    <message>
        <source>查找尚未按患者索引的归档记录</source>
        <translation>Finding archive records not yet indexed by patient</translation>
    </message>
    <message>
        <source>按患者索引归档记录 #%1</source>
        <translation>Indexing archive record #%1 by patient</translation>
    </message>
    <message>
        <source>查找待归档的处方退货</source>
        <translation>Finding prescription returns to archive</translation>
    </message>
</context>
<context>
    <name>SqlColumnHolder</name>
    <message>
        <source>统计 %1.%2 的加密数据</source>
        <translation>Counting the encrypted data of %1.%2</translation>
    </message>
    <message>
        <source>统计 %1 的明文个人信息</source>
        <translation>Counting the plain-text personal data of %1</translation>
    </message>
    <message>
        <source>读取 %1 的加密数据</source>
        <translation>Reading the encrypted data of %1</translation>
    </message>
    <message>
        <source>无法开始事务</source>
        <translation>Cannot begin a transaction</translation>
    </message>
    <message>
        <source>%1 第 %2 行：%3</source>
        <translation>%1 row %2: %3</translation>
    </message>
    <message>
        <source>改写 %1 的加密数据</source>
        <translation>Rewriting the encrypted data of %1</translation>
    </message>
    <message>
        <source>统计 %1 的校验码</source>
        <translation>Counting the check codes of %1</translation>
    </message>
    <message>
        <source>读取 %1 的校验码</source>
        <translation>Reading the check codes of %1</translation>
    </message>
    <message>
        <source>%1 第 %2 行的校验码不符（内容被改动？）：%3</source>
        <translation>The check code of %1 row %2 does not match (content altered?): %3</translation>
    </message>
    <message>
        <source>改写 %1 的校验码</source>
        <translation>Rewriting the check codes of %1</translation>
    </message>
</context>
<context>
    <name>SqlInsuranceCatalog</name>
    <message>
        <source>保存医保目录</source>
        <translation>Saving the insurance catalogue</translation>
    </message>
    <message>
        <source>保存支付标准</source>
        <translation>Saving the payment standards</translation>
    </message>
    <message>
        <source>保存医保目录版本</source>
        <translation>Saving the insurance catalogue version</translation>
    </message>
</context>
<context>
    <name>SqlInventoryRepository</name>
    <message>
        <source>生成单号</source>
        <translation>Generating document number</translation>
    </message>
    <message>
        <source>无法开始事务</source>
        <translation>Cannot start transaction</translation>
    </message>
    <message>
        <source>创建盘点单</source>
        <translation>Creating stocktake sheet</translation>
    </message>
    <message>
        <source>生成盘点明细</source>
        <translation>Generating stocktake lines</translation>
    </message>
    <message>
        <source>盘点单未能读回</source>
        <translation>The stocktake sheet could not be read back</translation>
    </message>
    <message>
        <source>记录实盘数量</source>
        <translation>Recording counted quantity</translation>
    </message>
    <message>
        <source>盘点单上没有批次 %1</source>
        <translation>Batch %1 is not on the stocktake sheet</translation>
    </message>
    <message>
        <source>读取进销存</source>
        <translation>Reading inventory ledger</translation>
    </message>
    <message>
        <source>读取库存流水</source>
        <translation>Reading stock movements</translation>
    </message>
    <message>
        <source>流水号,时间,类型,商品编码,品名,批号,数量（最小单位，入正出负）,操作人,原因,单据号
</source>
        <translation>Movement No.,Time,Type,Product code,Product name,Batch number,Quantity (smallest units; in positive / out negative),Operator,Reason,Document No.
</translation>
    </message>
    <message>
        <source>写入流水文件失败</source>
        <translation>Failed to write the stock movement file</translation>
    </message>
    <message>
        <source>导出已取消</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>读取库存流水（第 %1 行之后）</source>
        <translation>Reading the stock journal (after row %1)</translation>
    </message>
    <message>
        <source>进销存期间无效</source>
        <translation>Invalid ledger period</translation>
    </message>
</context>
<context>
    <name>SqlLedgerStore</name>
    <message>
        <source>读取批次库存</source>
        <translation>Reading batch stock</translation>
    </message>
    <message>
        <source>读取批次</source>
        <translation>Reading batches</translation>
    </message>
    <message>
        <source>查找批次</source>
        <translation>Looking up batch</translation>
    </message>
    <message>
        <source>查询追溯码 %1</source>
        <translation>Looking up traceability code %1</translation>
    </message>
    <message>
        <source>查询处方 %1 的结算记录</source>
        <translation>Looking up the settlement of prescription %1</translation>
    </message>
    <message>
        <source>读取单据 %1 的库存变动</source>
        <translation>Reading the stock movements of document %1</translation>
    </message>
    <message>
        <source>读取单据 %1 的上传记录</source>
        <translation>Reading the upload records of document %1</translation>
    </message>
    <message>
        <source>读取销售单 %1</source>
        <translation>Reading sale %1</translation>
    </message>
    <message>
        <source>读取销售单 %1 的明细</source>
        <translation>Reading the lines of sale %1</translation>
    </message>
    <message>
        <source>读取盘点单</source>
        <translation>Reading the stocktake sheet</translation>
    </message>
    <message>
        <source>读取盘点明细</source>
        <translation>Reading stocktake lines</translation>
    </message>
    <message>
        <source>读取批次余额</source>
        <translation>Reading batch balances</translation>
    </message>
    <message>
        <source>生成单号</source>
        <translation>Generating document number</translation>
    </message>
    <message>
        <source>保存批次 %1</source>
        <translation>Saving batch %1</translation>
    </message>
    <message>
        <source>记录库存变动</source>
        <translation>Recording stock movement</translation>
    </message>
    <message>
        <source>写入上传队列</source>
        <translation>Writing to upload queue</translation>
    </message>
    <message>
        <source>保存到货单</source>
        <translation>Saving delivery note</translation>
    </message>
    <message>
        <source>保存到货明细第 %1 行</source>
        <translation>Saving delivery note line %1</translation>
    </message>
    <message>
        <source>登记追溯码 %1（INV-TRACE：一盒只能入库一次）</source>
        <translation>Registering traceability code %1 (INV-TRACE: each box can be received only once)</translation>
    </message>
    <message>
        <source>保存销售单</source>
        <translation>Saving sale</translation>
    </message>
    <message>
        <source>保存销售明细第 %1 行</source>
        <translation>Saving sale line %1</translation>
    </message>
    <message>
        <source>登记售出追溯码 %1</source>
        <translation>Registering sold traceability code %1</translation>
    </message>
    <message>
        <source>追溯码 %1 已售出，本单未保存</source>
        <translation>Traceability code %1 has already been sold; sale not saved</translation>
    </message>
    <message>
        <source>登记售出追溯码 %1（INV-TRACE：一盒只能卖一次）</source>
        <translation>Registering sold traceability code %1 (INV-TRACE: each box can be sold only once)</translation>
    </message>
    <message>
        <source>保存销售追溯码 %1</source>
        <translation>Saving sale traceability code %1</translation>
    </message>
    <message>
        <source>处方 %1 已经调配或结算过，%2 未保存</source>
        <translation>Prescription %1 has already been dispensed or settled; %2 not saved</translation>
    </message>
    <message>
        <source>销售单 %1 已经退过货，不能再退</source>
        <translation>Sale %1 has already been returned and cannot be returned again</translation>
    </message>
    <message>
        <source>追溯码退回库存</source>
        <translation>Returning traceability codes to stock</translation>
    </message>
    <message>
        <source>标记退货追溯码</source>
        <translation>Marking returned traceability codes</translation>
    </message>
    <message>
        <source>审核盘点单</source>
        <translation>Approving stocktake sheet</translation>
    </message>
    <message>
        <source>盘点单已审核或不存在</source>
        <translation>The stocktake sheet is already approved or does not exist</translation>
    </message>
    <message>
        <source>登记待归档的处方销售 %1</source>
        <translation>Listing prescription sale %1 to archive</translation>
    </message>
    <message>
        <source>登记待归档的处方退货 %1</source>
        <translation>Listing prescription return %1 to archive</translation>
    </message>
    <message>
        <source>销售单 %1 的支付合计 %2 与应收 %3 不符，未保存</source>
        <translation>Sale %1: its tenders add up to %2, not the %3 due; not saved</translation>
    </message>
    <message>
        <source>保存销售单 %1 的支付方式（%2）</source>
        <translation>Saving the tenders of sale %1 (%2)</translation>
    </message>
    <message>
        <source>登记付款单 %1</source>
        <translation>Recording wallet order %1</translation>
    </message>
    <message>
        <source>%1付款单 %2 不是已付款、未记账的 %3，本单未保存</source>
        <translation>%1 order %2 is not a paid, unrecorded order of %3; the sale was not saved</translation>
    </message>
    <message>
        <source>数据库版本 %1 不能记录改价：请先升级数据库</source>
        <translation>Database version %1 cannot record a price change: upgrade the database first</translation>
    </message>
    <message>
        <source>保存销售单 %1 第 %2 行的改价</source>
        <translation>saving the price change of sale %1 line %2</translation>
    </message>
</context>
<context>
    <name>SqlParkedCartStore</name>
    <message>
        <source>保存挂单</source>
        <translation>Saving the parked cart</translation>
    </message>
    <message>
        <source>保存挂单 %1</source>
        <translation>Saving parked cart %1</translation>
    </message>
    <message>
        <source>挂单 %1 无法读取（%2）：可能被改动，不能取单，可丢弃</source>
        <translation>Parked cart %1 cannot be read (%2): it may have been changed; it cannot be recalled, only discarded</translation>
    </message>
    <message>
        <source>收银台、挂单人或时间与加密的内容不符</source>
        <translation>the till, who parked it or when does not match the encrypted content</translation>
    </message>
    <message>
        <source>读取挂单</source>
        <translation>Reading the parked carts</translation>
    </message>
    <message>
        <source>读取挂单 %1</source>
        <translation>Reading parked cart %1</translation>
    </message>
    <message>
        <source>没有挂单 %1（已取回或已丢弃）</source>
        <translation>No parked cart %1 (recalled or discarded already)</translation>
    </message>
    <message>
        <source>移除挂单 %1</source>
        <translation>Removing parked cart %1</translation>
    </message>
    <message>
        <source>没有挂单 %1（已被取回或丢弃）</source>
        <translation>No parked cart %1 (recalled or discarded already)</translation>
    </message>
</context>
<context>
    <name>SqlPaymentOrderStore</name>
    <message>
        <source>付款单须为微信或支付宝、金额大于零</source>
        <translation>A wallet order must be WeChat Pay or Alipay, for more than zero</translation>
    </message>
    <message>
        <source>保存付款单</source>
        <translation>Saving the wallet order</translation>
    </message>
    <message>
        <source>更新付款单 %1</source>
        <translation>Updating wallet order %1</translation>
    </message>
    <message>
        <source>付款单 %1 不存在或已随销售记账</source>
        <translation>Wallet order %1 does not exist or was recorded with its sale</translation>
    </message>
    <message>
        <source>读取付款单 %1</source>
        <translation>Reading wallet order %1</translation>
    </message>
    <message>
        <source>读取未了结的付款单</source>
        <translation>Reading the open wallet orders</translation>
    </message>
</context>
<context>
    <name>SqlPrescriptionRepository</name>
    <message>
        <source>保存处方 %1</source>
        <translation>Saving prescription %1</translation>
    </message>
    <message>
        <source>保存处方 %1 的审核</source>
        <translation>Saving the review of prescription %1</translation>
    </message>
    <message>
        <source>处方 %1 已于 %2 结算过（%3），同一处方只能结算一次</source>
        <translation>Prescription %1 was already settled at %2 (%3); a prescription can be settled only once</translation>
    </message>
    <message>
        <source>记录处方 %1 已结算</source>
        <translation>Recording prescription %1 as settled</translation>
    </message>
    <message>
        <source>写入上传队列</source>
        <translation>Writing to upload queue</translation>
    </message>
</context>
<context>
    <name>SqlProductCatalog</name>
    <message>
        <source>保存商品 %1</source>
        <translation>Saving product %1</translation>
    </message>
</context>
<context>
    <name>SqlRetentionTarget</name>
    <message>
        <source>查找 %1 中到期的个人信息</source>
        <translation>Finding expired personal data in %1</translation>
    </message>
    <message>
        <source>无法开始事务</source>
        <translation>Cannot begin a transaction</translation>
    </message>
    <message>
        <source>清除 %1 %2 的个人信息</source>
        <translation>Clearing the personal data of %1 %2</translation>
    </message>
    <message>
        <source>统计 %1 的个人信息</source>
        <translation>Counting the personal data of %1</translation>
    </message>
</context>
<context>
    <name>SqlSaleRepository</name>
    <message>
        <source>记录小票打印</source>
        <translation>Recording receipt printing</translation>
    </message>
    <message>
        <source>按身份证号查找麻黄碱类药品购买登记</source>
        <translation>Looking up the ephedrine register by ID number</translation>
    </message>
    <message>
        <source>读取销售单 %1 的退货</source>
        <translation>Reading the return of sale %1</translation>
    </message>
    <message>
        <source>查单须给出单号、追溯码、商品、金额或时间</source>
        <translation>A sale search needs a number, trace code, product, amount or time</translation>
    </message>
    <message>
        <source>查单</source>
        <translation>Finding sales</translation>
    </message>
    <message>
        <source> 等 %1 行</source>
        <translation> (%1 lines)</translation>
    </message>
</context>
<context>
    <name>SqlSettlementStore</name>
    <message>
        <source>保存医保结算 %1</source>
        <translation>Saving insured settlement %1</translation>
    </message>
    <message>
        <source>记录平台报文 %1</source>
        <translation>Recording platform message %1</translation>
    </message>
    <message>
        <source>读取医保结算</source>
        <translation>Reading insured settlements</translation>
    </message>
    <message>
        <source>医保结算 %1 的记录无法解密（被改动或密钥不符）：%2</source>
        <translation>The record of insured settlement %1 cannot be decrypted (altered, or the key does not match): %2</translation>
    </message>
    <message>
        <source>医保结算 %1 的记录已损坏</source>
        <translation>The record of insured settlement %1 is damaged</translation>
    </message>
    <message>
        <source>查询处方的医保结算</source>
        <translation>Looking up a prescription&apos;s insured settlement</translation>
    </message>
    <message>
        <source>读取平台报文记录</source>
        <translation>Reading platform message records</translation>
    </message>
    <message>
        <source>平台报文 %1 的状态无效</source>
        <translation>Platform message %1 has an invalid state</translation>
    </message>
    <message>
        <source>平台报文 %1 的记录无法解密（被改动或密钥不符）</source>
        <translation>The record of platform message %1 cannot be decrypted (altered, or the key does not match)</translation>
    </message>
    <message>
        <source>保存医保结算 %1 的%2</source>
        <translation>Saving %2 of insured settlement %1</translation>
    </message>
    <message>
        <source>读取医保结算 %1 的%2</source>
        <translation>Reading %2 of insured settlement %1</translation>
    </message>
    <message>
        <source>医保结算 %1 的%2无法解密（被改动或密钥不符）：%3</source>
        <translation>%2 of insured settlement %1 cannot be decrypted (altered, or the key does not match): %3</translation>
    </message>
</context>
<context>
    <name>SqlShiftStore</name>
    <message>
        <source>读取收银台 %1 的班次</source>
        <translation>Reading the shift of till %1</translation>
    </message>
    <message>
        <source>收银台 %1 已有未交班的班次 %2（%3）</source>
        <translation>Till %1 already has an open shift %2 (%3)</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>交班 %1</source>
        <translation>Handing over %1</translation>
    </message>
    <message>
        <source>班次 %1 已经交班（在别处先交了）</source>
        <translation>Shift %1 was already handed over (elsewhere first)</translation>
    </message>
    <message>
        <source>统计收银台 %1 的销售</source>
        <translation>Summing the sales of till %1</translation>
    </message>
    <message>
        <source>统计收银台 %1 的退货</source>
        <translation>Summing the returns of till %1</translation>
    </message>
    <message>
        <source>读取 %1 的班次</source>
        <translation>Reading the shifts of %1</translation>
    </message>
    <message>
        <source>读取 %1 的收银台</source>
        <translation>Reading the tills of %1</translation>
    </message>
    <message>
        <source>统计收银台 %1 的支付方式</source>
        <translation>Totalling till %1 by tender</translation>
    </message>
</context>
<context>
    <name>SqlStaffRepositories</name>
    <message>
        <source>保存账号 %1</source>
        <translation>Saving account %1</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Changing password</translation>
    </message>
    <message>
        <source>记录登录状态</source>
        <translation>Recording login state</translation>
    </message>
    <message>
        <source>停用/启用账号</source>
        <translation>Disabling/enabling account</translation>
    </message>
    <message>
        <source>记录上岗</source>
        <translation>Recording clock-in</translation>
    </message>
    <message>
        <source>上岗记录未能读回</source>
        <translation>The clock-in record could not be read back</translation>
    </message>
    <message>
        <source>记录下岗</source>
        <translation>Recording clock-out</translation>
    </message>
    <message>
        <source>该在岗记录已结束</source>
        <translation>This duty record has already ended</translation>
    </message>
    <message>
        <source>读取审计链头</source>
        <translation>Reading audit chain head</translation>
    </message>
    <message>
        <source>写入审计日志</source>
        <translation>Writing audit trail</translation>
    </message>
    <message>
        <source>无法读取审计日志</source>
        <translation>Cannot read the audit trail</translation>
    </message>
    <message>
        <source>第 %1 条缺失（被删除）</source>
        <translation>Entry %1 is missing (deleted)</translation>
    </message>
    <message>
        <source>第 %1–%2 条缺失（被删除）</source>
        <translation>Entries %1–%2 are missing (deleted)</translation>
    </message>
    <message>
        <source>第 %1 条与前一条的链接断开（前面的条目被删除、插入或调换顺序）</source>
        <translation>Entry %1 is not linked to the previous entry (earlier entries were deleted, inserted or reordered)</translation>
    </message>
    <message>
        <source>第 %1 条内容被改动（哈希不符）</source>
        <translation>Entry %1 has been altered (hash mismatch)</translation>
    </message>
    <message>
        <source>审计链头缺失</source>
        <translation>The audit chain head is missing</translation>
    </message>
    <message>
        <source>最新的第 %1–%2 条缺失（被删除）</source>
        <translation>The latest entries %1–%2 are missing (deleted)</translation>
    </message>
    <message>
        <source>审计链头与日志不符（链头被改动）</source>
        <translation>The audit chain head does not match the log (chain head altered)</translation>
    </message>
    <message>
        <source>记录登录尝试</source>
        <translation>record the login attempt</translation>
    </message>
    <message>
        <source>没有这个账号</source>
        <translation>No such account</translation>
    </message>
    <message>
        <source>读取审计日志</source>
        <translation>read the audit trail</translation>
    </message>
</context>
<context>
    <name>SqlTraceCodeRegistry</name>
    <message>
        <source>记住追溯码前缀 %1</source>
        <translation>Remembering traceability code prefix %1</translation>
    </message>
    <message>
        <source>（已加密的医保电子凭证）</source>
        <translation>(encrypted insurance e-voucher)</translation>
    </message>
    <message>
        <source>读取扫码日志</source>
        <translation>Reading the scan journal</translation>
    </message>
    <message>
        <source>扫码日志中没有第 %1 条</source>
        <translation>The scan journal has no entry %1</translation>
    </message>
</context>
<context>
    <name>SqlTraceQuery</name>
    <message>
        <source>读取追溯码</source>
        <translation>reading the traceability code</translation>
    </message>
    <message>
        <source>读取购进记录</source>
        <translation>reading the receiving</translation>
    </message>
    <message>
        <source>读取销售记录</source>
        <translation>reading the sales</translation>
    </message>
    <message>
        <source>读取批号</source>
        <translation>reading the batch</translation>
    </message>
    <message>
        <source>读取批号的追溯码</source>
        <translation>reading the batch&apos;s codes</translation>
    </message>
    <message>
        <source>读取销售的医保结算</source>
        <translation>reading the sale&apos;s insured settlement</translation>
    </message>
    <message>
        <source>读取销售的归档记录</source>
        <translation>reading the sale&apos;s archive records</translation>
    </message>
    <message>
        <source>读取归档记录的文件</source>
        <translation>reading the archive record&apos;s files</translation>
    </message>
</context>
<context>
    <name>SqlUploadQueue</name>
    <message>
        <source>分配报文ID</source>
        <translation>Allocating a message ID</translation>
    </message>
    <message>
        <source>写入上传队列</source>
        <translation>Writing to upload queue</translation>
    </message>
    <message>
        <source>记录报文ID</source>
        <translation>Recording the message ID</translation>
    </message>
    <message>
        <source>上传记录 %1 不在待发送状态</source>
        <translation>Upload record %1 is not waiting to be sent</translation>
    </message>
    <message>
        <source>更新上传记录</source>
        <translation>Updating the upload record</translation>
    </message>
    <message>
        <source>上传记录 %1 不在待上传队列中</source>
        <translation>Upload record %1 is not in the upload queue</translation>
    </message>
    <message>
        <source>已更正，待重新上传</source>
        <translation>Corrected, waiting to be uploaded again</translation>
    </message>
    <message>
        <source>更正上传记录</source>
        <translation>Correcting the upload record</translation>
    </message>
    <message>
        <source>只有被平台拒绝的记录可以更正（记录 %1）</source>
        <translation>Only records the platform refused can be corrected (record %1)</translation>
    </message>
    <message>
        <source>读取上传记录</source>
        <translation>Reading upload records</translation>
    </message>
    <message>
        <source>归档上传记录</source>
        <translation>Archiving upload records</translation>
    </message>
    <message>
        <source>完成撤回</source>
        <translation>Completing the withdrawal</translation>
    </message>
    <message>
        <source>上传记录 %1 不存在</source>
        <translation>Upload record %1 does not exist</translation>
    </message>
    <message>
        <source>记录 %1 %2，只有被拒或已上传的记录可以撤回</source>
        <translation>Record %1 is %2; only refused or uploaded records can be withdrawn</translation>
    </message>
    <message>
        <source>记录 %1 已申请撤回</source>
        <translation>Record %1 has already been asked to be withdrawn</translation>
    </message>
    <message>
        <source>交易 %1 的记录不能用 3507 撤回</source>
        <translation>Records of transaction %1 cannot be withdrawn with 3507</translation>
    </message>
    <message>
        <source>检查撤回范围</source>
        <translation>Checking the scope of the withdrawal</translation>
    </message>
    <message>
        <source>记录 %1 与已上传记录 %2 同用批次流水号 %3：3507 会把两条一起删除，请先处理记录 %2</source>
        <translation>Record %1 shares batch serial number %3 with uploaded record %2: 3507 would delete both, so deal with record %2 first</translation>
    </message>
    <message>
        <source>登记撤回</source>
        <translation>Registering the withdrawal</translation>
    </message>
    <message>
        <source>统计已上传记录</source>
        <translation>Counting uploaded records</translation>
    </message>
    <message>
        <source>读取待上传记录</source>
        <translation>Reading records waiting for upload</translation>
    </message>
    <message>
        <source>读取已上传记录</source>
        <translation>Reading uploaded records</translation>
    </message>
    <message>
        <source>记录平台连接状态</source>
        <translation>Recording the platform link state</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>执业药师</source>
        <translation>Licensed pharmacist</translation>
    </message>
    <message>
        <source>店长</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>销售收款</source>
        <translation>take payment for sales</translation>
    </message>
    <message>
        <source>作废销售</source>
        <translation>void sales</translation>
    </message>
    <message>
        <source>补打小票</source>
        <translation>reprint receipts</translation>
    </message>
    <message>
        <source>审核处方</source>
        <translation>review prescriptions</translation>
    </message>
    <message>
        <source>调配处方</source>
        <translation>dispense prescriptions</translation>
    </message>
    <message>
        <source>门诊统筹结算</source>
        <translation>settle outpatient pooled-fund claims</translation>
    </message>
    <message>
        <source>药师上下岗</source>
        <translation>clock pharmacists in/out</translation>
    </message>
    <message>
        <source>购进验收入库</source>
        <translation>receive purchased stock</translation>
    </message>
    <message>
        <source>调整库存</source>
        <translation>adjust stock</translation>
    </message>
    <message>
        <source>导出进销存台账</source>
        <translation>export the inventory ledger</translation>
    </message>
    <message>
        <source>导出药师在岗记录</source>
        <translation>export pharmacist duty records</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>管理账号</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>修改门店配置</source>
        <translation>change store settings</translation>
    </message>
    <message>
        <source>销售退货</source>
        <translation>process sale returns</translation>
    </message>
    <message>
        <source>查看结算人脸与录像</source>
        <translation>view settlement faces and recordings</translation>
    </message>
    <message>
        <source>导出结算录像</source>
        <translation>export settlement recordings</translation>
    </message>
    <message>
        <source>代为交班、日结</source>
        <translation>close another&apos;s shift, day close</translation>
    </message>
    <message>
        <source>改价、折扣（不限额度）</source>
        <translation>change prices and discount (no limit)</translation>
    </message>
</context>
<context>
    <name>StockClosings</name>
    <message>
        <source>核对月末结存</source>
        <translation>month-end closings check</translation>
    </message>
    <message>
        <source>%1 有库存变动，但没有这个月的月末结存记录</source>
        <translation>%1 has stock movements but no month-end closing record for that month</translation>
    </message>
    <message>
        <source>批次 %1（%2 %3 批号 %4）</source>
        <translation>batch %1 (%2 %3 batch no. %4)</translation>
    </message>
    <message>
        <source>%1 %2月末结存缺失：库存变动合计为 %3</source>
        <translation>%1: the month-end closing of %2 is missing; the movements sum to %3</translation>
    </message>
    <message>
        <source>%1 %2月末结存记为 %3，库存变动合计为 %4</source>
        <translation>%1: the month-end closing of %2 is recorded as %3, the movements sum to %4</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>盘点单号,批次ID,商品编码,品名,规格,批号,有效期,账面数量（最小单位）,实盘数量</source>
        <translation>Stocktake sheet No.,Batch ID,Product code,Product name,Specification,Batch number,Expiry date,Book quantity (smallest units),Counted quantity</translation>
    </message>
    <message>
        <source>第 %1 行：实盘数量“%2”须为不小于 0 的整数</source>
        <translation>Line %1: counted quantity &quot;%2&quot; must be a whole number of 0 or more</translation>
    </message>
    <message>
        <source>盘点单</source>
        <translation>stocktake sheet</translation>
    </message>
    <message>
        <source>盘点单 %1</source>
        <translation>stocktake sheet %1</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>数据库文件 %1 完整（SQLite %2 读过每一页，用时 %3 ms）</source>
        <translation>The database file %1 is intact (SQLite %2 read every page in %3 ms)</translation>
    </message>
    <message>
        <source>数据库文件 %1 已损坏，%2 发现 %3 处问题：</source>
        <translation>The database file %1 is damaged; %2 found %3 problems:</translation>
    </message>
    <message>
        <source>请停止使用本机，从备份恢复。</source>
        <translation>Stop using this machine and restore from a backup.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>需要 --user 账号（密码从标准输入读取）</source>
        <translation>--user NAME is required (password read from standard input)</translation>
    </message>
    <message>
        <source>%1 的密码：</source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>没有读到 %1 的密码</source>
        <translation>No password was read for %1</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4%5</source>
        <translation>#%1 %2 %3 %4%5</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>待上传：%1 条</source>
        <translation>Pending upload: %1</translation>
    </message>
    <message>
        <source>被拒：%1 条&#x3000;待核实：%2 条&#x3000;已上传：%3 条&#x3000;已撤回：%4 条</source>
        <translation>Refused: %1   To verify: %2   Uploaded: %3   Withdrawn: %4</translation>
    </message>
    <message>
        <source>最早一条：%1</source>
        <translation>Oldest: %1</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>最近成功：%1</source>
        <translation>Last success: %1</translation>
    </message>
    <message>
        <source>（从未）</source>
        <translation>(never)</translation>
    </message>
    <message>
        <source>最近错误：%1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>平台连接：%1</source>
        <translation>Platform link: %1</translation>
    </message>
    <message>
        <source>未配置（[platform] link=off）</source>
        <translation>not configured ([platform] link=off)</translation>
    </message>
    <message>
        <source>待处理：</source>
        <translation>To handle:</translation>
    </message>
    <message>
        <source>没有上传记录 %1</source>
        <translation>There is no upload record %1</translation>
    </message>
    <message>
        <source>写入：%1&#x3000;尝试：%2 次&#x3000;报文ID：%3</source>
        <translation>Written: %1   Attempts: %2   Message ID: %3</translation>
    </message>
    <message>
        <source>此前报文ID：%1</source>
        <translation>Earlier message ID: %1</translation>
    </message>
    <message>
        <source>未配置医保平台连接：在 [platform] 中设置 link=https</source>
        <translation>No insurance platform link is configured: set link=https under [platform]</translation>
    </message>
    <message>
        <source>本次上传成功 %1 条，被拒 %2 条</source>
        <translation>This run uploaded %1 records; %2 were refused</translation>
    </message>
    <message>
        <source>用法：pharmapos sync reconcile --from 2026-11-01 --to 2026-11-30 --user 店长</source>
        <translation>Usage: pharmapos sync reconcile --from 2026-11-01 --to 2026-11-30 --user MANAGER</translation>
    </message>
    <message>
        <source>平台在规定时间内没有答完</source>
        <translation>The platform did not answer everything in time</translation>
    </message>
    <message>
        <source>本店销售记录 %1 条，平台 %2 条；已售追溯码本店 %3 个，平台 %4 个；核对库存商品 %5 种</source>
        <translation>Store sales records %1, platform %2; sold trace codes: store %3, platform %4; stock compared for %5 products</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4</source>
        <translation>%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>已下载：医保目录 %1 条，支付标准 %2 条</source>
        <translation>Downloaded: %1 insurance catalogue entries, %2 payment standards</translation>
    </message>
    <message>
        <source>用法：pharmapos sync status | show ID | run [--timeout-s N] | retry ID --user U |
      correct ID FILE.json --user U | withdraw ID --reason R --user U |
      reconcile --from D --to D --user U | catalog [--full] --user U</source>
        <translation>Usage: pharmapos sync status | show ID | run [--timeout-s N] | retry ID --user U |
      correct ID FILE.json --user U | withdraw ID --reason R --user U |
      reconcile --from D --to D --user U | catalog [--full] --user U</translation>
    </message>
    <message>
        <source>sync：未知的操作“%1”</source>
        <translation>sync: unknown operation “%1”</translation>
    </message>
    <message>
        <source>上传队列</source>
        <translation>upload queue</translation>
    </message>
    <message>
        <source>需要记录编号</source>
        <translation>A record number is needed</translation>
    </message>
    <message>
        <source>记录 %1 已排队重新上传（结果未知的记录先向平台核实）</source>
        <translation>Record %1 is queued for upload again (a record whose outcome is unknown is first checked with the platform)</translation>
    </message>
    <message>
        <source>用法：pharmapos sync correct ID 更正后的记录.json --user 店长（JSON 对象）</source>
        <translation>Usage: pharmapos sync correct ID CORRECTED_RECORD.json --user MANAGER (a JSON object)</translation>
    </message>
    <message>
        <source>记录 %1 已更正并排队重新上传</source>
        <translation>Record %1 corrected and queued for upload again</translation>
    </message>
    <message>
        <source>记录 %1 已撤回（平台未收录，无需 3507）</source>
        <translation>Record %1 withdrawn (the platform never took it in, no 3507 needed)</translation>
    </message>
    <message>
        <source>记录 %1 的撤回已排队：3507 记录 #%2</source>
        <translation>The withdrawal of record %1 is queued: 3507 record #%2</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <source>连不上打印机 %1（%2 ms 内）：%3</source>
        <translation>Cannot connect to printer %1 (within %2 ms): %3</translation>
    </message>
    <message>
        <source>打印机 %1 未连接</source>
        <translation>Printer %1 is not connected</translation>
    </message>
    <message>
        <source>向 %1 发送失败：%2</source>
        <translation>Sending to %1 failed: %2</translation>
    </message>
    <message>
        <source>向 %1 发送未完成（%2 ms 内）：%3</source>
        <translation>Sending to %1 did not complete (within %2 ms): %3</translation>
    </message>
    <message>
        <source>与 %1 的连接中断：%2</source>
        <translation>Connection to %1 lost: %2</translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>医保</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>抹零</source>
        <translation>Rounding</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>第 %1 行第 %2 字节（文件第 %3 字节）</source>
        <translation>line %1 byte %2 (byte %3 of the file)</translation>
    </message>
    <message>
        <source>GB18030（GBK）</source>
        <translation>GB18030 (GBK)</translation>
    </message>
    <message>
        <source>%1 不是文本文件：%2是 NUL 字节</source>
        <translation>%1 is not a text file: at %2 there is a NUL byte</translation>
    </message>
    <message>
        <source>%1 标明是 UTF-8（有 BOM），但%2的字节 %3 不是 UTF-8：文件已损坏或混入了其他编码的内容</source>
        <translation>%1 says it is UTF-8 (it has a BOM), but byte %3 at %2 is not UTF-8: the file is damaged or mixes in content in another encoding</translation>
    </message>
    <message>
        <source>%1 是 UTF-8 文本，但%2的字节 %3 不是 UTF-8（共 %4 处）：文件已损坏或混入了其他编码的内容</source>
        <translation>%1 is UTF-8 text, but byte %3 at %2 is not UTF-8 (%4 places in all): the file is damaged or mixes in content in another encoding</translation>
    </message>
    <message>
        <source>%1 既不是 UTF-8 也不是 GB18030（GBK）文本：按 GB18030 读取，%2的字节 %3 无法识别</source>
        <translation>%1 is neither UTF-8 nor GB18030 (GBK) text: read as GB18030, byte %3 at %2 cannot be decoded</translation>
    </message>
</context>
<context>
    <name>UploadEngine</name>
    <message>
        <source>发送后未得到确定应答（程序中断）</source>
        <translation>Sent without a definite answer (the program was interrupted)</translation>
    </message>
    <message>
        <source>签到被拒：%1</source>
        <translation>Sign-in refused: %1</translation>
    </message>
    <message>
        <source>已预备、未发送</source>
        <translation>Prepared, not sent</translation>
    </message>
    <message>
        <source>签到已失效，重新签到后重发</source>
        <translation>The sign-in expired; signing in again and resending</translation>
    </message>
    <message>
        <source>平台拒绝（infcode %1）</source>
        <translation>Refused by the platform (infcode %1)</translation>
    </message>
    <message>
        <source>结果未知，且平台没有查询交易可以核实（交易 %1），请人工核实</source>
        <translation>Outcome unknown, and the platform has no query transaction to check it (transaction %1): please check by hand</translation>
    </message>
    <message>
        <source>核实未果：%1</source>
        <translation>Check inconclusive: %1</translation>
    </message>
    <message>
        <source>平台查询被拒：%1</source>
        <translation>Platform query refused: %1</translation>
    </message>
    <message>
        <source>平台查询应答无法识别</source>
        <translation>The platform&apos;s query answer is not recognised</translation>
    </message>
    <message>
        <source>平台已收到</source>
        <translation>The platform has received it</translation>
    </message>
    <message>
        <source>经平台查询确认未收到，重新上传</source>
        <translation>The platform query confirmed it was not received; uploading again</translation>
    </message>
    <message>
        <source>平台未收到</source>
        <translation>The platform has not received it</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <source>待上传</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>发送中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>已上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>被拒</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>待核实</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>UploadService</name>
    <message>
        <source>%1，但未能写入审计日志：%2</source>
        <translation>%1, but it could not be written to the audit log: %2</translation>
    </message>
    <message>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 小时 %2 分钟</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 天 %2 小时</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>上传记录 %1 不存在</source>
        <translation>Upload record %1 does not exist</translation>
    </message>
    <message>
        <source>店长要求重新上传</source>
        <translation>Store manager asked to upload again</translation>
    </message>
    <message>
        <source>店长要求立即核实</source>
        <translation>Store manager asked to check now</translation>
    </message>
    <message>
        <source>记录 %1 %2，无需重传</source>
        <translation>Record %1 is %2; no need to resend</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>记录 %1 已重新排队</source>
        <translation>Record %1 queued again</translation>
    </message>
    <message>
        <source>只有被平台拒绝的记录可以更正（记录 %1 %2）</source>
        <translation>Only records the platform refused can be corrected (record %1 is %2)</translation>
    </message>
    <message>
        <source>更正后的记录缺少节点 %1</source>
        <translation>The corrected record lacks the node %1</translation>
    </message>
    <message>
        <source>%1 %2，平台原因：%3</source>
        <translation>%1 %2, the platform&apos;s reason: %3</translation>
    </message>
    <message>
        <source>记录 %1 已更正并重新排队</source>
        <translation>Record %1 corrected and queued again</translation>
    </message>
    <message>
        <source>撤回需要填写原因</source>
        <translation>A withdrawal needs a reason</translation>
    </message>
    <message>
        <source>店长撤回：%1</source>
        <translation>Withdrawn by the store manager: %1</translation>
    </message>
    <message>
        <source>%1 %2 撤回（平台未收录）：%3</source>
        <translation>%1 %2 withdrawn (the platform never took it in): %3</translation>
    </message>
    <message>
        <source>%1 %2 撤回，3507 记录 %3：%4</source>
        <translation>%1 %2 withdrawn, 3507 record %3: %4</translation>
    </message>
    <message>
        <source>记录 %1 已撤回</source>
        <translation>Record %1 withdrawn</translation>
    </message>
    <message>
        <source>平台对账</source>
        <translation>Platform reconciliation</translation>
    </message>
    <message>
        <source>对账期间无效：起始日期晚于结束日期</source>
        <translation>Invalid reconciliation period: the start date is after the end date</translation>
    </message>
    <message>
        <source>未配置医保平台连接，无法对账</source>
        <translation>No insurance platform link is configured; cannot reconcile</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>对账已完成</source>
        <translation>Reconciliation finished</translation>
    </message>
    <message>
        <source>下载医保目录</source>
        <translation>Download the insurance catalogue</translation>
    </message>
    <message>
        <source>未配置医保平台连接，无法下载医保目录</source>
        <translation>No insurance platform link is configured; cannot download the insurance catalogue</translation>
    </message>
    <message>
        <source>医保目录</source>
        <translation>insurance catalogue</translation>
    </message>
    <message>
        <source>%1 条目录，%2 条支付标准</source>
        <translation>%1 catalogue entries, %2 payment standards</translation>
    </message>
    <message>
        <source>医保目录已下载</source>
        <translation>Insurance catalogue downloaded</translation>
    </message>
    <message>
        <source>平台连接中断 %1，待上传 %2 条</source>
        <translation>Platform link down for %1, %2 records pending</translation>
    </message>
    <message>
        <source>平台连接正常，待上传 %1 条</source>
        <translation>Platform link OK, %1 records pending</translation>
    </message>
    <message>
        <source>平台连接正常：全部已上传（最近 %1）</source>
        <translation>Platform link OK: everything uploaded (last %1)</translation>
    </message>
    <message>
        <source>尚未连接平台：待上传 0 条</source>
        <translation>Not connected to the platform yet: 0 records pending</translation>
    </message>
    <message>
        <source>；%1 条被平台拒绝，待店长处理</source>
        <translation>; %1 refused by the platform, waiting for the store manager</translation>
    </message>
    <message>
        <source>；%1 条结果待核实</source>
        <translation>; %1 with outcomes to verify</translation>
    </message>
</context>
<context>
    <name>UsbTransport</name>
    <message>
        <source>libusb 初始化失败：%1</source>
        <translation>libusb initialization failed: %1</translation>
    </message>
    <message>
        <source>无法列出 USB 设备：%1</source>
        <translation>Cannot list USB devices: %1</translation>
    </message>
    <message>
        <source>打开 %1 失败：%2（需要 udev 规则给予访问权限）</source>
        <translation>Opening %1 failed: %2 (a udev rule is needed to grant access)</translation>
    </message>
    <message>
        <source>占用 %1 的打印接口失败：%2</source>
        <translation>Claiming the printer interface of %1 failed: %2</translation>
    </message>
    <message>
        <source>没有找到 USB 打印机 %1</source>
        <translation>USB printer %1 not found</translation>
    </message>
    <message>
        <source>没有找到 USB 打印机（接口类 7）</source>
        <translation>No USB printer found (interface class 7)</translation>
    </message>
    <message>
        <source>USB 打印机未打开</source>
        <translation>USB printer is not open</translation>
    </message>
    <message>
        <source>向 %1 发送失败（已发 %2/%3 字节）：%4</source>
        <translation>Sending to %1 failed (%2/%3 bytes sent): %4</translation>
    </message>
    <message>
        <source>%1 没有回传端点，不能回报状态：请设 printer_reports_status = no</source>
        <translation>%1 has no IN endpoint and cannot report status: set printer_reports_status = no</translation>
    </message>
    <message>
        <source>从 %1 读取失败：%2</source>
        <translation>Reading from %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>WalletPayments</name>
    <message>
        <source>“%1”不是微信或支付宝付款码（微信 18 位、以 10–15 开头；支付宝 16–24 位、以 25–30 开头），请让顾客刷新付款码后重扫</source>
        <translation>&quot;%1&quot; is not a WeChat Pay or Alipay payment code (WeChat: 18 digits from 10–15; Alipay: 16–24 digits from 25–30); ask the customer to refresh the code and scan again</translation>
    </message>
    <message>
        <source>付款金额须大于零（%1）</source>
        <translation>The amount must be more than zero (%1)</translation>
    </message>
    <message>
        <source>上一笔%1付款尚未有结果，请稍候</source>
        <translation>The last %1 payment has no outcome yet; please wait</translation>
    </message>
    <message>
        <source>付款单未能保存，未向%1发起扣款：%2</source>
        <translation>The order could not be saved; nothing was sent to %1: %2</translation>
    </message>
    <message>
        <source>已扣款但未能保存：%1</source>
        <translation>Paid but not saved: %1</translation>
    </message>
    <message>
        <source>%1 收款 %2，交易号 %3</source>
        <translation>%1 took %2, transaction %3</translation>
    </message>
    <message>
        <source>%1 %2 未付款：%3</source>
        <translation>%1 %2 not paid: %3</translation>
    </message>
    <message>
        <source>%1未付款（%2），未扣款；可让顾客换一种方式付款</source>
        <translation>%1 did not pay (%2); nothing was charged; the customer may pay another way</translation>
    </message>
    <message>
        <source>被拒绝</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>查询 %1 次仍无结果</source>
        <translation>no outcome after %1 queries</translation>
    </message>
    <message>
        <source>%1 %2 已撤销（%3）</source>
        <translation>%1 %2 reversed (%3)</translation>
    </message>
    <message>
        <source>%1付款结果未明（%2），已撤销订单 %3：顾客未被扣款（如已扣将原路退回），请重新收款</source>
        <translation>%1 outcome unknown (%2); order %3 reversed: the customer is not charged (anything taken goes back); take the payment again</translation>
    </message>
    <message>
        <source>%1 %2 撤销未确认（%3；%4）</source>
        <translation>%1 %2 reversal not confirmed (%3; %4)</translation>
    </message>
    <message>
        <source>%1付款结果未明，撤销也未确认（订单 %2）：本单未收此款；系统会继续撤销，若顾客已被扣款将原路退回。请顾客换一种方式付款</source>
        <translation>%1 outcome unknown and its reversal not confirmed (order %2): this sale did not take it; the reversal will be retried and anything charged goes back. Ask the customer to pay another way</translation>
    </message>
    <message>
        <source>没有付款单 %1</source>
        <translation>No wallet order %1</translation>
    </message>
    <message>
        <source>付款单 %1 已随销售单 %2 记账，不能撤销；请走退货</source>
        <translation>Wallet order %1 was recorded with sale %2 and cannot be reversed; make a return</translation>
    </message>
    <message>
        <source>%1 %2 已撤销（收款取消）</source>
        <translation>%1 %2 reversed (payment cancelled)</translation>
    </message>
    <message>
        <source>%1 %2 撤销未确认：%3</source>
        <translation>%1 %2 reversal not confirmed: %3</translation>
    </message>
    <message>
        <source>%1 %2 的撤销未确认（订单 %3）：系统会继续撤销</source>
        <translation>The reversal of %1 %2 is not confirmed (order %3): it will be retried</translation>
    </message>
    <message>
        <source>继续未确认的撤销</source>
        <translation>retrying an unconfirmed reversal</translation>
    </message>
    <message>
        <source>已付款但没有记账的销售</source>
        <translation>paid, but no sale was recorded</translation>
    </message>
    <message>
        <source>%1 %2 查询为未付款</source>
        <translation>%1 %2 found not paid</translation>
    </message>
    <message>
        <source>重启后查得已付款，但销售未记账</source>
        <translation>found paid after a restart, but no sale was recorded</translation>
    </message>
    <message>
        <source>重启后查询仍无结果</source>
        <translation>no outcome after a restart</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>XLSX 文件已损坏：%1</source>
        <translation>The XLSX file is damaged: %1</translation>
    </message>
    <message>
        <source>XLSX 文件的部件 %1 解压后超过 %2 MB，拒绝读取（可能是压缩炸弹）</source>
        <translation>Part %1 of the XLSX file exceeds %2 MB when uncompressed; refusing to read it (possibly a zip bomb)</translation>
    </message>
    <message>
        <source>XLSX 文件缺少部件 %1</source>
        <translation>The XLSX file is missing part %1</translation>
    </message>
    <message>
        <source>部件 %1 的目录项无法读取</source>
        <translation>The directory entry of part %1 cannot be read</translation>
    </message>
    <message>
        <source>XLSX 文件的部件 %1 已加密，无法读取</source>
        <translation>Part %1 of the XLSX file is encrypted and cannot be read</translation>
    </message>
    <message>
        <source>部件 %1 无法解压</source>
        <translation>Part %1 cannot be uncompressed</translation>
    </message>
    <message>
        <source>部件 %1 解压失败（minizip 错误 %2）</source>
        <translation>Uncompressing part %1 failed (minizip error %2)</translation>
    </message>
    <message>
        <source>含 DTD</source>
        <translation>contains a DTD</translation>
    </message>
    <message>
        <source>部件 %1 不是有效的 XML：%2（第 %3 行）</source>
        <translation>Part %1 is not valid XML: %2 (line %3)</translation>
    </message>
    <message>
        <source>单元格 %1 引用的共享字符串 %2 不存在</source>
        <translation>Cell %1 refers to shared string %2, which does not exist</translation>
    </message>
    <message>
        <source>%1 的行号“%2”无效或未按顺序</source>
        <translation>Row number &quot;%2&quot; of %1 is invalid or out of order</translation>
    </message>
    <message>
        <source>单元格引用“%1”无效</source>
        <translation>Invalid cell reference &quot;%1&quot;</translation>
    </message>
    <message>
        <source>工作表超过 %1 个单元格，拒绝读取</source>
        <translation>The worksheet has more than %1 cells; refusing to read it</translation>
    </message>
    <message>
        <source>无法读取 %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>%1 是旧版 Excel（.xls）或加了密码的工作簿：请在 Excel/WPS 中另存为不加密的 .xlsx 或 CSV</source>
        <translation>%1 is an old Excel workbook (.xls) or a password-protected one: save it in Excel/WPS as an unencrypted .xlsx or as CSV</translation>
    </message>
    <message>
        <source>%1 不是 XLSX 文件（不是 ZIP 压缩包）</source>
        <translation>%1 is not an XLSX file (not a ZIP archive)</translation>
    </message>
    <message>
        <source>ZIP 目录无法读取</source>
        <translation>The ZIP directory cannot be read</translation>
    </message>
    <message>
        <source>%1 不是 Excel 工作簿（没有 %2）</source>
        <translation>%1 is not an Excel workbook (no %2)</translation>
    </message>
    <message>
        <source>%1 里没有工作表</source>
        <translation>%1 contains no worksheet</translation>
    </message>
    <message>
        <source>工作表 %1 不在文件里</source>
        <translation>Worksheet %1 is not in the file</translation>
    </message>
    <message>
        <source>元素嵌套超过 %1 层</source>
        <translation>Elements nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>XLSX 文件的共享字符串超过 %1 个的上限，拒绝读取</source>
        <translation>The XLSX file has more shared strings than the limit of %1; refused</translation>
    </message>
    <message>
        <source>工作表第 %1 行超过 %2 行的上限：请分成几个文件导入</source>
        <translation>Worksheet row %1 is beyond the limit of %2 rows: import it as several files</translation>
    </message>
    <message>
        <source>单元格 %1 超出 %2 列的上限</source>
        <translation>Cell %1 is beyond the limit of %2 columns</translation>
    </message>
    <message>
        <source>单元格 %1 超过 %2 个字符的上限</source>
        <translation>Cell %1 is over the limit of %2 characters</translation>
    </message>
    <message>
        <source>%1 大小 %2 MB，超过导入文件的上限 %3 MB：请确认选对了文件，或分成几个文件导入</source>
        <translation>%1 is %2 MB, above the import limit of %3 MB: make sure this is the right file, or import it as several files</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>识别扫码内容或图片中的条码，以 JSON 显示（无需门店）</source>
        <translation>how a scan or the codes in an image are read, as JSON (no store needed)</translation>
    </message>
    <message>
        <source>列出本机可用的扫码枪（HID-POS、键盘口、串口）及其 scanner= 配置值</source>
        <translation>scanners this machine sees (HID-POS, keyboard wedge, serial) with their scanner= value</translation>
    </message>
    <message>
        <source>无界面运行内置演示场景（演示门店，模拟设备），逐步打印</source>
        <translation>the built-in demo scenario, headless (demo store, simulated devices), printed step by step</translation>
    </message>
    <message>
        <source>按 JSON 脚本驱动收银流程（模拟设备；不给 --data-dir 时用临时演示门店）</source>
        <translation>drive the counter from a JSON scenario (simulated devices; a throw-away demo store without --data-dir)</translation>
    </message>
    <message>
        <source>数据目录（数据库、打印输出）</source>
        <translation>Data directory (database, print output)</translation>
    </message>
    <message>
        <source>门店配置文件（INI）</source>
        <translation>Store configuration file (INI)</translation>
    </message>
    <message>
        <source>演示模式：演示门店与演示商品目录</source>
        <translation>Demo mode: demo store and demo product catalog</translation>
    </message>
    <message>
        <source>无界面：运行演示场景</source>
        <translation>Headless: run the demo scenario</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（默认）或 en</source>
        <translation>Interface language: zh_CN (default) or en</translation>
    </message>
    <message>
        <source>以该账号操作（密码从标准输入读取）</source>
        <translation>Act as this account (password read from standard input)</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>截止日期（含）</source>
        <translation>End date (inclusive)</translation>
    </message>
    <message>
        <source>输出文件</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>输入文件（keys restore：密钥备份）</source>
        <translation>Input file (keys restore: the key backup)</translation>
    </message>
    <message>
        <source>keys backup：覆盖已有的文件</source>
        <translation>keys backup: overwrite an existing file</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>角色：cashier、pharmacist、manager、admin</source>
        <translation>Role: cashier, pharmacist, manager, admin</translation>
    </message>
    <message>
        <source>执业药师注册证号</source>
        <translation>Pharmacist registration number</translation>
    </message>
    <message>
        <source>医保药师编码</source>
        <translation>Insurance pharmacist code</translation>
    </message>
    <message>
        <source>导出格式：csv、xlsx、pdf</source>
        <translation>Export format: csv, xlsx, pdf</translation>
    </message>
    <message>
        <source>盘点范围：all、西药、中成药、中药饮片</source>
        <translation>Stocktake scope: all, 西药 (Western medicine), 中成药 (Chinese patent medicine), 中药饮片 (herbal pieces)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>ledger export：导出逐笔库存流水而非汇总台账</source>
        <translation>ledger export: export every stock movement instead of the ledger summary</translation>
    </message>
    <message>
        <source>商品编码</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>调整类型：loss、destruction、transfer-out、transfer-in、purchase-return</source>
        <translation>Adjustment type: loss, destruction, transfer-out, transfer-in, purchase-return</translation>
    </message>
    <message>
        <source>数量（最小单位）</source>
        <translation>Quantity (smallest units)</translation>
    </message>
    <message>
        <source>codes inspect：PAYLOAD 为十六进制字节（1d 即 GS）</source>
        <translation>codes inspect: PAYLOAD is hexadecimal bytes (1d is GS)</translation>
    </message>
    <message>
        <source>codes inspect：设备报告的 AIM 码制标识，如 ]d2</source>
        <translation>codes inspect: the AIM symbology identifier the device reported, e.g. ]d2</translation>
    </message>
    <message>
        <source>codes inspect：扫码枪代替 GS 发送的字符，如 ~</source>
        <translation>codes inspect: the character the scanner sends instead of GS, e.g. ~</translation>
    </message>
    <message>
        <source>codes inspect：从图片文件解码（PNG、JPG…）</source>
        <translation>codes inspect: decode from an image file (PNG, JPG…)</translation>
    </message>
    <message>
        <source>sync run：最多等待的秒数（默认 60）</source>
        <translation>sync run: the longest to wait, in seconds (default 60)</translation>
    </message>
    <message>
        <source>sync catalog：全量下载医保目录</source>
        <translation>sync catalog: download the whole insurance catalogue</translation>
    </message>
    <message>
        <source>输出 man 手册页（troff）</source>
        <translation>Print the man page (troff)</translation>
    </message>
    <message>
        <source>导入供货商到货单 CSV/XLSX：每行给出结论，有一行被拒则整单不入库</source>
        <translation>receive a supplier&apos;s delivery note (CSV/XLSX): a verdict per row; one refused row and nothing is received</translation>
    </message>
    <message>
        <source>报损、销毁、调拨、购进退货（店长；上传 3502/3504）</source>
        <translation>loss, destruction, transfer, purchase return (manager; uploads 3502/3504)</translation>
    </message>
    <message>
        <source>导出进销存台账（或 --journal 逐笔流水）</source>
        <translation>export the inventory ledger (or with --journal every movement)</translation>
    </message>
    <message>
        <source>盘点：生成带账面数量的盘点单 CSV</source>
        <translation>stocktake: write a count sheet (CSV) with the book quantities</translation>
    </message>
    <message>
        <source>盘点：导入实盘数量，店长审核后过账盈亏（上传 3501）</source>
        <translation>stocktake: read the counted quantities and, approved by the manager, post the differences (uploads 3501)</translation>
    </message>
    <message>
        <source>销售单全单退货：库存与追溯码退回，上传 3506（店长）</source>
        <translation>return a whole sale: stock and trace codes back, 3506 uploaded (manager)</translation>
    </message>
    <message>
        <source>列出账号（管理员或店长）</source>
        <translation>list the accounts (administrator or manager)</translation>
    </message>
    <message>
        <source>新门店的第一个管理员（仅当尚无账号；密码从标准输入读取）</source>
        <translation>the first administrator of a new store (only when there is no account; password from standard input)</translation>
    </message>
    <message>
        <source>管理员新增账号：标准输入第一行为管理员密码，第二行为新账号密码</source>
        <translation>an administrator adds an account: standard input&apos;s first line is the administrator&apos;s password, the second the new account&apos;s</translation>
    </message>
    <message>
        <source>导出药师在岗记录（CSV，供检查）</source>
        <translation>export the pharmacists&apos; duty periods (CSV, for inspections)</translation>
    </message>
    <message>
        <source>只校验审计日志哈希链；不登录只给结论，店长或管理员登录可看详情</source>
        <translation>check the audit trail&apos;s hash chain alone; without a login only the verdict, a manager or administrator sees the details</translation>
    </message>
    <message>
        <source>全面校验：审计链、数据库文件、各表封存与锚点、库存余额、已售追溯码；不登录只给结论，店长或管理员登录可看详情；有差异时退出码 1</source>
        <translation>check everything: the audit chain, the database file, every table&apos;s seals and anchors, stock balances, sold trace codes; without a login only the verdict, a manager or administrator sees the details; exit 1 on any difference</translation>
    </message>
    <message>
        <source>店铺密钥：来源、密钥编号、各类数据由哪个密钥加密（管理员）</source>
        <translation>the store key: where it comes from, its ids, which key encrypts what (administrator)</translation>
    </message>
    <message>
        <source>把店铺密钥备份为口令保护的文件（管理员；口令在终端输入两次，或从标准输入读取一行）</source>
        <translation>back up the store key to a passphrase-protected file (administrator; the passphrase typed twice at a terminal, or one line of standard input)</translation>
    </message>
    <message>
        <source>从备份恢复店铺密钥（门店因缺少密钥无法打开时；须能写密钥目录）</source>
        <translation>restore the store key from a backup (when the store cannot open without it; needs write access to the key directory)</translation>
    </message>
    <message>
        <source>上传队列、平台连接、医保目录；被拒的记录</source>
        <translation>the upload queue, the platform link, the insurance catalogue; refused records</translation>
    </message>
    <message>
        <source>一条上传记录：状态、平台的答复、内容</source>
        <translation>one upload record: its state, the platform&apos;s answer, its content</translation>
    </message>
    <message>
        <source>在本进程中立即发送上传队列</source>
        <translation>send the upload queue now, in this process</translation>
    </message>
    <message>
        <source>重新发送被拒或等待中的记录</source>
        <translation>send a refused or waiting record again</translation>
    </message>
    <message>
        <source>更正被拒的记录并重发</source>
        <translation>correct a refused record and send it again</translation>
    </message>
    <message>
        <source>撤回：已被接收的记录以 3507 删除，被拒的记录搁置</source>
        <translation>withdraw: an accepted record is deleted with 3507, a refused one is set aside</translation>
    </message>
    <message>
        <source>与平台对账（3508/3511/3513），列出每处差异；有差异时退出码 1</source>
        <translation>reconcile with the platform (3508/3511/3513), listing every difference; exit 1 when there are differences</translation>
    </message>
    <message>
        <source>下载医保目录（1312/1318）</source>
        <translation>download the insurance catalogue (1312/1318)</translation>
    </message>
    <message>
        <source>（--user，密码从标准输入读取）</source>
        <translation> (--user, password from standard input)</translation>
    </message>
    <message>
        <source>子命令：</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>打开收银界面</source>
        <translation>open the counter window</translation>
    </message>
    <message>
        <source>药店收银系统（定点零售药店）</source>
        <translation>counter software of a designated retail pharmacy</translation>
    </message>
    <message>
        <source>不带子命令时打开收银界面；子命令在无界面时运行。凡显示或修改门店数据的子命令都需要 --user 登录，密码从标准输入读取（终端上不回显）。</source>
        <translation>Without a command it opens the counter window; commands run without a window. Every command that shows or changes store data needs a login with --user, the password read from standard input (not echoed at a terminal).</translation>
    </message>
    <message>
        <source>0 成功；1 被拒绝、失败或发现差异（消息说明原因）；2 用法错误或无法打开门店。</source>
        <translation>0 done; 1 refused, failed or differences found (the message says why); 2 usage error or the store cannot be opened.</translation>
    </message>
    <message>
        <source>~/.local/share/PharmaPOS/store（数据目录），其旁的 DIR.keys（店铺密钥与锚点），DIR/pharmapos.ini（门店配置）。</source>
        <translation>~/.local/share/PharmaPOS/store (the data directory), DIR.keys beside it (the store key and the anchors), DIR/pharmapos.ini (the store&apos;s configuration).</translation>
    </message>
    <message>
        <source>privacy retention run：只列出将删除的内容，不删除</source>
        <translation>privacy retention run: list what would be deleted, delete nothing</translation>
    </message>
    <message>
        <source>更换店铺密钥：全部加密数据改用新密钥后销毁旧密钥（管理员；须先关闭收银程序；中断后再次执行会接着做；完成后请重新备份密钥）</source>
        <translation>Change the store key: re-encrypt all encrypted data under a new key, then destroy the old one (administrator; close the counter first; if interrupted, run it again to continue; back the key up again afterwards)</translation>
    </message>
    <message>
        <source>列出门店保存的个人信息：按类别和时长统计、保存期限、加密情况（店长或管理员；不显示任何个人信息本身）</source>
        <translation>List the personal data the store holds: counts by kind and age, retention periods, encryption (store manager or administrator; no personal value is shown)</translation>
    </message>
    <message>
        <source>立即按保存期限删除过期的个人信息（店长或管理员；法定最短期限内的从不删除；记入审计日志；--dry-run 只列出不删除）</source>
        <translation>Delete personal data past its retention period now (store manager or administrator; nothing under its legal minimum is ever deleted; audited; --dry-run only lists)</translation>
    </message>
    <message>
        <source>人脸检测：每张图片中的人脸、位置、质量与结论（JSON，无需登录）</source>
        <translation>face check: every face in each picture, its box, quality and verdict (JSON, no login)</translation>
    </message>
    <message>
        <source>校验结算录像及其备份：缺失或被改动的逐一列出（有问题退出码 1）</source>
        <translation>verify the settlement recordings and their backup: each missing or altered file named (exit 1 with findings)</translation>
    </message>
    <message>
        <source>导出一笔结算的录像与清单（店长，留审计）</source>
        <translation>export a settlement&apos;s recording and manifest (store manager, audited)</translation>
    </message>
    <message>
        <source>privacy show：查看原因（记入审计日志）</source>
        <translation>privacy show: why the data is viewed (written to the audit trail)</translation>
    </message>
    <message>
        <source>查看一张销售单或处方中的个人信息：药师、店长看到完整值（每次记入审计日志，附查看原因），其他角色只看到打码的值</source>
        <translation>the personal data of a sale or prescription: in full for a pharmacist or store manager (each view audited with its purpose), masked for other roles</translation>
    </message>
    <message>
        <source>run-script、trace：以 JSON 输出</source>
        <translation>run-script, trace: output JSON</translation>
    </message>
    <message>
        <source>追溯（DATA-TRACE）：一盒药的购进、每次销售、处方与审方药师、退货；或一个批号的每一盒及去向（店长，记入审计）</source>
        <translation>trace (DATA-TRACE): a box&apos;s receiving, every sale, prescription and approving pharmacist, return; or every box of a batch and where it went (store manager, audited)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>date</translation>
    </message>
    <message>
        <source>医保退费（REFUND-ORIGINAL）：当月结算经 2103 原路退回，库存与追溯码退回，上传 3506（店长）</source>
        <translation>Insured refund (REFUND-ORIGINAL): a settlement of this month goes back through 2103, stock and trace codes back, 3506 uploaded (store manager)</translation>
    </message>
    <message>
        <source>医保日对账：对总账（3201），不平时对明细账（3202），列出每笔差异；不平时退出码 3</source>
        <translation>The day&apos;s insurance reconciliation: totals (3201), and on a mismatch the detail (3202), listing each difference; exit code 3 when not balanced</translation>
    </message>
    <message>
        <source>校验结算档案（SETTLE-SLIP）：每条记录的哈希、链接与签名、另存的链头、文档；被改动、缺失、调换或伪造的逐一列出（有问题退出码 1）</source>
        <translation>verify the settlement archive (SETTLE-SLIP): every record&apos;s hash, link and signature, the head kept apart, the documents; each altered, missing, reordered or forged one named (exit 1 with findings)</translation>
    </message>
    <message>
        <source>导出检查用档案包：各文档原件、封存记录、按顺序汇成的 PDF、SHA256SUMS 与核验说明（店长，含个人信息，记入审计）</source>
        <translation>export an inspector&apos;s bundle: the documents, the sealed records, one PDF of them in order, SHA256SUMS and a verification sheet (store manager; personal data; audited)</translation>
    </message>
    <message>
        <source>打印一个月的装订清单：当月封存的记录按封存顺序，纸质结算单与处方照此装订（店长，不含个人信息，记入审计）</source>
        <translation>Print a month&apos;s binding index: the month&apos;s sealed records in sealing order, to bind the paper slips and prescriptions by (store manager; no personal data; audited)</translation>
    </message>
    <message>
        <source>月份（archive binding：装订清单）</source>
        <translation>Month (archive binding: the binding index)</translation>
    </message>
    <message>
        <source>查阅一笔结算或一张处方的归档记录：结算、处方与审方、各文档及其哈希（店长，参保人信息脱敏，记入审计）；给日期则列出当日（或该段日期）封存的记录</source>
        <translation>Show the archive records of a settlement or prescription: the settlement, the prescription and its review, each document with its hash (manager; the insured person masked; audited); with a date, list the records sealed that day (or those days)</translation>
    </message>
    <message>
        <source>日结：当日各收银台的销售、现金、医保、退货，各班次的应有、实点与长短款（店长，记入审计；不给日期为今天）</source>
        <translation>Day close: each till&apos;s sales, cash, insured and returns that day, each shift&apos;s expected, counted and difference (manager, audited; today without a date)</translation>
    </message>
    <message>
        <source>查单：按单号、小票末几位、追溯码、金额（23.50）、时间（09:30 / 2026-11-23）或商品找销售，新的在前，最多 50 单</source>
        <translation>Find sales by number, receipt digits, trace code, amount (23.50), time (09:30 / 2026-11-23) or product, newest first, at most 50</translation>
    </message>
    <message>
        <source>补打任一销售的小票（标【补打】，记入补打记录）</source>
        <translation>Reprint any sale&apos;s receipt (marked [reprint], recorded)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>未知子命令：%1（见 --help）</source>
        <translation>Unknown subcommand: %1 (see --help)</translation>
    </message>
    <message>
        <source>PharmaPOS 无法启动</source>
        <translation>PharmaPOS cannot start</translation>
    </message>
    <message>
        <source>子命令（见上）</source>
        <translation>command (see above)</translation>
    </message>
    <message>
        <source>警告：%1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>pos::DutyService</name>
    <message>
        <source>%1 没有登记执业药师注册证号，不能上岗</source>
        <translation>%1 has no pharmacist registration number on file and cannot clock in</translation>
    </message>
    <message>
        <source>%1 已于 %2 上岗</source>
        <translation>%1 already clocked in at %2</translation>
    </message>
    <message>
        <source>%1 当前不在岗</source>
        <translation>%1 is not on duty at the moment</translation>
    </message>
    <message>
        <source>当前没有执业药师在岗，不能%1（非处方药现金销售不受影响）</source>
        <translation>No licensed pharmacist is on duty, so you cannot %1 (cash sales of non-prescription drugs are not affected)</translation>
    </message>
    <message>
        <source>药师在岗记录</source>
        <translation>Pharmacist duty records</translation>
    </message>
    <message>
        <source>姓名,账号,执业药师注册证号,上岗时间,下岗时间,时长(分钟)</source>
        <translation>Name,Username,Pharmacist registration number,Clock-in time,Clock-out time,Duration (minutes)</translation>
    </message>
    <message>
        <source>在岗中</source>
        <translation>On duty</translation>
    </message>
</context>
<context>
    <name>pos::PrescriptionIntake</name>
    <message>
        <source>处方 %1 已关联本单（%2）</source>
        <translation>Prescription %1 is already linked to this sale (%2)</translation>
    </message>
    <message>
        <source>载入另一张处方 %1</source>
        <translation>Load another prescription %1</translation>
    </message>
    <message>
        <source>处方 %1 已载入并关联本单，请药师审核（F7）</source>
        <translation>Prescription %1 loaded and linked to this sale; pharmacist review needed (F7)</translation>
    </message>
    <message>
        <source>请输入处方编号，或扫描处方二维码</source>
        <translation>Enter the prescription number, or scan the prescription QR code</translation>
    </message>
    <message>
        <source>没有连接医保平台，无法下载电子处方 %1；纸质处方请先录入</source>
        <translation>Not connected to the insurance platform, so e-prescription %1 cannot be downloaded; enter a paper prescription first</translation>
    </message>
    <message>
        <source>已识别医保电子凭证，可以结算</source>
        <translation>Medical-insurance e-voucher recognized: ready to settle</translation>
    </message>
</context>
<context>
    <name>pos::ReviewService</name>
    <message>
        <source>处方没有处方编号（hi_rxno）</source>
        <translation>The prescription has no prescription number (hi_rxno)</translation>
    </message>
    <message>
        <source>处方 %1 没有开具时间</source>
        <translation>Prescription %1 has no issue time</translation>
    </message>
    <message>
        <source>处方 %1 没有药品</source>
        <translation>Prescription %1 has no drugs</translation>
    </message>
    <message>
        <source>处方 %1 第 %2 种药品（%3）没有医保药品编码</source>
        <translation>Prescription %1, drug %2 (%3) has no insurance drug code</translation>
    </message>
    <message>
        <source>处方 %1 第 %2 种药品（%3）数量应大于 0</source>
        <translation>Prescription %1, drug %2 (%3): the quantity must be greater than 0</translation>
    </message>
    <message>
        <source>%1 %2 %3，患者 %4，%5 种药品%6</source>
        <translation>%1 %2 %3, patient %4, %5 drugs%6</translation>
    </message>
    <message>
        <source>电子处方下载</source>
        <translation>E-prescription download</translation>
    </message>
    <message>
        <source>纸质处方录入</source>
        <translation>Paper prescription entry</translation>
    </message>
    <message>
        <source>，内容已变化，需重新审核</source>
        <translation>; content changed, needs review again</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>执业药师 %1 当前未上岗，不能审核处方，请先上岗打卡</source>
        <translation>Licensed pharmacist %1 is not on duty and cannot review prescriptions; clock in first</translation>
    </message>
    <message>
        <source>没有处方 %1</source>
        <translation>There is no prescription %1</translation>
    </message>
    <message>
        <source>处方 %1 的内容在打开后已变化，请重新审阅后再审核</source>
        <translation>The content of prescription %1 has changed since it was opened; read it again before reviewing</translation>
    </message>
    <message>
        <source>驳回处方须填写理由</source>
        <translation>A reason is required to reject a prescription</translation>
    </message>
    <message>
        <source>%1：%2；执业药师 %3 证号 %4%5；内容 %6</source>
        <translation>%1: %2; licensed pharmacist %3, reg. No. %4%5; content hash %6</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>；已确认超过 4 周的长期处方</source>
        <translation>; long-term prescription over 4 weeks confirmed</translation>
    </message>
    <message>
        <source>处方 %1 尚未经执业药师审核</source>
        <translation>Prescription %1 has not been reviewed by a licensed pharmacist yet</translation>
    </message>
    <message>
        <source>处方 %1 的内容在 %2 审核后已变化，原审核无效，须重新审核</source>
        <translation>The content of prescription %1 has changed since the review at %2; the review is void and it must be reviewed again</translation>
    </message>
    <message>
        <source>处方 %1 已被执业药师 %2 驳回：%3</source>
        <translation>Prescription %1 was rejected by licensed pharmacist %2: %3</translation>
    </message>
    <message>
        <source>处方 %1 已保存，但未能写入审计日志：%2</source>
        <translation>Prescription %1 was saved, but it could not be written to the audit log: %2</translation>
    </message>
    <message>
        <source>处方 %1 的审核已保存，但未能写入审计日志：%2</source>
        <translation>The review of prescription %1 was saved, but it could not be written to the audit log: %2</translation>
    </message>
</context>
<context>
    <name>pos::SaleWorkflow</name>
    <message>
        <source>%1 %2 ×%3  %4</source>
        <translation>%1 %2 ×%3  %4</translation>
    </message>
    <message>
        <source>已删除：%1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>本单已作废，未记录任何销售</source>
        <translation>Sale voided; no sale recorded</translation>
    </message>
    <message>
        <source>购物车为空，无需收款</source>
        <translation>Cart is empty; nothing to collect</translation>
    </message>
    <message>
        <source>实收 %1 少于应收 %2</source>
        <translation>Tendered %1 is less than amount due %2</translation>
    </message>
    <message>
        <source>销售未能保存，购物车保留，请重试：%1</source>
        <translation>Sale could not be saved; cart kept, please retry: %1</translation>
    </message>
    <message>
        <source>本班次还没有可补打的销售</source>
        <translation>No sale in this shift to reprint yet</translation>
    </message>
    <message>
        <source>补打失败：%1</source>
        <translation>Reprint failed: %1</translation>
    </message>
    <message>
        <source>已补打 %1 的小票</source>
        <translation>Receipt for %1 reprinted</translation>
    </message>
    <message>
        <source>%1 库存不足：购物车需要 %2，可售 %3（最小单位，已排除过期和待验批次）</source>
        <translation>Not enough stock of %1: the cart needs %2, %3 available (smallest units, excluding expired batches and batches awaiting inspection)</translation>
    </message>
    <message>
        <source>%1 改为按%2销售，单价 %3</source>
        <translation>%1 now sold per %2, unit price %3</translation>
    </message>
    <message>
        <source>本机未接入追溯码登记，不能按追溯码销售</source>
        <translation>This computer is not connected to traceability code registration, so it cannot sell by traceability code</translation>
    </message>
    <message>
        <source>追溯码 %1 已于 %2 随销售单 %3 售出：同一盒不能卖两次（疑似串货、假药或换货，请核查实物）</source>
        <translation>Traceability code %1 was already sold at %2 with sale %3: the same box cannot be sold twice (possible diverted, counterfeit or swapped goods; check the physical box)</translation>
    </message>
    <message>
        <source>追溯码 %1 的前 7 位 %2 还不认识：请先扫这盒药的商品条码，再扫追溯码（之后同品种可直接扫追溯码）</source>
        <translation>The first 7 digits %2 of traceability code %1 are not known yet: scan the product barcode of this box first, then the traceability code (after that, products of this kind can be scanned by traceability code directly)</translation>
    </message>
    <message>
        <source>追溯码 %1 没有入库验收记录：按本店设置不能销售，请核查这盒药的来源</source>
        <translation>Traceability code %1 has no receiving record: under this store&apos;s settings it cannot be sold; check where this box came from</translation>
    </message>
    <message>
        <source>追溯码 %1 没有入库验收记录（按本店设置允许销售并记录）</source>
        <translation>Traceability code %1 has no receiving record (allowed for sale and recorded under this store&apos;s settings)</translation>
    </message>
    <message>
        <source>追溯码 %1 对应的商品（编号 %2）不在商品目录中</source>
        <translation>The product (ID %2) for traceability code %1 is not in the product catalog</translation>
    </message>
    <message>
        <source>%1 ×%2  追溯码 %3（%4/%5 盒已扫码）</source>
        <translation>%1 ×%2  traceability code %3 (%4/%5 boxes scanned)</translation>
    </message>
    <message>
        <source>第 %1 行 %2 共 %3 盒，只扫了 %4 个追溯码：请再扫 %5 盒的追溯码，或改数量</source>
        <translation>Line %1 %2 has %3 boxes but only %4 traceability codes scanned: scan the traceability codes of %5 more boxes, or change the quantity</translation>
    </message>
    <message>
        <source>身份证号不正确（应为18位，校验位正确），请重新输入</source>
        <translation>Invalid ID number (must be 18 characters with a correct check digit); please enter it again</translation>
    </message>
    <message>
        <source>已登记购买人身份证号</source>
        <translation>Buyer ID number recorded</translation>
    </message>
    <message>
        <source>本单当前为“%1”，不能%2</source>
        <translation>This sale is “%1”; cannot %2</translation>
    </message>
    <message>
        <source>（且未能写入审计日志：%1）</source>
        <translation>(and it could not be written to the audit log: %1)</translation>
    </message>
    <message>
        <source>本单已%1，但未能写入审计日志：%2</source>
        <translation>This sale is now “%1”, but it could not be written to the audit log: %2</translation>
    </message>
    <message>
        <source>登出时作废未收款的销售（%1 行）</source>
        <translation>Unpaid sale voided at logout (%1 lines)</translation>
    </message>
    <message>
        <source>登出</source>
        <translation>logout</translation>
    </message>
    <message>
        <source>本单当前为“%1”，不能修改购物车</source>
        <translation>This sale is “%1”; the cart cannot be changed</translation>
    </message>
    <message>
        <source>处方 %1 已通过规则检查（当前：%2）：购物车即处方，品种和数量不能再改；如需改动，请在 F7 取消处方后重新关联、检查</source>
        <translation>Prescription %1 has passed the rule check (now: %2): the cart is the prescription, its products and quantities cannot change; to change them, cancel the prescription in F7, then link and check it again</translation>
    </message>
    <message>
        <source>本机未接入处方审核</source>
        <translation>This till is not connected to prescription review</translation>
    </message>
    <message>
        <source>本单已关联处方，但%1：请在 F7 完成检查、审核和签名，或取消处方后按普通销售收款</source>
        <translation>This sale is linked to a prescription, but %1: finish the check, review and signature in F7, or cancel the prescription and take payment as a normal sale</translation>
    </message>
    <message>
        <source>本单当前为“%1”，不能收款</source>
        <translation>This sale is “%1”; payment cannot be taken</translation>
    </message>
    <message>
        <source>，处方 %1</source>
        <translation>, prescription %1</translation>
    </message>
    <message>
        <source>已收款 %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <source>收款成功 %1，找零 %2</source>
        <translation>Paid %1, change %2</translation>
    </message>
    <message>
        <source>%1，小票打印中</source>
        <translation>%1, receipt printing</translation>
    </message>
    <message>
        <source>%1，小票已打印</source>
        <translation>%1, receipt printed</translation>
    </message>
    <message>
        <source>%1；小票未打印：%2（可补打）</source>
        <translation>%1; receipt not printed: %2 (it can be reprinted)</translation>
    </message>
    <message>
        <source>作废未收款的销售（%1 行）</source>
        <translation>Unpaid sale voided (%1 lines)</translation>
    </message>
    <message>
        <source>本单作废</source>
        <translation>Sale voided</translation>
    </message>
    <message>
        <source>正在补打 %1 的小票</source>
        <translation>Reprinting the receipt of %1</translation>
    </message>
    <message>
        <source>%1 的小票已打印</source>
        <translation>The receipt of %1 has been printed</translation>
    </message>
    <message>
        <source>%1 的小票未打印：%2（可补打）</source>
        <translation>The receipt of %1 was not printed: %2 (it can be reprinted)</translation>
    </message>
    <message>
        <source>，医保销售 %1 的自费部分</source>
        <translation>, the self-pay part of insured sale %1</translation>
    </message>
    <message>
        <source>医保结算开始</source>
        <translation>Insured settlement started</translation>
    </message>
    <message>
        <source>医保结算未完成（%1）：购物车保留，可重试或现金收款</source>
        <translation>The insured settlement did not complete (%1): the cart is kept; retry or take cash</translation>
    </message>
    <message>
        <source>医保结算 %1</source>
        <translation>Insured settlement %1</translation>
    </message>
    <message>
        <source>医保部分已结算（%1）；余下 %2 行不在医保目录内，请按现金收款（SETTLE-LIST-ONLY）</source>
        <translation>Insured part settled (%1); the %2 remaining line(s) are not in the insurance catalogue: take cash for them (SETTLE-LIST-ONLY)</translation>
    </message>
    <message>
        <source>本收银台没有挂单存储，不能挂单</source>
        <translation>This till has no store for parked carts: cannot park</translation>
    </message>
    <message>
        <source>购物车是空的，没有可挂的单</source>
        <translation>The cart is empty: nothing to park</translation>
    </message>
    <message>
        <source>本单医保部分已结算（%1）：余下的自付部分须收款完成，不能挂单</source>
        <translation>The insured part of this sale is settled (%1): the self-pay rest must be paid, it cannot be parked</translation>
    </message>
    <message>
        <source>本单已关联处方 %1：处方的购物车是药师为这一单审核的，不能挂单；请收款，或按 F7 取消处方后再挂单</source>
        <translation>This sale is linked to prescription %1: its cart is the one the pharmacist reviewed for this sale and cannot be parked; take payment, or cancel the prescription in F7 first</translation>
    </message>
    <message>
        <source>挂单未成功，本单仍在收银台上：%1</source>
        <translation>The cart was not parked and is still on the counter: %1</translation>
    </message>
    <message>
        <source>挂单 %1</source>
        <translation>parked as %1</translation>
    </message>
    <message>
        <source>已挂单 %1（%2，%3）：可接待下一位顾客，取单按 F5</source>
        <translation>Parked %1 (%2, %3): serve the next customer; F5 recalls it</translation>
    </message>
    <message>
        <source>；购买人身份证号不随挂单保存，取单收款时重新登记（CTRL-EPHEDRINE）</source>
        <translation>; the buyer&apos;s ID number is not kept with it and is asked again at payment (CTRL-EPHEDRINE)</translation>
    </message>
    <message>
        <source>%1 已不在商品目录中，该行未取回</source>
        <translation>%1 is no longer in the catalog: its line was not recalled</translation>
    </message>
    <message>
        <source>%1 未取回：%2</source>
        <translation>%1 not recalled: %2</translation>
    </message>
    <message>
        <source>追溯码 %1 的这盒已于 %2 售出（%3），已从 %4 一行移出：请重新扫码</source>
        <translation>The box with trace code %1 was sold at %2 (%3) and was taken off the line of %4: scan a box again</translation>
    </message>
    <message>
        <source>%1 售价已由 %2 调为 %3（按现价）</source>
        <translation>The price of %1 changed from %2 to %3 (today&apos;s price applies)</translation>
    </message>
    <message>
        <source>挂单 %1 的商品都不能再卖：%2</source>
        <translation>Nothing of parked cart %1 can be sold any more: %2</translation>
    </message>
    <message>
        <source>取单 %1 未成功，挂单保留：%2</source>
        <translation>Parked cart %1 was not recalled and stays parked: %2</translation>
    </message>
    <message>
        <source>本收银台没有挂单存储，不能取单</source>
        <translation>This till has no store for parked carts: cannot recall</translation>
    </message>
    <message>
        <source>收银台上还有未完成的销售（%1，%2 行）：请先收款、挂单或作废，再取单</source>
        <translation>A sale is still on the counter (%1, %2 lines): pay, park or void it before recalling</translation>
    </message>
    <message>
        <source>挂单 %1 是在收银台 %2 挂的，请在该收银台取单</source>
        <translation>Cart %1 was parked at till %2: recall it there</translation>
    </message>
    <message>
        <source>取回挂单 %1（%2 挂于 %3，%4 行，%5）</source>
        <translation>Recalled parked cart %1 (parked by %2 at %3, %4 lines, %5)</translation>
    </message>
    <message>
        <source>已取单，但未能写入审计日志：%1</source>
        <translation>Recalled, but the audit trail could not be written: %1</translation>
    </message>
    <message>
        <source>本收银台没有挂单存储</source>
        <translation>This till has no store for parked carts</translation>
    </message>
    <message>
        <source>挂单 %1 是在收银台 %2 挂的，请在该收银台处理</source>
        <translation>Cart %1 was parked at till %2: deal with it there</translation>
    </message>
    <message>
        <source>丢弃挂单（%1 挂于 %2：%3，%4）</source>
        <translation>Discarded the parked cart (parked by %1 at %2: %3, %4)</translation>
    </message>
    <message>
        <source>丢弃无法读取的挂单（%1）</source>
        <translation>Discarded a parked cart that could not be read (%1)</translation>
    </message>
    <message>
        <source>已丢弃，但未能写入审计日志：%1</source>
        <translation>Discarded, but the audit trail could not be written: %1</translation>
    </message>
    <message>
        <source>挂单 %1 已丢弃</source>
        <translation>Parked cart %1 discarded</translation>
    </message>
    <message>
        <source>医保结算进行中，请在结算窗口完成或取消</source>
        <translation>An insured settlement is in progress: finish or cancel it in its window</translation>
    </message>
    <message>
        <source>正在等待顾客的扫码付款结果，请稍候</source>
        <translation>Waiting for the customer&apos;s wallet payment; please wait</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>收款 %1（%2），%3 行%4%5</source>
        <translation>Paid %1 (%2), %3 lines%4%5</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>销售未能保存（已收的 %1 仍在本单，请重试或取消收款）：%2</source>
        <translation>The sale could not be saved (the %1 taken stays with it; retry or cancel the payment): %2</translation>
    </message>
    <message>
        <source>收款成功 %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <source>请输入刷卡机签购单上的参考号（6–12 位数字），不是“%1”</source>
        <translation>Type the reference number on the card terminal&apos;s slip (6–12 digits), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>参考号 %1 已记在本单，同一笔刷卡不能记两次</source>
        <translation>Reference %1 is already on this sale; one card payment is recorded once</translation>
    </message>
    <message>
        <source>已记银行卡 %1（参考号 %2），待收 %3</source>
        <translation>Bank card %1 recorded (ref. %2); %3 due</translation>
    </message>
    <message>
        <source>本收银台未接入微信/支付宝收款，请用现金或银行卡</source>
        <translation>This till takes no WeChat Pay / Alipay: use cash or a bank card</translation>
    </message>
    <message>
        <source>这不是微信或支付宝付款码（%1），请让顾客打开付款码重扫</source>
        <translation>Not a WeChat Pay or Alipay payment code (%1): ask the customer to open the payment code and scan again</translation>
    </message>
    <message>
        <source>扫码未发出</source>
        <translation>wallet charge not sent</translation>
    </message>
    <message>
        <source>%1 %2 已发起，等待顾客确认…</source>
        <translation>%1 %2 sent; waiting for the customer to confirm…</translation>
    </message>
    <message>
        <source>扫码付款未成功</source>
        <translation>The wallet payment did not go through</translation>
    </message>
    <message>
        <source>已收%1 %2（订单 %3），待收 %4</source>
        <translation>Took %1 %2 (order %3); %4 due</translation>
    </message>
    <message>
        <source>正在等待顾客的扫码付款结果，不能取消，请稍候</source>
        <translation>Waiting for the customer&apos;s wallet payment; it cannot be cancelled now, please wait</translation>
    </message>
    <message>
        <source>已撤销%1 %2，款项原路退回顾客</source>
        <translation>%1 %2 reversed; the money goes back to the customer</translation>
    </message>
    <message>
        <source>%1（参考号 %2）</source>
        <translation>%1 (ref. %2)</translation>
    </message>
    <message>
        <source>取消收款</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <source>收款已取消：请在刷卡机上撤销银行卡 %1</source>
        <translation>Payment cancelled: void the bank card %1 on the terminal</translation>
    </message>
    <message>
        <source>%1金额 %2 须大于零且不超过待收 %3</source>
        <translation>The %1 amount %2 must be more than zero and at most the %3 due</translation>
    </message>
    <message>
        <source>没有销售单 %1</source>
        <translation>No sale %1</translation>
    </message>
    <message>
        <source>%1 的拆零药袋标签未打印：%2</source>
        <translation>The bag label of %1 did not print: %2</translation>
    </message>
    <message>
        <source>没有第 %1 行</source>
        <translation>There is no line %1</translation>
    </message>
    <message>
        <source>折扣须在 1% 到 99% 之间（输入的是 %1%）</source>
        <translation>A discount is 1% to 99% (typed: %1%)</translation>
    </message>
    <message>
        <source>购物车是空的：没有可打折的商品</source>
        <translation>The cart is empty: nothing to discount</translation>
    </message>
    <message>
        <source>整单 %1%</source>
        <translation>whole cart %1%</translation>
    </message>
    <message>
        <source>本单当前为“%1”，不能改价：请先取消收款</source>
        <translation>This sale is “%1”: prices cannot change; cancel the payment first</translation>
    </message>
    <message>
        <source>%1 %2/%3 %4→%5</source>
        <translation>%1 %2/%3 %4→%5</translation>
    </message>
    <message>
        <source>%1；理由：%2；批准：%3（%4）</source>
        <translation>%1; reason: %2; allowed by: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 改价：%2 → %3 /%4（%5）</source>
        <translation>%1 price changed: %2 → %3 /%4 (%5)</translation>
    </message>
    <message>
        <source>%1 恢复原价 %2</source>
        <translation>%1 back to its shelf price %2</translation>
    </message>
    <message>
        <source>整单折扣（%1）：合计 %2 → %3</source>
        <translation>Whole-cart discount (%1): total %2 → %3</translation>
    </message>
</context>
<context>
    <name>pos::Session</name>
    <message>
        <source>%1 已登录，请先交班退出</source>
        <translation>%1 is logged in; please end the shift and log out first</translation>
    </message>
    <message>
        <source>空闲锁屏</source>
        <translation>Locked after inactivity</translation>
    </message>
    <message>
        <source>请先登录</source>
        <translation>Please log in first</translation>
    </message>
    <message>
        <source>屏幕已锁定，请先解锁</source>
        <translation>The screen is locked; please unlock it first</translation>
    </message>
    <message>
        <source>%1 已执行，但未能写入审计日志：%2</source>
        <translation>%1 was done, but it could not be written to the audit log: %2</translation>
    </message>
    <message>
        <source>无法写入审计日志，未登录：%1</source>
        <translation>Cannot write the audit log, not logged in: %1</translation>
    </message>
    <message>
        <source>无法写入审计日志，屏幕保持锁定：%1</source>
        <translation>Cannot write the audit log, the screen stays locked: %1</translation>
    </message>
    <message>
        <source>%1 %2 代 %3 操作（%4）</source>
        <translation>%1 %2 acts for %3 (%4)</translation>
    </message>
    <message>
        <source>至本单结束</source>
        <translation>until this sale ends</translation>
    </message>
    <message>
        <source>至本人结束代操作</source>
        <translation>until they end the step-in</translation>
    </message>
    <message>
        <source>无法写入审计日志，未代操作：%1</source>
        <translation>Cannot write the audit log, no step-in: %1</translation>
    </message>
    <message>
        <source>本单结束，代操作随之结束</source>
        <translation>The sale ended, and the step-in with it</translation>
    </message>
</context>
<context>
    <name>pos::ShiftService</name>
    <message>
        <source>开班</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>备用金不能为负数（输入的是 %1）</source>
        <translation>The float cannot be negative (%1 was typed)</translation>
    </message>
    <message>
        <source>收银台 %1 的班次 %2 由 %3 于 %4 开班，尚未交班：请先交班</source>
        <translation>Shift %2 at till %1 was opened by %3 at %4 and is not handed over yet: hand it over first</translation>
    </message>
    <message>
        <source>开班，备用金 %1</source>
        <translation>Shift opened, float %1</translation>
    </message>
    <message>
        <source>已开班 %1，但未能写入审计日志：%2</source>
        <translation>Shift %1 opened, but the audit trail could not be written: %2</translation>
    </message>
    <message>
        <source>交班</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>点钞数不对：%1 的张数 %2</source>
        <translation>Wrong count: %2 pieces of %1</translation>
    </message>
    <message>
        <source>收银台上还有未完成的销售（%1 行）：请先收款、挂单（F5）或作废，再交班</source>
        <translation>A sale is still on the counter (%1 lines): pay, park (F5) or void it before handing over</translation>
    </message>
    <message>
        <source>收银台 %1 没有未交班的班次</source>
        <translation>No shift is open at till %1</translation>
    </message>
    <message>
        <source>代 %1 交班 %2</source>
        <translation>hand over %2 for %1</translation>
    </message>
    <message>
        <source>班次 %1 是 %2 的：由本人交班，或由店长代为交班（%3）</source>
        <translation>Shift %1 is %2&apos;s: handed over by them, or by a store manager for them (%3)</translation>
    </message>
    <message>
        <source>交班：销售 %1 笔 %2，应有现金 %3，实点 %4（%5），长短款 %6</source>
        <translation>Handed over: %1 sales %2, expected cash %3, counted %4 (%5), difference %6</translation>
    </message>
    <message>
        <source>补打交班单</source>
        <translation>reprint the handover slip</translation>
    </message>
    <message>
        <source>本收银台还没有交过班</source>
        <translation>No shift was handed over at this till yet</translation>
    </message>
    <message>
        <source>日结 %1</source>
        <translation>day close %1</translation>
    </message>
    <message>
        <source>日结 %1（%2 个班次）</source>
        <translation>Day close %1 (%2 shifts)</translation>
    </message>
    <message>
        <source>交班已记录，但未能写入审计日志：%1</source>
        <translation>The handover is recorded, but the audit trail could not be written: %1</translation>
    </message>
</context>
<context>
    <name>pos::devices::CameraScanner</name>
    <message>
        <source>摄像头扫码（%1）</source>
        <translation>Camera scanning (%1)</translation>
    </message>
</context>
<context>
    <name>pos::devices::CaptureCamera</name>
    <message>
        <source>USB 摄像头（%1）</source>
        <translation>USB camera (%1)</translation>
    </message>
    <message>
        <source>网络摄像头（%1）</source>
        <translation>network camera (%1)</translation>
    </message>
    <message>
        <source>摄像头配置无效：需要设备或地址与帧率</source>
        <translation>Invalid camera settings: a device or address and a frame rate are needed</translation>
    </message>
    <message>
        <source>USB 摄像头未连接（%1 不存在）</source>
        <translation>USB camera not connected (%1 does not exist)</translation>
    </message>
    <message>
        <source>无法打开%1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>%1 断开或无画面，正在重连</source>
        <translation>%1 disconnected or without picture, reconnecting</translation>
    </message>
    <message>
        <source>%1 已 %2 秒无画面</source>
        <translation>%1 has had no picture for %2 s</translation>
    </message>
</context>
<context>
    <name>pos::devices::EvdevScanner</name>
    <message>
        <source>无权读取扫码枪 %1（需 udev 规则 60-pharmapos-scanners.rules 与 plugdev 组）</source>
        <translation>No permission to read scanner %1 (needs the udev rule 60-pharmapos-scanners.rules and the plugdev group)</translation>
    </message>
    <message>
        <source>扫码枪 %1 未连接（%2）</source>
        <translation>Scanner %1 not connected (%2)</translation>
    </message>
    <message>
        <source>%1 不是输入设备（%2）</source>
        <translation>%1 is not an input device (%2)</translation>
    </message>
    <message>
        <source>%1 不是键盘类设备，不能作为键盘口扫码枪</source>
        <translation>%1 is not a keyboard-type device and cannot be used as a keyboard-wedge scanner</translation>
    </message>
    <message>
        <source>无法独占扫码枪 %1（%2）：是否有其他程序已独占？</source>
        <translation>Cannot grab scanner %1 exclusively (%2): has another program already grabbed it?</translation>
    </message>
    <message>
        <source>键盘口扫码枪已连接：%1</source>
        <translation>Keyboard-wedge scanner connected: %1</translation>
    </message>
    <message>
        <source>扫码枪 %1 已拔出</source>
        <translation>Scanner %1 unplugged</translation>
    </message>
    <message>
        <source>读取扫码枪 %1 失败（%2）</source>
        <translation>Reading scanner %1 failed (%2)</translation>
    </message>
    <message>
        <source>键盘口扫码枪（%1）</source>
        <translation>Keyboard-wedge scanner (%1)</translation>
    </message>
</context>
<context>
    <name>pos::devices::EvdevSignatureTablet</name>
    <message>
        <source>%1 不是签名板（没有绝对坐标 ABS_X/ABS_Y）</source>
        <translation>%1 is not a signature pad (no absolute ABS_X/ABS_Y axes)</translation>
    </message>
    <message>
        <source>%1 报告的坐标范围无效</source>
        <translation>%1 reports an invalid coordinate range</translation>
    </message>
    <message>
        <source>%1 不是签名板（既无 BTN_TOUCH 也无压力）</source>
        <translation>%1 is not a signature pad (neither BTN_TOUCH nor pressure)</translation>
    </message>
    <message>
        <source>无权读取签名板 %1（需 udev 规则 60-pharmapos-scanners.rules 与 plugdev 组）</source>
        <translation>No permission to read signature pad %1 (needs the udev rule 60-pharmapos-scanners.rules and the plugdev group)</translation>
    </message>
    <message>
        <source>签名板 %1 未连接（%2）</source>
        <translation>Signature pad %1 is not connected (%2)</translation>
    </message>
    <message>
        <source>%1 不是输入设备，须给出坐标范围</source>
        <translation>%1 is not an input device; its coordinate ranges must be given</translation>
    </message>
    <message>
        <source>无法独占签名板 %1（%2）：是否有其他程序已独占？</source>
        <translation>Cannot grab signature pad %1 (%2): has another program grabbed it?</translation>
    </message>
    <message>
        <source>签名板已连接：%1</source>
        <translation>Signature pad connected: %1</translation>
    </message>
    <message>
        <source>签名板 %1 已拔出</source>
        <translation>Signature pad %1 was unplugged</translation>
    </message>
    <message>
        <source>读取签名板 %1 失败（%2）</source>
        <translation>Reading signature pad %1 failed (%2)</translation>
    </message>
    <message>
        <source>签名板（%1）</source>
        <translation>Signature pad (%1)</translation>
    </message>
</context>
<context>
    <name>pos::devices::GstSettlementRecorder</name>
    <message>
        <source>结算录像（%1）</source>
        <translation>settlement recording (%1)</translation>
    </message>
    <message>
        <source>录像配置无效：需要录像目录、片段时长（≥1 秒）与画面尺寸</source>
        <translation>Invalid recording settings: a recording folder, a segment length (≥ 1 s) and a frame size are needed</translation>
    </message>
    <message>
        <source>录像未在进行</source>
        <translation>Not recording</translation>
    </message>
    <message>
        <source>录像故障：%1</source>
        <translation>Recording fault: %1</translation>
    </message>
    <message>
        <source>结算单号“%1”不能用作录像目录名</source>
        <translation>Settlement number “%1” cannot be used as a recording folder name</translation>
    </message>
    <message>
        <source>结算 %1 的录像已在进行</source>
        <translation>The recording of settlement %1 is already running</translation>
    </message>
    <message>
        <source>结算 %1 没有进行中的录像</source>
        <translation>Settlement %1 has no recording in progress</translation>
    </message>
    <message>
        <source>人脸图像的画面无效</source>
        <translation>Invalid picture for the face image</translation>
    </message>
</context>
<context>
    <name>pos::devices::HidPosScanner</name>
    <message>
        <source>libusb 无法初始化（%1），HID-POS 扫码枪不可用</source>
        <translation>libusb cannot be initialized (%1); the HID-POS scanner is unavailable</translation>
    </message>
    <message>
        <source>HID-POS 扫码枪已拔出</source>
        <translation>HID-POS scanner unplugged</translation>
    </message>
    <message>
        <source>HID-POS 扫码枪读取中断</source>
        <translation>HID-POS scanner reading interrupted</translation>
    </message>
    <message>
        <source>HID-POS 扫码枪无法读取（%1）</source>
        <translation>HID-POS scanner cannot be read (%1)</translation>
    </message>
    <message>
        <source>HID-POS 扫码枪已连接：%1（USB %2）</source>
        <translation>HID-POS scanner connected: %1 (USB %2)</translation>
    </message>
    <message>
        <source>HID-POS 扫码枪（USB %1）</source>
        <translation>HID-POS scanner (USB %1)</translation>
    </message>
    <message>
        <source>HID-POS 扫码枪</source>
        <translation>HID-POS scanner</translation>
    </message>
</context>
<context>
    <name>pos::devices::KeyboardWedgeScanner</name>
    <message>
        <source>键盘扫码枪（窗口内识别）</source>
        <translation>Keyboard scanner (recognized in the window)</translation>
    </message>
</context>
<context>
    <name>pos::devices::PcscCardReader</name>
    <message>
        <source>智能卡服务 pcscd 没有运行（sudo systemctl start pcscd），或本机未安装 pcscd</source>
        <translation>The smart-card service pcscd is not running (sudo systemctl start pcscd), or pcscd is not installed</translation>
    </message>
    <message>
        <source>没有找到读卡器：请检查读卡器的 USB 连接</source>
        <translation>No card reader found: check the reader&apos;s USB connection</translation>
    </message>
    <message>
        <source>读卡器已断开：请检查读卡器的 USB 连接</source>
        <translation>The card reader was disconnected: check the reader&apos;s USB connection</translation>
    </message>
    <message>
        <source>读卡器里没有卡片，请插卡</source>
        <translation>No card in the reader: insert the card</translation>
    </message>
    <message>
        <source>读卡过程中卡片被拔出，请重新插卡</source>
        <translation>The card was removed during the read: insert it again</translation>
    </message>
    <message>
        <source>卡片无响应：请确认卡片芯片朝向正确、插到底后重试</source>
        <translation>The card does not respond: check that the chip faces the right way and the card is fully inserted, then retry</translation>
    </message>
    <message>
        <source>卡片被其他程序复位，请重试</source>
        <translation>Another program reset the card: retry</translation>
    </message>
    <message>
        <source>读卡器正被其他程序独占使用，请关闭其他读卡软件后重试</source>
        <translation>Another program holds the card reader: close other card software and retry</translation>
    </message>
    <message>
        <source>读卡器响应超时</source>
        <translation>The card reader timed out</translation>
    </message>
    <message>
        <source>与卡片通信失败（卡片可能已被拔出），请重新插卡</source>
        <translation>Communication with the card failed (it may have been removed): insert it again</translation>
    </message>
    <message>
        <source>读卡器错误 0x%1（%2）</source>
        <translation>Card reader error 0x%1 (%2)</translation>
    </message>
    <message>
        <source>医保读卡器（PC/SC）</source>
        <translation>Insurance card reader (PC/SC)</translation>
    </message>
    <message>
        <source>医保读卡器（PC/SC：%1）</source>
        <translation>Insurance card reader (PC/SC: %1)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>没有名为“%1”的读卡器（本机的读卡器：%2）</source>
        <translation>No card reader named “%1” (readers on this machine: %2)</translation>
    </message>
    <message>
        <source>卡片上没有本系统的医保应用（状态字 %1），不是可读的卡</source>
        <translation>The card holds no application this system reads (status word %1): not a readable card</translation>
    </message>
    <message>
        <source>卡片上没有基本信息文件（状态字 %1）</source>
        <translation>The card has no basic information file (status word %1)</translation>
    </message>
    <message>
        <source>卡片上的基本信息过长</source>
        <translation>The card&apos;s basic information is too long</translation>
    </message>
    <message>
        <source>读卡片文件失败（状态字 %1）</source>
        <translation>Reading the card&apos;s file failed (status word %1)</translation>
    </message>
</context>
<context>
    <name>pos::devices::SerialScanner</name>
    <message>
        <source>无权打开串口 %1（需将运行用户加入 dialout 组）</source>
        <translation>No permission to open serial port %1 (add the user running the program to the dialout group)</translation>
    </message>
    <message>
        <source>串口扫码枪 %1 未连接（%2）</source>
        <translation>Serial scanner %1 not connected (%2)</translation>
    </message>
    <message>
        <source>串口扫码枪已连接：%1</source>
        <translation>Serial scanner connected: %1</translation>
    </message>
    <message>
        <source>串口扫码枪 %1 已断开（%2）</source>
        <translation>Serial scanner %1 disconnected (%2)</translation>
    </message>
    <message>
        <source>串口扫码枪（%1）</source>
        <translation>Serial scanner (%1)</translation>
    </message>
</context>
<context>
    <name>pos::devices::SimulatedCamera</name>
    <message>
        <source>模拟摄像头（%1）</source>
        <translation>Simulated camera (%1)</translation>
    </message>
    <message>
        <source>模拟摄像头的图片来源 %1 不存在</source>
        <translation>Image source %1 of the simulated camera does not exist</translation>
    </message>
    <message>
        <source>模拟摄像头：帧间隔须 ≥0 毫秒，每张图片至少显示 1 帧</source>
        <translation>Simulated camera: the frame interval must be ≥0 ms and each image must be shown for at least 1 frame</translation>
    </message>
    <message>
        <source>模拟摄像头无法读取图片 %1：%2</source>
        <translation>The simulated camera cannot read image %1: %2</translation>
    </message>
    <message>
        <source>模拟摄像头：文件夹 %1 中没有图片（png、jpg、bmp、pgm）</source>
        <translation>Simulated camera: folder %1 contains no images (png, jpg, bmp, pgm)</translation>
    </message>
    <message>
        <source>模拟摄像头无法打开视频 %1</source>
        <translation>Simulated camera cannot open video %1</translation>
    </message>
    <message>
        <source>模拟摄像头已断开</source>
        <translation>Simulated camera disconnected</translation>
    </message>
</context>
<context>
    <name>pos::devices::SimulatedCardReader</name>
    <message>
        <source>模拟医保读卡器</source>
        <translation>Simulated insurance card reader</translation>
    </message>
    <message>
        <source>%1：未检测到卡片，请插卡</source>
        <translation>%1: no card detected, please insert the card</translation>
    </message>
    <message>
        <source>%1：读卡失败（%2），请重新插卡</source>
        <translation>%1: card read failed (%2), please insert the card again</translation>
    </message>
</context>
<context>
    <name>pos::devices::SimulatedScanner</name>
    <message>
        <source>模拟扫码枪</source>
        <translation>Simulated barcode scanner</translation>
    </message>
</context>
<context>
    <name>pos::devices::SimulatedSignatureTablet</name>
    <message>
        <source>模拟签名板</source>
        <translation>Simulated signature pad</translation>
    </message>
    <message>
        <source>模拟签名板已拔出</source>
        <translation>Simulated signature pad unplugged</translation>
    </message>
    <message>
        <source>模拟签名板已连接</source>
        <translation>Simulated signature pad connected</translation>
    </message>
</context>
<context>
    <name>pos::devices::VendorCardReader</name>
    <message>
        <source>医保读卡器（厂商动态库 %1）</source>
        <translation>Insurance card reader (vendor library %1)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>厂商动态库须用绝对路径配置（card_reader=vendor:/路径/库.so）</source>
        <translation>The vendor library must be configured with an absolute path (card_reader=vendor:/path/lib.so)</translation>
    </message>
    <message>
        <source>厂商动态库 %1 不存在，请安装读卡器厂商提供的 Linux 驱动</source>
        <translation>Vendor library %1 does not exist: install the Linux driver from the card reader&apos;s vendor</translation>
    </message>
    <message>
        <source>读卡辅助程序 %1 不存在或不可执行，请重新安装 PharmaPOS</source>
        <translation>Card helper program %1 is missing or not executable: reinstall PharmaPOS</translation>
    </message>
    <message>
        <source>读卡辅助程序 %1 无法启动（%2）</source>
        <translation>Card helper program %1 cannot start (%2)</translation>
    </message>
    <message>
        <source>读卡超时：厂商动态库 %1 秒内没有回应，已中止本次读卡。请检查读卡器是否连接、卡片是否插好后重试</source>
        <translation>Card read timed out: the vendor library did not answer within %1 s and the read was aborted. Check that the reader is connected and the card inserted, then retry</translation>
    </message>
    <message>
        <source>厂商动态库在读卡时崩溃，本次读卡已中止（收银程序不受影响）。请重新插卡重试；反复出现请联系读卡器厂商</source>
        <translation>The vendor library crashed while reading the card; the read was aborted (the counter is not affected). Insert the card again and retry; if it keeps happening, contact the reader&apos;s vendor</translation>
    </message>
    <message>
        <source>读卡失败，厂商动态库返回错误码 %1（请确认卡片已插好）</source>
        <translation>Card read failed: the vendor library returned error code %1 (check that the card is inserted)</translation>
    </message>
    <message>
        <source>读卡失败，厂商动态库返回错误码 %1：%2</source>
        <translation>Card read failed: the vendor library returned error code %1: %2</translation>
    </message>
    <message>
        <source>无法加载厂商动态库 %1（%2）。请确认它是本机架构的 Linux 动态库，且它依赖的库都已安装</source>
        <translation>Cannot load vendor library %1 (%2). Check that it is a Linux library for this machine&apos;s architecture and that the libraries it needs are installed</translation>
    </message>
    <message>
        <source>厂商动态库 %1 中没有 iReadCardBas 函数，不是人社标准接口的读卡库</source>
        <translation>Vendor library %1 has no iReadCardBas function: it is not a MOHRSS standard interface card library</translation>
    </message>
    <message>
        <source>读卡辅助程序的回答无法识别（退出码 %1）</source>
        <translation>The card helper program&apos;s answer cannot be read (exit code %1)</translation>
    </message>
</context>
<context>
    <name>pos::sim::InProcessPlatform</name>
    <message>
        <source>模拟医保平台（本机进程内）</source>
        <translation>Simulated insurance platform (in process)</translation>
    </message>
    <message>
        <source>模拟医保平台不可达（注入的故障），报文 %1 未送达</source>
        <translation>Simulated insurance platform unreachable (injected fault): message %1 not delivered</translation>
    </message>
    <message>
        <source>模拟医保平台的应答丢失（注入的故障）：报文 %1 已处理，结果未知</source>
        <translation>Simulated insurance platform&apos;s answer lost (injected fault): message %1 was processed, outcome unknown</translation>
    </message>
</context>
<context>
    <name>pos::ui::ArchiveViewer</name>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>本月装订清单</source>
        <translation>Month&apos;s binding index</translation>
    </message>
    <message>
        <source>打开文档</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>播放录像</source>
        <translation>Play clip</translation>
    </message>
    <message>
        <source>签名、人脸在此显示</source>
        <translation>The signature and face show here</translation>
    </message>
    <message>
        <source>没有找到这条归档记录</source>
        <translation>This archive record was not found</translation>
    </message>
    <message>
        <source>%1（%2 字节）</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>%1：缺，%2</source>
        <translation>%1: missing, %2</translation>
    </message>
    <message>
        <source>先选一件文档</source>
        <translation>Choose a document first</translation>
    </message>
    <message>
        <source>%1 不是可显示的图片</source>
        <translation>%1 is not a picture that can be shown</translation>
    </message>
    <message>
        <source>%1 是 PDF（%2 字节），哈希与封存时一致；用 archive export 导出后打开或打印。</source>
        <translation>%1 is a PDF (%2 bytes) matching its sealed hash; export it with archive export to open or print it.</translation>
    </message>
    <message>
        <source>追溯码 %1 的这盒药尚未售出，档案中没有它的记录（trace 查看它的进货）</source>
        <translation>The box with traceability code %1 has not been sold: the archive has no record of it (trace shows its receiving)</translation>
    </message>
    <message>
        <source>追溯码 %1 的销售（%2）没有封存的档案记录：非处方销售不入档，处方销售或医保结算尚未封存时在下次启动时补封存</source>
        <translation>The sale of traceability code %1 (%2) has no sealed archive record: sales without a prescription are not archived; a prescription sale or settlement not yet sealed is sealed at the next start</translation>
    </message>
    <message>
        <source>结算单号、销售单号、处方号、药品追溯码、患者身份证号或姓名、日期（2026-12-06 或 2026-12-01..2026-12-06）</source>
        <translation>Settlement, sale or prescription number, a box&apos;s trace code, the patient&apos;s ID number or name, a date (2026-12-06 or 2026-12-01..2026-12-06)</translation>
    </message>
    <message>
        <source>结算单号、销售单号、处方号、患者身份证号或姓名、日期（2026-12-06 或 2026-12-01..2026-12-06）</source>
        <translation>Settlement, sale or prescription number, the patient&apos;s ID number or name, a date (2026-12-06 or 2026-12-01..2026-12-06)</translation>
    </message>
    <message>
        <source>请输入结算单号、处方号、追溯码、患者身份证号或姓名，或日期</source>
        <translation>Type a settlement or prescription number, a trace code, the patient&apos;s ID number or name, or a date</translation>
    </message>
</context>
<context>
    <name>pos::ui::CameraPanel</name>
    <message>
        <source>本结算区域全程录音录像。医保结算时经您同意采集人脸，仅用于本次结算核验，只保存在本店电脑上，到期删除；不同意可自费结算。</source>
        <translation>This settlement area is under continuous audio and video recording. For insured settlement your face is captured with your consent, used only to verify this settlement, kept only on this store&apos;s computer and deleted when due; if you do not consent you can pay yourself.</translation>
    </message>
    <message>
        <source>等待摄像头画面…</source>
        <translation>Waiting for the camera picture…</translation>
    </message>
    <message>
        <source>请询问顾客：是否同意采集人脸用于本次医保结算？</source>
        <translation>Ask the customer: do they consent to face capture for this insured settlement?</translation>
    </message>
    <message>
        <source>顾客同意</source>
        <translation>Customer consents</translation>
    </message>
    <message>
        <source>顾客拒绝（自费）</source>
        <translation>Customer refuses (self-pay)</translation>
    </message>
    <message>
        <source>重新采集人脸</source>
        <translation>Capture the face again</translation>
    </message>
    <message>
        <source>顾客拒绝人脸采集</source>
        <translation>Customer refused face capture</translation>
    </message>
    <message>
        <source>已采集本单人脸（%1 分） · 当前：%2</source>
        <translation>Face of this sale captured (%1 points) · now: %2</translation>
    </message>
    <message>
        <source>顾客拒绝人脸采集：本单不能医保结算，可自费</source>
        <translation>Customer refused face capture: this sale cannot be settled with insurance, self-pay is possible</translation>
    </message>
    <message>
        <source>顾客撤回同意</source>
        <translation>Customer withdrew consent</translation>
    </message>
    <message>
        <source>录像中</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>录像未进行</source>
        <translation>Not recording</translation>
    </message>
    <message>
        <source>录像故障：%1</source>
        <translation>Recording fault: %1</translation>
    </message>
    <message>
        <source>磁盘空间低于下限</source>
        <translation>Disk space below the floor</translation>
    </message>
    <message>
        <source>磁盘空间不足，请清理</source>
        <translation>Disk space low, please free some</translation>
    </message>
</context>
<context>
    <name>pos::ui::CartModel</name>
    <message>
        <source>%1
%2
批准文号：%3</source>
        <translation>%1
%2
Approval No.: %3</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>商品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1/%2 盒已扫码</source>
        <translation>%1/%2 boxes scanned</translation>
    </message>
    <message>
        <source>%1 盒已扫码</source>
        <translation>%1 boxes scanned</translation>
    </message>
    <message>
        <source>药品追溯码：
%1</source>
        <translation>Drug traceability codes:
%1</translation>
    </message>
    <message>
        <source>追溯码</source>
        <translation>Traceability code</translation>
    </message>
    <message>
        <source>处方药：须凭执业药师审核通过的处方销售（RX-ONLY）
%1
%2
批准文号：%3</source>
        <translation>Prescription drug: sold only against a prescription approved by a licensed pharmacist (RX-ONLY)
%1
%2
Approval number: %3</translation>
    </message>
    <message>
        <source>%1 改</source>
        <translation>%1 chg</translation>
    </message>
    <message>
        <source>原价 %1，改价理由：%2（PRICE-OVERRIDE）</source>
        <translation>Shelf price %1, changed because: %2 (PRICE-OVERRIDE)</translation>
    </message>
</context>
<context>
    <name>pos::ui::CheckoutWidget</name>
    <message>
        <source>请扫描商品条码</source>
        <translation>Please scan a product barcode</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 种 %2 件</source>
        <translation>%1 products, %2 items</translation>
    </message>
    <message>
        <source>修改数量</source>
        <translation>Change quantity</translation>
    </message>
    <message>
        <source>作废本单</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <source>确定作废当前未收款的销售？</source>
        <translation>Void the current unpaid sale?</translation>
    </message>
    <message>
        <source>未关联处方：[Rx] 处方药须凭药师审核通过的处方销售，请按 F7 关联处方</source>
        <translation>No prescription linked: [Rx] prescription drugs are sold only against a prescription approved by the pharmacist; press F7 to link one</translation>
    </message>
    <message>
        <source>处方 %1</source>
        <translation>Prescription %1</translation>
    </message>
    <message>
        <source>购物车即处方，不能再改</source>
        <translation>The cart is the prescription and cannot change</translation>
    </message>
    <message>
        <source>先前：</source>
        <translation>Before: </translation>
    </message>
    <message>
        <source>F3 查找商品&#x3000;↑↓ 选行&#x3000;+/− 改数量&#x3000;* 输入数量&#x3000;/ 改价折扣&#x3000;F6 拆零（盒/板/粒）&#x3000;Del 删除&#x3000;F5 挂单/取单&#x3000;F7 处方&#x3000;F12 收款&#x3000;F9 补打小票&#x3000;F1 查单&#x3000;Esc 作废本单</source>
        <translation>F3 find  ↑↓ line  +/− qty  * type qty  / price  F6 split  Del remove  F5 park/recall  F7 Rx  F12 pay  F9 reprint  F1 find sale  Esc void</translation>
    </message>
</context>
<context>
    <name>pos::ui::CustomerDisplay</name>
    <message>
        <source>顾客显示屏 — %1</source>
        <translation>Customer display — %1</translation>
    </message>
    <message>
        <source>%1&#x3000;欢迎光临</source>
        <translation>%1 — welcome</translation>
    </message>
    <message>
        <source>请看摄像头</source>
        <translation>Please look at the camera</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量 × 单价</source>
        <translation>Qty × price</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>共 %1 件&#x3000;应付 %2</source>
        <translation>%1 items — to pay %2</translation>
    </message>
    <message>
        <source>应付 %1</source>
        <translation>To pay %1</translation>
    </message>
    <message>
        <source>实收 %1&#x3000;找零 %2
谢谢惠顾，祝您早日康复</source>
        <translation>Paid %1 — change %2
Thank you, get well soon</translation>
    </message>
    <message>
        <source>医保结算需采集您的人脸，请告诉收银员是否同意</source>
        <translation>Insured settlement needs a picture of your face: please tell the cashier whether you agree</translation>
    </message>
    <message>
        <source>人脸已采集，谢谢配合</source>
        <translation>Face captured, thank you</translation>
    </message>
    <message>
        <source>请正视摄像头</source>
        <translation>Please look straight at the camera</translation>
    </message>
    <message>
        <source>医疗费总额 %1</source>
        <translation>Medical costs %1</translation>
    </message>
    <message>
        <source>医保统筹支付 %1
个人账户支付 %2
您需支付现金 %3</source>
        <translation>Paid by the insurance fund %1
Paid from the personal account %2
Cash for you to pay %3</translation>
    </message>
    <message>
        <source>请核对医保结算金额</source>
        <translation>Please check the insurance amounts</translation>
    </message>
    <message>
        <source>正在医保结算，请稍候</source>
        <translation>Settling with the insurance, please wait</translation>
    </message>
    <message>
        <source>医保结算成功</source>
        <translation>Insurance settlement done</translation>
    </message>
    <message>
        <source>请在医保结算单上签字</source>
        <translation>Please sign the insurance settlement slip</translation>
    </message>
    <message>
        <source>医保结算完成，谢谢，祝您早日康复</source>
        <translation>Insurance settlement complete. Thank you, get well soon</translation>
    </message>
    <message>
        <source>%1（原价 %2）</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <source>
已优惠 %1</source>
        <translation>
You save %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>已收：%1</source>
        <translation>Paid: %1</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>
正在扫码支付，请稍候…</source>
        <translation>
Wallet payment in progress, please wait…</translation>
    </message>
    <message>
        <source>
还需支付 %1</source>
        <translation>
Still to pay %1</translation>
    </message>
</context>
<context>
    <name>pos::ui::EvidenceViewer</name>
    <message>
        <source>结算单号</source>
        <translation>Settlement number</translation>
    </message>
    <message>
        <source>查看人脸与录像</source>
        <translation>Show face and recording</translation>
    </message>
    <message>
        <source>播放录像</source>
        <translation>Play recording</translation>
    </message>
    <message>
        <source>导出录像…</source>
        <translation>Export recording…</translation>
    </message>
    <message>
        <source>人脸图像</source>
        <translation>Face image</translation>
    </message>
    <message>
        <source>录像</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>结算 %1：%2 至 %3，%4 个片段，%5；清单 SHA-256 %6；%7</source>
        <translation>Settlement %1: %2 to %3, %4 segment(s), %5; manifest SHA-256 %6; %7</translation>
    </message>
    <message>
        <source>已备份</source>
        <translation>backed up</translation>
    </message>
    <message>
        <source>尚无备份</source>
        <translation>not backed up yet</translation>
    </message>
    <message>
        <source>导出结算录像</source>
        <translation>Export settlement recording</translation>
    </message>
    <message>
        <source>Matroska 视频 (*.mkv)</source>
        <translation>Matroska video (*.mkv)</translation>
    </message>
    <message>
        <source>已导出至 %1（清单 %1.manifest.json）</source>
        <translation>Exported to %1 (manifest %1.manifest.json)</translation>
    </message>
</context>
<context>
    <name>pos::ui::FirstRunWidget</name>
    <message>
        <source>首次启动：创建系统管理员</source>
        <translation>First start: create the administrator</translation>
    </message>
    <message>
        <source>系统管理员负责创建收银员、执业药师和店长的账号，自己不能收银。</source>
        <translation>The administrator creates the accounts for cashiers, licensed pharmacists and store managers, and cannot ring up sales.</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>pos::ui::InventoryWidget</name>
    <message>
        <source>商品编码</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>库存与效期</source>
        <translation>Stock and expiry</translation>
    </message>
    <message>
        <source>导入到货单…</source>
        <translation>Import delivery note…</translation>
    </message>
    <message>
        <source>购进验收</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>选择到货单</source>
        <translation>Select delivery note</translation>
    </message>
    <message>
        <source>到货单 (*.csv)</source>
        <translation>Delivery notes (*.csv)</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <source>台账导出与上传</source>
        <translation>Ledger export and upload</translation>
    </message>
    <message>
        <source>保存进销存台账</source>
        <translation>Save inventory ledger</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 个批次有库存；近效期（%2 天内）%3 个，已过期或待验 %4 个</source>
        <translation>%1 batches in stock; %3 near expiry (within %2 days), %4 expired or awaiting inspection</translation>
    </message>
    <message>
        <source>医保平台上传队列：待上传 %1 条%2，已上传 %3 条</source>
        <translation>Insurance platform upload queue: %1 pending%2, %3 uploaded</translation>
    </message>
    <message>
        <source>（最早 %1）</source>
        <translation> (oldest %1)</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>西药</source>
        <translation>Western medicine</translation>
    </message>
    <message>
        <source>中成药</source>
        <translation>Chinese patent medicine</translation>
    </message>
    <message>
        <source>中药饮片</source>
        <translation>Chinese herbal pieces</translation>
    </message>
    <message>
        <source>新建盘点单</source>
        <translation>New stocktake sheet</translation>
    </message>
    <message>
        <source>扫码计数：每扫一盒加一盒</source>
        <translation>Scan to count: each scan adds one box</translation>
    </message>
    <message>
        <source>账面（最小单位）</source>
        <translation>Book quantity (smallest units)</translation>
    </message>
    <message>
        <source>实盘</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>调整原因（必填），如：月末盘点</source>
        <translation>Adjustment reason (required), e.g. month-end stocktake</translation>
    </message>
    <message>
        <source>店长审核并过账</source>
        <translation>Approve and post (store manager)</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>盘点单 %1：%2 个批次。录入实盘数量（最小单位）或扫码计数，然后由店长审核过账。</source>
        <translation>Stocktake sheet %1: %2 batches. Enter the counted quantities (smallest units) or count by scanning, then have the store manager approve and post the sheet.</translation>
    </message>
    <message>
        <source>%1 批号 %2：已数 %3</source>
        <translation>%1 batch number %2: %3 counted so far</translation>
    </message>
    <message>
        <source>盘点单上没有商品编码 %1（扫描商品编码；条码请先在商品档案中登记）</source>
        <translation>Product code %1 is not on the stocktake sheet (scan the product code; barcodes must first be registered in the product master file)</translation>
    </message>
    <message>
        <source>盘点单 %1 已审核过账：%2 个批次调整，盘盈 %3，盘亏 %4</source>
        <translation>Stocktake sheet %1 approved and posted: %2 batches adjusted, stocktake gain %3, stocktake loss %4</translation>
    </message>
    <message>
        <source>商品档案</source>
        <translation>Product master</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>导出进销存台账…</source>
        <translation>Export inventory ledger…</translation>
    </message>
    <message>
        <source>导出库存流水（CSV）…</source>
        <translation>Export stock movements (CSV)…</translation>
    </message>
    <message>
        <source>进销存_%1.%2</source>
        <translation>inventory_ledger_%1.%2</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>保存库存流水</source>
        <translation>Save stock movements</translation>
    </message>
    <message>
        <source>库存流水_%1.csv</source>
        <translation>stock_movements_%1.csv</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出已取消，未生成文件</source>
        <translation>Export cancelled; no file created</translation>
    </message>
    <message>
        <source>正在导出进销存台账…</source>
        <translation>Exporting the inventory ledger…</translation>
    </message>
    <message>
        <source>正在导出库存流水…</source>
        <translation>Exporting stock movements…</translation>
    </message>
    <message>
        <source>或导入供货单位的到货单（CSV UTF-8 或 XLSX）：任一行被拒收则整张单都不入库，下方逐行列出原因；改正后重新导入。</source>
        <translation>Or import the supplier&apos;s delivery note (CSV UTF-8 or XLSX): if any row is rejected, nothing from the note is received; the reasons are listed below, row by row. Correct them and import again.</translation>
    </message>
    <message>
        <source>到货单 (*.csv *.xlsx)</source>
        <translation>Delivery notes (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>到货单 %1</source>
        <translation>Delivery note %1</translation>
    </message>
</context>
<context>
    <name>pos::ui::LockWidget</name>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>%1 离开了收银台。当前未完成的销售已保留。请 %1 输入密码解锁。</source>
        <translation>%1 has left the till. The unfinished sale has been kept. %1, please enter your password to unlock.</translation>
    </message>
</context>
<context>
    <name>pos::ui::LoginWidget</name>
    <message>
        <source>登录收银台</source>
        <translation>Log in to the till</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录 (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
</context>
<context>
    <name>pos::ui::MainWindow</name>
    <message>
        <source>PharmaPOS 药店收银 — %1</source>
        <translation>PharmaPOS Pharmacy Checkout — %1</translation>
    </message>
    <message>
        <source>模拟设备 SIMULATED DEVICES：%1 —— 不连接真实硬件，不得用于真实营业</source>
        <translation>SIMULATED DEVICES: %1 — no real hardware is connected; not for real trading</translation>
    </message>
    <message>
        <source>%1&#x3000;收银台 %2</source>
        <translation>%1  Till %2</translation>
    </message>
    <message>
        <source>模拟扫码枪</source>
        <translation>Simulated barcode scanner</translation>
    </message>
    <message>
        <source>打印机：%1 %2</source>
        <translation>Printer: %1 %2</translation>
    </message>
    <message>
        <source>切换操作人 (F2)</source>
        <translation>Switch operator (F2)</translation>
    </message>
    <message>
        <source>结束代操作</source>
        <translation>End step-in</translation>
    </message>
    <message>
        <source>药师上岗/下岗 (F8)</source>
        <translation>Pharmacist clock in/out (F8)</translation>
    </message>
    <message>
        <source>库存管理 (F4)</source>
        <translation>Stock management (F4)</translation>
    </message>
    <message>
        <source>锁屏 (F11)</source>
        <translation>Lock screen (F11)</translation>
    </message>
    <message>
        <source>当前：%1（%2）</source>
        <translation>Current: %1 (%2)</translation>
    </message>
    <message>
        <source>&#x3000;代 %1 操作</source>
        <translation>  on behalf of %1</translation>
    </message>
    <message>
        <source>STAFF-ROLES: %1 %2 无权进入库存管理</source>
        <translation>STAFF-ROLES: %1 %2 is not permitted to open stock management</translation>
    </message>
    <message>
        <source>%1 已下岗</source>
        <translation>%1 clocked out</translation>
    </message>
    <message>
        <source>%1 已上岗</source>
        <translation>%1 clocked in</translation>
    </message>
    <message>
        <source>无执业药师在岗：处方审核与统筹结算暂停</source>
        <translation>No licensed pharmacist on duty: prescription review and pooled-fund settlement are suspended</translation>
    </message>
    <message>
        <source>在岗药师：%1</source>
        <translation>Pharmacists on duty: %1</translation>
    </message>
    <message>
        <source>审计日志写入失败</source>
        <translation>Writing the audit log failed</translation>
    </message>
    <message>
        <source>上传队列</source>
        <translation>Upload queue</translation>
    </message>
    <message>
        <source>医保平台上传队列</source>
        <translation>Insurance platform upload queue</translation>
    </message>
    <message>
        <source>查看人脸与录像 (Ctrl+Shift+V)</source>
        <translation>Face and recording (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>本结算区域全程录音录像</source>
        <translation>This settlement area is recorded (video and sound)</translation>
    </message>
    <message>
        <source>查看人脸与录像</source>
        <translation>Face and recording</translation>
    </message>
    <message>
        <source>医保结算未能开始</source>
        <translation>The insured settlement could not start</translation>
    </message>
    <message>
        <source>本机未开通医保结算，没有可退费的医保结算</source>
        <translation>This till does not settle insurance: there is nothing to refund</translation>
    </message>
    <message>
        <source>医保退费</source>
        <translation>Insurance refund</translation>
    </message>
    <message>
        <source>结算档案 (Ctrl+Shift+A)</source>
        <translation>Settlement archive (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>结算档案</source>
        <translation>Settlement archive</translation>
    </message>
    <message>
        <source>开班/交班 (F10)</source>
        <translation>Shift (F10)</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>全屏收银模式：只有店长能退出程序（店长按 F2 介入或登录后再关闭）</source>
        <translation>Kiosk mode: only a store manager may quit (the manager steps in with F2 or logs in, then closes)</translation>
    </message>
</context>
<context>
    <name>pos::ui::PaperPrescriptionDialog</name>
    <message>
        <source>纸质处方录入</source>
        <translation>Paper prescription entry</translation>
    </message>
    <message>
        <source>处方上印的编号</source>
        <translation>Number printed on the prescription</translation>
    </message>
    <message>
        <source>医院或诊所名称</source>
        <translation>Hospital or clinic name</translation>
    </message>
    <message>
        <source>医保定点机构编码，如 H36010200077</source>
        <translation>Insurance-designated institution code, e.g. H36010200077</translation>
    </message>
    <message>
        <source>医保医师代码</source>
        <translation>Insurance doctor code</translation>
    </message>
    <message>
        <source>ICD-10，如 I10.x00</source>
        <translation>ICD-10, e.g. I10.x00</translation>
    </message>
    <message>
        <source>18 位身份证号</source>
        <translation>18-digit ID number</translation>
    </message>
    <message>
        <source>长期处方</source>
        <translation>Long-term prescription</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>纸质处方号</source>
        <translation>Paper prescription No.</translation>
    </message>
    <message>
        <source>开具时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <source>机构编码</source>
        <translation>Institution code</translation>
    </message>
    <message>
        <source>医师</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>医师代码</source>
        <translation>Doctor code</translation>
    </message>
    <message>
        <source>诊断编码</source>
        <translation>Diagnosis code</translation>
    </message>
    <message>
        <source>诊断名称</source>
        <translation>Diagnosis name</translation>
    </message>
    <message>
        <source>患者姓名</source>
        <translation>Patient name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>参保类别</source>
        <translation>Insurance type</translation>
    </message>
    <message>
        <source>处方类别</source>
        <translation>Prescription category</translation>
    </message>
    <message>
        <source>处方属性</source>
        <translation>Prescription attribute</translation>
    </message>
    <message>
        <source>扫描药盒条码，或输入药品编码/名称/拼音简码后回车</source>
        <translation>Scan the drug box barcode, or type a drug code/name/pinyin initials and press Enter</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete selected line</translation>
    </message>
    <message>
        <source>药品</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>医保药品编码</source>
        <translation>Insurance drug code</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>用法</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>单次用量</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>附处方图片…</source>
        <translation>Attach prescription image…</translation>
    </message>
    <message>
        <source>去掉图片</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>未附处方图片</source>
        <translation>No prescription image attached</translation>
    </message>
    <message>
        <source>保存并送审</source>
        <translation>Save and submit for review</translation>
    </message>
    <message>
        <source>附处方图片</source>
        <translation>Attach prescription image</translation>
    </message>
    <message>
        <source>处方图片 (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Prescription images (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>没有找到药品：%1</source>
        <translation>No drug found: %1</translation>
    </message>
    <message>
        <source>“%1”对应多个药品，请扫码或输入更完整的名称：%2</source>
        <translation>&quot;%1&quot; matches several drugs; scan the barcode or enter a more complete name: %2</translation>
    </message>
    <message>
        <source>%1 已在第 %2 行，请按处方修改该行数量</source>
        <translation>%1 is already on line %2; change the quantity on that line to match the prescription</translation>
    </message>
    <message>
        <source>已添加第 %1 行：%2</source>
        <translation>Added line %1: %2</translation>
    </message>
    <message>
        <source>处方图片只能是 JPG、PNG 或 PDF 文件：%1</source>
        <translation>The prescription image must be a JPG, PNG or PDF file: %1</translation>
    </message>
    <message>
        <source>处方图片 %1 大于 10 MB，请降低扫描分辨率</source>
        <translation>Prescription image %1 is larger than 10 MB; please scan at a lower resolution</translation>
    </message>
    <message>
        <source>无法读取处方图片 %1：%2</source>
        <translation>Cannot read prescription image %1: %2</translation>
    </message>
    <message>
        <source>已附：%1（%2 KB）</source>
        <translation>Attached: %1 (%2 KB)</translation>
    </message>
    <message>
        <source>已附处方图片</source>
        <translation>Prescription image attached</translation>
    </message>
</context>
<context>
    <name>pos::ui::ParkedCartsDialog</name>
    <message>
        <source>挂单 / 取单</source>
        <translation>Park / recall</translation>
    </message>
    <message>
        <source>备注（可空）：顾客特征、去向，如“红衣阿姨，取钱去了”</source>
        <translation>Note (may be empty): who and why, e.g. “lady in red, fetching money”</translation>
    </message>
    <message>
        <source>挂起当前单 (Enter)</source>
        <translation>Park this cart (Enter)</translation>
    </message>
    <message>
        <source>当前单：</source>
        <translation>This cart:</translation>
    </message>
    <message>
        <source>挂单时间</source>
        <translation>Parked at</translation>
    </message>
    <message>
        <source>已等待</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>挂单人</source>
        <translation>Parked by</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>取单</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>丢弃挂单</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>%1（%2 件）</source>
        <translation>%1 (%2 items)</translation>
    </message>
    <message>
        <source>取单（%1 张）</source>
        <translation>Recall (%1 parked)</translation>
    </message>
    <message>
        <source>请先在列表中选一张挂单</source>
        <translation>Choose a parked cart in the list first</translation>
    </message>
    <message>
        <source>确定丢弃挂单 %1？丢弃后不能再取回（记入审计）</source>
        <translation>Discard parked cart %1? It cannot be recalled afterwards (audited)</translation>
    </message>
    <message>
        <source>挂单 %1 已丢弃</source>
        <translation>Parked cart %1 discarded</translation>
    </message>
</context>
<context>
    <name>pos::ui::PaymentDialog</name>
    <message>
        <source>应收</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>确认收款 (Enter)</source>
        <translation>Confirm payment (Enter)</translation>
    </message>
    <message>
        <source>返回 (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <source>不足 %1</source>
        <translation>Short by %1</translation>
    </message>
    <message>
        <source>18 位身份证号，查验后登记</source>
        <translation>18-digit ID number, record after checking</translation>
    </message>
    <message>
        <source>本单含麻黄碱类复方制剂：须查验并登记购买人身份证号，每单最多 %1 个最小包装（CTRL-EPHEDRINE）</source>
        <translation>This sale contains an ephedrine-containing compound preparation: check and register the buyer&apos;s ID number; at most %1 minimum packages per sale (CTRL-EPHEDRINE)</translation>
    </message>
    <message>
        <source>购买人身份证号</source>
        <translation>Buyer&apos;s ID number</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>现金金额，或扫顾客的微信/支付宝付款码</source>
        <translation>Cash amount, or scan the customer&apos;s WeChat Pay / Alipay code</translation>
    </message>
    <message>
        <source>刷卡机签购单上的参考号</source>
        <translation>Reference no. on the terminal slip</translation>
    </message>
    <message>
        <source>记银行卡</source>
        <translation>Record card</translation>
    </message>
    <message>
        <source>已收</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>待收</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>实收 / 付款码</source>
        <translation>Tendered / code</translation>
    </message>
    <message>
        <source>快捷</source>
        <translation>Quick</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1（现金 %2，抹零 %3）</source>
        <translation>%1 (cash %2, rounding %3)</translation>
    </message>
    <message>
        <source>等待顾客在手机上确认付款…</source>
        <translation>Waiting for the customer to confirm on the phone…</translation>
    </message>
    <message>
        <source>整收 %1</source>
        <translation>Exact %1</translation>
    </message>
    <message>
        <source>付款码（按 Enter 扣款）</source>
        <translation>Payment code (Enter charges it)</translation>
    </message>
    <message>
        <source>“%1”不是金额，请输入如 100 或 100.50，或扫顾客的付款码</source>
        <translation>&quot;%1&quot; is not an amount: type e.g. 100 or 100.50, or scan the customer&apos;s payment code</translation>
    </message>
    <message>
        <source>正在等待顾客的扫码付款结果，请稍候再返回</source>
        <translation>Waiting for the customer&apos;s wallet payment; go back once it answers</translation>
    </message>
    <message>
        <source>取消收款</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <source>已收 %1。返回将撤销这些收款（微信/支付宝原路退回，银行卡请在刷卡机上撤销），确定吗？</source>
        <translation>Taken: %1. Going back gives these back (wallets are reversed; void the bank card on the terminal). Go back?</translation>
    </message>
    <message>
        <source>撤销并返回</source>
        <translation>Give back and return</translation>
    </message>
    <message>
        <source>继续收款</source>
        <translation>Continue payment</translation>
    </message>
</context>
<context>
    <name>pos::ui::PlatformLinkIndicator</name>
    <message>
        <source>医保平台 正常 · 待传 %1</source>
        <translation>Insurance platform OK · %1 pending</translation>
    </message>
    <message>
        <source>医保平台 正常</source>
        <translation>Insurance platform OK</translation>
    </message>
    <message>
        <source>医保平台 · 待处理 %1</source>
        <translation>Insurance platform · %1 to handle</translation>
    </message>
    <message>
        <source>医保平台 中断 %1 分钟 · 待传 %2</source>
        <translation>Insurance platform down %1 min · %2 pending</translation>
    </message>
</context>
<context>
    <name>pos::ui::PrescriptionDialog</name>
    <message>
        <source>处方（F7）</source>
        <translation>Prescription (F7)</translation>
    </message>
    <message>
        <source>处方编号或处方二维码内容（也可直接扫码）</source>
        <translation>Prescription number or prescription QR code content (you can also scan it directly)</translation>
    </message>
    <message>
        <source>载入处方</source>
        <translation>Load prescription</translation>
    </message>
    <message>
        <source>药师确认：长期处方超过 4 周（RX-LONG-12W）</source>
        <translation>Pharmacist confirms: long-term prescription over 4 weeks (RX-LONG-12W)</translation>
    </message>
    <message>
        <source>1 规则检查</source>
        <translation>1 Check rules</translation>
    </message>
    <message>
        <source>2 药师审核通过</source>
        <translation>2 Pharmacist approves</translation>
    </message>
    <message>
        <source>药师驳回</source>
        <translation>Pharmacist rejects</translation>
    </message>
    <message>
        <source>3 签名确认</source>
        <translation>3 Confirm signature</translation>
    </message>
    <message>
        <source>4 打印处方</source>
        <translation>4 Print prescription</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>5 读医保卡</source>
        <translation>5 Read insurance card</translation>
    </message>
    <message>
        <source>取消本处方</source>
        <translation>Cancel this prescription</translation>
    </message>
    <message>
        <source>处方已载入并关联本单</source>
        <translation>Prescription loaded and linked to this sale</translation>
    </message>
    <message>
        <source>请先载入处方</source>
        <translation>Load a prescription first</translation>
    </message>
    <message>
        <source>药师审核通过</source>
        <translation>Pharmacist approved</translation>
    </message>
    <message>
        <source>处方已驳回</source>
        <translation>Prescription rejected</translation>
    </message>
    <message>
        <source>审方签名已绑定本处方</source>
        <translation>Review signature bound to this prescription</translation>
    </message>
    <message>
        <source>处方已交打印机</source>
        <translation>Prescription sent to the printer</translation>
    </message>
    <message>
        <source>处方已补打</source>
        <translation>Prescription reprinted</translation>
    </message>
    <message>
        <source>收银台取消</source>
        <translation>Cancelled at the till</translation>
    </message>
    <message>
        <source>已取消本处方</source>
        <translation>Prescription cancelled</translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>未关联处方。扫描处方二维码，或输入处方编号后按“载入处方”。</source>
        <translation>No prescription linked. Scan the prescription QR code, or enter the prescription number and press &quot;Load prescription&quot;.</translation>
    </message>
    <message>
        <source>处方编号：%1</source>
        <translation>Prescription No.: %1</translation>
    </message>
    <message>
        <source>开具：%1&#x3000;有效期至：%2</source>
        <translation>Issued: %1  Valid until: %2</translation>
    </message>
    <message>
        <source>诊断：%1 %2</source>
        <translation>Diagnosis: %1 %2</translation>
    </message>
    <message>
        <source>开方：%1（%2）</source>
        <translation>Prescriber: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 ×%3%4&#x3000;%5 %6 %7</source>
        <translation>%1 %2 ×%3 %4  %5 %6 %7</translation>
    </message>
    <message>
        <source>录入纸质处方…</source>
        <translation>Enter paper prescription…</translation>
    </message>
    <message>
        <source>待审处方（双击载入）</source>
        <translation>Prescriptions awaiting review (double-click to load)</translation>
    </message>
    <message>
        <source>审核意见；驳回时必须填写理由</source>
        <translation>Review comments; a reason is required when rejecting</translation>
    </message>
    <message>
        <source>审核意见/驳回理由：</source>
        <translation>Review comments/rejection reason:</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>【纸质】</source>
        <translation>[PAPER] </translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3 种药&#x3000;开具 %4</source>
        <translation>%1  %2  %3 drugs  issued %4</translation>
    </message>
    <message>
        <source>（没有待审处方）</source>
        <translation>(no prescriptions awaiting review)</translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>纸质处方</source>
        <translation>Paper prescription</translation>
    </message>
    <message>
        <source>电子处方</source>
        <translation>E-prescription</translation>
    </message>
    <message>
        <source>&#x3000;长期处方 %1 天</source>
        <translation>  Long-term prescription, %1 days</translation>
    </message>
    <message>
        <source>患者：%1&#x3000;%2&#x3000;%3</source>
        <translation>Patient: %1  %2  %3</translation>
    </message>
    <message>
        <source>药师审核：通过 — %1（执业药师注册证号 %2），%3%4</source>
        <translation>Pharmacist review: approved — %1 (licensed pharmacist reg. No. %2), %3%4</translation>
    </message>
    <message>
        <source>，意见：%1</source>
        <translation>, comments: %1</translation>
    </message>
    <message>
        <source>药师审核：%1</source>
        <translation>Pharmacist review: %1</translation>
    </message>
    <message>
        <source>等待扫描处方上打印的处方核验码（打印机不能回报状态）</source>
        <translation>Waiting for the verification code printed on the prescription to be scanned (the printer cannot report its status)</translation>
    </message>
    <message>
        <source>处方规则检查通过，购物车自此即处方</source>
        <translation>The prescription rules passed; from now on the cart is the prescription</translation>
    </message>
    <message>
        <source>查看完整信息</source>
        <translation>Show in full</translation>
    </message>
    <message>
        <source>处方审核</source>
        <translation>Prescription review</translation>
    </message>
    <message>
        <source>已显示患者完整信息（已记入审计日志）</source>
        <translation>Patient shown in full (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>输入身份证号</source>
        <translation>Enter ID number</translation>
    </message>
    <message>
        <source>%1，开始医保结算</source>
        <translation>%1, insured settlement started</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已读取医保卡</source>
        <translation>Insurance card read</translation>
    </message>
    <message>
        <source>患者的 18 位身份证号（读卡和电子凭证都不可用时）：</source>
        <translation>The patient&apos;s 18-character ID number (when neither card nor e-voucher can be read):</translation>
    </message>
    <message>
        <source>已输入身份证号</source>
        <translation>ID number entered</translation>
    </message>
</context>
<context>
    <name>pos::ui::PriceOverrideDialog</name>
    <message>
        <source>改价 / 折扣</source>
        <translation>Price / discount</translation>
    </message>
    <message>
        <source>改单价</source>
        <translation>New unit price</translation>
    </message>
    <message>
        <source>本行折扣 %</source>
        <translation>Line discount %</translation>
    </message>
    <message>
        <source>整单折扣 %</source>
        <translation>Whole-cart discount %</translation>
    </message>
    <message>
        <source>会员优惠</source>
        <translation>Member discount</translation>
    </message>
    <message>
        <source>临期促销</source>
        <translation>Near-expiry offer</translation>
    </message>
    <message>
        <source>包装破损</source>
        <translation>Damaged pack</translation>
    </message>
    <message>
        <source>顾客议价</source>
        <translation>Negotiated</translation>
    </message>
    <message>
        <source>活动价</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>理由（打印在小票上）</source>
        <translation>Reason (printed on the receipt)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>第 %1 行：%2 %3
原价 %4 /%5，现价 %6</source>
        <translation>Line %1: %2 %3
Shelf price %4 /%5, now %6</translation>
    </message>
    <message>
        <source>新单价，如 12.50</source>
        <translation>New unit price, e.g. 12.50</translation>
    </message>
    <message>
        <source>让利百分比，如 10 即九折</source>
        <translation>Percent off, e.g. 10</translation>
    </message>
    <message>
        <source>收银员最多可让利 %1%；更多或加价须店长按 F2 介入（PRICE-OVERRIDE）。改价记入审计日志。</source>
        <translation>A cashier may take off up to %1%; more, or a raise, needs a manager (F2) (PRICE-OVERRIDE). Price changes are audited.</translation>
    </message>
    <message>
        <source>改价须店长权限：请店长按 F2 介入（PRICE-OVERRIDE）。改价记入审计日志。</source>
        <translation>Price changes need a manager: the manager steps in with F2 (PRICE-OVERRIDE). Price changes are audited.</translation>
    </message>
    <message>
        <source>单价“%1”不是金额：请输入如 12.50</source>
        <translation>Unit price “%1” is not an amount: type e.g. 12.50</translation>
    </message>
    <message>
        <source>折扣“%1”不是整数百分比：请输入 1 到 99</source>
        <translation>Discount “%1” is not a whole percentage: type 1 to 99</translation>
    </message>
</context>
<context>
    <name>pos::ui::ProductMasterWidget</name>
    <message>
        <source>搜索：名称、编码、GTIN 或拼音简码（如 amxl）</source>
        <translation>Search: name, code, GTIN or pinyin initials (e.g. amxl)</translation>
    </message>
    <message>
        <source>新建商品 (Ctrl+N)</source>
        <translation>New product (Ctrl+N)</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>商品编码</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>通用名</source>
        <translation>Generic name</translation>
    </message>
    <message>
        <source>商品名</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>生产厂商/产地</source>
        <translation>Manufacturer/origin</translation>
    </message>
    <message>
        <source>剂型</source>
        <translation>Dosage form</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>医保药品编码</source>
        <translation>Insurance drug code</translation>
    </message>
    <message>
        <source>医保类别</source>
        <translation>Insurance category</translation>
    </message>
    <message>
        <source>价格上限</source>
        <translation>Price ceiling</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>药品本位码</source>
        <translation>Drug standard code</translation>
    </message>
    <message>
        <source>追溯码前缀</source>
        <translation>Traceability code prefix</translation>
    </message>
    <message>
        <source>处方分类</source>
        <translation>Rx class</translation>
    </message>
    <message>
        <source>药品类型</source>
        <translation>Drug type</translation>
    </message>
    <message>
        <source>儿童专科</source>
        <translation>Pediatric</translation>
    </message>
    <message>
        <source>含麻</source>
        <translation>Ephedrine</translation>
    </message>
    <message>
        <source>储存条件</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>包装（盒→板→片）</source>
        <translation>Pack (box→strip→tablet)</translation>
    </message>
    <message>
        <source>整盒售价</source>
        <translation>Box price</translation>
    </message>
    <message>
        <source>每板售价</source>
        <translation>Price per strip</translation>
    </message>
    <message>
        <source>每片售价</source>
        <translation>Price per tablet</translation>
    </message>
    <message>
        <source>拼音简码</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>元</source>
        <translation>CNY</translation>
    </message>
    <message>
        <source>元，可空</source>
        <translation>CNY, optional</translation>
    </message>
    <message>
        <source>儿童专科用药</source>
        <translation>Pediatric specialty drug</translation>
    </message>
    <message>
        <source>含麻黄碱类复方制剂（含麻）</source>
        <translation>Ephedrine-containing compound preparation</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>1%1→%2板→%3%4</source>
        <translation>1 %1 → %2 strips → %3 %4</translation>
    </message>
    <message>
        <source>修改商品档案：%1 %2（编码不可改）</source>
        <translation>Edit product record: %1 %2 (code cannot be changed)</translation>
    </message>
    <message>
        <source>新建商品档案</source>
        <translation>New product record</translation>
    </message>
    <message>
        <source>“%1”不是金额：%2</source>
        <translation>&quot;%1&quot; is not an amount: %2</translation>
    </message>
    <message>
        <source>已保存 %1 %2</source>
        <translation>Saved %1 %2</translation>
    </message>
    <message>
        <source>；价格变更已记入审计：%1</source>
        <translation>; price changes recorded in the audit trail: %1</translation>
    </message>
    <message>
        <source>追溯码 %1：前缀 %2</source>
        <translation>Traceability code %1: prefix %2</translation>
    </message>
    <message>
        <source>条码 %1 未建档：已填入新商品的“%2”</source>
        <translation>Barcode %1 not registered: filled into &quot;%2&quot; of the new product</translation>
    </message>
    <message>
        <source>条码 %1 未建档（按 Ctrl+N 新建）</source>
        <translation>Barcode %1 not registered (press Ctrl+N to create a product)</translation>
    </message>
</context>
<context>
    <name>pos::ui::ProductSearchDialog</name>
    <message>
        <source>查找商品 (F3)</source>
        <translation>Find product (F3)</translation>
    </message>
    <message>
        <source>输入拼音简码（如 amxl）、品名、编码或条码；↑↓ 选择，Enter 加入本单，Esc 返回</source>
        <translation>Type the pinyin initials (e.g. amxl), product name, code or barcode; ↑↓ to select, Enter to add to the sale, Esc to go back</translation>
    </message>
</context>
<context>
    <name>pos::ui::ReceivingForm</name>
    <message>
        <source>供货单位（必填）</source>
        <translation>Supplier (required)</translation>
    </message>
    <message>
        <source>随货同行单号（可空）</source>
        <translation>Delivery slip No. (optional)</translation>
    </message>
    <message>
        <source>供货单位</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>购进日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>商品：扫商品条码，或输入编码/拼音简码后回车</source>
        <translation>Product: scan the product barcode, or type a code/pinyin initials and press Enter</translation>
    </message>
    <message>
        <source>数量（盒）</source>
        <translation>Quantity (boxes)</translation>
    </message>
    <message>
        <source>本行追溯码（逐盒扫描；Delete 删除选中）</source>
        <translation>Traceability codes on this line (scan each box; Delete removes the selected one)</translation>
    </message>
    <message>
        <source>加入单据 (Ctrl+Enter)</source>
        <translation>Add to document (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>商品编码</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>进价</source>
        <translation>Purchase price</translation>
    </message>
    <message>
        <source>追溯码</source>
        <translation>Traceability codes</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>删除选中行</source>
        <translation>Delete selected line</translation>
    </message>
    <message>
        <source>验收入库 (F10)</source>
        <translation>Receive into stock (F10)</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>没有找到“%1”：请先在“商品档案”建档</source>
        <translation>&quot;%1&quot; not found: create it in &quot;Product master&quot; first</translation>
    </message>
    <message>
        <source>“%1”有多个商品：用 ↓ 选择后回车</source>
        <translation>&quot;%1&quot; matches several products: select one with ↓ and press Enter</translation>
    </message>
    <message>
        <source>本行商品：%1 %2 %3（%4，%5）</source>
        <translation>Product on this line: %1 %2 %3 (%4, %5)</translation>
    </message>
    <message>
        <source>档案无追溯码前缀</source>
        <translation>no traceability code prefix on record</translation>
    </message>
    <message>
        <source>追溯码前缀 %1</source>
        <translation>traceability code prefix %1</translation>
    </message>
    <message>
        <source>本行商品：未选择</source>
        <translation>Product on this line: none selected</translation>
    </message>
    <message>
        <source>生产日期</source>
        <translation>Production date</translation>
    </message>
    <message>
        <source>“%1”不是日期：%2（写作 2026-01-31）</source>
        <translation>&quot;%1&quot; is not a date: %2 (write it as 2026-01-31)</translation>
    </message>
    <message>
        <source>“进价”不是金额：%1</source>
        <translation>&quot;Purchase price&quot; is not an amount: %1</translation>
    </message>
    <message>
        <source>已加入第 %1 行；扫下一个商品，或按 F10 验收入库</source>
        <translation>Added as line %1; scan the next product, or press F10 to receive into stock</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>通过：%1</source>
        <translation>Accepted: %1</translation>
    </message>
    <message>
        <source>拒收：%1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>%1 个</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>本行还没有加入单据：按 Ctrl+Enter 加入后再验收</source>
        <translation>This line has not been added to the document yet: press Ctrl+Enter to add it, then receive</translation>
    </message>
    <message>
        <source>到货单没有明细行</source>
        <translation>The delivery note has no line items</translation>
    </message>
    <message>
        <source>%1
以上批次近效期：确认验收请再按一次 F10（验收入库）</source>
        <translation>%1
The batches above are near expiry: press F10 (Receive into stock) again to confirm receiving</translation>
    </message>
    <message>
        <source>已入库 %1：%2 行，供货单位 %3</source>
        <translation>Received into stock %1: %2 lines, supplier %3</translation>
    </message>
</context>
<context>
    <name>pos::ui::RefundDialog</name>
    <message>
        <source>医保退费（原路退回）</source>
        <translation>Insurance refund (by the original route)</translation>
    </message>
    <message>
        <source>本月的医保结算可原路退费：统筹与个人账户退回医保，现金部分退给患者。跨月的结算不能在本店退费，请患者到医保经办机构办理（REFUND-ORIGINAL）。</source>
        <translation>This month&apos;s insurance settlements can be refunded by the original route: the fund and personal-account parts go back to the insurance, the cash part to the patient. A settlement from an earlier month cannot be refunded here; the patient goes to the insurance office (REFUND-ORIGINAL).</translation>
    </message>
    <message>
        <source>结算单号</source>
        <translation>Settlement number</translation>
    </message>
    <message>
        <source>结算时间</source>
        <translation>Settled at</translation>
    </message>
    <message>
        <source>参保人</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>医疗费总额</source>
        <translation>Medical costs total</translation>
    </message>
    <message>
        <source>统筹</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>个人账户</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>选中上表一行，或输入结算单上的结算单号</source>
        <translation>Pick a row above, or type the settlement number on the slip</translation>
    </message>
    <message>
        <source>例如：患者退药，药品未拆封</source>
        <translation>e.g. the patient returns the unopened medicine</translation>
    </message>
    <message>
        <source>退费原因</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <source>确认退费（2103）</source>
        <translation>Refund (2103)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>本月没有可退费的医保结算</source>
        <translation>No insurance settlement of this month to refund</translation>
    </message>
    <message>
        <source>请先选择或输入要退费的结算单号</source>
        <translation>Pick or type the settlement number to refund first</translation>
    </message>
    <message>
        <source>正在向医保平台申请退费（2103）……</source>
        <translation>Asking the insurance platform for the refund (2103)…</translation>
    </message>
</context>
<context>
    <name>pos::ui::SaleLookupDialog</name>
    <message>
        <source>查单 (F1)</source>
        <translation>Find sale (F1)</translation>
    </message>
    <message>
        <source>单号、小票末几位、扫盒上的追溯码、金额 23.50、时间 09:30 或 2026-11-23、商品名</source>
        <translation>Sale number, receipt digits, a box&apos;s trace code, amount 23.50, time 09:30 or 2026-11-23, product</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Sale no.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>收银台/收银员</source>
        <translation>Till / cashier</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>支付</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>补打小票</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>整单退货</source>
        <translation>Return sale</translation>
    </message>
    <message>
        <source>店长介入 (F2)</source>
        <translation>Manager step-in (F2)</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>%1：%2 单</source>
        <translation>%1: %2 sales</translation>
    </message>
    <message>
        <source>已退货</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>处方</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>没有找到销售</source>
        <translation>No sale found</translation>
    </message>
    <message>
        <source>请先查找并选中一张销售单</source>
        <translation>Find and choose a sale first</translation>
    </message>
    <message>
        <source>正在补打 %1 的小票【补打】</source>
        <translation>Reprinting the receipt of %1 [reprint]</translation>
    </message>
    <message>
        <source>已补打 %1 的小票【补打】</source>
        <translation>Reprinted the receipt of %1 [reprint]</translation>
    </message>
    <message>
        <source>本收银台不办理退货</source>
        <translation>This till takes no returns</translation>
    </message>
    <message>
        <source>销售单 %1 整单退货，退货原因：</source>
        <translation>Return the whole sale %1; reason:</translation>
    </message>
    <message>
        <source>%1 —— 退货须店长审批：请店长按 F2 介入，再点整单退货</source>
        <translation>%1 — a return needs a store manager: press F2 for the manager to step in, then Return sale</translation>
    </message>
    <message>
        <source>已退货：退货单 %1（销售单 %2）</source>
        <translation>Returned: return %1 (sale %2)</translation>
    </message>
</context>
<context>
    <name>pos::ui::ScanDiagnosticsDialog</name>
    <message>
        <source>扫码诊断</source>
        <translation>Scan diagnostics</translation>
    </message>
    <message>
        <source>请用扫码枪扫描条码：下表逐字节显示扫码枪送来的内容和识别结果。诊断期间扫码不会进入收银购物车。当前扫码设备：%1</source>
        <translation>Scan a barcode with the scanner: the table below shows, byte by byte, what the scanner sent and how it was recognized. Scans made during diagnostics do not go into the checkout cart. Current scanning device: %1</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>间隔</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>码制标识</source>
        <translation>Symbology ID</translation>
    </message>
    <message>
        <source>字节数</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>内容（控制字符可见）</source>
        <translation>Content (control characters visible)</translation>
    </message>
    <message>
        <source>识别为</source>
        <translation>Recognized as</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>本次扫码</source>
        <translation>This session</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>耗时 µs</source>
        <translation>Duration (µs)</translation>
    </message>
    <message>
        <source>收银扫码日志（最近 200 条）</source>
        <translation>Checkout scan log (last 200)</translation>
    </message>
    <message>
        <source>选中一行查看完整字节（十六进制）和识别出的各字段</source>
        <translation>Select a row to see all bytes (hexadecimal) and the recognized fields</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>（未报告）</source>
        <translation>(not reported)</translation>
    </message>
    <message>
        <source>可识别</source>
        <translation>Recognized</translation>
    </message>
    <message>
        <source>拒绝：%1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>（注意：%1）</source>
        <translation> (note: %1)</translation>
    </message>
    <message>
        <source>字节（十六进制）：%1

识别结果：
%2</source>
        <translation>Bytes (hexadecimal): %1

Recognition result:
%2</translation>
    </message>
</context>
<context>
    <name>pos::ui::ScannerSimulatorPanel</name>
    <message>
        <source>模拟扫码枪：输入或选择条码后按“扫描”。扫描经扫码枪端口送达收银流程，与真实设备相同。</source>
        <translation>Simulated barcode scanner: type or select a barcode, then press &quot;Scan&quot;. Scans reach the checkout flow through the scanner port, just like a real device.</translation>
    </message>
    <message>
        <source>条码 / 追溯码</source>
        <translation>Barcode / traceability code</translation>
    </message>
    <message>
        <source>扫描</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>— 选择示例商品 —</source>
        <translation>— Select a sample product —</translation>
    </message>
</context>
<context>
    <name>pos::ui::SettlementDialog</name>
    <message>
        <source>职工医保</source>
        <translation>Employee insurance</translation>
    </message>
    <message>
        <source>居民医保</source>
        <translation>Residents&apos; insurance</translation>
    </message>
    <message>
        <source>医保结算</source>
        <translation>Insured settlement</translation>
    </message>
    <message>
        <source>核对人证（SETTLE-ID）</source>
        <translation>Check the person against the ID (SETTLE-ID)</translation>
    </message>
    <message>
        <source>（无摄像头画面）</source>
        <translation>(no camera picture)</translation>
    </message>
    <message>
        <source>人证相符</source>
        <translation>Identity confirmed</translation>
    </message>
    <message>
        <source>不符的理由</source>
        <translation>Reason it does not match</translation>
    </message>
    <message>
        <source>人证不符</source>
        <translation>Identity does not match</translation>
    </message>
    <message>
        <source>结算</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>确认结算</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>实收现金</source>
        <translation>Cash tendered</translation>
    </message>
    <message>
        <source>收取现金</source>
        <translation>Take cash</translation>
    </message>
    <message>
        <source>打印结算单</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>患者签名（SETTLE-SLIP）</source>
        <translation>Patient signature (SETTLE-SLIP)</translation>
    </message>
    <message>
        <source>重签</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>确认签名</source>
        <translation>Confirm signature</translation>
    </message>
    <message>
        <source>取消结算</source>
        <translation>Cancel settlement</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>实收金额“%1”无效</source>
        <translation>Tendered amount “%1” is invalid</translation>
    </message>
    <message>
        <source>收银员取消</source>
        <translation>Cancelled by the cashier</translation>
    </message>
    <message>
        <source>医保结算 %1 · %2</source>
        <translation>Insured settlement %1 · %2</translation>
    </message>
    <message>
        <source>医保结算已结束</source>
        <translation>The insured settlement has ended</translation>
    </message>
    <message>
        <source>姓名：%1
证件号：%2
性别：%3  出生：%4
险种：%5  账户余额：%6</source>
        <translation>Name: %1
ID number: %2
Sex: %3  Born: %4
Insurance: %5  Account balance: %6</translation>
    </message>
    <message>
        <source>女</source>
        <translation>female</translation>
    </message>
    <message>
        <source>男</source>
        <translation>male</translation>
    </message>
    <message>
        <source>年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source>正在查询参保人信息（1101）…</source>
        <translation>Querying the insured person (1101)…</translation>
    </message>
    <message>
        <source>医疗费总额 %1</source>
        <translation>Medical costs total %1</translation>
    </message>
    <message>
        <source>统筹基金支付 %1</source>
        <translation>Paid by the pooled fund %1</translation>
    </message>
    <message>
        <source>个人账户支付 %1</source>
        <translation>Paid from the personal account %1</translation>
    </message>
    <message>
        <source>个人现金支付 %1</source>
        <translation>Paid in cash %1</translation>
    </message>
    <message>
        <source>医保结算ID %1</source>
        <translation>Settlement ID %1</translation>
    </message>
    <message>
        <source>另有 %1 行不在医保目录内，结算后按现金收款：%2</source>
        <translation>%1 more line(s) are not in the insurance catalogue and are paid in cash after the settlement: %2</translation>
    </message>
    <message>
        <source>实收 %1，找零 %2</source>
        <translation>Tendered %1, change %2</translation>
    </message>
    <message>
        <source>补打结算单</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <source>收银员关闭结算窗口</source>
        <translation>The cashier closed the settlement window</translation>
    </message>
    <message>
        <source>纸质签名：导入扫描件…</source>
        <translation>Signed on paper: import the scan…</translation>
    </message>
    <message>
        <source>选择已签字结算单的扫描件或照片</source>
        <translation>Choose the scan or photo of the signed slip</translation>
    </message>
    <message>
        <source>图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>找不到扫描件 %1</source>
        <translation>Scan %1 not found</translation>
    </message>
    <message>
        <source>扫描件 %1 过大（%2 MB，上限 %3 MB）：请降低扫描分辨率</source>
        <translation>Scan %1 is too big (%2 MB, at most %3 MB): scan at a lower resolution</translation>
    </message>
    <message>
        <source>扫描件 %1 尺寸过大（%2×%3 像素，上限 %4）</source>
        <translation>Scan %1 is too large (%2×%3 pixels, at most %4)</translation>
    </message>
    <message>
        <source>无法读取扫描件 %1：%2</source>
        <translation>Cannot read scan %1: %2</translation>
    </message>
    <message>
        <source>扫描件 %1 无法转换</source>
        <translation>Scan %1 could not be converted</translation>
    </message>
    <message>
        <source>%1 已连接</source>
        <translation>%1 connected</translation>
    </message>
    <message>
        <source>%1 未连接：可在屏幕上或纸质结算单上签名</source>
        <translation>%1 not connected: sign on the screen or on the paper slip</translation>
    </message>
    <message>
        <source>%1：可在屏幕上或纸质结算单上签名</source>
        <translation>%1: sign on the screen or on the paper slip</translation>
    </message>
</context>
<context>
    <name>pos::ui::ShiftDialog</name>
    <message>
        <source>开班 / 交班</source>
        <translation>Open / hand over shift</translation>
    </message>
    <message>
        <source>备用金，如 200.00</source>
        <translation>Float, e.g. 200.00</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>清点备用金：</source>
        <translation>Count the float:</translation>
    </message>
    <message>
        <source> 张</source>
        <translation> pcs</translation>
    </message>
    <message>
        <source>实点现金：%1</source>
        <translation>Counted cash: %1</translation>
    </message>
    <message>
        <source>交班并打印交班单</source>
        <translation>Hand over and print the slip</translation>
    </message>
    <message>
        <source>退出登录，交给下一位</source>
        <translation>Log out for the next cashier</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>班次 %1：%2 于 %3 开班，备用金 %4。请清点钱箱，逐项输入张数：</source>
        <translation>Shift %1: opened by %2 at %3, float %4. Count the drawer and type the pieces of each:</translation>
    </message>
    <message>
        <source>本收银台没有未交班的班次。开班前请清点备用金：</source>
        <translation>No shift is open at this till. Count the float before opening one:</translation>
    </message>
    <message>
        <source>备用金“%1”不是金额</source>
        <translation>Float “%1” is not an amount</translation>
    </message>
    <message>
        <source>已开班 %1，备用金 %2</source>
        <translation>Shift %1 opened, float %2</translation>
    </message>
    <message>
        <source>班次 %1 已交班。应有现金 %2，实点 %3，%4</source>
        <translation>Shift %1 handed over. Expected cash %2, counted %3, %4</translation>
    </message>
    <message>
        <source>无长短款</source>
        <translation>no difference</translation>
    </message>
    <message>
        <source>短款 %1</source>
        <translation>short %1</translation>
    </message>
    <message>
        <source>长款 %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>交班单已打印</source>
        <translation>Handover slip printed</translation>
    </message>
    <message>
        <source>补打交班单</source>
        <translation>Reprint handover slip</translation>
    </message>
    <message>
        <source>交班单 %1 已补打</source>
        <translation>Handover slip %1 reprinted</translation>
    </message>
    <message>
        <source>交班单 %1 已打印</source>
        <translation>Handover slip %1 printed</translation>
    </message>
    <message>
        <source>交班单 %1 未打印：%2（可补打）</source>
        <translation>Handover slip %1 not printed: %2 (reprint it)</translation>
    </message>
    <message>
        <source>交班单打印中…</source>
        <translation>Printing the handover slip…</translation>
    </message>
    <message>
        <source>已交班，但交班单未打印：%1（可补打）</source>
        <translation>Handed over, but the slip did not print: %1 (reprint it)</translation>
    </message>
</context>
<context>
    <name>pos::ui::SignaturePad</name>
    <message>
        <source>请患者在此签名</source>
        <translation>Please sign here</translation>
    </message>
    <message>
        <source>请患者在签名板上签名（或在此处签名）</source>
        <translation>Patient: please sign on the signature pad (or here)</translation>
    </message>
</context>
<context>
    <name>pos::ui::StepInDialog</name>
    <message>
        <source>切换操作人</source>
        <translation>Switch operator</translation>
    </message>
    <message>
        <source>药师或店长在此验证身份后代为操作；%1 仍保持登录，当前销售不受影响。</source>
        <translation>A pharmacist or store manager verifies their identity here to act on behalf of the logged-in user; %1 stays logged in and the current sale is not affected.</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>本单结束后继续由我操作（否则随本单结束自动交回）</source>
        <translation>Keep me acting after this sale ends (otherwise the counter returns to the cashier with the sale)</translation>
    </message>
</context>
<context>
    <name>pos::ui::StockTableModel</name>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>待验，不可售</source>
        <translation>In quarantine, not sellable</translation>
    </message>
    <message>
        <source>已过期，不可售</source>
        <translation>Expired, not sellable</translation>
    </message>
    <message>
        <source>近效期（%1 天）</source>
        <translation>Near expiry (%1 days)</translation>
    </message>
    <message>
        <source>%1 盒 + %2</source>
        <translation>%1 boxes + %2</translation>
    </message>
    <message>
        <source>%1 盒</source>
        <translation>%1 boxes</translation>
    </message>
    <message>
        <source>商品编码</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>库存（盒+零）</source>
        <translation>Stock (boxes + loose)</translation>
    </message>
    <message>
        <source>最小单位</source>
        <translation>Smallest unit</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pos::ui::UploadStatusWidget</name>
    <message>
        <source>立即上传</source>
        <translation>Upload now</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>需要处理的记录（被平台拒收、结果待核实）</source>
        <translation>Records to handle (refused by the platform, outcome to verify)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>交易</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>平台消息</source>
        <translation>Platform message</translation>
    </message>
    <message>
        <source>写入时间</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>尝试</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>选中一条记录查看上传内容；被拒的记录可在此更正后重发</source>
        <translation>Select a record to see what was uploaded; a refused record can be corrected here and sent again</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>更正并重发</source>
        <translation>Correct and resend</translation>
    </message>
    <message>
        <source>撤回…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>与平台对账（3508 库存、3511 销售、3513 追溯码）</source>
        <translation>Reconcile with the platform (3508 stock, 3511 sales, 3513 trace codes)</translation>
    </message>
    <message>
        <source>对账</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>批次流水号 / 商品 / 追溯码</source>
        <translation>Batch serial no. / product / trace code</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>撤回上传记录</source>
        <translation>Withdraw upload record</translation>
    </message>
    <message>
        <source>撤回原因（将写入审计日志）：</source>
        <translation>Reason for withdrawing (written to the audit log):</translation>
    </message>
    <message>
        <source>待上传 %1&#x3000;发送中 %2&#x3000;被拒 %3&#x3000;待核实 %4&#x3000;已上传 %5&#x3000;已撤回 %6&#x3000;最近成功 %7%8</source>
        <translation>Pending %1   Sending %2   Refused %3   To verify %4   Uploaded %5   Withdrawn %6   Last success %7%8</translation>
    </message>
    <message>
        <source>（从未）</source>
        <translation>(never)</translation>
    </message>
    <message>
        <source>&#x3000;最近错误：%1</source>
        <translation>   Last error: %1</translation>
    </message>
    <message>
        <source>请先选中一条记录</source>
        <translation>Please select a record first</translation>
    </message>
    <message>
        <source>记录 %1 已排队重新上传（结果未知的记录先向平台核实）</source>
        <translation>Record %1 is queued for upload again (a record whose outcome is unknown is first checked with the platform)</translation>
    </message>
    <message>
        <source>更正内容不是有效的 JSON：%1</source>
        <translation>The correction is not valid JSON: %1</translation>
    </message>
    <message>
        <source>记录 %1 已更正并排队重新上传</source>
        <translation>Record %1 corrected and queued for upload again</translation>
    </message>
    <message>
        <source>记录 %1 已撤回（平台未收录，无需 3507）</source>
        <translation>Record %1 withdrawn (the platform never took it in, no 3507 needed)</translation>
    </message>
    <message>
        <source>记录 %1 的撤回已排队：3507 记录 #%2</source>
        <translation>The withdrawal of record %1 is queued: 3507 record #%2</translation>
    </message>
    <message>
        <source>已通知上传程序立即发送</source>
        <translation>The uploader was told to send now</translation>
    </message>
    <message>
        <source>正在向平台查询 %1 至 %2 的记录…</source>
        <translation>Asking the platform for the records from %1 to %2…</translation>
    </message>
</context>
<context>
    <name>pos::ui::UserAdminWidget</name>
    <message>
        <source>账号管理</source>
        <translation>Account management</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>执业药师注册证号</source>
        <translation>Pharmacist registration number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>执业药师必填</source>
        <translation>Required for licensed pharmacists</translation>
    </message>
    <message>
        <source>医保药师编码</source>
        <translation>Insurance pharmacist code</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>新增账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>请先登录</source>
        <translation>Please log in first</translation>
    </message>
    <message>
        <source>已创建账号 %1（%2）</source>
        <translation>Account %1 created (%2)</translation>
    </message>
</context>
</TS>
