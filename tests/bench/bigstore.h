#pragma once

#include "app/core/product.h"
#include "app/core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace pos::bench {

/// How big the store is (issue 13: 50,000 products, 50,000 batches in stock, 1,000,000 records in
/// the upload history).
struct BigStoreSize
{
    int products = 50'000;
    int batches = 50'000; ///< one batch per product while there are products, then a second each
    int history = 1'000'000;

    [[nodiscard]] QString describe() const;
};

/// A store as the counter opens it: its data directory (with pharmapos.ini naming the key
/// directory, so `pharmapos --data-dir` finds both) and its accounts.
struct BigStore
{
    QString dataDir;
    QString keyDir;
    /// Accounts, all with kPassword: admin (系统管理员), zhangsan (收银员), lisi (执业药师),
    /// wangwu (店长).
    static constexpr const char* kPassword = "bench1234";
};

/// `count` products: the demo catalog's drugs under new codes, GTINs, 本位码 and trace prefixes.
[[nodiscard]] QList<Product> bigCatalog(int count);

/// Builds a store of `size` under `root` (root/store, root/keys) through the composition root:
/// the accounts through AuthService, the catalog through SqlProductCatalog::upsert, the stock as
/// purchase deliveries posted by postings::purchase (1,000 lines each, every box with its trace
/// code, their 3503s queued), and the upload history as the worker leaves it — records queued,
/// accepted and archived — written set-wise in transactions of the store (so every row is sealed
/// with the store key as the app seals it). A store already at `root` built with the same size is
/// reused. `log` gets progress lines.
[[nodiscard]] Result<BigStore> makeBigStore(const QString& root, const BigStoreSize& size,
                                            const std::function<void(const QString&)>& log);

} // namespace pos::bench
