#pragma once

#include "app/core/ports/salerepository.h"

namespace pos {

class LedgerStore;

/// Records paid sales in the ledger: postings::sale and the audit entry in one transaction
/// (LedgerStore), with the durability a sale needs (synchronous=FULL: a sale the counter called
/// paid survives a power cut). Thread: the store's.
class LedgerSaleRecorder final : public SaleRecorder
{
public:
    explicit LedgerSaleRecorder(LedgerStore& store)
        : m_store(store)
    {
    }
    [[nodiscard]] Result<CompletedSale> record(const CompletedSale& sale,
                                               const AuditEvent& audit) override;

private:
    LedgerStore& m_store;
};

} // namespace pos
