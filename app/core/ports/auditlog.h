#pragma once

#include "app/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pos {

/// What the audit trail records. Personal data (ID numbers, patients' names) appear only masked
/// (DATA-PRIVACY): callers mask with maskIdNumber() / maskName() before they append.
enum class AuditAction
{
    Login = 1,
    LoginFailed,
    Logout,
    AccountLocked,
    ScreenLocked,
    ScreenUnlocked,
    StepIn, ///< another user steps in at the counter (quick switch)
    StepOut,
    PermissionRefused,
    RuleRefused,
    PriceChanged,
    StockChanged,
    Export,
    ConfigurationChanged,
    UserCreated,
    UserChanged,
    DutyClockIn,
    DutyClockOut,
    SaleCompleted,
    SaleVoided,
    ReceiptReprinted,
    SaleReturned,
    PrescriptionReceived,    ///< downloaded or typed in; joins the pharmacist's queue
    PrescriptionReviewed,    ///< approved or rejected (RX-REVIEW)
    PrescriptionGateChanged, ///< the settlement gate moved (linked, printed, card read allowed…)
    PrescriptionGateRefused, ///< the gate refused an action: wrong state, RX-PRINT-GATE card reads
    EvidenceChanged,  ///< a settlement's evidence moved: consent given/refused, face held, closed
    EvidenceRefused,  ///< insured settlement refused for its evidence
                      ///< (CAM-FACE/VIDEO/CONSENT/BACKUP)
    CameraFault,      ///< the settlement camera, recorder or disk failed or came back
    EvidenceViewed,   ///< a settlement's face image or clip was shown
    EvidenceExported, ///< a settlement's clip was exported (video export)
};

[[nodiscard]] QString auditActionKey(AuditAction action);

struct AuditEvent
{
    QDateTime time;
    QString actor; ///< username, or "-" before anyone logged in
    AuditAction action = AuditAction::Login;
    QString target; ///< what it concerned: a username, a sale number, a product code…
    QString detail; ///< free text, already masked
};

/// One finding of a verification.
struct AuditFinding
{
    qint64 sequence = 0;
    QString problem;
};

/// The append-only, hash-chained audit trail port. append() never fails silently: a trail that
/// cannot be written is an error the caller must surface.
class AuditLog
{
public:
    virtual ~AuditLog() = default;
    [[nodiscard]] virtual Status append(const AuditEvent& event) = 0;
    /// Re-computes the chain; an empty list means intact.
    [[nodiscard]] virtual QList<AuditFinding> verify() const = 0;
    [[nodiscard]] virtual qint64 entryCount() const = 0;
};

} // namespace pos
