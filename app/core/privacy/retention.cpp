#include "app/core/privacy/retention.h"

#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
};

constexpr int kPageSize = 500;
constexpr int kIdsInReport = 50;
/// Candidates are found with this much slack and each checked exactly (month lengths differ).
constexpr int kCutoffSlackDays = 4;

RetentionRule builtIn(RetentionKind kind)
{
    // Legal minimums: only what a source in ../shared/seeds or REQUIREMENTS.md states. Where the
    // law names no period (faces, clips), the minimum is zero and the default is short
    // (CAM-CONSENT: shortest retention); faces and clips that belong to a settlement archive are
    // kept by the archive's hold (RetentionItem::heldUntil), not by this rule.
    switch (kind) {
    case RetentionKind::FaceImage:
        return {kind, RetentionPeriod{}, RetentionPeriod::ofDays(90),
                QStringLiteral("CAM-CONSENT（人脸识别技术应用安全管理办法：最短保存）")};
    case RetentionKind::VideoClip:
        return {kind, RetentionPeriod{}, RetentionPeriod::ofDays(180),
                QStringLiteral(
                    "CAM-VIDEO / CAM-BACKUP（赣医保字〔2024〕9号 §一(四)：备份留存，未定期限）")};
    case RetentionKind::CashSalePersonal:
        return {kind, RetentionPeriod{}, RetentionPeriod::ofDays(90),
                QStringLiteral(
                    "DATA-PRIVACY（个人信息保护法：保存期限为实现处理目的所必要的最短时间）")};
    case RetentionKind::EphedrineRegister:
        // To be confirmed: GSP keeps sales records at least 5 years; the 2012 ephedrine notice
        // names no period of its own. Ask the store's compliance officer before lowering it.
        return {kind, RetentionPeriod::ofYears(5), RetentionPeriod::ofYears(5),
                QStringLiteral("CTRL-EPHEDRINE / GSP（销售记录至少保存 5 年）")};
    case RetentionKind::PrescriptionArchive:
        return {
            kind, RetentionPeriod::ofYears(2), RetentionPeriod::ofYears(2),
            QStringLiteral("RX-ARCHIVE-2Y（赣医保字〔2024〕9号 §四(二)：处方档案保存不少于2年）")};
    case RetentionKind::SettlementArchive:
        return {kind, RetentionPeriod::ofYears(2), RetentionPeriod::ofYears(2),
                QStringLiteral("SETTLE-SLIP / RX-ARCHIVE-2Y（结算单与处方一并归档，不少于2年）")};
    case RetentionKind::ScanJournalPayload:
        return {kind, RetentionPeriod{}, RetentionPeriod::ofDays(30),
                QStringLiteral("DATA-PRIVACY（扫码日志只为排查，凭证内容不需长期保存）")};
    }
    return {kind, RetentionPeriod{}, RetentionPeriod{}, QString()};
}

} // namespace

QList<RetentionKind> allRetentionKinds()
{
    return {RetentionKind::FaceImage,           RetentionKind::VideoClip,
            RetentionKind::CashSalePersonal,    RetentionKind::EphedrineRegister,
            RetentionKind::PrescriptionArchive, RetentionKind::SettlementArchive,
            RetentionKind::ScanJournalPayload};
}

QString retentionKindKey(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::FaceImage: return QStringLiteral("faces");
    case RetentionKind::VideoClip: return QStringLiteral("clips");
    case RetentionKind::CashSalePersonal: return QStringLiteral("cash_sale_personal");
    case RetentionKind::EphedrineRegister: return QStringLiteral("ephedrine_register");
    case RetentionKind::PrescriptionArchive: return QStringLiteral("prescription_archive");
    case RetentionKind::SettlementArchive: return QStringLiteral("settlement_archive");
    case RetentionKind::ScanJournalPayload: return QStringLiteral("scan_journal_payload");
    }
    return QStringLiteral("unknown");
}

QString toDisplayString(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::FaceImage: return Tr::tr("人脸图像");
    case RetentionKind::VideoClip: return Tr::tr("结算录像");
    case RetentionKind::CashSalePersonal: return Tr::tr("现金销售中的个人信息");
    case RetentionKind::EphedrineRegister: return Tr::tr("含麻黄碱药品购买登记");
    case RetentionKind::PrescriptionArchive: return Tr::tr("处方档案");
    case RetentionKind::SettlementArchive: return Tr::tr("结算档案");
    case RetentionKind::ScanJournalPayload: return Tr::tr("扫码日志中的凭证内容");
    }
    return {};
}

