#include "app/commands.h"

#include "app/awaitanswer.h"
#include "app/core/archive/settlementarchivist.h"
#include "app/core/camera/settlementevidence.h"
#include "app/core/insurance/reconciliation.h"
#include "app/core/insurance/settlementservice.h"
#include "app/core/inventory/boxtrace.h"
#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/purchaseimport.h"
#include "app/core/inventory/stocktake.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/sale/returnservice.h"
#include "app/core/sale/salelookup.h"
#include "app/core/sale/saleworkflow.h"
#include "app/core/shift/shiftservice.h"
#include "app/core/staff/authservice.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/session.h"
#include "app/counter.h"
#include "app/deliverynotes.h"
#include "app/keyscommands.h"
#include "app/privacywiring.h"
#include "app/scenario/scenariorunner.h"
#include "app/secretinput.h"
#include "app/settlementcamera.h"
#include "app/storecheckcommand.h"
#include "devices/camera/simulatedcamera.h"
#include "devices/evdev/evdevscanner.h"
#include "devices/hidpos/hidposprobe.h"
#include "devices/serial/serialscanner.h"
#include "devices/simulated/simulatedcardreader.h"
#include "devices/simulated/simulatedpaymentprovider.h"
#include "devices/simulated/simulatedsignaturetablet.h"
#include "storage/crypto/keystore.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlstaffrepositories.h"
#include "storage/sqltracequery.h"
#include "sync/simulator/inprocessplatform.h"
#include "ui/checkoutwidget.h"
#include "ui/customerdisplay.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QMap>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QScreen>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace pos::app {

namespace {

/// Translation context "Commands" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

void out(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

void printReport(const ScenarioReport& report)
{
    for (const StepReport& s : report.steps) {
        out(QStringLiteral("[%1] %2 %3")
                .arg(s.index, 2)
                .arg(s.action, s.passed ? QStringLiteral("ok") : QStringLiteral("FAILED")));
        for (const QString& m : s.messages)
            out(QStringLiteral("      ") + m);
    }
}

int runScenario(Counter& counter, ManualClock* clock, const QJsonObject& scenario, bool json)
{
    ScenarioTargets t;
    t.sale = &counter.sale();
    t.injector = counter.scanInjector();
    t.session = &counter.session();
    t.duty = &counter.duty();
    t.auth = &counter.auth();
    t.returns = &counter.returns();
    t.shifts = &counter.shifts();
    t.paymentFault = [&counter](const QString& fault) -> Status {
        devices::SimulatedPaymentProvider* p = counter.simulatedPayment();
        if (!p)
            return makeError(ErrorCode::Configuration,
                             Tr::tr("未启用扫码支付（[payment] wallet=off）"));
        if (fault == u"reverse_fails") {
            p->failNextReverse();
            return {};
        }
        const std::optional<devices::SimulatedPaymentProvider::Fault> f =
            devices::SimulatedPaymentProvider::faultFromName(fault);
        if (!f)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("未知的支付故障“%1”（decline、timeout、lost、pending、silent、"
                                    "reverse_fails、none）")
                                 .arg(fault));
        p->injectFault(*f);
        return {};
    };
    t.paymentHeldFen = [&counter]() -> qint64 {
        return counter.simulatedPayment() ? counter.simulatedPayment()->heldFen() : 0;
    };
    t.resolvePayments = [&counter] { counter.resolveWalletOrders(); };
    t.clock = clock;
    t.catalog = &counter.catalog();
    t.inventory = &counter.inventory();
    t.stock = &counter.ledger();
    t.gate = &counter.gate();
    t.reviews = &counter.reviews();
    t.intake = &counter.intake();
    t.readPrintedCode = [&counter] { return counter.readPrintedPrescriptionCode(); };
    t.setPrinter = [&counter](const QJsonObject& setup) {
        return counter.setUpSimulatedPrescriptionPrinter(setup);
    };
    t.insertCard = [&counter] {
        // Scripts run on the simulated devices (Devices::SimulatedOnly): the reader is simulated.
        if (devices::SimulatedCardReader* reader = counter.simulatedCardReader())
            reader->insertCard(Counter::demoCard());
    };
    t.servePrescription = [&counter](const QJsonObject& spec) {
        return counter.serveSimulatedPrescription(spec);
    };
    t.demoVoucher = [] { return Counter::demoVoucherPayload(); };
    t.lastReceipt = [&counter] {
        QFile f(counter.lastReceiptText());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    t.archive = &counter.archiveStore();
    t.verifyArchive = [&counter] {
        return archive::verifyArchive(counter.archiveStore(), counter.recordSealer(),
                                      counter.config().store.fixmedinsCode,
                                      &counter.archiveHeadCopies(), counter.archiveEvidence(), {},
                                      {}, counter.archiveBackup());
    };
    t.traceBox = [&counter](const QString& code) {
        storage::SqlTraceQuery query(counter.database());
        return TraceService(query, counter.access()).box(code);
    };
    t.cameraOn = [&counter](const QString& source) {
        return counter.enableSettlementCamera(source);
    };
    t.evidence = [&counter]() -> camera::SettlementEvidence* {
        return counter.settlementCamera() ? &counter.settlementCamera()->evidence() : nullptr;
    };
    t.cameraFault = [&counter](const QString& fault) -> Status {
        auto* sim =
            counter.settlementCamera()
                ? dynamic_cast<devices::SimulatedCamera*>(counter.settlementCamera()->camera())
                : nullptr;
        if (!sim)
            return makeError(ErrorCode::WrongState, Tr::tr("结算摄像头不是模拟摄像头"),
                             QStringLiteral("CAM-VIDEO"));
        using F = devices::SimulatedCamera::Fault;
        static const QHash<QString, F> faults{{QStringLiteral("none"), F::None},
                                              {QStringLiteral("stall"), F::Stall},
                                              {QStringLiteral("unplug"), F::Unplugged},
                                              {QStringLiteral("black"), F::Black}};
        if (!faults.contains(fault))
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("未知的摄像头故障“%1”（stall、unplug、black、none）").arg(fault));
        sim->setFault(faults.value(fault));
        return {};
    };
    t.insured = counter.insuredCheckout();
    t.insuredProblem = counter.settlementProblem();
    t.platformFault = [&counter](const QString& fault, const QString& infno, int count) -> Status {
        sim::InProcessPlatform* p = counter.inProcessPlatform();
        if (!p)
            return makeError(ErrorCode::WrongState, Tr::tr("医保平台不是本机进程内的模拟平台"));
        using F = sim::InProcessPlatform::Fault;
        static const QHash<QString, F> faults{{QStringLiteral("none"), F::None},
                                              {QStringLiteral("unreachable"), F::Unreachable},
                                              {QStringLiteral("lose_answer"), F::LoseAnswer}};
        if (!faults.contains(fault))
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("未知的平台故障“%1”（unreachable、lose_answer、none）").arg(fault));
        p->injectFault(faults.value(fault), count, infno);
        return {};
    };
    ScenarioRunner runner(std::move(t));
    const ScenarioReport report = runner.run(scenario);
    if (json)
        out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        printReport(report);

