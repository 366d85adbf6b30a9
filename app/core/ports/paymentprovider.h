#pragma once

#include "app/core/money.h"
#include "app/core/payment/tender.h"
#include "app/core/ports/device.h"

#include <QString>

#include <functional>

namespace pos {

/// A charge of a customer's 付款码 (micropay / 付款码支付): the store's order number — stored
/// before the request goes out, and the only key the provider, a query and a reversal know it
/// by —, the wallet, the one-time code and the amount.
struct WalletCharge
{
    QString orderNo;
    TenderKind wallet = TenderKind::WeChat;
    QString authCode; ///< never stored, never logged whole (maskAuthCode)
    Money amount;
    QString subject; ///< what the customer's phone shows, e.g. 仁心大药房 药品
};

/// What the provider said about an order.
enum class WalletStatus
{
    Paid = 1, ///< the money moved; transactionId says where
    Declined, ///< refused for good (balance, frozen code, limit): nothing moved
    Unknown,  ///< no answer (timeout, dropped connection, 5xx, USERPAYING): ask again
    NotPaid,  ///< (query) the provider has the order and it did not pay, or never heard of it
    Reversed, ///< (reverse) cancelled: whatever moved went back to the customer
};

struct WalletAnswer
{
    WalletStatus status = WalletStatus::Unknown;
    QString transactionId; ///< the provider's, when paid
    QString reason;        ///< the provider's words, for the cashier and the audit
};

/// The payment service provider (微信支付 / 支付宝, or an aggregator in front of both). Every call
/// names the order by the store's number, so asking twice never charges twice: charge() of an order
/// number already charged answers that order's outcome; reverse() of an order cancels it whatever
/// state it reached (撤销: an unpaid order closes, a paid one is refunded in full).
/// Each `done` runs exactly once on the caller's thread, possibly before the call returns.
/// Thread: the owner's thread.
class PaymentProvider : public DeviceIdentity
{
public:
    using Done = std::function<void(WalletAnswer)>;

    virtual void charge(const WalletCharge& charge, Done done) = 0;
    virtual void query(const QString& orderNo, Done done) = 0;
    virtual void reverse(const QString& orderNo, Done done) = 0;
};

} // namespace pos
