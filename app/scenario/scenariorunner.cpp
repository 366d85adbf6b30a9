#include "app/scenario/scenariorunner.h"

#include "app/core/codes/coderecognition.h"
#include "app/core/logging.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/productlookup.h"
#include "app/core/rx/prescriptionintake.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "app/scenario/steprun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace pos {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

namespace {

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

/// Keys a step may carry beside its kind.
bool isModifier(const QString& key)
{
    static const QStringList kModifiers{QStringLiteral("expect_error"), QStringLiteral("symbology"),
                                        QStringLiteral("comment")};
    return kModifiers.contains(key);
}

/// `${start:FORMAT}` in a step's text becomes the scenario's start time in that QDateTime format
/// (`${start:MMddHHmmsszzz}`): a scenario that must make something new on every run — the demo's
/// e-prescription number, which RX-SINGLE lets a store settle once — names it by when it ran.
QJsonValue substituted(const QJsonValue& v, const QDateTime& start)
{
    if (v.isString()) {
        QString text = v.toString();
        static const QRegularExpression kPlaceholder(QStringLiteral(R"(\$\{start:([^}]*)\})"));
        QRegularExpressionMatch m;
        while ((m = kPlaceholder.match(text)).hasMatch())
            text.replace(m.capturedStart(), m.capturedLength(), start.toString(m.captured(1)));
        return text;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray())
            out.append(substituted(e, start));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), substituted(it.value(), start));
        return out;
    }
    return v;
}

} // namespace

void StepRun::fail(const QString& why)
{
    m_report.passed = false;
    m_report.messages << Tr::tr("失败：%1").arg(why);
}

bool StepRun::need(const void* target, const QString& what)
{
    if (target)
        return true;
    take(makeError(ErrorCode::Configuration, Tr::tr("此环境没有%1").arg(what)));
    return false;
}

namespace scenario {

std::optional<Money> moneyField(const QJsonValue& v)
{
    if (v.isString())
        return Money::parse(v.toString());
    if (v.isDouble())
        return Money::parse(QString::number(v.toDouble(), 'f', 2));
    return std::nullopt;
}

std::optional<Product> productNamed(StepRun& run, const QString& code)
{
    if (!run.need(run.t.catalog, Tr::tr("商品目录")))
        return std::nullopt;
    const codes::Recognition r = codes::recognise(code.toUtf8(), {}, {});
    if (std::optional<Product> p = findProductFor(*run.t.catalog, r))
        return p;
    run.take(makeError(ErrorCode::NotFound, Tr::tr("脚本中的商品 %1 不在商品目录中").arg(code)));
    return std::nullopt;
}

std::optional<QDateTime> timeField(StepRun& run, const QJsonValue& v, const QString& field)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid())
        return t;
    run.take(
        makeError(ErrorCode::InvalidInput, Tr::tr("%1 “%2”不是 ISO 时间（如 2026-11-23T09:30:00）")
                                               .arg(field, v.toVariant().toString())));
    return std::nullopt;
}

} // namespace scenario

const QList<ScenarioStepKind>& scenarioSteps()
{
    static const QList<ScenarioStepKind> table = [] {
        QList<ScenarioStepKind> all;
        all << scenario::saleSteps() << scenario::staffSteps() << scenario::storeSteps()
            << scenario::prescriptionSteps() << scenario::cameraSteps()
            << scenario::settlementSteps() << scenario::expectationSteps();
        return all;
    }();
    return table;
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
    : m_t(std::move(targets))
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

    // What the counter says — the sale, the gate, the intake — goes into the step's report, and
    // the last of it is what "last_notice" expects.
    StepReport* current = nullptr;
    QString lastNotice;
    const auto heard = [&](const Notice& n) {
        lastNotice = n.text;
        if (current)
            current->messages << n.text;
    };
    QList<QMetaObject::Connection> connections;
    connections << QObject::connect(m_t.sale, &SaleWorkflow::notice, m_t.sale, heard);
    if (m_t.gate)
        connections << QObject::connect(m_t.gate, &RxSettlementGate::notice, m_t.gate, heard);
    if (m_t.intake)
        connections << QObject::connect(m_t.intake, &PrescriptionIntake::notice, m_t.intake, heard);

    const QDateTime start = m_t.clock ? m_t.clock->now() : QDateTime::currentDateTime();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject step = substituted(steps.at(i), start).toObject();
        report.steps.append(StepReport{i + 1, {}, true, {}});
        current = &report.steps.last();
        StepRun run(m_t, *current, lastNotice);

        QStringList kinds;
        for (const QString& key : step.keys())
            if (!isModifier(key))
                kinds << key;
        const ScenarioStepKind* kind = nullptr;
        if (kinds.size() == 1)
            for (const ScenarioStepKind& k : scenarioSteps())
                if (k.name == kinds.constFirst())
                    kind = &k;
        if (!kind) {
            current->action = kinds.size() == 1 ? kinds.constFirst() : QStringLiteral("unknown");
            run.fail(kinds.size() > 1
                         ? Tr::tr("一步只能有一个动作，这一步有：%1").arg(kinds.join(u'、'))
                         : Tr::tr("无法识别的步骤：%1")
                               .arg(QString::fromUtf8(
                                   QJsonDocument(step).toJson(QJsonDocument::Compact))));
            continue;
        }
        current->action = kind->name;
        kind->run(run, step.value(kind->name), step);

        const QString expected = step.value(QStringLiteral("expect_error")).toString();
        if (run.error && expected.isEmpty())
            run.fail(run.error->userText());
        else if (!expected.isEmpty() && !run.error)
            run.fail(Tr::tr("期望错误 %1，但步骤成功了").arg(expected));
        else if (run.error && errorCodeName(run.error->code) != expected
                 && run.error->ruleId != expected)
            run.fail(Tr::tr("期望错误 %1，实际 %2").arg(expected, run.error->userText()));
        else if (run.error)
            current->messages << Tr::tr("按预期被拒绝：%1").arg(run.error->userText());
        qCDebug(lcScenario) << "step" << current->index << current->action << current->passed;
    }
    current = nullptr;
    for (const QMetaObject::Connection& c : connections)
        QObject::disconnect(c);
    return report;
}

} // namespace pos
