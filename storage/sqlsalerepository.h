#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/ports/salerepository.h"

namespace pos::storage {

class Database;

/// SaleRepository over SQLite. A sale and all its lines commit together with synchronous=FULL:
/// once record() returns, the sale survives a power cut.
class SqlSaleRepository final : public SaleRepository
{
public:
    explicit SqlSaleRepository(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<CompletedSale> record(const CompletedSale& sale) override;
    [[nodiscard]] Status markReceiptPrinted(qint64 saleId, const QString& jobId,
                                            bool reprint) override;
    [[nodiscard]] std::optional<CompletedSale> findBySaleNo(const QString& saleNo) const override;
    [[nodiscard]] Result<QString> recordReturn(const QString& saleNo, const QString& operatorName,
                                               const QString& reason, const QDateTime& at) override;
    [[nodiscard]] qint64 saleCount() const;

private:
    /// One scanned box of a line: its code, the batch it was received into (0: never received).
    struct TracedBox
    {
        QString code;
        qint64 batchId = 0;
        qint64 soldFromBatch = 0;
        bool known = false;
    };
    /// The line's codes, refused when any was sold meanwhile.
    [[nodiscard]] Result<QList<TracedBox>> lockTraceCodes(const SaleLine& line,
                                                          const QString& saleNo);
    /// Marks the codes sold (registering first-seen ones) and keeps them with the sale line.
    [[nodiscard]] Status recordTraceCodes(const CompletedSale& sale, int lineNo,
                                          QList<TracedBox>& boxes, const QList<Allocation>& taken);

    Database& m_db;
};

} // namespace pos::storage
