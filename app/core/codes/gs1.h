#pragma once

// Internal to the code recogniser: the GS1 Application Identifier table and the element-string
// parser. Not a public contract; include coderecognition.h instead.

#include "app/core/codes/coderecognition.h"
#include "app/core/result.h"

#include <QByteArrayView>
#include <QString>

#include <string_view>

namespace pos::codes::detail {

inline constexpr char kGs = '\x1d'; ///< FNC1 as a scanner transmits it (ASCII GS)

/// A QString over static UTF-16 data: allocates nothing.
[[nodiscard]] inline QString fromView(std::u16string_view s)
{
    return QString::fromRawData(reinterpret_cast<const QChar*>(s.data()),
                                static_cast<qsizetype>(s.size()));
}

[[nodiscard]] constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
[[nodiscard]] bool allDigits(QLatin1StringView s);
/// A byte as people can read it in a message: itself when printable ASCII, else "0x07".
[[nodiscard]] QString showChar(char c);
/// GS1 mod-10 check digit of `digits` (without their check digit), weights 3,1,3… from the
/// right; -1 when empty or one is not a digit. `View`: QLatin1StringView or QStringView.
template <typename View> [[nodiscard]] int checkDigitOf(View digits)
{
    if (digits.isEmpty())
        return -1;
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int c = digits[i].unicode();
        if (c < '0' || c > '9')
            return -1;
        sum += (c - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

/// What a YYMMDD day "00" means: GS1 lets a date name only its month (General Specifications
/// §3.4.x for AIs 11–17); an expiry then runs to the month's last day, a production date is read
/// as its first.
enum class DayZero
{
    LastDayOfMonth = 1,
    FirstDayOfMonth
};
/// Reads six digits YYMMDD as 20YY-MM-DD. A drug's dates fall in 2000–2099; the GS1 sliding
/// century (§7.12) would need a clock, which a pure function has not. The error names the fault
/// ("月份 13 无效").
[[nodiscard]] Result<QDate> readYymmdd(QLatin1StringView six, DayZero dayZero);

/// Parses an element string as transmitted: AIs back to back, variable-length fields ended by
/// GS or by `substitute` (empty: none configured); a leading GS (FNC1 in first position) is
/// skipped. Fills r.elements, gtin, batch, serial, expiry, production; appends warnings. Returns
/// the rejection reason, or an empty string when the string is valid.
[[nodiscard]] QString parseGs1(QLatin1StringView data, QByteArrayView substitute, Recognition& r);
/// Parses the human-readable bracketed form "(01)0690…(17)…(10)…".
[[nodiscard]] QString parseGs1Bracketed(QLatin1StringView data, Recognition& r);

} // namespace pos::codes::detail
