#pragma once

#include <QAbstractTableModel>

namespace pos {
class SaleWorkflow;
}

namespace pos::ui {

/// The cart of the sale in progress as a table: 序号, 商品, 规格, 数量, 单价, 金额.
class CartModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Index = 0,
        Name,
        Spec,
        Quantity,
        Trace,
        UnitPrice,
        Amount,
        ColumnCount
    };

    explicit CartModel(const SaleWorkflow& workflow, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    const SaleWorkflow& m_workflow;
};

} // namespace pos::ui
