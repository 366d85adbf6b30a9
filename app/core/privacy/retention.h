#pragma once

#include "app/core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <utility>

class QTimer;

namespace pos {

class AuditLog;
class Clock;

/// The kinds of personal data the retention policy knows (CAM-CONSENT: the shortest retention;
/// RX-ARCHIVE-2Y and SETTLE-SLIP: archives at least 2 years). Each kind has a legal minimum that
/// configuration can never lower, and a configurable period at or above it.
enum class RetentionKind
{
    FaceImage = 1,       ///< faces captured at settlements (CAM-FACE)
    VideoClip,           ///< settlement recordings (CAM-VIDEO)
    CashSalePersonal,    ///< personal fields of cash sales (a customer's phone, name)
    EphedrineRegister,   ///< CTRL-EPHEDRINE: the buyer's ID number registered with a sale
    PrescriptionArchive, ///< prescriptions with the patient's details and original file
    SettlementArchive,   ///< the sealed settlement record: slip, signature, face, clip reference
    ScanJournalPayload, ///< 医保电子凭证 / e-prescription QR payloads kept by the scan journal
};

/// Every kind, in the order reports list them.
[[nodiscard]] QList<RetentionKind> allRetentionKinds();
/// The configuration key in [retention]: "faces", "clips", "cash_sale_personal",
/// "ephedrine_register", "prescription_archive", "settlement_archive", "scan_journal_payload".
[[nodiscard]] QString retentionKindKey(RetentionKind kind);
[[nodiscard]] QString toDisplayString(RetentionKind kind);

/// A span of calendar time: months (a year is 12) and days, added as the calendar adds them, so
/// "2 years" from 2024-02-29 ends on 2026-02-28 and is never a day short across a leap day.
struct RetentionPeriod
{
    int months = 0;
    int days = 0;

    /// "90", "90d", "6m", "2y" (days when no unit is given); at most 100 years.
    [[nodiscard]] static Result<RetentionPeriod> parse(const QString& text);
    [[nodiscard]] static RetentionPeriod ofDays(int d) { return {0, d}; }
    [[nodiscard]] static RetentionPeriod ofYears(int y) { return {12 * y, 0}; }

    [[nodiscard]] QDateTime after(const QDateTime& from) const
    {
        return from.addMonths(months).addDays(days);
    }
    [[nodiscard]] QDateTime before(const QDateTime& from) const
    {
        return from.addDays(-days).addMonths(-months);
    }
    /// True when, from every start date, this period ends no earlier than `other` does.
    [[nodiscard]] bool coversAtLeast(const RetentionPeriod& other) const;
    [[nodiscard]] bool isZero() const { return months == 0 && days == 0; }
    /// "2 年", "6 个月", "90 天", "1 年 6 个月"…
    [[nodiscard]] QString toDisplayString() const;
    bool operator==(const RetentionPeriod&) const = default;
};

/// What the job does to an item past its time: delete it (files) or remove its personal fields and
/// keep the rest (rows of append-only tables the ledger and traceability still need).
enum class RetentionAction
{
    Delete = 1,
    Anonymise
};

struct RetentionRule
{
    RetentionKind kind = RetentionKind::FaceImage;
    RetentionPeriod legalMinimum; ///< never shortened by configuration
    RetentionPeriod period;       ///< configured, at least legalMinimum
    QString source;               ///< where the minimum comes from
};

/// The store's retention policy: one rule per kind. Thread: any (a value).
class RetentionPolicy
{
public:
    /// The built-in rules: legal minimums and default periods.
    [[nodiscard]] static RetentionPolicy defaults();
    /// defaults() with `[retention]` keys applied (key → value, e.g. {"faces", "30d"}). An unknown
    /// key, a malformed value or one below the kind's legal minimum is refused by name.
    [[nodiscard]] static Result<RetentionPolicy>
    fromSettings(const QList<std::pair<QString, QString>>& keyValues);

