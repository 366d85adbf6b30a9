#include "app/core/ports/paymentorderstore.h"

namespace pos {

namespace {
constexpr WalletOrderState kStates[] = {
    WalletOrderState::Created,  WalletOrderState::Unknown, WalletOrderState::Paid,
    WalletOrderState::Declined, WalletOrderState::NotPaid, WalletOrderState::Reversing,
    WalletOrderState::Reversed, WalletOrderState::Settled,
};
} // namespace

QString walletOrderStateName(WalletOrderState s)
{
    switch (s) {
    case WalletOrderState::Created: return QStringLiteral("created");
    case WalletOrderState::Unknown: return QStringLiteral("unknown");
    case WalletOrderState::Paid: return QStringLiteral("paid");
    case WalletOrderState::Declined: return QStringLiteral("declined");
    case WalletOrderState::NotPaid: return QStringLiteral("not_paid");
    case WalletOrderState::Reversing: return QStringLiteral("reversing");
    case WalletOrderState::Reversed: return QStringLiteral("reversed");
    case WalletOrderState::Settled: return QStringLiteral("settled");
    }
    return {};
}

std::optional<WalletOrderState> walletOrderStateFromName(const QString& name)
{
    for (WalletOrderState s : kStates) {
        if (walletOrderStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

bool isUnresolved(WalletOrderState s)
{
    return s == WalletOrderState::Created || s == WalletOrderState::Unknown
           || s == WalletOrderState::Reversing;
}

} // namespace pos