    if (!json && counter.sale().lastSale()) {
        // Show the last receipt as the simulated printer rendered it.
        const QString saleNo = counter.sale().lastSale()->saleNo;
        out(QString());
        out(Tr::tr("—— 最后一张小票（%1，模拟打印机输出于 %2）——")
                .arg(saleNo, counter.config().printOutputDir()));
        QFile receipt(counter.lastReceiptText());
        if (receipt.open(QIODevice::ReadOnly))
            out(QString::fromUtf8(receipt.readAll()));
    }
    out(report.passed() ? Tr::tr("结果：全部 %1 步通过").arg(report.steps.size())
                        : Tr::tr("结果：有步骤失败"));
    return report.passed() ? 0 : 1;
}

} // namespace

int runDemo(const AppConfig& config)
{
    // A manual clock started now, so the demo scenario can move time as a script can.
    auto clock = std::make_unique<ManualClock>(QDateTime::currentDateTime());
    ManualClock* manual = clock.get();
    Result<std::unique_ptr<Counter>> counter = Counter::assemble(config, std::move(clock));
    if (!counter) {
        err(counter.error().userText());
        return 2;
    }
    Counter& c = **counter;
    out(Tr::tr("PharmaPOS %1 演示（无界面）：%2，%3 种商品，数据目录 %4")
            .arg(QStringLiteral(PHARMAPOS_VERSION), config.store.name)
            .arg(c.catalog().productCount())
            .arg(config.dataDir));
    out(Tr::tr("模拟设备 SIMULATED DEVICES：%1")
            .arg(c.deviceSummary().simulated.join(QStringLiteral("、"))));
    out(QString());
    QFile f(QStringLiteral(":/demo/demo_scenario.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        err(Tr::tr("程序中缺少演示脚本"));
        return 2;
    }
    Result<QJsonObject> scenario = ScenarioRunner::parse(f.readAll());
    if (!scenario) {
        err(scenario.error().userText());
        return 2;
    }
    return runScenario(c, manual, *scenario, false);
}

int runScript(const AppConfig& config, const QString& file, bool json)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err(Tr::tr("无法读取脚本 %1").arg(file));
        return 2;
    }
    // A script is a few kilobytes of JSON: read at most the cap and one byte more, so an endless
    // or huge "file" (/dev/zero, a video) is refused by name instead of exhausting memory.
    constexpr qint64 kMaxScriptBytes = 8 * 1024 * 1024;
    const QByteArray text = f.read(kMaxScriptBytes + 1);
    if (text.size() > kMaxScriptBytes) {
        err(Tr::tr("脚本 %1 超过 %2 MB：这不是 PharmaPOS 的脚本文件")
                .arg(file)
                .arg(kMaxScriptBytes / (1024 * 1024)));
        return 2;
    }
    Result<QJsonObject> scenario = ScenarioRunner::parse(text);
    if (!scenario) {
        err(Tr::tr("%1：%2").arg(file, scenario.error().userText()));
        return 2;
    }
    // Scripts run on a manual clock: it starts at "clock" (or now) and moves only when a step
    // moves it, so a scenario replays the same way every time.
    QDateTime start = QDateTime::currentDateTime();
    const QString at = scenario->value(QStringLiteral("clock")).toString();
    if (!at.isEmpty()) {
        start = QDateTime::fromString(at, Qt::ISODate);
        if (!start.isValid()) {
            err(Tr::tr("%1：clock “%2”不是 ISO 时间（如 2026-11-23T09:30:00）").arg(file, at));
            return 2;
        }
    }
    auto clock = std::make_unique<ManualClock>(start);
    ManualClock* manual = clock.get();
    Result<std::unique_ptr<Counter>> counter = Counter::assemble(config, std::move(clock));
    if (!counter) {
        err(counter.error().userText());
        return 2;
    }
    return runScenario(**counter, manual, *scenario, json);
}

namespace {

Result<std::unique_ptr<Counter>> open(const AppConfig& config)
{
    return Counter::assemble(config, std::make_unique<SystemClock>());
}

/// Passwords for command-line use come from standard input, never from arguments (which other
/// users can read in the process list): typed at a terminal without echo after `prompt`, or one
/// line each from a pipe — read a byte at a time, so two passwords down one pipe are both found.
Result<QString> readPasswordLine(const QString& prompt)
{
    StdinSecretInput in;
    Result<storage::crypto::SecretBytes> line = in.read(prompt);
    if (!line)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("没有读到密码（%1）").arg(prompt.trimmed()));
    return QString::fromUtf8(line->view());
}

/// Logs `username` in with a password from standard input.
Status loginFromStdin(Counter& c, const QString& username)
{
    if (username.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("需要 --user 账号（密码从标准输入读取）"));
    Result<QString> password = readPasswordLine(Tr::tr("%1 的密码：").arg(username));
    if (!password)
        return password.error();
    QString typed = *password;
    Result<User> u = c.session().login(username, typed);
    storage::crypto::cleanse(typed);
    if (!u)
        return u.error();
    return {};
}

/// asUser() for a command that only reads: the user needs `permission` (STAFF-ROLES).
int asUserWith(const AppConfig& config, const QString& user, Permission permission,
               const std::function<int(Counter&)>& work);

/// Opens the store, logs `user` in (password on stdin), runs `work` as that user and logs out
/// again, whatever `work` returned. Returns work's exit code, or 2 when the store cannot be opened
/// and 1 when the login was refused (saying why).
int asUserOn(Counter& c, const QString& user, const std::function<int(Counter&)>& work)
{
    if (Status s = loginFromStdin(c, user); !s) {
        err(s.error().userText());
        return 1;
    }
    const int code = work(c);
    c.session().logout();
    return code;
}

} // namespace