Result<RetentionPeriod> RetentionPeriod::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*([dmy]?)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("保存期限“%1”无法识别：应写成 90d、6m 或 2y（天、月、年）").arg(text));
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2).toLower();
    RetentionPeriod p;
    if (unit == QStringLiteral("y"))
        p.months = 12 * n;
    else if (unit == QStringLiteral("m"))
        p.months = n;
    else
        p.days = n;
    if (p.months > 1200 || p.days > 36'600)
        return makeError(ErrorCode::Configuration, Tr::tr("保存期限“%1”超过 100 年").arg(text));
    return p;
}

bool RetentionPeriod::coversAtLeast(const RetentionPeriod& other) const
{
    if (months >= other.months && days >= other.days)
        return true;
    // Month lengths differ: compare from every day of a 4-year cycle (leap day included).
    const QDateTime start(QDate(2024, 1, 1), QTime(12, 0));
    for (int d = 0; d < 1461; ++d) {
        const QDateTime from = start.addDays(d);
        if (after(from) < other.after(from))
            return false;
    }
    return true;
}

QString RetentionPeriod::toDisplayString() const
{
    QStringList parts;
    if (months >= 12)
        parts << Tr::tr("%1 年").arg(months / 12);
    if (months % 12)
        parts << Tr::tr("%1 个月").arg(months % 12);
    if (days || parts.isEmpty())
        parts << Tr::tr("%1 天").arg(days);
    return parts.join(u' ');
}

RetentionPolicy RetentionPolicy::defaults()
{
    RetentionPolicy p;
    for (RetentionKind k : allRetentionKinds())
        p.m_rules.append(builtIn(k));
    return p;
}

Result<RetentionPolicy>
RetentionPolicy::fromSettings(const QList<std::pair<QString, QString>>& keyValues)
{
    RetentionPolicy p = defaults();
    for (const auto& [key, value] : keyValues) {
        std::optional<RetentionKind> kind;
        for (RetentionKind k : allRetentionKinds()) {
            if (retentionKindKey(k) == key)
                kind = k;
        }
        if (!kind) {
            QStringList known;
            for (RetentionKind k : allRetentionKinds())
                known << retentionKindKey(k);
            return makeError(ErrorCode::Configuration,
                             Tr::tr("[retention] 中没有 %1 这一项（可用：%2）")
                                 .arg(key, known.join(QStringLiteral("、"))));
        }
        Result<RetentionPeriod> period = RetentionPeriod::parse(value);
        if (!period)
            return makeError(ErrorCode::Configuration,
                             Tr::tr("[retention] %1：%2").arg(key, period.error().message));
        if (Status s = p.setPeriod(*kind, *period); !s)
            return s.error();
    }
    return p;
}

const RetentionRule& RetentionPolicy::rule(RetentionKind kind) const
{
    for (const RetentionRule& r : m_rules) {
        if (r.kind == kind)
            return r;
    }
    Q_ASSERT_X(false, "RetentionPolicy::rule", "every kind has a rule");
    return m_rules.first();
}

Status RetentionPolicy::setPeriod(RetentionKind kind, const RetentionPeriod& period)
{
    for (RetentionRule& r : m_rules) {
        if (r.kind != kind)
            continue;
        if (!period.coversAtLeast(r.legalMinimum))
            return makeError(ErrorCode::Configuration,
                             Tr::tr("%1 的保存期限 %2 短于法定最短期限 %3（%4），不能采用")
                                 .arg(toDisplayString(kind), period.toDisplayString(),
                                      r.legalMinimum.toDisplayString(), r.source));
        r.period = period;
        return {};
    }
    return makeError(ErrorCode::Configuration, Tr::tr("未知的个人信息类别"));
}

QDateTime RetentionPolicy::removableFrom(RetentionKind kind, const QDateTime& reference) const
{
    const RetentionRule& r = rule(kind);
    return qMax(r.period.after(reference), r.legalMinimum.after(reference));
}

