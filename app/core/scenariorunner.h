#pragma once

#include "app/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pos {

class SaleWorkflow;
class ScanInjector;

/// One step of a scenario as it was carried out.
struct StepReport
{
    int index = 0;          ///< 1-based
    QString action;         ///< "scan", "quantity", "remove", "pay", "print", "void", "expect"
    bool passed = true;     ///< false: an expectation failed or an unexpected error occurred
    QStringList messages;   ///< what the counter said during the step
};

struct ScenarioReport
{
    QString name;
    QList<StepReport> steps;
    [[nodiscard]] bool passed() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// Drives the counter workflows from a JSON scenario of counter actions — the same methods a
/// cashier's keys reach. Used by `pharmapos run-script`, the headless demo, end-to-end tests and
/// training. Format (all keys optional but "steps"):
///
///     { "name": "…", "operator": "…",
///       "steps": [ {"scan": "6901234567892"},            // through the scanner port
///                  {"quantity": {"line": 1, "qty": 3}}, // lines count from 1
///                  {"remove": 2},
///                  {"pay": {"cash": "100.00"}},
///                  {"print": "reprint"},                 // 补打 the last receipt
///                  {"void": true},
///                  {"expect": {"lines": 2, "total": "35.00", "change": "65.00",
///                              "receipt_printed": true}},
///                  {"scan": "000", "expect_error": "NotFound"} ] }
///
/// A step that fails without "expect_error", or an "expect" that does not hold, fails the run;
/// the runner still carries out the remaining steps so the report is complete.
class ScenarioRunner
{
public:
    /// `injector` (may be null) is the simulated scanner scans go through; without one, scans go
    /// straight to the workflow.
    ScenarioRunner(SaleWorkflow& workflow, ScanInjector* injector);

    [[nodiscard]] static Result<QJsonObject> parse(const QByteArray& json);
    [[nodiscard]] ScenarioReport run(const QJsonObject& scenario);

private:
    SaleWorkflow& m_workflow;
    ScanInjector* m_injector;
};

} // namespace pos
