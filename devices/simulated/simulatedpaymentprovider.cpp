#include "devices/simulated/simulatedpaymentprovider.h"

#include <QCoreApplication>
#include <QTimer>

namespace pos::devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedPaymentProvider)
};
} // namespace

std::optional<SimulatedPaymentProvider::Fault>
SimulatedPaymentProvider::faultFromName(const QString& name)
{
    if (name == u"none")
        return Fault::None;
    if (name == u"decline")
        return Fault::Decline;
    if (name == u"timeout")
        return Fault::Timeout;
    if (name == u"lost")
        return Fault::Lost;
    if (name == u"pending")
        return Fault::Pending;
    if (name == u"silent")
        return Fault::Silent;
    return std::nullopt;
}

SimulatedPaymentProvider::SimulatedPaymentProvider(QObject* parent)
    : QObject(parent)
{
}

QString SimulatedPaymentProvider::deviceName() const
{
    return Tr::tr("模拟扫码支付（微信/支付宝）");
}

void SimulatedPaymentProvider::injectFault(Fault fault, int pendingQueries)
{
    m_fault = fault;
    m_pendingQueries = pendingQueries;
}

void SimulatedPaymentProvider::answer(const Done& done, WalletAnswer a)
{
    if (m_latencyMs <= 0) {
        done(std::move(a));
        return;
    }
    QTimer::singleShot(m_latencyMs, this, [done, a] { done(a); });
}

void SimulatedPaymentProvider::charge(const WalletCharge& c, Done done)
{
    const Fault fault = std::exchange(m_fault, Fault::None);
    // The same order number twice is the same order: its outcome, never a second charge.
    if (auto it = m_orders.find(c.orderNo); it != m_orders.end()) {
        answer(done,
               WalletAnswer{it->paid && !it->reversed ? WalletStatus::Paid : WalletStatus::NotPaid,
                            it->transactionId, Tr::tr("订单号重复")});
        return;
    }
    Order o;
    o.fen = c.amount.fen();
    switch (fault) {
    case Fault::Decline:
        m_orders.insert(c.orderNo, o);
        answer(done, WalletAnswer{WalletStatus::Declined, {}, Tr::tr("余额不足")});
        return;
    case Fault::Lost:
        // Nothing reached the provider: it never heard of the order.
        answer(done, WalletAnswer{WalletStatus::Unknown, {}, Tr::tr("网络超时")});
        return;
    case Fault::Silent:
        o.silent = true;
        m_orders.insert(c.orderNo, o);
        answer(done, WalletAnswer{WalletStatus::Unknown, {}, Tr::tr("网络超时")});
        return;
    case Fault::Pending:
        o.pendingQueries = m_pendingQueries;
        m_orders.insert(c.orderNo, o);
        answer(done, WalletAnswer{WalletStatus::Unknown, {}, Tr::tr("用户支付中，需要输入密码")});
        return;
    case Fault::Timeout:
    case Fault::None: break;
    }
    o.paid = true;
    o.charges = 1;
    o.transactionId = QStringLiteral("SIM%1").arg(m_nextTxn++, 10, 10, QLatin1Char('0'));
    m_orders.insert(c.orderNo, o);
    if (fault == Fault::Timeout) {
        answer(done, WalletAnswer{WalletStatus::Unknown, {}, Tr::tr("网络超时")});
        return;
    }
    answer(done, WalletAnswer{WalletStatus::Paid, o.transactionId, {}});
}

void SimulatedPaymentProvider::query(const QString& orderNo, Done done)
{
    auto it = m_orders.find(orderNo);
    if (it == m_orders.end()) {
        answer(done, WalletAnswer{WalletStatus::NotPaid, {}, Tr::tr("订单不存在")});
        return;
    }
    if (it->silent) {
        answer(done, WalletAnswer{WalletStatus::Unknown, {}, Tr::tr("网络超时")});
        return;
    }
    if (it->pendingQueries > 0) {
        if (--it->pendingQueries == 0) {
            it->paid = true;
            it->charges += 1;
            it->transactionId = QStringLiteral("SIM%1").arg(m_nextTxn++, 10, 10, QLatin1Char('0'));
        } else {
            answer(done, WalletAnswer{WalletStatus::Unknown, {}, Tr::tr("用户支付中")});
            return;
        }
    }
    if (it->reversed)
        answer(done, WalletAnswer{WalletStatus::Reversed, it->transactionId, Tr::tr("已撤销")});
    else if (it->paid)
        answer(done, WalletAnswer{WalletStatus::Paid, it->transactionId, {}});
    else
        answer(done, WalletAnswer{WalletStatus::NotPaid, {}, Tr::tr("未支付")});
}

void SimulatedPaymentProvider::reverse(const QString& orderNo, Done done)
{
    if (std::exchange(m_failReverse, false)) {
        answer(done, WalletAnswer{WalletStatus::Unknown, {}, Tr::tr("撤销请求超时")});
        return;
    }
    Order& o = m_orders[orderNo]; // an order never heard of is closed so it can never pay
    o.reversed = true;
    o.silent = false;
    o.pendingQueries = 0;
    answer(done, WalletAnswer{WalletStatus::Reversed, o.transactionId, Tr::tr("已撤销")});
}

qint64 SimulatedPaymentProvider::heldFen() const
{
    qint64 held = 0;
    for (const Order& o : m_orders) {
        if (o.paid && !o.reversed)
            held += o.fen;
    }
    return held;
}

int SimulatedPaymentProvider::chargesOf(const QString& orderNo) const
{
    return m_orders.value(orderNo).charges;
}

} // namespace pos::devices