int asUser(const AppConfig& config, const QString& user, const std::function<int(Counter&)>& work)
{
    Result<std::unique_ptr<Counter>> counter = open(config);
    if (!counter) {
        err(counter.error().userText());
        return 2;
    }
    return asUserOn(**counter, user, work);
}

namespace {

int asUserWith(const AppConfig& config, const QString& user, Permission permission,
               const std::function<int(Counter&)>& work)
{
    return asUser(config, user, [&](Counter& c) {
        // AccessControl audits the refusal.
        if (Status allowed = c.access().require(permission); !allowed) {
            err(allowed.error().userText());
            return 1;
        }
        return work(c);
    });
}

/// The audit chain's own check, printed (with what each finding names only when `details`);
/// true when intact.
bool printAuditChain(Counter& c, bool details)
{
    const QList<AuditFinding> findings = c.audit().verify();
    const qint64 n = c.audit().entryCount();
    if (findings.isEmpty()) {
        out(Tr::tr("审计日志完整：%1 条，哈希链与链头一致").arg(n));
        return true;
    }
    out(Tr::tr("审计日志被改动：%1 处问题（共 %2 条）").arg(findings.size()).arg(n));
    if (details)
        for (const AuditFinding& f : findings)
            out(QStringLiteral("  #%1  %2").arg(f.sequence).arg(f.problem));
    return false;
}

/// A check run unattended (a monitor, a scheduled job) gets the verdict and its exit code
/// without a login; what the findings name is store data, for a manager or administrator.
int verdictOnly(const AppConfig& config, const std::function<int(Counter&)>& check)
{
    Result<std::unique_ptr<Counter>> counter = open(config);
    if (!counter) {
        err(counter.error().userText());
        return 2;
    }
    const int code = check(**counter);
    if (code != 0)
        out(Tr::tr("（详情须由店长或管理员登录查看：加 --user 账号，密码从标准输入读取）"));
    return code;
}

} // namespace

int runAuditVerify(const AppConfig& config, const QString& user)
{
    if (user.isEmpty())
        return verdictOnly(config, [](Counter& c) { return printAuditChain(c, false) ? 0 : 1; });
    return asUserWith(config, user, Permission::ViewAudit,
                      [](Counter& c) { return printAuditChain(c, true) ? 0 : 1; });
}

namespace {

/// `verify`'s checks, printed; the findings' words only when `details`.
int verifyStore(Counter& c, const AppConfig& config, bool details)
{
    bool intact = printAuditChain(c, details);
    // The file itself: a damaged page is named before anything is read through it.
    QSqlQuery check(c.database().connection());
    QStringList damaged;
    if (!check.exec(QStringLiteral("PRAGMA quick_check")))
        damaged << check.lastError().text();
    while (check.next())
        if (check.value(0).toString() != QStringLiteral("ok"))
            damaged << check.value(0).toString();
    if (damaged.isEmpty()) {
        out(Tr::tr("数据库文件完好（quick_check）"));
    } else {
        intact = false;
        out(Tr::tr("数据库文件损坏：%1").arg(damaged.join(QStringLiteral("；"))));
    }
    const QList<storage::IntegrityFinding> findings =
        storage::integrity::verify(c.database(), &c.recordSealer(), config.anchorPaths());
    if (findings.isEmpty()) {
        out(Tr::tr("封存与锚点一致：%1 张表、库存余额与变动合计、已售追溯码与销售单均无差异")
                .arg(storage::integrity::protectedTables().size()));
    } else {
        intact = false;
        out(Tr::tr("发现 %1 处差异：").arg(findings.size()));
        QMap<QString, int> perTable;
        for (const storage::IntegrityFinding& f : findings) {
            ++perTable[f.table];
            if (details)
                out(QStringLiteral("  [%1] %2").arg(f.table, f.problem));
        }
        if (!details)
            for (auto it = perTable.cbegin(); it != perTable.cend(); ++it)
                out(Tr::tr("  [%1] %2 处").arg(it.key()).arg(it.value()));
    }
    out(intact ? Tr::tr("结论：完整，未发现改动")
               : Tr::tr("结论：发现改动或损坏（见上）；请保留数据目录原样并联系管理员"));
    return intact ? 0 : 1;
}

} // namespace

int runVerify(const AppConfig& config, const QString& user)
{
    Result<std::unique_ptr<Counter>> counter = open(config);
    if (!counter) {
        // A store the counter cannot open (a damaged file) is still examined: the file's own
        // check names what is wrong with it.
        err(counter.error().userText());
        QTextStream o(stdout);
        QTextStream e(stderr);
        const int code = runStoreCheck(config, false, o, e);
        return code == 0 ? 2 : code;
    }
    Counter& c = **counter;
    // Unattended (a monitor, a scheduled job): the verdict and its exit code; what the findings
    // name is store data, for a manager or administrator.
    if (user.isEmpty()) {
        const int code = verifyStore(c, config, false);
        if (code != 0)
            out(Tr::tr("（详情须由店长或管理员登录查看：加 --user 账号，密码从标准输入读取）"));
        return code;
    }
    return asUserOn(c, user, [&config](Counter& in) {
        if (Status allowed = in.access().require(Permission::ViewAudit); !allowed) {
            err(allowed.error().userText());
            return 1;
        }
        return verifyStore(in, config, true);
    });
}

int runDutyExport(const AppConfig& config, const QString& user, const QDate& from, const QDate& to,
                  const QString& outPath)
{
    if (!from.isValid() || !to.isValid() || to < from || outPath.isEmpty()) {
        err(Tr::tr("用法：pharmapos duty export --from 2026-11-01 --to 2026-11-30 --out FILE.csv "
                   "--user 账号（密码从标准输入读取）"));
        return 2;
    }
    return asUser(config, user, [&](Counter& c) {
        Result<QByteArray> csv =
            c.duty().exportCsv(QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0)));
        if (!csv) {
            err(csv.error().userText());
            return 1;
        }
        QFile f(outPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(*csv) != csv->size()) {
            err(Tr::tr("无法写入 %1").arg(outPath));
            return 1;
        }
        out(Tr::tr("已导出 %1 至 %2 的药师在岗记录：%3")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), outPath));
        return 0;
    });
}

