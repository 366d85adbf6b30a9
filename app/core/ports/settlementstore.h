#pragma once

#include "app/core/insurance/insuredsettlement.h"
#include "app/core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pos {

/// Where insured settlements and their platform calls are kept (SETTLE-ONCE). Every write is
/// durable when it returns (synchronous=FULL): a msgid stored with recordCall() survives a power
/// cut, so the store always knows what it may have asked the platform to do. Personal data (the
/// person, the requests and answers) is stored encrypted.
///
/// The write that makes a settlement Settled is not here: it belongs to the sale's own
/// transaction (LedgerTransaction::commitSettlement), so the platform's yes, the sale, its stock
/// and the settlement state are one commit — a crash leaves all or none.
/// Thread: the store's (GUI/main).
class SettlementStore
{
public:
    virtual ~SettlementStore() = default;
    /// Inserts or replaces the settlement (by settlementNo).
    [[nodiscard]] virtual Status save(const InsuredSettlementRecord& record) = 0;
    [[nodiscard]] virtual Result<std::optional<InsuredSettlementRecord>>
    find(const QString& settlementNo) const = 0;
    [[nodiscard]] virtual Result<std::optional<InsuredSettlementRecord>>
    findBySale(const QString& saleNo) const = 0;
    /// Settlements not final (Unresolved ones and settled ones whose slip or signature is missing),
    /// oldest first: what a restart resumes.
    [[nodiscard]] virtual Result<QList<InsuredSettlementRecord>> unfinished() const = 0;
    /// Settlements settled (and not refunded) whose 2102 answer is dated in [from, to]: what the
    /// daily reconciliation compares with the platform (3201/3202).
    [[nodiscard]] virtual Result<QList<InsuredSettlementRecord>>
    settledBetween(const QDateTime& from, const QDateTime& to) const = 0;
    /// RX-SINGLE, locally: the settlement that settled `rxNo` and still stands (not refunded).
    [[nodiscard]] virtual Result<std::optional<QString>>
    settlementOfPrescription(const QString& rxNo) const = 0;

    /// Stores a call as Sent — before it is sent.
    [[nodiscard]] virtual Status recordCall(const PlatformCallRecord& call) = 0;
    /// Records what became of a call (answered, refused, unknown, reversed…).
    [[nodiscard]] virtual Status updateCall(const PlatformCallRecord& call) = 0;
    /// The settlement and what became of one of its calls, in one transaction (a 2103's answer
    /// and the Refunded state: both or neither).
    [[nodiscard]] virtual Status saveWithCall(const InsuredSettlementRecord& record,
                                              const PlatformCallRecord& call) = 0;
    [[nodiscard]] virtual Result<QList<PlatformCallRecord>>
    callsOf(const QString& settlementNo) const = 0;
    /// 2102/2103 calls still Sent or Unknown: to be resolved (2601) before anything else.
    [[nodiscard]] virtual Result<QList<PlatformCallRecord>> unresolvedCalls() const = 0;

    /// Keeps one piece of a settlement's evidence — "signature.png", "signature.json" (the
    /// strokes), "slip.txt" (the slip as printed) — encrypted, durably; a second save of the
    /// same kind replaces it (a signature taken again). The archive seals them later.
    [[nodiscard]] virtual Status saveDocument(const QString& settlementNo, const QString& kind,
                                              const QByteArray& content, const QDateTime& at) = 0;
    /// The piece, or nullopt when the settlement has none of that kind.
    [[nodiscard]] virtual Result<std::optional<QByteArray>> document(const QString& settlementNo,
                                                                     const QString& kind) const = 0;
};

} // namespace pos
