#pragma once

#include "app/core/ports/paymentprovider.h"

#include <QHash>
#include <QObject>

namespace pos::devices {

/// The simulated twin of the payment service provider (微信支付 / 支付宝 付款码支付), keeping
/// its own books as a provider does: each order number once, what each customer was charged, what
/// was given back. Answers at once, or after `latencyMs` through the event loop.
///
/// Faults, each for the next charge (then back to normal): Decline (余额不足); Timeout (the charge
/// is made but its answer is lost: a query finds it paid); Lost (no answer and the provider never
/// made it: a query says not paid); Pending (the customer is still entering the password: queries
/// answer Unknown `pendingQueries` times, then paid); Silent (no answer to the charge nor to any
/// query: only a reversal settles it); and ReverseFails (the next reversal goes unanswered).
/// Thread: owner's thread.
class SimulatedPaymentProvider final : public QObject, public PaymentProvider
{
    Q_OBJECT
public:
    enum class Fault
    {
        None = 0,
        Decline,
        Timeout,
        Lost,
        Pending,
        Silent,
    };
    [[nodiscard]] static std::optional<Fault> faultFromName(const QString& name);

    explicit SimulatedPaymentProvider(QObject* parent = nullptr);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }

    void charge(const WalletCharge& charge, Done done) override;
    void query(const QString& orderNo, Done done) override;
    void reverse(const QString& orderNo, Done done) override;

    void injectFault(Fault fault, int pendingQueries = 2);
    void failNextReverse() { m_failReverse = true; }
    void setLatencyMs(int ms) { m_latencyMs = ms; }

    /// What the customers were charged and not given back, in fen: the provider's own books.
    [[nodiscard]] qint64 heldFen() const;
    /// How many times an order's money moved from the customer (a charge twice is a defect).
    [[nodiscard]] int chargesOf(const QString& orderNo) const;
    [[nodiscard]] int orderCount() const { return int(m_orders.size()); }

private:
    struct Order
    {
        qint64 fen = 0;
        bool paid = false;
        bool reversed = false;
        int charges = 0;
        int pendingQueries = 0;
        bool silent = false;
        QString transactionId;
    };
    void answer(const Done& done, WalletAnswer a);

    QHash<QString, Order> m_orders;
    Fault m_fault = Fault::None;
    int m_pendingQueries = 2;
    bool m_failReverse = false;
    int m_latencyMs = 0;
    int m_nextTxn = 1;
};

} // namespace pos::devices
