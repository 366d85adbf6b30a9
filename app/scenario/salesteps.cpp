// Scenario steps of the sale at the counter: scanning, the cart, payment, receipts, returns.

#include "app/core/ports/scanner.h"
#include "app/core/rx/prescriptionintake.h"
#include "app/core/sale/returnservice.h"
#include "app/core/sale/saleworkflow.h"
#include "app/core/shift/shiftservice.h"
#include "app/scenario/steprun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace pos::scenario {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

namespace {

/// Scans `payload` as the cashier's scanner would: through the scanner port when the counter has
/// an injection point, else straight into the workflow. A refusal becomes the step's error.
void scanPayload(StepRun& run, const QByteArray& payload, const QString& symbology)
{
    SaleWorkflow& sale = *run.t.sale;
    if (run.t.injector) {
        // A refusal comes from the sale, or — for a prescription code or a voucher, which the
        // sale hands on — from the prescription intake and its gate.
        const QMetaObject::Connection c = QObject::connect(
            &sale, &SaleWorkflow::scanRejected, &sale, [&run](const Error& e) { run.take(e); });
        QMetaObject::Connection i;
        if (run.t.intake)
            i = QObject::connect(run.t.intake, &PrescriptionIntake::refused, run.t.intake,
                                 [&run](const Error& e) { run.take(e); });
        run.t.injector->inject(payload, symbology);
        QObject::disconnect(c);
        QObject::disconnect(i);
        return;
    }
    const ScanOutcome out = sale.scan(ScanEvent{payload, symbology, QStringLiteral("script"), {}});
    if (!out.ok())
        run.take(out.error);
}

void scan(StepRun& run, const QJsonValue& arg, const QJsonObject& step)
{
    const QString code = arg.toString();
    run.say(Tr::tr("扫描 %1").arg(code));
    scanPayload(run, code.toUtf8(), step.value(QStringLiteral("symbology")).toString());
}

void scanHex(StepRun& run, const QJsonValue& arg, const QJsonObject& step)
{
    // Bytes a keyboard cannot type (GS 0x1D of GS1 codes).
    const QByteArray bytes = QByteArray::fromHex(arg.toString().toLatin1());
    run.say(Tr::tr("扫描 %1").arg(QString::fromLatin1(bytes.toHex(' '))));
    scanPayload(run, bytes, step.value(QStringLiteral("symbology")).toString());
}

void scanVoucher(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    QString payload = arg.toString();
    if (payload.isEmpty() || payload == QStringLiteral("demo")) {
        if (!run.need(run.t.demoVoucher ? &run.t.demoVoucher : nullptr,
                      Tr::tr("演示患者的医保电子凭证")))
            return;
        payload = run.t.demoVoucher();
    }
    run.say(Tr::tr("扫描医保电子凭证 %1…").arg(payload.left(8)));
    scanPayload(run, payload.toUtf8(), QStringLiteral("]Q1"));
}

void quantity(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    const QJsonObject q = arg.toObject();
    run.take(run.t.sale->setQuantity(q.value(QStringLiteral("line")).toInt() - 1,
                                     q.value(QStringLiteral("qty")).toInt()));
}

void unit(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    const QJsonObject u = arg.toObject();
    const QString name = u.value(QStringLiteral("unit")).toString();
    const std::optional<SaleUnit> unit = name == QStringLiteral("box")     ? SaleUnit::Box
                                         : name == QStringLiteral("strip") ? SaleUnit::Strip
                                         : name == QStringLiteral("piece")
                                             ? std::optional<SaleUnit>(SaleUnit::Piece)
                                             : std::nullopt;
    if (!unit) {
        run.take(makeError(ErrorCode::InvalidInput, Tr::tr("unit 须为 box、strip 或 piece")));
        return;
    }
    run.take(run.t.sale->setUnit(u.value(QStringLiteral("line")).toInt() - 1, *unit));
}

void remove(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    run.take(run.t.sale->removeLine(arg.toInt() - 1));
}

void pay(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    const QJsonObject p = arg.toObject();
    // CTRL-EPHEDRINE: the buyer's ID number, as the payment dialog asks for it.
    if (p.contains(QStringLiteral("buyer_id"))) {
        if (Status b =
                run.t.sale->registerEphedrineBuyer(p.value(QStringLiteral("buyer_id")).toString());
            !b) {
            run.take(b);
            return;
        }
    }
    const std::optional<Money> cash = moneyField(p.value(QStringLiteral("cash")));
    if (!cash) {
        run.take(makeError(ErrorCode::InvalidInput, Tr::tr("pay 需要 cash 金额，如 \"100.00\"")));
        return;
    }
    Result<PaymentOutcome> r = run.t.sale->payCash(*cash);
    if (!r)
        run.take(r.error());
    else if (!r->receiptPath.isEmpty())
        run.say(Tr::tr("小票输出：%1").arg(r->receiptPath));
}

/// Lets the event loop run until the wallet charge of the sale answered (a script's provider
/// answers through the event loop, asking again at once).
void awaitWallet(StepRun& run)
{
    QElapsedTimer t;
    t.start();
    while (run.t.sale->walletPending() && t.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (run.t.sale->walletPending())
        run.fail(Tr::tr("扫码付款 10 秒仍无结果"));
}

/// A tender step's "amount" (zero when absent: all that is due); nullopt (the step's error) when
/// it is not an amount.
std::optional<Money> tenderAmount(StepRun& run, const QJsonObject& p)
{
    if (!p.contains(QStringLiteral("amount")))
        return Money();
    const std::optional<Money> a = moneyField(p.value(QStringLiteral("amount")));
    if (!a)
        run.take(makeError(ErrorCode::InvalidInput, Tr::tr("amount 不是金额")));
    return a;
}

void payWallet(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // {"pay_wallet": {"code": "134567890123456789", "amount": "20.00"}} or just the code.
    const QJsonObject p =
        arg.isObject() ? arg.toObject() : QJsonObject{{QStringLiteral("code"), arg}};
    const std::optional<Money> amount = tenderAmount(run, p);
    if (!amount)
        return;
    // The outcome comes later, announced: a charge that took nothing is the step's error.
    const qsizetype tendersBefore = run.t.sale->tendersTaken().size();
    const QString lastBefore = run.t.sale->lastSale() ? run.t.sale->lastSale()->saleNo : QString();
    QString problem;
    const QMetaObject::Connection c =
        QObject::connect(run.t.sale, &SaleWorkflow::notice, [&problem](const Notice& n) {
            if (n.level == Notice::Level::Error)
                problem = n.text;
        });
    Status s = run.t.sale->payByWallet(p.value(QStringLiteral("code")).toString(), *amount);
    if (s)
        awaitWallet(run);
    QObject::disconnect(c);
    if (!s)
        return run.take(s);
    const QString lastAfter = run.t.sale->lastSale() ? run.t.sale->lastSale()->saleNo : QString();
    if (run.t.sale->tendersTaken().size() > tendersBefore || lastAfter != lastBefore)
        return;
    run.take(makeError(ErrorCode::DeviceFailure,
                       problem.isEmpty() ? Tr::tr("扫码付款未成功") : problem));
}

void payCard(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // {"pay_card": {"reference": "123456789012", "amount": "20.00"}}
    const QJsonObject p =
        arg.isObject() ? arg.toObject() : QJsonObject{{QStringLiteral("reference"), arg}};
    const std::optional<Money> amount = tenderAmount(run, p);
    if (!amount)
        return;
    Result<std::optional<PaymentOutcome>> r =
        run.t.sale->payByCard(*amount, p.value(QStringLiteral("reference")).toString());
    if (!r)
        run.take(r.error());
}

void cancelPayment(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    run.take(run.t.sale->cancelPayment());
    // The reversals answer through the event loop.
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

void paymentFault(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.t.paymentFault)
        return run.fail(Tr::tr("没有模拟扫码支付"));
    run.take(run.t.paymentFault(arg.toString()));
}

void resolvePayments(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    if (!run.t.resolvePayments)
        return run.fail(Tr::tr("没有扫码支付"));
    run.t.resolvePayments();
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

void expectPayment(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // {"expect_payment": {"due": "0.00", "provider_held": "20.00",
    //                     "last_sale": ["wechat 20.00", "cash 5.00"]}}
    const QJsonObject e = arg.toObject();
    if (e.contains(QStringLiteral("due"))) {
        const std::optional<Money> want = moneyField(e.value(QStringLiteral("due")));
        if (!want || *want != run.t.sale->amountDue())
            run.fail(Tr::tr("待收 %1，预期 %2")
                         .arg(run.t.sale->amountDue().toString(),
                              e.value(QStringLiteral("due")).toString()));
    }
    if (e.contains(QStringLiteral("provider_held"))) {
        const std::optional<Money> want = moneyField(e.value(QStringLiteral("provider_held")));
        const qint64 held = run.t.paymentHeldFen ? run.t.paymentHeldFen() : 0;
        if (!want || want->fen() != held)
            run.fail(Tr::tr("收单机构实扣顾客 %1，预期 %2")
                         .arg(Money::fromFen(held).toString(),
                              e.value(QStringLiteral("provider_held")).toString()));
    }
    if (e.contains(QStringLiteral("last_sale"))) {
        const std::optional<CompletedSale>& last = run.t.sale->lastSale();
        QStringList got;
        if (last) {
            for (const Tender& t : last->payment.tendersOr(last->total))
                got << QStringLiteral("%1 %2").arg(tenderName(t.kind), t.amount.toString());
        }
        QStringList want;
        for (const QJsonValue& v : e.value(QStringLiteral("last_sale")).toArray())
            want << v.toString();
        if (got != want)
            run.fail(Tr::tr("上一单的支付为 [%1]，预期 [%2]")
                         .arg(got.join(QStringLiteral(", ")), want.join(QStringLiteral(", "))));
    }
}

void print(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    Result<PaymentOutcome> r = run.t.sale->reprintLast();
    if (!r)
        run.take(r.error());
    else if (!r->receiptPath.isEmpty())
        run.say(Tr::tr("小票输出：%1").arg(r->receiptPath));
}

void voidSale(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    run.take(run.t.sale->voidSale());
}

void price(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // 改价/折扣: {"price": {"line": 1, "price": "20.00", "reason": "会员优惠"}},
    // {"line": 1, "percent": 10, …} or {"percent": 5, "reason": …} for the whole cart.
    const QJsonObject p = arg.toObject();
    const QString reason = p.value(QStringLiteral("reason")).toString();
    if (p.contains(QStringLiteral("price"))) {
        const std::optional<Money> m = Money::parse(p.value(QStringLiteral("price")).toString());
        if (!m)
            return run.fail(Tr::tr("price 须是金额，如 \"20.00\""));
        return run.take(
            run.t.sale->overridePrice(p.value(QStringLiteral("line")).toInt() - 1, *m, reason));
    }
    const int percent = p.value(QStringLiteral("percent")).toInt();
    if (p.contains(QStringLiteral("line")))
        return run.take(
            run.t.sale->discountLine(p.value(QStringLiteral("line")).toInt() - 1, percent, reason));
    run.take(run.t.sale->discountSale(percent, reason));
}

void park(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // 挂单: {"park": "取钱去了"} (the note) or {"park": {}}.
    Result<ParkedCart> p = run.t.sale->parkSale(arg.isString() ? arg.toString() : QString());
    if (!p)
        run.take(p.error());
    else
        run.say(Tr::tr("挂单 %1（%2）").arg(p->parkNo, p->describeItems()));
}

/// The park number a step names: "last" (or nothing) is the newest parked at this till,
/// "first" the oldest.
QString parkedNamed(StepRun& run, const QString& name)
{
    if (!name.isEmpty() && name != u"last" && name != u"first")
        return name;
    Result<QList<ParkedCartStore::Entry>> list = run.t.sale->parkedCarts();
    if (!list) {
        run.take(list.error());
        return {};
    }
    if (list->isEmpty()) {
        run.take(makeError(ErrorCode::NotFound, Tr::tr("本收银台没有挂单")));
        return {};
    }
    return name == u"first" ? list->first().cart.parkNo : list->last().cart.parkNo;
}

void recall(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // 取单: {"recall": "last" | "first" | park number}.
    const QString parkNo = parkedNamed(run, arg.toString());
    if (parkNo.isEmpty())
        return;
    Result<QStringList> r = run.t.sale->recallSale(parkNo);
    if (!r)
        return run.take(r.error());
    run.say(Tr::tr("取单 %1").arg(parkNo));
    for (const QString& change : std::as_const(*r))
        run.say(QStringLiteral("  ") + change);
}

void discardParked(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    const QString parkNo = parkedNamed(run, arg.toString());
    if (!parkNo.isEmpty())
        run.take(run.t.sale->discardParked(parkNo));
}

void expectParked(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // {"expect_parked": 2}: how many carts wait at this till.
    Result<QList<ParkedCartStore::Entry>> list = run.t.sale->parkedCarts();
    if (!list)
        return run.take(list.error());
    if (list->size() != arg.toInt())
        run.fail(Tr::tr("本收银台挂单 %1 张，预期 %2 张").arg(list->size()).arg(arg.toInt()));
}

void openShift(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // 开班: {"open_shift": "200.00"} (the float counted in).
    if (!run.need(run.t.shifts, Tr::tr("班次服务")))
        return;
    const std::optional<Money> openingFloat = moneyField(arg);
    if (!openingFloat)
        return run.take(
            makeError(ErrorCode::InvalidInput, Tr::tr("open_shift 需要备用金金额，如 \"200.00\"")));
    Result<Shift> s = run.t.shifts->open(*openingFloat);
    if (!s)
        return run.take(s.error());
    run.say(Tr::tr("开班 %1，备用金 %2").arg(s->shiftNo, s->openingFloat.display()));
}

void handOver(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // 交班: {"hand_over": {"100": 3, "10": 2, "0.5": 1}} — pieces per denomination in yuan.
    if (!run.need(run.t.shifts, Tr::tr("班次服务")))
        return;
    CashCount counted;
    const QJsonObject o = arg.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const std::optional<Money> note = Money::parse(it.key());
        if (!note)
            return run.take(
                makeError(ErrorCode::InvalidInput, Tr::tr("面额 %1 不是金额").arg(it.key())));
        counted.pieces.insert(int(note->fen()), it.value().toInt());
    }
    Result<ShiftService::Handover> h = run.t.shifts->handOver(counted);
    if (!h)
        return run.take(h.error());
    run.say(Tr::tr("交班 %1：应有 %2，实点 %3，长短款 %4%5")
                .arg(h->shift.shiftNo, h->shift.expectedCash().display(),
                     h->shift.counted.total().display(), h->shift.difference().display(),
                     h->printed ? Tr::tr("，交班单已打印")
                                : Tr::tr("，交班单未打印：%1").arg(h->printProblem)));
}

void expectShift(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // {"expect_shift": {"open": true, "sales": 3, "cash": "…", "expected": "…", "counted": "…",
    // "difference": "…"}}: the open shift, or (open: false) the one handed over last.
    if (!run.need(run.t.shifts, Tr::tr("班次服务")))
        return;
    const QJsonObject e = arg.toObject();
    const bool wantOpen = e.value(QStringLiteral("open")).toBool(true);
    std::optional<Shift> s;
    if (wantOpen) {
        Result<std::optional<Shift>> now = run.t.shifts->current();
        if (!now)
            return run.take(now.error());
        s = *now;
    } else {
        s = run.t.shifts->lastClosed();
        Result<std::optional<Shift>> now = run.t.shifts->current();
        if (now && now->has_value())
            return run.fail(Tr::tr("收银台仍有未交班的班次 %1").arg((*now)->shiftNo));
    }
    if (!s)
        return run.fail(wantOpen ? Tr::tr("没有未交班的班次") : Tr::tr("还没有交过班"));
    const auto money = [&](const QString& key, Money actual) {
        if (!e.contains(key))
            return;
        const std::optional<Money> want = moneyField(e.value(key));
        if (!want || *want != actual)
            run.fail(Tr::tr("班次 %1 的 %2 为 %3，预期 %4")
                         .arg(s->shiftNo, key, actual.toString(), e.value(key).toString()));
    };
    if (e.contains(QStringLiteral("sales"))
        && e.value(QStringLiteral("sales")).toInt() != s->totals.sales)
        run.fail(Tr::tr("班次 %1 销售 %2 笔，预期 %3 笔")
                     .arg(s->shiftNo)
                     .arg(s->totals.sales)
                     .arg(e.value(QStringLiteral("sales")).toInt()));
    money(QStringLiteral("cash"), s->totals.cashTaken);
    money(QStringLiteral("wechat"), s->totals.wechatTaken);
    money(QStringLiteral("alipay"), s->totals.alipayTaken);
    money(QStringLiteral("card"), s->totals.cardTaken);
    money(QStringLiteral("expected"), s->expectedCash());
    if (!wantOpen) {
        money(QStringLiteral("counted"), s->counted.total());
        money(QStringLiteral("difference"), s->difference());
    }
}

void returnSale(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // 销售退货 of a recorded sale: {"return": {"sale": "last" | "XS-…", "reason": "…"}}
    if (!run.need(run.t.returns, Tr::tr("退货服务")))
        return;
    const QJsonObject ret = arg.toObject();
    QString saleNo = ret.value(QStringLiteral("sale")).toString();
    if (saleNo == QStringLiteral("last") || saleNo.isEmpty())
        saleNo = run.t.sale->lastSale() ? run.t.sale->lastSale()->saleNo : QString();
    Result<QString> r =
        run.t.returns->returnSale(saleNo, ret.value(QStringLiteral("reason")).toString());
    if (!r)
        run.take(r.error());
    else
        run.say(Tr::tr("退货单 %1").arg(*r));
}

} // namespace

QList<ScenarioStepKind> saleSteps()
{
    return {
        {QStringLiteral("scan"), Tr::tr("扫一个码，经扫码枪端口（可加 \"symbology\": \"]d2\"）"),
         scan},
        {QStringLiteral("scan_hex"), Tr::tr("扫码内容以十六进制给出（如含 GS 0x1D 的 GS1 码）"),
         scanHex},
        {QStringLiteral("scan_voucher"),
         Tr::tr("扫医保电子凭证二维码：给出内容，或 \"demo\" 为演示患者的凭证"), scanVoucher},
        {QStringLiteral("quantity"), Tr::tr("{\"line\": 1, \"qty\": 3} 改数量（行号从 1 起）"),
         quantity},
        {QStringLiteral("unit"), Tr::tr("{\"line\": 1, \"unit\": \"box|strip|piece\"} 拆零"), unit},
        {QStringLiteral("remove"), Tr::tr("删除第 N 行"), remove},
        {QStringLiteral("price"),
         Tr::tr("{\"line\": 1, \"price\": \"20.00\" 或 \"percent\": 10, \"reason\": \"会员优惠\"} "
                "改价/折扣（不给 line 为整单折扣）"),
         price},
        {QStringLiteral("pay"),
         Tr::tr(
             "{\"cash\": \"100.00\", \"buyer_id\": \"身份证号\"} 现金收款（麻黄碱类登记购买人）"),
         pay},
        {QStringLiteral("pay_wallet"),
         Tr::tr(
             "{\"code\": \"付款码\", \"amount\": \"20.00\"} 微信/支付宝扫码收款（金额缺省为全部待收）"),
         payWallet},
        {QStringLiteral("pay_card"),
         Tr::tr("{\"reference\": \"参考号\", \"amount\": \"20.00\"} 记一笔银行卡收款"), payCard},
        {QStringLiteral("cancel_payment"), Tr::tr("取消收款：已收的扫码款撤销，银行卡提示撤销"),
         cancelPayment},
        {QStringLiteral("payment_fault"),
         Tr::tr("模拟收单机构的下一次故障：decline、timeout、lost、pending、silent、reverse_fails"),
         paymentFault},
        {QStringLiteral("resolve_payments"), Tr::tr("像启动时一样了结上次未了结的扫码付款单"),
         resolvePayments},
        {QStringLiteral("expect_payment"),
         Tr::tr("{\"due\", \"provider_held\", \"last_sale\": [\"wechat 20.00\", …]} 检查收款"),
         expectPayment},
        {QStringLiteral("print"), Tr::tr("\"reprint\"：补打上一张小票"), print},
        {QStringLiteral("void"), Tr::tr("作废本单"), voidSale},
        {QStringLiteral("park"), Tr::tr("挂单：\"备注\"（可空）"), park},
        {QStringLiteral("recall"), Tr::tr("取单：\"last\" | \"first\" | 挂单号"), recall},
        {QStringLiteral("discard_parked"), Tr::tr("丢弃挂单：\"last\" | \"first\" | 挂单号"),
         discardParked},
        {QStringLiteral("expect_parked"), Tr::tr("本收银台的挂单张数"), expectParked},
        {QStringLiteral("open_shift"), Tr::tr("开班：\"200.00\" 备用金"), openShift},
        {QStringLiteral("hand_over"), Tr::tr("交班：{\"100\": 3, \"0.5\": 1} 各面额张数（元）"),
         handOver},
        {QStringLiteral("expect_shift"),
         Tr::tr("{\"open\": true|false, \"sales\", \"cash\", \"wechat\", \"alipay\", \"card\", "
                "\"expected\", \"counted\", \"difference\"} 检查班次"),
         expectShift},
        {QStringLiteral("return"),
         Tr::tr("{\"sale\": \"last\" | 单号, \"reason\": \"…\"} 店长全单退货"), returnSale},
    };
}

} // namespace pos::scenario
