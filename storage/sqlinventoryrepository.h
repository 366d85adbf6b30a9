#pragma once

#include "app/core/ports/inventoryrepository.h"

#include <QVariant>

#include <utility>

namespace pos::storage {

class Database;

/// The inventory's queries over SQLite: stock levels, stocktake sheets, the ledger's reports.
/// Postings (receiving, sales, adjustments, stocktake approval, returns) go through
/// SqlLedgerStore with what the core decided.
///
/// The ledger of a period reads the month-end closings (stock_closing, kept by the movement
/// trigger, migration 0014) of the month before the period and the period's own movements
/// through the `at` index: its cost follows the period, never the store's age.
class SqlInventoryRepository final : public InventoryRepository
{
public:
    /// The one statement ledger() runs for a period, with its named parameters bound as it binds
    /// them (the benchmark runs the same through `sqlite3 -csv`).
    struct LedgerStatement
    {
        QString sql;
        QList<std::pair<QString, QVariant>> bindings;
    };

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
    [[nodiscard]] QList<StockLine> stockPage(const std::optional<StockPageKey>& after,
                                             int limit) const override;
    [[nodiscard]] QList<StockExpiryGroup> stockByExpiry() const override;
    [[nodiscard]] Result<StocktakeSheet> createStocktake(const QString& scope,
                                                         std::optional<DrugType> drugType,
                                                         const QString& operatorName,
                                                         const QDateTime& at) override;
    [[nodiscard]] std::optional<StocktakeSheet> stocktake(const QString& sheetNo) const override;
    [[nodiscard]] Status setCounted(qint64 sheetId, qint64 batchId, qint64 pieces) override;
    [[nodiscard]] bool traceCodeKnown(const QString& code) const override;
    [[nodiscard]] Result<QList<LedgerRow>> ledger(const QDate& from,
                                                  const QDate& to) const override;
    /// Streams the statement's rows: only the current one is held.
    [[nodiscard]] Status
    forEachLedgerRow(const QDate& from, const QDate& to,
                     const std::function<bool(const LedgerRow&)>& each) const override;
    /// The statement ledger() runs, with its parameters (the benchmark runs it with sqlite3).
    [[nodiscard]] Result<LedgerStatement> ledgerStatement(const QDate& from, const QDate& to) const;
    [[nodiscard]] Result<qint64>
    writeJournalCsv(const QDate& from, const QDate& to, QIODevice& out,
                    const ExportProgress& progress = {}) const override;

private:
    Database& m_db;
};

} // namespace pos::storage
