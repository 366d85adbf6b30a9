#pragma once

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
/// It only reads: no formula, macro or external link is followed. Every part is capped
/// (uncompressed) at `maxPartBytes`, whatever the ZIP header claims, and DTDs are refused, so a
/// hostile file costs bounded memory. Errors name the problem: not a ZIP (an .xls or encrypted
/// workbook is told apart), no worksheet, a corrupt or oversized part.
///
/// Stateless apart from the limit; safe to use from any thread.
class XlsxReader
{
public:
    static constexpr qint64 kDefaultMaxPartBytes = 50LL * 1024 * 1024;

    explicit XlsxReader(qint64 maxPartBytes = kDefaultMaxPartBytes)
        : m_maxPartBytes(maxPartBytes)
    {
    }

    /// The first worksheet in the workbook's sheet order (hidden or not; chart sheets skipped).
    [[nodiscard]] Result<QList<QStringList>> firstSheet(const QString& path) const;

private:
    qint64 m_maxPartBytes;
};

} // namespace pos::storage
