// The insured settlement's steps (SETTLE-*): a script reads the card, confirms the identity,
// settles, takes the cash part, prints the slip and has the patient sign — the same methods the
// settlement screen's buttons reach — and injects the platform faults SETTLE-ONCE exists for.
#include "app/core/archive/settlementarchivist.h"
#include "app/core/insurance/insuredcheckout.h"
#include "app/core/insurance/reconciliation.h"
#include "app/core/ports/clock.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "app/scenario/steprun.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>

#include <memory>

namespace pos::scenario {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

/// How long a step waits for the platform's answers (the in-process simulator answers at once;
/// the HTTPS one in well under a second).
constexpr int kPlatformWaitMs = 10000;

InsuredCheckout* checkoutOf(StepRun& run)
{
    if (!run.t.insured)
        run.take(makeError(ErrorCode::Configuration,
                           run.t.insuredProblem.isEmpty()
                               ? Tr::tr("本环境没有医保结算（未配置医保平台）")
                               : run.t.insuredProblem,
                           QStringLiteral("SETTLE-ONCE")));
    return run.t.insured;
}

/// Lets the platform's answers (and a printer's) arrive.
void waitForPlatform(SettlementService& s)
{
    QDeadlineTimer deadline(kPlatformWaitMs);
    do
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    while (s.busy() && !deadline.hasExpired());
}

void sayState(StepRun& run, SettlementService& s)
{
    const std::optional<InsuredSettlementRecord>& r = s.current();
    if (!r) {
        run.say(Tr::tr("医保结算：无进行中的结算"));
        return;
    }
    run.say(Tr::tr("医保结算 %1：%2").arg(r->settlementNo, toDisplayString(r->state)));
}

/// Runs `step` on the settlement, waits for the platform, reports the state.
void onSettlement(StepRun& run, const std::function<Status(SettlementService&)>& step)
{
    InsuredCheckout* c = checkoutOf(run);
    if (!c)
        return;
    run.take(step(c->settlement()));
    waitForPlatform(c->settlement());
    sayState(run, c->settlement());
}

void settleStart(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    InsuredCheckout* c = checkoutOf(run);
    if (!c || !run.need(run.t.gate, Tr::tr("处方闸门")))
        return;
    // "card" (default): the reader, through the gate; "voucher": the demo patient's 医保电子凭证;
    // {"id": "3601…"}: the ID number typed at the counter (02).
    Result<CardCredential> credential =
        arg.isObject()
            ? run.t.gate->idNumberEntered(arg.toObject().value(QStringLiteral("id")).toString())
        : arg.toString() == QStringLiteral("voucher")
            ? run.t.gate->voucherScanned(run.t.demoVoucher ? run.t.demoVoucher() : QString())
            : run.t.gate->readCard();
    if (!credential) {
        run.take(credential.error());
        return;
    }
    run.take(c->start(*credential));
    waitForPlatform(c->settlement());
    sayState(run, c->settlement());
}

void settleIdentity(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // true: 人证相符, and 2101 follows as on the screen; false or a reason: 人证不符.
    onSettlement(run, [&arg](SettlementService& s) {
        if (arg.isBool() && arg.toBool()) {
            Status ok = s.confirmIdentity();
            return ok ? s.preSettle() : ok;
        }
        return s.rejectIdentity(arg.isString() ? arg.toString() : QString());
    });
}

void settle(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    onSettlement(run, [](SettlementService& s) { return s.settle(); });
}

void settleCash(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    InsuredCheckout* c = checkoutOf(run);
    if (!c)
        return;
    const std::optional<InsuredSettlementRecord>& r = c->settlement().current();
    std::optional<Money> tendered = arg.isNull() || arg.isUndefined() || arg.toString().isEmpty()
                                        ? std::optional<Money>(r ? r->split.cash : Money())
                                        : moneyField(arg);
    if (!tendered) {
        run.fail(Tr::tr("settle_cash 的金额无效"));
        return;
    }
    // The slip prints as soon as the money is in, as on the screen.
    onSettlement(run, [&tendered](SettlementService& s) {
        Status ok = s.takeCash(*tendered);
        return ok ? s.printSlip() : ok;
    });
}

void settleSlip(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    onSettlement(run, [](SettlementService& s) { return s.printSlip(); });
}

void settleSign(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // A signature as the pad would give it: a stroke drawn on a white image, and its points.
    QImage image(240, 80, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setPen(QPen(Qt::black, 2.5));
        p.drawLine(20, 60, 110, 20);
        p.drawLine(110, 20, 220, 55);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const bool signs = !(arg.isBool() && !arg.toBool()); // false: an empty pad (refused)
    onSettlement(run, [&](SettlementService& s) {
        return s.sign(SettlementService::Signature{
            signs ? png : QByteArray(),
            signs
                ? QByteArrayLiteral("[[{\"x\":20,\"y\":60,\"t\":0},{\"x\":110,\"y\":20,\"t\":180},"
                                    "{\"x\":220,\"y\":55,\"t\":390}]]")
                : QByteArray(),
            QStringLiteral("screen")});
    });
}

void settleCancel(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    onSettlement(run, [&arg](SettlementService& s) {
        return s.cancel(arg.isString() ? arg.toString() : Tr::tr("脚本取消"));
    });
}

void settleResolve(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    InsuredCheckout* c = checkoutOf(run);
    if (!c)
        return;
    Result<int> left = c->settlement().resolveUnresolved();
    waitForPlatform(c->settlement());
    if (!left)
        run.take(left.error());
    else
        run.say(Tr::tr("待冲正的报文：%1").arg(*left));
    sayState(run, c->settlement());
}

void platformFault(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.need(run.t.platformFault ? &run.t.platformFault : nullptr,
                  Tr::tr("本机进程内的模拟医保平台")))
        return;
    const QJsonObject o =
        arg.isObject() ? arg.toObject() : QJsonObject{{QStringLiteral("fault"), arg.toString()}};
    run.take(run.t.platformFault(o.value(QStringLiteral("fault")).toString(),
                                 o.value(QStringLiteral("infno")).toString(),
                                 o.value(QStringLiteral("count")).toInt(1)));
}

void settleRefund(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    InsuredCheckout* c = checkoutOf(run);
    if (!c)
        return;
    const QJsonObject o = arg.toObject();
    QString no = o.value(QStringLiteral("settlement")).toString(QStringLiteral("last"));
    if (no == u"last")
        no = c->lastFinished();
    SettlementService& s = c->settlement();
    // Shared: an answer later than the wait lands here, not on a finished step's stack.
    auto answer = std::make_shared<std::optional<Result<QString>>>();
    run.take(s.refund(no, o.value(QStringLiteral("reason")).toString(),
                      [answer](Result<QString> r) { *answer = std::move(r); }));
    waitForPlatform(s);
    if (run.error)
        return;
    const std::optional<Result<QString>>& outcome = *answer;
    if (!outcome)
        run.take(makeError(ErrorCode::DeviceFailure,
                           Tr::tr("医保结算 %1 未退费：平台无应答").arg(no),
                           QStringLiteral("REFUND-ORIGINAL")));
    else if (!*outcome)
        run.take(outcome->error());
    else
        run.say(Tr::tr("医保结算 %1 已退费，退货单 %2").arg(no, **outcome));
}

void settleReconcile(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    InsuredCheckout* c = checkoutOf(run);
    if (!c || !run.need(run.t.clock, Tr::tr("时钟")))
        return;
    const QJsonObject o = arg.toObject();
    const QString d = o.value(QStringLiteral("date")).toString(QStringLiteral("today"));
    const QDate day = d == u"today" ? run.t.clock->now().date() : QDate::fromString(d, Qt::ISODate);
    auto answer = std::make_shared<std::optional<Result<ReconcileReport>>>();
    run.take(c->settlement().reconcile(day, [answer](Result<ReconcileReport> r) { *answer = r; }));
    waitForPlatform(c->settlement());
    const std::optional<Result<ReconcileReport>>& got = *answer;
    if (run.error)
        return;
    if (!got) {
        run.take(makeError(ErrorCode::DeviceFailure, Tr::tr("医保平台未应答，对账未完成")));
        return;
    }
    if (!*got) {
        run.take(got->error());
        return;
    }
    run.say(reconciliation::formatReport(**got));
    if (o.contains(QStringLiteral("balanced"))
        && o.value(QStringLiteral("balanced")).toBool() != (*got)->balanced)
        run.fail(
            Tr::tr("对账结果为“%1”，预期“%2”")
                .arg((*got)->balanced ? Tr::tr("平") : Tr::tr("不平"),
                     o.value(QStringLiteral("balanced")).toBool() ? Tr::tr("平") : Tr::tr("不平")));
    if (o.contains(QStringLiteral("count"))
        && o.value(QStringLiteral("count")).toInt() != (*got)->store.count)
        run.fail(Tr::tr("本店结算 %1 笔，预期 %2 笔")
                     .arg((*got)->store.count)
                     .arg(o.value(QStringLiteral("count")).toInt()));
}

void expectSettlement(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    InsuredCheckout* c = checkoutOf(run);
    if (!c)
        return;
    const QJsonObject want = arg.toObject();
    const std::optional<InsuredSettlementRecord>& r = c->settlement().current();
    const QString state = r ? settleStateKey(r->state) : QStringLiteral("none");
    if (want.contains(QStringLiteral("state"))
        && want.value(QStringLiteral("state")).toString() != state)
        run.fail(Tr::tr("医保结算状态为 %1，预期 %2")
                     .arg(state, want.value(QStringLiteral("state")).toString()));
    const auto money = [&](const char* key, Money have) {
        const QString k = QString::fromLatin1(key);
        if (!want.contains(k))
            return;
        const std::optional<Money> expected = moneyField(want.value(k));
        if (!expected || *expected != have)
            run.fail(Tr::tr("%1 为 %2，预期 %3")
                         .arg(k, have.toString(), want.value(k).toVariant().toString()));
    };
    if (r) {
        money("total", r->split.total);
        money("fund", r->split.fund);
        money("account", r->split.account);
        money("cash", r->split.cash);
    }
}

/// {"settlement": "last" | number, "records": 2, "missing": ["face.jpg"], "verified": true}: the
/// settlement's sealed records (waiting, in real time, for a seal that waits for its clip's
/// post-roll), the pieces the newest one lacks, and `archive verify` over the whole archive.
void expectArchive(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.need(run.t.archive, QStringLiteral("archive")))
        return;
    const QJsonObject want = arg.toObject();
    QString no;
    if (want.contains(QStringLiteral("sale"))) {
        // A cash prescription sale's record, by its sale number ("last": the last sale).
        no = want.value(QStringLiteral("sale")).toString();
        if (no == u"last")
            no = run.t.sale->lastSale() ? run.t.sale->lastSale()->saleNo : QString();
    } else {
        InsuredCheckout* c = checkoutOf(run);
        if (!c)
            return;
        no = want.value(QStringLiteral("settlement")).toString(QStringLiteral("last"));
        if (no == u"last")
            no = c->lastFinished();
    }
    const int records = want.value(QStringLiteral("records")).toInt(1);
    QList<archive::ArchiveRecord> found;
    QDeadlineTimer deadline(30'000);
    for (;;) {
        Result<QList<archive::ArchiveRecord>> r = run.t.archive->findBySubjectOrPrescription(no);
        if (!r) {
            run.take(r.error());
            return;
        }
        found = *r;
        if (found.size() >= records || deadline.hasExpired())
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (found.size() != records) {
        run.fail(Tr::tr("%1 有 %2 条归档记录，预期 %3 条").arg(no).arg(found.size()).arg(records));
        return;
    }
    const archive::ArchiveRecord& newest = found.last();
    for (const QString& line : archive::describeRecord(newest))
        run.say(line);
    if (want.contains(QStringLiteral("missing"))) {
        QStringList missing;
        for (const archive::ArchivePiece& p : newest.pieces)
            if (!p.missing.isEmpty())
                missing << p.name;
        const QStringList expected =
            want.value(QStringLiteral("missing")).toVariant().toStringList();
        if (missing != expected)
            run.fail(Tr::tr("归档记录缺少的文档为 [%1]，预期 [%2]")
                         .arg(missing.join(u','), expected.join(u',')));
    }
    if (want.value(QStringLiteral("verified")).toBool() && run.t.verifyArchive) {
        Result<archive::ArchiveVerification> v = run.t.verifyArchive();
        if (!v) {
            run.take(v.error());
            return;
        }
        for (const archive::ArchiveFinding& f : std::as_const(v->findings))
            run.fail(f.describe());
        run.say(
            Tr::tr("档案校验：%1 条记录，%2 件文档，无问题").arg(v->records).arg(v->piecesChecked));
    }
}

/// {"code": "8…", "settlement": "last" | number, "archive": 2, "returned": true}: `trace CODE`
/// as the signed-in user asks it — the box's newest sale paid by that settlement, with that many
/// sealed archive records, and (when asked) back in stock.
void expectTrace(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.need(run.t.traceBox ? &run.t.traceBox : nullptr, QStringLiteral("trace")))
        return;
    const QJsonObject want = arg.toObject();
    Result<BoxTrace> t = run.t.traceBox(want.value(QStringLiteral("code")).toString());
    if (!t) {
        run.take(t.error());
        return;
    }
    for (const QString& line : t->toLines())
        run.say(line);
    if (t->sales.isEmpty()) {
        run.fail(Tr::tr("追溯码 %1 没有销售记录").arg(t->code));
        return;
    }
    const BoxSale& sale = t->sales.last();
    if (want.contains(QStringLiteral("settlement"))) {
        QString no = want.value(QStringLiteral("settlement")).toString();
        if (no == u"last") {
            InsuredCheckout* c = checkoutOf(run);
            if (!c)
                return;
            no = c->lastFinished();
        }
        if (sale.settlementNo != no)
            run.fail(Tr::tr("追溯到的医保结算为 %1，预期 %2")
                         .arg(sale.settlementNo.isEmpty() ? Tr::tr("无") : sale.settlementNo, no));
    }
    if (want.contains(QStringLiteral("archive"))
        && sale.archive.size() != want.value(QStringLiteral("archive")).toInt())
        run.fail(Tr::tr("追溯到 %1 条归档记录，预期 %2 条")
                     .arg(sale.archive.size())
                     .arg(want.value(QStringLiteral("archive")).toInt()));
    if (want.contains(QStringLiteral("returned"))
        && sale.returned() != want.value(QStringLiteral("returned")).toBool())
        run.fail(sale.returned() ? Tr::tr("追溯码已退回在库，预期仍为已售")
                                 : Tr::tr("追溯码仍为已售，预期已退回在库"));
}

} // namespace

