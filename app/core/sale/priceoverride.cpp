#include "app/core/sale/priceoverride.h"

#include "app/core/inventory/pricing.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PriceOverride)
};

constexpr qint64 kMaxUnitPriceFen = 9'999'999; // ¥99,999.99
} // namespace

Money discountedPrice(Money list, int percent)
{
    const qint64 fen = (list.fen() * (100 - percent) + 50) / 100;
    return Money::fromFen(qMax<qint64>(1, fen));
}

int discountPercent(Money list, Money price)
{
    if (list.fen() <= 0 || price >= list)
        return 0;
    const qint64 off = list.fen() - price.fen();
    return int((off * 100 + list.fen() - 1) / list.fen());
}

Status checkPriceOverride(const SaleLine& line, Money price, const QString& reason,
                          bool mayOverride, const PriceOverridePolicy& policy)
{
    const QString rule = QStringLiteral("PRICE-OVERRIDE");
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("改价须写明理由（如 会员优惠、临期促销），理由会打印在小票上"),
                         rule);
    if (why.size() > kMaxOverrideReason)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("改价理由最多 %1 个字（输入了 %2 个）").arg(kMaxOverrideReason).arg(why.size()),
            rule);
    if (price.fen() < 1 || price.fen() > kMaxUnitPriceFen)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("改价后的单价须在 ¥0.01 到 ¥99,999.99 之间（输入的是 %1）").arg(price.display()),
            rule);
    const Money list = line.priceOverride ? line.priceOverride->listPrice : line.unitPrice;
    const QString name = line.product.displayName();
    if (price > list && !mayOverride)
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("%1 改价 %2 高于原价 %3：须店长权限，请店长按 F2 介入")
                             .arg(name, price.display(), list.display()),
                         rule);
    const int off = discountPercent(list, price);
    if (off > policy.cashierMaxPercent && !mayOverride)
        return makeError(
            ErrorCode::PermissionDenied,
            Tr::tr("%1 原价 %2 改为 %3，让利 %4%，超出收银员可让利的 %5%：请店长按 F2 介入后再改")
                .arg(name, list.display(), price.display())
                .arg(off)
                .arg(policy.cashierMaxPercent),
            rule);
    // PRICE-CEILING holds for the price actually charged: the product as if priced so.
    Product asSold = line.product;
    switch (line.unit) {
    case SaleUnit::Box: asSold.price = price; break;
    case SaleUnit::Strip: asSold.stripPrice = price; break;
    case SaleUnit::Piece: asSold.piecePrice = price; break;
    }
    if (Result<QStringList> ceiling = checkPriceCeiling(asSold); !ceiling)
        return ceiling.error();
    return {};
}

} // namespace pos
