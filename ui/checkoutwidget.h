#pragma once

#include "app/core/notice.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace pos {
class ProductCatalog;
class RxSettlementGate;
class SaleWorkflow;
} // namespace pos

namespace pos::ui {

class CartModel;
class PaymentDialog;

/// The cashier's screen. Scans arrive through the Scanner port into the SaleWorkflow — never as
/// key presses into this widget — so focus can be anywhere. Keys: ↑/↓ choose a line, + / − change
/// its quantity, * sets it, Delete removes it, F12 takes payment, F9 reprints the last receipt,
/// Esc voids the sale. Every change is made by the workflow; this widget only shows and asks.
class CheckoutWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit CheckoutWidget(SaleWorkflow& workflow, QWidget* parent = nullptr);
    /// Enables F3 product search over `catalog`.
    void setCatalog(const ProductCatalog* catalog) { m_catalog = catalog; }
    /// Shows which prescription the sale is linked to and where its gate stands, at a glance.
    void setPrescriptionGate(const RxSettlementGate* gate);
    /// The prescription line above the cart ("处方 RX… · 药师已审核签名 · 购物车即处方").
    [[nodiscard]] QString prescriptionText() const;

    [[nodiscard]] QTableView* cartView() const { return m_view; }
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] QString noticeText() const;
    [[nodiscard]] PaymentDialog* paymentDialog() const;

public Q_SLOTS:
    void showNotice(const pos::Notice& notice);
    void openPayment();
    void changeSelectedQuantity(int delta);
    void askSelectedQuantity();
    /// 拆零: box → strip → piece → box for the chosen line.
    void cycleSelectedUnit();
    void openSearch();
    void removeSelected();
    void voidSale();

private:
    void refreshTotals();
    void refreshPrescription();
    [[nodiscard]] int selectedRow() const;

    SaleWorkflow& m_workflow;
    CartModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_rx = nullptr;
    const RxSettlementGate* m_gate = nullptr;
    QPointer<PaymentDialog> m_payment;
    const ProductCatalog* m_catalog = nullptr;
};

} // namespace pos::ui
