#include "app/core/insurance/reconciliation.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)
};

QString date(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

std::optional<Money> platformAmount(const QJsonValue& v)
{
    if (v.isDouble())
        return Money::fromFen(static_cast<qint64>(std::llround(v.toDouble() * 100)));
    if (!v.isString())
        return std::nullopt;
    return Money::parse(v.toString());
}

QString toDisplayString(ReconcileDifference::Kind kind)
{
    switch (kind) {
    case ReconcileDifference::Kind::Amounts: return Tr::tr("金额不符");
    case ReconcileDifference::Kind::PlatformOnly: return Tr::tr("平台有、本店无");
    case ReconcileDifference::Kind::StoreOnly: return Tr::tr("本店有、平台无");
    }
    return {};
}

QString toKey(ReconcileDifference::Kind kind)
{
    switch (kind) {
    case ReconcileDifference::Kind::Amounts: return QStringLiteral("amounts");
    case ReconcileDifference::Kind::PlatformOnly: return QStringLiteral("platform_only");
    case ReconcileDifference::Kind::StoreOnly: return QStringLiteral("store_only");
    }
    return {};
}

QJsonObject ReconcileReport::toJson() const
{
    const auto totals = [](const ReconcileTotals& t) {
        return QJsonObject{{QStringLiteral("count"), t.count},
                           {QStringLiteral("total"), t.total.toString()},
                           {QStringLiteral("fund"), t.fund.toString()},
                           {QStringLiteral("account"), t.account.toString()},
                           {QStringLiteral("cash"), t.cash.toString()}};
    };
    QJsonArray diffs;
    for (const ReconcileDifference& d : differences)
        diffs.append(
            QJsonObject{{QStringLiteral("kind"), toKey(d.kind)},
                        {QStringLiteral("setl_id"), d.setlId},
                        {QStringLiteral("settlement"), d.settlementNo},
                        {QStringLiteral("settled_at"), d.settledAt},
                        {QStringLiteral("store_total"), d.storeTotal.toString()},
                        {QStringLiteral("store_fund"), d.storeFund.toString()},
                        {QStringLiteral("store_account"), d.storeAccount.toString()},
                        {QStringLiteral("platform_total"), d.platformTotal.toString()},
                        {QStringLiteral("platform_fund"), d.platformFund.toString()},
                        {QStringLiteral("platform_account"), d.platformAccount.toString()}});
    return QJsonObject{{QStringLiteral("date"), date(day)},
                       {QStringLiteral("balanced"), balanced},
                       {QStringLiteral("store"), totals(store)},
                       {QStringLiteral("platform"), totals(platform)},
                       {QStringLiteral("detail_asked"), detailAsked},
                       {QStringLiteral("differences"), diffs}};
}

namespace reconciliation {

ReconcileTotals totalsOf(const QList<InsuredSettlementRecord>& settled)
{
    ReconcileTotals t;
    for (const InsuredSettlementRecord& r : settled) {
        ++t.count;
        t.total += r.split.total;
        t.fund += r.split.fund;
        t.account += r.split.account;
        t.cash += r.split.cash;
    }
    return t;
}

QJsonObject totalsInput(const QDate& day, const ReconcileTotals& store, const QString& insutype)
{
    QJsonObject data{{QStringLiteral("stmt_begndate"), date(day)},
                     {QStringLiteral("stmt_enddate"), date(day)},
                     {QStringLiteral("medfee_sumamt"), store.total.toString()},
                     {QStringLiteral("fund_pay_sumamt"), store.fund.toString()},
                     {QStringLiteral("acct_pay"), store.account.toString()},
                     {QStringLiteral("fixmedins_setl_cnt"), QString::number(store.count)}};
    if (!insutype.isEmpty())
        data.insert(QStringLiteral("insutype"), insutype);
    return QJsonObject{{QStringLiteral("data"), data}};
}

QJsonObject detailInput(const QDate& day, const QList<InsuredSettlementRecord>& settled)
{
    QJsonArray detail;
    for (const InsuredSettlementRecord& r : settled)
        detail.append(QJsonObject{{QStringLiteral("setl_id"), r.split.setlId},
                                  {QStringLiteral("mdtrt_id"), r.split.mdtrtId},
                                  {QStringLiteral("psn_no"), r.person.psnNo},
                                  {QStringLiteral("medfee_sumamt"), r.split.total.toString()},
                                  {QStringLiteral("fund_pay_sumamt"), r.split.fund.toString()},
                                  {QStringLiteral("acct_pay"), r.split.account.toString()}});
    return QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("stmt_begndate"), date(day)},
                                             {QStringLiteral("stmt_enddate"), date(day)},
                                             {QStringLiteral("detail"), detail}}}};
}

