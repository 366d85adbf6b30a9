#include "tests/fakes/fakeledger.h"

#include "tests/fakes/fakes.h"

#include <QIODevice>

#include <algorithm>
#include <tuple>

namespace pos::fakes {

/// One transaction over a copy of the ledger's state.
class FakeLedgerTransaction final : public LedgerTransaction
{
public:
    FakeLedgerTransaction(FakeLedger& ledger, PostingContext context)
        : m_ledger(ledger)
        , m_context(std::move(context))
        , m_s(ledger.m_state)
    {
    }
    ~FakeLedgerTransaction() override
    {
        if (!m_committed)
            ++m_ledger.rollbacks;
    }

    [[nodiscard]] const PostingContext& context() const override { return m_context; }

    Result<QList<BatchStock>> batchesWithStock(qint64 productId) override
    {
        QList<BatchStock> out;
        for (const Batch& b : std::as_const(m_s.batches))
            if (b.productId == productId && m_s.balances.value(b.id) > 0)
                out.append(BatchStock{b, m_s.balances.value(b.id)});
        std::sort(out.begin(), out.end(), [](const BatchStock& a, const BatchStock& b) {
            return std::pair(a.batch.expiryDate, a.batch.id)
                   < std::pair(b.batch.expiryDate, b.batch.id);
        });
        return out;
    }
    Result<std::optional<BatchStock>> batch(qint64 batchId) override
    {
        if (!m_s.batches.contains(batchId))
            return std::optional<BatchStock>();
        return std::optional<BatchStock>(
            BatchStock{m_s.batches.value(batchId), m_s.balances.value(batchId)});
    }
    Result<std::optional<Batch>> findBatch(qint64 productId, const QString& batchNo) override
    {
        for (const Batch& b : std::as_const(m_s.batches))
            if (b.productId == productId && b.batchNo == batchNo)
                return std::optional<Batch>(b);
        return std::optional<Batch>();
    }
    Result<std::optional<TraceCodeRecord>> traceCode(const QString& code) override
    {
        if (!m_s.codes.contains(code))
            return std::optional<TraceCodeRecord>();
        return std::optional<TraceCodeRecord>(m_s.codes.value(code));
    }
    Result<std::optional<SettledPrescription>> settledPrescription(const QString& rxNo) override
    {
        if (!m_s.settled.contains(rxNo))
            return std::optional<SettledPrescription>();
        return std::optional<SettledPrescription>(m_s.settled.value(rxNo));
    }
    Result<QList<DocumentMovement>> movementsOf(const QString& docNo) override
    {
        QList<DocumentMovement> out;
        for (const FakeLedger::Movement& m : std::as_const(m_s.movements))
            if (m.docNo == docNo)
                out.append(DocumentMovement{m.entry.productId,
                                            m_s.batches.value(m.entry.batchId).batchNo,
                                            m.entry.kind, m.entry.pieces, m.entry.batchId});
        return out;
    }
    Result<QList<QJsonObject>> uploadsOf(const QString& infno, const QString& docNo) override
    {
        QList<QJsonObject> out;
        for (const FakeLedger::Upload& u : std::as_const(m_s.uploads))
            if (u.infno == infno && u.docNo == docNo)
                out.append(u.payload);
        return out;
    }
    Result<std::optional<CompletedSale>> sale(const QString& saleNo) override
    {
        if (!m_s.sales.contains(saleNo))
            return std::optional<CompletedSale>();
        return std::optional<CompletedSale>(m_s.sales.value(saleNo));
    }
    Result<std::optional<StocktakeSheet>> stocktake(qint64 sheetId) override
    {
        if (!m_s.sheets.contains(sheetId))
            return std::optional<StocktakeSheet>();
        return std::optional<StocktakeSheet>(m_s.sheets.value(sheetId));
    }
    Result<qint64> balance(qint64 batchId) override { return m_s.balances.value(batchId); }
    Result<QString> nextNumber(const QString& prefix) override
    {
        const qint64 n = ++m_s.sequences[prefix];
        return QString(prefix + u'-' + QString::number(n).rightJustified(4, u'0'));
    }

