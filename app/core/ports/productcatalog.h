#pragma once

#include "app/core/product.h"
#include "app/core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// Product repository port: the read side the counter needs, and the write side the store
/// manager's product master (商品档案) uses through ProductService. Implementations answer a code
/// lookup in well under a millisecond on 50,000 products (it is on the scan path).
class ProductCatalog
{
public:
    virtual ~ProductCatalog() = default;
    /// By any code printed on or assigned to the pack: GTIN, 药品本位码, the store's own code.
    [[nodiscard]] virtual std::optional<Product> findByCode(const QString& code) const = 0;
    [[nodiscard]] virtual std::optional<Product> findById(qint64 id) const = 0;
    /// Generic or trade name, code or pinyin initials; at most `limit` rows.
    [[nodiscard]] virtual QList<Product> search(const QString& text, int limit) const = 0;
    [[nodiscard]] virtual qint64 productCount() const = 0;
    /// The first `count` products in the order they were stored (the product list before a search).
    [[nodiscard]] virtual QList<Product> firstProducts(int count) const = 0;
    /// Adds the products, or updates those whose own code exists, and registers their GTIN and
    /// 本位码 for lookup — all or nothing. Refuses a price above a hard ceiling (PRICE-CEILING)
    /// whoever calls it. Returns how many were stored. Permission checks are the caller's.
    [[nodiscard]] virtual Result<int> upsert(const QList<Product>& products) = 0;
};

} // namespace pos
