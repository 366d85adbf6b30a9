#pragma once

#include "app/core/product.h"

#include <optional>

namespace pos {

class ProductCatalog;
namespace codes {
struct Recognition;
}

/// The catalog product a scanned or typed code names, whatever its form: the 药品本位码, the GTIN
/// (a GTIN-14 with a leading 0 as the EAN-13 printed beside it; an EAN-8 or UPC-A as printed),
/// then the payload's own text — the store's code ("P00001"), an insurance drug code — except for
/// a GS1 element string, whose text is never a product code. A symbology prefix the scanner put in
/// the data ("]E0…") does not stand in the way: the recogniser's fields are used first. One place
/// for the counter, receiving, the product master and stocktake. nullopt when none matches.
[[nodiscard]] std::optional<Product> findProductFor(const ProductCatalog& catalog,
                                                    const codes::Recognition& recognition);

} // namespace pos
