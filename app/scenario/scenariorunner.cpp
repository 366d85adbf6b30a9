#include "app/core/scenariorunner.h"

#include "app/core/logging.h"
#include "app/core/ports/scanner.h"
#include "app/core/rx/prescriptionintake.h"
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/saleworkflow.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace pos {

namespace {
/// How long a script waits for a printer's answer (a job's own timeout is 30 s by default).
constexpr int kPrinterAnswerWaitMs = 60000;
} // namespace

namespace {

/// Translation context "ScenarioRunner" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

QString errorCodeName(ErrorCode c)
{
    switch (c) {
    case ErrorCode::InvalidInput: return QStringLiteral("InvalidInput");
    case ErrorCode::NotFound: return QStringLiteral("NotFound");
    case ErrorCode::RuleViolation: return QStringLiteral("RuleViolation");
    case ErrorCode::PermissionDenied: return QStringLiteral("PermissionDenied");
    case ErrorCode::WrongState: return QStringLiteral("WrongState");
    case ErrorCode::DeviceFailure: return QStringLiteral("DeviceFailure");
    case ErrorCode::StorageFailure: return QStringLiteral("StorageFailure");
    case ErrorCode::Configuration: return QStringLiteral("Configuration");
    case ErrorCode::Cancelled: return QStringLiteral("Cancelled");
    }
    return {};
}

std::optional<Money> moneyField(const QJsonValue& v)
{
    if (v.isString())
        return Money::parse(v.toString());
    if (v.isDouble())
        return Money::parse(QString::number(v.toDouble(), 'f', 2));
    return std::nullopt;
}

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

} // namespace

bool ScenarioRunner::prescriptionStep(const QJsonObject& step, StepReport& report,
                                      std::optional<Error>& error)
{
    static const QStringList kActions{
        QStringLiteral("rx_load"),      QStringLiteral("rx_check"),  QStringLiteral("rx_review"),
        QStringLiteral("rx_sign"),      QStringLiteral("rx_print"),  QStringLiteral("rx_reprint"),
        QStringLiteral("rx_scan_back"), QStringLiteral("rx_cancel"), QStringLiteral("printer"),
        QStringLiteral("card_insert"),  QStringLiteral("card_read")};
    const auto found = std::find_if(kActions.begin(), kActions.end(),
                                    [&step](const QString& a) { return step.contains(a); });
    if (found == kActions.end())
        return false;
    report.action = *found;
    const QJsonValue arg = step.value(*found);
    const auto take = [&error](const Status& s) {
        if (!s)
            error = s.error();
    };
    if (!m_t.gate || !m_t.reviews) {
        error = makeError(ErrorCode::Configuration, Tr::tr("此环境没有处方闸门"));
        return true;
    }
    RxSettlementGate& gate = *m_t.gate;
    const QMetaObject::Connection noticeConn =
        QObject::connect(&gate, &RxSettlementGate::notice, &gate,
                         [&report](const Notice& n) { report.messages << n.text; });
    if (report.action == QStringLiteral("rx_load")) {
        if (!m_t.intake)
            error = makeError(ErrorCode::Configuration, Tr::tr("此环境不能载入处方"));
        else
            m_t.intake->load(arg.toString(), take);
    } else if (report.action == QStringLiteral("rx_check")) {
        take(gate.checkRules(m_t.sale->cart().lines()));
    } else if (report.action == QStringLiteral("rx_review")) {
        const QJsonObject r = arg.toObject();
        const std::optional<Prescription>& rx = gate.prescription();
        if (!rx) {
            error = makeError(ErrorCode::WrongState, Tr::tr("没有关联的处方可审核"));
        } else {
            // The pharmacist reviews the content stored now, as the review screen shows it.
            const Result<PrescriptionReview> done =
                r.value(QStringLiteral("approve")).toBool()
                    ? m_t.reviews->approve(rx->rxNo, rx->contentHash(),
                                           r.value(QStringLiteral("long_term_confirmed")).toBool())
                    : m_t.reviews->reject(rx->rxNo, rx->contentHash(),
                                          r.value(QStringLiteral("reason")).toString());
            if (!done)
                error = done.error();
            else
                report.messages << Tr::tr("审核：%1（%2）")
                                       .arg(done->decision == PrescriptionReview::Decision::Approved
                                                ? Tr::tr("通过")
                                                : Tr::tr("不通过"),
                                            done->pharmacistName);
        }
    } else if (report.action == QStringLiteral("rx_sign")) {
        take(gate.sign());
    } else if (report.action == QStringLiteral("rx_print")
               || report.action == QStringLiteral("rx_reprint")) {
        take(report.action == QStringLiteral("rx_print") ? gate.print() : gate.reprint());
        // A real printer answers from its own thread: a script waits for it, as the cashier does.
        QDeadlineTimer deadline(kPrinterAnswerWaitMs);
        while (gate.printing() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (gate.printing())
            error =
                makeError(ErrorCode::DeviceFailure,
                          Tr::tr("打印机 %1 秒内没有回报结果").arg(kPrinterAnswerWaitMs / 1000));
    } else if (report.action == QStringLiteral("rx_scan_back")) {
        QString code = arg.toString();
        if (code == QStringLiteral("printed") || code == QStringLiteral("last")) {
            // Read the code off the last paper, as the cashier's scanner would.
            Result<QString> printed =
                m_t.readPrintedCode
                    ? m_t.readPrintedCode()
                    : Result<QString>(
                        makeError(ErrorCode::Configuration, Tr::tr("此环境读不到打印出的处方")));
            if (!printed) {
                error = printed.error();
                code.clear();
            } else {
                code = *printed;
            }
        }
        if (!code.isEmpty()) {
            report.messages << Tr::tr("扫回 %1").arg(code);
            if (m_t.injector && m_t.intake) {
                // Through the scanner port, as the cashier scans the paper: the intake confirms.
                const QMetaObject::Connection c =
                    QObject::connect(m_t.intake, &PrescriptionIntake::refused, m_t.intake,
                                     [&error](const Error& e) { error = e; });
                const QMetaObject::Connection r =
                    QObject::connect(m_t.sale, &SaleWorkflow::scanRejected, m_t.sale,
                                     [&error](const Error& e) { error = e; });
                m_t.injector->inject(code.toUtf8(), QStringLiteral("]Q1"));
                QObject::disconnect(c);
                QObject::disconnect(r);
            } else {
                take(gate.confirmScannedCode(code));
            }
        }
    } else if (report.action == QStringLiteral("printer")) {
        if (!m_t.setPrinter)
            error = makeError(ErrorCode::Configuration, Tr::tr("此环境没有模拟打印机"));
        else
            take(m_t.setPrinter(arg.toObject()));
    } else if (report.action == QStringLiteral("rx_cancel")) {
        take(gate.cancel(arg.toString()));
    } else if (report.action == QStringLiteral("card_insert")) {
        if (!m_t.insertCard)
            error = makeError(ErrorCode::Configuration, Tr::tr("此环境没有模拟读卡器"));
        else
            m_t.insertCard();
    } else {
        const Result<CardCredential> card = gate.readCard();
        if (!card)
            error = card.error();
        else
            report.messages << Tr::tr("读卡成功");
    }
    QObject::disconnect(noticeConn);
    report.messages << Tr::tr("处方闸门：%1").arg(toDisplayString(gate.state()));
    return true;
}

bool ScenarioReport::passed() const
{
    for (const StepReport& s : steps)
        if (!s.passed)
            return false;
    return !steps.isEmpty();
}

QJsonObject ScenarioReport::toJson() const
{
    QJsonArray arr;
    for (const StepReport& s : steps)
        arr.append(
            QJsonObject{{QStringLiteral("step"), s.index},
                        {QStringLiteral("action"), s.action},
                        {QStringLiteral("passed"), s.passed},
                        {QStringLiteral("messages"), QJsonArray::fromStringList(s.messages)}});
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("passed"), passed()},
                       {QStringLiteral("steps"), arr}};
}

