#pragma once

#include "app/core/money.h"
#include "app/core/notice.h"
#include "app/core/result.h"

#include <QDialog>
#include <QList>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pos {
class SaleWorkflow;
}

namespace pos::ui {

/// 收款: the bill and every tender of it. One entry line takes what the customer hands over — an
/// amount of cash (pre-filled with the cash due, selected so typing replaces it), or the
/// customer's 微信/支付宝 付款码 scanned into it (a scanner types it like a keyboard) —; quick
/// buttons pay the exact cash, ¥50 or ¥100 at once; a bank-card payment is recorded by the
/// terminal's 参考号. The tenders taken, what is still due (after 抹零) and the change are always
/// on screen. Enter pays; Esc goes back to the sale, giving back what was taken (asked first).
/// The core decides every step (SaleWorkflow); this dialog shows its answers and closes when the
/// sale is recorded.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(SaleWorkflow& workflow, QWidget* parent = nullptr);

    /// CTRL-EPHEDRINE: asks for the buyer's ID number with the payment; `registerBuyer` records
    /// it (the core checks it) before the payment is submitted.
    void askBuyerId(std::function<Status(const QString& idNumber)> registerBuyer);

    [[nodiscard]] QLineEdit* tenderedEdit() const { return m_tendered; }
    /// The buyer's ID number field; null unless askBuyerId() was called.
    [[nodiscard]] QLineEdit* buyerIdEdit() const { return m_buyerId; }
    [[nodiscard]] QLineEdit* cardReferenceEdit() const { return m_cardRef; }
    [[nodiscard]] QPushButton* cardButton() const { return m_cardButton; }
    /// Exact, then the notes above it (quickCashAmounts of the cash due).
    [[nodiscard]] const QList<QPushButton*>& quickButtons() const { return m_quick; }
    [[nodiscard]] QString errorText() const;
    /// The tenders taken so far as shown ("微信 ¥20.00 …").
    [[nodiscard]] QString tendersText() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void refresh();
    void updateChange();
    /// The ID number first (CTRL-EPHEDRINE), when asked for; false when the core refused it.
    bool registerBuyer();
    void payCash(Money tendered);
    void showProblem(const QString& text);
    void onNotice(const pos::Notice& notice);

    SaleWorkflow& m_workflow;
    std::function<Status(const QString&)> m_registerBuyer;
    QFormLayout* m_form = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_tenders = nullptr;
    QLabel* m_rest = nullptr;
    QLineEdit* m_buyerId = nullptr;
    QLineEdit* m_tendered = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_waiting = nullptr;
    QWidget* m_quickRow = nullptr;
    QList<QPushButton*> m_quick;
    QLineEdit* m_cardRef = nullptr;
    QPushButton* m_cardButton = nullptr;
    Money m_quickFor = Money::fromFen(-1); ///< the cash due the quick buttons were made for
    bool m_done = false;
};

} // namespace pos::ui
