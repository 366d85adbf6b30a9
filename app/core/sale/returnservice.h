#pragma once

#include "app/core/result.h"
#include "app/core/sale.h"

#include <QString>

#include <functional>

namespace pos {

class AccessControl;
class Clock;
class LedgerStore;

/// 销售退货 of a whole recorded sale, a store manager's act (STAFF-ROLES: ReturnSale): the stock
/// back to the batches it left, each box's traceability code back in stock (INV-TRACE), the 3506
/// uploads queued and the return audited — one transaction (postings::saleReturn). Separate from
/// the sale at the counter: a return concerns a sale that is over, never the one in progress.
/// Thread: the owner's thread. Holds references to the ports, which must outlive it.
class ReturnService
{
public:
    ReturnService(LedgerStore& ledger, AccessControl& access, const Clock& clock);

    /// Returns the return number, or why not (no permission, no reason, unknown or already
    /// returned sale).
    [[nodiscard]] Result<QString> returnSale(const QString& saleNo, const QString& reason);
    /// Called after each return is recorded, with the sale as it was sold (the counter seals a
    /// returned prescription sale's record, SETTLE-SLIP).
    void setAfterReturn(std::function<void(const CompletedSale& sold)> afterReturn)
    {
        m_afterReturn = std::move(afterReturn);
    }

private:
    std::function<void(const CompletedSale&)> m_afterReturn;
    LedgerStore& m_ledger;
    AccessControl& m_access;
    const Clock& m_clock;
};

} // namespace pos
