#include "app/core/scenariorunner.h"

#include "app/core/logging.h"
#include "app/core/ports/scanner.h"
#include "app/core/saleworkflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace pos {

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

} // namespace

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
        arr.append(QJsonObject{{QStringLiteral("step"), s.index},
                               {QStringLiteral("action"), s.action},
                               {QStringLiteral("passed"), s.passed},
                               {QStringLiteral("messages"), QJsonArray::fromStringList(s.messages)}});
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("passed"), passed()},
                       {QStringLiteral("steps"), arr}};
}

ScenarioRunner::ScenarioRunner(SaleWorkflow& workflow, ScanInjector* injector)
    : m_workflow(workflow)
    , m_injector(injector)
{
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
    if (scenario.contains(QStringLiteral("operator")))
        m_workflow.setOperatorName(scenario.value(QStringLiteral("operator")).toString());

    StepReport* current = nullptr;
    std::optional<Error> stepError;
    const QMetaObject::Connection noticeConn =
        QObject::connect(&m_workflow, &SaleWorkflow::notice, &m_workflow, [&](const Notice& n) {
            if (current)
                current->messages << n.text;
        });

    const QJsonArray steps = scenario.value(QStringLiteral("steps")).toArray();
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

        if (step.contains(QStringLiteral("scan"))) {
            current->action = QStringLiteral("scan");
            const QString code = step.value(QStringLiteral("scan")).toString();
            current->messages << Tr::tr("扫描 %1").arg(code);
            if (m_injector) {
                // Through the scanner port, as a real scan arrives; the workflow reports a refusal.
                const QMetaObject::Connection c = QObject::connect(
                    &m_workflow, &SaleWorkflow::scanRejected, &m_workflow,
                    [&](const Error& e) { take(e); });
                m_injector->inject(code.toUtf8(),
                                   step.value(QStringLiteral("symbology")).toString());
                QObject::disconnect(c);
            } else {
                Result<qsizetype> r = m_workflow.scanCode(code);
                if (!r)
                    take(r.error());
            }
        } else if (step.contains(QStringLiteral("quantity"))) {
            current->action = QStringLiteral("quantity");
            const QJsonObject q = step.value(QStringLiteral("quantity")).toObject();
            Status s = m_workflow.setQuantity(q.value(QStringLiteral("line")).toInt() - 1,
                                              q.value(QStringLiteral("qty")).toInt());
            if (!s)
                take(s.error());
        } else if (step.contains(QStringLiteral("remove"))) {
            current->action = QStringLiteral("remove");
            Status s = m_workflow.removeLine(step.value(QStringLiteral("remove")).toInt() - 1);
            if (!s)
                take(s.error());
        } else if (step.contains(QStringLiteral("pay"))) {
            current->action = QStringLiteral("pay");
            const std::optional<Money> cash =
                moneyField(step.value(QStringLiteral("pay")).toObject().value(QStringLiteral("cash")));
            if (!cash) {
                take(makeError(ErrorCode::InvalidInput, Tr::tr("pay 需要 cash 金额，如 \"100.00\"")));
            } else {
                Result<PaymentOutcome> r = m_workflow.payCash(*cash);
                if (!r)
                    take(r.error());
                else if (!r->receiptPath.isEmpty())
                    current->messages << Tr::tr("小票输出：%1").arg(r->receiptPath);
            }
        } else if (step.contains(QStringLiteral("print"))) {
            current->action = QStringLiteral("print");
            Result<PaymentOutcome> r = m_workflow.reprintLast();
            if (!r)
                take(r.error());
            else if (!r->receiptPath.isEmpty())
                current->messages << Tr::tr("小票输出：%1").arg(r->receiptPath);
        } else if (step.contains(QStringLiteral("void"))) {
            current->action = QStringLiteral("void");
            m_workflow.voidSale();
        } else if (step.contains(QStringLiteral("expect"))) {
            current->action = QStringLiteral("expect");
            const QJsonObject ex = step.value(QStringLiteral("expect")).toObject();
            const Cart& cart = m_workflow.cart();
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
            const auto& last = m_workflow.lastSale();
            if (ex.contains(QStringLiteral("change"))) {
                const std::optional<Money> want = moneyField(ex.value(QStringLiteral("change")));
                if (!last || !want || last->payment.change != *want)
                    fail(Tr::tr("期望找零 %1，实际 %2")
                             .arg(ex.value(QStringLiteral("change")).toVariant().toString(),
                                  last ? last->payment.change.toString() : Tr::tr("（无销售）")));
            }
            if (ex.contains(QStringLiteral("sale_total"))) {
                const std::optional<Money> want = moneyField(ex.value(QStringLiteral("sale_total")));
                if (!last || !want || last->total != *want)
                    fail(Tr::tr("期望上一单合计 %1，实际 %2")
                             .arg(ex.value(QStringLiteral("sale_total")).toVariant().toString(),
                                  last ? last->total.toString() : Tr::tr("（无销售）")));
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
        else if (stepError && errorCodeName(stepError->code) != expected)
            fail(Tr::tr("期望错误 %1，实际 %2").arg(expected, errorCodeName(stepError->code)));
        qCDebug(lcScenario) << "step" << current->index << current->action << current->passed;
    }
    current = nullptr;
    QObject::disconnect(noticeConn);
    return report;
}

} // namespace pos
