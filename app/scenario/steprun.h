#pragma once

// Internal to the scenario runner: what a step handler works with, and the step families.

#include "app/core/money.h"
#include "app/core/result.h"
#include "app/scenario/scenariorunner.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

namespace pos {

struct Product;

/// One step being carried out: the targets, its report, and what went wrong.
class StepRun
{
public:
    StepRun(ScenarioTargets& targets, StepReport& report, const QString& lastNotice)
        : t(targets)
        , m_report(report)
        , m_lastNotice(lastNotice)
    {
    }

    ScenarioTargets& t;

    /// The step's action failed with `s` (compared with "expect_error" by the runner).
    void take(const Status& s)
    {
        if (!s)
            error = s.error();
    }
    void take(const Error& e) { error = e; }
    /// An expectation did not hold: the step fails whatever "expect_error" says.
    void fail(const QString& why);
    /// A line for the report.
    void say(const QString& message) { m_report.messages << message; }
    /// True when `target` is set; otherwise the step fails with a Configuration error naming
    /// `what` is missing in this environment.
    bool need(const void* target, const QString& what);
    [[nodiscard]] bool failed() const { return !m_report.passed; }
    /// The last thing the counter said (a notice of the sale, the gate or the intake).
    [[nodiscard]] const QString& lastNotice() const { return m_lastNotice; }

    std::optional<Error> error;

private:
    StepReport& m_report;
    const QString& m_lastNotice;
};

namespace scenario {

/// "12.50" or 12.5 → Money; nullopt when neither.
[[nodiscard]] std::optional<Money> moneyField(const QJsonValue& v);
/// A product named by the store's code, GTIN or 本位码 in a step; fails the step when unknown.
[[nodiscard]] std::optional<Product> productNamed(StepRun& run, const QString& code);
/// An ISO date-time ("2026-11-23T09:30:00"); fails the step (naming `field`) when it is not one.
[[nodiscard]] std::optional<QDateTime> timeField(StepRun& run, const QJsonValue& v,
                                                 const QString& field);

// The step families, each a list of table entries (scenarioSteps() concatenates them).
[[nodiscard]] QList<ScenarioStepKind> saleSteps();
[[nodiscard]] QList<ScenarioStepKind> staffSteps();
[[nodiscard]] QList<ScenarioStepKind> storeSteps();
[[nodiscard]] QList<ScenarioStepKind> prescriptionSteps();
[[nodiscard]] QList<ScenarioStepKind> cameraSteps();
[[nodiscard]] QList<ScenarioStepKind> settlementSteps();
[[nodiscard]] QList<ScenarioStepKind> expectationSteps();

} // namespace scenario
} // namespace pos
