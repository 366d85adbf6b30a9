#pragma once

#include "app/core/insurance/insuredsettlement.h"
#include "app/core/insurance/reconciliation.h"
#include "app/core/notice.h"
#include "app/core/ports/platformgateway.h"
#include "app/core/result.h"
#include "app/core/sale.h"
#include "app/core/storeprofile.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace pos {

class AccessControl;
class AuditLog;
class Clock;
class InsuranceCatalog;
class ReceiptPrinter;
class SettlementStore;
struct AuditEvent;

/// Records the insured part of a sale (SETTLE-ONCE). trial() posts it in a transaction that is
/// rolled back, so what the ledger would refuse (stock, a trace code sold before, RX-SINGLE) is
/// known before the platform is asked to settle; commit() posts the sale, the settlement (Settled)
/// and its answered 2102 call in one transaction.
class InsuredSaleRecorder
{
public:
    virtual ~InsuredSaleRecorder() = default;
    [[nodiscard]] virtual Status trial(const CompletedSale& draft) = 0;
    [[nodiscard]] virtual Result<CompletedSale> commit(const CompletedSale& draft,
                                                       const InsuredSettlementRecord& settled,
                                                       const PlatformCallRecord& answered,
                                                       const AuditEvent& audit) = 0;
    /// REFUND-ORIGINAL: the sale `refunded.saleNo` returned (stock and trace codes back, 3506
    /// queued), the settlement Refunded and its answered 2103, in one transaction. Returns the
    /// return's number.
    [[nodiscard]] virtual Result<QString> commitRefund(const InsuredSettlementRecord& refunded,
                                                       const PlatformCallRecord& answered,
                                                       const QString& reason,
                                                       const AuditEvent& audit) = 0;
};

/// The insured settlement at the counter (SETTLE-ID, SETTLE-LIST-ONLY, SETTLE-ONCE, RX-SINGLE,
/// SETTLE-SLIP, REFUND-ORIGINAL), one at a time, driving the InsuredSettlementRecord's state
/// machine (settleNext) through the platform:
///
///   begin(credential, cart) → 1101 → confirmIdentity() (人证相符) → preSettle() (SETTLE-LIST-ONLY
///   splits the cart; 2101) → settle() (2102) → takeCash() → slipPrinted() → signed()
///
/// Exactly once: every call's msgid is stored (durably) before it is sent. A 2102 without a
/// definite answer makes the settlement Unresolved; resolveUnresolved() then sends 2601 (冲正) by
/// the stored msgid and ends it Abandoned — the patient is told to settle again. Nothing else may
/// be settled while a call is unresolved; a restart resolves them first (recover()). A 2102 the
/// platform answered but the ledger then refuses (another till sold the last box meanwhile) is
/// reversed at once the same way: the store never keeps a settlement the platform does not, nor
/// the other way round.
///
/// Every step is audited (InsuredSettlementChanged) with the settlement number and amounts, never
/// the person's data. Thread: GUI/main; the gateway's callbacks arrive on it.
class SettlementService : public QObject
{
    Q_OBJECT
public:
    using MsgIdSource = std::function<Result<QString>(const QDateTime&)>;
    using ActorFn = std::function<QString()>;

    SettlementService(PlatformGateway& platform, SettlementStore& store,
                      InsuredSaleRecorder& recorder, const InsuranceCatalog* catalog,
                      AuditLog& audit, const Clock& clock, StoreProfile store_, MsgIdSource msgIds,
                      ActorFn actor, QObject* parent = nullptr);

    /// A settlement as the store holds it (any state).
    [[nodiscard]] Result<std::optional<InsuredSettlementRecord>>
    find(const QString& settlementNo) const;
    /// The settlement in progress (nullopt between settlements).
    [[nodiscard]] const std::optional<InsuredSettlementRecord>& current() const
    {
        return m_current;
    }
    /// The cart lines sold apart for cash (SETTLE-LIST-ONLY), after preSettle().
    [[nodiscard]] const CartSplit& cartSplit() const { return m_split; }
    /// True while a platform call is on its way.
    [[nodiscard]] bool busy() const { return m_busy; }
    /// True while the slip printer has a job of this service's on its way.
    [[nodiscard]] bool slipPrinting() const { return m_slipPrinting; }

