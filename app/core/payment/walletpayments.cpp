#include "app/core/payment/walletpayments.h"

#include "app/core/logging.h"
#include "app/core/ports/clock.h"

#include <QCoreApplication>
#include <QTimer>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WalletPayments)
};
} // namespace

/// One charge on its way: the order, how many times it was queried, who waits for it.
struct WalletPayments::Attempt
{
    WalletCharge charge;
    QString actor;
    int queries = 0;
    Done done;
};

/// One pass of resolvePending() over the open orders.
struct Resolution
{
    QList<WalletOrder> orders;
    qsizetype next = 0;
    int settled = 0;
    int open = 0;
    QString actor;
    std::function<void(int, int)> done;
};

WalletPayments::WalletPayments(PaymentProvider& provider, PaymentOrderStore& orders,
                               AuditLog& audit, const Clock& clock, QString terminal,
                               QString subject, Options options, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_orders(orders)
    , m_audit(audit)
    , m_clock(clock)
    , m_terminal(std::move(terminal))
    , m_subject(std::move(subject))
    , m_options(options)
{
}

WalletPayments::WalletPayments(PaymentProvider& provider, PaymentOrderStore& orders,
                               AuditLog& audit, const Clock& clock, QString terminal,
                               QString subject, QObject* parent)
    : WalletPayments(provider, orders, audit, clock, std::move(terminal), std::move(subject),
                     Options{}, parent)
{
}

void WalletPayments::audit(AuditAction action, const QString& actor, const QString& orderNo,
                           const QString& detail)
{
    if (Status a = m_audit.append(AuditEvent{m_clock.now(), actor, action, orderNo, detail}); !a)
        qCWarning(lcSale).noquote() << "wallet audit not written:" << a.error().message;
}

Status WalletPayments::record(WalletOrderState state, const QString& orderNo,
                              const WalletAnswer& answer)
{
    return m_orders.update(orderNo, state, answer.transactionId, answer.reason, m_clock.now());
}

Status WalletPayments::charge(const QString& authCode, Money amount, const QString& actor,
                              Done done)
{
    const std::optional<TenderKind> wallet = walletOfAuthCode(authCode);
    if (!wallet)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("“%1”不是微信或支付宝付款码（微信 18 位、以 10–15 开头；支付宝 "
                                "16–24 位、以 25–30 开头），请让顾客刷新付款码后重扫")
                             .arg(maskAuthCode(authCode)));
    if (amount.fen() <= 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("付款金额须大于零（%1）").arg(amount.display()));
    if (m_busy)
        return makeError(ErrorCode::WrongState,
                         Tr::tr("上一笔%1付款尚未有结果，请稍候").arg(toDisplayString(*wallet)));
    // The order number is stored before anything is sent: a crash from here on leaves an order
    // the next start asks the provider about.
    Result<QString> orderNo = m_orders.create(m_terminal, *wallet, amount, m_clock.now());
    if (!orderNo)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("付款单未能保存，未向%1发起扣款：%2")
                             .arg(toDisplayString(*wallet), orderNo.error().message));
    auto a = std::make_shared<Attempt>();
    a->charge = WalletCharge{*orderNo, *wallet, authCode.trimmed(), amount, m_subject};
    a->actor = actor;
    a->done = std::move(done);
    m_busy = true;
    qCInfo(lcSale).noquote() << "wallet charge" << *orderNo << tenderName(*wallet) << amount.fen()
                             << maskAuthCode(authCode);
    send(a);
    return {};
}

void WalletPayments::send(const std::shared_ptr<Attempt>& a)
{
    m_provider.charge(a->charge, [this, a](WalletAnswer answer) { answered(a, answer); });
}

