#pragma once

#include "app/core/money.h"
#include "app/core/ports/cardreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// One insured settlement at the counter as an explicit state machine (SETTLE-ID, SETTLE-LIST-ONLY,
/// SETTLE-ONCE, SETTLE-SLIP):
///
///   CredentialRead ─QueryPerson→ PersonFound ─ConfirmIdentity→ IdentityConfirmed ─PreSettle→
///   PreSettled ─Settle→ Settling ─(answer)→ Settled ─TakeCash→ CashTaken ─PrintSlip→ SlipPrinted
///   ─Sign→ Signed (the end)
///
/// Settling ─(no definite answer)→ Unresolved ─Resolve (2601)→ Abandoned (the patient is told to
/// settle again). Settling ─(the platform refused)→ PreSettled (try again or cancel). Cancel is
/// legal up to PreSettled (nothing was settled); from Settled on only a refund (2103) undoes it.
/// RejectIdentity (人证不符) ends it as Cancelled.
enum class SettleState
{
    CredentialRead = 1, ///< a credential is in hand; 1101 not asked yet
    PersonFound,        ///< 1101 answered: the insured person, shown beside the captured face
    IdentityConfirmed,  ///< the cashier confirmed 人证相符 (SETTLE-ID)
    PreSettled,         ///< 2101 answered: the split (fund, account, cash) shown to the patient
    Settling,           ///< 2102 sent (its msgid stored first); the answer not in yet
    Settled,            ///< 2102 answered and committed with the sale in one transaction
    CashTaken,          ///< the patient paid the cash part
    SlipPrinted,        ///< the 医保结算单 printed
    Signed,             ///< the patient signed the slip: complete
    Unresolved,         ///< 2102 sent, no definite answer: 2601 must resolve it before anything
    Abandoned,          ///< reversed (2601) or never processed: nothing settled, patient told
    Cancelled,          ///< stopped before 2102 (人证不符, the patient changed their mind)
    Refunded,           ///< reversed by 2103 (REFUND-ORIGINAL)
};

enum class SettleAction
{
    QueryPerson = 1,
    ConfirmIdentity,
    RejectIdentity,
    PreSettle,
    Settle,
    SettleAnswered, ///< the platform's definite yes to 2102
    SettleRefused,  ///< the platform's definite no to 2102
    SettleUnknown,  ///< no definite answer to 2102
    TakeCash,
    PrintSlip,
    Sign,
    Resolve, ///< 2601 answered: reversed or never processed
    Cancel,
    Refund,
};

/// The transition table: the state `action` leads to from `state`, or nothing when it is illegal.
/// Pure; every pair is tested.
[[nodiscard]] std::optional<SettleState> settleNext(SettleState state, SettleAction action);
/// True for states nothing follows (Signed, Abandoned, Cancelled, Refunded).
[[nodiscard]] bool isFinal(SettleState state);
/// True from Settled to Signed: the platform holds a settlement the store holds too.
[[nodiscard]] bool isSettled(SettleState state);
[[nodiscard]] QString toDisplayString(SettleState state);
[[nodiscard]] QString toDisplayString(SettleAction action);
/// Stable names for storage and JSON ("pre_settled").
[[nodiscard]] QString settleStateKey(SettleState state);
[[nodiscard]] std::optional<SettleState> settleStateFromKey(const QString& key);

/// The insured person as 1101 gives them. Personal data: stored encrypted, never logged.
struct InsuredPerson
{
    QString psnNo;
    QString name;
    QString certNo;
    QString gender;
    QString birthDate;
    QString insutype;      ///< 310 employee, 390 resident…
    QString insuplcAdmdvs; ///< the insured person's region
    Money balance;         ///< personal account balance
};

/// The platform's split of a settlement (2101 or 2102): what the pooled fund, the personal
/// account and the patient pay.
struct SettlementSplit
{
    Money total; ///< medfee_sumamt
    Money fund;  ///< fund_pay_sumamt
    Money account;
    Money cash;
    Money balanceAfter;
    QString setlId;  ///< only from 2102
    QString mdtrtId; ///< only from 2102
    QDateTime settledAt;
    [[nodiscard]] bool adds() const { return fund + account + cash == total; }
};

/// One cart line in the insured part, as sent in 2101/2102 and printed on the slip.
struct SettlementLine
{
    int cartLine = 0; ///< the line's index in the cart
    QString productCode;
    QString hilistCode; ///< 医保药品编码 (SETTLE-LIST-ONLY: valid that day)
    QString name;
    QString spec;
    QString batchNo;
    QString expiry;
    int quantity = 0;
    Money unitPrice;
    Money amount;
    QStringList traceCodes;
    bool prescriptionOnly = false;
};

/// What SETTLE-LIST-ONLY made of the cart.
struct CartSplit
{
    QList<SettlementLine> insured;
    QList<int> selfPayLines; ///< cart indexes sold apart, for cash
    QStringList selfPayReasons;
};

/// The settlement as the store keeps it (encrypted where personal).
struct InsuredSettlementRecord
{
    QString settlementNo; ///< JS-T01-20261204-093000-1
    QString terminal;
    QString operatorName;
    QString rxNo;
    quint64 saleTicket = 0;
    SettleState state = SettleState::CredentialRead;
    CredentialType credential = CredentialType::SocialSecurityCard;
    InsuredPerson person;
    QList<SettlementLine> lines;
    SettlementSplit preSplit; ///< 2101
    SettlementSplit split;    ///< 2102 (what was settled)
    QString saleNo;           ///< the sale recorded with 2102's answer
    Money cashTendered;
    Money change;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString endReason; ///< why Abandoned, Cancelled or Refunded
    QString refundSetlId;
    QString signatureRef; ///< where the signature (image + strokes) is kept
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<InsuredSettlementRecord> fromJson(const QJsonObject& o);
};

/// Where a platform call stands (SETTLE-ONCE): its msgid is stored as Sent before it goes out.
enum class CallState
{
    Sent = 1,     ///< stored, sent; no answer yet (a crash here: unknown)
    Answered,     ///< infcode 0: processed
    Refused,      ///< infcode ≠ 0: not processed
    Unknown,      ///< no definite answer: 2601 decides
    Reversed,     ///< 2601 undid it
    NotProcessed, ///< 2601 says the platform never processed it
};

[[nodiscard]] QString callStateKey(CallState state);
[[nodiscard]] std::optional<CallState> callStateFromKey(const QString& key);

struct PlatformCallRecord
{
    QString msgId;
    QString infno;
    QString settlementNo;
    QJsonObject input; ///< personal data: stored encrypted
    CallState state = CallState::Sent;
    int infcode = -1;
    QString message; ///< err_msg, or why there is no answer
    QJsonObject output;
    QDateTime sentAt;
    QDateTime answeredAt;
    /// Calls whose outcome matters and must be resolved when unknown: 2102 and 2103.
    [[nodiscard]] bool mustResolve() const
    {
        return infno == QStringLiteral("2102") || infno == QStringLiteral("2103");
    }
};

} // namespace pos
