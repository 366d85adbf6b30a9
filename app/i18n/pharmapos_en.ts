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
        <source>%1：devices/printer_width 只能是 48（80 mm 纸）或 32（58 mm 纸）</source>
        <translation>%1: devices/printer_width must be 48 (80 mm paper) or 32 (58 mm paper)</translation>
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
        <source>无法读取到货单 %1（用法：pharmapos inventory import-purchases FILE.csv --user 店长）</source>
        <translation>Cannot read delivery note %1 (usage: pharmapos inventory import-purchases FILE.csv --user MANAGER)</translation>
    </message>
    <message>
        <source>本版本导入 CSV 到货单；XLSX 请先另存为 CSV（UTF-8）</source>
        <translation>This version imports CSV delivery notes; save XLSX files as CSV (UTF-8) first</translation>
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
</context>
<context>
    <name>Counter</name>
    <message>
        <source>扫码枪后端“%1”在本版本中不可用（可用：simulated）</source>
        <translation>Barcode scanner backend &quot;%1&quot; is not available in this version (available: simulated)</translation>
    </message>
    <message>
        <source>打印机后端“%1”在本版本中不可用（可用：simulated）</source>
        <translation>Printer backend &quot;%1&quot; is not available in this version (available: simulated)</translation>
    </message>
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
    <name>Envelope</name>
    <message>
        <source>平台应答缺少 infcode</source>
        <translation>Platform response is missing infcode</translation>
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
        <source>供货单位或购进日期与第 2 行不同：一个文件只能是一张到货单</source>
        <translation>Supplier or purchase date differs from line 2: a file can hold only one delivery note</translation>
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
        <source>打印中途失败（已出纸 %1/%2 行），打印机离线</source>
        <translation>Printing failed midway (%1/%2 lines printed); printer offline</translation>
    </message>
    <message>
        <source>无法写入 %1.png</source>
        <translation>Cannot write %1.png</translation>
    </message>
    <message>
        <source>无法写入 %1.txt</source>
        <translation>Cannot write %1.txt</translation>
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
        <source>PharmaPOS 药店收银系统

子命令：
  (无)              打开收银界面
  demo              无界面运行内置演示场景（模拟设备）
  run-script FILE   按 JSON 脚本驱动收银流程（模拟设备）
  audit verify      校验审计日志哈希链
  duty export       导出药师在岗记录（--from --to --out --user，密码从标准输入）
  users list|init-admin NAME|add NAME  账号管理（密码从标准输入）
  inventory import-purchases FILE  导入供货商到货单 CSV（--user，密码从标准输入）
  inventory adjust  报损、销毁、调拨、购进退货（--product --batch --kind --pieces --reason）
  ledger export     导出进销存台账（--from --to --format csv --out --user）
  stocktake start|apply  盘点：生成盘点单 CSV / 导入实盘数量并审核
  sync status       医保平台上传队列</source>
        <translation>PharmaPOS pharmacy checkout system

Subcommands:
  (none)            Open the checkout window
  demo              Run the built-in demo scenario headless (simulated devices)
  run-script FILE   Drive the checkout flow from a JSON script (simulated devices)
  audit verify      Verify the audit trail hash chain
  duty export       Export pharmacist duty records (--from --to --out --user, password from standard input)
  users list|init-admin NAME|add NAME  Account management (password from standard input)
  inventory import-purchases FILE  Import a supplier delivery note CSV (--user, password from standard input)
  inventory adjust  Loss/damage, destruction, transfers, purchase returns (--product --batch --kind --pieces --reason)
  ledger export     Export the inventory ledger (--from --to --format csv --out --user)
  stocktake start|apply  Stocktake: generate a stocktake sheet CSV / import counted quantities and approve
  sync status       Insurance platform upload queue</translation>
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
        <source>导入供货单位的到货单（CSV，UTF-8）。任一行被拒收则整张单都不入库，下方逐行列出原因；改正后重新导入。</source>
        <translation>Import a delivery note from a supplier (CSV, UTF-8). If any line is rejected, nothing on the note is received into stock and the reasons are listed line by line below; correct them and import again.</translation>
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
        <source>导出进销存台账（CSV）…</source>
        <translation>Export inventory ledger (CSV)…</translation>
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
