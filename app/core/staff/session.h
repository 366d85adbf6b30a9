#pragma once

#include "app/core/ports/auditlog.h"
#include "app/core/result.h"
#include "app/core/staff/staff.h"

#include <QObject>

#include <optional>

namespace pos {

class AuditLog;
class AuthService;
class Clock;

/// How long a stepped-in user acts: for the sale in progress (the default: when it is paid or
/// voided the logged-in user acts again), or until they step out themselves.
enum class StepInScope
{
    ThisSale = 1,
    UntilStepOut,
};

/// Who is at the counter. The logged-in user owns the session; another user (a pharmacist
/// signing, a manager approving) can step in for a moment without logging the first one out, so
/// the sale in progress stays. An idle lock hides the screen and refuses every action until the
/// owner's password is given again; nothing in progress is lost.
/// Thread: GUI/main thread.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(AuthService& auth, AuditLog& audit, const Clock& clock, QObject* parent = nullptr);

    [[nodiscard]] bool isLoggedIn() const { return m_owner.has_value(); }
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] bool isSteppedIn() const { return m_guest.has_value(); }
    /// The logged-in user.
    [[nodiscard]] const std::optional<User>& owner() const { return m_owner; }
    /// Who acts now: the stepped-in user, else the owner; null when nobody is logged in.
    [[nodiscard]] const User* actingUser() const;

    Result<User> login(const QString& username, const QString& password);
    void logout();
    /// Idle lock: the session stays, every action is refused until unlock().
    void lock();
    Status unlock(const QString& password);
    /// Another user steps in (quick switch); the owner stays logged in. With ThisSale the step-in
    /// ends with the sale in progress (saleEnded()).
    Result<User> stepIn(const QString& username, const QString& password,
                        StepInScope scope = StepInScope::ThisSale);
    void stepOut();
    /// The sale in progress ended: a user who stepped in for it steps out (audited), so the next
    /// sale is recorded under the logged-in user again — unless they chose to stay.
    void saleEnded();
    [[nodiscard]] StepInScope stepInScope() const { return m_scope; }

Q_SIGNALS:
    void changed();
    /// Emitted by logout() before anyone is logged out: what belongs to this user's session (the
    /// sale in progress) ends now, while the acting user is still known.
    void aboutToLogOut();
    /// Something that is done whatever the trail says (a logout, a lock, a step-out) could not be
    /// written to the audit trail: the window shows `message` (STAFF-AUDIT).
    void auditFailed(const QString& message);

private:
    [[nodiscard]] Status audit(AuditAction action, const QString& target, const QString& detail);
    /// audit() for acts that happen anyway: a failure is reported through auditFailed().
    void auditOrReport(AuditAction action, const QString& target, const QString& detail);

    AuthService& m_auth;
    AuditLog& m_audit;
    const Clock& m_clock;
    std::optional<User> m_owner;
    std::optional<User> m_guest;
    StepInScope m_scope = StepInScope::ThisSale;
    bool m_locked = false;
};

/// Checks permissions with the acting user (STAFF-ROLES) and audits every refusal, whichever
/// window, script or device the action comes from.
class AccessControl
{
public:
    AccessControl(Session& session, AuditLog& audit, const Clock& clock);
    /// OK when someone is logged in, the screen is not locked and their role allows `p`.
    [[nodiscard]] Status require(Permission p, const QString& target = {});
    [[nodiscard]] Session& session() { return m_session; }
    /// Writes a rule's refusal (error.ruleId set) to the audit trail under the acting user and
    /// returns it; when the trail cannot take it the refusal says so.
    [[nodiscard]] Error refusedByRule(Error error, const QString& target);
    /// Writes what the acting user did (a return, a reprint…) to the audit trail.
    [[nodiscard]] Status recordAction(AuditAction action, const QString& target,
                                      const QString& detail);

private:
    Session& m_session;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pos
