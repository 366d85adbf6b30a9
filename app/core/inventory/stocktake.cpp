#include "app/core/inventory/stocktake.h"

#include "app/core/csv/csvreader.h"
#include "app/core/inventory/ledgerreport.h"

#include <QBuffer>
#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stocktake)
};
} // namespace

QByteArray stocktakeSheetCsv(const StocktakeSheet& sheet)
{
    QString out =
        Tr::tr("盘点单号,批次ID,商品编码,品名,规格,批号,有效期,账面数量（最小单位）,实盘数量")
        + u'\n';
    for (const StocktakeLine& l : sheet.lines)
        out += csvField(sheet.sheetNo) + u',' + QString::number(l.batchId) + u','
               + csvField(l.productCode) + u',' + csvField(l.productName) + u',' + csvField(l.spec)
               + u',' + csvField(l.batchNo) + u',' + l.expiryDate.toString(Qt::ISODate) + u','
               + QString::number(l.book) + u','
               + (l.counted ? QString::number(*l.counted) : QString()) + u'\n';
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

namespace {
Result<QList<std::pair<qint64, qint64>>> countsFromRows(const QList<QStringList>& rows,
                                                        QString* sheetNo)
{
    QList<std::pair<qint64, qint64>> counts;
    QStringList problems;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList& f = rows.at(r);
        if (f.size() < 9 || f.at(8).trimmed().isEmpty())
            continue;
        if (sheetNo && sheetNo->isEmpty())
            *sheetNo = f.at(0).trimmed();
        bool okId = false, okCount = false;
        const qint64 batch = f.at(1).trimmed().toLongLong(&okId);
        const qint64 counted = f.at(8).trimmed().toLongLong(&okCount);
        if (!okId || !okCount || counted < 0)
            problems << Tr::tr("第 %1 行：实盘数量“%2”须为不小于 0 的整数").arg(r + 1).arg(f.at(8));
        else
            counts.append({batch, counted});
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    return counts;
}
} // namespace

Result<QList<std::pair<qint64, qint64>>> countsFromCsv(const QByteArray& csv, QString* sheetNo)
{
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<CsvTable> table = readCsv(buffer, Tr::tr("盘点单"));
    if (!table)
        return table.error();
    return countsFromRows(table->rows, sheetNo);
}

Result<QList<std::pair<qint64, qint64>>> countsFromCsvFile(const QString& path, QString* sheetNo)
{
    const Result<CsvTable> table = readCsvFile(path, Tr::tr("盘点单 %1").arg(path));
    if (!table)
        return table.error();
    return countsFromRows(table->rows, sheetNo);
}

} // namespace pos
