#pragma once

#include "app/core/product.h"
#include "app/core/result.h"

#include <QStringList>

namespace pos {

/// PRICE-CEILING: 国谈 drugs at or below the payment standard and 集采 drugs at the tender price
/// are hard ceilings (a higher price cannot be saved or sold); for 挂网 drugs the ceiling is the
/// provincial reference, a soft limit that only warns. Split-pack prices may not add up to more
/// than the ceiling of a whole pack either.
[[nodiscard]] Result<QStringList> checkPriceCeiling(const Product& product);

} // namespace pos
