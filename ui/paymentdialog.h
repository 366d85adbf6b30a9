#pragma once

#include "app/core/money.h"
#include "app/core/result.h"

#include <QDialog>

#include <functional>

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

    [[nodiscard]] QLineEdit* tenderedEdit() const { return m_tendered; }
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateChange();

    Money m_due;
    Submit m_submit;
    QLineEdit* m_tendered = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace pos::ui