ScenarioRunner::ScenarioRunner(ScenarioTargets targets)
    : m_t(targets)
{
    Q_ASSERT(m_t.sale);
}

Result<QJsonObject> ScenarioRunner::parse(const QByteArray& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput, Tr::tr("脚本不是有效的 JSON（第 %1 个字符）：%2")
                                                      .arg(err.offset)
                                                      .arg(err.errorString()));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("steps")).isArray())
        return makeError(ErrorCode::InvalidInput, Tr::tr("脚本需要一个包含 \"steps\" 数组的对象"));
    return doc.object();
}

ScenarioReport ScenarioRunner::run(const QJsonObject& scenario)
{
    ScenarioReport report;
    report.name = scenario.value(QStringLiteral("name")).toString();
    QJsonArray steps = scenario.value(QStringLiteral("steps")).toArray();
    if (scenario.contains(QStringLiteral("user")))
        steps.prepend(QJsonObject{
            {QStringLiteral("login"),
             QJsonObject{
                 {QStringLiteral("user"), scenario.value(QStringLiteral("user"))},
                 {QStringLiteral("password"), scenario.value(QStringLiteral("password"))}}}});

    StepReport* current = nullptr;
    std::optional<Error> stepError;
    const QMetaObject::Connection noticeConn =
        QObject::connect(m_t.sale, &SaleWorkflow::notice, m_t.sale, [&](const Notice& n) {
            if (current)
                current->messages << n.text;
        });

    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        report.steps.append(StepReport{i + 1, {}, true, {}});
        current = &report.steps.last();
        stepError.reset();
        auto fail = [&](const QString& why) {
            current->passed = false;
            current->messages << Tr::tr("失败：%1").arg(why);
        };
        auto take = [&](const Error& e) { stepError = e; };

        if (step.contains(QStringLiteral("scan")) || step.contains(QStringLiteral("scan_hex"))) {
            // "scan_hex" carries bytes a keyboard cannot type (GS 0x1D of GS1 codes).
            current->action = QStringLiteral("scan");
            const QString code =
                step.contains(QStringLiteral("scan_hex"))
                    ? QString::fromLatin1(QByteArray::fromHex(
                        step.value(QStringLiteral("scan_hex")).toString().toLatin1()))
                    : step.value(QStringLiteral("scan")).toString();
            current->messages << Tr::tr("扫描 %1").arg(code);
            if (m_t.injector) {
                // Through the scanner port, as a real scan arrives; the workflow reports a refusal.
                const QMetaObject::Connection c =
                    QObject::connect(m_t.sale, &SaleWorkflow::scanRejected, m_t.sale,
                                     [&](const Error& e) { take(e); });
                m_t.injector->inject(code.toUtf8(),
                                     step.value(QStringLiteral("symbology")).toString());
                QObject::disconnect(c);
            } else {
                Result<qsizetype> r = m_t.sale->scanCode(code);
                if (!r)
                    take(r.error());
            }
        } else if (step.contains(QStringLiteral("quantity"))) {
            current->action = QStringLiteral("quantity");
            const QJsonObject q = step.value(QStringLiteral("quantity")).toObject();
            Status s = m_t.sale->setQuantity(q.value(QStringLiteral("line")).toInt() - 1,
                                             q.value(QStringLiteral("qty")).toInt());
            if (!s)
                take(s.error());
        } else if (step.contains(QStringLiteral("unit"))) {
            current->action = QStringLiteral("unit");
            const QJsonObject u = step.value(QStringLiteral("unit")).toObject();
            const QString name = u.value(QStringLiteral("unit")).toString();
            const SaleUnit unit = name == QStringLiteral("piece")   ? SaleUnit::Piece
                                  : name == QStringLiteral("strip") ? SaleUnit::Strip
                                                                    : SaleUnit::Box;
            if (name != QStringLiteral("box") && name != QStringLiteral("strip")
                && name != QStringLiteral("piece"))
                take(makeError(ErrorCode::InvalidInput, Tr::tr("unit 须为 box、strip 或 piece")));
            else if (Status s =
                         m_t.sale->setUnit(u.value(QStringLiteral("line")).toInt() - 1, unit);
                     !s)
                take(s.error());
        } else if (step.contains(QStringLiteral("remove"))) {
            current->action = QStringLiteral("remove");
            Status s = m_t.sale->removeLine(step.value(QStringLiteral("remove")).toInt() - 1);
            if (!s)
                take(s.error());
        } else if (step.contains(QStringLiteral("pay"))) {
            current->action = QStringLiteral("pay");
            const std::optional<Money> cash = moneyField(
                step.value(QStringLiteral("pay")).toObject().value(QStringLiteral("cash")));
            if (!cash) {
                take(makeError(ErrorCode::InvalidInput,
                               Tr::tr("pay 需要 cash 金额，如 \"100.00\"")));
            } else {
                Result<PaymentOutcome> r = m_t.sale->payCash(*cash);
                if (!r)
                    take(r.error());
                else if (!r->receiptPath.isEmpty())
                    current->messages << Tr::tr("小票输出：%1").arg(r->receiptPath);
            }
        } else if (step.contains(QStringLiteral("print"))) {
            current->action = QStringLiteral("print");
            Result<PaymentOutcome> r = m_t.sale->reprintLast();
            if (!r)
                take(r.error());
            else if (!r->receiptPath.isEmpty())
                current->messages << Tr::tr("小票输出：%1").arg(r->receiptPath);
        } else if (step.contains(QStringLiteral("return"))) {
            // 销售退货 of a recorded sale: {"return": {"sale": "last" | "XS-…", "reason": "…"}}
            current->action = QStringLiteral("return");
            const QJsonObject ret = step.value(QStringLiteral("return")).toObject();
            QString saleNo = ret.value(QStringLiteral("sale")).toString();
            if (saleNo == QStringLiteral("last") || saleNo.isEmpty())
                saleNo = m_t.sale->lastSale() ? m_t.sale->lastSale()->saleNo : QString();
            Result<QString> r =
                m_t.sale->returnSale(saleNo, ret.value(QStringLiteral("reason")).toString());
            if (!r)
                take(r.error());
            else
                current->messages << Tr::tr("退货单 %1").arg(*r);
        } else if (step.contains(QStringLiteral("void"))) {
            current->action = QStringLiteral("void");
            if (Status v = m_t.sale->voidSale(); !v)
                take(v.error());
        } else if (step.contains(QStringLiteral("login"))
                   || step.contains(QStringLiteral("step_in"))) {
            const bool login = step.contains(QStringLiteral("login"));
            current->action = login ? QStringLiteral("login") : QStringLiteral("step_in");
            const QJsonObject who = step.value(current->action).toObject();
            const QString user = who.value(QStringLiteral("user")).toString();
            const QString password = who.value(QStringLiteral("password")).toString();
            if (!m_t.session) {
                take(makeError(ErrorCode::Configuration, Tr::tr("此环境不支持登录步骤")));
            } else {
                Result<User> u = login ? m_t.session->login(user, password)
                                       : m_t.session->stepIn(user, password);
                if (!u)
                    take(u.error());
                else
                    current->messages << Tr::tr("%1 %2（%3）")
                                             .arg(login ? Tr::tr("登录") : Tr::tr("代为操作"),
                                                  u->displayName, toDisplayString(u->role));
            }
        } else if (step.contains(QStringLiteral("logout"))
                   || step.contains(QStringLiteral("step_out"))
                   || step.contains(QStringLiteral("lock"))) {
            current->action = step.contains(QStringLiteral("logout")) ? QStringLiteral("logout")
                              : step.contains(QStringLiteral("lock")) ? QStringLiteral("lock")
                                                                      : QStringLiteral("step_out");
            if (!m_t.session)
                take(makeError(ErrorCode::Configuration, Tr::tr("此环境不支持登录步骤")));
            else if (current->action == QStringLiteral("logout"))
                m_t.session->logout();
            else if (current->action == QStringLiteral("lock"))
                m_t.session->lock();
            else
                m_t.session->stepOut();
        } else if (step.contains(QStringLiteral("unlock"))) {
            current->action = QStringLiteral("unlock");
            if (!m_t.session)
                take(makeError(ErrorCode::Configuration, Tr::tr("此环境不支持登录步骤")));
            else if (Status u =
                         m_t.session->unlock(step.value(QStringLiteral("unlock")).toString());
                     !u)
                take(u.error());
        } else if (step.contains(QStringLiteral("clock_in"))
                   || step.contains(QStringLiteral("clock_out"))) {
            const bool in = step.contains(QStringLiteral("clock_in"));
            current->action = in ? QStringLiteral("clock_in") : QStringLiteral("clock_out");
            if (!m_t.duty) {
                take(makeError(ErrorCode::Configuration, Tr::tr("此环境不支持上下岗步骤")));
            } else {
                Result<DutyPeriod> p = in ? m_t.duty->clockIn() : m_t.duty->clockOut();
                if (!p)
                    take(p.error());
                else
                    current->messages
                        << (in ? Tr::tr("%1 上岗") : Tr::tr("%1 下岗"))
                               .arg(p->displayName.isEmpty() ? p->username : p->displayName);
            }
        } else if (prescriptionStep(step, *current, stepError)) {
            // done
        } else if (step.contains(QStringLiteral("expect"))) {
            current->action = QStringLiteral("expect");
            const QJsonObject ex = step.value(QStringLiteral("expect")).toObject();
            const Cart& cart = m_t.sale->cart();
            if (ex.contains(QStringLiteral("lines"))
                && cart.size() != ex.value(QStringLiteral("lines")).toInt())
                fail(Tr::tr("期望 %1 行，实际 %2 行")
                         .arg(ex.value(QStringLiteral("lines")).toInt())
                         .arg(cart.size()));
            if (ex.contains(QStringLiteral("total"))) {
                const std::optional<Money> want = moneyField(ex.value(QStringLiteral("total")));
                if (!want || *want != cart.total())
                    fail(Tr::tr("期望合计 %1，实际 %2")
                             .arg(ex.value(QStringLiteral("total")).toVariant().toString(),
                                  cart.total().toString()));
            }
            const auto& last = m_t.sale->lastSale();
            if (ex.contains(QStringLiteral("change"))) {
                const std::optional<Money> want = moneyField(ex.value(QStringLiteral("change")));
                if (!last || !want || last->payment.change != *want)
                    fail(Tr::tr("期望找零 %1，实际 %2")
                             .arg(ex.value(QStringLiteral("change")).toVariant().toString(),
                                  last ? last->payment.change.toString() : Tr::tr("（无销售）")));
            }
            if (ex.contains(QStringLiteral("sale_total"))) {
                const std::optional<Money> want =
                    moneyField(ex.value(QStringLiteral("sale_total")));
                if (!last || !want || last->total != *want)
                    fail(Tr::tr("期望上一单合计 %1，实际 %2")
                             .arg(ex.value(QStringLiteral("sale_total")).toVariant().toString(),
                                  last ? last->total.toString() : Tr::tr("（无销售）")));
            }
            if (ex.contains(QStringLiteral("pharmacist_on_duty"))) {
                const bool want = ex.value(QStringLiteral("pharmacist_on_duty")).toBool();
                if (!m_t.duty || m_t.duty->isPharmacistOnDuty() != want)
                    fail(want ? Tr::tr("期望有药师在岗，实际没有")
                              : Tr::tr("期望无药师在岗，实际有"));
            }
            if (ex.contains(QStringLiteral("acting_user"))) {
                const QString want = ex.value(QStringLiteral("acting_user")).toString();
                const User* u = m_t.session ? m_t.session->actingUser() : nullptr;
                const QString got = u ? u->username : QString();
                if (got != want)
                    fail(Tr::tr("期望当前操作人 %1，实际 %2")
                             .arg(want, got.isEmpty() ? Tr::tr("（无人登录）") : got));
            }
            if (ex.contains(QStringLiteral("rx_state"))) {
                const QString want = ex.value(QStringLiteral("rx_state")).toString();
                const QString got = m_t.gate ? rxGateStateName(m_t.gate->state()) : QString();
                if (got != want)
                    fail(Tr::tr("期望处方闸门状态 %1，实际 %2").arg(want, got));
            }
            if (current->passed)
                current->messages << Tr::tr("检查通过");
        } else {
            current->action = QStringLiteral("unknown");
            fail(Tr::tr("无法识别的步骤：%1")
                     .arg(QString::fromUtf8(QJsonDocument(step).toJson(QJsonDocument::Compact))));
        }

        const QString expected = step.value(QStringLiteral("expect_error")).toString();
        if (stepError && expected.isEmpty())
            fail(stepError->userText());
        else if (!expected.isEmpty() && !stepError)
            fail(Tr::tr("期望错误 %1，但步骤成功了").arg(expected));
        else if (stepError && errorCodeName(stepError->code) != expected
                 && stepError->ruleId != expected)
            fail(Tr::tr("期望错误 %1，实际 %2").arg(expected, stepError->userText()));
        qCDebug(lcScenario) << "step" << current->index << current->action << current->passed;
    }
    current = nullptr;
    QObject::disconnect(noticeConn);
    return report;
}

} // namespace pos
