#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pos {
class SettlementService;
struct Notice;
} // namespace pos

namespace pos::ui {

/// 医保退费 (Ctrl+Shift+R), REFUND-ORIGINAL at the counter's window: this month's settlements that
/// still stand (newest first; the patient masked), one picked or its number typed, a reason, then
/// 确认退费. The core decides everything — who may refund (a store manager; a cashier is told why
/// not, with the rule), the month, the 2103 and its recovery — and the dialog shows what came
/// back: the return's number and the cash to hand back, or why nothing was refunded. The fund and
/// account parts go back to the insurance by the platform; the dialog never pays out anything.
class RefundDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RefundDialog(SettlementService& settlement, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLineEdit* numberEdit() const { return m_number; }
    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QPushButton* refundButton() const { return m_refund; }
    [[nodiscard]] QString messageText() const;

    /// Reads this month's refundable settlements again.
    void reload();

private:
    void refund();
    void say(const QString& text, bool error);
    void showNotice(const Notice& n);

    SettlementService& m_settlement;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_refund = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pos::ui