    Result<qint64> addBatch(const Batch& b) override
    {
        Batch copy = b;
        copy.id = m_s.nextId++;
        m_s.batches.insert(copy.id, copy);
        return copy.id;
    }
    Status addMovement(const QString& docNo, const MovementEntry& m) override
    {
        // The schema's last line: a balance never below zero, a movement never zero.
        const qint64 after = m_s.balances.value(m.batchId) + m.pieces;
        if (m.pieces == 0 || after < 0)
            return makeError(ErrorCode::StorageFailure,
                             QStringLiteral("CHECK constraint failed: balance (fake)"));
        m_s.balances[m.batchId] = after;
        m_s.movements.append(
            FakeLedger::Movement{m_s.nextId++, docNo, m, m_context.at, m_context.operatorName});
        return {};
    }
    Status queueUpload(const QString& docNo, const UploadEntry& u) override
    {
        m_s.uploads.append(FakeLedger::Upload{u.infno, docNo, u.payload});
        return {};
    }
    Result<qint64> addPurchaseDocument(const QString& docNo, const PurchaseDocument& doc) override
    {
        m_s.purchases.append({docNo, doc});
        return qint64(m_s.purchases.size());
    }
    Status addPurchaseLine(qint64, int, const ResolvedPurchaseLine&, qint64) override { return {}; }
    Status receiveTraceCode(const QString& code, qint64 productId, qint64 batchId,
                            const QString& docNo) override
    {
        if (m_s.codes.contains(code))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("UNIQUE trace_code (fake)"));
        m_s.codes.insert(code, TraceCodeRecord{code, productId, batchId, true, docNo, {}, {}});
        return {};
    }
    Result<qint64> addSale(const CompletedSale& sale) override
    {
        if (m_s.sales.contains(sale.saleNo))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("UNIQUE sale_no (fake)"));
        CompletedSale copy = sale;
        copy.id = m_s.nextId++;
        m_s.sales.insert(copy.saleNo, copy);
        return copy.id;
    }
    Status sellTraceCode(const CompletedSale& sale, int, const QString& code, qint64 productId,
                         qint64 batchId, bool known) override
    {
        TraceCodeRecord r = m_s.codes.value(code);
        if (known && (!m_s.codes.contains(code) || !r.saleNo.isEmpty()))
            return makeError(ErrorCode::RuleViolation, QStringLiteral("sold (fake)"),
                             QStringLiteral("INV-TRACE"));
        if (!known) {
            if (m_s.codes.contains(code))
                return makeError(ErrorCode::StorageFailure, QStringLiteral("UNIQUE (fake)"));
            r = TraceCodeRecord{code, productId, batchId, false, {}, {}, {}};
        }
        r.saleNo = sale.saleNo;
        r.soldAt = sale.time;
        m_s.codes.insert(code, r);
        return {};
    }
    Status usePrescription(const SettledPrescription& settled) override
    {
        if (m_s.settled.contains(settled.rxNo))
            return makeError(ErrorCode::RuleViolation, QStringLiteral("settled (fake)"),
                             QStringLiteral("RX-SINGLE"));
        m_s.settled.insert(settled.rxNo, settled);
        return {};
    }
    Status addSaleReturn(const QString& returnNo, const CompletedSale& sale,
                         const QString&) override
    {
        if (m_s.returns.contains(sale.saleNo))
            return makeError(ErrorCode::WrongState, QStringLiteral("returned (fake)"));
        m_s.returns.insert(sale.saleNo, returnNo);
        for (TraceCodeRecord& r : m_s.codes)
            if (r.saleNo == sale.saleNo) {
                r.saleNo.clear();
                r.soldAt = {};
            }
        return {};
    }
    Status closeStocktake(qint64 sheetId) override
    {
        if (!m_s.sheets.contains(sheetId) || m_s.sheets[sheetId].approved)
            return makeError(ErrorCode::WrongState, QStringLiteral("closed (fake)"));
        m_s.sheets[sheetId].approved = true;
        return {};
    }
    Status commitSettlement(const InsuredSettlementRecord& settled,
                            const PlatformCallRecord& answered) override
    {
        m_s.settlements.insert(settled.settlementNo, settled);
        m_s.calls.insert(answered.msgId, answered);
        return {};
    }
    Status appendAudit(const AuditEvent& event) override
    {
        m_audit.append(event);
        return {};
    }
    Status commit() override
    {
        if (m_ledger.failNextCommit) {
            m_ledger.failNextCommit = false;
            return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full (fake)"));
        }
        m_committed = true;
        m_ledger.commit(std::move(m_s), m_audit);
        return {};
    }

