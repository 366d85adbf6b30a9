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
    /// The 拆零 bag label of a split line (sold by the strip or piece, out of its box): the
    /// medicine's name, strength and form, how many, its batch and expiry, the maker, the date the
    /// box was opened (the sale's), a line for the dosage the pharmacist writes, the store. What the
    /// box's own label no longer tells the patient.
    [[nodiscard]] PrintDocument bagLabel(const CompletedSale& sale, const SaleLine& line,
                                         int widthColumns) const;

private:
    StoreProfile m_store;
};

} // namespace pos
