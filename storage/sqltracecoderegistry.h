#pragma once

#include "app/core/ports/tracecoderegistry.h"

#include <QList>

namespace pos::storage {

class Database;

/// TraceCodeRegistry over SQLite: received and sold codes (trace_code), the product master's
/// prefixes and the prefixes learned at the counter.
class SqlTraceCodeRegistry final : public TraceCodeRegistry
{
public:
    explicit SqlTraceCodeRegistry(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] std::optional<TraceCodeRecord> find(const QString& code) const override;
    [[nodiscard]] std::optional<qint64> productForPrefix(const QString& prefix) const override;
    [[nodiscard]] Status learnPrefix(const QString& prefix, qint64 productId,
                                     const QString& operatorName, const QDateTime& at) override;

private:
    Database& m_db;
};

/// ScanJournal over SQLite. A journal write that fails is logged, never in the cashier's way.
class SqlScanJournal final : public ScanJournal
{
public:
    explicit SqlScanJournal(Database& db)
        : m_db(db)
    {
    }
    void record(const ScanJournalEntry& entry) override;
    [[nodiscard]] QList<ScanJournalEntry> recent(int limit) const override;

private:
    Database& m_db;
};

} // namespace pos::storage
