#pragma once

#include "app/core/privacy/retention.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pos {

/// The age buckets `privacy report` counts by: under 30 days, 30–90 days, 90 days–1 year,
/// 1–2 years, 2 years and more.
struct PrivacyAgeBuckets
{
    /// The bucket boundaries for `now`, newest first (what RetentionTarget::holding() takes).
    [[nodiscard]] static QList<QDateTime> starts(const QDateTime& now);
    /// "<30 天", "30–90 天", "90 天–1 年", "1–2 年", "≥2 年".
    [[nodiscard]] static QStringList labels();
};

/// How one holder of encrypted data stands: items per key id, and items still in plain text (a
/// store not yet migrated). Filled by the storage side (EncryptedHolder::census()).
struct EncryptionCensusRow
{
    QString holder;
    QMap<QString, qint64> byKeyId; ///< key id (hex) → items
    qint64 plain = 0;
};

struct PrivacyReportRow
{
    QString target;
    RetentionKind kind = RetentionKind::FaceImage;
    QString what;
    RetentionHolding holding;
    QString period;       ///< the configured period, for people
    QString legalMinimum; ///< the legal minimum, for people
    QString error;        ///< non-empty when the target could not be counted
};

/// What personal data the store holds, by kind and age (`pharmapos privacy report`), and how it
/// is protected.
struct PrivacyReport
{
    QDateTime at;
    QList<PrivacyReportRow> rows;
    QList<EncryptionCensusRow> encryption;
    QString currentKeyId;

    [[nodiscard]] bool ok() const;
    /// The report as lines of text (Chinese first), one table per section.
    [[nodiscard]] QStringList toLines() const;
};

/// Counts every target's holdings at `now` (the injected clock's time).
[[nodiscard]] PrivacyReport buildPrivacyReport(const QList<RetentionTarget*>& targets,
                                               const RetentionPolicy& policy, const QDateTime& now);

} // namespace pos