    /// Starts a settlement for `draft` (the sale's lines, its prescription, terminal, operator)
    /// with the credential read, and asks 1101. Refused while another settlement is open or a
    /// call is unresolved (SETTLE-ONCE), and for a prescription already settled (RX-SINGLE).
    Status begin(const QString& settlementNo, const CardCredential& credential,
                 const CompletedSale& draft);
    /// SETTLE-ID: the cashier compared the person (1101) with the face captured: 人证相符.
    Status confirmIdentity();
    /// 人证不符: the settlement ends (Cancelled), nothing was settled.
    Status rejectIdentity(const QString& reason);
    /// SETTLE-LIST-ONLY splits the cart; 2101 gives the split shown to the patient.
    Status preSettle();
    /// 2102: the msgid stored first; the answer commits with the sale in one transaction.
    Status settle();
    /// The patient pays the cash part (psn_cash_pay); `tendered` ≥ it.
    Status takeCash(Money tendered);
    /// The slip went to the printer and came out (SETTLE-SLIP); a second call is a reprint.
    Status slipPrinted();
    /// The patient signed (on the pad, the screen, or the paper slip scanned back): `ref` is where
    /// the signature is kept. The settlement is complete and ends.
    Status signedBy(const QString& signatureRef);

    /// The printer the slip goes to (not owned; null: none — printSlip() refuses).
    void setSlipPrinter(ReceiptPrinter* printer) { m_slipPrinter = printer; }
    /// SETTLE-SLIP: prints the 医保结算单 of the settled settlement (after the cash part is taken;
    /// again, marked 【补打】, while it waits for the signature), keeps the text as printed, and
    /// moves on (slipPrinted()) when the printer says it came out. A printer that fails says why;
    /// the cashier prints again.
    Status printSlip();
    /// What the patient signed with, as the signature pad, the screen or a scan gives it.
    struct Signature
    {
        QByteArray png;     ///< the signature as an image
        QByteArray strokes; ///< JSON: [[{x, y, t}, …], …] (empty for a scanned paper slip)
        QString method;     ///< "screen", "pad", "paper"
    };
    /// SETTLE-SLIP: keeps the signature (image and strokes, encrypted) with the settlement, then
    /// signedBy(). An empty image is refused.
    Status sign(const Signature& signature);
    /// Before 2102: the settlement stops, nothing settled.
    Status cancel(const QString& reason);
    /// A settlement that ended (Signed, Abandoned, Cancelled, Refunded) lets the next one begin.
    void close();

    /// 2601 for every unresolved 2102/2103, oldest first; each ends Abandoned (or, for 2103,
    /// back to settled) when the platform answers. Returns how many remain unresolved.
    Result<int> resolveUnresolved();
    /// At start: resolves what a crash left (resolveUnresolved) and returns the settlements that
    /// are settled but not finished (slip, signature) for the cashier to finish.
    Result<QList<InsuredSettlementRecord>> recover();

    /// The day's 9001 sign-in input ({"signIn": {opter_no, mac, ip}}): with it, the first
    /// settlement of each day signs in first, and so does any other call (a 2601 after a restart,
    /// a refund's 2103) made before it: the platform refuses calls without a current sign_no.
    /// Empty (the default): no sign-in.
    void setDailySignIn(const QJsonObject& input) { m_signInInput = input; }
    /// Whether today's 9001 succeeded (and 9002 has not been sent since).
    [[nodiscard]] bool signedInToday() const;
    /// 9002 at close: ends today's sign-in. Refused while a settlement is open or a call is on
    /// its way; a no-op when not signed in.
    Status signOut();

    /// Makes a settled, unfinished settlement (recover() lists them) current again, to take its
    /// cash part, print its slip and take the signature. Refused while another is open.
    Status resume(const QString& settlementNo);

