#pragma once

#include "app/core/ports/productcatalog.h"
#include "app/core/result.h"

#include <QSqlQuery>

namespace pos::storage {

class Database;

/// ProductCatalog over SQLite. Lookups reuse prepared statements (the scan path).
/// Thread: the Database's thread only.
class SqlProductCatalog final : public ProductCatalog
{
public:
    explicit SqlProductCatalog(Database& db);

    [[nodiscard]] std::optional<Product> findByCode(const QString& code) const override;
    [[nodiscard]] std::optional<Product> findById(qint64 id) const override;
    [[nodiscard]] QList<Product> search(const QString& text, int limit) const override;
    [[nodiscard]] qint64 productCount() const override;

    /// Builds the in-memory search index now (the GUI does it right after the window shows, so the
    /// first keystroke does not pay for it).
    void warmSearchIndex() const { loadSearchIndex(); }

    [[nodiscard]] QList<Product> firstProducts(int count) const override;
    /// In one transaction (see ProductCatalog::upsert).
    [[nodiscard]] Result<int> upsert(const QList<Product>& products) override;

private:
    /// What a keystroke search looks at, held in memory (sorted by generic name) so filtering
    /// 50,000 products as the cashier types never waits for a table scan.
    struct SearchEntry
    {
        qint64 id = 0;
        QString names;  ///< generic name + trade name
        QString pinyin; ///< "amxljn amx"
        QString code;
        QString gtin;
    };
    void loadSearchIndex() const;

    Database& m_db;
    mutable QList<SearchEntry> m_index;
    mutable bool m_indexLoaded = false;
    mutable QSqlQuery m_byCode;
    mutable QSqlQuery m_byId;
};

} // namespace pos::storage
