#pragma once

#include "app/core/result.h"
#include "app/core/sale.h"

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
    [[nodiscard]] virtual std::optional<CompletedSale> findBySaleNo(const QString& saleNo) const = 0;
};

} // namespace pos