void WalletPayments::answered(const std::shared_ptr<Attempt>& a, const WalletAnswer& answer)
{
    const WalletCharge& c = a->charge;
    const QString wallet = toDisplayString(c.wallet);
    switch (answer.status) {
    case WalletStatus::Paid: {
        if (Status s = record(WalletOrderState::Paid, c.orderNo, answer); !s) {
            // The money moved but the store could not write it down: give it back rather than
            // keep money the store cannot account for.
            reverseUnknown(a, Tr::tr("已扣款但未能保存：%1").arg(s.error().message));
            return;
        }
        audit(
            AuditAction::WalletPaid, a->actor, c.orderNo,
            Tr::tr("%1 收款 %2，交易号 %3").arg(wallet, c.amount.display(), answer.transactionId));
        finish(a, Tender{c.wallet, c.amount, c.orderNo});
        return;
    }
    case WalletStatus::Declined:
    case WalletStatus::NotPaid: {
        (void)record(answer.status == WalletStatus::Declined ? WalletOrderState::Declined
                                                             : WalletOrderState::NotPaid,
                     c.orderNo, answer);
        audit(AuditAction::WalletDeclined, a->actor, c.orderNo,
              Tr::tr("%1 %2 未付款：%3").arg(wallet, c.amount.display(), answer.reason));
        finish(a, makeError(ErrorCode::DeviceFailure,
                            Tr::tr("%1未付款（%2），未扣款；可让顾客换一种方式付款")
                                .arg(wallet,
                                     answer.reason.isEmpty() ? Tr::tr("被拒绝") : answer.reason)));
        return;
    }
    case WalletStatus::Unknown:
    case WalletStatus::Reversed:
        (void)record(WalletOrderState::Unknown, c.orderNo, answer);
        if (a->queries >= m_options.queryAttempts) {
            reverseUnknown(a, Tr::tr("查询 %1 次仍无结果").arg(a->queries));
            return;
        }
        queryLater(a);
        return;
    }
}

void WalletPayments::queryLater(const std::shared_ptr<Attempt>& a)
{
    ++a->queries;
    QTimer::singleShot(m_options.queryIntervalMs, this, [this, a] {
        m_provider.query(a->charge.orderNo,
                         [this, a](WalletAnswer answer) { answered(a, answer); });
    });
}

void WalletPayments::reverseUnknown(const std::shared_ptr<Attempt>& a, const QString& why)
{
    const WalletCharge& c = a->charge;
    const QString wallet = toDisplayString(c.wallet);
    (void)record(WalletOrderState::Reversing, c.orderNo,
                 WalletAnswer{WalletStatus::Unknown, {}, why});
    m_provider.reverse(c.orderNo, [this, a, why, wallet](WalletAnswer answer) {
        const WalletCharge& c = a->charge;
        if (answer.status == WalletStatus::Reversed) {
            (void)record(WalletOrderState::Reversed, c.orderNo, answer);
            audit(AuditAction::WalletReversed, a->actor, c.orderNo,
                  Tr::tr("%1 %2 已撤销（%3）").arg(wallet, c.amount.display(), why));
            finish(a, makeError(
                          ErrorCode::DeviceFailure,
                          Tr::tr("%1付款结果未明（%2），已撤销订单 %3：顾客未被扣款（如已扣将原路"
                                 "退回），请重新收款")
                              .arg(wallet, why, c.orderNo)));
            return;
        }
        audit(AuditAction::WalletUnresolved, a->actor, c.orderNo,
              Tr::tr("%1 %2 撤销未确认（%3；%4）")
                  .arg(wallet, c.amount.display(), why, answer.reason));
        finish(a,
               makeError(ErrorCode::DeviceFailure,
                         Tr::tr("%1付款结果未明，撤销也未确认（订单 %2）：本单未收此款；系统会继续"
                                "撤销，若顾客已被扣款将原路退回。请顾客换一种方式付款")
                             .arg(wallet, c.orderNo)));
    });
}

void WalletPayments::finish(const std::shared_ptr<Attempt>& a, Result<Tender> outcome)
{
    m_busy = false;
    if (a->done) {
        Done done = std::move(a->done);
        a->done = nullptr;
        done(std::move(outcome));
    }
}

