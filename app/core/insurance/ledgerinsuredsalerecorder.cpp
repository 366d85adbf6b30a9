#include "app/core/insurance/ledgerinsuredsalerecorder.h"

#include "app/core/inventory/postings.h"
#include "app/core/ports/ledgerstore.h"

namespace pos {

Status LedgerInsuredSaleRecorder::trial(const CompletedSale& draft)
{
    Result<std::unique_ptr<LedgerTransaction>> tx =
        m_store.begin(PostingContext{draft.time, draft.operatorName, true});
    if (!tx)
        return tx.error();
    Result<CompletedSale> posted = postings::sale(**tx, draft);
    // Never committed: the transaction rolls back as it goes.
    if (!posted)
        return posted.error();
    return {};
}

Result<CompletedSale> LedgerInsuredSaleRecorder::commit(const CompletedSale& draft,
                                                        const InsuredSettlementRecord& settled,
                                                        const PlatformCallRecord& answered,
                                                        const AuditEvent& audit)
{
    Result<std::unique_ptr<LedgerTransaction>> tx =
        m_store.begin(PostingContext{draft.time, draft.operatorName, true});
    if (!tx)
        return tx.error();
    Result<CompletedSale> recorded = postings::sale(**tx, draft);
    if (!recorded)
        return recorded;
    InsuredSettlementRecord withSale = settled;
    withSale.saleNo = recorded->saleNo;
    PlatformCallRecord call = answered;
    call.state = CallState::Answered;
    if (Status s = (*tx)->commitSettlement(withSale, call); !s)
        return s.error();
    AuditEvent entry = audit;
    entry.detail += QStringLiteral("，") + recorded->saleNo;
    if (Status a = (*tx)->appendAudit(entry); !a)
        return a.error();
    if (Status c = (*tx)->commit(); !c)
        return c.error();
    return recorded;
}

Result<QString> LedgerInsuredSaleRecorder::commitRefund(const InsuredSettlementRecord& refunded,
                                                        const PlatformCallRecord& answered,
                                                        const QString& reason,
                                                        const AuditEvent& audit)
{
    Result<std::unique_ptr<LedgerTransaction>> tx =
        m_store.begin(PostingContext{audit.time, audit.actor, true});
    if (!tx)
        return tx.error();
    Result<QString> returned = postings::saleReturn(**tx, refunded.saleNo, reason);
    if (!returned)
        return returned;
    if (Status s = (*tx)->commitSettlement(refunded, answered); !s)
        return s.error();
    AuditEvent entry = audit;
    entry.detail += QStringLiteral("，") + *returned;
    if (Status a = (*tx)->appendAudit(entry); !a)
        return a.error();
    if (Status c = (*tx)->commit(); !c)
        return c.error();
    return returned;
}

} // namespace pos
