#pragma once

#include "app/core/notice.h"
#include "app/core/ports/cardreader.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/result.h"
#include "app/core/rx/prescription.h"
#include "app/core/rx/prescriptionformatter.h"
#include "app/core/rx/rxrules.h"
#include "app/core/sale.h"
#include "app/core/sale/salecontext.h"
#include "app/core/storeprofile.h"

#include <QObject>

#include <optional>

namespace pos {

class AccessControl;
class AuditLog;
class Clock;
class DutyService;
class PrescriptionRepository;
class ReviewService;
namespace camera {
class SettlementEvidence;
}

/// Where an insured prescription sale stands. The insurance card may be read only in
/// CardReadAllowed (RX-PRINT-GATE); every earlier state is a step the regulation requires first.
enum class RxGateState
{
    NoPrescription = 1, ///< nothing linked: the card reader is locked
    Linked,             ///< a stored prescription is linked to the sale
    RulesPassed,        ///< RX-VALID-3D, RX-SINGLE, RX-NO-MIX, RX-MATCH, RX-TCM-SEPARATE,
    ///< RX-NO-PEDIATRIC-EMP and the 12-week cap passed on the settlement's lines
    ReviewedAndSigned, ///< the pharmacist's approval (RX-REVIEW) covers this very content
    PrintPending,      ///< the print job was handed over; no device confirmation yet
    PrintConfirmed,    ///< the printer confirmed, or the printed one-time code was scanned back
    CardReadAllowed,   ///< a pharmacist is on duty and the prescription still valid: card read open
};

/// The gate's actions that move it. Card reads are not here: they never move the gate.
enum class RxGateAction
{
    Link = 1,
    CheckRules,
    Sign,
    Print,
    Reprint,
    ConfirmScannedCode,
    AllowCardRead,
    Cancel
};

/// The transition table: whether `action` is legal in `state`. Pure.
[[nodiscard]] bool rxGateAllows(RxGateState state, RxGateAction action);
[[nodiscard]] QString toDisplayString(RxGateState state);
[[nodiscard]] QString toDisplayString(RxGateAction action);

/// The prescription settlement gate (杜绝"先药后方"): an explicit state machine from
/// NoPrescription to CardReadAllowed that owns the only way to the insurance card reader.
///
/// Every action is a method returning a Status; an action illegal in the current state is refused
/// with ErrorCode::WrongState, changes nothing and is audited (PrescriptionGateRefused, with the
/// acting user, time and state). readCard(), a card the device reports by itself (cardPresented)
/// and a 医保电子凭证 QR are refused with RX-PRINT-GATE and audited the same way in every state
/// before CardReadAllowed. Printing goes through the ReceiptPrinter port: a device confirmation
/// opens the gate, a printer that cannot confirm waits for the printed one-time code to be scanned
/// back; a failed print leaves it closed and says why; the gate never retries a print by itself.
/// The gate belongs to one sale (SaleContext::saleTicket() when linked): when that sale ends —
/// paid, voided, the cashier logged out — the sale workflow calls endSale() and the gate is back
/// at NoPrescription, so nothing reaches the next customer. When the rules pass, the cart's content
/// (Cart::contentKey()) is frozen: the workflow refuses changes to it (RX-MATCH) and a card read
/// for a cart that is not exactly that content, or for another sale, is refused here as well.
/// Transitions are audited (PrescriptionGateChanged); personal data only masked.
/// Thread: GUI/main thread. Holds references to the ports and the sale, which must outlive it.
class RxSettlementGate : public QObject
{
    Q_OBJECT
public:
    RxSettlementGate(const SaleContext& sale, PrescriptionRepository& prescriptions,
                     const ReviewService& reviews, ReceiptPrinter& printer, CardReader& reader,
                     AccessControl& access, const DutyService& duty, AuditLog& audit,
                     const Clock& clock, StoreProfile store, QObject* parent = nullptr);

