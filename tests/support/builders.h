#pragma once

// Shared builders for the tests: the store, the counter's clock, the split-pack product and the
// lines of a delivery. One definition each, so a rule change touches one place, not every test.
// Core-only (app/core and the fakes): usable from every test.

#include "app/core/inventory/inventory.h"
#include "app/core/product.h"
#include "app/core/storeprofile.h"

#include <QDateTime>
#include <QStringList>

namespace pos::testsupport {

/// The store every rig works in: 测试药房, 医保机构编码 P36010200001, terminal T01.
[[nodiscard]] StoreProfile testStore();

/// The counter's morning in the tests: Monday 2026-11-23 09:30.
[[nodiscard]] QDateTime saleTime();

/// Products 1 阿莫西林胶囊 (15.80) and 2 布洛芬缓释胶囊 (22.50), as fakes::makeProduct makes them:
/// what most counter tests scan.
[[nodiscard]] QList<Product> counterProducts();

/// The split-pack (拆零) product: 阿莫西林胶囊 0.25g*24粒, 珠海联邦制药股份有限公司, sold by the box
/// (12.80), the strip (2 per box, 7.00) or the piece (12 per strip, 0.60); a 集采 drug with its
/// 批准文号 and 医保药品编码. `id` also derives its own code and GTIN (fakes::makeProduct).
[[nodiscard]] Product splitPackProduct(int id = 1);

/// A 20-digit 药品追溯码: "8" and `serial` in 19 digits.
[[nodiscard]] QString traceCode(int serial);

/// One line of a delivery for `product` with every INV-FIELDS field filled — 生产厂商, 剂型 and
/// 批准文号 from the product master or plausible test values, produced two years before `expiry`,
/// 9.00 a box — and one box per code in `boxCodes`.
[[nodiscard]] PurchaseLine purchaseLine(const Product& product, const QString& batchNo,
                                        QDate expiry, const QStringList& boxCodes);
/// The same with `boxes` boxes whose codes are traceCode(++serial) each.
[[nodiscard]] PurchaseLine purchaseLine(const Product& product, const QString& batchNo,
                                        QDate expiry, int boxes, int& serial);

/// A delivery note from 江西南华医药有限公司 purchased on `date`.
[[nodiscard]] PurchaseDocument delivery(const QList<PurchaseLine>& lines, QDate date);

} // namespace pos::testsupport
