#pragma once

#include "app/core/ports/salesearch.h"

#include <QString>

namespace pos {

class Clock;
class ProductCatalog;

/// 查单: what the cashier typed into one search box, read as a query, and the sales it finds.
///  - `XS-T01-20261123-0004`: that sale;
///  - `0004` (1–4 digits): today's sale ending so (the number printed big on the receipt);
///  - a 20-digit 追溯码: the sale that sold that box;
///  - `23.50` / `¥23.50`: sales of that total in the last 90 days;
///  - `09:30` (today), `2026-11-23 09:30` (±15 minutes), `2026-11-23` (the day);
///  - anything else: a product by code, name or 拼音 initials — the sales of it in the last 90
///    days.
/// Newest first, at most 50. Pure reading: nothing personal is listed.
class SaleLookup
{
public:
    struct Reading
    {
        SaleQuery query;
        QString meaning; ///< how the text was read, said to the cashier ("按追溯码 …")
    };

    SaleLookup(const SaleSearch& search, const ProductCatalog& catalog, const Clock& clock);

    /// How `text` is read; InvalidInput for an empty text, NotFound for a product name that
    /// names nothing.
    [[nodiscard]] Result<Reading> read(const QString& text) const;
    [[nodiscard]] Result<QList<SaleSummary>> find(const QString& text) const;

    static constexpr int kRecentDays = 90;
    static constexpr int kWindowMinutes = 15;

private:
    const SaleSearch& m_search;
    const ProductCatalog& m_catalog;
    const Clock& m_clock;
};

} // namespace pos
