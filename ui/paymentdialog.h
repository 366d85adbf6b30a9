#pragma once

#include "app/core/money.h"
#include "app/core/result.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace pos::ui {

/// Cash tendering: the amount due, what the customer hands over (pre-filled with the amount due,
/// selected so typing replaces it), the change as it is typed. Enter pays; Esc goes back to the
/// sale. The core decides whether the payment is acceptable; this dialog shows its answer.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Status(Money tendered)>;
    PaymentDialog(Money due, Submit submit, QWidget* parent = nullptr);

    /// CTRL-EPHEDRINE: asks for the buyer's ID number with the payment; `registerBuyer` records
    /// it (the core checks it) before the payment is submitted.
    void askBuyerId(std::function<Status(const QString& idNumber)> registerBuyer);

    [[nodiscard]] QLineEdit* tenderedEdit() const { return m_tendered; }
    /// The buyer's ID number field; null unless askBuyerId() was called.
    [[nodiscard]] QLineEdit* buyerIdEdit() const { return m_buyerId; }
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateChange();

    Money m_due;
    Submit m_submit;
    std::function<Status(const QString&)> m_registerBuyer;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_buyerId = nullptr;
    QLineEdit* m_tendered = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace pos::ui
