#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/inventory/ledgerreport.h"
#include "app/core/inventory/stocktake.h"
#include "app/core/product.h"
#include "app/core/result.h"

#include <QIODevice>

#include <memory>

namespace pos {

class AccessControl;
class AuditLog;
class Clock;
class InventoryRepository;
class LedgerStore;
class LedgerTransaction;
class ProductCatalog;
struct ResolvedPurchaseLine;

/// What receiving a delivery said about one line.
struct LineReport
{
    int line = 0; ///< 1-based, as on the delivery note
    bool accepted = false;
    QString message; ///< why refused, or the warnings
};

struct ReceiveOutcome
{
    QString docNo;
    QStringList warnings;
    QList<LineReport> lines;
};

/// Receiving (购进验收) for the store manager: every line checked (INV-FIELDS, INV-TRACE,
/// INV-EXPIRY), the whole delivery posted in one transaction or not at all.
class InventoryService
{
public:
    /// Postings go through `ledger` (each with its audit entry in one transaction); `inventory`
    /// answers the queries (stock, sheets, the ledger's reports).
    InventoryService(const ProductCatalog& catalog, InventoryRepository& inventory,
                     LedgerStore& ledger, AccessControl& access, AuditLog& audit,
                     const Clock& clock, int nearExpiryDays = 180);

    /// Receives `doc`. When any line is refused nothing is posted; the error lists every refused
    /// line and `report` (when given) holds the verdict on each line.
    /// With `post` false it only checks (an import with unreadable rows still reports on the rest).
    [[nodiscard]] Result<ReceiveOutcome>
    receive(const PurchaseDocument& doc, QList<LineReport>* report = nullptr, bool post = true);
    [[nodiscard]] int nearExpiryDays() const { return m_nearExpiryDays; }
    /// A line with its product resolved, as the ledger posts it.
    [[nodiscard]] static ResolvedPurchaseLine resolve(const Product& product,
                                                      const PurchaseLine& line);

    /// The ledger for [from, to] as a file: CSV here, XLSX and PDF through the document writer
    /// port (setDocumentWriter). ExportLedger; audited. The file appears whole or not at all: it
    /// is written beside `path` and renamed into place; a failure or a cancel (`progress`
    /// returning false: ErrorCode::Cancelled) leaves no file and an existing one untouched.
    [[nodiscard]] Status exportLedger(const QDate& from, const QDate& to, const QString& storeName,
                                      ExportFormat format, const QString& path,
                                      const ExportProgress& progress = {});
    void setDocumentWriter(LedgerDocumentWriter* writer) { m_writer = writer; }

    /// The movement journal for [from, to] streamed as CSV into `out` (ExportLedger); `progress`
    /// as in InventoryRepository::writeJournalCsv.
    [[nodiscard]] Result<qint64> exportJournalCsv(const QDate& from, const QDate& to,
                                                  QIODevice& out,
                                                  const ExportProgress& progress = {});
    /// The movement journal as a CSV file, whole or not at all (as exportLedger). Returns the rows.
    [[nodiscard]] Result<qint64> exportJournal(const QDate& from, const QDate& to,
                                               const QString& path,
                                               const ExportProgress& progress = {});

    /// 报损 / 销毁 / 调出 / 调入 / 购进退货 of `pieces` (positive) on one batch, with a reason
    /// (AdjustStock; audited). Returns the document number.
    [[nodiscard]] Result<QString> adjustStock(qint64 batchId, MovementKind kind, qint64 pieces,
                                              const QString& reason);

    /// 盘点: a count sheet of every batch in stock, or of one drug type (AdjustStock).
    [[nodiscard]] Result<StocktakeSheet> startStocktake(std::optional<DrugType> drugType);
    /// Records counted pieces for batches of an open sheet.
    [[nodiscard]] Status recordCounts(const QString& sheetNo,
                                      const QList<std::pair<qint64, qint64>>& counts);
    /// The manager's approval: variances posted as stocktake gains and losses with `reason`.
    [[nodiscard]] Result<StocktakeResult> approveStocktake(const QString& sheetNo,
                                                           const QString& reason);

private:
    /// Begins a posting by the acting user now (full durability).
    [[nodiscard]] Result<std::unique_ptr<LedgerTransaction>> beginPosting();
    /// A refusal that is a rule's: audited before it is returned; when the audit trail cannot
    /// take it, the refusal says so too (a refusal is evidence, never silently lost).
    [[nodiscard]] Error refuseAudited(Error error, const QString& target);

    const ProductCatalog& m_catalog;
    InventoryRepository& m_inventory;
    LedgerStore& m_ledger;
    AccessControl& m_access;
    AuditLog& m_audit;
    const Clock& m_clock;
    int m_nearExpiryDays;
    LedgerDocumentWriter* m_writer = nullptr;
};

} // namespace pos
