#pragma once

#include "app/core/result.h"
#include "app/core/staff/staff.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace pos {

/// Accounts port.
class UserRepository
{
public:
    virtual ~UserRepository() = default;
    [[nodiscard]] virtual qint64 userCount() const = 0;
    [[nodiscard]] virtual std::optional<User> findByUsername(const QString& username) const = 0;
    [[nodiscard]] virtual std::optional<User> findById(qint64 id) const = 0;
    [[nodiscard]] virtual QList<User> all() const = 0;
    /// The stored password hash of a user ("" when none).
    [[nodiscard]] virtual QString passwordHash(qint64 userId) const = 0;
    /// Adds an account; the username must be new. Returns it with its id.
    [[nodiscard]] virtual Result<User> add(const User& user, const QString& passwordHash) = 0;
    [[nodiscard]] virtual Status setPasswordHash(qint64 userId, const QString& passwordHash) = 0;
    /// Sets the failed-attempt count and the lock (a successful login clears both).
    [[nodiscard]] virtual Status setLoginState(qint64 userId, int failedAttempts,
                                               const QDateTime& lockedUntil) = 0;
    /// One more failed login, counted atomically whatever else logs in at the same moment (20
    /// wrong passwords at once lock the account as surely as 20 in a row): at `maxFailures` the
    /// account is locked until `lockedUntil` and the count starts again. Returns the attempt's
    /// number and the lock it set (invalid when none).
    struct FailedLogin
    {
        int attempt = 0;
        QDateTime lockedUntil;
    };
    [[nodiscard]] virtual Result<FailedLogin> recordFailedLogin(qint64 userId, int maxFailures,
                                                                const QDateTime& lockedUntil) = 0;
    [[nodiscard]] virtual Status setActive(qint64 userId, bool active) = 0;
};

} // namespace pos
