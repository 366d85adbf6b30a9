// Scenario steps of the prescription gate: loading (downloaded, served by the simulated platform,
// or typed in from paper), the rules, the pharmacist's review, printing, the card.

#include "app/core/ports/clock.h"
#include "app/core/ports/scanner.h"
#include "app/core/rx/paperprescription.h"
#include "app/core/rx/prescriptionintake.h"
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "app/scenario/steprun.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace pos::scenario {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

namespace {

/// How long a script waits for a printer's answer (a job's own timeout is 30 s by default).
constexpr int kPrinterAnswerWaitMs = 60000;
/// How long a script waits for the platform's answer to a download.
constexpr int kPlatformAnswerWaitMs = 60000;

/// The gate's state after every prescription step, and what it said, go into the report.
bool gateOf(StepRun& run)
{
    return run.need(run.t.gate, Tr::tr("处方闸门")) && run.need(run.t.reviews, Tr::tr("审方"));
}

void sayState(StepRun& run)
{
    run.say(Tr::tr("处方闸门：%1").arg(toDisplayString(run.t.gate->state())));
}

void load(StepRun& run, const QString& tokenOrRxNo)
{
    if (!run.need(run.t.intake, Tr::tr("处方载入")))
        return;
    // A real platform answers later: the script waits for the answer, as the cashier does.
    const auto answer = std::make_shared<std::optional<Status>>();
    run.t.intake->load(tokenOrRxNo, [answer](const Status& s) { *answer = s; });
    QDeadlineTimer deadline(kPlatformAnswerWaitMs);
    while (!answer->has_value() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!answer->has_value())
        run.take(makeError(ErrorCode::DeviceFailure,
                           Tr::tr("医保平台 %1 秒内没有回答").arg(kPlatformAnswerWaitMs / 1000)));
    else
        run.take(**answer);
}

void rxLoad(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!gateOf(run))
        return;
    load(run, arg.toString());
    sayState(run);
}

void rxCheck(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    if (!gateOf(run))
        return;
    run.take(run.t.gate->checkRules());
    sayState(run);
}

void rxReview(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!gateOf(run))
        return;
    const QJsonObject r = arg.toObject();
    const std::optional<Prescription>& rx = run.t.gate->prescription();
    if (!rx) {
        run.take(makeError(ErrorCode::WrongState, Tr::tr("没有关联的处方可审核")));
        return;
    }
    // The pharmacist reviews the content stored now, as the review screen shows it.
    const Result<PrescriptionReview> done =
        r.value(QStringLiteral("approve")).toBool()
            ? run.t.reviews->approve(rx->rxNo, rx->contentHash(),
                                     r.value(QStringLiteral("long_term_confirmed")).toBool(),
                                     r.value(QStringLiteral("opinion")).toString())
            : run.t.reviews->reject(rx->rxNo, rx->contentHash(),
                                    r.value(QStringLiteral("reason")).toString());
    if (!done)
        run.take(done.error());
    else
        run.say(Tr::tr("审核：%1（%2）")
                    .arg(done->decision == PrescriptionReview::Decision::Approved
                             ? Tr::tr("通过")
                             : Tr::tr("不通过"),
                         done->pharmacistName));
}

void rxSign(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    if (!gateOf(run))
        return;
    run.take(run.t.gate->sign());
    sayState(run);
}

