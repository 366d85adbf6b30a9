#include "tests/support/salerig.h"

namespace pos::testsupport {

SaleRig::SaleRig(const QList<Product>& products, const QDateTime& now, bool loginCashier)
    : clock(now)
{
    if (loginCashier)
        staff.loginAs(QStringLiteral("zhangsan"));
    for (const Product& p : products)
        catalog.add(p);
}

QString SaleRig::gtin(qint64 id) const
{
    const std::optional<Product> p = catalog.findById(id);
    if (!p)
        qFatal("SaleRig: no product %lld in the catalog", static_cast<long long>(id));
    return p->gtin;
}

} // namespace pos::testsupport
