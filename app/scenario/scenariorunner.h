#pragma once

#include "app/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pos {

class DutyService;
class PrescriptionIntake;
class ReviewService;
class RxSettlementGate;
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
    // The prescription gate (rx_* steps); all optional.
    RxSettlementGate* gate = nullptr;
    ReviewService* reviews = nullptr;
    /// Loads prescriptions (rx_load) and takes scanned prescription codes.
    PrescriptionIntake* intake = nullptr;
    /// Reads the one-time code off the last printed prescription as the cashier's scanner would
    /// (the simulated printer's page image decoded), for "rx_scan_back": "printed".
    std::function<Result<QString>()> readPrintedCode = {};
    /// Sets up the simulated prescription printer: {"fault": "paper_out" | "cover_open" |
    /// "offline" | "fail_mid_job" | "paper_out_during_job" | "paper_out_after_job" | "none",
    /// "reports_status": false}.
    std::function<Status(const QJsonObject&)> setPrinter = {};
    /// Puts the demo patient's card into the (simulated) reader, which reports it by itself.
    std::function<void()> insertCard = {};
};

/// One step of a scenario as it was carried out.
struct StepReport
{
    int index = 0;        ///< 1-based
    QString action;       ///< "scan", "quantity", "remove", "pay", "print", "void", "expect"
    bool passed = true;   ///< false: an expectation failed or an unexpected error occurred
    QStringList messages; ///< what the counter said during the step
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
///                  {"expect": {"pharmacist_on_duty": true, "acting_user": "lisi"}},
///                  // the prescription gate:
///                  {"rx_load": "RX360100000001"},            // download and link
///                  {"rx_check": true},                        // the rules on the cart's lines
///                  {"rx_review": {"approve": true, "long_term_confirmed": false}},
///                  {"rx_review": {"approve": false, "reason": "…"}},
///                  {"rx_sign": true}, {"rx_print": true}, {"rx_reprint": true},
///                  {"rx_scan_back": "printed" | "PPOS-PRN-…"}, // through the scanner
///                  {"rx_cancel": "reason"},
///                  {"printer": {"fault": "paper_out", "reports_status": false}},
///                  {"card_insert": true},                     // the reader reports a card
///                  {"card_read": true, "expect_error": "RX-PRINT-GATE"},
///                  {"expect": {"rx_state": "CardReadAllowed"}} ] }
///
/// "expect_error" names an ErrorCode ("RuleViolation") or a rule ID ("RX-VALID-3D").
/// A step that fails without "expect_error", or an "expect" that does not hold, fails the run;
/// the runner still carries out the remaining steps so the report is complete.
class ScenarioRunner
{
public:
    explicit ScenarioRunner(ScenarioTargets targets);

    [[nodiscard]] static Result<QJsonObject> parse(const QByteArray& json);
    [[nodiscard]] ScenarioReport run(const QJsonObject& scenario);

private:
    /// Carries out an rx_* or card_read step; false when `step` is none of them.
    bool prescriptionStep(const QJsonObject& step, StepReport& report, std::optional<Error>& error);

    ScenarioTargets m_t;
};

} // namespace pos
