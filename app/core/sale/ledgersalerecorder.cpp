#include "app/core/sale/ledgersalerecorder.h"

#include "app/core/inventory/postings.h"
#include "app/core/ports/ledgerstore.h"

namespace pos {

Result<CompletedSale> LedgerSaleRecorder::record(const CompletedSale& sale, const AuditEvent& audit)
{
    Result<std::unique_ptr<LedgerTransaction>> tx =
        m_store.begin(PostingContext{sale.time, sale.operatorName, true});
    if (!tx)
        return tx.error();
    Result<CompletedSale> recorded = postings::sale(**tx, sale);
    if (!recorded)
        return recorded; // rolled back with the transaction
    AuditEvent entry = audit;
    entry.target = recorded->saleNo;
    if (Status a = (*tx)->appendAudit(entry); !a)
        return a.error();
    if (Status c = (*tx)->commit(); !c)
        return c.error();
    return recorded;
}

} // namespace pos