    /// REFUND-ORIGINAL: 2103 reverses a settled settlement of this month — a store manager's act
    /// (STAFF-ROLES: ReturnSale, checked when an AccessControl is set) with a reason; the fund and
    /// account parts go back to the insurance, the cash part is returned in cash, and when the
    /// platform has answered the sale is returned (stock, trace codes, 3506) with the Refunded
    /// settlement in one transaction. A store that cannot record it has the 2103 reversed (2601).
    /// `done` (optional) gets the return's number, or why the refund did not happen.
    using RefundDone = std::function<void(Result<QString>)>;
    Status refund(const QString& settlementNo, const QString& reason, RefundDone done = {});
    /// This month's settlements that still stand (settled, not refunded), newest first: what
    /// REFUND-ORIGINAL lets a manager refund. Only the state index and this month's rows are read.
    [[nodiscard]] Result<QList<InsuredSettlementRecord>> refundable() const;
    using ReconcileDone = std::function<void(Result<ReconcileReport>)>;
    /// The daily reconciliation: the day's settlements (settled, not refunded) against the
    /// platform's totals (对总账 3201) and, when they differ, line by line (对明细账 3202); `done`
    /// gets the report naming each settlement that differs. Audited. Refused while a call is on
    /// its way.
    Status reconcile(const QDate& day, ReconcileDone done);
    /// Who may refund (not owned; null: the caller checks).
    void setAccessControl(AccessControl* access) { m_access = access; }
    /// SETTLE-SLIP, RX-ARCHIVE-2Y: called with the settlement's number the moment it is signed and
    /// the moment its refund is recorded, to seal its archive record. A seal that fails is said to
    /// the cashier and does not undo the settlement: it stays due and is sealed at the next start.
    using Archiver = std::function<Status(const QString& settlementNo)>;
    void setArchiver(Archiver archiver) { m_archiver = std::move(archiver); }

Q_SIGNALS:
    void changed();
    /// 2102 settled and the insured sale was recorded with it (the sale's number set).
    void insuredSaleRecorded(const pos::CompletedSale& sale);
    void notice(const pos::Notice& notice);

private:
    using Done = std::function<void(Result<PlatformResponse>)>;
    [[nodiscard]] Status allowed(SettleAction action) const;
    /// Refused while a 2102/2103 has no definite answer (SETTLE-ONCE).
    [[nodiscard]] Status nothingUnresolved() const;
    Status move(SettleAction action, const QString& detail);
    Status persist();
    /// A 9001 answered: the day is signed in (its sign_no kept for 9002), audited.
    void signedIn(const QJsonObject& output, const QString& no);
    Status
    sendRecorded(const QString& infno, const QJsonObject& input, const QString& settlementNo,
                 std::function<void(const PlatformCallRecord&, Result<PlatformResponse>)> done);
    void onSettleAnswer(const PlatformCallRecord& call, Result<PlatformResponse> r);
    void reverse(const PlatformCallRecord& call, const QString& why, const QString& psnNo = {});
    Status audit(const QString& settlementNo, const QString& detail);
    /// Seals the settlement's archive record (when an archiver is set); a failure is announced.
    void archive(const QString& settlementNo);
    void announce(Notice::Level level, const QString& text);
    Status refuse(const Error& e);
    [[nodiscard]] QJsonObject personInput(const CardCredential& c) const;
    /// 9001, then queryPerson(no) when it succeeds.
    /// 1101 for the current settlement's credential.
    Status queryPerson(const QString& settlementNo);
    [[nodiscard]] QJsonObject settleInput(const InsuredSettlementRecord& r) const;
    [[nodiscard]] CompletedSale insuredDraft() const;

    PlatformGateway& m_platform;
    SettlementStore& m_store;
    InsuredSaleRecorder& m_recorder;
    const InsuranceCatalog* m_catalog;
    AuditLog& m_audit;
    const Clock& m_clock;
    StoreProfile m_profile;
    MsgIdSource m_msgIds;
    ActorFn m_actor;
    std::optional<InsuredSettlementRecord> m_current;
    CardCredential m_credential; ///< for 1101/2101/2102 of the current settlement only
    CompletedSale m_draft;       ///< the whole cart as the sale had it
    CartSplit m_split;
    bool m_busy = false;
    ReceiptPrinter* m_slipPrinter = nullptr;
    AccessControl* m_access = nullptr;
    Archiver m_archiver;
    bool m_slipPrinting = false;
    QJsonObject m_signInInput;
    QDate m_signedInOn; ///< the day of the last successful 9001 (invalid: none, or signed out)
    QString m_signNo;
    /// Set when the service is destroyed with a call on its way: the late answer is ignored.
    std::shared_ptr<bool> m_gone = std::make_shared<bool>(false);

public:
    ~SettlementService() override { *m_gone = true; }
};

/// Parses a 2101/2102 answer's setlinfo into a split; an error names what is missing or does not
/// add up (fund + account + cash = total).
[[nodiscard]] Result<SettlementSplit> parseSettlement(const QJsonObject& output);
/// Parses 1101's baseinfo and the first insuinfo into the person.
[[nodiscard]] Result<InsuredPerson> parsePerson(const QJsonObject& output);

} // namespace pos
