<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>平台应答缺少 infcode</source>
        <translation>Platform response is missing infcode</translation>
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
    <name>SqlProductCatalog</name>
    <message>
        <source>保存商品 %1</source>
        <translation>Saving product %1</translation>
    </message>
</context>
<context>
    <name>SqlSaleRepository</name>
    <message>
        <source>生成单号</source>
        <translation>Generating sale number</translation>
    </message>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>PharmaPOS 药店收银系统

子命令：
  (无)              打开收银界面
  demo              无界面运行内置演示场景（模拟设备）
  run-script FILE   按 JSON 脚本驱动收银流程（模拟设备）</source>
        <translation>PharmaPOS pharmacy checkout system

Subcommands:
  (none)            Open the checkout window
  demo              Run the built-in demo scenario headless (simulated devices)
  run-script FILE   Drive the checkout flow from a JSON script (simulated devices)</translation>
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
</context>
<context>
    <name>pos::SaleWorkflow</name>
    <message>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
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
        <source>↑↓ 选行&#x3000;+/− 改数量&#x3000;* 输入数量&#x3000;Del 删除&#x3000;F12 收款&#x3000;F9 补打小票&#x3000;Esc 作废本单</source>
        <translation>↑↓ Select line  +/− Change qty  * Enter qty  Del Delete  F12 Collect payment  F9 Reprint receipt  Esc Void sale</translation>
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
</TS>
