#include "app/core/insurance/insuredsettlement.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InsuredSettlement)
};

using S = SettleState;
using A = SettleAction;

struct Step
{
    S from;
    A action;
    S to;
};

// The whole table; anything not here is illegal.
constexpr Step kSteps[] = {
    {S::CredentialRead, A::QueryPerson, S::PersonFound},
    {S::CredentialRead, A::Cancel, S::Cancelled},
    {S::PersonFound, A::ConfirmIdentity, S::IdentityConfirmed},
    {S::PersonFound, A::RejectIdentity, S::Cancelled},
    {S::PersonFound, A::Cancel, S::Cancelled},
    {S::IdentityConfirmed, A::PreSettle, S::PreSettled},
    {S::IdentityConfirmed, A::Cancel, S::Cancelled},
    {S::PreSettled, A::PreSettle, S::PreSettled}, // the cart was split again, asked again
    {S::PreSettled, A::Settle, S::Settling},
    {S::PreSettled, A::Cancel, S::Cancelled},
    {S::Settling, A::SettleAnswered, S::Settled},
    {S::Settling, A::SettleRefused, S::PreSettled},
    {S::Settling, A::SettleUnknown, S::Unresolved},
    {S::Unresolved, A::Resolve, S::Abandoned},
    {S::Settled, A::TakeCash, S::CashTaken},
    {S::Settled, A::Refund, S::Refunded},
    {S::CashTaken, A::PrintSlip, S::SlipPrinted},
    {S::CashTaken, A::Refund, S::Refunded},
    {S::SlipPrinted, A::PrintSlip, S::SlipPrinted}, // a reprint (【补打】)
    {S::SlipPrinted, A::Sign, S::Signed},
    {S::SlipPrinted, A::Refund, S::Refunded},
    {S::Signed, A::PrintSlip, S::Signed}, // a reprint after signing
    {S::Signed, A::Refund, S::Refunded},
};

struct Named
{
    S state;
    const char* key;
};
constexpr Named kStateKeys[] = {
    {S::CredentialRead, "credential_read"},
    {S::PersonFound, "person_found"},
    {S::IdentityConfirmed, "identity_confirmed"},
    {S::PreSettled, "pre_settled"},
    {S::Settling, "settling"},
    {S::Settled, "settled"},
    {S::CashTaken, "cash_taken"},
    {S::SlipPrinted, "slip_printed"},
    {S::Signed, "signed"},
    {S::Unresolved, "unresolved"},
    {S::Abandoned, "abandoned"},
    {S::Cancelled, "cancelled"},
    {S::Refunded, "refunded"},
};

QJsonObject splitJson(const SettlementSplit& s)
{
    return QJsonObject{{QStringLiteral("total"), s.total.fen()},
                       {QStringLiteral("fund"), s.fund.fen()},
                       {QStringLiteral("account"), s.account.fen()},
                       {QStringLiteral("cash"), s.cash.fen()},
                       {QStringLiteral("balance_after"), s.balanceAfter.fen()},
                       {QStringLiteral("setl_id"), s.setlId},
                       {QStringLiteral("mdtrt_id"), s.mdtrtId},
                       {QStringLiteral("settled_at"), s.settledAt.toString(Qt::ISODateWithMs)}};
}

