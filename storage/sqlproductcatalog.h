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
    /// first keystroke does not pay for it). Later changes made through upsert() update it for
    /// the products they change; it is read whole from the database only once.
    void warmSearchIndex() const
    {
        if (!m_indexLoaded)
            loadSearchIndex();
    }
    /// What searching has cost so far (tests, benches): how often the index was read whole from
    /// the database, and how many statements search() ran to read the products it found.
    struct SearchStats
    {
        int indexBuilds = 0;
        int productQueries = 0;
    };
    [[nodiscard]] SearchStats searchStats() const { return m_stats; }

    [[nodiscard]] QList<Product> firstProducts(int count) const override;
    /// In one transaction (see ProductCatalog::upsert).
    [[nodiscard]] Result<int> upsert(const QList<Product>& products) override;

private:
    /// What a keystroke search looks at, held in memory (sorted by generic name, then id) so
    /// filtering 50,000 products as the cashier types never waits for a table scan.
    struct SearchEntry
    {
        qint64 id = 0;
        QString genericName; ///< the sort key
        QString names;       ///< generic name + trade name
        QString pinyin;      ///< "amxljn amx"
        QString code;
        QString gtin;
    };
    void loadSearchIndex() const;
    /// The index after an upsert of `changed` (committed): their old entries out, the new ones in
    /// their places. Nothing to do while the index is not loaded yet.
    void updateSearchIndex(QList<SearchEntry> changed) const;
    /// The products with these ids, in this order, read in one statement.
    [[nodiscard]] QList<Product> productsByIds(const QList<qint64>& ids) const;

    Database& m_db;
    mutable QList<SearchEntry> m_index;
    mutable bool m_indexLoaded = false;
    mutable SearchStats m_stats;
    mutable QSqlQuery m_byCode;
    mutable QSqlQuery m_byId;
};

} // namespace pos::storage