int runUsers(const AppConfig& config, const QStringList& args, const QString& actor,
             const QString& displayName, const QString& role, const QString& licence,
             const QString& insuranceCode)
{
    const QString sub = args.value(1);
    Result<std::unique_ptr<Counter>> counter = open(config);
    if (!counter) {
        err(counter.error().userText());
        return 2;
    }
    Counter& c = **counter;
    if (sub == QStringLiteral("list")) {
        // The staff list is store data: a manager or an administrator, logged in.
        if (Status s = loginFromStdin(c, actor); !s) {
            err(s.error().userText());
            return 1;
        }
        if (Status allowed = c.access().require(Permission::ViewAudit); !allowed) {
            err(allowed.error().userText());
            c.session().logout();
            return 1;
        }
        for (const User& u : c.users().all())
            out(QStringLiteral("%1\t%2\t%3\t%4%5")
                    .arg(u.username, u.displayName, toDisplayString(u.role), u.licenceNo,
                         u.active ? QString() : Tr::tr("\t(停用)")));
        c.session().logout();
        return 0;
    }
    if (sub == QStringLiteral("init-admin")) {
        // First start without a screen: the new administrator's password from standard input.
        Result<QString> password =
            readPasswordLine(Tr::tr("新管理员 %1 的密码：").arg(args.value(2)));
        if (!password) {
            err(password.error().userText());
            return 1;
        }
        Result<User> admin =
            c.auth().createFirstAdministrator(args.value(2), displayName, *password);
        if (!admin) {
            err(admin.error().userText());
            return 1;
        }
        out(Tr::tr("已创建系统管理员 %1").arg(admin->username));
        return 0;
    }
    if (sub == QStringLiteral("add")) {
        User account;
        account.username = args.value(2);
        account.displayName = displayName;
        account.licenceNo = licence;
        account.insurancePharmacistCode = insuranceCode;
        if (!roleFromKey(role, &account.role)) {
            err(Tr::tr("--role 须为 cashier、pharmacist、manager 或 admin"));
            return 2;
        }
        // Line 1: the acting administrator's password; line 2: the new account's password.
        if (Status s = loginFromStdin(c, actor); !s) {
            err(s.error().userText());
            return 1;
        }
        Result<QString> password =
            readPasswordLine(Tr::tr("新账号 %1 的密码：").arg(account.username));
        if (!password) {
            c.session().logout();
            err(password.error().userText());
            return 1;
        }
        Result<User> added = c.auth().addUser(*c.session().actingUser(), account, *password);
        c.session().logout();
        if (!added) {
            err(added.error().userText());
            return 1;
        }
        out(Tr::tr("已创建账号 %1（%2）").arg(added->username, toDisplayString(added->role)));
        return 0;
    }
    err(Tr::tr("用法：pharmapos users list --user 店长或管理员 | init-admin NAME --name 姓名 | "
               "add NAME --role ROLE --name 姓名 [--licence 证号] [--insurance-code 编码] "
               "--user 管理员"));
    return 2;
}

int runImportPurchases(const AppConfig& config, const QString& user, const QString& file)
{
    // Read whole or refused before anyone logs in: the format, the encoding and the limits.
    const Result<DeliveryNote> note = readDeliveryNote(file);
    if (!note) {
        err(note.error().userText()
            + Tr::tr(
                "（用法：pharmapos inventory import-purchases FILE.csv|FILE.xlsx --user 店长）"));
        return 2;
    }
    return asUser(config, user, [&](Counter& c) {
        const DeliveryImportReport report = importDelivery(
            c.inventory(), *note, QStringLiteral("import:") + QFileInfo(file).fileName());
        for (const QString& line : report.lines)
            out(line);
        return report.received ? 0 : 1;
    });
}

int runAdjust(const AppConfig& config, const QString& user, const QString& productCode,
              const QString& batchNo, const QString& kindKey, qint64 pieces, const QString& reason)
{
    static const QList<std::pair<QString, MovementKind>> kinds{
        {QStringLiteral("loss"), MovementKind::Loss},
        {QStringLiteral("destruction"), MovementKind::Destruction},
        {QStringLiteral("transfer-out"), MovementKind::TransferOut},
        {QStringLiteral("transfer-in"), MovementKind::TransferIn},
        {QStringLiteral("purchase-return"), MovementKind::PurchaseReturn}};
    std::optional<MovementKind> kind;
    for (const auto& [key, k] : kinds)
        if (key == kindKey)
            kind = k;
    if (!kind || productCode.isEmpty() || batchNo.isEmpty() || pieces <= 0) {
        err(Tr::tr("用法：pharmapos inventory adjust --product 编码 --batch 批号 --kind "
                   "loss|destruction|transfer-out|transfer-in|purchase-return --pieces N --reason "
                   "原因 --user 店长"));
        return 2;
    }
    return asUser(config, user, [&](Counter& c) {
        const std::optional<Product> product = c.catalog().findByCode(productCode);
        qint64 batchId = 0;
        if (product)
            for (const BatchStock& s : c.ledger().batchesWithStock(product->id))
                if (s.batch.batchNo == batchNo)
                    batchId = s.batch.id;
        if (batchId == 0) {
            err(Tr::tr("商品 %1 没有有库存的批号 %2").arg(productCode, batchNo));
            return 1;
        }
        Result<QString> doc = c.inventory().adjustStock(batchId, *kind, pieces, reason);
        if (!doc) {
            err(doc.error().userText());
            return 1;
        }
        out(Tr::tr("已过账 %1：%2 %3（最小单位）").arg(*doc, toDisplayString(*kind)).arg(pieces));
        return 0;
    });
}

int runLedgerExport(const AppConfig& config, const QString& user, const QDate& from,
                    const QDate& to, const QString& format, const QString& outPath, bool journal)
{
    if (!from.isValid() || !to.isValid() || outPath.isEmpty()) {
        err(Tr::tr("用法：pharmapos ledger export --from 2026-11-01 --to 2026-11-30 --format csv "
                   "--out FILE --user 店长（密码从标准输入读取）"));
        return 2;
    }
    ExportFormat kind = ExportFormat::Csv;
    if (format == QStringLiteral("xlsx"))
        kind = ExportFormat::Xlsx;
    else if (format == QStringLiteral("pdf"))
        kind = ExportFormat::Pdf;
    else if (!format.isEmpty() && format != QStringLiteral("csv")) {
        err(Tr::tr("--format 须为 csv、xlsx 或 pdf"));
        return 2;
    }
    if (journal && kind != ExportFormat::Csv) {
        err(Tr::tr("库存流水（--journal）以 CSV 导出"));
        return 2;
    }
    return asUser(config, user, [&](Counter& c) {
        if (journal) {
            Result<qint64> rows = c.inventory().exportJournal(from, to, outPath);
            if (!rows) {
                err(rows.error().userText());
                return 1;
            }
            out(Tr::tr("已导出库存流水 %1 条：%2").arg(*rows).arg(outPath));
            return 0;
        }
        const Status exported =
            c.inventory().exportLedger(from, to, config.store.name, kind, outPath);
        if (!exported) {
            err(exported.error().userText());
            return 1;
        }
        out(Tr::tr("已导出进销存台账 %1 至 %2：%3")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), outPath));
        return 0;
    });
}

