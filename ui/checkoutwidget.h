#pragma once

#include "app/core/notice.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace pos {
class Clock;
class ProductCatalog;
class RxSettlementGate;
class SaleWorkflow;
} // namespace pos

namespace pos::ui {

class CartModel;
class ParkedCartsDialog;
class PaymentDialog;
class PriceOverrideDialog;

/// The cashier's screen. Scans arrive through the Scanner port into the SaleWorkflow — never as
/// key presses into this widget — so focus can be anywhere. Keys: ↑/↓ choose a line, + / − change
/// its quantity, * sets it, Delete removes it, F12 takes payment, F9 reprints the last receipt,
/// F5 parks or recalls a cart (挂单/取单), Esc voids the sale. Every change is made by the workflow; this widget only shows and asks.
class CheckoutWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit CheckoutWidget(SaleWorkflow& workflow, QWidget* parent = nullptr);
    /// Enables F3 product search over `catalog`.
    void setCatalog(const ProductCatalog* catalog) { m_catalog = catalog; }
    /// Enables F5 挂单/取单; `clock` tells how long a parked cart has waited.
    void setClock(const Clock* clock) { m_clock = clock; }
    /// Shows which prescription the sale is linked to and where its gate stands, at a glance.
    void setPrescriptionGate(const RxSettlementGate* gate);
    /// The prescription line above the cart ("处方 RX… · 药师已审核签名 · 购物车即处方").
    [[nodiscard]] QString prescriptionText() const;

    [[nodiscard]] QTableView* cartView() const { return m_view; }
    [[nodiscard]] QString totalText() const;
    /// The message line as plain text (its rule ID included).
    [[nodiscard]] QString noticeText() const;
    /// The earlier warnings and errors of this sale and user still shown below it, newest first.
    [[nodiscard]] QStringList noticeHistory() const { return m_history; }
    [[nodiscard]] PaymentDialog* paymentDialog() const;
    [[nodiscard]] ParkedCartsDialog* parkedCartsDialog() const;
    [[nodiscard]] PriceOverrideDialog* priceOverrideDialog() const;

public Q_SLOTS:
    /// The message line: the newest message large, its rule ID small beside it; a warning or an
    /// error it replaces moves to the short history below (kHistory, newest first), so a warning
    /// is never lost to the next success.
    void showNotice(const pos::Notice& notice);
    /// A new sale or another user at the till: the history and a standing warning or error are
    /// stale (they were about the last customer or the last person) and are cleared.
    void clearStaleMessages();
    void openPayment();
    void changeSelectedQuantity(int delta);
    void askSelectedQuantity();
    /// "/": 改价 / 折扣 of the chosen line or the whole cart (PRICE-OVERRIDE).
    void openPriceOverride();
    /// 拆零: box → strip → piece → box for the chosen line.
    void cycleSelectedUnit();
    void openSearch();
    void removeSelected();
    void voidSale();
    /// F5: 挂单 (note, then park) and 取单 (the till's parked carts) in one dialog.
    void openParkedCarts();
    /// Closes the 挂单 dialog (its notes may name customers): the screen locked or another user.
    void closeParkedCarts();

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
    QLabel* m_historyLabel = nullptr;
    static constexpr int kHistory = 3;
    QStringList m_history;
    QString m_noticePlain;
    Notice::Level m_noticeLevel = Notice::Level::Info;
    quint64 m_noticeTicket = 0;
    const RxSettlementGate* m_gate = nullptr;
    QPointer<PaymentDialog> m_payment;
    QPointer<PriceOverrideDialog> m_priceDialog;
    QPointer<ParkedCartsDialog> m_parked;
    const Clock* m_clock = nullptr;
    const ProductCatalog* m_catalog = nullptr;
};

} // namespace pos::ui
