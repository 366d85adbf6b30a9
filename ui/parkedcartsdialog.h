#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pos {
class Clock;
class SaleWorkflow;
} // namespace pos

namespace pos::ui {

/// 挂单 / 取单 (F5) at the counter: a note and 挂单 for the cart on the counter; below, the carts
/// parked at this till, oldest first, each with when, how long it has waited, who parked it, what
/// it holds, its total and its note (one that cannot be read any more is shown as such) — 取单
/// (Enter or a double tap) brings one back, 丢弃 throws one away after a question whose default is
/// No. The workflow decides everything (the empty cart, the prescription's cart, the cart on the
/// counter, today's prices and codes, the permission); the dialog shows its answer and closes
/// when a cart was parked or recalled. Big rows and buttons: it is used on a touch screen.
class ParkedCartsDialog final : public QDialog
{
    Q_OBJECT
public:
    ParkedCartsDialog(SaleWorkflow& workflow, const Clock& clock, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* noteEdit() const { return m_note; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QPushButton* parkButton() const { return m_park; }
    [[nodiscard]] QPushButton* recallButton() const { return m_recall; }
    [[nodiscard]] QString messageText() const;

    void reload();
    void park();
    /// Recalls the chosen row's cart.
    void recall();
    void discard();

private:
    [[nodiscard]] QString chosen() const;
    void say(const QString& text, bool error);

    SaleWorkflow& m_workflow;
    const Clock& m_clock;
    QLineEdit* m_note = nullptr;
    QPushButton* m_park = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_recall = nullptr;
    QPushButton* m_discard = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pos::ui
