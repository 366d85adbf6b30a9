#pragma once

#include "app/core/ports/inventoryrepository.h"

#include <QJsonObject>

namespace pos::storage {

class Database;

/// Ledger primitives shared by the repositories that move stock. Each runs inside the caller's
/// transaction.
namespace ledger {
[[nodiscard]] Status insertMovement(Database& db, MovementKind kind, qint64 productId,
                                    qint64 batchId, qint64 pieces, const QDateTime& at,
                                    const QString& operatorName, const QString& reason,
                                    const QString& sourceDoc);
[[nodiscard]] Status enqueue(Database& db, const QString& infno, const QString& docRef,
                             const QJsonObject& payload, const QDateTime& at);
[[nodiscard]] QList<BatchStock> batchesWithStock(Database& db, qint64 productId);
/// Next number of a per-prefix document sequence, e.g. "GJ-20261123" → 1, 2, …
[[nodiscard]] Result<qint64> nextNumber(Database& db, const QString& prefix);
} // namespace ledger

/// InventoryRepository over SQLite.
class SqlInventoryRepository final : public InventoryRepository
{
public:
    explicit SqlInventoryRepository(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QString> postPurchase(const PurchaseDocument& doc,
                                               const QList<ResolvedPurchaseLine>& lines,
                                               const QString& operatorName,
                                               const QDateTime& at) override;
    [[nodiscard]] QList<BatchStock> batchesWithStock(qint64 productId) const override;
    [[nodiscard]] QList<DocumentMovement> movementsOf(const QString& docNo) const override;
    [[nodiscard]] qint64 sellablePieces(qint64 productId, const QDate& day) const override;
    [[nodiscard]] qint64 movementSum(qint64 productId) const override;
    [[nodiscard]] OutboxStatus outboxStatus() const override;
    [[nodiscard]] QList<StockLine> stockOverview() const override;
    [[nodiscard]] Result<QString> postAdjustment(qint64 batchId, MovementKind kind, qint64 pieces,
                                                 const QString& operatorName, const QString& reason,
                                                 const QDateTime& at) override;
    [[nodiscard]] Result<StocktakeSheet> createStocktake(const QString& scope,
                                                         std::optional<DrugType> drugType,
                                                         const QString& operatorName,
                                                         const QDateTime& at) override;
    [[nodiscard]] std::optional<StocktakeSheet> stocktake(const QString& sheetNo) const override;
    [[nodiscard]] Status setCounted(qint64 sheetId, qint64 batchId, qint64 pieces) override;
    [[nodiscard]] Result<StocktakeResult> approveStocktake(qint64 sheetId,
                                                           const QString& operatorName,
                                                           const QString& reason,
                                                           const QDateTime& at) override;
    [[nodiscard]] bool traceCodeKnown(const QString& code) const override;
    [[nodiscard]] QList<LedgerRow> ledger(const QDate& from, const QDate& to) const override;
    [[nodiscard]] Result<qint64>
    writeJournalCsv(const QDate& from, const QDate& to, QIODevice& out,
                    const ExportProgress& progress = {}) const override;

private:
    Database& m_db;
};

} // namespace pos::storage