int runStocktake(const AppConfig& config, const QStringList& args, const QString& user,
                 const QString& scope, const QString& outPath, const QString& reason)
{
    const QString sub = args.value(1);
    if (sub != QStringLiteral("start") && sub != QStringLiteral("apply")) {
        err(Tr::tr("用法：pharmapos stocktake start [--scope 西药|中成药|中药饮片] --out "
                   "盘点单.csv --user 店长\n"
                   "      pharmapos stocktake apply 已填写的盘点单.csv --reason 原因 --user 店长"));
        return 2;
    }
    return asUser(config, user, [&](Counter& c) {
        if (sub == QStringLiteral("start")) {
            // Fixed keys, whatever the UI language: 西药/western, 中成药/patent, 中药饮片/herbal.
            std::optional<DrugType> type;
            if (scope == QStringLiteral("西药") || scope == QStringLiteral("western"))
                type = DrugType::Western;
            else if (scope == QStringLiteral("中成药") || scope == QStringLiteral("patent"))
                type = DrugType::ChinesePatent;
            else if (scope == QStringLiteral("中药饮片") || scope == QStringLiteral("herbal"))
                type = DrugType::HerbalPieces;
            if (!scope.isEmpty() && scope != QStringLiteral("all") && !type) {
                err(Tr::tr(
                    "--scope 须为 all、西药（western）、中成药（patent）或中药饮片（herbal）"));
                return 2;
            }
            Result<StocktakeSheet> sheet = c.inventory().startStocktake(type);
            if (!sheet) {
                err(sheet.error().userText());
                return 1;
            }
            QFile f(outPath);
            const QByteArray csv = stocktakeSheetCsv(*sheet);
            if (outPath.isEmpty() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || f.write(csv) != csv.size()) {
                err(Tr::tr("无法写入盘点单 %1（--out）").arg(outPath));
                return 1;
            }
            out(Tr::tr("盘点单 %1：%2 个批次，已写入 %3。在“实盘数量”列填写清点结果后用 stocktake "
                       "apply 导入。")
                    .arg(sheet->sheetNo)
                    .arg(sheet->lines.size())
                    .arg(outPath));
            return 0;
        }
        // Streamed, with the import limits; a sheet Chinese Excel saved again is GBK.
        QString sheetNo;
        Result<QList<std::pair<qint64, qint64>>> counts =
            countsFromCsvFile(args.value(2), &sheetNo);
        if (!counts) {
            err(counts.error().userText());
            return 1;
        }
        if (Status s = c.inventory().recordCounts(sheetNo, *counts); !s) {
            err(s.error().userText());
            return 1;
        }
        Result<StocktakeResult> done = c.inventory().approveStocktake(sheetNo, reason);
        if (!done) {
            err(done.error().userText());
            return 1;
        }
        out(Tr::tr("盘点单 %1 已审核：%2 个批次调整，盘盈 %3，盘亏 %4（最小单位）")
                .arg(sheetNo)
                .arg(done->adjustedBatches)
                .arg(done->gainPieces)
                .arg(done->lossPieces));
        return 0;
    });
}

int runSaleReturn(const AppConfig& config, const QString& user, const QString& saleNo,
                  const QString& reason)
{
    if (saleNo.isEmpty()) {
        err(Tr::tr(
            "用法：pharmapos sale return 销售单号 --reason 原因 --user 店长（密码从标准输入）"));
        return 2;
    }
    return asUser(config, user, [&](Counter& c) {
        Result<QString> done = c.returns().returnSale(saleNo, reason);
        if (!done) {
            err(done.error().userText());
            return 1;
        }
        out(Tr::tr("销售单 %1 已全单退货：退货单 %2；库存与追溯码已退回，3506 已排队上传")
                .arg(saleNo, *done));
        return 0;
    });
}

namespace {

/// The counter's settlement service, or why there is none.
SettlementService* settlementOf(Counter& c)
{
    if (!c.settlement())
        err(c.settlementProblem().isEmpty() ? Tr::tr("本店未启用医保结算") : c.settlementProblem());
    return c.settlement();
}

constexpr int kSettlementLimitMs = 120000;

/// Reverses (2601) every 2102/2103 an earlier run left without an answer, one at a time as the
/// platform answers; an error when one cannot be resolved now.
Status resolveFirst(SettlementService& s)
{
    QMetaObject::Connection watch;
    const std::optional<Result<int>> left = awaitAnswer<int>(
        [&](std::function<void(Result<int>)> finish) {
            const auto next = [&s, finish] {
                if (s.busy())
                    return; // a 2601 on its way: its answer comes back here
                Result<int> r = s.resolveUnresolved();
                if (!r || *r == 0)
                    finish(std::move(r));
                else if (!s.busy()) // nothing sent: the platform refused every 2601
                    finish(makeError(ErrorCode::DeviceFailure,
                                     Tr::tr("有 %1 笔结果未知的报文未能冲正（2601）").arg(*r),
                                     QStringLiteral("SETTLE-ONCE")));
            };
            watch = QObject::connect(&s, &SettlementService::changed, &s, next);
            next();
        },
        kSettlementLimitMs);
    QObject::disconnect(watch);
    if (!left)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("医保平台未应答冲正（2601）"));
    if (!*left)
        return left->error();
    return {};
}

} // namespace