    [[nodiscard]] const RetentionRule& rule(RetentionKind kind) const;
    /// Refuses a period shorter than the legal minimum, naming both.
    [[nodiscard]] Status setPeriod(RetentionKind kind, const RetentionPeriod& period);
    /// The first moment an item of `kind` whose time is `reference` may be removed: after both the
    /// configured period and the legal minimum.
    [[nodiscard]] QDateTime removableFrom(RetentionKind kind, const QDateTime& reference) const;
    /// A cutoff for finding candidates: every item removable at `now` has its time at or before it
    /// (a few days of slack; each candidate is checked with removableFrom()).
    [[nodiscard]] QDateTime candidateCutoff(RetentionKind kind, const QDateTime& now) const;

private:
    QList<RetentionRule> m_rules;
};

/// One item a target holds: `id` names it for people and the audit trail (a sale number, a file
/// name — never personal data), `handle` is the target's own key for it.
struct RetentionItem
{
    QString id;
    QString handle;
    QDateTime referenceTime; ///< what the period counts from (sold at, issued at, sealed at)
    QDateTime heldUntil;     ///< a hold beyond the policy (a face bound to an archive); or invalid
};

struct RetentionPage
{
    QList<RetentionItem> items;
    QString nextCursor;
    bool done = true;
};

/// What personal data a target holds, by age, for `privacy report`.
struct RetentionHolding
{
    qint64 count = 0;
    QDateTime oldest;    ///< invalid when count is 0
    QList<qint64> byAge; ///< one count per bucket of PrivacyAgeBuckets
};

/// Something that keeps personal data of one kind: a table's personal columns, a folder of sealed
/// files. The storage side implements it (storage/crypto/sqlretentiontarget.h gives generic ones);
/// the composition root registers one per table and file kind.
/// Threading: called on the thread that owns the target's database connection.
class RetentionTarget
{
public:
    virtual ~RetentionTarget() = default;
    /// Stable name for reports and the audit trail ("sale.buyer_id", "files:faces").
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual RetentionKind kind() const = 0;
    /// What it is for people ("含麻黄碱药品购买人身份证号").
    [[nodiscard]] virtual QString what() const = 0;
    [[nodiscard]] virtual RetentionAction action() const = 0;
    /// Items still holding personal data whose reference time is at or before `cutoff`, after
    /// `cursor` (empty: from the start), at most `limit`.
    [[nodiscard]] virtual Result<RetentionPage> candidates(const QDateTime& cutoff, int limit,
                                                           const QString& cursor) = 0;
    /// Deletes or anonymises one item, durably. Removing an item that is already gone is success.
    [[nodiscard]] virtual Status remove(const RetentionItem& item) = 0;
    /// The items still holding personal data, counted into buckets by `bucketStarts` (descending
    /// times: an item newer than bucketStarts[0] is in bucket 0, …, older than the last in the last
    /// bucket; so bucketStarts.size() + 1 buckets).
    [[nodiscard]] virtual Result<RetentionHolding>
    holding(const QList<QDateTime>& bucketStarts) = 0;
};

/// What one run did for one target.
struct RetentionTargetReport
{
    QString target;
    RetentionKind kind = RetentionKind::FaceImage;
    RetentionAction action = RetentionAction::Delete;
    QDateTime cutoff;
    qint64 removed = 0;       ///< deleted or anonymised (or, in a dry run, would be)
    qint64 keptByMinimum = 0; ///< found but still under the legal minimum or period: untouched
    qint64 keptByHold = 0;    ///< found but held beyond the policy: untouched
    QStringList removedIds;   ///< at most the first 50, for the audit trail and the report
    QString error;            ///< non-empty when the target failed; the others still ran
};

struct RetentionRunReport
{
    QDateTime at;
    bool dryRun = false;
    QList<RetentionTargetReport> targets;
    [[nodiscard]] bool ok() const;
    [[nodiscard]] qint64 removed() const;
};

/// Applies the policy to every registered target: removes what is past its time, never anything
/// still under its legal minimum, its configured period or a hold; records what it did in the
/// audit trail (RetentionApplied: one entry per target with counts and the ids removed).
/// Time comes from the injected Clock. Thread: the targets' thread.
class RetentionService
{
public:
    RetentionService(RetentionPolicy policy, QList<RetentionTarget*> targets, AuditLog& audit,
                     const Clock& clock, QString actor = QStringLiteral("system"));

    /// A dry run finds and counts without removing or auditing.
    [[nodiscard]] RetentionRunReport run(bool dryRun = false);
    [[nodiscard]] const RetentionPolicy& policy() const { return m_policy; }
    [[nodiscard]] const QList<RetentionTarget*>& targets() const { return m_targets; }

private:
    RetentionTargetReport runTarget(RetentionTarget& target, const QDateTime& now, bool dryRun);

    RetentionPolicy m_policy;
    QList<RetentionTarget*> m_targets;
    AuditLog& m_audit;
    const Clock& m_clock;
    QString m_actor;
};

/// The daily job: runs the service once per calendar day, at the first check at or after `runAt`
/// (default midnight, so a counter started each morning runs it at start). Checks every
/// `checkIntervalMs` with a timer; the day is read from the injected Clock, so tests drive it with
/// a ManualClock and tick(). Thread: the owner's (the service's targets' thread).
class RetentionScheduler : public QObject
{
    Q_OBJECT
public:
    RetentionScheduler(RetentionService& service, const Clock& clock, QTime runAt = QTime(0, 0),
                       int checkIntervalMs = 15 * 60 * 1000, QObject* parent = nullptr);
    /// Starts the timer and checks at once.
    void start();
    void stop();
    /// Runs the job if today's run is due; returns whether it ran.
    bool tick();
    [[nodiscard]] QDate lastRunDay() const { return m_lastRunDay; }

Q_SIGNALS:
    void ran(const pos::RetentionRunReport& report);

private:
    RetentionService& m_service;
    const Clock& m_clock;
    QTime m_runAt;
    QTimer* m_timer;
    QDate m_lastRunDay;
};

} // namespace pos

Q_DECLARE_METATYPE(pos::RetentionRunReport)
