#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pos {
class SaleWorkflow;
} // namespace pos

namespace pos::ui {

/// 改价 / 折扣 at the counter ("/"): a new unit price or a percentage off the selected line, or a
/// percentage off the whole cart, with the reason printed on the receipt. The workflow decides
/// (PRICE-OVERRIDE: the cashier's limit, a manager by F2, PRICE-CEILING); a refusal is shown here
/// and the dialog stays open with what was typed. Touch-sized.
class PriceOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    PriceOverrideDialog(SaleWorkflow& workflow, int line, QWidget* parent = nullptr);

    /// For tests and scripts: fill the form as a cashier would.
    void setMode(bool percent, bool wholeSale);
    void setValue(const QString& text);
    void setReason(const QString& reason);
    [[nodiscard]] QString problemText() const;

public Q_SLOTS:
    /// Applies what the form says; closes on success, shows why not otherwise.
    void apply();

private:
    void refresh();

    SaleWorkflow& m_workflow;
    int m_line = -1;
    QButtonGroup* m_mode = nullptr; ///< 0 改单价, 1 本行折扣, 2 整单折扣
    QLineEdit* m_value = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_lineLabel = nullptr;
};

} // namespace pos::ui
