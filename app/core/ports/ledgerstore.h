#pragma once

#include "app/core/insurance/insuredsettlement.h"
#include "app/core/inventory/inventory.h"
#include "app/core/inventory/stocktake.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/ports/tracecoderegistry.h"
#include "app/core/result.h"
#include "app/core/rx/prescription.h"
#include "app/core/sale.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace pos {

/// Who writes, when, and how hard the commit must reach the disk: the context of one posting.
struct PostingContext
{
    QDateTime at;
    QString operatorName; ///< as documents record it (the display name)
    /// Sales, receipts, returns and stocktakes: synchronous=FULL (a power cut loses nothing
    /// committed). Other writes: the journal's normal durability.
    bool fullDurability = true;
};

/// One stock movement as the core decided it (INV-LEDGER).
struct MovementEntry
{
    MovementKind kind = MovementKind::Sale;
    qint64 productId = 0;
    qint64 batchId = 0;
    qint64 pieces = 0; ///< signed: into stock positive, out of stock negative
    QString reason;
};

/// One platform record to send (DATA-UPLOAD), queued with the movements it reports.
struct UploadEntry
{
    QString infno; ///< "3501" … "3506"
    QJsonObject payload;
};

/// One write to the store's ledger: everything a document posts — its rows, movements, trace
/// codes and platform records — as the core decided it, together with its audit entry, in one
/// transaction: all of it or none of it. While it is open no other writer runs (the others wait
/// their turn), so what it reads stays true until it commits. Destroyed without commit(): rolled
/// back. Storage checks nothing here that the core decides; its constraints (a balance never below
/// zero, a code received once) are a last line, and a violation is an error, never a silent skip.
/// Thread: the thread that began it.
class LedgerTransaction
{
public:
    virtual ~LedgerTransaction() = default;

    [[nodiscard]] virtual const PostingContext& context() const = 0;

    // ---- reads, as this transaction sees the store ----
    /// Every batch of the product with stock, earliest expiry first (FEFO order).
    [[nodiscard]] virtual Result<QList<BatchStock>> batchesWithStock(qint64 productId) = 0;
    /// One batch with its balance (0 when it has none).
    [[nodiscard]] virtual Result<std::optional<BatchStock>> batch(qint64 batchId) = 0;
    /// The product's batch with this batch number, if received before.
    [[nodiscard]] virtual Result<std::optional<Batch>> findBatch(qint64 productId,
                                                                 const QString& batchNo) = 0;
    [[nodiscard]] virtual Result<std::optional<TraceCodeRecord>> traceCode(const QString& code) = 0;
    /// RX-SINGLE: where a prescription number was settled or dispensed before.
    [[nodiscard]] virtual Result<std::optional<SettledPrescription>>
    settledPrescription(const QString& rxNo) = 0;
    /// The movements a document posted, in posting order (batch ids set).
    [[nodiscard]] virtual Result<QList<DocumentMovement>> movementsOf(const QString& docNo) = 0;
    /// The platform records of one kind a document queued, in order.
    [[nodiscard]] virtual Result<QList<QJsonObject>> uploadsOf(const QString& infno,
                                                               const QString& docNo) = 0;
    /// A recorded sale by number (lines with product ids, units and pieces).
    [[nodiscard]] virtual Result<std::optional<CompletedSale>> sale(const QString& saleNo) = 0;
    /// A stocktake sheet with its lines, book quantities as counted against.
    [[nodiscard]] virtual Result<std::optional<StocktakeSheet>> stocktake(qint64 sheetId) = 0;
    /// The current balance of a batch, in pieces.
    [[nodiscard]] virtual Result<qint64> balance(qint64 batchId) = 0;

    /// The next number of a document series: "GJ-20261123" → "GJ-20261123-0001", counted per
    /// prefix and never reused.
    [[nodiscard]] virtual Result<QString> nextNumber(const QString& prefix) = 0;

    // ---- writes ----
    [[nodiscard]] virtual Result<qint64> addBatch(const Batch& batch) = 0;
    [[nodiscard]] virtual Status addMovement(const QString& docNo, const MovementEntry& m) = 0;
    [[nodiscard]] virtual Status queueUpload(const QString& docNo, const UploadEntry& upload) = 0;
    /// A received delivery's header; returns its row id.
    [[nodiscard]] virtual Result<qint64> addPurchaseDocument(const QString& docNo,
                                                             const PurchaseDocument& doc) = 0;
    [[nodiscard]] virtual Status
    addPurchaseLine(qint64 docId, int lineNo, const ResolvedPurchaseLine& line, qint64 batchId) = 0;
    /// A box received into `batchId` by document `docNo` (INV-TRACE: a code is received once).
    [[nodiscard]] virtual Status receiveTraceCode(const QString& code, qint64 productId,
                                                  qint64 batchId, const QString& docNo) = 0;
    /// A recorded sale: its header and lines; returns it with its row id.
    [[nodiscard]] virtual Result<qint64> addSale(const CompletedSale& sale) = 0;
    /// A box sold by line `lineNo` of `sale` from `batchId`: its code marked sold (registered
    /// first when the store never received it) and kept with the line.
    [[nodiscard]] virtual Status sellTraceCode(const CompletedSale& sale, int lineNo,
                                               const QString& code, qint64 productId,
                                               qint64 batchId, bool received) = 0;
    /// RX-SINGLE: the prescription is used up (settled or dispensed) by `settled.reference`.
    [[nodiscard]] virtual Status usePrescription(const SettledPrescription& settled) = 0;
    /// 销售退货 of sale `saleId`: its header (a sale is returned once); every box's code back in
    /// stock and marked returned.
    [[nodiscard]] virtual Status addSaleReturn(const QString& returnNo, const CompletedSale& sale,
                                               const QString& reason) = 0;
    /// An approved stocktake sheet is closed.
    [[nodiscard]] virtual Status closeStocktake(qint64 sheetId) = 0;
    /// The insured settlement this transaction's sale settles (now Settled, with the sale's
    /// number) and its answered 2102 call: the platform's yes, the sale and its stock are one
    /// commit (SETTLE-ONCE).
    [[nodiscard]] virtual Status commitSettlement(const InsuredSettlementRecord& settled,
                                                  const PlatformCallRecord& answered) = 0;
    /// The audit entry of what this transaction posts, in the same transaction.
    [[nodiscard]] virtual Status appendAudit(const AuditEvent& event) = 0;

    [[nodiscard]] virtual Status commit() = 0;
};

/// Where postings go: begins one LedgerTransaction at a time (a second writer — another process,
/// the counter and a manager's command — waits its turn, it does not fail).
class LedgerStore
{
public:
    virtual ~LedgerStore() = default;
    [[nodiscard]] virtual Result<std::unique_ptr<LedgerTransaction>>
    begin(const PostingContext& context) = 0;
};

} // namespace pos
