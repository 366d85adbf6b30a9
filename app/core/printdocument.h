#pragma once

#include <QList>
#include <QString>

namespace pos {

/// A document for a line printer, independent of how it is printed (ESC/POS bytes, a CUPS page, a
/// simulated PNG). Widths are counted in printer columns: CJK characters take two.
struct PrintLine
{
    enum class Align
    {
        Left = 1,
        Center,
        Right
    };
    QString text;
    Align align = Align::Left;
    bool bold = false;
    bool doubleSize = false;
    bool separator = false; ///< a rule across the paper; text is ignored
    /// A code to scan back (the one-time print code "PPOS-PRN-…"): printers that can print a QR
    /// symbol of this payload print one, with `text` (which always holds it readably) under it;
    /// others print `text` only.
    QString barcode;

    /// A line of text.
    [[nodiscard]] static PrintLine textLine(QString text, Align align = Align::Left,
                                            bool bold = false);
    /// A rule across the paper.
    [[nodiscard]] static PrintLine rule();
};

struct PrintDocument
{
    QString kind;          ///< "receipt", "prescription", "slip": names the output files
    QString reference;     ///< the business document it prints, e.g. the sale number
    int widthColumns = 48; ///< 48 on 80 mm paper, 32 on 58 mm
    bool reprint = false;  ///< a 补打: marked on the paper
    QList<PrintLine> lines;

    /// Appends `title` double size, bold and centred, wrapped to half the columns (a double-size
    /// character takes twice the width): the store name heading a receipt or a prescription.
    void appendTitle(const QString& title);
    /// Plain text, each line padded and aligned in columns as the printer would place it.
    [[nodiscard]] QString toPlainText() const;
};

/// Display width on a receipt printer: 2 for CJK / full-width characters, 1 otherwise.
[[nodiscard]] int columnWidth(QChar c);
[[nodiscard]] int columnWidth(QStringView text);
/// Cuts text to at most `columns`, never splitting a double-width character.
[[nodiscard]] QString elideToColumns(QStringView text, int columns);
/// Left part and right part on one line of `columns`, padded between; the left part is cut when
/// both do not fit.
[[nodiscard]] QString leftRight(QStringView left, QStringView right, int columns);
/// Splits text into lines of at most `columns` each.
[[nodiscard]] QList<QString> wrapToColumns(QStringView text, int columns);

} // namespace pos