    [[nodiscard]] RxGateState state() const { return m_state; }
    [[nodiscard]] const std::optional<Prescription>& prescription() const { return m_rx; }
    [[nodiscard]] const std::optional<PrescriptionReview>& approval() const { return m_approval; }
    /// The lines the rules passed on: what the settlement (a later step) settles, nothing else.
    [[nodiscard]] const QList<SaleLine>& settlementLines() const { return m_lines; }
    /// True while a prescription is linked to the sale with this ticket.
    [[nodiscard]] bool isBoundTo(quint64 saleTicket) const
    {
        return m_state != RxGateState::NoPrescription && m_ticket == saleTicket;
    }
    /// True once the rules passed for this sale: its cart is the prescription and must not change
    /// (RX-MATCH) until the prescription is cancelled.
    [[nodiscard]] bool freezesCart(quint64 saleTicket) const;
    /// RX-ONLY / RX-REVIEW at payment: OK when this sale's prescription was approved and signed
    /// for the cart exactly as it is now, is still valid and a pharmacist is on duty; else why not
    /// (a message without rule ID, for the caller's refusal).
    [[nodiscard]] Status approvalForSale(quint64 saleTicket) const;
    /// The sale with this ticket ended (paid, voided, logged out): back to NoPrescription, audited
    /// with `why`. Not a user's action: no permission is asked. Does nothing for another sale.
    /// `paid`: the sale was recorded — an insured settlement under way (camera evidence Settling)
    /// is finished and its clip kept; otherwise it is cancelled.
    void endSale(quint64 saleTicket, const QString& why, bool paid = false);
    /// The settlement-area evidence gate (CAM-FACE, CAM-VIDEO, CAM-CONSENT, CAM-BACKUP; not
    /// owned, must outlive this gate, or null). With one set, the insured path is the camera's
    /// too: a prescription linked to the sale begins the settlement's evidence (clip with the
    /// pre-roll, number and items burned in, the consent step), every card read and 医保电子凭证
    /// asks SettlementEvidence::requireInsured() after the prescription rules and proceeds on
    /// the face held, the sale paid finishes the evidence (post-roll, manifest), a cancelled or
    /// voided one cancels it. A camera, recorder or disk failure while settling closes the path:
    /// every later card read is refused naming the rule. Without one (tests of the prescription
    /// rules alone), the card is read on the prescription rules only.
    void setSettlementEvidence(camera::SettlementEvidence* evidence);
    [[nodiscard]] camera::SettlementEvidence* settlementEvidence() const { return m_evidence; }
    /// The counter records insured settlements (the window): with no evidence gate set, every card
    /// read is refused (CAM-VIDEO) instead of being decided on the prescription rules alone.
    void requireSettlementEvidence(bool required) { m_evidenceRequired = required; }
    /// The settlement number the evidence of the linked prescription sale was begun with (empty
    /// when none).
    [[nodiscard]] const QString& evidenceSettlementNo() const { return m_evidenceNo; }
    /// True while a print job is at the printer and has not answered (the gate waits in
    /// PrintPending; 补打 is refused until it answers).
    [[nodiscard]] bool printing() const { return m_printing; }
    /// True while a printed one-time code waits to be scanned back.
    [[nodiscard]] bool awaitingScanBack() const { return !m_expectedCode.isEmpty(); }
    /// Why the last print did not open the gate; empty when it did.
    [[nodiscard]] const QString& printProblem() const { return m_printProblem; }
    /// RX-SINGLE also asks this (e.g. the platform's 7202 query) besides the repository.
    void setPlatformSettledLookup(rx::SettledLookup lookup)
    {
        m_platformSettled = std::move(lookup);
    }

    /// NoPrescription → Linked: the stored prescription `rxNo` (received through ReviewService),
    /// to the sale in progress. Needs a pharmacist on duty (STAFF-PHARM-ONDUTY: dispensing and
    /// pooled-fund settlement) and a sale that is not being paid.
    Status link(const QString& rxNo);
    /// Linked → RulesPassed: every prescription rule on the prescription and the sale's cart, whose
    /// content is then frozen.
    Status checkRules();
    /// RulesPassed → ReviewedAndSigned: the pharmacist's approval of this content (RX-REVIEW), with
    /// the RX-LONG-12W confirmation beyond 4 weeks.
    Status sign();
    /// ReviewedAndSigned → PrintPending → (device confirmed) PrintConfirmed → CardReadAllowed.
    /// A printer that answers later (ReceiptPrinter::printAsync on a worker thread) leaves the gate
    /// in PrintPending with printing() true; its answer moves the gate as above, announced by
    /// notice(). Returns the outcome when the printer answered at once, else success ("printing").
    Status print();
    /// An explicit 补打 (PrintPending, PrintConfirmed, CardReadAllowed): marked 补打 on the paper,
    /// a new one-time code replaces the old one, and the gate waits for this print's confirmation.
    Status reprint();
    /// PrintPending → PrintConfirmed → CardReadAllowed when `payload` is the one-time code of the
    /// last print; a wrong, foreign or superseded code is refused (RX-PRINT-GATE).
    Status confirmScannedCode(const QString& payload);
    /// PrintConfirmed → CardReadAllowed, when opening failed after the confirmation (no pharmacist
    /// on duty, prescription expired meanwhile) and the cause is gone.
    Status allowCardRead();
    /// Back to NoPrescription from any other state, audited with the reason.
    Status cancel(const QString& reason);

