#include "devices/paper/documentpainter.h"

#include "devices/logging.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPen>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace pos::devices {

namespace {
/// Translation context "DocumentPainter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPainter)
};
} // namespace

QrSymbol qrSymbol(const QString& payload)
{
    // A page is measured and painted (PNG, then PDF) line by line: the same code is asked for
    // several times in a row, so the last one is kept (per thread: printers paint on theirs).
    thread_local QString lastPayload;
    thread_local QrSymbol last;
    if (payload == lastPayload)
        return last;
    QrSymbol q;
    if (payload.isEmpty())
        return q;
    try {
        // zxing-cpp reports an unencodable payload by throwing; nothing may escape this module.
        const ZXing::BitMatrix m = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                       .setMargin(0)
                                       .encode(payload.toStdString(), 0, 0);
        q.modules = m.width();
        q.bits.resize(std::size_t(q.modules) * std::size_t(q.modules));
        for (int y = 0; y < q.modules; ++y)
            for (int x = 0; x < q.modules; ++x)
                q.bits[std::size_t(y) * std::size_t(q.modules) + std::size_t(x)] = m.get(x, y);
    } catch (const std::exception& e) {
        qCWarning(lcPaper) << "QR symbol not encodable:" << e.what();
        q = {};
    }
    lastPayload = payload;
    last = q;
    return q;
}

namespace {
int symbolDots(const PrintLine& line, BarcodeDrawing drawing)
{
    if (line.barcode.isEmpty() || drawing != BarcodeDrawing::Symbol)
        return 0;
    const int modules = qrSymbol(line.barcode).modules;
    return modules == 0 ? 0 : (modules + 2 * kQrQuietModules) * kQrModuleDots;
}
} // namespace

int lineHeightDots(const PrintLine& line, BarcodeDrawing drawing)
{
    return (line.doubleSize ? kLineDots * 2 : kLineDots) + symbolDots(line, drawing);
}

int linesHeightDots(const PrintDocument& doc, int first, int count, BarcodeDrawing drawing)
{
    int h = 0;
    for (int i = first; i < first + count; ++i)
        h += lineHeightDots(doc.lines.at(i), drawing);
    return h;
}

void paintDocumentLines(QPainter& p, const PrintDocument& doc, int first, int count,
                        QPoint originDots, BarcodeDrawing drawing)
{
    const int paperDots = doc.widthColumns * kDotsPerColumn;
    int y = originDots.y();
    for (int i = first; i < first + count; ++i) {
        const PrintLine& l = doc.lines.at(i);
        const int scale = l.doubleSize ? 2 : 1;
        if (const int symbolH = symbolDots(l, drawing); symbolH > 0) {
            const QrSymbol q = qrSymbol(l.barcode);
            const int side = q.modules * kQrModuleDots;
            const int left = originDots.x() + (paperDots - side) / 2;
            const int top = y + kQrQuietModules * kQrModuleDots;
            for (int my = 0; my < q.modules; ++my)
                for (int mx = 0; mx < q.modules; ++mx)
                    if (q.dark(mx, my))
                        p.fillRect(left + mx * kQrModuleDots, top + my * kQrModuleDots,
                                   kQrModuleDots, kQrModuleDots, Qt::black);
            y += symbolH;
        }
        const int h = lineHeightDots(l, BarcodeDrawing::TextOnly);
        if (l.separator) {
            p.setPen(QPen(Qt::black, 2, Qt::DashLine));
            p.drawLine(originDots.x(), y + h / 2, originDots.x() + paperDots, y + h / 2);
            y += h;
            continue;
        }
        QFont font(QStringLiteral("WenQuanYi Micro Hei Mono"));
        font.setPixelSize(22 * scale);
        font.setBold(l.bold);
        font.setStyleHint(QFont::Monospace);
        p.setFont(font);
        p.setPen(Qt::black);
        const int width = columnWidth(l.text) * scale;
        const int capacity = doc.widthColumns;
        int col = 0;
        if (l.align == PrintLine::Align::Center)
            col = qMax(0, (capacity - width) / 2);
        else if (l.align == PrintLine::Align::Right)
            col = qMax(0, capacity - width);
        for (qsizetype k = 0; k < l.text.size(); ++k) {
            QString glyph(l.text.at(k));
            if (l.text.at(k).isHighSurrogate() && k + 1 < l.text.size())
                glyph += l.text.at(++k);
            const int cells = columnWidth(glyph) * scale;
            if (col + cells > capacity)
                break; // the head has no more dots on this line
            const QRect cell(originDots.x() + col * kDotsPerColumn, y, cells * kDotsPerColumn, h);
            p.drawText(cell, Qt::AlignCenter, glyph);
            col += cells;
        }
        y += h;
    }
}

PrintDocument withReprintMark(PrintDocument doc)
{
    if (!doc.reprint)
        return doc;
    const QString mark = Tr::tr("【补打】");
    for (const PrintLine& l : std::as_const(doc.lines))
        if (l.text.contains(QStringLiteral("补打")) || l.text.contains(mark))
            return doc;
    PrintLine line;
    line.text = mark;
    line.align = PrintLine::Align::Center;
    line.bold = true;
    line.doubleSize = true;
    doc.lines.prepend(line);
    return doc;
}

} // namespace pos::devices
