#pragma once

#include "app/core/product.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QList>

namespace pos::app {

/// Reads the demo store's catalog (app/demo/demo_catalog.tsv, compiled in as a resource).
/// Demo data is only ever seeded in demo mode.
[[nodiscard]] Result<QList<Product>> parseCatalogTsv(const QByteArray& tsv);
[[nodiscard]] Result<QList<Product>> loadDemoCatalog();

} // namespace pos::app
