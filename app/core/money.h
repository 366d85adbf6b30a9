#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace pos {

/// An amount of renminbi in integer fen (分). Never a double: every figure on a receipt, a
/// settlement or a ledger export adds up to the fen.
class Money
{
public:
    constexpr Money() = default;
    [[nodiscard]] static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    [[nodiscard]] static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    /// Parses what a cashier types or a file holds: "12", "12.5", "12.50", "¥12.50", "-3.05",
    /// "1,234.00". More than two decimals, letters or an empty string give nullopt.
    [[nodiscard]] static std::optional<Money> parse(QStringView text);

    [[nodiscard]] constexpr qint64 fen() const { return m_fen; }
    [[nodiscard]] constexpr bool isZero() const { return m_fen == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_fen < 0; }

    /// "12.50", "-0.05": yuan with exactly two decimals, no symbol.
    [[nodiscard]] QString toString() const;
    /// "¥12.50": for screens and receipts.
    [[nodiscard]] QString display() const;

    /// Multiplies by numerator/denominator and rounds half away from zero (四舍五入), the rounding
    /// Chinese retail and the insurance platform use (e.g. a 88折 discount: ratio(88, 100)).
    [[nodiscard]] Money ratio(qint64 numerator, qint64 denominator) const;

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money operator*(qint64 n) const { return Money(m_fen * n); }
    constexpr Money& operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    constexpr Money& operator-=(Money o)
    {
        m_fen -= o.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {
    }
    qint64 m_fen = 0;
};

} // namespace pos

Q_DECLARE_METATYPE(pos::Money)
