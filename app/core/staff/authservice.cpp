#include "app/core/staff/authservice.h"

#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/passwordhasher.h"
#include "app/core/ports/userrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)
};
} // namespace

AuthService::AuthService(UserRepository& users, PasswordHasher& hasher, AuditLog& audit,
                         const Clock& clock, LockoutPolicy policy)
    : m_users(users)
    , m_hasher(hasher)
    , m_audit(audit)
    , m_clock(clock)
    , m_policy(policy)
{
}

bool AuthService::needsFirstAdministrator() const
{
    return m_users.userCount() == 0;
}

Status AuthService::checkPasswordStrength(const QString& password)
{
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (password.size() < 8 || !password.contains(letter) || !password.contains(digit))
        return makeError(ErrorCode::InvalidInput, Tr::tr("密码至少 8 位，且须同时包含字母和数字"));
    return {};
}

Status AuthService::checkAccount(const User& a)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!name.match(a.username).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("用户名“%1”无效：2–32 位字母、数字、下划线、点或连字符").arg(a.username));
    if (a.displayName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("请填写姓名"));
    if (a.role == Role::Pharmacist && a.licenceNo.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("执业药师账号必须填写执业药师注册证号"),
                         QStringLiteral("STAFF-PHARM-ONDUTY"));
    return {};
}

Result<User> AuthService::createFirstAdministrator(const QString& username,
                                                   const QString& displayName,
                                                   const QString& password)
{
    if (!needsFirstAdministrator())
        return makeError(ErrorCode::WrongState, Tr::tr("已有账号：管理员只能由现有管理员创建"));
    User admin;
    admin.username = username.trimmed();
    admin.displayName = displayName.trimmed();
    admin.role = Role::Administrator;
    if (Status s = checkAccount(admin); !s)
        return s.error();
    if (Status s = checkPasswordStrength(password); !s)
        return s.error();
    Result<User> added = m_users.add(admin, m_hasher.hash(password));
    if (!added)
        return added;
    if (Status a =
            m_audit.append(AuditEvent{m_clock.now(), QStringLiteral("-"), AuditAction::UserCreated,
                                      added->username, Tr::tr("首次启动创建系统管理员")});
        !a)
        return a.error();
    return added;
}

Error AuthService::audited(Error refusal, const AuditEvent& event)
{
    // A refusal is evidence: if the trail cannot take it, the person is told so too.
    return auditedRefusal(m_audit, std::move(refusal), event);
}

