#pragma once

#include "app/core/insurance/settlementservice.h"

namespace pos {

class LedgerStore;

/// InsuredSaleRecorder over the ledger: the insured sale is posted exactly like a cash sale
/// (postings::sale: stock, trace codes, RX-SINGLE, the platform records), plus the settlement and
/// its answered 2102 in the same transaction (synchronous=FULL). Thread: the store's.
class LedgerInsuredSaleRecorder final : public InsuredSaleRecorder
{
public:
    explicit LedgerInsuredSaleRecorder(LedgerStore& store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status trial(const CompletedSale& draft) override;
    [[nodiscard]] Result<CompletedSale> commit(const CompletedSale& draft,
                                               const InsuredSettlementRecord& settled,
                                               const PlatformCallRecord& answered,
                                               const AuditEvent& audit) override;
    [[nodiscard]] Result<QString> commitRefund(const InsuredSettlementRecord& refunded,
                                               const PlatformCallRecord& answered,
                                               const QString& reason,
                                               const AuditEvent& audit) override;

private:
    LedgerStore& m_store;
};

} // namespace pos
