#pragma once

#include "app/core/money.h"
#include "app/core/result.h"
#include "app/core/sale.h"

#include <QString>

namespace pos {

/// What the store lets a user without the OverridePrice permission (a cashier) take off a line's
/// price by themselves (`[sale] cashier_discount_percent`); beyond it a manager steps in (F2).
struct PriceOverridePolicy
{
    int cashierMaxPercent = 0; ///< 0–100: what a cashier may take off a unit's shelf price
};

/// The longest reason kept with a price change (it is printed on the receipt's line).
inline constexpr int kMaxOverrideReason = 30;

/// `percent` (1–99) off `list`, rounded to the fen half up, never below 1 fen.
[[nodiscard]] Money discountedPrice(Money list, int percent);

/// How much of `list` a price of `price` takes off, in whole percent rounded up (0 when it is
/// not lower).
[[nodiscard]] int discountPercent(Money list, Money price);

/// PRICE-OVERRIDE: whether `line` may be sold at `price` a unit for `reason`, by a user who
/// holds the OverridePrice permission (`mayOverride`) or not (then within `policy`). Checks the
/// reason (given, at most kMaxOverrideReason characters), the price (1 fen to ¥99,999.99), a raise
/// (only with the permission), the cashier's limit, and PRICE-CEILING for the product at that
/// price. The error names the rule.
[[nodiscard]] Status checkPriceOverride(const SaleLine& line, Money price, const QString& reason,
                                        bool mayOverride, const PriceOverridePolicy& policy);

} // namespace pos
