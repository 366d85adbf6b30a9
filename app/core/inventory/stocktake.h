#pragma once

#include "app/core/inventory/inventory.h"

#include <QByteArray>

#include <optional>

namespace pos {

/// One batch on a count sheet (盘点单): the book quantity when the sheet was made and what was
/// counted, in pieces.
struct StocktakeLine
{
    qint64 batchId = 0;
    qint64 productId = 0;
    QString productCode;
    QString productName;
    QString spec;
    QString batchNo;
    QDate expiryDate;
    qint64 book = 0;
    std::optional<qint64> counted;
};

struct StocktakeSheet
{
    qint64 id = 0;
    QString sheetNo; ///< PD-20261123-0001
    QString scope;   ///< "all" or a drug type (西药 / 中成药 / 中药饮片)
    QDateTime createdAt;
    QString createdBy;
    bool approved = false;
    QList<StocktakeLine> lines;
};

/// What approving a sheet posted.
struct StocktakeResult
{
    int adjustedBatches = 0;
    qint64 gainPieces = 0;
    qint64 lossPieces = 0;
};

/// The count sheet as CSV for counting on paper or in a spreadsheet: the last column (实盘数量)
/// is left empty to be filled in.
[[nodiscard]] QByteArray stocktakeSheetCsv(const StocktakeSheet& sheet);
/// Reads a filled-in sheet: (batch id, counted pieces) for every row with a count. Rows with a
/// count that is not a whole number ≥ 0 are refused by line. The sheet is read as any imported
/// CSV is (readCsv(): UTF-8 or GB18030 — a sheet saved again by Chinese Excel is GBK — within
/// ImportLimits); a sheet that cannot be read is refused saying why.
[[nodiscard]] Result<QList<std::pair<qint64, qint64>>> countsFromCsv(const QByteArray& csv,
                                                                     QString* sheetNo);
/// The same, streamed from a file.
[[nodiscard]] Result<QList<std::pair<qint64, qint64>>> countsFromCsvFile(const QString& path,
                                                                         QString* sheetNo);

} // namespace pos