int runSettleRefund(const AppConfig& config, const QString& user, const QString& settlementNo,
                    const QString& reason)
{
    if (settlementNo.isEmpty()) {
        err(Tr::tr(
            "用法：pharmapos settle refund 结算单号 --reason 原因 --user 店长（密码从标准输入）"));
        return 2;
    }
    return asUser(config, user, [&](Counter& c) {
        SettlementService* s = settlementOf(c);
        if (!s)
            return 1;
        // SETTLE-ONCE: what an earlier run left without an answer is reversed (2601) first.
        if (Status r = resolveFirst(*s); !r) {
            err(r.error().userText());
            return 1;
        }
        const std::optional<Result<QString>> done = awaitAnswer<QString>(
            [&](std::function<void(Result<QString>)> finish) {
                if (Status started = s->refund(settlementNo, reason, finish); !started)
                    finish(started.error());
            },
            kSettlementLimitMs);
        if (!done) {
            err(Tr::tr("医保平台在 %1 秒内未应答：结果未知，下次启动时将冲正（2601）")
                    .arg(kSettlementLimitMs / 1000));
            return 1;
        }
        if (!*done) {
            err(done->error().userText());
            return 1;
        }
        const std::optional<InsuredSettlementRecord> refunded = s->find(settlementNo).value();
        out(Tr::tr("医保结算 %1 已退费（退货单 %2）：统筹与个人账户原路退回医保，请退还现金 %3")
                .arg(settlementNo, **done,
                     refunded ? refunded->split.cash.display() : QStringLiteral("-")));
        return 0;
    });
}

int runSettleReconcile(const AppConfig& config, const QString& user, const QString& dateText,
                       bool json)
{
    const QDate day = dateText.isEmpty() ? QDate() : QDate::fromString(dateText, Qt::ISODate);
    if (!day.isValid()) {
        err(Tr::tr("用法：pharmapos settle reconcile --date YYYY-MM-DD [--json] --user 店长"));
        return 2;
    }
    return asUserWith(config, user, Permission::SettlePooledFund, [&](Counter& c) {
        SettlementService* s = settlementOf(c);
        if (!s)
            return 1;
        const std::optional<Result<ReconcileReport>> done = awaitAnswer<ReconcileReport>(
            [&](std::function<void(Result<ReconcileReport>)> finish) {
                if (Status started = s->reconcile(day, finish); !started)
                    finish(started.error());
            },
            kSettlementLimitMs);
        if (!done) {
            err(Tr::tr("医保平台在 %1 秒内未应答，对账未完成").arg(kSettlementLimitMs / 1000));
            return 1;
        }
        if (!*done) {
            err(done->error().userText());
            return 1;
        }
        const ReconcileReport& report = **done;
        if (json)
            out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
        else
            out(reconciliation::formatReport(report));
        return report.balanced ? 0 : 3;
    });
}

int runTrace(const AppConfig& config, const QString& user, const QString& code,
             const QString& batchNo, bool json)
{
    if (code.isEmpty() == batchNo.isEmpty()) {
        err(Tr::tr("用法：pharmapos trace 追溯码 [--json] --user 店长\n"
                   "      pharmapos trace --batch 批号 [--json] --user 店长"));
        return 2;
    }
    return asUser(config, user, [&](Counter& c) {
        storage::SqlTraceQuery query(c.database());
        TraceService trace(query, c.access());
        if (!code.isEmpty()) {
            Result<BoxTrace> box = trace.box(code);
            if (!box) {
                err(box.error().userText());
                return box.error().code == ErrorCode::NotFound ? 1 : 2;
            }
            out(json ? QString::fromUtf8(QJsonDocument(box->toJson()).toJson()).trimmed()
                     : box->toLines().join(u'\n'));
            return 0;
        }
        Result<QList<BatchTrace>> batches = trace.batch(batchNo);
        if (!batches) {
            err(batches.error().userText());
            return batches.error().code == ErrorCode::NotFound ? 1 : 2;
        }
        if (json) {
            QJsonArray list;
            for (const BatchTrace& b : *batches)
                list.append(b.toJson());
            out(QString::fromUtf8(QJsonDocument(list).toJson()).trimmed());
        } else {
            for (const BatchTrace& b : *batches)
                out(b.toLines().join(u'\n'));
        }
        return 0;
    });
}

int runDevicesList()
{
    struct Row
    {
        QString kind, configValue, device, note;
    };
    QList<Row> rows;
    auto hex4 = [](quint16 v) { return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0')); };

    Result<QList<devices::HidPosCandidate>> hid = devices::listHidPosCandidates();
    if (!hid)
        err(hid.error().userText());
    for (const devices::HidPosCandidate& h : hid ? *hid : QList<devices::HidPosCandidate>()) {
        const QString id = hex4(h.vendorId) + u':' + hex4(h.productId);
        QString note = !h.problem.isEmpty()   ? h.problem
                       : h.barcodeScannerPage ? Tr::tr("HID-POS 扫码枪（用法页 0x8C）")
                                              : Tr::tr("HID 设备，非扫码枪（无用法页 0x8C）");
        rows.append({QStringLiteral("hidpos"),
                     h.barcodeScannerPage ? QStringLiteral("hidpos:") + id : QString(),
                     QStringLiteral("%1 %2 #%3").arg(id, h.product).arg(h.interfaceNumber), note});
    }
    for (const QString& node : devices::EvdevScanner::keyboardNodes())
        rows.append({QStringLiteral("evdev"), QStringLiteral("evdev:") + node,
                     QFileInfo(node).fileName(), Tr::tr("键盘类设备（键盘口扫码枪也在此列）")});
    for (const devices::SerialPortSummary& p : devices::SerialScanner::ports())
        rows.append({QStringLiteral("serial"), QStringLiteral("serial:") + p.path,
                     (p.usbId.isEmpty() ? QString() : p.usbId + u' ') + p.description,
                     p.usbId.isEmpty() ? Tr::tr("串口") : Tr::tr("USB 串口（USB-COM）")});

    out(Tr::tr("扫码枪候选设备（把“配置值”写入门店配置 [devices] scanner=）："));
    if (rows.isEmpty()) {
        out(Tr::tr(
            "未找到任何设备（none found）：无 HID-POS 扫码枪、/dev/input/by-id 下无键盘、无串口。"));
        return 0;
    }
    const QStringList header{Tr::tr("类型"), Tr::tr("配置值"), Tr::tr("设备"), Tr::tr("说明")};
    QList<int> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const Row& r : rows) {
        const QStringList cells{r.kind, r.configValue, r.device, r.note};
        for (int i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], int(cells.at(i).size()));
    }
    auto line = [&](const QStringList& cells) {
        QString l;
        for (int i = 0; i < cells.size(); ++i)
            l += cells.at(i).leftJustified(widths.at(i) + 2);
        out(l.trimmed());
    };
    line(header);
    for (const Row& r : rows)
        line({r.kind, r.configValue.isEmpty() ? QStringLiteral("-") : r.configValue, r.device,
              r.note});
    return 0;
}