QString AuthService::unknownNameReference(const QString& typed)
{
    // What was typed as a user name is often a password: only a short hash of it is kept, enough
    // to see repeated attempts at the same name.
    return QStringLiteral("#")
           + QString::fromLatin1(
               QCryptographicHash::hash(typed.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(12));
}

Result<User> AuthService::authenticate(const QString& username, const QString& password)
{
    const QDateTime now = m_clock.now();
    const std::optional<User> found = m_users.findByUsername(username.trimmed());
    const Error wrong = makeError(ErrorCode::PermissionDenied, Tr::tr("用户名或密码错误"));
    if (!found) {
        // Spend the same time as a real check so unknown names cannot be told apart by timing.
        (void)m_hasher.verify(password, QString());
        return audited(wrong, AuditEvent{now, QStringLiteral("-"), AuditAction::LoginFailed,
                                         unknownNameReference(username.trimmed()),
                                         Tr::tr("未知用户名（只记其哈希）")});
    }
    User u = *found;
    if (!u.active)
        return audited(
            makeError(ErrorCode::PermissionDenied, Tr::tr("账号 %1 已停用").arg(u.username)),
            AuditEvent{now, u.username, AuditAction::LoginFailed, u.username,
                       Tr::tr("账号已停用")});
    if (u.lockedUntil.isValid() && now < u.lockedUntil)
        return audited(makeError(ErrorCode::PermissionDenied,
                                 Tr::tr("连续输错密码，账号已锁定至 %1")
                                     .arg(u.lockedUntil.toString(QStringLiteral("HH:mm")))),
                       AuditEvent{now, u.username, AuditAction::LoginFailed, u.username,
                                  Tr::tr("账号锁定中")});
    // The attempt is counted before the password is checked, atomically in the store: of 20
    // guesses at once, maxFailures are checked and the rest find the account locked.
    Result<UserRepository::LoginAttempt> attempt = m_users.countLoginAttempt(
        u.id, m_policy.maxFailures, now, now.addSecs(qint64(m_policy.lockMinutes) * 60));
    if (!attempt) {
        (void)m_hasher.verify(password, QString()); // the same time as a check
        return audited(
            wrong,
            AuditEvent{now, u.username, AuditAction::LoginFailed, u.username,
                       Tr::tr("未能计数登录尝试：%1（拒绝登录）").arg(attempt.error().message)});
    }
    if (attempt->attempt == 0)
        return audited(makeError(ErrorCode::PermissionDenied,
                                 Tr::tr("连续输错密码，账号已锁定至 %1")
                                     .arg(attempt->lockedUntil.toString(QStringLiteral("HH:mm")))),
                       AuditEvent{now, u.username, AuditAction::LoginFailed, u.username,
                                  Tr::tr("账号锁定中")});
    if (!m_hasher.verify(password, m_users.passwordHash(u.id))) {
        Error refusal =
            audited(wrong, AuditEvent{now, u.username, AuditAction::LoginFailed, u.username,
                                      Tr::tr("密码错误（第 %1 次）").arg(attempt->attempt)});
        if (!attempt->lockedUntil.isValid())
            return refusal;
        return audited(
            makeError(ErrorCode::PermissionDenied, Tr::tr("连续 %1 次输错密码，账号锁定 %2 分钟")
                                                       .arg(attempt->attempt)
                                                       .arg(m_policy.lockMinutes)),
            AuditEvent{now, u.username, AuditAction::AccountLocked, u.username,
                       Tr::tr("连续 %1 次密码错误，锁定 %2 分钟")
                           .arg(attempt->attempt)
                           .arg(m_policy.lockMinutes)});
    }
    // Right: the count (this attempt included) and any lock this attempt set are cleared.
    if (Status s = m_users.setLoginState(u.id, 0, QDateTime()); !s)
        return s.error();
    u.failedAttempts = 0;
    u.lockedUntil = QDateTime();
    return u;
}

Result<User> AuthService::addUser(const User& actor, const User& account, const QString& password)
{
    if (!roleAllows(actor.role, Permission::ManageUsers)) {
        return audited(makeError(ErrorCode::PermissionDenied,
                                 Tr::tr("%1 %2 无权%3")
                                     .arg(toDisplayString(actor.role), actor.displayName,
                                          toDisplayString(Permission::ManageUsers)),
                                 QStringLiteral("STAFF-ROLES")),
                       AuditEvent{m_clock.now(), actor.username, AuditAction::PermissionRefused,
                                  account.username, toDisplayString(Permission::ManageUsers)});
    }
    Result<User> added = seedDemoUser(account, password);
    if (!added)
        return added;
    if (Status a =
            m_audit.append(AuditEvent{m_clock.now(), actor.username, AuditAction::UserCreated,
                                      added->username, toDisplayString(added->role)});
        !a)
        return a.error();
    return added;
}

Result<User> AuthService::seedDemoUser(const User& account, const QString& password)
{
    User a = account;
    a.username = a.username.trimmed();
    if (Status s = checkAccount(a); !s)
        return s.error();
    if (Status s = checkPasswordStrength(password); !s)
        return s.error();
    if (m_users.findByUsername(a.username))
        return makeError(ErrorCode::InvalidInput, Tr::tr("用户名 %1 已存在").arg(a.username));
    return m_users.add(a, m_hasher.hash(password));
}

} // namespace pos