QDateTime RetentionPolicy::candidateCutoff(RetentionKind kind, const QDateTime& now) const
{
    const RetentionRule& r = rule(kind);
    return qMin(r.period.before(now), r.legalMinimum.before(now)).addDays(kCutoffSlackDays);
}

bool RetentionRunReport::ok() const
{
    for (const RetentionTargetReport& t : targets) {
        if (!t.error.isEmpty())
            return false;
    }
    return true;
}

qint64 RetentionRunReport::removed() const
{
    qint64 n = 0;
    for (const RetentionTargetReport& t : targets)
        n += t.removed;
    return n;
}

RetentionService::RetentionService(RetentionPolicy policy, QList<RetentionTarget*> targets,
                                   AuditLog& audit, const Clock& clock, QString actor)
    : m_policy(std::move(policy))
    , m_targets(std::move(targets))
    , m_audit(audit)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

RetentionRunReport RetentionService::run(bool dryRun)
{
    RetentionRunReport report;
    report.at = m_clock.now();
    report.dryRun = dryRun;
    for (RetentionTarget* t : m_targets)
        report.targets.append(runTarget(*t, report.at, dryRun));
    return report;
}

RetentionTargetReport RetentionService::runTarget(RetentionTarget& target, const QDateTime& now,
                                                  bool dryRun)
{
    RetentionTargetReport r;
    r.target = target.name();
    r.kind = target.kind();
    r.action = target.action();
    r.cutoff = m_policy.candidateCutoff(r.kind, now);
    QString cursor;
    for (;;) {
        Result<RetentionPage> page = target.candidates(r.cutoff, kPageSize, cursor);
        if (!page) {
            r.error = page.error().userText();
            break;
        }
        for (const RetentionItem& item : page->items) {
            // Each candidate is checked exactly, whatever the target's query said: nothing under
            // its legal minimum or its configured period is ever touched.
            if (!item.referenceTime.isValid()
                || now < m_policy.removableFrom(r.kind, item.referenceTime)) {
                ++r.keptByMinimum;
                continue;
            }
            if (item.heldUntil.isValid() && now < item.heldUntil) {
                ++r.keptByHold;
                continue;
            }
            if (!dryRun) {
                if (Status s = target.remove(item); !s) {
                    r.error = Tr::tr("%1：%2").arg(item.id, s.error().userText());
                    break;
                }
            }
            ++r.removed;
            if (r.removedIds.size() < kIdsInReport)
                r.removedIds << item.id;
        }
        if (!r.error.isEmpty() || page->done)
            break;
        cursor = page->nextCursor;
    }
    if (!dryRun && (r.removed > 0 || !r.error.isEmpty())) {
        const QString verb =
            r.action == RetentionAction::Delete ? Tr::tr("删除") : Tr::tr("匿名化");
        QString detail = Tr::tr("%1 %2 条（保存期限 %3，截止 %4）")
                             .arg(verb)
                             .arg(r.removed)
                             .arg(m_policy.rule(r.kind).period.toDisplayString(),
                                  r.cutoff.toString(QStringLiteral("yyyy-MM-dd")));
        if (!r.removedIds.isEmpty())
            detail += u'：' + r.removedIds.join(u',')
                      + (r.removed > r.removedIds.size() ? QStringLiteral("…") : QString());
        if (!r.error.isEmpty())
            detail += Tr::tr("；出错：%1").arg(r.error);
        if (Status s = m_audit.append(
                AuditEvent{now, m_actor, AuditAction::RetentionApplied, r.target, detail});
            !s && r.error.isEmpty())
            r.error = Tr::tr("已处理，但无法写入审计日志：%1").arg(s.error().message);
    }
    return r;
}

RetentionScheduler::RetentionScheduler(RetentionService& service, const Clock& clock, QTime runAt,
                                       int checkIntervalMs, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
    , m_runAt(runAt)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { (void)tick(); });
}

void RetentionScheduler::start()
{
    m_timer->start();
    (void)tick();
}

void RetentionScheduler::stop()
{
    m_timer->stop();
}

bool RetentionScheduler::tick()
{
    const QDateTime now = m_clock.now();
    if (m_lastRunDay.isValid() && now.date() <= m_lastRunDay)
        return false;
    if (now.time() < m_runAt)
        return false;
    m_lastRunDay = now.date();
    Q_EMIT ran(m_service.run(false));
    return true;
}

} // namespace pos