    /// The only way to read the insurance card for a prescription sale: refused with RX-PRINT-GATE
    /// before CardReadAllowed, else CardReader::readCard().
    Result<CardCredential> readCard();
    /// A 医保电子凭证 QR recognised by the scanner (its ecToken) presented to pay: refused with
    /// RX-PRINT-GATE before CardReadAllowed, else the credential (mdtrt_cert_type 01).
    Result<CardCredential> voucherScanned(const QString& ecToken);
    /// The patient's ID number typed at the counter, when neither card nor voucher can be read
    /// (mdtrt_cert_type 02): refused with RX-PRINT-GATE before CardReadAllowed, with SETTLE-ID
    /// when the store turned the fallback off, and as invalid input unless it is 18 characters
    /// with a correct GB 11643 check digit (the message names the expected one). Audited masked.
    Result<CardCredential> idNumberEntered(const QString& idNumber);
    /// [devices] id_number_entry: whether idNumberEntered() is allowed at all (default: yes).
    void allowIdNumberEntry(bool allowed) { m_idEntryAllowed = allowed; }

Q_SIGNALS:
    void stateChanged(pos::RxGateState state);
    void notice(const pos::Notice& notice);
    /// A card read, presented card or voucher refused while locked (also announced by notice()).
    void cardRefused(const pos::Error& error);

private:
    /// CardReader::cardPresented: a card the device saw by itself.
    void onCardPresented();
    Status enter(RxGateAction action);
    Error refuse(Error error);
    Error refuseCardUse(const QString& what);
    /// RX-PRINT-GATE, then duty and validity again, for a card or voucher used now.
    Status cardUseAllowed(const QString& what);
    void moveTo(RxGateState state, const QString& detail);
    Status printJob(bool reprint);
    /// The printer's answer for job `job` whose paper carries `code`.
    Status onPrinted(quint64 job, const QString& code, Result<PrintOutcome> printed);
    Status openCardRead();
    /// The sale and cart the gate opened for are still the ones at the counter (RX-MATCH).
    Status sameSaleAndCart(const QString& what);
    /// Forgets everything about the linked prescription (NoPrescription entered).
    void clear();
    /// The camera evidence follows the gate: begun when a prescription is linked, its items
    /// updated when the rules froze the cart, ended (finished when `paid` and settling, else
    /// cancelled with `why`) when the gate goes back to NoPrescription.
    void beginEvidence();
    void endEvidence(bool paid, const QString& why);
    /// CAM-*: the evidence allows the insured step `what` (and proceeds on a face held).
    Status evidenceAllows(const QString& what);
    [[nodiscard]] QStringList evidenceItems() const;
    void announce(Notice::Level level, const QString& text);
    [[nodiscard]] QString reference() const;

    const SaleContext& m_sale;
    PrescriptionRepository& m_prescriptions;
    const ReviewService& m_reviews;
    ReceiptPrinter& m_printer;
    CardReader& m_reader;
    AccessControl& m_access;
    const DutyService& m_duty;
    AuditLog& m_audit;
    const Clock& m_clock;
    QString m_terminalId; ///< in the camera evidence's settlement numbers
    PrescriptionFormatter m_formatter;
    rx::SettledLookup m_platformSettled;

    RxGateState m_state = RxGateState::NoPrescription;
    std::optional<Prescription> m_rx;
    std::optional<PrescriptionReview> m_approval;
    QList<SaleLine> m_lines;
    quint64 m_ticket = 0;   ///< the sale the prescription is linked to
    QString m_cartKey;      ///< Cart::contentKey() when the rules passed
    QString m_expectedCode; ///< the code on the last paper, while it waits to be scanned back
    QString m_lastCode;     ///< the code of the last print, confirmed or not
    QString m_printProblem;
    quint64 m_printJob = 0;  ///< the number of the last job handed to the printer
    bool m_printing = false; ///< that job has not answered yet
    camera::SettlementEvidence* m_evidence = nullptr;
    bool m_evidenceRequired = false;
    bool m_idEntryAllowed = true;
    QString m_evidenceNo; ///< the settlement number the evidence was begun with for this sale
};

} // namespace pos

Q_DECLARE_METATYPE(pos::RxGateState)