private:
    FakeLedger& m_ledger;
    PostingContext m_context;
    FakeLedger::State m_s;
    QList<AuditEvent> m_audit;
    bool m_committed = false;
};

qint64 FakeLedger::addStock(const Batch& batch, qint64 pieces)
{
    Batch b = batch;
    b.id = m_state.nextId++;
    m_state.batches.insert(b.id, b);
    m_state.balances.insert(b.id, pieces);
    m_state.movements.append(Movement{
        m_state.nextId++,
        QStringLiteral("OPENING"),
        MovementEntry{MovementKind::Purchase, b.productId, b.id, pieces, QStringLiteral("opening")},
        {},
        QStringLiteral("test")});
    return b.id;
}

Result<std::unique_ptr<LedgerTransaction>> FakeLedger::begin(const PostingContext& context)
{
    if (beginFails)
        return *beginFails;
    return std::unique_ptr<LedgerTransaction>(new FakeLedgerTransaction(*this, context));
}

void FakeLedger::commit(State state, const QList<AuditEvent>& audit)
{
    m_state = std::move(state);
    ++commits;
    if (m_audit)
        for (const AuditEvent& e : audit)
            (void)m_audit->append(e);
}

QList<BatchStock> FakeLedger::batchesWithStock(qint64 productId) const
{
    QList<BatchStock> out;
    for (const Batch& b : std::as_const(m_state.batches))
        if (b.productId == productId && m_state.balances.value(b.id) > 0)
            out.append(BatchStock{b, m_state.balances.value(b.id)});
    std::sort(out.begin(), out.end(), [](const BatchStock& a, const BatchStock& b) {
        return std::pair(a.batch.expiryDate, a.batch.id)
               < std::pair(b.batch.expiryDate, b.batch.id);
    });
    return out;
}

qint64 FakeLedger::sellablePieces(qint64 productId, const QDate& day) const
{
    qint64 n = 0;
    for (const BatchStock& s : batchesWithStock(productId))
        if (isSellable(s.batch, day))
            n += s.pieces;
    return n;
}

QList<StockLine> FakeLedger::stockOverview() const
{
    QList<StockLine> out;
    for (const Batch& b : std::as_const(m_state.batches))
        if (m_state.balances.value(b.id) > 0)
            out.append(StockLine{QString::number(b.productId),
                                 {},
                                 {},
                                 1,
                                 BatchStock{b, m_state.balances.value(b.id)}});
    return out;
}

QList<StockLine> FakeLedger::stockPage(const std::optional<StockPageKey>& after, int limit) const
{
    const auto key = [](const StockLine& l) {
        return std::tuple(l.stock.batch.expiryDate, l.productCode, l.stock.batch.id);
    };
    QList<StockLine> all = stockOverview();
    std::sort(all.begin(), all.end(),
              [&](const StockLine& a, const StockLine& b) { return key(a) < key(b); });
    QList<StockLine> out;
    for (const StockLine& l : std::as_const(all)) {
        if (after && !(std::tuple(after->expiryDate, after->productCode, after->batchId) < key(l)))
            continue;
        if (out.size() >= limit)
            break;
        out.append(l);
    }
    return out;
}

QList<StockExpiryGroup> FakeLedger::stockByExpiry() const
{
    QList<StockExpiryGroup> out;
    for (const StockLine& l : stockOverview()) {
        auto it = std::find_if(out.begin(), out.end(), [&](const StockExpiryGroup& g) {
            return g.expiryDate == l.stock.batch.expiryDate
                   && g.quarantined == l.stock.batch.quarantined;
        });
        if (it == out.end())
            out.append(StockExpiryGroup{l.stock.batch.expiryDate, l.stock.batch.quarantined, 1});
        else
            ++it->batches;
    }
    return out;
}

