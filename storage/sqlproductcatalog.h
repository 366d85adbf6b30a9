#pragma once

#include "app/core/ports/productcatalog.h"
#include "app/core/result.h"

#include <QObject>
#include <QSqlQuery>

#include <memory>

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

    /// Starts building the in-memory search index and returns: it is read in slices of
    /// kIndexSliceRows products, one per turn of the event loop, so the window keeps answering
    /// while it builds (the GUI calls this just after the window shows). A search or an upsert
    /// before it is complete finishes it first. Needs a running event loop to progress.
    void warmSearchIndex() const;
    /// Builds the whole search index now (benches, tests, commands without an event loop).
    void buildSearchIndex() const;
    /// Later changes made through upsert() update the index for the products they change; it is
    /// read whole from the database only once.
    static constexpr int kIndexSliceRows = 2000;
    /// What searching has cost so far (tests, benches): how often the index was read whole from
    /// the database, and how many statements search() ran to read the products it found.
    struct SearchStats
    {
        int indexBuilds = 0; ///< complete reads of the index
        int indexSlices = 0; ///< the statements those reads ran
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
    /// Reads the next slice of the index (products after the last id read) and merges it in;
    /// true when the index is complete.
    bool loadSearchIndexSlice() const;
    /// warmSearchIndex()'s next slice, at the next turn of the event loop.
    void warmNextSlice() const;
    /// The index after an upsert of `changed` (committed): their old entries out, the new ones in
    /// their places. Nothing to do while the index is not loaded yet.
    void updateSearchIndex(QList<SearchEntry> changed) const;
    /// The products with these ids, in this order, read in one statement.
    [[nodiscard]] QList<Product> productsByIds(const QList<qint64>& ids) const;

    Database& m_db;
    mutable QList<SearchEntry> m_index;
    mutable bool m_indexLoaded = false;
    mutable qint64 m_indexReadUpTo =
        -1;                         ///< the last product id read while building; -1: not building
    mutable bool m_warming = false; ///< warmSearchIndex() is building it in slices
    /// The context of warmSearchIndex()'s pending slice: destroyed with the catalog, it cancels
    /// it.
    mutable std::unique_ptr<QObject> m_warmer;
    mutable SearchStats m_stats;
    mutable QSqlQuery m_byCode;
    mutable QSqlQuery m_byId;
};

} // namespace pos::storage
