#include "devices/paper/documentpainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPen>

namespace pos::devices {

namespace {
/// Translation context "DocumentPainter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPainter)
};
} // namespace

int lineHeightDots(const PrintLine& line)
{
    return line.doubleSize ? kLineDots * 2 : kLineDots;
}

int linesHeightDots(const PrintDocument& doc, int first, int count)
{
    int h = 0;
    for (int i = first; i < first + count; ++i)
        h += lineHeightDots(doc.lines.at(i));
    return h;
}

void paintDocumentLines(QPainter& p, const PrintDocument& doc, int first, int count,
                        QPoint originDots)
{
    const int paperDots = doc.widthColumns * kDotsPerColumn;
    int y = originDots.y();
    for (int i = first; i < first + count; ++i) {
        const PrintLine& l = doc.lines.at(i);
        const int scale = l.doubleSize ? 2 : 1;
        const int h = lineHeightDots(l);
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
