#pragma once

#include "app/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    SaleStateChanged,        ///< the sale at the counter moved (payment begun, failed…)
    SaleRefused,             ///< the sale refused an action illegal in its state
    PersonalDataViewed,      ///< a decrypted view (full ID number, face, clip…): DATA-PRIVACY
    PersonalDataViewRefused, ///< a decrypted view the acting role may not have
    PersonalDataExported,    ///< an export that carries personal data
    StoreKeyCreated,         ///< the store key was created (first start)
    StoreKeyRotationStarted, ///< `keys rotate` began (or resumed) re-encrypting
    StoreKeyRotationCompleted, ///< every record under the new key; the old one retired
    StoreKeyBackedUp,          ///< `keys backup` wrote a passphrase-protected copy
    StoreKeyRestored,          ///< `keys restore` added keys from a backup
    RetentionApplied,          ///< the retention job deleted or anonymised what was past its time
    PersonalDataEncrypted,     ///< a store's plain personal data was encrypted (migration)
    UploadRetried,             ///< a manager sent a platform upload record again (DATA-UPLOAD)
    UploadCorrected,           ///< a manager corrected a record the platform refused
    UploadWithdrawn,           ///< a manager withdrew a record (3507 when the platform held it)
    PlatformReconciled, ///< the store's records compared with the platform's (3508/3511/3513)
    InsuranceCatalogDownloaded, ///< the 医保目录 and payment standards were downloaded
    EvidenceChanged,  ///< a settlement's evidence moved: consent given/refused, face held, closed
    EvidenceRefused,  ///< insured settlement refused for its evidence
                      ///< (CAM-FACE/VIDEO/CONSENT/BACKUP)
    CameraFault,      ///< the settlement camera, recorder or disk failed or came back
    EvidenceViewed,   ///< a settlement's face image or clip was shown
    EvidenceExported, ///< a settlement's clip was exported (video export)
    TraceViewed,      ///< a box's or a batch's chain was looked up (DATA-TRACE)
    InsuredSettlementChanged,  ///< an insured settlement moved (SETTLE-*): step, amounts, msgid
    InsuredSettlementReversed, ///< 2601 冲正 or 2103 退费 undid a settlement (SETTLE-ONCE)
    ArchiveSealed, ///< a settlement's or refund's record was sealed into the archive (SETTLE-SLIP)
    ArchiveViewed, ///< an archived record was opened or exported (archive show / export)
    SaleParked,    ///< a cart was parked (挂单) to serve the next customer
    SaleRecalled,  ///< a parked cart was recalled (取单) into the sale in progress
    ParkedSaleDiscarded, ///< a parked cart was thrown away without being sold
    ShiftOpened,         ///< a cashier's shift began with its float counted in (开班)
    ShiftClosed,         ///< a shift was handed over with the drawer counted (交班)
    WalletPaid,     ///< a customer's 付款码 was charged (微信/支付宝), by its order number
    WalletDeclined, ///< a wallet charge was refused or found unpaid: nothing moved
    WalletReversed, ///< a wallet order was reversed (撤销): unknown, cancelled or unrecorded
    WalletUnresolved, ///< a wallet order's reversal is not confirmed yet: retried at start
    PriceOverridden,  ///< a line's price was changed at the counter (改价/折扣, PRICE-OVERRIDE)
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

/// An entry of the trail as stored, for a sealed record that quotes it.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime time;
    QString actor;
    QString action; ///< auditActionKey()
    QString target;
    QString detail;
};

/// Reads the trail by what it concerns: the archive seals every audited step of a settlement and
/// of its prescription into the settlement's record.
class AuditTrailReader
{
public:
    virtual ~AuditTrailReader() = default;
    /// The entries whose target is one of `targets`, oldest first, at most `limit`.
    [[nodiscard]] virtual Result<QList<AuditEntry>> entriesAbout(const QStringList& targets,
                                                                 int limit) const = 0;
};

/// Appends `event` (the record of a refusal) and returns `refusal`; when the trail cannot take
/// the entry the refusal says so, so the person refused knows the record is missing too.
[[nodiscard]] Error auditedRefusal(AuditLog& audit, Error refusal, const AuditEvent& event);

} // namespace pos
