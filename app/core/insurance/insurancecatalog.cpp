#include "app/core/insurance/insurancecatalog.h"

#include "app/core/ports/clock.h"
#include "app/core/upload/platformquery.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pos {

namespace {
/// Translation context "InsuranceCatalog" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InsuranceCatalog)
};

const QString kRule = QStringLiteral("SETTLE-LIST-ONLY");

QDate day(const QJsonValue& v)
{
    return QDate::fromString(v.toString().left(10), QStringLiteral("yyyy-MM-dd"));
}
QDateTime stamp(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
bool flag(const QJsonValue& v)
{
    return v.isDouble() ? v.toInt() != 0 : v.toString() != u"0";
}
} // namespace

Result<CatalogEntry> InsuranceCatalog::checkListed(const Product& product, const QDate& on) const
{
    const QString name = product.displayName();
    if (product.insuranceCode.isEmpty())
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%1 没有医保药品编码，不能纳入医保结算，只能自费").arg(name),
                         kRule);
    const CatalogInfo info = m_catalog.info();
    if (!info.downloadedAt.isValid())
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("医保目录尚未下载，无法核对 %1 是否在目录内").arg(name), kRule);
    const QList<CatalogEntry> entries = m_catalog.entries(product.insuranceCode);
    if (entries.isEmpty())
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%1 的医保药品编码 %2 不在医保目录（%3）中")
                             .arg(name, product.insuranceCode, label()),
                         kRule);
    for (const CatalogEntry& e : entries)
        if (e.begin <= on && on <= e.end) {
            if (!e.valid)
                return makeError(ErrorCode::RuleViolation,
                                 Tr::tr("%1 的医保目录条目 %2 已标记无效（%3）")
                                     .arg(name, product.insuranceCode, label()),
                                 kRule);
            return e;
        }
    const CatalogEntry& latest = entries.first();
    return makeError(ErrorCode::RuleViolation,
                     Tr::tr("%1（%2）的医保目录有效期为 %3 至 %4，%5 不在其内（%6）")
                         .arg(name, product.insuranceCode, latest.begin.toString(Qt::ISODate),
                              latest.end.toString(Qt::ISODate), on.toString(Qt::ISODate), label()),
                     kRule);
}

std::optional<PaymentStandard> InsuranceCatalog::paymentStandard(const QString& code,
                                                                 const QDate& on) const
{
    for (const PaymentStandard& s : m_catalog.standards(code))
        if (s.valid && s.begin <= on && on <= s.end)
            return s;
    return std::nullopt;
}

Result<QStringList> InsuranceCatalog::checkPrice(const Product& product, const QDate& on) const
{
    QStringList warnings;
    if (product.insuranceCode.isEmpty())
        return warnings;
    const std::optional<PaymentStandard> standard = paymentStandard(product.insuranceCode, on);
    if (!standard)
        return warnings;
    // What a whole pack costs sold whole, and sold by the strip or the piece.
    QList<std::pair<QString, Money>> prices{{Tr::tr("整盒价"), product.price}};
    if (!product.stripPrice.isZero())
        prices.append({Tr::tr("拆零（板）合计"), product.stripPrice * product.stripsPerBox});
    if (!product.piecePrice.isZero())
        prices.append({Tr::tr("拆零（片）合计"), product.piecePrice * product.piecesPerBox()});
    const bool hard = standard->limitType == u"1" || standard->limitType == u"2";
    for (const auto& [what, price] : prices) {
        if (price <= standard->limit)
            continue;
        const QString text = Tr::tr("%1 %2 %3 高于医保%4 %5（%6）")
                                 .arg(product.displayName(), what, price.display(),
                                      standard->limitType == u"1"   ? Tr::tr("支付标准")
                                      : standard->limitType == u"2" ? Tr::tr("集采中选价")
                                                                    : Tr::tr("挂网限价"),
                                      standard->limit.display(), label());
        if (hard)
            return makeError(ErrorCode::RuleViolation, text, QStringLiteral("PRICE-CEILING"));
        warnings << text;
    }
    return warnings;
}

