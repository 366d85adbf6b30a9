#include "app/core/inventory/pricing.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)
};
} // namespace

Result<QStringList> checkPriceCeiling(const Product& p)
{
    QStringList warnings;
    if (p.ceiling.fen() <= 0)
        return warnings;
    const bool hard = p.category == InsuranceCategory::Negotiated
                      || p.category == InsuranceCategory::VolumeProcurement;
    // The highest a whole pack can cost, however it is sold.
    Money highest = p.price;
    if (p.stripPrice.fen() > 0 && p.stripPrice * p.stripsPerBox > highest)
        highest = p.stripPrice * p.stripsPerBox;
    if (p.piecePrice.fen() > 0 && p.piecePrice * p.piecesPerBox() > highest)
        highest = p.piecePrice * p.piecesPerBox();
    if (highest <= p.ceiling)
        return warnings;
    const QString what = highest == p.price
                             ? Tr::tr("售价 %1").arg(p.price.display())
                             : Tr::tr("拆零售价折合每%1 %2").arg(p.unit, highest.display());
    if (hard)
        return makeError(
            ErrorCode::RuleViolation,
            Tr::tr("%1 的%2高于%3价格上限 %4，不能保存或销售")
                .arg(p.displayName(), what, toDisplayString(p.category), p.ceiling.display()),
            QStringLiteral("PRICE-CEILING"));
    warnings << Tr::tr("PRICE-CEILING: %1 的%2高于挂网参考价 %3，请核实")
                    .arg(p.displayName(), what, p.ceiling.display());
    return warnings;
}

} // namespace pos
