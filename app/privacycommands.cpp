#include "app/privacycommands.h"

#include "app/appconfig.h"
#include "app/commandtable.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/privacy/personaldataaccess.h"
#include "app/core/privacy/privacyreport.h"
#include "app/core/sale.h"
#include "app/core/staff/session.h"
#include "app/inifile.h"
#include "app/openstore.h"
#include "app/privacywiring.h"
#include "storage/crypto/keyring.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/sqlprescriptionrepository.h"
#include "storage/sqlsalerepository.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pos::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommands)
};

int usage(QTextStream& err)
{
    err << Tr::tr("用法：pharmapos privacy report | retention run [--dry-run]") << Qt::endl;
    return 2;
}

int report(const PrivacyCommandContext& c, QTextStream& out)
{
    PrivacyReport r = buildPrivacyReport(c.targets, c.policy, c.clock->now());
    r.currentKeyId = storage::crypto::keyIdHex(c.currentKeyId);
    bool plainLeft = false;
    for (storage::crypto::EncryptedHolder* h : c.holders) {
        Result<storage::crypto::HolderCensus> census = h->census();
        EncryptionCensusRow row;
        row.holder = h->name();
        if (census) {
            for (auto it = census->byKeyId.cbegin(); it != census->byKeyId.cend(); ++it)
                row.byKeyId.insert(storage::crypto::keyIdHex(it.key()), it.value());
            row.plain = census->plain;
            plainLeft = plainLeft || row.plain > 0;
        } else {
            row.holder += Tr::tr("（无法统计：%1）").arg(census.error().message);
        }
        r.encryption.append(row);
    }
    for (const QString& line : r.toLines())
        out << line << Qt::endl;
    return r.ok() && !plainLeft ? 0 : 1;
}

int retention(const QStringList& args, const PrivacyCommandContext& c, QTextStream& out,
              QTextStream& err)
{
    if (args.size() < 3 || args.at(2) != QStringLiteral("run"))
        return usage(err);
    if (!c.audit) {
        err << Tr::tr("没有审计日志，不执行删除") << Qt::endl;
        return 1;
    }
    const bool dryRun = args.contains(QStringLiteral("--dry-run"));
    RetentionService service(c.policy, c.targets, *c.audit, *c.clock, c.actor);
    const RetentionRunReport report = service.run(dryRun);
    for (const QString& line : retentionReportLines(report, c.policy))
        out << line << Qt::endl;
    if (!dryRun && report.removed() > 0 && c.afterRemoval) {
        if (Status s = c.afterRemoval(); !s) {
            err << s.error().userText() << Qt::endl;
            return 1;
        }
    }
    return report.ok() ? 0 : 1;
}

} // namespace

QStringList retentionReportLines(const RetentionRunReport& report, const RetentionPolicy& policy)
{
    QStringList lines;
    lines << (report.dryRun ? Tr::tr("保存期限检查（试运行，未删除任何数据）：%1")
                            : Tr::tr("保存期限清理：%1"))
                 .arg(report.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (const RetentionTargetReport& t : report.targets) {
        const RetentionRule& rule = policy.rule(t.kind);
        const QString verb =
            t.action == RetentionAction::Delete ? Tr::tr("删除") : Tr::tr("匿名化");
        QString line = Tr::tr("%1（%2，保存 %3，法定最短 %4）：%5 %6 条")
                           .arg(t.target, toDisplayString(t.kind), rule.period.toDisplayString(),
                                rule.legalMinimum.isZero() ? Tr::tr("无")
                                                           : rule.legalMinimum.toDisplayString(),
                                verb)
                           .arg(t.removed);
        if (t.keptByMinimum + t.keptByHold > 0)
            line +=
                Tr::tr("；未到期保留 %1 条，另有保全 %2 条").arg(t.keptByMinimum).arg(t.keptByHold);
        if (!t.removedIds.isEmpty())
            line += QStringLiteral("：") + t.removedIds.join(u',')
                    + (t.removed > t.removedIds.size() ? QStringLiteral("…") : QString());
        if (!t.error.isEmpty())
            line += Tr::tr("；出错：%1").arg(t.error);
        lines << line;
    }
    return lines;
}

int runPrivacy(const QStringList& args, const PrivacyCommandContext& context, QTextStream& out,
               QTextStream& err)
{
    if (args.size() < 2 || args.first() != QStringLiteral("privacy") || !context.clock)
        return usage(err);
    if (args.at(1) == QStringLiteral("report"))
        return report(context, out);
    if (args.at(1) == QStringLiteral("retention"))
        return retention(args, context, out, err);
    return usage(err);
}

Result<RetentionPolicy> retentionPolicyFor(const AppConfig& config)
{
    if (config.configPath.isEmpty())
        return RetentionPolicy::defaults();
    Result<IniFile> ini = IniFile::read(config.configPath);
    if (!ini)
        return ini.error();
    QList<std::pair<QString, QString>> pairs;
    for (const IniEntry& e : ini->entries())
        if (e.section == QStringLiteral("retention"))
            pairs.append({e.key, e.value.trimmed()});
    Result<RetentionPolicy> policy = RetentionPolicy::fromSettings(pairs);
    if (!policy)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("配置文件 %1 的 [retention]：%2")
                             .arg(config.configPath, policy.error().message));
    return policy;
}