void rxPrint(StepRun& run, bool reprint)
{
    if (!gateOf(run))
        return;
    RxSettlementGate& gate = *run.t.gate;
    run.take(reprint ? gate.reprint() : gate.print());
    // A real printer answers from its own thread: a script waits for it, as the cashier does.
    QDeadlineTimer deadline(kPrinterAnswerWaitMs);
    while (gate.printing() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (gate.printing())
        run.take(makeError(ErrorCode::DeviceFailure,
                           Tr::tr("打印机 %1 秒内没有回报结果").arg(kPrinterAnswerWaitMs / 1000)));
    sayState(run);
}

void rxScanBack(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!gateOf(run))
        return;
    QString code = arg.toString();
    if (code == QStringLiteral("printed") || code == QStringLiteral("last")) {
        // Read the code off the last paper, as the cashier's scanner would.
        if (!run.need(run.t.readPrintedCode ? &run.t.readPrintedCode : nullptr,
                      Tr::tr("打印出的处方")))
            return;
        Result<QString> printed = run.t.readPrintedCode();
        if (!printed) {
            run.take(printed.error());
            return;
        }
        code = *printed;
    }
    run.say(Tr::tr("扫回 %1").arg(code));
    if (run.t.injector && run.t.intake) {
        // Through the scanner port, as the cashier scans the paper: the intake confirms.
        const QMetaObject::Connection c =
            QObject::connect(run.t.intake, &PrescriptionIntake::refused, run.t.intake,
                             [&run](const Error& e) { run.take(e); });
        const QMetaObject::Connection r =
            QObject::connect(run.t.sale, &SaleWorkflow::scanRejected, run.t.sale,
                             [&run](const Error& e) { run.take(e); });
        run.t.injector->inject(code.toUtf8(), QStringLiteral("]Q1"));
        QObject::disconnect(c);
        QObject::disconnect(r);
    } else {
        run.take(run.t.gate->confirmScannedCode(code));
    }
    sayState(run);
}

void rxCancel(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!gateOf(run))
        return;
    run.take(run.t.gate->cancel(arg.toString()));
    sayState(run);
}

void printer(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (run.need(run.t.setPrinter ? &run.t.setPrinter : nullptr, Tr::tr("模拟打印机")))
        run.take(run.t.setPrinter(arg.toObject()));
}

void cardInsert(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    if (run.need(run.t.insertCard ? &run.t.insertCard : nullptr, Tr::tr("模拟读卡器")))
        run.t.insertCard();
}

void cardRead(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    if (!gateOf(run))
        return;
    const Result<CardCredential> card = run.t.gate->readCard();
    if (!card)
        run.take(card.error());
    else
        run.say(Tr::tr("读卡成功"));
    sayState(run);
}

void platformRx(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // The simulated platform serves the prescription the scenario describes (or a changed version
    // of one it serves): rxno, token, issue time, validity, items, patient type, status.
    if (!run.need(run.t.servePrescription ? &run.t.servePrescription : nullptr,
                  Tr::tr("模拟医保平台")))
        return;
    Result<QString> served = run.t.servePrescription(arg.toObject());
    if (!served)
        run.take(served.error());
    else
        run.say(Tr::tr("模拟平台开出处方 %1").arg(*served));
}

std::optional<RxItemType> itemTypeNamed(const QString& s)
{
    if (s.isEmpty() || s == QStringLiteral("western"))
        return RxItemType::Western;
    if (s == QStringLiteral("patent"))
        return RxItemType::ChinesePatent;
    if (s == QStringLiteral("herbal"))
        return RxItemType::HerbalPieces;
    return std::nullopt;
}

