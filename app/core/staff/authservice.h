#pragma once

#include "app/core/result.h"
#include "app/core/staff/staff.h"

namespace pos {

class AuditLog;
struct AuditEvent;
class Clock;
class PasswordHasher;
class UserRepository;

/// Repeated failures lock an account for a while.
struct LockoutPolicy
{
    int maxFailures = 5;
    int lockMinutes = 15;
};

/// Accounts and authentication. Every login, failure and lock is audited.
class AuthService
{
public:
    AuthService(UserRepository& users, PasswordHasher& hasher, AuditLog& audit, const Clock& clock,
                LockoutPolicy policy = {});

    /// True until the first administrator exists (first start).
    [[nodiscard]] bool needsFirstAdministrator() const;
    /// First start only: creates the administrator who then creates everyone else.
    [[nodiscard]] Result<User> createFirstAdministrator(const QString& username,
                                                        const QString& displayName,
                                                        const QString& password);
    /// Checks a password; counts failures and locks the account after policy.maxFailures.
    [[nodiscard]] Result<User> authenticate(const QString& username, const QString& password);
    /// An administrator adds an account (STAFF-ROLES: ManageUsers).
    [[nodiscard]] Result<User> addUser(const User& actor, const User& account,
                                       const QString& password);
    /// Adds an account without an acting administrator: only for seeding the demo store.
    [[nodiscard]] Result<User> seedDemoUser(const User& account, const QString& password);

    /// At least 8 characters with letters and digits.
    [[nodiscard]] static Status checkPasswordStrength(const QString& password);
    [[nodiscard]] static Status checkAccount(const User& account);

    /// How an unknown user name appears in the audit trail: a short hash, never the text (it is
    /// often a password typed into the wrong field).
    [[nodiscard]] static QString unknownNameReference(const QString& typed);

private:
    /// Appends `event`; the refusal says so when the trail could not take it.
    [[nodiscard]] Error audited(Error refusal, const AuditEvent& event);

    UserRepository& m_users;
    PasswordHasher& m_hasher;
    AuditLog& m_audit;
    const Clock& m_clock;
    LockoutPolicy m_policy;
};

} // namespace pos
