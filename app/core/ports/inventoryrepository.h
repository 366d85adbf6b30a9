#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/inventory/ledgerreport.h"
#include "app/core/inventory/stocktake.h"
#include "app/core/product.h"
#include "app/core/result.h"

#include <QIODevice>
#include <QList>

#include <functional>
#include <optional>

namespace pos {

/// The outbox of platform uploads (DATA-UPLOAD), as the counter shows it.
struct OutboxStatus
{
    qint64 pending = 0;
    QDateTime oldestPending; ///< invalid when nothing is pending
    qint64 sent = 0;
};

/// One batch in stock with its product, for the stock screen.
struct StockLine
{
    QString productCode;
    QString productName;
    QString spec;
    qint64 piecesPerBox = 1;
    BatchStock stock;
};

/// Where a page of the stock screen ends; the next page starts after it. The screen's order:
/// earliest expiry first, then product code, then batch.
struct StockPageKey
{
    QDate expiryDate;
    QString productCode;
    qint64 batchId = 0;

    [[nodiscard]] static StockPageKey of(const StockLine& line)
    {
        return {line.stock.batch.expiryDate, line.productCode, line.stock.batch.id};
    }
};

/// A received purchase line as posted, with its product resolved.
struct ResolvedPurchaseLine
{
    PurchaseLine line;
    qint64 productId = 0;
    qint64 piecesPerBox = 1;
    QString productName;
    QString rxFlag; ///< for the 3503 payload
};

/// One movement of a document (a sale, a delivery…): which batch of which product, how many pieces.
struct DocumentMovement
{
    qint64 productId = 0;
    QString batchNo;
    MovementKind kind = MovementKind::Sale;
    qint64 pieces = 0; ///< signed: out of stock is negative
    qint64 batchId = 0;
};

/// Stock levels: what the counter may sell and what the stock screen shows (INV-AVAIL).
/// Thread: the owner's thread.
class StockLevels
{
public:
    virtual ~StockLevels() = default;
    /// Every batch of a product that has stock, sellable or not.
    [[nodiscard]] virtual QList<BatchStock> batchesWithStock(qint64 productId) const = 0;
    /// Sellable stock of a product on `day`, in pieces (INV-AVAIL: expired and quarantined
    /// excluded).
    [[nodiscard]] virtual qint64 sellablePieces(qint64 productId, const QDate& day) const = 0;
    /// Every batch that has stock, earliest expiry first.
    [[nodiscard]] virtual QList<StockLine> stockOverview() const = 0;
    /// The same a page at a time (the stock screen reads what it shows, not 50,000 batches): up to
    /// `limit` batches after `after`, from the first when it is empty. In stockOverview()'s order,
    /// with the product code and the batch id as tie-breakers (StockPageKey).
    [[nodiscard]] virtual QList<StockLine> stockPage(const std::optional<StockPageKey>& after,
                                                     int limit) const = 0;
    /// The batches with stock counted per expiry day and quarantine (summariseStock's input).
    [[nodiscard]] virtual QList<StockExpiryGroup> stockByExpiry() const = 0;
    /// True when the traceability code was already received (any product).
    [[nodiscard]] virtual bool traceCodeKnown(const QString& code) const = 0;
};

/// Stocktake sheets (盘点) before approval: the sheet with the book quantities, and the counts.
/// Approval is a posting (postings::stocktake).
class StocktakeRepository
{
public:
    virtual ~StocktakeRepository() = default;
    /// A count sheet of every batch in stock (of `drugType` when given), book quantities now.
    [[nodiscard]] virtual Result<StocktakeSheet> createStocktake(const QString& scope,
                                                                 std::optional<DrugType> drugType,
                                                                 const QString& operatorName,
                                                                 const QDateTime& at) = 0;
    [[nodiscard]] virtual std::optional<StocktakeSheet> stocktake(const QString& sheetNo) const = 0;
    [[nodiscard]] virtual Status setCounted(qint64 sheetId, qint64 batchId, qint64 pieces) = 0;
};

/// What the ledger reports: its periods, its journal, a document's movements, the upload queue.
class LedgerReports
{
public:
    virtual ~LedgerReports() = default;
    /// Sum of all movements of a product (for reconciliation checks).
    [[nodiscard]] virtual qint64 movementSum(qint64 productId) const = 0;
    [[nodiscard]] virtual OutboxStatus outboxStatus() const = 0;
    /// The ledger for [from, to] (whole days): one row per product and batch that had stock or
    /// movements in the period.
    [[nodiscard]] virtual Result<QList<LedgerRow>> ledger(const QDate& from,
                                                          const QDate& to) const = 0;
    /// ledger()'s rows one at a time, in its order, to `each` — an export that writes them as
    /// they come never holds the ledger whole (100,000 batches are tens of megabytes as rows).
    /// `each` returning false stops the reading (the caller knows why; the result is then
    /// success). A read error is an error, whatever `each` already got. The default reads
    /// ledger() whole.
    [[nodiscard]] virtual Status
    forEachLedgerRow(const QDate& from, const QDate& to,
                     const std::function<bool(const LedgerRow&)>& each) const
    {
        Result<QList<LedgerRow>> rows = ledger(from, to);
        if (!rows)
            return rows.error();
        for (const LedgerRow& r : std::as_const(*rows))
            if (!each(r))
                break;
        return {};
    }
    /// The movement journal for [from, to] written as CSV to `out` row by row (a month of a
    /// busy store is millions of rows: nothing is held in memory). Returns the row count.
    /// With `progress`, the rows are counted first and reported as they are written; when it
    /// returns false the export stops with ErrorCode::Cancelled (what `out` got is the caller's).
    [[nodiscard]] virtual Result<qint64>
    writeJournalCsv(const QDate& from, const QDate& to, QIODevice& out,
                    const ExportProgress& progress = {}) const = 0;
    /// The movements document `docNo` posted (the batches a sale took, in posting order).
    [[nodiscard]] virtual QList<DocumentMovement> movementsOf(const QString& docNo) const = 0;
};

/// The whole inventory side for the screens that show all of it (the manager's inventory screen,
/// the composition root). Postings go through LedgerStore (app/core/ports/ledgerstore.h).
class InventoryRepository : public StockLevels, public StocktakeRepository, public LedgerReports
{
};

} // namespace pos
