#pragma once

#include "app/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// What the store knows about one box's 20-digit traceability code (INV-TRACE).
struct TraceCodeRecord
{
    QString code;
    qint64 productId = 0;
    qint64 batchId = 0;
    bool received = false; ///< false: first seen at a sale (store policy "warn")
    QString purchaseDoc;   ///< the receiving document, when received
    QString saleNo;        ///< the sale that sold it; empty while in stock (or returned)
    QDateTime soldAt;
};

/// Traceability codes at the counter: which box a code is, whether it was sold, and which product
/// a code prefix belongs to (7 digits identify one product at one pack level, PLATFORM.md §4).
/// Thread: the owner's thread.
class TraceCodeRegistry
{
public:
    virtual ~TraceCodeRegistry() = default;
    [[nodiscard]] virtual std::optional<TraceCodeRecord> find(const QString& code) const = 0;
    /// The product whose codes start with `prefix`, from the product master or learned at the
    /// counter.
    [[nodiscard]] virtual std::optional<qint64> productForPrefix(const QString& prefix) const = 0;
    /// Remembers that codes starting with `prefix` are boxes of `productId`.
    [[nodiscard]] virtual Status learnPrefix(const QString& prefix, qint64 productId,
                                             const QString& operatorName, const QDateTime& at) = 0;
};

/// What to do with a code the store never received (a box bought before codes were recorded,
/// or a box that did not come through receiving).
enum class UnreceivedTracePolicy
{
    Warn = 1,
    Refuse
};

/// One scan as the journal keeps it.
struct ScanJournalEntry
{
    QDateTime at;
    QString source;
    QString symbology;
    QByteArray payload;
    QString family;       ///< codes::familyId()
    QString outcome;      ///< "added", "bound", "rejected", "token", …
    QString reason;       ///< why, for a rejection or a warning
    qint64 elapsedUs = 0; ///< recognition + lookup + cart change
    QString operatorName;
};

/// The scan journal: every scan with device, timing, outcome and reason.
class ScanJournal
{
public:
    virtual ~ScanJournal() = default;
    virtual void record(const ScanJournalEntry& entry) = 0;
    /// The latest `limit` scans, newest first.
    [[nodiscard]] virtual QList<ScanJournalEntry> recent(int limit) const = 0;
};

} // namespace pos
