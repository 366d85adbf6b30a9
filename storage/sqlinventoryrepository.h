#pragma once

#include "app/core/ports/inventoryrepository.h"

namespace pos::storage {

class Database;

/// The inventory's queries over SQLite: stock levels, stocktake sheets, the ledger's reports.
/// Postings (receiving, sales, adjustments, stocktake approval, returns) go through
/// SqlLedgerStore with what the core decided.
class SqlInventoryRepository final : public InventoryRepository
{
public:
    explicit SqlInventoryRepository(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] QList<BatchStock> batchesWithStock(qint64 productId) const override;
    [[nodiscard]] QList<DocumentMovement> movementsOf(const QString& docNo) const override;
    [[nodiscard]] qint64 sellablePieces(qint64 productId, const QDate& day) const override;
    [[nodiscard]] qint64 movementSum(qint64 productId) const override;
    [[nodiscard]] OutboxStatus outboxStatus() const override;
    [[nodiscard]] QList<StockLine> stockOverview() const override;
    [[nodiscard]] Result<StocktakeSheet> createStocktake(const QString& scope,
                                                         std::optional<DrugType> drugType,
                                                         const QString& operatorName,
                                                         const QDateTime& at) override;
    [[nodiscard]] std::optional<StocktakeSheet> stocktake(const QString& sheetNo) const override;
    [[nodiscard]] Status setCounted(qint64 sheetId, qint64 batchId, qint64 pieces) override;
    [[nodiscard]] bool traceCodeKnown(const QString& code) const override;
    [[nodiscard]] Result<QList<LedgerRow>> ledger(const QDate& from,
                                                  const QDate& to) const override;
    [[nodiscard]] Result<qint64>
    writeJournalCsv(const QDate& from, const QDate& to, QIODevice& out,
                    const ExportProgress& progress = {}) const override;

private:
    Database& m_db;
};

} // namespace pos::storage
