#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/product.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QList>

namespace pos::app {

/// Reads the demo store's catalog (app/demo/demo_catalog.tsv, compiled in as a resource).
/// Demo data is only ever seeded in demo mode.
[[nodiscard]] Result<QList<Product>> parseCatalogTsv(const QByteArray& tsv);
[[nodiscard]] Result<QList<Product>> loadDemoCatalog();

/// The demo store's opening stock for its stored products (with ids): a batch or two of each,
/// with every box's traceability code, some batches near expiry — enough to show FEFO, 拆零 and
/// near-expiry warnings.
[[nodiscard]] PurchaseDocument demoOpeningDelivery(const QList<Product>& products,
                                                   const QDate& today);

} // namespace pos::app
