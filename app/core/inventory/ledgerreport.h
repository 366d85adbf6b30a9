#pragma once

#include "app/core/csv/csvfield.h"
#include "app/core/inventory/inventory.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>

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
    /// The store's own balance of this batch at the period's end (账面结存), which `closing` —
    /// computed from the opening and the period's movements — must equal: the balance kept with
    /// the movements for a period that ends after the last movement, the month-end closing kept
    /// with them for a past one. Empty when the source keeps none.
    std::optional<qint64> storedClosing;

    [[nodiscard]] qint64 totalIn() const;
    [[nodiscard]] qint64 totalOut() const; ///< positive
    /// INV-LEDGER: opening + in − out = closing.
    [[nodiscard]] bool reconciles() const { return opening + totalIn() - totalOut() == closing; }
    /// The computed closing is the store's own balance (true when none is known).
    [[nodiscard]] bool matchesStore() const { return !storedClosing || *storedClosing == closing; }
};

/// The ledger as CSV (UTF-8 with BOM so Excel opens it): one row per product and batch, a column
/// per movement kind, and a footer that states whether every row reconciles and agrees with the
/// store's balances.
[[nodiscard]] QByteArray ledgerCsv(const QList<LedgerRow>& rows, const QDate& from, const QDate& to,
                                   const QString& storeName);
/// ledgerCsv() written to `out` a chunk at a time (a ledger of 100,000 batches is never held as
/// one string). False when `out` took less than it was given.
[[nodiscard]] bool writeLedgerCsv(const QList<LedgerRow>& rows, const QDate& from, const QDate& to,
                                  const QString& storeName, QIODevice& out);

/// The reconciliation footer built a row at a time (ledgerFooter() of the rows added).
class LedgerFooter
{
public:
    void add(const LedgerRow& row);
    [[nodiscard]] QString text() const;
    [[nodiscard]] qint64 rows() const { return m_rows; }

private:
    static constexpr int kMaxNamed = 20; ///< rows named per kind of difference, then a count
    qint64 m_rows = 0;
    qint64 m_unbalancedCount = 0;
    qint64 m_differingCount = 0;
    bool m_anyStored = false;
    QStringList m_unbalanced;
    QStringList m_differing;
};

/// ledgerCsv() written as the rows come (an export that never holds the ledger whole): the title
/// and column titles at construction, each row at add(), the totals and the footer at finish().
/// Writes `out` in chunks of about 256 K characters. add() and finish() return false when `out`
/// took less than it was given. Not copyable; `out` must outlive it.
class LedgerCsvWriter
{
public:
    LedgerCsvWriter(QIODevice& out, const QDate& from, const QDate& to, const QString& storeName);
    LedgerCsvWriter(const LedgerCsvWriter&) = delete;
    LedgerCsvWriter& operator=(const LedgerCsvWriter&) = delete;
    [[nodiscard]] bool add(const LedgerRow& row);
    [[nodiscard]] bool finish();
    [[nodiscard]] qint64 rows() const { return m_footer.rows(); }

private:
    [[nodiscard]] bool flush(qsizetype atLeast);
    QIODevice& m_out;
    QString m_chunk;
    LedgerFooter m_footer;
    qint64 m_opening = 0, m_in = 0, m_outSum = 0, m_closing = 0;
};

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
/// The reconciliation footer's sentence for these rows: that every row reconciles and agrees
/// with the store's balance, or which rows do not, each named (product, batch, both figures).
[[nodiscard]] QString ledgerFooter(const QList<LedgerRow>& rows);
/// A row's 核对 cell: 平, 不平, or 与账面不符 with the store's figure.
[[nodiscard]] QString ledgerCheck(const LedgerRow& row);

} // namespace pos
