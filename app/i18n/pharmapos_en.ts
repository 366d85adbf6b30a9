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
        <source>配置文件 %1 不存在</source>
        <translation>Configuration file %1 does not exist</translation>
    </message>
    <message>
        <source>配置文件 %1 无法读取</source>
        <translation>Configuration file %1 cannot be read</translation>
    </message>
    <message>
        <source>%1：[security] 的 idle_lock_minutes（≥0）、max_failed_logins（≥1）、lockout_minutes（≥1）须为整数</source>
        <translation>%1: [security] idle_lock_minutes (≥0), max_failed_logins (≥1) and lockout_minutes (≥1) must be integers</translation>
    </message>
    <message>
        <source>%1：[inventory] near_expiry_days 须为非负整数</source>
        <translation>%1: [inventory] near_expiry_days must be a non-negative integer</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>%1：[devices] scanner_keyboard_fallback 只能是 on 或 off</source>
        <translation>%1: [devices] scanner_keyboard_fallback must be on or off</translation>
    </message>
    <message>
        <source>%1：[devices] wedge_max_gap_ms 须为 1–200 的整数，wedge_min_length 须为正整数</source>
        <translation>%1: [devices] wedge_max_gap_ms must be an integer from 1 to 200, and wedge_min_length a positive integer</translation>
    </message>
    <message>
        <source>%1：[devices] 键盘扫码枪既无前缀也无后缀时，wedge_min_length 至少为 4，否则快速打字会被当成扫码</source>
        <translation>%1: [devices] when the keyboard scanner has neither a prefix nor a suffix, wedge_min_length must be at least 4, otherwise fast typing is taken for a scan</translation>
    </message>
    <message>
        <source>%1：[devices] %2 = “%3” 无效，可用：%4</source>
        <translation>%1: [devices] %2 = &quot;%3&quot; is invalid; allowed: %4</translation>
    </message>
    <message>
        <source>：[devices] %1：</source>
        <translation>: [devices] %1: </translation>
    </message>
    <message>
        <source>不小于 1000 的整数</source>
        <translation>an integer of at least 1000</translation>
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
        <source>%1：devices/scanner_timeout_ms 须为 5–5000 之间的整数（毫秒）</source>
        <translation>%1: devices/scanner_timeout_ms must be an integer from 5 to 5000 (milliseconds)</translation>
    </message>
    <message>
        <source>%1：devices/scanner_gs_key=%2 不是已知按键名（如 KEY_F8）</source>
        <translation>%1: devices/scanner_gs_key=%2 is not a known key name (e.g. KEY_F8)</translation>
    </message>
    <message>
        <source>%1：[scanning] unreceived_trace_code 只能是 warn 或 refuse（写的是 %2）</source>
        <translation>%1: [scanning] unreceived_trace_code must be warn or refuse (found: %2)</translation>
    </message>
    <message>
        <source>%1：[devices] barcode_camera 只能是 off 或 simulated:图片文件或目录（写的是 %2）</source>
        <translation>%1: [devices] barcode_camera must be off or simulated:IMAGE_FILE_OR_FOLDER (found: %2)</translation>
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
        <source>未知用户名</source>
        <translation>Unknown username</translation>
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
        <source>用法：pharmapos users list | init-admin NAME --name 姓名 | add NAME --role ROLE --name 姓名 [--licence 证号] [--insurance-code 编码] --user 管理员</source>
        <translation>Usage: pharmapos users list | init-admin NAME --name FULL_NAME | add NAME --role ROLE --name FULL_NAME [--licence NO] [--insurance-code CODE] --user ADMIN</translation>
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
        <source>无法读取 %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>盘点单 %1 已审核：%2 个批次调整，盘盈 %3，盘亏 %4（最小单位）</source>
        <translation>Stocktake sheet %1 approved: %2 batches adjusted, stocktake gain %3, stocktake loss %4 (smallest units)</translation>
    </message>
    <message>
        <source>待上传：%1 条</source>
        <translation>Pending upload: %1</translation>
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
        <source>已上传：%1 条（发送在后续版本提供）</source>
        <translation>Uploaded: %1 (sending will come in a later version)</translation>
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
        <source>读不到打印出的处方页 %1</source>
        <translation>Cannot read printed prescription page %1</translation>
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
</context>
<context>
    <name>DeliveryNotes</name>
    <message>
        <source>无法读取到货单 %1</source>
        <translation>Cannot read the delivery note %1</translation>
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
</context>
<context>
    <name>LedgerDocumentWriter</name>
    <message>
        <source>%1 进销存台账 %2 至 %3（数量单位：最小单位）</source>
        <translation>%1 inventory ledger %2 to %3 (quantities in smallest units)</translation>
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
        <source>核对：%1 行不平，请检查</source>
        <translation>Check: %1 rows do not balance; please review them</translation>
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
</context>
<context>
    <name>Printers</name>
    <message>
        <source>打印机“%1”写法不对，可用：simulated、escpos-tcp:主机[:端口]、escpos-lp:/dev/usb/lp0、escpos-usb[:VID:PID]、cups:打印机名</source>
        <translation>Printer setting &quot;%1&quot; is not valid; allowed: simulated, escpos-tcp:HOST[:PORT], escpos-lp:/dev/usb/lp0, escpos-usb[:VID:PID], cups:PRINTER_NAME</translation>
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
        <source>编码 %1 不在商品档案中：请先在“商品档案”建档</source>
        <translation>Code %1 is not in the product master file: create it in &quot;Product master&quot; first</translation>
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
        <source>%1 行</source>
        <translation>%1 lines</translation>
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
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>脚本不是有效的 JSON（第 %1 个字符）：%2</source>
        <translation>The script is not valid JSON (character %1): %2</translation>
    </message>
    <message>
        <source>脚本需要一个包含 &quot;steps&quot; 数组的对象</source>
        <translation>The script must be an object containing a &quot;steps&quot; array</translation>
    </message>
    <message>
        <source>失败：%1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>扫描 %1</source>
        <translation>Scan %1</translation>
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
        <source>期望 %1 行，实际 %2 行</source>
        <translation>Expected %1 lines, got %2</translation>
    </message>
    <message>
        <source>期望合计 %1，实际 %2</source>
        <translation>Expected total %1, got %2</translation>
    </message>
    <message>
        <source>期望找零 %1，实际 %2</source>
        <translation>Expected change %1, got %2</translation>
    </message>
    <message>
        <source>（无销售）</source>
        <translation>(no sale)</translation>
    </message>
    <message>
        <source>期望上一单合计 %1，实际 %2</source>
        <translation>Expected previous sale total %1, got %2</translation>
    </message>
    <message>
        <source>检查通过</source>
        <translation>Checks passed</translation>
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
        <source>unit 须为 box、strip 或 piece</source>
        <translation>unit must be box, strip or piece</translation>
    </message>
    <message>
        <source>此环境不支持登录步骤</source>
        <translation>This environment does not support login steps</translation>
    </message>
    <message>
        <source>%1 %2（%3）</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>代为操作</source>
        <translation>Step-in:</translation>
    </message>
    <message>
        <source>此环境不支持上下岗步骤</source>
        <translation>This environment does not support clock-in/out steps</translation>
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
        <source>此环境没有处方闸门</source>
        <translation>This environment has no prescription gate</translation>
    </message>
    <message>
        <source>此环境不能载入处方</source>
        <translation>This environment cannot load prescriptions</translation>
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
        <source>扫回 %1</source>
        <translation>Scanned back %1</translation>
    </message>
    <message>
        <source>此环境没有模拟读卡器</source>
        <translation>This environment has no simulated card reader</translation>
    </message>
    <message>
        <source>读卡成功</source>
        <translation>Card read successfully</translation>
    </message>
    <message>
        <source>处方闸门：%1</source>
        <translation>Prescription gate: %1</translation>
    </message>
    <message>
        <source>退货单 %1</source>
        <translation>Return %1</translation>
    </message>
    <message>
        <source>期望处方闸门状态 %1，实际 %2</source>
        <translation>Expected prescription gate state %1, got %2</translation>
    </message>
    <message>
        <source>打印机 %1 秒内没有回报结果</source>
        <translation>The printer did not report a result within %1 seconds</translation>
    </message>
    <message>
        <source>此环境读不到打印出的处方</source>
        <translation>This environment cannot read the printed prescription</translation>
    </message>
    <message>
        <source>此环境没有模拟打印机</source>
        <translation>This environment has no simulated printer</translation>
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
    <name>SqlInventoryRepository</name>
    <message>
        <source>记录库存变动</source>
        <translation>Recording stock movement</translation>
    </message>
    <message>
        <source>写入上传队列</source>
        <translation>Writing to upload queue</translation>
    </message>
    <message>
        <source>生成单号</source>
        <translation>Generating document number</translation>
    </message>
    <message>
        <source>无法开始事务</source>
        <translation>Cannot start transaction</translation>
    </message>
    <message>
        <source>保存到货单</source>
        <translation>Saving delivery note</translation>
    </message>
    <message>
        <source>查找批次</source>
        <translation>Looking up batch</translation>
    </message>
    <message>
        <source>第 %1 行：批号 %2 已入库，有效期为 %3，与本次的 %4 不一致</source>
        <translation>Line %1: batch number %2 is already in stock with expiry date %3, which differs from %4 on this delivery</translation>
    </message>
    <message>
        <source>保存批次 %1</source>
        <translation>Saving batch %1</translation>
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
        <source>购进验收</source>
        <translation>Receiving</translation>
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
        <source>盘点单不存在</source>
        <translation>The stocktake sheet does not exist</translation>
    </message>
    <message>
        <source>盘点单 %1 已审核</source>
        <translation>Stocktake sheet %1 has already been approved</translation>
    </message>
    <message>
        <source>读取盘点明细</source>
        <translation>Reading stocktake lines</translation>
    </message>
    <message>
        <source>盘点单 %1 还有 %2 个批次未录入实盘数量，不能审核</source>
        <translation>Stocktake sheet %1 still has %2 batches without a counted quantity, so it cannot be approved</translation>
    </message>
    <message>
        <source>审核盘点单</source>
        <translation>Approving stocktake sheet</translation>
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
        <source>没有批次 %1</source>
        <translation>There is no batch %1</translation>
    </message>
    <message>
        <source>批次 %1 库存不足或数量无效：%2</source>
        <translation>Not enough stock in batch %1, or invalid quantity: %2</translation>
    </message>
    <message>
        <source>导出已取消</source>
        <translation>Export cancelled</translation>
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
</context>
<context>
    <name>SqlProductCatalog</name>
    <message>
        <source>保存商品 %1</source>
        <translation>Saving product %1</translation>
    </message>