void rxPaper(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // 纸质处方录入 with every field of the form; saved into the pharmacist's queue and, unless
    // "load": false, linked to the sale.
    if (!gateOf(run) || !run.need(run.t.clock, Tr::tr("时钟")))
        return;
    const QJsonObject p = arg.toObject();
    PaperPrescriptionDraft d;
    d.paperNo = p.value(QStringLiteral("paper_no")).toString();
    d.issueTime =
        p.contains(QStringLiteral("issue_time"))
            ? QDateTime::fromString(p.value(QStringLiteral("issue_time")).toString(), Qt::ISODate)
            : run.t.clock->now();
    d.institutionName = p.value(QStringLiteral("institution_name")).toString();
    d.institutionCode = p.value(QStringLiteral("institution_code")).toString();
    d.prescriberName = p.value(QStringLiteral("prescriber_name")).toString();
    d.prescriberCode = p.value(QStringLiteral("prescriber_code")).toString();
    d.diagnosisCode = p.value(QStringLiteral("diagnosis_code")).toString();
    d.diagnosisName = p.value(QStringLiteral("diagnosis_name")).toString();
    const QJsonObject patient = p.value(QStringLiteral("patient")).toObject();
    d.patient.name = patient.value(QStringLiteral("name")).toString();
    d.patient.idNumber = patient.value(QStringLiteral("id_number")).toString();
    d.patient.insuranceType =
        patient.value(QStringLiteral("insurance")).toString() == QStringLiteral("resident")
            ? InsuranceType::Resident
            : InsuranceType::Employee;
    const std::optional<RxItemType> type =
        itemTypeNamed(p.value(QStringLiteral("item_type")).toString());
    if (!type) {
        run.take(
            makeError(ErrorCode::InvalidInput, Tr::tr("item_type 须为 western、patent 或 herbal")));
        return;
    }
    d.itemType = *type;
    d.attribute = p.value(QStringLiteral("attribute")).toString() == QStringLiteral("dual_channel")
                      ? RxAttribute::DualChannel
                      : RxAttribute::PooledFund;
    d.longTerm = p.value(QStringLiteral("long_term")).toBool();
    d.coveredDays = p.value(QStringLiteral("days")).toInt();
    for (const QJsonValue& v : p.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const std::optional<Product> product =
            productNamed(run, l.value(QStringLiteral("product")).toString());
        if (!product)
            return;
        RxDrugLine line = rxLineFromProduct(*product, l.value(QStringLiteral("quantity")).toInt());
        line.usage = l.value(QStringLiteral("usage")).toString();
        line.dosage = l.value(QStringLiteral("dosage")).toString();
        line.frequency = l.value(QStringLiteral("frequency")).toString();
        line.days = l.value(QStringLiteral("days")).toInt();
        d.lines << line;
    }
    const Result<Prescription> rx = buildPaperPrescription(d, run.t.clock->now());
    if (!rx) {
        run.take(rx.error());
        return;
    }
    if (Status received = run.t.reviews->receive(*rx); !received) {
        run.take(received);
        return;
    }
    run.say(Tr::tr("纸质处方已录入：%1").arg(rx->rxNo));
    if (p.value(QStringLiteral("load")).toBool(true))
        load(run, rx->rxNo);
    sayState(run);
}

} // namespace

QList<ScenarioStepKind> prescriptionSteps()
{
    return {
        {QStringLiteral("platform_rx"),
         Tr::tr(
             "{\"rx_no\", \"token\", \"issued\", \"valid_days\", \"item_type\", \"long_term\", "
             "\"days\", \"insurance\", \"patient\", \"status\", \"drugs\": [{\"product\" | \"code\", "
             "\"count\", \"days\"}]} 模拟平台开出（或改动）一张电子处方"),
         platformRx},
        {QStringLiteral("rx_load"), Tr::tr("\"处方号或二维码内容\"：下载（7203）并关联本单"),
         rxLoad},
        {QStringLiteral("rx_paper"),
         Tr::tr("纸质处方录入（paper_no、issue_time、institution_*、prescriber_*、diagnosis_*、"
                "patient、item_type、attribute、long_term、days、lines）并关联本单"),
         rxPaper},
        {QStringLiteral("rx_check"), Tr::tr("处方规则检查（其后购物车即处方）"), rxCheck},
        {QStringLiteral("rx_review"),
         Tr::tr(
             "{\"approve\": true, \"long_term_confirmed\": false, \"opinion\"|\"reason\": …} 药师审核"),
         rxReview},
        {QStringLiteral("rx_sign"), Tr::tr("签名确认"), rxSign},
        {QStringLiteral("rx_print"), Tr::tr("打印处方"),
         [](StepRun& run, const QJsonValue&, const QJsonObject&) { rxPrint(run, false); }},
        {QStringLiteral("rx_reprint"), Tr::tr("补打处方"),
         [](StepRun& run, const QJsonValue&, const QJsonObject&) { rxPrint(run, true); }},
        {QStringLiteral("rx_scan_back"),
         Tr::tr("\"printed\"（读模拟打印机最后一页的二维码）或核验码：扫回确认打印"), rxScanBack},
        {QStringLiteral("rx_cancel"), Tr::tr("\"原因\"：取消本处方"), rxCancel},
        {QStringLiteral("printer"),
         Tr::tr("{\"fault\": \"paper_out\"…, \"reports_status\": false} 设置模拟处方打印机"),
         printer},
        {QStringLiteral("card_insert"), Tr::tr("读卡器上放入演示患者的医保卡"), cardInsert},
        {QStringLiteral("card_read"), Tr::tr("读医保卡（闸门开放前被拒绝）"), cardRead},
    };
}

} // namespace pos::scenario
