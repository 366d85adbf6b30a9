#pragma once

#include "app/core/printdocument.h"
#include "app/core/sale.h"
#include "app/core/storeprofile.h"

namespace pos {

/// Lays out a sale receipt (销售小票) for a line printer of a given width.
class ReceiptFormatter
{
public:
    explicit ReceiptFormatter(StoreProfile store)
        : m_store(std::move(store))
    {
    }
    [[nodiscard]] PrintDocument format(const CompletedSale& sale, int widthColumns,
                                       bool reprint) const;

private:
    StoreProfile m_store;
};

} // namespace pos