int runPrivacyCommand(const AppConfig& config, const CommandContext& context)
{
    QStringList args = context.line.words();
    if (context.line.isSet(QStringLiteral("dry-run")))
        args << QStringLiteral("--dry-run");
    const bool report = args.value(1) == QStringLiteral("report");
    Result<RetentionPolicy> policy = retentionPolicyFor(config);
    if (!policy) {
        context.err << policy.error().userText() << Qt::endl;
        return 2;
    }
    // The report lists what the store holds (counts and ages, no values): the audit viewers'. The
    // retention run deletes: whoever configures the store.
    int refused = 0;
    std::unique_ptr<CommandSession> session = CommandSession::openAs(
        config, context.line.value(QStringLiteral("user")), context.secrets,
        report ? Permission::ViewAudit : Permission::ConfigureStore, context.err, refused);
    if (!session)
        return refused;
    CommandSession& s = *session;
    PrivacyWiring& wiring = s.store().privacy();
    PrivacyCommandContext c;
    c.targets = wiring.targets();
    c.holders = wiring.holders();
    c.currentKeyId = s.store().fieldCipher().currentKeyId();
    c.policy = *policy;
    c.audit = &s.audit();
    c.clock = &s.clock();
    c.actor = s.actor();
    c.afterRemoval = [&wiring] { return wiring.flushRemovedPages(); };
    return runPrivacy(args, c, context.out, context.err);
}

int runPrivacyShowCommand(const AppConfig& config, const CommandContext& context)
{
    const QString target = context.line.word(2).trimmed();
    if (target.isEmpty()) {
        context.err << Tr::tr("用法：pharmapos privacy show 销售单号|处方号 --user 账号 "
                              "[--purpose 查看原因]")
                    << Qt::endl;
        return 2;
    }
    // Anyone who may sell may ask; what they see is decided per value by the role table.
    int refused = 0;
    std::unique_ptr<CommandSession> session =
        CommandSession::openAs(config, context.line.value(QStringLiteral("user")), context.secrets,
                               Permission::Sell, context.err, refused);
    if (!session)
        return refused;
    CommandSession& s = *session;
    QString purpose = context.line.value(QStringLiteral("purpose")).trimmed();
    if (purpose.isEmpty())
        purpose = Tr::tr("命令行查看");
    PersonalDataAccess access(s.session(), s.audit(), s.clock());
    const auto show = [&](const QString& label, PersonalKind kind, const QString& value) {
        if (value.isEmpty()) {
            context.out << label << Tr::tr("：（无）") << Qt::endl;
            return true;
        }
        const Result<QString> shown =
            access.fullOrMasked(kind, target, purpose, [value] { return Result<QString>(value); });
        if (!shown) {
            context.err << shown.error().userText() << Qt::endl;
            return false;
        }
        context.out << label << Tr::tr("：") << *shown << Qt::endl;
        return true;
    };
    storage::Database& db = s.store().database();
    const FieldCipher& cipher = s.store().fieldCipher();
    const storage::SqlSaleRepository sales(db, cipher);
    if (const std::optional<CompletedSale> sale = sales.findBySaleNo(target)) {
        context.out << Tr::tr("销售单 %1").arg(target) << Qt::endl;
        return show(Tr::tr("登记购买人身份证号（CTRL-EPHEDRINE）"), PersonalKind::IdNumber,
                    sale->buyerIdNumber)
                   ? 0
                   : 1;
    }
    const storage::SqlPrescriptionRepository prescriptions(db, cipher);
    if (const std::optional<Prescription> rx = prescriptions.find(target)) {
        context.out << Tr::tr("处方 %1").arg(target) << Qt::endl;
        const bool ok =
            show(Tr::tr("患者姓名"), PersonalKind::PersonName, rx->patient.name)
            && show(Tr::tr("患者身份证号"), PersonalKind::IdNumber, rx->patient.idNumber);
        return ok ? 0 : 1;
    }
    context.err << Tr::tr("没有销售单或处方“%1”").arg(target) << Qt::endl;
    return 1;
}

} // namespace pos::app
