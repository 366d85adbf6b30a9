#pragma once

#include "app/core/csv/csvfield.h"
#include "app/core/inventory/inventory.h"

#include <QByteArray>
#include <QList>
#include <QMap>

#include <functional>

namespace pos {

/// One row of the 进销存 ledger for a period: a product's batch, its opening balance, what came
/// in and went out by kind, and its closing balance — all in pieces.
struct LedgerRow
{
    QString productCode;
    QString productName;
    QString spec;
    QString batchNo;
    QDate expiryDate;
    qint64 piecesPerBox = 1;
    qint64 opening = 0;
    QMap<MovementKind, qint64> moved; ///< signed sums per kind within the period
    qint64 closing = 0;

    [[nodiscard]] qint64 totalIn() const;
    [[nodiscard]] qint64 totalOut() const; ///< positive
    /// INV-LEDGER: opening + in − out = closing.
    [[nodiscard]] bool reconciles() const { return opening + totalIn() - totalOut() == closing; }
};

/// The ledger as CSV (UTF-8 with BOM so Excel opens it): one row per product and batch, a column
/// per movement kind, and a footer that states whether every row reconciles.
[[nodiscard]] QByteArray ledgerCsv(const QList<LedgerRow>& rows, const QDate& from, const QDate& to,
                                   const QString& storeName);

enum class ExportFormat
{
    Csv = 1,
    Xlsx,
    Pdf
};

/// Progress of a long export: `done` of `total` rows (total 0: not known yet). Returns false to
/// cancel; the export then stops and leaves no file. Called on the exporting thread, at least at
/// the start and at the end. An empty function: no progress wanted.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/// What heads an exported ledger.
struct LedgerHeader
{
    QString storeName;
    QDate from;
    QDate to;
};

/// Port for the ledger formats that need libraries outside Qt Core (XLSX, PDF). The adapter
/// writes the same columns, totals and reconciliation footer as ledgerCsv().
class LedgerDocumentWriter
{
public:
    virtual ~LedgerDocumentWriter() = default;
    /// Writes `path` (the caller renames it into place); reports each row to `progress` and
    /// stops with ErrorCode::Cancelled when it returns false.
    [[nodiscard]] virtual Status write(const QList<LedgerRow>& rows, const LedgerHeader& header,
                                       ExportFormat format, const QString& path,
                                       const ExportProgress& progress = {}) = 0;
};

/// The column titles of every ledger format, movement kinds in their column order.
[[nodiscard]] QStringList ledgerColumnTitles();
[[nodiscard]] QList<MovementKind> ledgerKindColumns();
/// The reconciliation footer's sentence for these rows.
[[nodiscard]] QString ledgerFooter(const QList<LedgerRow>& rows);

} // namespace pos
