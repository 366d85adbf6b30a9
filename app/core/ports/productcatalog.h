#pragma once

#include "app/core/product.h"

#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// Product repository port, read side, as the counter needs it. Implementations answer a code
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
};

} // namespace pos
