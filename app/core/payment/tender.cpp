#include "app/core/payment/tender.h"

#include <QCoreApplication>

#include <algorithm>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tender)
};
} // namespace

QString toDisplayString(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash: return Tr::tr("现金");
    case TenderKind::WeChat: return Tr::tr("微信");
    case TenderKind::Alipay: return Tr::tr("支付宝");
    case TenderKind::BankCard: return Tr::tr("银行卡");
    case TenderKind::Insurance: return Tr::tr("医保");
    case TenderKind::Rounding: return Tr::tr("抹零");
    }
    return {};
}

QString tenderName(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash: return QStringLiteral("cash");
    case TenderKind::WeChat: return QStringLiteral("wechat");
    case TenderKind::Alipay: return QStringLiteral("alipay");
    case TenderKind::BankCard: return QStringLiteral("card");
    case TenderKind::Insurance: return QStringLiteral("insurance");
    case TenderKind::Rounding: return QStringLiteral("rounding");
    }
    return {};
}

std::optional<TenderKind> tenderFromName(const QString& name)
{
    for (TenderKind k : {TenderKind::Cash, TenderKind::WeChat, TenderKind::Alipay,
                         TenderKind::BankCard, TenderKind::Insurance, TenderKind::Rounding}) {
        if (tenderName(k) == name)
            return k;
    }
    return std::nullopt;
}

bool isWallet(TenderKind kind)
{
    return kind == TenderKind::WeChat || kind == TenderKind::Alipay;
}

std::optional<TenderKind> walletOfAuthCode(const QString& code)
{
    const QString c = code.trimmed();
    if (c.size() < 16 || c.size() > 24)
        return std::nullopt;
    for (QChar ch : c) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
    }
    const int head = QStringView(c).left(2).toInt();
    if (c.size() == 18 && head >= 10 && head <= 15)
        return TenderKind::WeChat;
    if (head >= 25 && head <= 30)
        return TenderKind::Alipay;
    return std::nullopt;
}

QString maskAuthCode(const QString& code)
{
    const QString c = code.trimmed();
    if (c.size() <= 8)
        return QString(c.size(), u'*');
    return c.left(4) + QString(c.size() - 8, u'*') + c.right(4);
}

std::optional<CashRounding> cashRoundingFromName(const QString& name)
{
    if (name == u"none")
        return CashRounding::None;
    if (name == u"fen")
        return CashRounding::Fen;
    if (name == u"jiao")
        return CashRounding::Jiao;
    return std::nullopt;
}

Money roundedCashDue(Money due, CashRounding policy)
{
    if (due.fen() <= 0)
        return Money();
    switch (policy) {
    case CashRounding::None: return due;
    case CashRounding::Fen: return Money::fromFen(due.fen() / 10 * 10);
    case CashRounding::Jiao: {
        // A bill under ¥1 is never rounded to nothing: it is paid to the jiao instead.
        const qint64 yuan = due.fen() / 100 * 100;
        return yuan > 0 ? Money::fromFen(yuan) : Money::fromFen(due.fen() / 10 * 10);
    }
    }
    return due;
}

QList<Money> quickCashAmounts(Money due)
{
    QList<Money> out;
    if (due.fen() <= 0)
        return out;
    out << due;
    for (qint64 step : {1000, 5000, 10000}) {
        const qint64 up = (due.fen() + step - 1) / step * step;
        const Money m = Money::fromFen(up);
        if (m > due && !out.contains(m))
            out << m;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace pos