</context>
<context>
    <name>SqlSaleRepository</name>
    <message>
        <source>没有商品行的销售不能保存</source>
        <translation>A sale with no product lines cannot be saved</translation>
    </message>
    <message>
        <source>无法开始事务</source>
        <translation>Cannot start transaction</translation>
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
        <source>记录小票打印</source>
        <translation>Recording receipt printing</translation>
    </message>
    <message>
        <source>零售</source>
        <translation>Retail sale</translation>
    </message>
    <message>
        <source>查询追溯码 %1</source>
        <translation>Looking up traceability code %1</translation>
    </message>
    <message>
        <source>追溯码 %1 已随销售单 %2 售出，本单 %3 未保存</source>
        <translation>Traceability code %1 was already sold with sale %2; sale %3 not saved</translation>
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
        <source>没有销售单 %1</source>
        <translation>There is no sale %1</translation>
    </message>
    <message>
        <source>销售单 %1 已经退过货，不能再退</source>
        <translation>Sale %1 has already been returned and cannot be returned again</translation>
    </message>
    <message>
        <source>读取销售单 %1 的出库</source>
        <translation>Reading the stock issues of sale %1</translation>
    </message>
    <message>
        <source>读取销售单 %1 的追溯码</source>
        <translation>Reading the traceability codes of sale %1</translation>
    </message>
    <message>
        <source>追溯码退回库存</source>
        <translation>Returning traceability codes to stock</translation>
    </message>
    <message>
        <source>标记退货追溯码</source>
        <translation>Marking returned traceability codes</translation>
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
</context>
<context>
    <name>SqlTraceCodeRegistry</name>
    <message>
        <source>记住追溯码前缀 %1</source>
        <translation>Remembering traceability code prefix %1</translation>
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
</context>
<context>
    <name>main</name>
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
        <source>run-script：以 JSON 输出报告</source>
        <translation>run-script: output the report as JSON</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（默认）或 en</source>
        <translation>Interface language: zh_CN (default) or en</translation>
    </message>
    <message>
        <source>demo | run-script</source>
        <translation>demo | run-script</translation>
    </message>
    <message>
        <source>用法：pharmapos run-script FILE [--json]</source>
        <translation>Usage: pharmapos run-script FILE [--json]</translation>
    </message>
    <message>
        <source>未知子命令：%1（见 --help）</source>
        <translation>Unknown subcommand: %1 (see --help)</translation>
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
        <source>导出格式：csv</source>
        <translation>Export format: csv</translation>
    </message>
    <message>
        <source>盘点范围：all、西药、中成药、中药饮片</source>
        <translation>Stocktake scope: all, &quot;Western medicine&quot;, &quot;Chinese patent medicine&quot;, &quot;Chinese herbal pieces&quot;</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>Adjustment reason</translation>
    </message>
    <message>
        <source>ledger export：导出逐笔库存流水而非汇总台账</source>
        <translation>ledger export: export individual stock movements instead of the summary ledger</translation>
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
        <source>PharmaPOS 药店收银系统