InsuranceCatalog::Split InsuranceCatalog::split(const QList<Product>& products,
                                                const QDate& on) const
{
    Split s;
    for (const Product& p : products) {
        Result<CatalogEntry> listed = checkListed(p, on);
        if (listed)
            s.insured.append(p);
        else
            s.selfPay.append({p, listed.error().message});
    }
    return s;
}

QString InsuranceCatalog::label() const
{
    const CatalogInfo info = m_catalog.info();
    if (!info.downloadedAt.isValid())
        return Tr::tr("医保目录尚未下载");
    return Tr::tr("医保目录 %1 版，%2 下载")
        .arg(info.version.isValid() ? info.version.toString(QStringLiteral("yyyy-MM-dd"))
                                    : Tr::tr("未知"),
             info.downloadedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

CatalogDownloader::CatalogDownloader(PlatformGateway& gateway, InsuranceCatalogRepository& catalog,
                                     const Clock& clock, QJsonObject signIn)
    : m_gateway(gateway)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_signIn(std::move(signIn))
{
}

void CatalogDownloader::download(bool full, std::function<void(Result<CatalogInfo>)> done)
{
    const CatalogInfo before = m_catalog.info();
    const QJsonObject since{{QStringLiteral("updt_time"),
                             full || !before.version.isValid()
                                 ? QStringLiteral("1900-01-01 00:00:00")
                                 : before.version.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))}};
    PlatformGateway& gateway = m_gateway;
    InsuranceCatalogRepository& catalog = m_catalog;
    const Clock& clock = m_clock;
    upload::fetchAllPages(
        gateway, QStringLiteral("1312"), since, m_signIn, 1000,
        [&gateway, &catalog, &clock, since, done](Result<QJsonArray> list) {
            if (!list) {
                done(list.error());
                return;
            }
            upload::fetchAllPages(
                gateway, QStringLiteral("1318"), since, {}, 1000,
                [&catalog, &clock, done, list = *list](Result<QJsonArray> limits) {
                    if (!limits) {
                        done(limits.error());
                        return;
                    }
                    QList<CatalogEntry> entries;
                    for (const QJsonValue& v : list) {
                        const QJsonObject o = v.toObject();
                        CatalogEntry e{o.value(QStringLiteral("hilist_code")).toString(),
                                       o.value(QStringLiteral("hilist_name")).toString(),
                                       day(o.value(QStringLiteral("begndate"))),
                                       day(o.value(QStringLiteral("enddate"))),
                                       flag(o.value(QStringLiteral("vali_flag"))),
                                       o.value(QStringLiteral("chrgitm_lv")).toString(),
                                       o.value(QStringLiteral("list_type")).toString(),
                                       stamp(o.value(QStringLiteral("updt_time")))};
                        if (e.code.isEmpty() || !e.begin.isValid() || !e.end.isValid())
                            continue; // a row the platform sent half: skipped, not guessed
                        entries.append(e);
                    }
                    QList<PaymentStandard> standards;
                    for (const QJsonValue& v : *limits) {
                        const QJsonObject o = v.toObject();
                        const std::optional<Money> limit =
                            Money::parse(o.value(QStringLiteral("hilist_pric_uplmt_amt"))
                                             .toVariant()
                                             .toString());
                        PaymentStandard s{o.value(QStringLiteral("hilist_code")).toString(),
                                          day(o.value(QStringLiteral("begndate"))),
                                          day(o.value(QStringLiteral("enddate"))),
                                          limit.value_or(Money()),
                                          o.value(QStringLiteral("hilist_lmtpric_type")).toString(),
                                          flag(o.value(QStringLiteral("vali_flag"))),
                                          stamp(o.value(QStringLiteral("updt_time")))};
                        if (s.code.isEmpty() || !limit || !s.begin.isValid() || !s.end.isValid())
                            continue;
                        standards.append(s);
                    }
                    if (Status st = catalog.store(entries, standards, clock.now()); !st) {
                        done(st.error());
                        return;
                    }
                    done(catalog.info());
                });
        });
}

} // namespace pos
