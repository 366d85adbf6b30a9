#pragma once

#include "app/core/result.h"
#include "app/core/staff/privacy.h"
#include "app/core/staff/staff.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace pos {

class AuditLog;
class Clock;
class Session;

/// A decrypted view of stored personal data (DATA-PRIVACY). Everything else shows masked values;
/// these are the only ways to see a value whole, each checked against the role table and audited.
enum class PersonalView
{
    IdNumber = 1,          ///< a full ID number (a patient's, an ephedrine buyer's)
    PersonName,            ///< a patient's or buyer's full name
    Phone,                 ///< a customer's full phone number
    InsurancePersonNumber, ///< psn_no in full
    CardNumber,            ///< a social-security or bank card number in full
    FaceImage,             ///< the face captured at an insured settlement (CAM-FACE)
    VideoClip,             ///< the settlement recording (CAM-VIDEO)
    Signature,             ///< the patient's signature on the slip (SETTLE-SLIP)
    SettlementSlip,        ///< the slip as printed, with the insured person's details
    EphedrineRegister,     ///< the CTRL-EPHEDRINE register with full ID numbers
    PersonalExport,        ///< any export that carries personal data (register, archive bundle)
};

/// STAFF-ROLES × DATA-PRIVACY, least privilege: which role may see which decrypted view.
///   cashier        — none: the counter shows what the sale in progress needs, stored data masked
///   pharmacist     — ID number, name and insurance number (reviewing a prescription needs them)
///   store manager  — everything: inspections, disputes, the register, face, clip, signature, slip
///   administrator  — none: manages accounts and configuration, not customers' data
[[nodiscard]] bool roleMayView(Role role, PersonalView view);
/// "完整身份证号", "人脸图像"…, translated.
[[nodiscard]] QString toDisplayString(PersonalView view);
/// The view that shows a PersonalKind in full.
[[nodiscard]] PersonalView viewOf(PersonalKind kind);

/// The one door to decrypted personal data: checks the acting user's role against roleMayView(),
/// writes the view (or the refusal) to the audit trail with who, when, which record and why — never
/// the value — and only then hands the value out. A view that cannot be audited is not given: the
/// audit trail's failure is the caller's error (DATA-PRIVACY).
///
/// The decrypting function is passed in, so this class never holds a key and decryption happens
/// only after the permission check. Threading: the session's thread (GUI/main).
class PersonalDataAccess
{
public:
    PersonalDataAccess(Session& session, AuditLog& audit, const Clock& clock);

    /// `target` names the record ("XS-T01-20261123-0003", "RX360100000001"), `purpose` why it is
    /// opened ("药监检查", "顾客争议"); both go to the audit trail.
    [[nodiscard]] Result<QString> viewText(PersonalView view, const QString& target,
                                           const QString& purpose,
                                           const std::function<Result<QString>()>& decrypt);
    [[nodiscard]] Result<QByteArray> viewBytes(PersonalView view, const QString& target,
                                               const QString& purpose,
                                               const std::function<Result<QByteArray>()>& decrypt);
    /// The value in full when the acting role may view it (audited), else masked (not audited: a
    /// masked value is not a decrypted view). For screens that show one field either way.
    [[nodiscard]] Result<QString> fullOrMasked(PersonalKind kind, const QString& target,
                                               const QString& purpose,
                                               const std::function<Result<QString>()>& decrypt);
    /// An export carrying personal data (`what`: the register, an archive bundle): needs both the
    /// view of its content and PersonalExport; audited as PersonalDataExported with `destination`.
    [[nodiscard]] Status authorizeExport(PersonalView content, const QString& target,
                                         const QString& destination);

    /// Checks without auditing: for a screen deciding whether to offer a "show in full" button.
    [[nodiscard]] bool mayView(PersonalView view) const;

private:
    [[nodiscard]] Status check(PersonalView view, const QString& target);
    [[nodiscard]] Status record(PersonalView view, const QString& target, const QString& detail);

    Session& m_session;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pos
