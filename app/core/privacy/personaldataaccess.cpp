#include "app/core/privacy/personaldataaccess.h"

#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataAccess)
};

const QString kRule = QStringLiteral("DATA-PRIVACY");

} // namespace

bool roleMayView(Role role, PersonalView view)
{
    // DATA-PRIVACY with STAFF-ROLES' least privilege. The pharmacist reviews prescriptions
    // (RX-REVIEW) and so sees who they are for; the store manager answers inspections and disputes
    // and keeps the CTRL-EPHEDRINE register; the cashier and the administrator see stored personal
    // data only masked.
    switch (role) {
    case Role::Cashier: return false;
    case Role::Pharmacist:
        return view == PersonalView::IdNumber || view == PersonalView::PersonName
               || view == PersonalView::InsurancePersonNumber;
    case Role::StoreManager: return true;
    case Role::Administrator: return false;
    }
    return false;
}

QString toDisplayString(PersonalView view)
{
    switch (view) {
    case PersonalView::IdNumber: return Tr::tr("完整身份证号");
    case PersonalView::PersonName: return Tr::tr("完整姓名");
    case PersonalView::Phone: return Tr::tr("完整电话号码");
    case PersonalView::InsurancePersonNumber: return Tr::tr("完整医保人员编号");
    case PersonalView::CardNumber: return Tr::tr("完整卡号");
    case PersonalView::FaceImage: return Tr::tr("人脸图像");
    case PersonalView::VideoClip: return Tr::tr("结算录像");
    case PersonalView::Signature: return Tr::tr("患者签名");
    case PersonalView::SettlementSlip: return Tr::tr("结算单");
    case PersonalView::EphedrineRegister: return Tr::tr("含麻黄碱药品购买登记");
    case PersonalView::PersonalExport: return Tr::tr("导出个人信息");
    }
    return {};
}

PersonalView viewOf(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::IdNumber: return PersonalView::IdNumber;
    case PersonalKind::PersonName: return PersonalView::PersonName;
    case PersonalKind::Phone: return PersonalView::Phone;
    case PersonalKind::InsurancePersonNumber: return PersonalView::InsurancePersonNumber;
    case PersonalKind::CardNumber:
    case PersonalKind::EVoucherToken: return PersonalView::CardNumber;
    }
    return PersonalView::CardNumber;
}

PersonalDataAccess::PersonalDataAccess(Session& session, AuditLog& audit, const Clock& clock)
    : m_session(session)
    , m_audit(audit)
    , m_clock(clock)
{
}

bool PersonalDataAccess::mayView(PersonalView view) const
{
    const User* u = m_session.actingUser();
    return u && !m_session.isLocked() && roleMayView(u->role, view);
}

Status PersonalDataAccess::check(PersonalView view, const QString& target)
{
    const User* u = m_session.actingUser();
    Error refusal;
    if (!u) {
        refusal = makeError(ErrorCode::PermissionDenied,
                            Tr::tr("请先登录再查看%1").arg(toDisplayString(view)), kRule);
    } else if (m_session.isLocked()) {
        refusal =
            makeError(ErrorCode::PermissionDenied,
                      Tr::tr("屏幕已锁定：解锁后才能查看%1").arg(toDisplayString(view)), kRule);
    } else if (!roleMayView(u->role, view)) {
        refusal =
            makeError(ErrorCode::PermissionDenied,
                      Tr::tr("%1 %2 无权查看%3，只能看到遮蔽后的信息")
                          .arg(toDisplayString(u->role), u->displayName, toDisplayString(view)),
                      kRule);
    } else {
        return {};
    }
    // A refusal that cannot be audited is still a refusal, and says the record is missing too.
    return auditedRefusal(m_audit, std::move(refusal),
                          AuditEvent{m_clock.now(), u ? u->username : QStringLiteral("-"),
                                     AuditAction::PersonalDataViewRefused, target,
                                     toDisplayString(view)});
}

Status PersonalDataAccess::record(PersonalView view, const QString& target, const QString& detail)
{
    const User* u = m_session.actingUser();
    Status s = m_audit.append(AuditEvent{m_clock.now(), u ? u->username : QStringLiteral("-"),
                                         AuditAction::PersonalDataViewed, target,
                                         toDisplayString(view) + detail});
    if (!s)
        return makeError(
            ErrorCode::StorageFailure,
            Tr::tr("无法记录审计日志，不显示%1：%2").arg(toDisplayString(view), s.error().message),
            kRule);
    return {};
}

Result<QString> PersonalDataAccess::viewText(PersonalView view, const QString& target,
                                             const QString& purpose,
                                             const std::function<Result<QString>()>& decrypt)
{
    if (Status s = check(view, target); !s)
        return s.error();
    Result<QString> value = decrypt();
    if (!value)
        return value.error();
    const QString detail = purpose.isEmpty() ? QString() : Tr::tr("（用途：%1）").arg(purpose);
    if (Status s = record(view, target, detail); !s) {
        value->fill(u'\0');
        return s.error();
    }
    return value;
}

Result<QByteArray> PersonalDataAccess::viewBytes(PersonalView view, const QString& target,
                                                 const QString& purpose,
                                                 const std::function<Result<QByteArray>()>& decrypt)
{
    if (Status s = check(view, target); !s)
        return s.error();
    Result<QByteArray> value = decrypt();
    if (!value)
        return value.error();
    const QString detail = purpose.isEmpty() ? QString() : Tr::tr("（用途：%1）").arg(purpose);
    if (Status s = record(view, target, detail); !s) {
        value->fill('\0');
        return s.error();
    }
    return value;
}

Result<QString> PersonalDataAccess::fullOrMasked(PersonalKind kind, const QString& target,
                                                 const QString& purpose,
                                                 const std::function<Result<QString>()>& decrypt)
{
    if (mayView(viewOf(kind)))
        return viewText(viewOf(kind), target, purpose, decrypt);
    Result<QString> value = decrypt();
    if (!value)
        return value.error();
    const QString masked = maskPersonal(kind, *value);
    value->fill(u'\0');
    return masked;
}

Status PersonalDataAccess::authorizeExport(PersonalView content, const QString& target,
                                           const QString& destination)
{
    if (Status s = check(content, target); !s)
        return s;
    if (Status s = check(PersonalView::PersonalExport, target); !s)
        return s;
    const User* u = m_session.actingUser();
    Status s = m_audit.append(
        AuditEvent{m_clock.now(), u->username, AuditAction::PersonalDataExported, target,
                   Tr::tr("%1 → %2").arg(toDisplayString(content), destination)});
    if (!s)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法记录审计日志，不导出个人信息：%1").arg(s.error().message),
                         kRule);
    return {};
}

} // namespace pos
