#include "ui/cartmodel.h"

#include "app/core/sale/saleworkflow.h"

#include <QColor>

namespace pos::ui {

CartModel::CartModel(const SaleWorkflow& workflow, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workflow(workflow)
{
    connect(&workflow, &SaleWorkflow::cartChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int CartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workflow.cart().size());
}

int CartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_workflow.cart().size())
        return {};
    const SaleLine& l = m_workflow.cart().lines().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Index: return index.row() + 1;
        case Name:
            // RX-ONLY: a prescription-only drug is marked where the cashier looks.
            return l.product.rxClass == RxClass::Prescription
                       ? QStringLiteral("[Rx] ") + l.product.displayName()
                       : l.product.displayName();
        case Spec: return l.product.spec;
        case Quantity: return QStringLiteral("%1 %2").arg(l.quantity).arg(l.unitName());
        case Trace:
            if (!l.isTraced())
                return QStringLiteral("—");
            return l.missingTraceCodes() > 0
                       ? tr("%1/%2 盒已扫码").arg(l.traceCodes.size()).arg(l.quantity)
                       : tr("%1 盒已扫码").arg(l.traceCodes.size());
        case UnitPrice:
            // PRICE-OVERRIDE: a changed price is marked where the cashier looks.
            return l.priceOverride ? tr("%1 改").arg(l.unitPrice.toString())
                                   : l.unitPrice.toString();
        case Amount: return l.amount().toString();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Quantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == Trace && l.missingTraceCodes() > 0)
        return QColor(0xc62828); // a box still waits for its code: payment will refuse
    if (role == Qt::ForegroundRole && index.column() == UnitPrice && l.priceOverride)
        return QColor(0x8a5a00);
    if (role == Qt::ToolTipRole && index.column() == UnitPrice && l.priceOverride)
        return tr("原价 %1，改价理由：%2（PRICE-OVERRIDE）")
            .arg(l.priceOverride->listPrice.display(), l.priceOverride->reason);
    if (role == Qt::ForegroundRole && index.column() == Name
        && l.product.rxClass == RxClass::Prescription)
        return QColor(0xad1457);
    if (role == Qt::ToolTipRole && index.column() == Name
        && l.product.rxClass == RxClass::Prescription)
        return tr("处方药：须凭执业药师审核通过的处方销售（RX-ONLY）\n%1\n%2\n批准文号：%3")
            .arg(l.product.displayName(), l.product.manufacturer, l.product.approvalNo);
    if (role == Qt::ToolTipRole && index.column() == Trace && l.isTraced())
        return tr("药品追溯码：\n%1").arg(l.traceCodes.join(u'\n'));
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2\n批准文号：%3")
            .arg(l.product.displayName(), l.product.manufacturer, l.product.approvalNo);
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Index: return tr("序号");
    case Name: return tr("商品名称");
    case Spec: return tr("规格");
    case Quantity: return tr("数量");
    case Trace: return tr("追溯码");
    case UnitPrice: return tr("单价");
    case Amount: return tr("金额");
    default: return {};
    }
}

} // namespace pos::ui
