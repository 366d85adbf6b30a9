#include "app/core/staff/session.h"

#include "app/core/logging.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/staff/authservice.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccessControl)
};
} // namespace

Session::Session(AuthService& auth, AuditLog& audit, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_auth(auth)
    , m_audit(audit)
    , m_clock(clock)
{
}

const User* Session::actingUser() const
{
    if (m_guest)
        return &*m_guest;
    if (m_owner)
        return &*m_owner;
    return nullptr;
}

Status Session::audit(AuditAction action, const QString& target, const QString& detail)
{
    const User* u = actingUser();
    return m_audit.append(
        AuditEvent{m_clock.now(), u ? u->username : QStringLiteral("-"), action, target, detail});
}

void Session::auditOrReport(AuditAction action, const QString& target, const QString& detail)
{
    if (Status a = audit(action, target, detail); !a) {
        const QString message =
            tr("%1 已执行，但未能写入审计日志：%2").arg(auditActionKey(action), a.error().message);
        qCCritical(lcCore).noquote() << message;
        Q_EMIT auditFailed(message);
    }
}

Result<User> Session::login(const QString& username, const QString& password)
{
    if (m_owner)
        return makeError(ErrorCode::WrongState,
                         tr("%1 已登录，请先交班退出").arg(m_owner->displayName));
    Result<User> u = m_auth.authenticate(username, password);
    if (!u)
        return u;
    // A login the trail cannot record is not granted (STAFF-AUDIT).
    if (Status a = m_audit.append(AuditEvent{m_clock.now(), u->username, AuditAction::Login,
                                             u->username, toDisplayString(u->role)});
        !a)
        return makeError(a.error().code, tr("无法写入审计日志，未登录：%1").arg(a.error().message));
    m_owner = *u;
    m_locked = false;
    Q_EMIT changed();
    return u;
}

void Session::logout()
{
    if (!m_owner)
        return;
    Q_EMIT aboutToLogOut();
    if (m_guest)
        stepOut();
    auditOrReport(AuditAction::Logout, m_owner->username, {});
    m_owner.reset();
    m_locked = false;
    Q_EMIT changed();
}

void Session::lock()
{
    if (!m_owner || m_locked)
        return;
    if (m_guest)
        stepOut();
    m_locked = true;
    auditOrReport(AuditAction::ScreenLocked, m_owner->username, tr("空闲锁屏"));
    Q_EMIT changed();
}

Status Session::unlock(const QString& password)
{
    if (!m_owner || !m_locked)
        return {};
    Result<User> u = m_auth.authenticate(m_owner->username, password);
    if (!u)
        return u.error();
    if (Status a = audit(AuditAction::ScreenUnlocked, m_owner->username, {}); !a)
        return makeError(a.error().code,
                         tr("无法写入审计日志，屏幕保持锁定：%1").arg(a.error().message));
    m_locked = false;
    Q_EMIT changed();
    return {};
}

Result<User> Session::stepIn(const QString& username, const QString& password, StepInScope scope)
{
    if (!m_owner)
        return makeError(ErrorCode::WrongState, tr("请先登录"));
    if (m_locked)
        return makeError(ErrorCode::WrongState, tr("屏幕已锁定，请先解锁"));
    Result<User> u = m_auth.authenticate(username, password);
    if (!u)
        return u;
    if (u->id == m_owner->id) {
        m_guest.reset();
        Q_EMIT changed();
        return u;
    }
    if (Status a = m_audit.append(AuditEvent{
            m_clock.now(), u->username, AuditAction::StepIn, u->username,
            tr("%1 %2 代 %3 操作（%4）")
                .arg(toDisplayString(u->role), u->displayName, m_owner->displayName,
                     scope == StepInScope::ThisSale ? tr("至本单结束") : tr("至本人结束代操作"))});
        !a)
        return makeError(a.error().code,
                         tr("无法写入审计日志，未代操作：%1").arg(a.error().message));
    m_guest = *u;
    m_scope = scope;
    Q_EMIT changed();
    return u;
}

void Session::stepOut()
{
    if (!m_guest)
        return;
    auditOrReport(AuditAction::StepOut, m_guest->username, {});
    m_guest.reset();
    Q_EMIT changed();
}

void Session::saleEnded()
{
    if (!m_guest || m_scope != StepInScope::ThisSale)
        return;
    auditOrReport(AuditAction::StepOut, m_guest->username, tr("本单结束，代操作随之结束"));
    m_guest.reset();
    Q_EMIT changed();
}

AccessControl::AccessControl(Session& session, AuditLog& audit, const Clock& clock)
    : m_session(session)
    , m_audit(audit)
    , m_clock(clock)
{
}

Error AccessControl::refusedByRule(Error error, const QString& target)
{
    const User* u = m_session.actingUser();
    const AuditEvent event{m_clock.now(), u ? u->username : QStringLiteral("-"),
                           AuditAction::RuleRefused, target, error.userText()};
    return auditedRefusal(m_audit, std::move(error), event);
}

Status AccessControl::recordAction(AuditAction action, const QString& target, const QString& detail)
{
    const User* u = m_session.actingUser();
    return m_audit.append(
        AuditEvent{m_clock.now(), u ? u->username : QStringLiteral("-"), action, target, detail});
}

Status AccessControl::require(Permission p, const QString& target)
{
    const User* u = m_session.actingUser();
    Error refusal;
    if (!u) {
        refusal =
            makeError(ErrorCode::PermissionDenied, Tr::tr("请先登录再%1").arg(toDisplayString(p)),
                      QStringLiteral("STAFF-ROLES"));
    } else if (m_session.isLocked()) {
        refusal = makeError(ErrorCode::PermissionDenied,
                            Tr::tr("屏幕已锁定：请 %1 输入密码解锁后再%2")
                                .arg(m_session.owner()->displayName, toDisplayString(p)),
                            QStringLiteral("STAFF-ROLES"));
    } else if (!roleAllows(u->role, p)) {
        refusal = makeError(ErrorCode::PermissionDenied,
                            Tr::tr("%1 %2 无权%3")
                                .arg(toDisplayString(u->role), u->displayName, toDisplayString(p)),
                            QStringLiteral("STAFF-ROLES"));
    } else {
        return {};
    }
    const AuditEvent event{m_clock.now(), u ? u->username : QStringLiteral("-"),
                           AuditAction::PermissionRefused, target,
                           toDisplayString(p) + u' ' + refusal.message};
    return auditedRefusal(m_audit, std::move(refusal), event);
}

} // namespace pos
