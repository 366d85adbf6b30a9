#pragma once

#include "app/core/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// How one part of a sale was paid at the counter.
enum class TenderKind
{
    Cash = 1,  ///< notes and coins; the change comes out of them
    WeChat,    ///< 微信支付, the customer's 付款码 scanned (PaymentProvider)
    Alipay,    ///< 支付宝, the customer's 付款码 scanned (PaymentProvider)
    BankCard,  ///< the bank-card terminal beside the till, recorded by its reference (参考号)
    Insurance, ///< an insured settlement's part (fund + personal account), by its setl_id
    Rounding,  ///< 抹零: the fen (or jiao) the store lets go when the rest is paid in cash
};

/// One tender: what it paid towards the bill (for cash: what was kept, tendered − change) and the
/// reference that finds it again (the wallet order number, the card terminal's 参考号, setl_id).
struct Tender
{
    TenderKind kind = TenderKind::Cash;
    Money amount;
    QString reference;

    friend bool operator==(const Tender&, const Tender&) = default;
};

/// "现金" / "微信" / "支付宝" / "银行卡" / "医保" / "抹零".
[[nodiscard]] QString toDisplayString(TenderKind kind);
/// How storage and scenarios spell it: "cash", "wechat", "alipay", "card", "insurance",
/// "rounding".
[[nodiscard]] QString tenderName(TenderKind kind);
[[nodiscard]] std::optional<TenderKind> tenderFromName(const QString& name);
/// A wallet (WeChat Pay, Alipay): paid through the PaymentProvider, reversible by its order.
[[nodiscard]] bool isWallet(TenderKind kind);

/// Which wallet a scanned 付款码 (auth code) belongs to, from its published shape: WeChat Pay
/// 18 digits beginning 10–15; Alipay 16–24 digits beginning 25–30. Nothing else is a payment
/// code (an EAN-13, a 20-digit 追溯码 beginning 8, a prescription number).
[[nodiscard]] std::optional<TenderKind> walletOfAuthCode(const QString& code);
/// The code as it may be shown or logged: its first 4 and last 4 digits (a payment code is a
/// bearer token for a minute; it is never stored).
[[nodiscard]] QString maskAuthCode(const QString& code);

/// 抹零 by store policy: what is let go when the rest of a bill is paid in cash.
enum class CashRounding
{
    None = 1, ///< to the fen
    Fen,      ///< 抹分: the fen under a jiao are let go (¥12.34 → ¥12.30)
    Jiao,     ///< 抹角: the jiao and fen under a yuan are let go (¥12.34 → ¥12.00)
};
[[nodiscard]] std::optional<CashRounding> cashRoundingFromName(const QString& name);
/// What the customer is asked in cash for `due` under `policy` (never more than due, never
/// negative); the difference is the 抹零 tender.
[[nodiscard]] Money roundedCashDue(Money due, CashRounding policy);

/// The cash amounts a cashier is offered for `due` (already rounded): exact, then the next whole
/// ¥10, ¥50 and ¥100 above it, each once, ascending — the notes a customer hands over.
[[nodiscard]] QList<Money> quickCashAmounts(Money due);

} // namespace pos