SettlementSplit splitFrom(const QJsonObject& o)
{
    SettlementSplit s;
    s.total = Money::fromFen(o.value(QStringLiteral("total")).toInteger());
    s.fund = Money::fromFen(o.value(QStringLiteral("fund")).toInteger());
    s.account = Money::fromFen(o.value(QStringLiteral("account")).toInteger());
    s.cash = Money::fromFen(o.value(QStringLiteral("cash")).toInteger());
    s.balanceAfter = Money::fromFen(o.value(QStringLiteral("balance_after")).toInteger());
    s.setlId = o.value(QStringLiteral("setl_id")).toString();
    s.mdtrtId = o.value(QStringLiteral("mdtrt_id")).toString();
    s.settledAt =
        QDateTime::fromString(o.value(QStringLiteral("settled_at")).toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace

std::optional<SettleState> settleNext(SettleState state, SettleAction action)
{
    for (const Step& s : kSteps)
        if (s.from == state && s.action == action)
            return s.to;
    return std::nullopt;
}

bool isFinal(SettleState state)
{
    return state == S::Signed || state == S::Abandoned || state == S::Cancelled
           || state == S::Refunded;
}

bool isSettled(SettleState state)
{
    return state == S::Settled || state == S::CashTaken || state == S::SlipPrinted
           || state == S::Signed;
}

QString toDisplayString(SettleState state)
{
    switch (state) {
    case S::CredentialRead: return Tr::tr("已读取凭证");
    case S::PersonFound: return Tr::tr("已查询参保人（待核对人证）");
    case S::IdentityConfirmed: return Tr::tr("人证相符");
    case S::PreSettled: return Tr::tr("已预结算");
    case S::Settling: return Tr::tr("结算中");
    case S::Settled: return Tr::tr("已结算（待收现金）");
    case S::CashTaken: return Tr::tr("已收现金（待打印结算单）");
    case S::SlipPrinted: return Tr::tr("结算单已打印（待患者签字）");
    case S::Signed: return Tr::tr("患者已签字，结算完成");
    case S::Unresolved: return Tr::tr("结算结果未知（待冲正）");
    case S::Abandoned: return Tr::tr("已冲正作废");
    case S::Cancelled: return Tr::tr("已取消");
    case S::Refunded: return Tr::tr("已退费");
    }
    return {};
}

QString toDisplayString(SettleAction action)
{
    switch (action) {
    case A::QueryPerson: return Tr::tr("查询参保人（1101）");
    case A::ConfirmIdentity: return Tr::tr("确认人证相符");
    case A::RejectIdentity: return Tr::tr("人证不符");
    case A::PreSettle: return Tr::tr("预结算（2101）");
    case A::Settle: return Tr::tr("结算（2102）");
    case A::SettleAnswered: return Tr::tr("平台确认结算");
    case A::SettleRefused: return Tr::tr("平台拒绝结算");
    case A::SettleUnknown: return Tr::tr("结算无确定应答");
    case A::TakeCash: return Tr::tr("收取现金部分");
    case A::PrintSlip: return Tr::tr("打印结算单");
    case A::Sign: return Tr::tr("患者签字");
    case A::Resolve: return Tr::tr("冲正（2601）");
    case A::Cancel: return Tr::tr("取消结算");
    case A::Refund: return Tr::tr("退费（2103）");
    }
    return {};
}

QString settleStateKey(SettleState state)
{
    for (const Named& n : kStateKeys)
        if (n.state == state)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<SettleState> settleStateFromKey(const QString& key)
{
    for (const Named& n : kStateKeys)
        if (key == QLatin1StringView(n.key))
            return n.state;
    return std::nullopt;
}

QString callStateKey(CallState state)
{
    switch (state) {
    case CallState::Sent: return QStringLiteral("sent");
    case CallState::Answered: return QStringLiteral("answered");
    case CallState::Refused: return QStringLiteral("refused");
    case CallState::Unknown: return QStringLiteral("unknown");
    case CallState::Reversed: return QStringLiteral("reversed");
    case CallState::NotProcessed: return QStringLiteral("not_processed");
    }
    return {};
}

std::optional<CallState> callStateFromKey(const QString& key)
{
    for (CallState s : {CallState::Sent, CallState::Answered, CallState::Refused,
                        CallState::Unknown, CallState::Reversed, CallState::NotProcessed})
        if (callStateKey(s) == key)
            return s;
    return std::nullopt;
}

QJsonObject InsuredSettlementRecord::toJson() const
{
    QJsonArray lineArray;
    for (const SettlementLine& l : lines)
        lineArray.append(
            QJsonObject{{QStringLiteral("cart_line"), l.cartLine},
                        {QStringLiteral("product_code"), l.productCode},
                        {QStringLiteral("hilist_code"), l.hilistCode},
                        {QStringLiteral("name"), l.name},
                        {QStringLiteral("spec"), l.spec},
                        {QStringLiteral("batch_no"), l.batchNo},
                        {QStringLiteral("expiry"), l.expiry},
                        {QStringLiteral("quantity"), l.quantity},
                        {QStringLiteral("unit_price"), l.unitPrice.fen()},
                        {QStringLiteral("amount"), l.amount.fen()},
                        {QStringLiteral("trace_codes"), QJsonArray::fromStringList(l.traceCodes)},
                        {QStringLiteral("rx_only"), l.prescriptionOnly}});
    return QJsonObject{
        {QStringLiteral("settlement_no"), settlementNo},
        {QStringLiteral("terminal"), terminal},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("rx_no"), rxNo},
        {QStringLiteral("sale_ticket"), QString::number(saleTicket)},
        {QStringLiteral("state"), settleStateKey(state)},
        {QStringLiteral("credential"), int(credential)},
        {QStringLiteral("person"),
         QJsonObject{{QStringLiteral("psn_no"), person.psnNo},
                     {QStringLiteral("name"), person.name},
                     {QStringLiteral("certno"), person.certNo},
                     {QStringLiteral("gend"), person.gender},
                     {QStringLiteral("brdy"), person.birthDate},
                     {QStringLiteral("insutype"), person.insutype},
                     {QStringLiteral("insuplc_admdvs"), person.insuplcAdmdvs},
                     {QStringLiteral("balance"), person.balance.fen()}}},
        {QStringLiteral("lines"), lineArray},
        {QStringLiteral("pre_split"), splitJson(preSplit)},
        {QStringLiteral("split"), splitJson(split)},
        {QStringLiteral("sale_no"), saleNo},
        {QStringLiteral("cash_tendered"), cashTendered.fen()},
        {QStringLiteral("change"), change.fen()},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("end_reason"), endReason},
        {QStringLiteral("refund_setl_id"), refundSetlId},
        {QStringLiteral("signature_ref"), signatureRef},
    };
}

std::optional<InsuredSettlementRecord> InsuredSettlementRecord::fromJson(const QJsonObject& o)
{
    const std::optional<SettleState> state =
        settleStateFromKey(o.value(QStringLiteral("state")).toString());
    const QString no = o.value(QStringLiteral("settlement_no")).toString();
    if (!state || no.isEmpty())
        return std::nullopt;
    InsuredSettlementRecord r;
    r.settlementNo = no;
    r.state = *state;
    r.terminal = o.value(QStringLiteral("terminal")).toString();
    r.operatorName = o.value(QStringLiteral("operator")).toString();
    r.rxNo = o.value(QStringLiteral("rx_no")).toString();
    r.saleTicket = o.value(QStringLiteral("sale_ticket")).toString().toULongLong();
    const int cred = o.value(QStringLiteral("credential")).toInt();
    if (cred < int(CredentialType::EVoucherToken) || cred > int(CredentialType::SocialSecurityCard))
        return std::nullopt;
    r.credential = static_cast<CredentialType>(cred);
    const QJsonObject p = o.value(QStringLiteral("person")).toObject();
    r.person.psnNo = p.value(QStringLiteral("psn_no")).toString();
    r.person.name = p.value(QStringLiteral("name")).toString();
    r.person.certNo = p.value(QStringLiteral("certno")).toString();
    r.person.gender = p.value(QStringLiteral("gend")).toString();
    r.person.birthDate = p.value(QStringLiteral("brdy")).toString();
    r.person.insutype = p.value(QStringLiteral("insutype")).toString();
    r.person.insuplcAdmdvs = p.value(QStringLiteral("insuplc_admdvs")).toString();
    r.person.balance = Money::fromFen(p.value(QStringLiteral("balance")).toInteger());
    for (const QJsonValue& v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        SettlementLine line;
        line.cartLine = l.value(QStringLiteral("cart_line")).toInt();
        line.productCode = l.value(QStringLiteral("product_code")).toString();
        line.hilistCode = l.value(QStringLiteral("hilist_code")).toString();
        line.name = l.value(QStringLiteral("name")).toString();
        line.spec = l.value(QStringLiteral("spec")).toString();
        line.batchNo = l.value(QStringLiteral("batch_no")).toString();
        line.expiry = l.value(QStringLiteral("expiry")).toString();
        line.quantity = l.value(QStringLiteral("quantity")).toInt();
        line.unitPrice = Money::fromFen(l.value(QStringLiteral("unit_price")).toInteger());
        line.amount = Money::fromFen(l.value(QStringLiteral("amount")).toInteger());
        for (const QJsonValue& c : l.value(QStringLiteral("trace_codes")).toArray())
            line.traceCodes << c.toString();
        line.prescriptionOnly = l.value(QStringLiteral("rx_only")).toBool();
        r.lines << line;
    }
    r.preSplit = splitFrom(o.value(QStringLiteral("pre_split")).toObject());
    r.split = splitFrom(o.value(QStringLiteral("split")).toObject());
    r.saleNo = o.value(QStringLiteral("sale_no")).toString();
    r.cashTendered = Money::fromFen(o.value(QStringLiteral("cash_tendered")).toInteger());
    r.change = Money::fromFen(o.value(QStringLiteral("change")).toInteger());
    r.createdAt =
        QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    r.updatedAt =
        QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    r.endReason = o.value(QStringLiteral("end_reason")).toString();
    r.refundSetlId = o.value(QStringLiteral("refund_setl_id")).toString();
    r.signatureRef = o.value(QStringLiteral("signature_ref")).toString();
    return r;
}

} // namespace pos
