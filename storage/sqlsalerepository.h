#pragma once

#include "app/core/ports/salerepository.h"

namespace pos::storage {

class Database;

/// SaleRepository over SQLite. A sale and all its lines commit together with synchronous=FULL:
/// once record() returns, the sale survives a power cut.
class SqlSaleRepository final : public SaleRepository
{
public:
    explicit SqlSaleRepository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<CompletedSale> record(const CompletedSale& sale) override;
    [[nodiscard]] Status markReceiptPrinted(qint64 saleId, const QString& jobId,
                                            bool reprint) override;
    [[nodiscard]] std::optional<CompletedSale> findBySaleNo(const QString& saleNo) const override;
    [[nodiscard]] qint64 saleCount() const;

private:
    Database& m_db;
};

} // namespace pos::storage
