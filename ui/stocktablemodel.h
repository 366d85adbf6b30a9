#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/ports/inventoryrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

namespace pos::ui {

/// The stock screen's table (库存与效期): batches with stock, earliest expiry first, read a page
/// at a time as the view scrolls down (canFetchMore/fetchMore), never the whole stock at once.
/// Each row's cells and expiry state are worked out once, when its page is read.
/// Thread: the GUI thread; `stock` must outlive it.
class StockTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code = 0,
        Name,
        Spec,
        BatchNo,
        Expiry,
        Stock,
        Pieces,
        State,
        ColumnCount
    };
    static constexpr int kPageRows = 200;

    explicit StockTableModel(const StockLevels& stock, QObject* parent = nullptr);

    /// Drops what was read and reads the first page again, colouring for `day` (近效期 within
    /// `nearExpiryDays`, INV-EXPIRY; not sellable, INV-AVAIL).
    void reload(const QDate& day, int nearExpiryDays);
    /// How many pages have been read since the model was made (tests).
    [[nodiscard]] int pagesRead() const { return m_pagesRead; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row
    {
        QStringList cells;
        ExpiryState state = ExpiryState::Normal;
    };
    [[nodiscard]] Row makeRow(const StockLine& line) const;

    const StockLevels& m_stock;
    QList<Row> m_rows;
    std::optional<StockPageKey> m_last; ///< where the next page starts
    bool m_atEnd = true;
    QDate m_day;
    int m_nearExpiryDays = 0;
    int m_pagesRead = 0;
};

} // namespace pos::ui
