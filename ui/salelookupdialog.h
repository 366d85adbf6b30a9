#pragma once

#include "app/core/ports/salesearch.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pos {
class ReturnService;
class SaleLookup;
class SaleWorkflow;
class Session;
} // namespace pos

namespace pos::ui {

/// 查单 (F1): one search box — sale number, the receipt's last digits, a 追溯码 scanned off the
/// box, an amount, a time or a product — read by the core (SaleLookup), the sales it found newest
/// first, and for the chosen one: 补打小票 (marked 【补打】) and 退货 (the whole sale, with a
/// reason; a cashier asks a store manager to step in with F2 first, as the rule demands). Nothing
/// personal is listed.
class SaleLookupDialog final : public QDialog
{
    Q_OBJECT
public:
    SaleLookupDialog(const SaleLookup& lookup, SaleWorkflow& sale, ReturnService* returns,
                     Session& session, std::function<void()> stepIn, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QTableWidget* results() const { return m_table; }
    [[nodiscard]] QPushButton* reprintButton() const { return m_reprint; }
    [[nodiscard]] QPushButton* returnButton() const { return m_return; }
    [[nodiscard]] QString messageText() const;
    /// Runs the search in the box (Enter does it).
    void search();
    /// The reason a return asks for; a test sets it instead of typing in the question.
    void setReturnReasonForTest(const QString& reason) { m_reasonForTest = reason; }

private:
    [[nodiscard]] QString chosen() const;
    void reprint();
    void returnChosen();
    void say(const QString& text, bool problem);

    const SaleLookup& m_lookup;
    SaleWorkflow& m_sale;
    ReturnService* m_returns;
    Session& m_session;
    std::function<void()> m_stepIn;
    QLineEdit* m_search = nullptr;
    QLabel* m_meaning = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_return = nullptr;
    QLabel* m_message = nullptr;
    QList<SaleSummary> m_found;
    QString m_reasonForTest;
};

} // namespace pos::ui
