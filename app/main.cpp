// PharmaPOS: the counter software of a designated retail pharmacy (定点零售药店).
// The composition root: parses the command line, reads the store's configuration and starts the
// GUI or a subcommand. Only app/ names concrete classes.

#include "app/appconfig.h"
#include "app/codescommand.h"
#include "app/commands.h"
#include "app/secretinput.h"
#include "app/synccommands.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// Subcommands run without a window; they need no display.
bool isHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "demo") == 0 || std::strcmp(a, "run-script") == 0
            || std::strcmp(a, "audit") == 0 || std::strcmp(a, "duty") == 0
            || std::strcmp(a, "users") == 0 || std::strcmp(a, "inventory") == 0
            || std::strcmp(a, "ledger") == 0 || std::strcmp(a, "sync") == 0
            || std::strcmp(a, "stocktake") == 0 || std::strcmp(a, "sale") == 0
            || std::strcmp(a, "codes") == 0 || std::strcmp(a, "devices") == 0
            || std::strcmp(a, "verify") == 0 || std::strcmp(a, "--headless") == 0
            || std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0
            || std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0)
            return true;
        if (a[0] != '-')
            return false;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    const bool headless = isHeadless(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // printers render fonts; no display needed
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PharmaPOS"));
    QCoreApplication::setApplicationName(QStringLiteral("pharmapos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHARMAPOS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "PharmaPOS 药店收银系统\n\n"
        "子命令：\n"
        "  (无)              打开收银界面\n"
        "  demo              无界面运行内置演示场景（模拟设备）\n"
        "  run-script FILE   按 JSON 脚本驱动收银流程（模拟设备）\n"
        "  audit verify      校验审计日志哈希链（--user 店长或管理员可看详情）\n"
        "  verify            全面校验：审计链、数据库文件、各表封存与锚点、库存余额、已售追溯码\n"
        "  duty export       导出药师在岗记录（--from --to --out --user，密码从标准输入）\n"
        "  users list|init-admin NAME|add NAME  账号管理（密码从标准输入）\n"
        "  inventory import-purchases FILE  导入供货商到货单 CSV/XLSX（--user，密码从标准输入）\n"
        "  inventory adjust  报损、销毁、调拨、购进退货（--product --batch --kind --pieces --reason）\n"
        "  ledger export     导出进销存台账（--from --to --format csv --out --user）\n"
        "  stocktake start|apply  盘点：生成盘点单 CSV / 导入实盘数量并审核\n"
        "  sale return NO    销售单全单退货（--reason --user，密码从标准输入）\n"
        "  sync status|show|run|retry|correct|withdraw|reconcile|catalog  医保平台上传队列（--user）\n"
        "  codes inspect PAYLOAD | --image FILE  识别扫码内容或图片中的条码，以 JSON 显示\n"
        "  devices list      列出可用的扫码枪（HID-POS、键盘口、串口）及其配置值"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "数据目录（数据库、打印输出）"), QStringLiteral("DIR"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("main", "门店配置文件（INI）"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "演示模式：演示门店与演示商品目录"));
    const QCommandLineOption headlessOpt(
        QStringLiteral("headless"), QCoreApplication::translate("main", "无界面：运行演示场景"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("main", "run-script：以 JSON 输出报告"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QCoreApplication::translate("main", "界面语言：zh_CN（默认）或 en"),
        QStringLiteral("LANG"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "以该账号操作（密码从标准输入读取）"),
        QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("main", "起始日期"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("main", "截止日期（含）"),
                                QStringLiteral("DATE"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     QCoreApplication::translate("main", "输出文件"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("main", "姓名"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QCoreApplication::translate("main", "角色：cashier、pharmacist、manager、admin"),
        QStringLiteral("ROLE"));
    const QCommandLineOption licence(QStringLiteral("licence"),
                                     QCoreApplication::translate("main", "执业药师注册证号"),
                                     QStringLiteral("NO"));
    const QCommandLineOption insuranceCode(QStringLiteral("insurance-code"),
                                           QCoreApplication::translate("main", "医保药师编码"),
                                           QStringLiteral("CODE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("main", "导出格式：csv"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        QCoreApplication::translate("main", "盘点范围：all、西药、中成药、中药饮片"),
        QStringLiteral("SCOPE"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QCoreApplication::translate("main", "调整原因"),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption product(QStringLiteral("product"),
                                     QCoreApplication::translate("main", "商品编码"),
                                     QStringLiteral("CODE"));
    const QCommandLineOption batch(
        QStringLiteral("batch"), QCoreApplication::translate("main", "批号"), QStringLiteral("NO"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate(
            "main", "调整类型：loss、destruction、transfer-out、transfer-in、purchase-return"),
        QStringLiteral("KIND"));
    const QCommandLineOption pieces(QStringLiteral("pieces"),
                                    QCoreApplication::translate("main", "数量（最小单位）"),
                                    QStringLiteral("N"));
    const QCommandLineOption journalOpt(
        QStringLiteral("journal"),
        QCoreApplication::translate("main", "ledger export：导出逐笔库存流水而非汇总台账"));
    const QCommandLineOption hex(
        QStringLiteral("hex"),
        QCoreApplication::translate("main", "codes inspect：PAYLOAD 为十六进制字节（1d 即 GS）"));
    const QCommandLineOption symbology(
        QStringLiteral("symbology"),
        QCoreApplication::translate("main", "codes inspect：设备报告的 AIM 码制标识，如 ]d2"),
        QStringLiteral("ID"));
    const QCommandLineOption gsSubstitute(
        QStringLiteral("gs-substitute"),
        QCoreApplication::translate("main", "codes inspect：扫码枪代替 GS 发送的字符，如 ~"),
        QStringLiteral("S"));
    const QCommandLineOption image(
        QStringLiteral("image"),
        QCoreApplication::translate("main", "codes inspect：从图片文件解码（PNG、JPG…）"),
        QStringLiteral("FILE"));
    const QCommandLineOption timeoutS(
        QStringLiteral("timeout-s"),
        QCoreApplication::translate("main", "sync run：最多等待的秒数（默认 60）"),
        QStringLiteral("N"));
    const QCommandLineOption full(
        QStringLiteral("full"),
        QCoreApplication::translate("main", "sync catalog：全量下载医保目录"));
    QCommandLineOption quitWhenReady(QStringLiteral("quit-when-ready"));
    quitWhenReady.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir,      config,        demo,     headlessOpt, json,         lang,
                       user,         from,          to,       outFile,     name,         role,
                       licence,      insuranceCode, format,   scope,       reason,       journalOpt,
                       product,      batch,         kind,     pieces,      hex,          symbology,
                       gsSubstitute, image,         timeoutS, full,        quitWhenReady});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "demo | run-script"));
    parser.process(*app);

    QTranslator translator;
    const QString language = parser.isSet(lang) ? parser.value(lang) : QLocale().name();
    if (language.startsWith(QStringLiteral("en"))
        && translator.load(QStringLiteral(":/i18n/pharmapos_en.qm")))
        QCoreApplication::installTranslator(&translator);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    // Pure: needs no store configuration, database or device.
    if (command == QStringLiteral("codes"))
        return pos::app::runCodes(
            args, pos::app::CodesInspectOptions{parser.isSet(hex), parser.value(symbology),
                                                parser.value(gsSubstitute), parser.value(image)});
    // Needs no store configuration either: an installer runs it to find the value to configure.
    if (command == QStringLiteral("devices") && args.value(1) == QStringLiteral("list"))
        return pos::app::runDevicesList();
    const bool demoCommand = command == QStringLiteral("demo") || parser.isSet(headlessOpt);
    const bool isDemo = parser.isSet(demo) || demoCommand
                        || (command == QStringLiteral("run-script") && !parser.isSet(dataDir));

    // A script without --data-dir runs in a throw-away demo store, never in the real one.
    QTemporaryDir scratch;
    QString dir = parser.value(dataDir);
    const bool scratchStore = command == QStringLiteral("run-script") && dir.isEmpty();
    if (scratchStore)
        dir = scratch.path();
    pos::Result<pos::app::AppConfig> cfg =
        pos::app::AppConfig::load(dir, parser.value(config), isDemo);
    if (!cfg) {
        std::fprintf(stderr, "%s\n", cfg.error().userText().toUtf8().constData());
        // A counter started from the desktop has no terminal: the window says what is wrong.
        if (!headless && !parser.isSet(quitWhenReady))
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("main", "PharmaPOS 无法启动"),
                                  cfg.error().userText());
        return 2;
    }
    // The throw-away store's key goes with it.
    QTemporaryDir scratchKeys;
    if (scratchStore)
        cfg->keyDir = scratchKeys.path();

    if (demoCommand)
        return pos::app::runDemo(*cfg);
    if (command == QStringLiteral("run-script")) {
        if (args.size() < 2) {
            std::fprintf(
                stderr, "%s\n",
                QCoreApplication::translate("main", "用法：pharmapos run-script FILE [--json]")
                    .toUtf8()
                    .constData());
            return 2;
        }
        return pos::app::runScript(*cfg, args.at(1), parser.isSet(json));
    }
    if (command == QStringLiteral("audit") && args.value(1) == QStringLiteral("verify"))
        return pos::app::runAuditVerify(*cfg, parser.value(user));
    if (command == QStringLiteral("verify"))
        return pos::app::runVerify(*cfg, parser.value(user));
    if (command == QStringLiteral("duty") && args.value(1) == QStringLiteral("export"))
        return pos::app::runDutyExport(
            *cfg, parser.value(user), QDate::fromString(parser.value(from), Qt::ISODate),
            QDate::fromString(parser.value(to), Qt::ISODate), parser.value(outFile));
    if (command == QStringLiteral("inventory")
        && args.value(1) == QStringLiteral("import-purchases"))
        return pos::app::runImportPurchases(*cfg, parser.value(user), args.value(2));
    if (command == QStringLiteral("inventory") && args.value(1) == QStringLiteral("adjust"))
        return pos::app::runAdjust(*cfg, parser.value(user), parser.value(product),
                                   parser.value(batch), parser.value(kind),
                                   parser.value(pieces).toLongLong(), parser.value(reason));
    if (command == QStringLiteral("ledger") && args.value(1) == QStringLiteral("export"))
        return pos::app::runLedgerExport(
            *cfg, parser.value(user), QDate::fromString(parser.value(from), Qt::ISODate),
            QDate::fromString(parser.value(to), Qt::ISODate), parser.value(format),
            parser.value(outFile), parser.isSet(journalOpt));
    if (command == QStringLiteral("stocktake"))
        return pos::app::runStocktake(*cfg, args, parser.value(user), parser.value(scope),
                                      parser.value(outFile), parser.value(reason));
    if (command == QStringLiteral("sale") && args.value(1) == QStringLiteral("return"))
        return pos::app::runSaleReturn(*cfg, parser.value(user), args.value(2),
                                       parser.value(reason));
    if (command == QStringLiteral("sync")) {
        // The words after "sync", with the options the sync commands read themselves.
        QStringList syncArgs = args.mid(1);
        for (const QCommandLineOption* o : {&user, &from, &to, &reason, &timeoutS})
            if (parser.isSet(*o))
                syncArgs << QStringLiteral("--") + o->names().constFirst() << parser.value(*o);
        if (parser.isSet(full))
            syncArgs << QStringLiteral("--full");
        pos::app::StdinSecretInput passwords;
        QTextStream out(stdout);
        QTextStream err(stderr);
        return pos::app::runSync(*cfg, syncArgs, passwords, out, err);
    }
    if (command == QStringLiteral("users"))
        return pos::app::runUsers(*cfg, args, parser.value(user), parser.value(name),
                                  parser.value(role), parser.value(licence),
                                  parser.value(insuranceCode));
    if (!command.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     QCoreApplication::translate("main", "未知子命令：%1（见 --help）")
                         .arg(command)
                         .toUtf8()
                         .constData());
        return 2;
    }
    return pos::app::runGui(*cfg, parser.isSet(quitWhenReady));
}