Result<std::pair<ReconcileTotals, bool>> parseTotals(const QJsonObject& output)
{
    const QJsonObject s = output.value(QStringLiteral("stmtinfo")).toObject();
    const QString result = s.value(QStringLiteral("stmt_rslt")).toString();
    if (s.isEmpty() || (result != u"0" && result != u"1"))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("对总账（3201）应答缺少对账结果 stmt_rslt"));
    ReconcileTotals t;
    const std::pair<const char*, Money*> amounts[] = {{"medfee_sumamt", &t.total},
                                                      {"fund_pay_sumamt", &t.fund},
                                                      {"acct_pay", &t.account},
                                                      {"psn_cash_pay", &t.cash}};
    for (const auto& [key, into] : amounts) {
        const QJsonValue v = s.value(QLatin1String(key));
        if (v.isUndefined())
            continue; // a platform that answers only the verdict
        const std::optional<Money> m = platformAmount(v);
        if (!m)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("对总账（3201）应答的 %1 不是金额").arg(QLatin1String(key)));
        *into = *m;
    }
    const QJsonValue n = s.value(QStringLiteral("fixmedins_setl_cnt"));
    if (!n.isUndefined()) {
        bool ok = true;
        t.count = n.isDouble() ? n.toInt() : n.toString().toInt(&ok);
        if (!ok || t.count < 0)
            return makeError(ErrorCode::InvalidInput, Tr::tr("对总账（3201）应答的结算笔数无效"));
    }
    return std::pair{t, result == u"0"};
}

Result<QList<ReconcileDifference>> parseDetail(const QJsonObject& output,
                                               const QList<InsuredSettlementRecord>& settled)
{
    if (!output.value(QStringLiteral("detail")).isArray())
        return makeError(ErrorCode::InvalidInput, Tr::tr("对明细账（3202）应答缺少明细 detail"));
    QHash<QString, const InsuredSettlementRecord*> bySetlId;
    for (const InsuredSettlementRecord& r : settled)
        bySetlId.insert(r.split.setlId, &r);
    QList<ReconcileDifference> out;
    for (const QJsonValue& v : output.value(QStringLiteral("detail")).toArray()) {
        const QJsonObject row = v.toObject();
        const QString result = row.value(QStringLiteral("stmt_rslt")).toString();
        if (result == u"0")
            continue;
        ReconcileDifference d;
        d.setlId = row.value(QStringLiteral("setl_id")).toString();
        d.settledAt = row.value(QStringLiteral("setl_time")).toString();
        if (result == u"1")
            d.kind = ReconcileDifference::Kind::Amounts;
        else if (result == u"2")
            d.kind = ReconcileDifference::Kind::PlatformOnly;
        else if (result == u"3")
            d.kind = ReconcileDifference::Kind::StoreOnly;
        else
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("对明细账（3202）应答的对账结果“%1”无效").arg(result));
        if (d.kind != ReconcileDifference::Kind::StoreOnly) {
            d.platformTotal =
                platformAmount(row.value(QStringLiteral("medfee_sumamt"))).value_or(Money());
            d.platformFund =
                platformAmount(row.value(QStringLiteral("fund_pay_sumamt"))).value_or(Money());
            d.platformAccount =
                platformAmount(row.value(QStringLiteral("acct_pay"))).value_or(Money());
        }
        if (const InsuredSettlementRecord* r = bySetlId.value(d.setlId)) {
            d.settlementNo = r->settlementNo;
            d.storeTotal = r->split.total;
            d.storeFund = r->split.fund;
            d.storeAccount = r->split.account;
            if (d.settledAt.isEmpty())
                d.settledAt = r->split.settledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        out << d;
    }
    return out;
}

QString formatReport(const ReconcileReport& r)
{
    QStringList lines;
    const auto totals = [](const ReconcileTotals& t) {
        return Tr::tr("%1 笔，医疗费总额 %2，统筹 %3，个人账户 %4")
            .arg(t.count)
            .arg(t.total.display(), t.fund.display(), t.account.display());
    };
    lines << Tr::tr("医保对账 %1：%2").arg(date(r.day), r.balanced ? Tr::tr("平") : Tr::tr("不平"));
    lines << Tr::tr("  本店：%1").arg(totals(r.store));
    lines << Tr::tr("  平台：%1").arg(totals(r.platform));
    for (const ReconcileDifference& d : r.differences)
        lines << Tr::tr("  %1 setl_id %2%3：本店 %4/%5/%6，平台 %7/%8/%9")
                     .arg(toDisplayString(d.kind), d.setlId,
                          d.settlementNo.isEmpty() ? QString()
                                                   : Tr::tr("（结算单 %1）").arg(d.settlementNo),
                          d.storeTotal.display(), d.storeFund.display(), d.storeAccount.display(),
                          d.platformTotal.display(), d.platformFund.display(),
                          d.platformAccount.display());
    if (!r.balanced && r.detailAsked && r.differences.isEmpty())
        lines << Tr::tr("  明细逐笔相符，差异在总账：请联系医保经办机构核对");
    return lines.join(u'\n');
}

} // namespace reconciliation
} // namespace pos
