#include "app/core/printdocument.h"

namespace pos {

int columnWidth(QChar c)
{
    const char16_t u = c.unicode();
    // East Asian Wide/Fullwidth ranges that occur on Chinese receipts.
    if ((u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6))
        return 2;
    if (c.isHighSurrogate())
        return 2; // supplementary CJK ideographs; the low surrogate counts 0
    if (c.isLowSurrogate())
        return 0;
    return 1;
}

int columnWidth(QStringView text)
{
    int w = 0;
    for (QChar c : text)
        w += columnWidth(c);
    return w;
}

QString elideToColumns(QStringView text, int columns)
{
    QString out;
    int w = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int cw = columnWidth(text[i]);
        if (w + cw > columns)
            break;
        w += cw;
        out += text[i];
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            out += text[++i];
    }
    return out;
}

QString leftRight(QStringView left, QStringView right, int columns)
{
    const int rw = columnWidth(right);
    const int room = columns - rw - 1;
    QString l = room > 0 ? elideToColumns(left, room) : QString();
    const int pad = columns - columnWidth(l) - rw;
    return l + QString(qMax(1, pad), u' ') + right.toString();
}

QList<QString> wrapToColumns(QStringView text, int columns)
{
    QList<QString> out;
    QString line;
    int w = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const int cw = columnWidth(c);
        if (w + cw > columns && !line.isEmpty()) {
            out.append(line);
            line.clear();
            w = 0;
        }
        line += c;
        w += cw;
    }
    if (!line.isEmpty() || out.isEmpty())
        out.append(line);
    return out;
}

PrintLine PrintLine::textLine(QString text, Align align, bool bold)
{
    PrintLine l;
    l.text = std::move(text);
    l.align = align;
    l.bold = bold;
    return l;
}

PrintLine PrintLine::rule()
{
    PrintLine l;
    l.separator = true;
    return l;
}

void PrintDocument::appendTitle(const QString& title)
{
    for (const QString& part : wrapToColumns(title, widthColumns / 2)) {
        PrintLine l = PrintLine::textLine(part, PrintLine::Align::Center, true);
        l.doubleSize = true;
        lines << l;
    }
}

QString PrintDocument::toPlainText() const
{
    QString out;
    for (const PrintLine& l : lines) {
        if (l.separator) {
            out += QString(widthColumns, u'-') + u'\n';
            continue;
        }
        const int w = columnWidth(l.text);
        int pad = 0;
        if (l.align == PrintLine::Align::Center)
            pad = qMax(0, (widthColumns - w) / 2);
        else if (l.align == PrintLine::Align::Right)
            pad = qMax(0, widthColumns - w);
        out += QString(pad, u' ') + l.text + u'\n';
    }
    return out;
}

} // namespace pos
