#pragma once

#include <QString>
#include <QStringView>

namespace pos {

/// One text cell of a CSV file PharmaPOS writes (ledger, movement journal, stocktake sheet, duty
/// periods — every one goes through here): quoted when it holds a comma, quote or line break
/// (RFC 4180), and neutralised when a spreadsheet would take it for a formula. A cell beginning
/// with =, +, -, @, a tab or a carriage return (OWASP "CSV injection") gets an apostrophe in front
/// and is quoted: Excel, WPS and LibreOffice then show the text as written instead of running
/// =HYPERLINK(…) or =cmd|…. Only text goes through here: numbers (a negative quantity, an amount)
/// are written as numbers by the caller and stay numbers.
[[nodiscard]] QString csvField(const QString& value);

/// Whether a spreadsheet would read a cell with this text as a formula (its first character is
/// =, +, -, @, a tab or a carriage return).
[[nodiscard]] bool looksLikeFormula(QStringView value);

} // namespace pos
