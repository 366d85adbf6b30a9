#include "storage/ledgerdocumentwriter.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <xlsxwriter.h>

#include <memory>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LedgerDocumentWriter)
};

QString title(const LedgerHeader& h)
{
    return Tr::tr("%1 进销存台账 %2 至 %3（数量单位：最小单位）")
        .arg(h.storeName, h.from.toString(Qt::ISODate), h.to.toString(Qt::ISODate));
}

/// One row's cells, as text and numbers, in ledgerColumnTitles() order.
QStringList cells(const LedgerRow& r)
{
    QStringList c{r.productCode,
                  r.productName,
                  r.spec,
                  r.batchNo,
                  r.expiryDate.toString(Qt::ISODate),
                  QString::number(r.piecesPerBox),
                  QString::number(r.opening)};
    for (MovementKind k : ledgerKindColumns()) {
        const qint64 v = r.moved.value(k);
        c << QString::number(isInbound(k) ? v : -v);
    }
    c << QString::number(r.totalIn()) << QString::number(r.totalOut()) << QString::number(r.closing)
      << ledgerCheck(r);
    return c;
}

/// Reports every 256th row (and the last); false when the user cancelled.
bool report(const ExportProgress& progress, qint64 done, qint64 total)
{
    return !progress || (done % 256 != 0 && done != total) || progress(done, total);
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, Tr::tr("导出已取消"));
}

struct WorkbookCloser
{
    void operator()(lxw_workbook* wb) const
    {
        if (wb)
            workbook_close(wb);
    }
};

} // namespace

Status LedgerDocumentWriterImpl::write(const QList<LedgerRow>& rows, const LedgerHeader& header,
                                       ExportFormat format, const QString& path,
                                       const ExportProgress& progress)
{
    switch (format) {
    case ExportFormat::Xlsx: return writeXlsx(rows, header, path, progress);
    case ExportFormat::Pdf: return writePdf(rows, header, path, progress);
    case ExportFormat::Csv: break;
    }
    return makeError(ErrorCode::InvalidInput, Tr::tr("CSV 由核心直接生成"));
}

Status LedgerDocumentWriterImpl::writeXlsx(const QList<LedgerRow>& rows, const LedgerHeader& header,
                                           const QString& path, const ExportProgress& progress)
{
    if (!report(progress, 0, rows.size()))
        return cancelled();
    const QByteArray file = path.toLocal8Bit();
    lxw_workbook* wb = workbook_new(file.constData());
    if (!wb)
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法创建 %1").arg(path));
    lxw_worksheet* ws = workbook_add_worksheet(wb, Tr::tr("进销存").toUtf8().constData());
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* red = workbook_add_format(wb);
    format_set_font_color(red, LXW_COLOR_RED);
    worksheet_write_string(ws, 0, 0, title(header).toUtf8().constData(), bold);
    const QStringList titles = ledgerColumnTitles();
    for (int c = 0; c < titles.size(); ++c)
        worksheet_write_string(ws, 1, static_cast<lxw_col_t>(c), titles.at(c).toUtf8().constData(),
                               bold);
    const int numericFrom = 5; // 每盒数量 onwards are numbers, except the last (核对)
    lxw_row_t row = 2;
    for (const LedgerRow& r : rows) {
        const QStringList c = cells(r);
        for (int i = 0; i < c.size(); ++i) {
            const auto col = static_cast<lxw_col_t>(i);
            if (i >= numericFrom && i < c.size() - 1)
                worksheet_write_number(ws, row, col, c.at(i).toDouble(), nullptr);
            else
                worksheet_write_string(
                    ws, row, col, c.at(i).toUtf8().constData(),
                    (i == c.size() - 1 && !(r.reconciles() && r.matchesStore())) ? red : nullptr);
        }
        ++row;
        if (!report(progress, row - 2, rows.size())) {
            workbook_close(wb); // the caller removes the half-written file
            return cancelled();
        }
    }
    worksheet_write_string(ws, row + 1, 0, ledgerFooter(rows).toUtf8().constData(), bold);
    worksheet_set_column(ws, 0, 0, 10, nullptr);
    worksheet_set_column(ws, 1, 1, 28, nullptr);
    worksheet_set_column(ws, 2, 4, 14, nullptr);
    worksheet_freeze_panes(ws, 2, 2);
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("写入 %1 失败：%2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    return {};
}

Status LedgerDocumentWriterImpl::writePdf(const QList<LedgerRow>& rows, const LedgerHeader& header,
                                          const QString& path, const ExportProgress& progress)
{
    if (!report(progress, 0, rows.size()))
        return cancelled();
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                  QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    pdf.setResolution(150);
    pdf.setTitle(title(header));
    QPainter p;
    if (!p.begin(&pdf))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法创建 %1").arg(path));
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(14);
    p.setFont(font);
    const QRect page = p.viewport();
    const QStringList titles = ledgerColumnTitles();
    // Column widths: name wide, the rest even.
    QList<int> widths;
    const int nameWidth = page.width() * 18 / 100;
    const int other = (page.width() - nameWidth) / (titles.size() - 1);
    for (int i = 0; i < titles.size(); ++i)
        widths << (i == 1 ? nameWidth : other);
    const int lineHeight = 24;
    int y = 0;
    int pageNo = 1;
    auto drawRow = [&](const QStringList& c, bool boldRow) {
        QFont f = font;
        f.setBold(boldRow);
        p.setFont(f);
        int x = 0;
        for (int i = 0; i < c.size() && i < widths.size(); ++i) {
            p.drawText(QRect(x + 2, y, widths.at(i) - 4, lineHeight),
                       Qt::AlignVCenter
                           | (i >= 5 && i < c.size() - 1 ? Qt::AlignRight : Qt::AlignLeft),
                       c.at(i));
            x += widths.at(i);
        }
        p.drawLine(0, y + lineHeight, page.width(), y + lineHeight);
        y += lineHeight;
    };
    auto pageHeader = [&] {
        QFont f = font;
        f.setPixelSize(18);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRect(0, y, page.width(), 30), Qt::AlignLeft | Qt::AlignVCenter, title(header));
        p.setFont(font);
        p.drawText(QRect(0, y, page.width(), 30), Qt::AlignRight | Qt::AlignVCenter,
                   Tr::tr("第 %1 页").arg(pageNo));
        y += 36;
        drawRow(titles, true);
    };
    pageHeader();
    qint64 done = 0;
    for (const LedgerRow& r : rows) {
        if (!report(progress, ++done, rows.size())) {
            p.end();
            return cancelled();
        }
        if (y + 2 * lineHeight > page.height()) {
            pdf.newPage();
            ++pageNo;
            y = 0;
            pageHeader();
        }
        drawRow(cells(r), false);
    }
    y += lineHeight / 2;
    // The footer may name rows that differ from the store's balances: wrapped, on a page of its
    // own when little room is left.
    if (y + 6 * lineHeight > page.height()) {
        pdf.newPage();
        y = 0;
    }
    QFont f = font;
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(0, y, page.width(), page.height() - y),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, ledgerFooter(rows));
    p.end();
    return {};
}

} // namespace pos::storage
