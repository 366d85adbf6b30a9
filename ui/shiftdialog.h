#pragma once

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pos {
class ShiftService;
}

namespace pos::ui {

/// 开班 / 交班 (F10) at the counter. With no shift open at this till: the float counted in and
/// 开班. With one open: who opened it and when, and the drawer counted note by note (¥100 … 1角,
/// big spin boxes for a touch screen) with the counted total as it is typed — the expected cash is
/// not shown before the count (a blind count), then 交班: the core refuses while a sale is on the
/// counter or when the shift is another cashier's (unless a manager), closes it and prints the
/// 交班单; the dialog then shows expected, counted and the difference (长款/短款) and offers to log
/// out, so the next cashier starts clean.
class ShiftDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShiftDialog(ShiftService& shifts, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* floatEdit() const { return m_float; }
    [[nodiscard]] QSpinBox* countOf(int fen) const { return m_counts.value(fen); }
    [[nodiscard]] QPushButton* openButton() const { return m_open; }
    [[nodiscard]] QPushButton* handOverButton() const { return m_handOver; }
    [[nodiscard]] QPushButton* reprintButton() const { return m_reprint; }
    [[nodiscard]] QString countedText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString resultText() const;

    void openShift();
    void handOver();

Q_SIGNALS:
    /// The shift was handed over and the cashier chose to log out.
    void logOutRequested();

private:
    void reload();
    void say(const QString& text, bool error);

    ShiftService& m_shifts;
    QLabel* m_state = nullptr;
    QLabel* m_floatLabel = nullptr;
    QLineEdit* m_float = nullptr;
    QPushButton* m_open = nullptr;
    QWidget* m_countPanel = nullptr;
    QMap<int, QSpinBox*> m_counts;
    QLabel* m_counted = nullptr;
    QPushButton* m_handOver = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_logOut = nullptr;
    QPushButton* m_reprint = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pos::ui
