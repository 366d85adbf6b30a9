#include "app/core/productlookup.h"

#include "app/core/codes/coderecognition.h"
#include "app/core/ports/productcatalog.h"

#include <QStringList>

namespace pos {

std::optional<Product> findProductFor(const ProductCatalog& catalog, const codes::Recognition& r)
{
    using codes::CodeFamily;
    QStringList candidates{r.drugStandardCode, r.gtin};
    if (r.gtin.startsWith(u'0'))
        candidates << r.gtin.mid(1); // GTIN-14 → the EAN-13 beside it
    if (r.family == CodeFamily::Ean8)
        candidates << r.gtin.right(8);
    else if (r.family == CodeFamily::UpcA)
        candidates << r.gtin.right(12);
    if (r.family != CodeFamily::Gs1)
        candidates << QString::fromUtf8(r.raw).trimmed();
    for (const QString& c : std::as_const(candidates))
        if (!c.isEmpty())
            if (std::optional<Product> p = catalog.findByCode(c))
                return p;
    return std::nullopt;
}

} // namespace pos
