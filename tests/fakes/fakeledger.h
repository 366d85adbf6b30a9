#pragma once

// An in-memory ledger: the LedgerStore the core posts through and the inventory's query ports
// (stock levels, stocktake sheets, the ledger's reports) over the same state, for tests of the
// core's services without a database.

#include "app/core/ports/ledgerstore.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>

namespace pos::fakes {

class FakeAuditLog;

class FakeLedger final : public LedgerStore, public InventoryRepository
{
public:
    /// Audit entries appended in a committed transaction go to `audit` (when given).
    explicit FakeLedger(FakeAuditLog* audit = nullptr)
        : m_audit(audit)
    {
    }

    /// What a ledger transaction sees and changes: a copy taken at begin(), swapped in at commit.
    struct Movement
    {
        qint64 id = 0;
        QString docNo;
        MovementEntry entry;
        QDateTime at;
        QString operatorName;
    };
    struct Upload
    {
        QString infno;
        QString docNo;
        QJsonObject payload;
    };
    struct State
    {
        QMap<qint64, Batch> batches;
        QMap<qint64, qint64> balances; ///< batch id → pieces
        QList<Movement> movements;
        QList<Upload> uploads;
        QHash<QString, TraceCodeRecord> codes;
        QHash<QString, SettledPrescription> settled;
        QMap<QString, CompletedSale> sales;
        QHash<QString, QString> returns; ///< sale number → return number
        QHash<QString, qint64> sequences;
        QMap<qint64, StocktakeSheet> sheets;
        QList<std::pair<QString, PurchaseDocument>> purchases;
        /// Insured settlements committed with their sale, and their answered 2102 calls.
        QMap<QString, InsuredSettlementRecord> settlements;
        QMap<QString, PlatformCallRecord> calls;
        qint64 nextId = 1;
    };

    /// Adds a batch with stock, as a receipt would (tests that need stock without a delivery).
    qint64 addStock(const Batch& batch, qint64 pieces);

    [[nodiscard]] const State& state() const { return m_state; }
    /// Begin fails with this error while set (e.g. another writer held the lock too long).
    std::optional<Error> beginFails;
    /// The next commit fails (a full disk): nothing of the transaction is kept.
    bool failNextCommit = false;
    int commits = 0;
    int rollbacks = 0;

    // LedgerStore
    [[nodiscard]] Result<std::unique_ptr<LedgerTransaction>>
    begin(const PostingContext& context) override;

    // StockLevels
    [[nodiscard]] QList<BatchStock> batchesWithStock(qint64 productId) const override;
    [[nodiscard]] qint64 sellablePieces(qint64 productId, const QDate& day) const override;
    [[nodiscard]] QList<StockLine> stockOverview() const override;
    [[nodiscard]] QList<StockLine> stockPage(const std::optional<StockPageKey>& after,
                                             int limit) const override;
    [[nodiscard]] QList<StockExpiryGroup> stockByExpiry() const override;
    [[nodiscard]] bool traceCodeKnown(const QString& code) const override;
    // StocktakeRepository
    [[nodiscard]] Result<StocktakeSheet> createStocktake(const QString& scope,
                                                         std::optional<DrugType> drugType,
                                                         const QString& operatorName,
                                                         const QDateTime& at) override;
    [[nodiscard]] std::optional<StocktakeSheet> stocktake(const QString& sheetNo) const override;
    [[nodiscard]] Status setCounted(qint64 sheetId, qint64 batchId, qint64 pieces) override;
    // LedgerReports
    [[nodiscard]] qint64 movementSum(qint64 productId) const override;
    [[nodiscard]] OutboxStatus outboxStatus() const override;
    [[nodiscard]] Result<QList<LedgerRow>> ledger(const QDate& from,
                                                  const QDate& to) const override;
    [[nodiscard]] Result<qint64>
    writeJournalCsv(const QDate& from, const QDate& to, QIODevice& out,
                    const ExportProgress& progress = {}) const override;
    [[nodiscard]] QList<DocumentMovement> movementsOf(const QString& docNo) const override;

private:
    friend class FakeLedgerTransaction;
    void commit(State state, const QList<AuditEvent>& audit);

    FakeAuditLog* m_audit;
    State m_state;
};

} // namespace pos::fakes