namespace {

/// The customer display where `[devices] customer_display` puts it; null when off, or on `auto`
/// with a single screen.
std::unique_ptr<ui::CustomerDisplay> openCustomerDisplay(const AppConfig& config, Counter& c,
                                                         QScreen* counterScreen)
{
    using Mode = CustomerDisplayPlacement::Mode;
    const CustomerDisplayPlacement& place = config.customerDisplay;
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target = nullptr;
    if (place.mode == Mode::Off)
        return nullptr;
    if (place.mode == Mode::Screen) {
        target = screens.value(place.screen - 1);
        if (!target) {
            err(Tr::tr("顾客显示屏：没有第 %1 块屏幕（共 %2 块），未打开")
                    .arg(place.screen)
                    .arg(screens.size()));
            return nullptr;
        }
    } else if (place.mode == Mode::Auto) {
        for (QScreen* s : screens)
            if (s != counterScreen) {
                target = s;
                break;
            }
        if (!target)
            return nullptr;
    }
    camera::SettlementEvidence* evidence =
        c.settlementCamera() ? &c.settlementCamera()->evidence() : nullptr;
    auto display = std::make_unique<ui::CustomerDisplay>(c.sale(), evidence, config.store.name);
    display->setSettlement(c.settlement());
    if (evidence)
        if (Camera* cam = evidence->devices().camera)
            QObject::connect(cam, &Camera::frameReady, display.get(),
                             &ui::CustomerDisplay::showFrame);
    if (target) {
        display->setScreen(target);
        display->setGeometry(target->geometry());
        display->showFullScreen();
    } else {
        display->resize(800, 600);
        display->show();
    }
    return display;
}

} // namespace

int runGui(const AppConfig& config, bool quitWhenReady)
{
    QElapsedTimer sinceAssemble;
    sinceAssemble.start();
    Result<std::unique_ptr<Counter>> counter =
        Counter::assemble(config, std::make_unique<SystemClock>(), Counter::Devices::AsConfigured);
    if (!counter) {
        err(counter.error().userText());
        if (!quitWhenReady)
            QMessageBox::critical(nullptr, Tr::tr("PharmaPOS 无法启动"),
                                  counter.error().userText());
        return 2;
    }
    Counter& c = **counter;
    ui::ShellOptions options;
    options.idleLockMinutes = config.idleLockMinutes;
    options.kiosk = config.kiosk;
    if (config.demo)
        options.loginHint =
            Tr::tr("演示账号：zhangsan（收银员）、lisi（执业药师）、wangwu（店长）、"
                   "admin（系统管理员），密码均为 %1")
                .arg(QString::fromLatin1(kDemoPassword));
    // The manager's archive screen reads through the core's reader (permission and audit there).
    storage::SqlTraceQuery traceQuery(c.database());
    TraceService trace(traceQuery, c.access());
    archive::ArchiveReader archiveReader(c.archiveStore(), c.access());
    ui::MainWindow window(config.store,
                          ui::CounterServices{c.sale(),
                                              c.session(),
                                              c.auth(),
                                              c.duty(),
                                              c.printer(),
                                              c.users(),
                                              &c.inventory(),
                                              &c.ledger(),
                                              &c.clock(),
                                              &c.catalog(),
                                              &c.scanner(),
                                              &c.scanJournal(),
                                              &c.products(),
                                              &c.gate(),
                                              &c.reviews(),
                                              &c.intake(),
                                              &readDeliveryNote,
                                              &c.uploads(),
                                              &c.access(),
                                              &c.personalData(),
                                              c.insuredCheckout(),
                                              c.settlementProblem(),
                                              c.signatureTablet(),
                                              &archiveReader,
                                              &trace,
                                              &c.shifts(),
                                              &c.saleLookup(),
                                              &c.returns()},
                          c.deviceSummary(), options);
    if (ScanInjector* injector = c.scanInjector())
        window.addScannerSimulator(*injector, c.sampleCodes(30));
    // The simulated signature pad: Ctrl+Shift+G writes a demo patient's signature on it.
    if (devices::SimulatedSignatureTablet* pad = c.simulatedSignatureTablet()) {
        auto* write = new QAction(Tr::tr("模拟签名板：写一个签名"), &window);
        write->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+G")));
        QObject::connect(write, &QAction::triggered, pad,
                         &devices::SimulatedSignatureTablet::signSample);
        window.addSettlementAction(write);
    }
    // A real scanner that is missing, unplugged or back says so at the counter.
    QObject::connect(&c.scanner(), &Scanner::availabilityChanged, window.checkout(),
                     [checkout = window.checkout()](bool available, const QString& text) {
                         checkout->showNotice(Notice{
                             available ? Notice::Level::Info : Notice::Level::Warning, text});
                     });
    // A counter screen (often 1024×768) gets the whole screen, its status bar above the bottom
    // edge; a larger desktop gets the window at its own size.
    const QScreen* screen = window.screen();
    if (config.kiosk) {
        window.setWindowFlag(Qt::FramelessWindowHint);
        window.showFullScreen();
    } else if (screen
               && (screen->availableGeometry().width() < 1280
                   || screen->availableGeometry().height() < 840))
        window.showMaximized();
    else
        window.show();
    // The customer display (CAM-CONSENT): on the second screen, when there is one.
    std::unique_ptr<ui::CustomerDisplay> customerDisplay =
        openCustomerDisplay(config, c, window.screen());
    if (c.catalog().productCount() == 0 && !c.auth().needsFirstAdministrator())
        window.checkout()->showNotice(
            Notice{Notice::Level::Warning,
                   Tr::tr("商品目录为空：请由店长导入商品（演示请用 --demo 启动）")});
    // After the first paint: the search index is built in slices through the event loop (2,000
    // products each), so the window answers meanwhile; a search before it is done finishes it.
    QTimer::singleShot(300, &window, [&c] { c.catalog().warmSearchIndex(); });
    if (quitWhenReady) {
        QTimer::singleShot(0, &window, [&] {
            out(QStringLiteral("ready-ms %1").arg(sinceAssemble.elapsed()));
            QCoreApplication::quit();
        });
    }
    return QCoreApplication::exec();
}