bool FakeLedger::traceCodeKnown(const QString& code) const
{
    return m_state.codes.contains(code) && m_state.codes.value(code).received;
}

Result<StocktakeSheet> FakeLedger::createStocktake(const QString& scope, std::optional<DrugType>,
                                                   const QString& operatorName, const QDateTime& at)
{
    StocktakeSheet sheet;
    sheet.id = m_state.nextId++;
    sheet.sheetNo = QStringLiteral("PD-TEST-%1").arg(sheet.id);
    sheet.scope = scope;
    sheet.createdAt = at;
    sheet.createdBy = operatorName;
    for (const Batch& b : std::as_const(m_state.batches))
        if (m_state.balances.value(b.id) > 0) {
            StocktakeLine l;
            l.batchId = b.id;
            l.productId = b.productId;
            l.batchNo = b.batchNo;
            l.expiryDate = b.expiryDate;
            l.book = m_state.balances.value(b.id);
            sheet.lines.append(l);
        }
    m_state.sheets.insert(sheet.id, sheet);
    return sheet;
}

std::optional<StocktakeSheet> FakeLedger::stocktake(const QString& sheetNo) const
{
    for (const StocktakeSheet& s : m_state.sheets)
        if (s.sheetNo == sheetNo)
            return s;
    return std::nullopt;
}

Status FakeLedger::setCounted(qint64 sheetId, qint64 batchId, qint64 pieces)
{
    if (!m_state.sheets.contains(sheetId))
        return makeError(ErrorCode::NotFound, QStringLiteral("no sheet (fake)"));
    for (StocktakeLine& l : m_state.sheets[sheetId].lines)
        if (l.batchId == batchId) {
            l.counted = pieces;
            return {};
        }
    return makeError(ErrorCode::NotFound, QStringLiteral("no line (fake)"));
}

qint64 FakeLedger::movementSum(qint64 productId) const
{
    qint64 n = 0;
    for (const Movement& m : m_state.movements)
        if (m.entry.productId == productId)
            n += m.entry.pieces;
    return n;
}

OutboxStatus FakeLedger::outboxStatus() const
{
    return OutboxStatus{m_state.uploads.size(), {}, 0};
}

Result<QList<LedgerRow>> FakeLedger::ledger(const QDate& from, const QDate& to) const
{
    QMap<qint64, LedgerRow> rows;
    for (const Movement& m : m_state.movements) {
        if (m.at.isValid() && m.at.date() > to)
            continue;
        LedgerRow& r = rows[m.entry.batchId];
        r.batchNo = m_state.batches.value(m.entry.batchId).batchNo;
        r.productCode = QString::number(m.entry.productId);
        if (m.at.isValid() && m.at.date() >= from)
            r.moved[m.entry.kind] += m.entry.pieces;
        else
            r.opening += m.entry.pieces;
        r.closing += m.entry.pieces;
    }
    return rows.values();
}

Result<qint64> FakeLedger::writeJournalCsv(const QDate& from, const QDate& to, QIODevice& out,
                                           const ExportProgress&) const
{
    qint64 n = 0;
    for (const Movement& m : m_state.movements)
        if (m.at.isValid() && m.at.date() >= from && m.at.date() <= to) {
            out.write(
                QStringLiteral("%1,%2,%3\n").arg(m.id).arg(m.docNo).arg(m.entry.pieces).toUtf8());
            ++n;
        }
    return n;
}

QList<DocumentMovement> FakeLedger::movementsOf(const QString& docNo) const
{
    QList<DocumentMovement> out;
    for (const Movement& m : m_state.movements)
        if (m.docNo == docNo)
            out.append(DocumentMovement{m.entry.productId,
                                        m_state.batches.value(m.entry.batchId).batchNo,
                                        m.entry.kind, m.entry.pieces, m.entry.batchId});
    return out;
}

} // namespace pos::fakes
