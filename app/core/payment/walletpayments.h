#pragma once

#include "app/core/payment/tender.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/paymentorderstore.h"
#include "app/core/ports/paymentprovider.h"
#include "app/core/result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace pos {

class Clock;

/// Wallet payments (微信/支付宝 付款码) with the platform's discipline: the order number is stored
/// before the provider hears of the order; an answer that does not come (timeout, dropped
/// connection, "the customer is entering the password") is queried; an order whose outcome stays
/// unknown — or that paid for a sale that was then not recorded — is reversed (撤销), so a customer
/// is never charged without a recorded sale and never twice. What the store knows of each order
/// survives a crash (PaymentOrderStore); resolvePending() settles what a crash left open.
/// Every outcome is audited (wallet_paid, wallet_declined, wallet_reversed, wallet_unresolved).
/// Thread: GUI/main thread; the provider answers on it.
class WalletPayments : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int queryAttempts = 5;      ///< queries of an unanswered charge before it is reversed
        int queryIntervalMs = 3000; ///< between them (a customer typing a password takes time)
    };
    /// The charge's outcome: the tender (Paid) or what happened instead, said for the cashier.
    using Done = std::function<void(Result<Tender>)>;

    WalletPayments(PaymentProvider& provider, PaymentOrderStore& orders, AuditLog& audit,
                   const Clock& clock, QString terminal, QString subject, Options options,
                   QObject* parent = nullptr);
    WalletPayments(PaymentProvider& provider, PaymentOrderStore& orders, AuditLog& audit,
                   const Clock& clock, QString terminal, QString subject,
                   QObject* parent = nullptr);

    [[nodiscard]] const PaymentProvider& provider() const { return m_provider; }
    /// A charge is out and not yet answered.
    [[nodiscard]] bool busy() const { return m_busy; }

    /// Charges `amount` to the customer's 付款码 `authCode` for the acting user `actor`. Refused at
    /// once (nothing stored, nothing sent): not a payment code, amount not positive, another charge
    /// still out. Otherwise `done` runs exactly once with the outcome.
    Status charge(const QString& authCode, Money amount, const QString& actor, Done done);
    /// Gives back a paid order whose sale was not recorded (the cashier cancelled the payment):
    /// `done` says whether the provider confirmed it (else it stays to be resolved).
    void reverse(const QString& orderNo, const QString& actor, std::function<void(Status)> done);
    /// Settles what the store does not know the end of (at start, and from the upload screen):
    /// each order left Created/Unknown is queried — paid ones with no sale, and those still
    /// unknown, are reversed —; each Reversing one is reversed again. `done` gets how many orders
    /// were settled and how many are still open.
    void resolvePending(const QString& actor, std::function<void(int settled, int open)> done);

private:
    struct Attempt;
    void send(const std::shared_ptr<Attempt>& a);
    void answered(const std::shared_ptr<Attempt>& a, const WalletAnswer& answer);
    void queryLater(const std::shared_ptr<Attempt>& a);
    void reverseUnknown(const std::shared_ptr<Attempt>& a, const QString& why);
    void finish(const std::shared_ptr<Attempt>& a, Result<Tender> outcome);
    void resolveNext(const std::shared_ptr<struct Resolution>& r);
    Status record(WalletOrderState state, const QString& orderNo, const WalletAnswer& answer);
    void audit(AuditAction action, const QString& actor, const QString& orderNo,
               const QString& detail);

    PaymentProvider& m_provider;
    PaymentOrderStore& m_orders;
    AuditLog& m_audit;
    const Clock& m_clock;
    QString m_terminal;
    QString m_subject;
    Options m_options;
    bool m_busy = false;
};

} // namespace pos
