#pragma once

#include "app/core/csv/csvreader.h"
#include "app/core/result.h"

#include <QList>
#include <QStringList>

namespace pos::storage {

/// Reads the first worksheet of an Office Open XML workbook (.xlsx, as Excel, WPS, LibreOffice and
/// libxlsxwriter write it) into rows of cell text, so a spreadsheet feeds the same importers as a
/// CSV file. Row i of the result is the sheet's row i + 1: rows the file leaves out come back
/// empty, cells it leaves out (sparse rows) come back as empty strings.
///
/// Cell text: shared and inline strings (rich-text runs joined, phonetic runs dropped), numbers
/// as their shortest decimal ("9.6", "6933583048050"), booleans TRUE / FALSE, error values as
/// written (#N/A), formulas as their cached value (never evaluated). Numbers whose style shows a
/// date become ISO dates "yyyy-MM-dd" (1900 date system with Excel's 1900-02-29, or 1904 when the
/// workbook says so); times "HH:mm:ss"; dates with a time of day "yyyy-MM-dd HH:mm:ss".
///
/// It only reads: no formula, macro or external link is followed. A hostile file costs bounded
/// memory: the file itself is capped at ImportLimits::maxFileBytes; every part (uncompressed) at
/// `maxPartBytes`, whatever the ZIP header claims (zip bombs); DTDs are refused, so no entity is
/// ever declared or expanded (billion laughs, external entities); elements nest at most
/// kMaxXmlDepth deep (QXmlStreamReader keeps every open element); the shared string table holds at
/// most kMaxSharedStrings; the sheet at most ImportLimits::maxRows rows and maxColumns columns,
/// maxFieldChars per cell, and kMaxCells cells once short rows are padded. Errors name the problem
/// and the limit: not a ZIP (an .xls or encrypted workbook is told apart), no worksheet, a corrupt
/// or oversized part, a row, column or cell beyond a limit.
///
/// Stateless apart from the limit; safe to use from any thread.
class XlsxReader
{
public:
    /// 50 MiB uncompressed per part: a 50,000-row note's sheet is about 30 MB of XML.
    static constexpr qint64 kDefaultMaxPartBytes = 50LL * 1024 * 1024;
    /// Element nesting: a worksheet nests 7 deep (worksheet/sheetData/row/c/is/r/t); 10 million
    /// nested elements once cost 1.8 GB of the parser's element stack.
    static constexpr int kMaxXmlDepth = 32;
    /// Distinct strings: 50,000 rows of 16 columns have at most 800,000. A 45 MB table of
    /// one-character strings (2.6 million) would otherwise cost ~300 MB.
    static constexpr int kMaxSharedStrings = 1'000'000;

    explicit XlsxReader(qint64 maxPartBytes = kDefaultMaxPartBytes, ImportLimits limits = {})
        : m_maxPartBytes(maxPartBytes)
        , m_limits(limits)
    {
    }

    /// The first worksheet in the workbook's sheet order (hidden or not; chart sheets skipped).
    [[nodiscard]] Result<QList<QStringList>> firstSheet(const QString& path) const;

private:
    qint64 m_maxPartBytes;
    ImportLimits m_limits;
};

} // namespace pos::storage
