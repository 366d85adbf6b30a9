<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AppConfig</name>
    <message>
        <source>仁心大药房（演示门店）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未命名药店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>江西省南昌市东湖区八一大道 100 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配置文件 %1 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配置文件 %1 无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：devices/printer_width 只能是 48（80 mm 纸）或 32（58 mm 纸）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>数量不能超过 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有第 %1 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量必须在 1 到 %1 之间（输入的是 %2）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>—— 最后一张小票（%1，模拟打印机输出于 %2）——</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果：全部 %1 步通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果：有步骤失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PharmaPOS %1 演示（无界面）：%2，%3 种商品，数据目录 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模拟设备 SIMULATED DEVICES：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序中缺少演示脚本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取脚本 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：clock “%2”不是 ISO 时间（如 2026-11-23T09:30:00）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PharmaPOS 无法启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品目录为空：请由店长导入商品（演示请用 --demo 启动）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>扫码枪后端“%1”在本版本中不可用（可用：simulated）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机后端“%1”在本版本中不可用（可用：simulated）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1失败：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>准备语句</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法创建数据目录 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到 Qt 的 SQLite 驱动 (QSQLITE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取数据库版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库 %1 的结构版本是 %2，而本程序只认识到版本 %3：它由更新版本的 PharmaPOS 写入。请升级本程序，不要用旧版本打开它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少迁移脚本 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法开始迁移事务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>迁移到版本 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入数据库版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事务未开始，无法提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>目录文件为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录缺少列 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录第 %1 行：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少编码或通用名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保类别“%1”无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处方分类“%1”无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>药品类别“%1”无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数字列无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序中缺少演示目录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>平台应答缺少 infcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>就绪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸将尽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸仓盖打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>故障</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>处方药</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>甲类OTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乙类OTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>西药</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中成药</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中药饮片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国谈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>集采</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>挂网</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非医保</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptFormatter</name>
    <message>
        <source>销售小票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【补打】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单号：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收银台：%1  收银员：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找零</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>药品属特殊商品，非质量问题概不退换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请遵医嘱或按说明书使用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>脚本不是有效的 JSON（第 %1 个字符）：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>脚本需要一个包含 &quot;steps&quot; 数组的对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay 需要 cash 金额，如 &quot;100.00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小票输出：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期望 %1 行，实际 %2 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期望合计 %1，实际 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期望找零 %1，实际 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无销售）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期望上一单合计 %1，实际 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别的步骤：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期望错误 %1，但步骤成功了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期望错误 %1，实际 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedPlatform</name>
    <message>
        <source>模拟医保平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收银员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msgid 格式错误：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未签到或签到号无效，请先做 9001 签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交易 %1 不在本模拟平台支持的范围内</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedReceiptPrinter</name>
    <message>
        <source>模拟小票打印机（%1 mm）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模拟打印机就绪，输出到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸卷用完</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸仓盖打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白文档不打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法创建输出目录 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印中途失败（已出纸 %1/%2 行），打印机离线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 %1.txt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlProductCatalog</name>
    <message>
        <source>保存商品 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSaleRepository</name>
    <message>
        <source>生成单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有商品行的销售不能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法开始事务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存销售单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存销售明细第 %1 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录小票打印</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据目录（数据库、打印输出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>门店配置文件（INI）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示模式：演示门店与演示商品目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无界面：运行演示场景</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run-script：以 JSON 输出报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言：zh_CN（默认）或 en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo | run-script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用法：pharmapos run-script FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知子命令：%1（见 --help）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::SaleWorkflow</name>
    <message>
        <source>收银员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描内容为空，请重新扫描</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未找到条码 %1 对应的商品，购物车未改变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ×%3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本单已作废，未记录任何销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购物车为空，无需收款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实收 %1 少于应收 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销售未能保存，购物车保留，请重试：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款成功 %1，找零 %2，小票已打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款成功 %1，找零 %2；小票未打印：%3（可补打）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本班次还没有可补打的销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已补打 %1 的小票</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::devices::SimulatedScanner</name>
    <message>
        <source>模拟扫码枪</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::CartModel</name>
    <message>
        <source>%1
%2
批准文号：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::CheckoutWidget</name>
    <message>
        <source>请扫描商品条码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ 选行&#x3000;+/− 改数量&#x3000;* 输入数量&#x3000;Del 删除&#x3000;F12 收款&#x3000;F9 补打小票&#x3000;Esc 作废本单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 种 %2 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废本单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定作废当前未收款的销售？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::MainWindow</name>
    <message>
        <source>PharmaPOS 药店收银 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模拟设备 SIMULATED DEVICES：%1 —— 不连接真实硬件，不得用于真实营业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;收银台 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模拟扫码枪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机：%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::PaymentDialog</name>
    <message>
        <source>现金收款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找零</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认收款 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不足 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是金额，请输入如 100 或 100.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pos::ui::ScannerSimulatorPanel</name>
    <message>
        <source>模拟扫码枪：输入或选择条码后按“扫描”。扫描经扫码枪端口送达收银流程，与真实设备相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条码 / 追溯码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— 选择示例商品 —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