QList<ScenarioStepKind> settlementSteps()
{
    return {
        {QStringLiteral("settle_start"),
         Tr::tr(
             "\"card\"（默认）、\"voucher\" 或 {\"id\": \"身份证号\"}：读卡、扫电子凭证或手工输入"
             "身份证号（经处方闸门）并开始医保结算（1101）"),
         settleStart},
        {QStringLiteral("settle_identity"),
         Tr::tr("true：人证相符并预结算（2101）；false 或 \"理由\"：人证不符（SETTLE-ID）"),
         settleIdentity},
        {QStringLiteral("settle"), Tr::tr("确认结算（2102；SETTLE-ONCE）"), settle},
        {QStringLiteral("settle_cash"),
         Tr::tr("收取现金部分（金额，默认为应收现金）并打印结算单（SETTLE-SLIP）"), settleCash},
        {QStringLiteral("settle_slip"), Tr::tr("打印（补打）医保结算单"), settleSlip},
        {QStringLiteral("settle_sign"), Tr::tr("患者签名（false：空白签名）"), settleSign},
        {QStringLiteral("settle_cancel"), Tr::tr("取消未结算的医保结算（\"原因\"）"), settleCancel},
        {QStringLiteral("settle_resolve"), Tr::tr("冲正（2601）结果未知的结算报文"), settleResolve},
        {QStringLiteral("settle_refund"),
         Tr::tr("{\"settlement\": \"last\" | 结算单号, \"reason\": \"…\"}：医保退费（2103，"
                "REFUND-ORIGINAL，店长）"),
         settleRefund},
        {QStringLiteral("settle_reconcile"),
         Tr::tr("{\"date\": \"today\" | 日期, \"balanced\": true, \"count\": 1}：医保日对账"
                "（3201/3202）"),
         settleReconcile},
        {QStringLiteral("platform_fault"),
         Tr::tr("{\"fault\": \"lose_answer\"|\"unreachable\", \"infno\": \"2102\", \"count\": 1}："
                "模拟医保平台故障"),
         platformFault},
        {QStringLiteral("expect_settlement"),
         Tr::tr("{\"state\": \"signed\", \"fund\": \"47.60\", …}：核对医保结算"), expectSettlement},
        {QStringLiteral("expect_archive"),
         Tr::tr("{\"settlement\": \"last\" 或 \"sale\": \"last\", \"records\": 1, \"missing\": [], "
                "\"verified\": true}：核对结算或现金处方销售的档案（SETTLE-SLIP）"),
         expectArchive},
        {QStringLiteral("expect_trace"),
         Tr::tr("{\"code\": \"追溯码\", \"settlement\": \"last\", \"archive\": 1, "
                "\"returned\": false}：追溯一盒药到医保结算与档案（DATA-TRACE，店长）"),
         expectTrace},
    };
}

} // namespace pos::scenario
