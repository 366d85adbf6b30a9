#pragma once

#include "app/core/money.h"
#include "app/core/payment/tender.h"
#include "app/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// Where a wallet order stands, as the store knows it.
enum class WalletOrderState
{
    Created = 1, ///< stored, about to be (or being) sent: the outcome is not known
    Unknown,     ///< sent and not answered, or answered "still paying": to be queried
    Paid,        ///< paid; the sale it pays for takes it as a tender
    Declined,    ///< refused; nothing moved
    NotPaid,     ///< the provider says it never paid
    Reversing,   ///< a reversal was asked and not yet confirmed
    Reversed,    ///< reversed: nothing kept from the customer
    Settled,     ///< paid and recorded with its sale (saleNo)
};

[[nodiscard]] QString walletOrderStateName(WalletOrderState s);
[[nodiscard]] std::optional<WalletOrderState> walletOrderStateFromName(const QString& name);
/// Whether the store still owes the order an answer (Created, Unknown, Reversing).
[[nodiscard]] bool isUnresolved(WalletOrderState s);

struct WalletOrder
{
    QString orderNo; ///< given by the store (ZF-<till>-<n>), never reused
    QString terminal;
    TenderKind wallet = TenderKind::WeChat;
    Money amount;
    WalletOrderState state = WalletOrderState::Created;
    QString transactionId;
    QString reason;
    QString saleNo; ///< set when its sale was recorded (Settled)
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// The store's own record of every wallet order, written before the provider hears of it.
class PaymentOrderStore
{
public:
    virtual ~PaymentOrderStore() = default;
    /// Stores a new order (Created) for `terminal` and returns its number; nothing is sent before
    /// this has returned.
    [[nodiscard]] virtual Result<QString> create(const QString& terminal, TenderKind wallet,
                                                 Money amount, const QDateTime& at) = 0;
    [[nodiscard]] virtual Status update(const QString& orderNo, WalletOrderState state,
                                        const QString& transactionId, const QString& reason,
                                        const QDateTime& at) = 0;
    [[nodiscard]] virtual Result<std::optional<WalletOrder>> find(const QString& orderNo) const = 0;
    /// Orders of `terminal` whose outcome the store does not know or has not acted on: Created,
    /// Unknown, Reversing, and Paid orders no sale took (the sale was never recorded). Oldest first.
    [[nodiscard]] virtual Result<QList<WalletOrder>> unresolved(const QString& terminal) const = 0;
};

} // namespace pos
