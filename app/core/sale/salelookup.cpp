#include "app/core/sale/salelookup.h"

#include "app/core/ports/clock.h"
#include "app/core/ports/productcatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SaleLookup)
};

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}
} // namespace

SaleLookup::SaleLookup(const SaleSearch& search, const ProductCatalog& catalog, const Clock& clock)
    : m_search(search)
    , m_catalog(catalog)
    , m_clock(clock)
{
}

Result<SaleLookup::Reading> SaleLookup::read(const QString& typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("请输入单号、小票末几位、追溯码、金额、时间或商品"));
    if (text.size() > 80)
        return makeError(ErrorCode::InvalidInput, Tr::tr("查询内容过长（最多 80 个字符）"));
    const QDateTime now = m_clock.now();
    const QDateTime recent = now.addDays(-kRecentDays);
    Reading r;
    static const QRegularExpression saleNo(QStringLiteral("^XS-[A-Za-z0-9]+-\\d{8}-\\d+$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    static const QRegularExpression dayTime(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}):(\\d{2}))?$"));
    if (saleNo.match(text).hasMatch()) {
        r.query.saleNo = text.toUpper();
        r.meaning = Tr::tr("按单号 %1").arg(r.query.saleNo);
        return r;
    }
    if (allDigits(text) && text.size() <= 4) {
        r.query.saleNoSuffix = QStringLiteral("-%1").arg(text.toInt(), 4, 10, QLatin1Char('0'));
        r.query.from = now.date().startOfDay();
        r.query.to = now.date().addDays(1).startOfDay();
        r.meaning = Tr::tr("今天单号末尾为 %1 的销售").arg(r.query.saleNoSuffix.mid(1));
        return r;
    }
    if (allDigits(text) && text.size() == 20) {
        r.query.traceCode = text;
        r.meaning = Tr::tr("售出追溯码 %1 的销售").arg(text);
        return r;
    }
    if (const QRegularExpressionMatch m = clock.match(text); m.hasMatch()) {
        const QTime t(m.captured(1).toInt(), m.captured(2).toInt());
        if (!t.isValid())
            return makeError(ErrorCode::InvalidInput, Tr::tr("“%1”不是时间").arg(text));
        const QDateTime at(now.date(), t);
        r.query.from = at.addSecs(-kWindowMinutes * 60);
        r.query.to = at.addSecs(kWindowMinutes * 60);
        r.meaning = Tr::tr("今天 %1 前后 %2 分钟的销售")
                        .arg(t.toString(QStringLiteral("HH:mm")))
                        .arg(kWindowMinutes);
        return r;
    }
    if (const QRegularExpressionMatch m = dayTime.match(text); m.hasMatch()) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!d.isValid())
            return makeError(ErrorCode::InvalidInput, Tr::tr("“%1”不是日期").arg(text));
        if (m.captured(2).isEmpty()) {
            r.query.from = d.startOfDay();
            r.query.to = d.addDays(1).startOfDay();
            r.meaning = Tr::tr("%1 当天的销售").arg(d.toString(Qt::ISODate));
            return r;
        }
        const QTime t(m.captured(2).toInt(), m.captured(3).toInt());
        if (!t.isValid())
            return makeError(ErrorCode::InvalidInput, Tr::tr("“%1”不是时间").arg(text));
        const QDateTime at(d, t);
        r.query.from = at.addSecs(-kWindowMinutes * 60);
        r.query.to = at.addSecs(kWindowMinutes * 60);
        r.meaning = Tr::tr("%1 前后 %2 分钟的销售")
                        .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        .arg(kWindowMinutes);
        return r;
    }
    if (text.contains(u'.') || text.startsWith(u'¥') || text.startsWith(u'￥')) {
        QString amountText = text;
        amountText.replace(u'￥', u'¥');
        if (const std::optional<Money> m = Money::parse(amountText); m && !m->isNegative()) {
            r.query.amount = *m;
            r.query.from = recent;
            r.meaning = Tr::tr("近 %1 天合计 %2 的销售").arg(kRecentDays).arg(m->display());
            return r;
        }
    }
    // A product: by its code or GTIN first, else by name or 拼音.
    QList<Product> products;
    if (std::optional<Product> p = m_catalog.findByCode(text))
        products << *p;
    else
        products = m_catalog.search(text, 10);
    if (products.isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("“%1”不是单号、追溯码、金额或时间，也没有这样的商品").arg(text));
    QStringList names;
    for (const Product& p : products) {
        r.query.productIds << p.id;
        if (names.size() < 3)
            names << p.displayName();
    }
    r.query.from = recent;
    r.meaning =
        Tr::tr("近 %1 天售出 %2%3 的销售")
            .arg(kRecentDays)
            .arg(names.join(Tr::tr("、")),
                 products.size() > 3 ? Tr::tr(" 等 %1 种").arg(products.size()) : QString());
    return r;
}

Result<QList<SaleSummary>> SaleLookup::find(const QString& text) const
{
    Result<Reading> r = read(text);
    if (!r)
        return r.error();
    return m_search.findSales(r->query);
}

} // namespace pos
