#include "ui/stocktablemodel.h"

#include <QColor>

namespace pos::ui {

StockTableModel::StockTableModel(const StockLevels& stock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stock(stock)
{
}

void StockTableModel::reload(const QDate& day, int nearExpiryDays)
{
    beginResetModel();
    m_rows.clear();
    m_last.reset();
    m_atEnd = false;
    m_day = day;
    m_nearExpiryDays = nearExpiryDays;
    endResetModel();
    fetchMore({});
}

StockTableModel::Row StockTableModel::makeRow(const StockLine& l) const
{
    Row r;
    r.state = expiryState(l.stock.batch, m_day, m_nearExpiryDays);
    QString state = tr("正常");
    if (r.state == ExpiryState::Unsellable)
        state = l.stock.batch.quarantined ? tr("待验，不可售") : tr("已过期，不可售");
    else if (r.state == ExpiryState::NearExpiry)
        state = tr("近效期（%1 天）").arg(m_day.daysTo(l.stock.batch.expiryDate));
    const qint64 perBox = qMax<qint64>(1, l.piecesPerBox);
    const qint64 boxes = l.stock.pieces / perBox;
    const qint64 loose = l.stock.pieces % perBox;
    r.cells = QStringList{l.productCode,
                          l.productName,
                          l.spec,
                          l.stock.batch.batchNo,
                          l.stock.batch.expiryDate.toString(Qt::ISODate),
                          loose ? tr("%1 盒 + %2").arg(boxes).arg(loose) : tr("%1 盒").arg(boxes),
                          QString::number(l.stock.pieces),
                          state};
    return r;
}

int StockTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StockTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return r.cells.value(index.column());
    case Qt::BackgroundRole:
        // Expired or quarantined red, near expiry amber.
        if (r.state == ExpiryState::Unsellable)
            return QColor(0xff, 0xcd, 0xd2);
        if (r.state == ExpiryState::NearExpiry)
            return QColor(0xff, 0xec, 0xb3);
        return {};
    default: return {};
    }
}

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("商品编码");
    case Name: return tr("品名");
    case Spec: return tr("规格");
    case BatchNo: return tr("批号");
    case Expiry: return tr("有效期至");
    case Stock: return tr("库存（盒+零）");
    case Pieces: return tr("最小单位");
    case State: return tr("状态");
    default: return {};
    }
}

bool StockTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void StockTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<StockLine> page = m_stock.stockPage(m_last, kPageRows);
    ++m_pagesRead;
    m_atEnd = page.size() < kPageRows;
    if (page.isEmpty())
        return;
    m_last = StockPageKey::of(page.constLast());
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    for (const StockLine& l : page)
        m_rows.append(makeRow(l));
    endInsertRows();
}

} // namespace pos::ui
