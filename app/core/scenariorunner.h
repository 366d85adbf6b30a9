#pragma once

#include "app/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pos {

class DutyService;
class SaleWorkflow;
class ScanInjector;
class Session;

/// What a scenario drives. Session and duty are optional: a scenario that logs in or clocks in
/// needs them.
struct ScenarioTargets
{
    SaleWorkflow* sale = nullptr;
    ScanInjector* injector = nullptr; ///< scans go through it when set, else straight to the sale
    Session* session = nullptr;
    DutyService* duty = nullptr;
};

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
///     { "name": "…", "user": "zhangsan", "password": "…",   // logs in first
///       "steps": [ {"scan": "6901234567892"},            // through the scanner port
///                  {"quantity": {"line": 1, "qty": 3}}, // lines count from 1
///                  {"remove": 2},
///                  {"unit": {"line": 1, "unit": "piece"}},     // 拆零: box | strip | piece
///                  {"pay": {"cash": "100.00"}},
///                  {"print": "reprint"},                 // 补打 the last receipt
///                  {"void": true},
///                  {"expect": {"lines": 2, "total": "35.00", "change": "65.00",
///                              "receipt_printed": true}},
///                  {"scan": "000", "expect_error": "NotFound"},
///                  {"login": {"user": "…", "password": "…"}}, {"logout": true},
///                  {"step_in": {"user": "lisi", "password": "…"}}, {"step_out": true},
///                  {"lock": true}, {"unlock": "password"},
///                  {"clock_in": true}, {"clock_out": true},        // the acting pharmacist
///                  {"expect": {"pharmacist_on_duty": true, "acting_user": "lisi"}} ] }
///
/// A step that fails without "expect_error", or an "expect" that does not hold, fails the run;
/// the runner still carries out the remaining steps so the report is complete.
class ScenarioRunner
{
public:
    explicit ScenarioRunner(ScenarioTargets targets);

    [[nodiscard]] static Result<QJsonObject> parse(const QByteArray& json);
    [[nodiscard]] ScenarioReport run(const QJsonObject& scenario);

private:
    ScenarioTargets m_t;
};

} // namespace pos
