#pragma once

#include "app/core/ports/tracequery.h"

namespace pos::storage {

class Database;

/// TraceQuery over SQLite: trace_code (received and sold boxes), purchase_doc/purchase_line (the
/// receiving), sale_trace_code with sale, sale_line and sale_return (each sale and return of the
/// box), and the approving prescription_review of the sale's prescription. Every lookup goes by
/// index (a code among millions: a few index probes). Reads only.
class SqlTraceQuery final : public TraceQuery
{
public:
    explicit SqlTraceQuery(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<std::optional<BoxTrace>> traceBox(const QString& code) const override;
    [[nodiscard]] Result<QList<BatchTrace>> traceBatch(const QString& batchNo) const override;

private:
    /// Each sale's insured settlement and sealed archive records.
    [[nodiscard]] Status addSettlements(QList<BoxSale>& sales) const;

    Database& m_db;
};

} // namespace pos::storage
