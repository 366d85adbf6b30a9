#include "app/core/money.h"

#include <limits>

namespace pos {

namespace {
__extension__ typedef __int128 Int128; // exact intermediate for ratio(); -Wpedantic-clean
}

std::optional<Money> Money::parse(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.startsWith(u'¥') || s.startsWith(u'￥'))
        s = s.mid(1).trimmed();
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1);
    } else if (s.startsWith(u'+')) {
        s = s.mid(1);
    }
    if (s.isEmpty())
        return std::nullopt;

    qint64 yuan = 0;
    qint64 fen = 0;
    int decimals = -1; // -1: before the point
    bool anyDigit = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u',' && decimals < 0)
            continue; // thousands separator as spreadsheets write it
        if (c == u'.') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
        const int d = c.unicode() - u'0';
        anyDigit = true;
        if (decimals < 0) {
            if (yuan > (std::numeric_limits<qint64>::max() / 100 - d) / 10)
                return std::nullopt;
            yuan = yuan * 10 + d;
        } else {
            if (++decimals > 2)
                return std::nullopt;
            fen = fen * 10 + d;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (decimals == 1)
        fen *= 10;
    const qint64 total = yuan * 100 + fen;
    return Money(negative ? -total : total);
}

QString Money::toString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    QString s = QString::number(a / 100) + u'.' + QString::number(a % 100).rightJustified(2, u'0');
    return m_fen < 0 ? u'-' + s : s;
}

QString Money::display() const
{
    return QStringLiteral("¥") + toString();
}

Money Money::ratio(qint64 numerator, qint64 denominator) const
{
    Q_ASSERT(denominator != 0);
    // Exact in 128 bits, then half away from zero.
    const Int128 product = static_cast<Int128>(m_fen) * numerator;
    const bool negative = (product < 0) != (denominator < 0);
    const Int128 absProduct = product < 0 ? -product : product;
    const Int128 absDen = denominator < 0 ? -static_cast<Int128>(denominator) : denominator;
    const Int128 q = (absProduct * 2 + absDen) / (absDen * 2);
    return Money(static_cast<qint64>(negative ? -q : q));
}

} // namespace pos
