#pragma once

#include "app/core/inventory/boxtrace.h"
#include "app/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pos {

class AuthService;
class InsuredCheckout;
class DutyService;
class InventoryService;
class InventoryRepository;
class ManualClock;
class PrescriptionIntake;
class ProductCatalog;
class ReturnService;
class ReviewService;
class RxSettlementGate;
class SaleWorkflow;
class ScanInjector;
class Session;
class StepRun;
class ArchiveStore;
namespace archive {
struct ArchiveVerification;
}
namespace camera {
class SettlementEvidence;
}
class ShiftService;

/// What a scenario drives: the counter's core services, and the composition root's simulated
/// devices and platform through small hooks. Everything but `sale` is optional: a step that needs
/// something missing fails saying so.
struct ScenarioTargets
{
    SaleWorkflow* sale = nullptr;
    ScanInjector* injector = nullptr; ///< scans go through it when set, else straight to the sale
    Session* session = nullptr;
    DutyService* duty = nullptr;
    AuthService* auth = nullptr;      ///< add_user
    ReturnService* returns = nullptr; ///< return
    ShiftService* shifts = nullptr;   ///< open_shift, hand_over, expect_shift
    /// The simulated payment provider (pay_wallet): its next fault ("decline", "timeout", "lost",
    /// "pending", "silent", "reverse_fails", "none"); what its customers were charged and not
    /// given back (fen); the start-up settling of wallet orders a crash left open.
    std::function<Status(const QString& fault)> paymentFault = {};
    std::function<qint64()> paymentHeldFen = {};
    std::function<void()> resolvePayments = {};
    ManualClock* clock = nullptr; ///< clock, clock_advance (scripts run on a manual clock)
    const ProductCatalog* catalog = nullptr;    ///< products named by code in steps
    InventoryService* inventory = nullptr;      ///< receive
    const InventoryRepository* stock = nullptr; ///< sellable / sale_batches expectations
    // The prescription gate (rx_* steps).
    RxSettlementGate* gate = nullptr;
    ReviewService* reviews = nullptr;
    /// Loads prescriptions (rx_load) and takes scanned prescription codes.
    PrescriptionIntake* intake = nullptr;
    /// Reads the one-time code off the last printed prescription as the cashier's scanner would
    /// (the simulated printer's page image decoded), for "rx_scan_back": "printed".
    std::function<Result<QString>()> readPrintedCode = {};
    /// Sets up the simulated prescription printer: {"fault": …, "reports_status": false}.
    std::function<Status(const QJsonObject&)> setPrinter = {};
    /// Puts the demo patient's card into the (simulated) reader, which reports it by itself.
    std::function<void()> insertCard = {};
    /// Makes the simulated platform serve a prescription described in the scenario (or a changed
    /// version of one it serves); returns its number.
    std::function<Result<QString>(const QJsonObject&)> servePrescription = {};
    /// The QR payload of the demo patient's 医保电子凭证 (what their phone shows).
    std::function<QString()> demoVoucher = {};
    /// The text of the last receipt the simulated printer produced.
    std::function<QString()> lastReceipt = {};
    // The settlement camera (camera, consent, face_wait, camera_fault steps).
    /// Sets up and starts it: "on" (the store's, or the demo picture) or a source as
    /// `[devices] settlement_camera` takes it ("simulated:PATH").
    std::function<Status(const QString& source)> cameraOn = {};
    /// Its evidence gate once on; nullptr before.
    std::function<camera::SettlementEvidence*()> evidence = {};
    /// Orders a fault of the simulated camera: "stall", "unplug", "black", "none".
    std::function<Status(const QString& fault)> cameraFault = {};
    // The insured settlement (settle_* steps).
    InsuredCheckout* insured = nullptr;
    QString insuredProblem = {}; ///< why there is none
    /// Injects a fault of the in-process simulated platform: "lose_answer", "unreachable", "none".
    std::function<Status(const QString& fault, const QString& infno, int count)> platformFault = {};
    // The settlement archive (expect_archive).
    const ArchiveStore* archive = nullptr;
    /// What `archive verify` finds over the whole archive now.
    std::function<Result<archive::ArchiveVerification>()> verifyArchive = {};
    /// `pharmapos trace CODE` as the signed-in user asks it (expect_trace).
    std::function<Result<BoxTrace>(const QString& code)> traceBox = {};
};

/// One step of a scenario as it was carried out.
struct StepReport
{
    int index = 0;        ///< 1-based
    QString action;       ///< the step's name: "scan", "pay", "rx_check", "expect"…
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

/// One kind of step: its JSON key, what it does (for --help and the README), and its handler.
struct ScenarioStepKind
{
    QString name;
    QString help;
    /// Carries the step out. `arg` is the value under the step's key, `step` the whole object (for
    /// modifiers such as "symbology").
    std::function<void(StepRun& run, const QJsonValue& arg, const QJsonObject& step)> run;
};

/// The table of every step kind, one entry per kind, grouped by family (sale, staff, clock and
/// store, prescriptions, expectations). A new step is one entry and one function.
[[nodiscard]] const QList<ScenarioStepKind>& scenarioSteps();

/// Drives the counter workflows from a JSON scenario of counter actions — the same methods a
/// cashier's keys reach. Used by `pharmapos run-script`, the headless demo, end-to-end tests and
/// training. Format:
///
///     { "name": "…", "user": "zhangsan", "password": "…",   // logs in first
///       "steps": [ {"scan": "6901234567892"}, {"pay": {"cash": "100.00"}},
///                  {"expect": {"lines": 0, "change": "52.60"}},
///                  {"scan": "000", "expect_error": "NotFound"}, … ] }
///
/// Each step object names exactly one step kind (scenarioSteps()). "expect_error" names an
/// ErrorCode ("RuleViolation") or a rule ID ("RX-ONLY"). A step that fails without
/// "expect_error", or an expectation that does not hold, fails the run; the runner still carries
/// out the remaining steps so the report is complete.
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