int runKeysCommand(const AppConfig& config, const CommandContext& context)
{
    QStringList args = context.line.words();
    args << context.line.asWords(
        {QStringLiteral("out"), QStringLiteral("in"), QStringLiteral("force")});
    storage::crypto::KeyStoreSettings settings = storage::crypto::KeyStoreSettings::forDataDir(
        config.dataDir, QProcessEnvironment::systemEnvironment());
    settings.keyDir = config.effectiveKeyDir();
    SystemClock clock;
    KeysCommandContext keys;
    keys.keys = settings;
    keys.progressPath = QDir(config.dataDir).filePath(QStringLiteral("key-rotation.progress"));
    keys.secrets = &context.secrets;
    keys.clock = &clock;
    const QString sub = args.value(1);
    if (sub == QStringLiteral("restore")) // the store cannot open without the key: no login
        return runKeys(args, keys, context.out, context.err);
    if (sub != QStringLiteral("status") && sub != QStringLiteral("backup")) {
        context.err << Tr::tr("用法：pharmapos keys status | backup --out 文件 [--force] | "
                              "restore --in 文件")
                    << Qt::endl;
        return 2;
    }
    return asUserWith(config, context.line.value(QStringLiteral("user")),
                      Permission::ConfigureStore, [&](Counter& c) {
                          keys.holders = c.privacy().holders();
                          keys.audit = &c.audit();
                          keys.actor = c.session().actingUser()->username;
                          return runKeys(args, keys, context.out, context.err);
                      });
}

QList<Subcommand> counterSubcommands()
{
    return {
        {{QStringLiteral("demo")},
         {},
         QT_TRANSLATE_NOOP("commands", "无界面运行内置演示场景（演示门店，模拟设备），逐步打印"),
         CommandNeeds::DemoStore,
         false,
         [](const CommandContext& c) { return runDemo(*c.config); }},
        {{QStringLiteral("run-script")},
         QStringLiteral("FILE [--json]"),
         QT_TRANSLATE_NOOP(
             "commands", "按 JSON 脚本驱动收银流程（模拟设备；不给 --data-dir 时用临时演示门店）"),
         CommandNeeds::ScriptStore,
         false,
         [](const CommandContext& c) {
             if (c.line.word(1).isEmpty()) {
                 c.err << Tr::tr("用法：pharmapos run-script FILE [--json]") << Qt::endl;
                 return 2;
             }
             return runScript(*c.config, c.line.word(1), c.line.isSet(QStringLiteral("json")));
         }},
        {{QStringLiteral("sale"), QStringLiteral("find")},
         QStringLiteral("TEXT"),
         QT_TRANSLATE_NOOP(
             "commands",
             "查单：按单号、小票末几位、追溯码、金额（23.50）、时间（09:30 / 2026-11-23）"
             "或商品找销售，新的在前，最多 50 单"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& ctx) {
             const QString text = ctx.line.word(2);
             if (text.isEmpty()) {
                 ctx.err << Tr::tr("用法：pharmapos sale find 单号|末几位|追溯码|金额|时间|商品 "
                                   "--user 用户")
                         << Qt::endl;
                 return 2;
             }
             return asUser(*ctx.config, ctx.line.value(QStringLiteral("user")), [&](Counter& c) {
                 Result<SaleLookup::Reading> reading = c.saleLookup().read(text);
                 if (!reading) {
                     ctx.err << reading.error().userText() << Qt::endl;
                     return 1;
                 }
                 Result<QList<SaleSummary>> found = c.saleLookup().find(text);
                 if (!found) {
                     ctx.err << found.error().userText() << Qt::endl;
                     return 1;
                 }
                 ctx.out << Tr::tr("%1：%2 单").arg(reading->meaning).arg(found->size())
                         << Qt::endl;
                 for (const SaleSummary& s : *found)
                     ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8")
                                    .arg(s.saleNo,
                                         s.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                         s.terminal, s.operatorName, s.total.display(),
                                         s.paymentMethod, s.items,
                                         s.returned ? Tr::tr("  【已退货】") : QString())
                             << Qt::endl;
                 return found->isEmpty() ? 1 : 0;
             });
         }},
        {{QStringLiteral("sale"), QStringLiteral("reprint")},
         QStringLiteral("SALE-NO"),
         QT_TRANSLATE_NOOP("commands", "补打任一销售的小票（标【补打】，记入补打记录）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& ctx) {
             const QString no = ctx.line.word(2);
             if (no.isEmpty()) {
                 ctx.err << Tr::tr("用法：pharmapos sale reprint 单号 --user 用户") << Qt::endl;
                 return 2;
             }
             return asUser(*ctx.config, ctx.line.value(QStringLiteral("user")), [&](Counter& c) {
                 Result<PaymentOutcome> r = c.sale().reprint(no);
                 if (!r) {
                     ctx.err << r.error().userText() << Qt::endl;
                     return 1;
                 }
                 ctx.out << Tr::tr("已补打 %1").arg(r->sale.saleNo);
                 if (!r->receiptPath.isEmpty())
                     ctx.out << Tr::tr("：%1").arg(r->receiptPath);
                 ctx.out << Qt::endl;
                 return 0;
             });
         }},
        {{QStringLiteral("shift"), QStringLiteral("day")},
         QStringLiteral("[--date YYYY-MM-DD]"),
         QT_TRANSLATE_NOOP("commands",
                           "日结：当日各收银台的销售、现金、医保、退货，各班次的应有、实点与长短款"
                           "（店长，记入审计；不给日期为今天）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& ctx) {
             const QString text = ctx.line.value(QStringLiteral("date"));
             const QDate asked = QDate::fromString(text, Qt::ISODate);
             if (!text.isEmpty() && !asked.isValid()) {
                 ctx.err << Tr::tr("用法：pharmapos shift day --date 2026-11-23 --user 店长")
                         << Qt::endl;
                 return 2;
             }
             return asUser(*ctx.config, ctx.line.value(QStringLiteral("user")), [&](Counter& c) {
                 const QDate day = asked.isValid() ? asked : c.clock().now().date();
                 Result<DayClose> close = c.shifts().dayClose(day);
                 if (!close) {
                     ctx.err << close.error().userText() << Qt::endl;
                     return 1;
                 }
                 ctx.out << dayCloseSheet(*close, c.config().store.name).join(u'\n') << Qt::endl;
                 return 0;
             });
         }},
    };
}

} // namespace pos::app
