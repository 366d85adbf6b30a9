#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/ports/salerepository.h"

namespace pos::storage {

class Database;

/// Recorded sales over SQLite: reading one back and marking its receipts. Recording a sale is a
/// posting (postings::sale through SqlLedgerStore).
class SqlSaleRepository final : public SaleRepository
{
public:
    explicit SqlSaleRepository(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Status markReceiptPrinted(qint64 saleId, const QString& jobId,
                                            bool reprint) override;
    [[nodiscard]] std::optional<CompletedSale> findBySaleNo(const QString& saleNo) const override;
    [[nodiscard]] qint64 saleCount() const;

private:
    Database& m_db;
};

} // namespace pos::storage
