#pragma once

#include "app/core/ports/auditlog.h"
#include "app/core/result.h"
#include "app/core/sale.h"

#include <QDateTime>

#include <optional>

namespace pos {

/// Records a paid sale: all of it or nothing — its rows, the stock it takes, each box's code, its
/// platform records and its audit entry (`audit`, whose target becomes the sale number) — and
/// returns it with its id and number. The production implementation is the core's
/// LedgerSaleRecorder (postings::sale over a LedgerStore); tests use a fake.
class SaleRecorder
{
public:
    virtual ~SaleRecorder() = default;
    [[nodiscard]] virtual Result<CompletedSale> record(const CompletedSale& sale,
                                                       const AuditEvent& audit) = 0;
};

/// The return (销售退货) of a whole recorded sale, as recorded.
struct SaleReturnRecord
{
    QString returnNo;
    QDateTime returnedAt;
    QString operatorName;
    QString reason;
    Money refund;
};

/// Recorded sales: read back, and their receipts marked.
class SaleRepository
{
public:
    virtual ~SaleRepository() = default;
    /// Marks that the receipt of a recorded sale came out of the printer (or, for reprints, again).
    [[nodiscard]] virtual Status markReceiptPrinted(qint64 saleId, const QString& jobId,
                                                    bool reprint) = 0;
    [[nodiscard]] virtual std::optional<CompletedSale>
    findBySaleNo(const QString& saleNo) const = 0;
    /// The return of sale `saleNo`; nullopt when it was not returned.
    [[nodiscard]] virtual Result<std::optional<SaleReturnRecord>>
    returnOf(const QString& saleNo) const = 0;
};

} // namespace pos
