#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/ports/salerepository.h"
#include "app/core/ports/salesearch.h"

#include <QStringList>

namespace pos {
class FieldCipher;
}

namespace pos::storage {

class Database;

/// Recorded sales over SQLite: reading one back and marking its receipts. Recording a sale is a
/// posting (postings::sale through SqlLedgerStore). The buyer's ID number (CTRL-EPHEDRINE) is read
/// from its encrypted side row (sale_personal) with `cipher` and found by its keyed hash, never by
/// the value (DATA-PRIVACY); a store not migrated yet still reads its plain column. `cipher` is
/// not owned and must outlive this.
class SqlSaleRepository final : public SaleRepository, public SaleSearch
{
public:
    SqlSaleRepository(Database& db, const FieldCipher& cipher)
        : m_db(db)
        , m_cipher(cipher)
    {
    }

    [[nodiscard]] Status markReceiptPrinted(qint64 saleId, const QString& jobId,
                                            bool reprint) override;
    [[nodiscard]] std::optional<CompletedSale> findBySaleNo(const QString& saleNo) const override;
    [[nodiscard]] Result<std::optional<SaleReturnRecord>>
    returnOf(const QString& saleNo) const override;
    [[nodiscard]] qint64 saleCount() const;
    /// 查单: newest first; each key walks an index (sale_no; sale_trace_code by code; the time
    /// index backwards for a window, a receipt's last digits and a product; total_fen for an
    /// amount), so the cost follows the sales found and the window, not the store's history.
    [[nodiscard]] Result<QList<SaleSummary>> findSales(const SaleQuery& query) const override;
    /// The ephedrine register by ID number: the numbers of the sales registered to `idNumber`
    /// (normalised as PersonalKind::IdNumber: spaces and case do not matter), oldest first, found
    /// by its lookup hash under every key the store can read.
    [[nodiscard]] Result<QStringList> saleNosByBuyerId(const QString& idNumber) const;

private:
    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace pos::storage
