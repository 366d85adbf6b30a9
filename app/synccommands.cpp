#include "app/synccommands.h"

#include "app/awaitanswer.h"
#include "app/commandtable.h"
#include "app/core/insurance/insurancecatalog.h"
#include "app/core/ports/clock.h"
#include "app/core/staff/authservice.h"
#include "app/core/staff/session.h"
#include "app/core/upload/reconciliation.h"
#include "app/core/upload/uploadengine.h"
#include "app/core/upload/uploadservice.h"
#include "app/openstore.h"
#include "app/platformconfig.h"
#include "app/platformlink.h"
#include "app/secretinput.h"
#include "storage/database.h"
#include "storage/opensslpasswordhasher.h"
#include "storage/sqlinsurancecatalog.h"
#include "storage/sqlstaffrepositories.h"
#include "storage/sqluploadqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

namespace pos::app {

namespace {
/// Translation context "SyncCommands" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

/// Everything one `sync` command works with, opened on the store's database.
struct Store
{
    SystemClock clock;
    std::unique_ptr<OpenStore> store; ///< the database with its key: every write is sealed
    storage::Database* db = nullptr;
    std::unique_ptr<storage::SqlUploadQueue> queue;
    std::unique_ptr<storage::SqlInsuranceCatalog> catalog;
    std::unique_ptr<storage::SqlUserRepository> users;
    std::unique_ptr<storage::SqlAuditLog> audit;
    std::unique_ptr<storage::OpenSslPasswordHasher> hasher;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<Session> session;
    std::unique_ptr<AccessControl> access;
    std::unique_ptr<upload::UploadService> service;
    PlatformSettings platform;
};

QString option(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 ? args.value(i + 1) : QString();
}

Result<std::unique_ptr<Store>> open(const AppConfig& config)
{
    auto s = std::make_unique<Store>();
    Result<PlatformSettings> platform =
        PlatformSettings::loadForStore(config.dataDir, config.configPath);
    if (!platform)
        return platform.error();
    s->platform = *platform;
    Result<std::unique_ptr<OpenStore>> store = OpenStore::open(config, s->clock);
    if (!store)
        return store.error();
    s->store = std::move(store).value();
    s->db = &s->store->database();
    s->queue = std::make_unique<storage::SqlUploadQueue>(*s->db, config.store.fixmedinsCode,
                                                         s->platform.msgIdBlock);
    s->catalog = std::make_unique<storage::SqlInsuranceCatalog>(*s->db);
    s->users = std::make_unique<storage::SqlUserRepository>(*s->db);
    s->audit = std::make_unique<storage::SqlAuditLog>(*s->db);
    s->hasher = std::make_unique<storage::OpenSslPasswordHasher>(config.passwordIterations);
    s->auth =
        std::make_unique<AuthService>(*s->users, *s->hasher, *s->audit, s->clock, config.lockout);
    s->session = std::make_unique<Session>(*s->auth, *s->audit, s->clock);
    s->access = std::make_unique<AccessControl>(*s->session, *s->audit, s->clock);
    s->service = std::make_unique<upload::UploadService>(*s->queue, *s->access, s->clock);
    if (s->platform.enabled) {
        const PlatformSettings settings = s->platform;
        const StoreProfile store = config.store;
        const Clock& clock = s->clock;
        s->service->setGatewayFactory(
            [settings, store, &clock](UploadQueue& q) {
                return makePlatformGateway(settings, store, clock, q);
            },
            signInInput(settings));
    }
    return s;
}

Status login(Store& s, const QStringList& args, SecretInput& in)
{
    const QString user = option(args, QStringLiteral("--user"));
    if (user.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("需要 --user 账号（密码从标准输入读取）"));
    Result<storage::crypto::SecretBytes> password = in.read(Tr::tr("%1 的密码：").arg(user));
    if (!password)
        return makeError(ErrorCode::InvalidInput, Tr::tr("没有读到 %1 的密码").arg(user));
    QString typed = QString::fromUtf8(password->view());
    Result<User> u = s.session->login(user, typed);
    storage::crypto::cleanse(typed);
    if (!u)
        return u.error();
    return {};
}

QString describe(const UploadRecord& r)
{
    return Tr::tr("#%1 %2 %3 %4%5")
        .arg(r.id)
        .arg(r.infno, r.docRef, toDisplayString(r.state),
             r.platformMessage.isEmpty() ? QString() : Tr::tr("：%1").arg(r.platformMessage));
}

int status(Store& s, QTextStream& out)
{
    const UploadQueueStatus q = s.service->status();
    const QDateTime now = s.clock.now();
    out << upload::UploadService::linkSummary(q, now) << '\n';
    // "待上传" is what reaches the platform still; the kept counts, never counted rows.
    out << Tr::tr("待上传：%1 条").arg(q.waiting()) << '\n';
    out << Tr::tr("被拒：%1 条　待核实：%2 条　已上传：%3 条　已撤回：%4 条")
               .arg(q.rejected)
               .arg(q.unknown)
               .arg(q.accepted)
               .arg(q.withdrawn)
        << '\n';
    out << Tr::tr("最早一条：%1")
               .arg(q.oldestWaiting.isValid()
                        ? q.oldestWaiting.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : Tr::tr("（无）"))
        << '\n';
    out << Tr::tr("最近成功：%1")
               .arg(q.lastSuccess.isValid()
                        ? q.lastSuccess.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : Tr::tr("（从未）"))
        << '\n';
    if (!q.lastError.isEmpty())
        out << Tr::tr("最近错误：%1").arg(q.lastError) << '\n';
    out << Tr::tr("平台连接：%1")
               .arg(s.platform.enabled ? s.platform.profile.url.toString()
                                       : Tr::tr("未配置（[platform] link=off）"))
        << '\n';
    out << InsuranceCatalog(*s.catalog).label() << '\n';
    const QList<UploadRecord> problems = s.service->problems(20);
    if (!problems.isEmpty()) {
        out << Tr::tr("待处理：") << '\n';
        for (const UploadRecord& r : problems)
            out << "  " << describe(r) << '\n';
    }
    return 0;
}

int show(Store& s, const QStringList& args, QTextStream& out, QTextStream& err)
{
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    const std::optional<UploadRecord> r = ok ? s.service->record(id) : std::nullopt;
    if (!r) {
        err << Tr::tr("没有上传记录 %1").arg(args.value(1)) << '\n';
        return 1;
    }
    out << describe(*r) << '\n';
    out << Tr::tr("写入：%1　尝试：%2 次　报文ID：%3")
               .arg(r->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
               .arg(r->attempts)
               .arg(r->msgId.isEmpty() ? Tr::tr("（无）") : r->msgId)
        << '\n';
    if (!r->priorMsgIds.isEmpty())
        out << Tr::tr("此前报文ID：%1").arg(r->priorMsgIds) << '\n';
    out << QString::fromUtf8(QJsonDocument(r->payload).toJson(QJsonDocument::Indented));
    return 0;
}

int run(Store& s, const AppConfig& config, const QStringList& args, QTextStream& out,
        QTextStream& err)
{
    if (!s.platform.enabled) {
        err << Tr::tr("未配置医保平台连接：在 [platform] 中设置 link=https") << '\n';
        return 2;
    }
    Result<std::unique_ptr<PlatformGateway>> gateway =
        makePlatformGateway(s.platform, config.store, s.clock, *s.queue);
    if (!gateway) {
        err << gateway.error().userText() << '\n';
        return 2;
    }
    const int timeoutS = option(args, QStringLiteral("--timeout-s")).isEmpty()
                             ? 60
                             : option(args, QStringLiteral("--timeout-s")).toInt();
    upload::UploadEngine engine(*s.queue, **gateway, s.clock, s.platform.policy);
    int accepted = 0, rejected = 0;
    engine.setObserver([&](const upload::UploadEvent& e) {
        if (e.kind == upload::UploadEvent::Kind::Accepted)
            ++accepted;
        else if (e.kind == upload::UploadEvent::Kind::Rejected)
            ++rejected;
    });
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QElapsedTimer elapsed;
    elapsed.start();
    bool stop = false;
    std::function<void()> pump = [&] {
        while (!stop) {
            if (elapsed.elapsed() > qint64(timeoutS) * 1000) {
                loop.quit();
                return;
            }
            switch (engine.step()) {
            case upload::UploadEngine::Step::Worked: continue;
            case upload::UploadEngine::Step::Busy:
                QTimer::singleShot(0, &loop, [&] { engine.prepareNext(); });
                return;
            case upload::UploadEngine::Step::Idle:
            case upload::UploadEngine::Step::Failed: loop.quit(); return;
            case upload::UploadEngine::Step::Waiting:
                timer.start(int(qBound<qint64>(0, s.clock.now().msecsTo(engine.nextDue()),
                                               qint64(timeoutS) * 1000)));
                return;
            }
        }
    };
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] { pump(); });
    engine.setOnSettled([&] { QTimer::singleShot(0, &loop, [&] { pump(); }); });
    QTimer::singleShot(0, &loop, [&] { pump(); });
    loop.exec();
    stop = true;
    engine.detach();
    const UploadQueueStatus q = s.queue->status();
    out << Tr::tr("本次上传成功 %1 条，被拒 %2 条").arg(accepted).arg(rejected) << '\n';
    out << upload::UploadService::linkSummary(q, s.clock.now()) << '\n';
    if (!engine.lastError().isEmpty())
        err << engine.lastError() << '\n';
    return q.waiting() == 0 && q.rejected == 0 ? 0 : 1;
}

int reconcile(Store& s, const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QDate from = QDate::fromString(option(args, QStringLiteral("--from")), Qt::ISODate);
    const QDate to = QDate::fromString(option(args, QStringLiteral("--to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid()) {
        err << Tr::tr(
            "用法：pharmapos sync reconcile --from 2026-11-01 --to 2026-11-30 --user 店长")
            << '\n';
        return 2;
    }
    const std::optional<Result<upload::ReconReport>> report = awaitAnswer<upload::ReconReport>(
        [&](auto done) { s.service->reconcile(from, to, done); }, 300'000);
    if (!report || !report->ok()) {
        err << (report ? report->error().userText() : Tr::tr("平台在规定时间内没有答完")) << '\n';
        return 1;
    }
    const upload::ReconReport& r = **report;
    out << r.summary() << '\n';
    out << Tr::tr(
               "本店销售记录 %1 条，平台 %2 条；已售追溯码本店 %3 个，平台 %4 个；核对库存商品 %5 种")
               .arg(r.storeRecords)
               .arg(r.platformRecords)
               .arg(r.storeCodes)
               .arg(r.platformCodes)
               .arg(r.products)
        << '\n';
    for (const upload::ReconDifference& d : r.differences)
        out << Tr::tr("%1\t%2\t%3\t%4").arg(d.area, toDisplayString(d.kind), d.key, d.detail)
            << '\n';
    return r.unexplained() == 0 ? 0 : 1;
}

int catalog(Store& s, const QStringList& args, QTextStream& out, QTextStream& err)
{
    const bool full = args.contains(QStringLiteral("--full"));
    const std::optional<Result<CatalogInfo>> info = awaitAnswer<CatalogInfo>(
        [&](auto done) { s.service->downloadCatalog(*s.catalog, s.clock, full, done); }, 600'000);
    if (!info || !info->ok()) {
        err << (info ? info->error().userText() : Tr::tr("平台在规定时间内没有答完")) << '\n';
        return 1;
    }
    out << Tr::tr("已下载：医保目录 %1 条，支付标准 %2 条")
               .arg((*info)->entries)
               .arg((*info)->standards)
        << '\n';
    out << InsuranceCatalog(*s.catalog).label() << '\n';
    return 0;
}

int usage(QTextStream& err, const QString& why)
{
    err << why << '\n'
        << Tr::tr(
               "用法：pharmapos sync status | show ID | run [--timeout-s N] | retry ID --user U |\n"
               "      correct ID FILE.json --user U | withdraw ID --reason R --user U |\n"
               "      reconcile --from D --to D --user U | catalog [--full] --user U")
        << '\n';
    return 2;
}

} // namespace

int runSync(const AppConfig& config, const QStringList& args, SecretInput& in, QTextStream& out,
            QTextStream& err)
{
    const QString sub = args.value(0);
    static const QStringList known{QStringLiteral("status"),    QStringLiteral("show"),
                                   QStringLiteral("run"),       QStringLiteral("retry"),
                                   QStringLiteral("correct"),   QStringLiteral("withdraw"),
                                   QStringLiteral("reconcile"), QStringLiteral("catalog")};
    if (!known.contains(sub))
        return usage(err, Tr::tr("sync：未知的操作“%1”").arg(sub));
    Result<std::unique_ptr<Store>> opened = open(config);
    if (!opened) {
        err << opened.error().userText() << '\n';
        return 2;
    }
    Store& s = **opened;
    // Every sync command shows store data or changes what reaches the platform: a manager or an
    // administrator, logged in (STAFF-ROLES).
    if (Status l = login(s, args, in); !l) {
        err << l.error().userText() << '\n';
        return 1;
    }
    if (Status allowed = s.access->require(Permission::ViewAudit, Tr::tr("上传队列")); !allowed) {
        err << allowed.error().userText() << '\n';
        return 1;
    }
    if (sub == u"status")
        return status(s, out);
    if (sub == u"show")
        return show(s, args, out, err);
    if (sub == u"run")
        return run(s, config, args, out, err);
    int code = 1;
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (sub == u"retry") {
        const Status r = ok ? s.service->retry(id)
                            : Status(makeError(ErrorCode::InvalidInput, Tr::tr("需要记录编号")));
        if (r) {
            out << Tr::tr("记录 %1 已排队重新上传（结果未知的记录先向平台核实）").arg(id) << '\n';
            code = 0;
        } else {
            err << r.error().userText() << '\n';
        }
    } else if (sub == u"correct") {
        QFile f(args.value(2));
        QJsonParseError pe;
        const QJsonDocument doc = f.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(f.readAll(), &pe)
                                      : QJsonDocument();
        if (!ok || !doc.isObject()) {
            err << Tr::tr(
                "用法：pharmapos sync correct ID 更正后的记录.json --user 店长（JSON 对象）")
                << '\n';
            code = 2;
        } else if (const Status r = s.service->correct(id, doc.object()); r) {
            out << Tr::tr("记录 %1 已更正并排队重新上传").arg(id) << '\n';
            code = 0;
        } else {
            err << r.error().userText() << '\n';
        }
    } else if (sub == u"withdraw") {
        const Result<qint64> r =
            ok ? s.service->withdraw(id, option(args, QStringLiteral("--reason")))
               : Result<qint64>(makeError(ErrorCode::InvalidInput, Tr::tr("需要记录编号")));
        if (r) {
            out << (*r == 0 ? Tr::tr("记录 %1 已撤回（平台未收录，无需 3507）").arg(id)
                            : Tr::tr("记录 %1 的撤回已排队：3507 记录 #%2").arg(id).arg(*r))
                << '\n';
            code = 0;
        } else {
            err << r.error().userText() << '\n';
        }
    } else if (sub == u"reconcile") {
        code = reconcile(s, args, out, err);
    } else if (sub == u"catalog") {
        code = catalog(s, args, out, err);
    }
    s.session->logout();
    return code;
}

QList<Subcommand> syncSubcommands()
{
    struct Entry
    {
        const char* word;
        const char* synopsis;
        const char* help;
    };
    static const Entry kEntries[] = {
        {"status", "", QT_TRANSLATE_NOOP("commands", "上传队列、平台连接、医保目录；被拒的记录")},
        {"show", "ID", QT_TRANSLATE_NOOP("commands", "一条上传记录：状态、平台的答复、内容")},
        {"run", "[--timeout-s 60]", QT_TRANSLATE_NOOP("commands", "在本进程中立即发送上传队列")},
        {"retry", "ID", QT_TRANSLATE_NOOP("commands", "重新发送被拒或等待中的记录")},
        {"correct", "ID FILE.json", QT_TRANSLATE_NOOP("commands", "更正被拒的记录并重发")},
        {"withdraw", "ID --reason R",
         QT_TRANSLATE_NOOP("commands", "撤回：已被接收的记录以 3507 删除，被拒的记录搁置")},
        {"reconcile", "--from D --to D",
         QT_TRANSLATE_NOOP("commands",
                           "与平台对账（3508/3511/3513），列出每处差异；有差异时退出码 1")},
        {"catalog", "[--full]", QT_TRANSLATE_NOOP("commands", "下载医保目录（1312/1318）")},
    };
    QList<Subcommand> list;
    for (const Entry& e : kEntries)
        list.append(Subcommand{{QStringLiteral("sync"), QString::fromLatin1(e.word)},
                               QString::fromLatin1(e.synopsis),
                               e.help,
                               CommandNeeds::Store,
                               true,
                               [](const CommandContext& c) {
                                   // The words after "sync", with the options the sync commands read themselves.
                                   QStringList args = c.line.words().mid(1);
                                   args << c.line.asWords(
                                       {QStringLiteral("user"), QStringLiteral("from"),
                                        QStringLiteral("to"), QStringLiteral("reason"),
                                        QStringLiteral("timeout-s"), QStringLiteral("full")});
                                   return runSync(*c.config, args, c.secrets, c.out, c.err);
                               }});
    return list;
}

} // namespace pos::app