void WalletPayments::reverse(const QString& orderNo, const QString& actor,
                             std::function<void(Status)> done)
{
    Result<std::optional<WalletOrder>> order = m_orders.find(orderNo);
    if (!order || !*order) {
        done(makeError(ErrorCode::NotFound, Tr::tr("没有付款单 %1").arg(orderNo)));
        return;
    }
    const WalletOrder o = **order;
    if (o.state == WalletOrderState::Settled) {
        done(makeError(
            ErrorCode::RuleViolation,
            Tr::tr("付款单 %1 已随销售单 %2 记账，不能撤销；请走退货").arg(orderNo, o.saleNo)));
        return;
    }
    (void)record(WalletOrderState::Reversing, orderNo, WalletAnswer{});
    m_provider.reverse(orderNo, [this, o, actor, done](WalletAnswer answer) {
        const QString wallet = toDisplayString(o.wallet);
        if (answer.status == WalletStatus::Reversed) {
            (void)record(WalletOrderState::Reversed, o.orderNo, answer);
            audit(AuditAction::WalletReversed, actor, o.orderNo,
                  Tr::tr("%1 %2 已撤销（收款取消）").arg(wallet, o.amount.display()));
            done({});
            return;
        }
        audit(AuditAction::WalletUnresolved, actor, o.orderNo,
              Tr::tr("%1 %2 撤销未确认：%3").arg(wallet, o.amount.display(), answer.reason));
        done(makeError(ErrorCode::DeviceFailure,
                       Tr::tr("%1 %2 的撤销未确认（订单 %3）：系统会继续撤销")
                           .arg(wallet, o.amount.display(), o.orderNo)));
    });
}

void WalletPayments::resolvePending(const QString& actor, std::function<void(int, int)> done)
{
    auto r = std::make_shared<Resolution>();
    r->actor = actor;
    r->done = std::move(done);
    Result<QList<WalletOrder>> open = m_orders.unresolved(m_terminal);
    if (!open) {
        qCWarning(lcSale).noquote() << "open wallet orders not read:" << open.error().message;
        r->done(0, -1);
        return;
    }
    r->orders = *open;
    resolveNext(r);
}

void WalletPayments::resolveNext(const std::shared_ptr<Resolution>& r)
{
    if (r->next >= r->orders.size()) {
        if (r->done)
            r->done(r->settled, r->open);
        return;
    }
    const WalletOrder o = r->orders.at(r->next++);
    const QString wallet = toDisplayString(o.wallet);
    const auto reverseIt = [this, r, o, wallet](const QString& why) {
        (void)record(WalletOrderState::Reversing, o.orderNo,
                     WalletAnswer{WalletStatus::Unknown, {}, why});
        m_provider.reverse(o.orderNo, [this, r, o, wallet, why](WalletAnswer answer) {
            if (answer.status == WalletStatus::Reversed) {
                (void)record(WalletOrderState::Reversed, o.orderNo, answer);
                audit(AuditAction::WalletReversed, r->actor, o.orderNo,
                      Tr::tr("%1 %2 已撤销（%3）").arg(wallet, o.amount.display(), why));
                ++r->settled;
            } else {
                ++r->open;
            }
            resolveNext(r);
        });
    };
    if (o.state == WalletOrderState::Reversing) {
        reverseIt(Tr::tr("继续未确认的撤销"));
        return;
    }
    if (o.state == WalletOrderState::Paid) {
        // Paid and no sale took it: the sale was never recorded (a crash, a cancelled payment).
        reverseIt(Tr::tr("已付款但没有记账的销售"));
        return;
    }
    m_provider.query(o.orderNo, [this, r, o, wallet, reverseIt](WalletAnswer answer) {
        switch (answer.status) {
        case WalletStatus::NotPaid:
        case WalletStatus::Declined:
            (void)record(answer.status == WalletStatus::Declined ? WalletOrderState::Declined
                                                                 : WalletOrderState::NotPaid,
                         o.orderNo, answer);
            audit(AuditAction::WalletDeclined, r->actor, o.orderNo,
                  Tr::tr("%1 %2 查询为未付款").arg(wallet, o.amount.display()));
            ++r->settled;
            resolveNext(r);
            return;
        case WalletStatus::Reversed:
            (void)record(WalletOrderState::Reversed, o.orderNo, answer);
            ++r->settled;
            resolveNext(r);
            return;
        case WalletStatus::Paid:
            (void)record(WalletOrderState::Paid, o.orderNo, answer);
            reverseIt(Tr::tr("重启后查得已付款，但销售未记账"));
            return;
        case WalletStatus::Unknown:
            // Never left hanging: an order nobody can confirm is cancelled at the provider.
            reverseIt(Tr::tr("重启后查询仍无结果"));
            return;
        }
    });
}

} // namespace pos
