#pragma once

#include "app/core/sale.h"
#include "app/core/sale/salestate.h"

namespace pos {

/// The sale a prescription is settled in, as the prescription gate sees it. The gate binds
/// itself to one sale (its ticket) and to one content of its cart (Cart::contentKey()) and refuses
/// a card read for any other: a new sale, or a cart that is no longer the reviewed prescription.
/// Implemented by SaleWorkflow; a fake in tests.
class SaleContext
{
public:
    virtual ~SaleContext() = default;
    /// Identifies the sale in progress; a new sale always gets a new ticket (never 0).
    [[nodiscard]] virtual quint64 saleTicket() const = 0;
    [[nodiscard]] virtual SaleState saleState() const = 0;
    [[nodiscard]] virtual const Cart& cart() const = 0;
};

} // namespace pos
