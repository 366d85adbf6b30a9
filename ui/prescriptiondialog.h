#pragma once

#include "app/core/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pos {
struct CardCredential;
class Clock;
class PersonalDataAccess;
class ProductCatalog;
class ReviewService;
class RxSettlementGate;
} // namespace pos

namespace pos::ui {

/// The prescription gate at the counter (F7): the pharmacist's queue of prescriptions waiting for
/// review, load an e-prescription (or type in a paper one), check its rules against the cart, the
/// on-duty pharmacist's review (approve, or reject with a reason), sign, print, and only then read
/// the insurance card.
/// Only the steps legal in the gate's current state are enabled, so the cashier sees what comes
/// next; the gate in app/core still decides every action (a script, a device or another window
/// reaches it too), and a refusal is shown with its rule (RX-PRINT-GATE, RX-REVIEW,
/// STAFF-PHARM-ONDUTY…) — the buttons only reflect the rules, they never enforce one.
class PrescriptionDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Downloads (or finds) a prescription by its number or QR token and links it to the gate;
    /// `done` runs once with the outcome.
    using Loader =
        std::function<void(const QString& tokenOrRxNo, const std::function<void(Status)>& done)>;

    PrescriptionDialog(RxSettlementGate& gate, ReviewService& reviews, Loader load,
                       QWidget* parent = nullptr);

    /// What the last action said (for tests and the status line).
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QPushButton* button(const QString& objectName) const;
    [[nodiscard]] QLineEdit* numberEdit() const { return m_number; }
    /// 审核意见 / 驳回理由: the opinion an approval carries, the reason a rejection needs.
    [[nodiscard]] QLineEdit* opinionEdit() const { return m_opinion; }
    /// The pharmacist's queue: one row per prescription waiting for review (its number as data).
    [[nodiscard]] QListWidget* queueList() const { return m_queue; }

    /// Offers 录入纸质处方: a typed-in paper prescription joins the queue and is loaded here.
    void enablePaperEntry(const ProductCatalog& catalog, const Clock& clock);
    /// Offers 查看完整信息: the patient's full name and ID number, through the core's role table
    /// and the audit trail (DATA-PRIVACY); without it they stay masked.
    void enableFullView(PersonalDataAccess& personal);
    /// The card read starts the insured settlement: `settle` gets the credential the gate let the
    /// reader read; when it accepts, this dialog closes (the settlement screen takes over).
    void enableInsuredSettlement(std::function<Status(const CardCredential&)> settle);
    /// The prescription summary as shown (for tests).
    [[nodiscard]] QString summaryText() const;

private:
    void report(const Status& s, const QString& done);
    void refresh();
    void refreshQueue();
    void loadNumber(const QString& tokenOrRxNo);
    void showFullPatient();

    RxSettlementGate& m_gate;
    ReviewService& m_reviews;
    Loader m_load;
    const ProductCatalog* m_catalog = nullptr;
    const Clock* m_clock = nullptr;
    std::function<Status(const CardCredential&)> m_settle;
    PersonalDataAccess* m_personal = nullptr;
    /// The prescription whose patient is shown in full (audited once), with the values: they
    /// belong to that prescription and go when another is linked or the dialog closes.
    QString m_fullFor;
    QString m_fullName;
    QString m_fullId;
    QLineEdit* m_number = nullptr;
    QListWidget* m_queue = nullptr;
    QLineEdit* m_opinion = nullptr;
    QLabel* m_state = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QCheckBox* m_longTerm = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pos::ui