子命令：
  (无)              打开收银界面
  demo              无界面运行内置演示场景（模拟设备）
  run-script FILE   按 JSON 脚本驱动收银流程（模拟设备）
  audit verify      校验审计日志哈希链
  duty export       导出药师在岗记录（--from --to --out --user，密码从标准输入）
  users list|init-admin NAME|add NAME  账号管理（密码从标准输入）
  inventory import-purchases FILE  导入供货商到货单 CSV/XLSX（--user，密码从标准输入）
  inventory adjust  报损、销毁、调拨、购进退货（--product --batch --kind --pieces --reason）
  ledger export     导出进销存台账（--from --to --format csv --out --user）
  stocktake start|apply  盘点：生成盘点单 CSV / 导入实盘数量并审核
  sale return NO    销售单全单退货（--reason --user，密码从标准输入）
  sync status       医保平台上传队列
  codes inspect PAYLOAD | --image FILE  识别扫码内容或图片中的条码，以 JSON 显示
  devices list      列出可用的扫码枪（HID-POS、键盘口、串口）及其配置值</source>
        <translation>PharmaPOS pharmacy checkout system

Subcommands:
  (none)            open the checkout window
  demo              run the built-in demo scenario without a window (simulated devices)
  run-script FILE   drive the checkout flow from a JSON script (simulated devices)
  audit verify      verify the audit trail hash chain
  duty export       export pharmacist duty records (--from --to --out --user, password from standard input)
  users list|init-admin NAME|add NAME  manage accounts (password from standard input)
  inventory import-purchases FILE  import a supplier delivery note, CSV/XLSX (--user, password from standard input)
  inventory adjust  loss, destruction, transfer, purchase return (--product --batch --kind --pieces --reason)
  ledger export     export the inventory ledger (--from --to --format csv --out --user)
  stocktake start|apply  stocktake: create a stocktake sheet CSV / import counted quantities and approve
  sale return NO    return a whole sale (--reason --user, password from standard input)
  sync status       insurance platform upload queue
  codes inspect PAYLOAD | --image FILE  recognize a scan payload or the barcode in an image, shown as JSON
  devices list      list available scanners (HID-POS, keyboard wedge, serial) and their config values</translation>
    </message>
    <message>
        <source>codes inspect：PAYLOAD 为十六进制字节（1d 即 GS）</source>
        <translation>codes inspect: PAYLOAD is hexadecimal bytes (1d is GS)</translation>
    </message>
    <message>
        <source>codes inspect：设备报告的 AIM 码制标识，如 ]d2</source>
        <translation>codes inspect: AIM symbology identifier reported by the device, e.g. ]d2</translation>
    </message>
    <message>
        <source>codes inspect：扫码枪代替 GS 发送的字符，如 ~</source>
        <translation>codes inspect: character the scanner sends instead of GS, e.g. ~</translation>
    </message>
    <message>
        <source>codes inspect：从图片解码（尚未接入）</source>
        <translation>codes inspect: decode from an image (not yet available)</translation>
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
</context>
<context>
    <name>pos::SaleWorkflow</name>
    <message>
        <source>扫描内容为空，请重新扫描</source>
        <translation>Empty scan, please scan again</translation>
    </message>
    <message>
        <source>未找到条码 %1 对应的商品，购物车未改变</source>
        <translation>No product found for barcode %1; cart unchanged</translation>
    </message>
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
        <source>收款成功 %1，找零 %2，小票已打印</source>
        <translation>Payment received %1, change %2, receipt printed</translation>
    </message>
    <message>
        <source>收款成功 %1，找零 %2；小票未打印：%3（可补打）</source>
        <translation>Payment received %1, change %2; receipt not printed: %3 (can be reprinted)</translation>
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
        <source>未找到 GTIN %1 对应的商品，购物车未改变</source>
        <translation>No product found for GTIN %1; cart unchanged</translation>
    </message>
    <message>
        <source>无法识别的条码 %1：%2</source>
        <translation>Unrecognized barcode %1: %2</translation>
    </message>
    <message>
        <source>未找到条码 %1 对应的商品，购物车未改变（%2）</source>
        <translation>No product found for barcode %1; cart unchanged (%2)</translation>
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
        <source>退货须填写原因</source>
        <translation>A return must state a reason</translation>
    </message>
    <message>
        <source>销售单 %1 全单退货：%2</source>
        <translation>Whole sale %1 returned: %2</translation>
    </message>
    <message>
        <source>销售单 %1 已退货（%2），库存和追溯码已退回</source>
        <translation>Sale %1 returned (%2); stock and traceability codes restored</translation>
    </message>
    <message>
        <source>身份证号不正确（应为18位，校验位正确），请重新输入</source>
        <translation>Invalid ID number (must be 18 characters with a correct check digit); please enter it again</translation>
    </message>
    <message>
        <source>已登记购买人身份证号</source>
        <translation>Buyer ID number recorded</translation>
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
        <source>%1 %2 代 %3 操作</source>
        <translation>%1 %2 acting on behalf of %3</translation>
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
        <source>F3 查找商品&#x3000;↑↓ 选行&#x3000;+/− 改数量&#x3000;* 输入数量&#x3000;F6 拆零（盒/板/粒）&#x3000;Del 删除&#x3000;F12 收款&#x3000;F9 补打小票&#x3000;Esc 作废本单</source>
        <translation>F3 Find product  ↑↓ Select line  +/− Change quantity  * Enter quantity  F6 Split pack (box/strip/piece)  Del Delete  F12 Take payment  F9 Reprint receipt  Esc Void sale</translation>
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
        <source>规格</source>
        <translation>Spec</translation>
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
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>待验，不可售</source>
        <translation>Awaiting inspection, not for sale</translation>
    </message>
    <message>
        <source>已过期，不可售</source>
        <translation>Expired, not for sale</translation>
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
        <source>无法读取 %1</source>
        <translation>Cannot read %1</translation>
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
        <source>交班退出</source>
        <translation>End shift and log out</translation>
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
    <name>pos::ui::PaymentDialog</name>
    <message>
        <source>现金收款</source>
        <translation>Cash payment</translation>
    </message>
    <message>
        <source>应收</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>实收</source>
        <translation>Tendered</translation>
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
        <source>“%1”不是金额，请输入如 100 或 100.50</source>
        <translation>&quot;%1&quot; is not an amount; enter e.g. 100 or 100.50</translation>
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
        <source>处方规则检查通过</source>
        <translation>Prescription rules check passed</translation>
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
        <source>已读取医保卡：%1</source>
        <translation>Insurance card read: %1</translation>
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
