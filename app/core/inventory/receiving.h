#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/product.h"
#include "app/core/result.h"

namespace pos {

/// What receiving found acceptable but worth saying (near expiry…).
struct ReceivingCheck
{
    QStringList warnings;
};

/// INV-FIELDS, INV-TRACE and INV-EXPIRY for one delivery line of `product`, received on `today`.
/// A missing field is refused by its name; a batch expiring within `nearExpiryDays` passes with a
/// warning; an expired one is refused.
[[nodiscard]] Result<ReceivingCheck> checkPurchaseLine(const PurchaseLine& line,
                                                       const Product& product, const QDate& today,
                                                       int nearExpiryDays);

/// The 20-digit traceability code's shape (shared/PLATFORM.md §4): 20 digits starting with 8.
[[nodiscard]] bool looksLikeTraceCode(const QString& code);

} // namespace pos
