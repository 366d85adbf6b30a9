#pragma once

#include "app/core/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pos {
class ReviewService;
class RxSettlementGate;
class SaleWorkflow;
}

namespace pos::ui {

/// The prescription gate at the counter (F7): load an e-prescription, check its rules against the
/// cart, the on-duty pharmacist's review, sign, print, and only then read the insurance card.
/// Every button always acts: the gate in app/core decides, and a refusal is shown with its rule
/// (RX-PRINT-GATE, RX-REVIEW, STAFF-PHARM-ONDUTY…) — nothing here is a disabled-button rule.
class PrescriptionDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Downloads (or finds) a prescription by its number or QR token and links it to the gate;
    /// `done` runs once with the outcome.
    using Loader = std::function<void(const QString& tokenOrRxNo, const std::function<void(Status)>& done)>;

    PrescriptionDialog(RxSettlementGate& gate, ReviewService& reviews, SaleWorkflow& sale, Loader load,
                       QWidget* parent = nullptr);

    /// What the last action said (for tests and the status line).
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QPushButton* button(const QString& objectName) const;
    [[nodiscard]] QLineEdit* numberEdit() const { return m_number; }

private:
    void report(const Status& s, const QString& done);
    void refresh();

    RxSettlementGate& m_gate;
    ReviewService& m_reviews;
    SaleWorkflow& m_sale;
    Loader m_load;
    QLineEdit* m_number = nullptr;
    QLabel* m_state = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QCheckBox* m_longTerm = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pos::ui
