// Scenario expectations: {"expect": {…}} checks what the counter shows and recorded. Each key is
// one check; every key given must hold.

#include "app/core/ports/clock.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/product.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/session.h"
#include "app/scenario/steprun.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pos::scenario {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

namespace {

/// The gate state's enumerator name ("CardReadAllowed"), as scenarios spell it.
QString rxGateStateName(RxGateState state)
{
    switch (state) {
    case RxGateState::NoPrescription: return QStringLiteral("NoPrescription");
    case RxGateState::Linked: return QStringLiteral("Linked");
    case RxGateState::RulesPassed: return QStringLiteral("RulesPassed");
    case RxGateState::ReviewedAndSigned: return QStringLiteral("ReviewedAndSigned");
    case RxGateState::PrintPending: return QStringLiteral("PrintPending");
    case RxGateState::PrintConfirmed: return QStringLiteral("PrintConfirmed");
    case RxGateState::CardReadAllowed: return QStringLiteral("CardReadAllowed");
    }
    return {};
}

QString text(const QJsonValue& v)
{
    return v.isString() ? v.toString() : v.toVariant().toString();
}

void expectMoney(StepRun& run, const QJsonValue& want, const std::optional<Money>& got,
                 const QString& what)
{
    const std::optional<Money> w = moneyField(want);
    if (!w || !got || *got != *w)
        run.fail(Tr::tr("期望%1 %2，实际 %3")
                     .arg(what, text(want), got ? got->toString() : Tr::tr("（无销售）")));
}

/// One expectation key: checks it, failing the step with what was expected and what was found.
using Check = void (*)(StepRun& run, const QJsonValue& want);

void lines(StepRun& run, const QJsonValue& want)
{
    const qsizetype got = run.t.sale->cart().size();
    if (got != want.toInt())
        run.fail(Tr::tr("期望 %1 行，实际 %2 行").arg(want.toInt()).arg(got));
}

void total(StepRun& run, const QJsonValue& want)
{
    expectMoney(run, want, run.t.sale->cart().total(), Tr::tr("合计"));
}

void change(StepRun& run, const QJsonValue& want)
{
    const auto& last = run.t.sale->lastSale();
    expectMoney(run, want, last ? std::optional<Money>(last->payment.change) : std::nullopt,
                Tr::tr("找零"));
}

void saleTotal(StepRun& run, const QJsonValue& want)
{
    const auto& last = run.t.sale->lastSale();
    expectMoney(run, want, last ? std::optional<Money>(last->total) : std::nullopt,
                Tr::tr("上一单合计"));
}

void saleRxNo(StepRun& run, const QJsonValue& want)
{
    const auto& last = run.t.sale->lastSale();
    const QString got = last ? last->rxNo : QString();
    if (got != want.toString())
        run.fail(Tr::tr("期望上一单的处方号 “%1”，实际 “%2”").arg(want.toString(), got));
}

void saleState(StepRun& run, const QJsonValue& want)
{
    const QString got = stateName(run.t.sale->saleState());
    if (got != want.toString())
        run.fail(Tr::tr("期望销售状态 %1，实际 %2").arg(want.toString(), got));
}

void pharmacistOnDuty(StepRun& run, const QJsonValue& want)
{
    if (!run.need(run.t.duty, Tr::tr("药师在岗登记")))
        return;
    if (run.t.duty->isPharmacistOnDuty() != want.toBool())
        run.fail(want.toBool() ? Tr::tr("期望有药师在岗，实际没有")
                               : Tr::tr("期望无药师在岗，实际有"));
}

void actingUser(StepRun& run, const QJsonValue& want)
{
    const User* u = run.t.session ? run.t.session->actingUser() : nullptr;
    const QString got = u ? u->username : QString();
    if (got != want.toString())
        run.fail(Tr::tr("期望当前操作人 %1，实际 %2")
                     .arg(want.toString(), got.isEmpty() ? Tr::tr("（无人登录）") : got));
}

void rxState(StepRun& run, const QJsonValue& want)
{
    const QString got = run.t.gate ? rxGateStateName(run.t.gate->state()) : QString();
    if (got != want.toString())
        run.fail(Tr::tr("期望处方闸门状态 %1，实际 %2").arg(want.toString(), got));
}

void lastNotice(StepRun& run, const QJsonValue& want)
{
    if (!run.lastNotice().contains(want.toString()))
        run.fail(Tr::tr("期望最后的提示含 “%1”，实际 “%2”").arg(want.toString(), run.lastNotice()));
}

void sellable(StepRun& run, const QJsonValue& want)
{
    // {"sellable": {"product": "P00001", "pieces": 48}}
    if (!run.need(run.t.stock, Tr::tr("库存")) || !run.need(run.t.clock, Tr::tr("时钟")))
        return;
    const QJsonObject w = want.toObject();
    const std::optional<Product> p =
        productNamed(run, w.value(QStringLiteral("product")).toString());
    if (!p)
        return;
    const qint64 got = run.t.stock->sellablePieces(p->id, run.t.clock->now().date());
    const qint64 expected = w.value(QStringLiteral("pieces")).toInteger();
    if (got != expected)
        run.fail(Tr::tr("期望 %1 可售 %2（最小单位），实际 %3")
                     .arg(p->displayName())
                     .arg(expected)
                     .arg(got));
}

void saleBatches(StepRun& run, const QJsonValue& want)
{
    // {"sale_batches": [{"product": "P00001", "batch": "2511001", "pieces": 24}, …]}: what the
    // last sale took, batch by batch, in posting order.
    if (!run.need(run.t.stock, Tr::tr("库存")))
        return;
    const auto& last = run.t.sale->lastSale();
    if (!last) {
        run.fail(Tr::tr("期望上一单的批次，但还没有销售"));
        return;
    }
    QStringList got;
    for (const DocumentMovement& m : run.t.stock->movementsOf(last->saleNo))
        got << QStringLiteral("%1/%2/%3").arg(m.productId).arg(m.batchNo).arg(-m.pieces);
    QStringList expected;
    for (const QJsonValue& v : want.toArray()) {
        const QJsonObject b = v.toObject();
        const std::optional<Product> p =
            productNamed(run, b.value(QStringLiteral("product")).toString());
        if (!p)
            return;
        expected << QStringLiteral("%1/%2/%3")
                        .arg(p->id)
                        .arg(b.value(QStringLiteral("batch")).toString())
                        .arg(b.value(QStringLiteral("pieces")).toInteger());
    }
    if (got != expected)
        run.fail(Tr::tr("期望上一单 %1 取自批次 %2，实际 %3")
                     .arg(last->saleNo, expected.join(u'，'), got.join(u'，')));
}

void receiptContains(StepRun& run, const QJsonValue& want)
{
    if (!run.need(run.t.lastReceipt ? &run.t.lastReceipt : nullptr, Tr::tr("模拟小票打印机")))
        return;
    const QString receipt = run.t.lastReceipt();
    for (const QJsonValue& v : want.isArray() ? want.toArray() : QJsonArray{want})
        if (!receipt.contains(v.toString()))
            run.fail(Tr::tr("期望小票上有 “%1”").arg(v.toString()));
}

const QList<std::pair<QString, Check>>& checks()
{
    static const QList<std::pair<QString, Check>> table{
        {QStringLiteral("lines"), lines},
        {QStringLiteral("total"), total},
        {QStringLiteral("change"), change},
        {QStringLiteral("sale_total"), saleTotal},
        {QStringLiteral("sale_rx_no"), saleRxNo},
        {QStringLiteral("sale_state"), saleState},
        {QStringLiteral("pharmacist_on_duty"), pharmacistOnDuty},
        {QStringLiteral("acting_user"), actingUser},
        {QStringLiteral("rx_state"), rxState},
        {QStringLiteral("last_notice"), lastNotice},
        {QStringLiteral("sellable"), sellable},
        {QStringLiteral("sale_batches"), saleBatches},
        {QStringLiteral("receipt_contains"), receiptContains},
    };
    return table;
}

void expect(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    const QJsonObject ex = arg.toObject();
    for (const QString& key : ex.keys()) {
        const auto it = std::find_if(checks().cbegin(), checks().cend(),
                                     [&key](const auto& c) { return c.first == key; });
        if (it == checks().cend())
            run.fail(Tr::tr("不认识的检查项：%1").arg(key));
        else
            it->second(run, ex.value(key));
    }
    if (!run.failed())
        run.say(Tr::tr("检查通过"));
}

} // namespace

QList<ScenarioStepKind> expectationSteps()
{
    QStringList keys;
    for (const auto& c : checks())
        keys << c.first;
    return {
        {QStringLiteral("expect"), Tr::tr("检查：%1").arg(keys.join(QStringLiteral("、"))), expect},
    };
}

} // namespace pos::scenario
