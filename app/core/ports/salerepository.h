#pragma once

#include "app/core/result.h"
#include "app/core/sale.h"

#include <QDateTime>

#include <optional>

namespace pos {

/// Sale repository port.
class SaleRepository
{
public:
    virtual ~SaleRepository() = default;
    /// Records the sale atomically (all lines or nothing) and returns it with id and sale number.
    [[nodiscard]] virtual Result<CompletedSale> record(const CompletedSale& sale) = 0;
    /// Marks that the receipt of a recorded sale came out of the printer (or, for reprints, again).
    [[nodiscard]] virtual Status markReceiptPrinted(qint64 saleId, const QString& jobId,
                                                    bool reprint) = 0;
    [[nodiscard]] virtual std::optional<CompletedSale>
    findBySaleNo(const QString& saleNo) const = 0;
    /// 销售退货 of a whole recorded sale, atomically: the stock back to the batches it left, each
    /// box's traceability code back in stock (INV-TRACE), the 3506 uploads. A sale is returned
    /// once. Returns the return number.
    [[nodiscard]] virtual Result<QString> recordReturn(const QString& saleNo,
                                                       const QString& operatorName,
                                                       const QString& reason,
                                                       const QDateTime& at) = 0;
};

} // namespace pos
