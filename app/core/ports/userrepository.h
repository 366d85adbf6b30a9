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
    /// A login attempt, counted atomically BEFORE its password is checked, whatever else logs in
    /// at the same moment: an account not locked at `now` gets the next attempt number; the
    /// `maxFailures`-th attempt locks the account until `lockedUntil` at once and the count starts
    /// again. So 20 guesses at once are as many as 20 in a row: `maxFailures` of them are checked,
    /// the rest find the account locked. A correct password then clears the count and the lock
    /// (setLoginState); a wrong one leaves both. `attempt` is 0 when the account was locked.
    struct LoginAttempt
    {
        int attempt = 0;       ///< 1 … maxFailures; 0: locked, not counted
        QDateTime lockedUntil; ///< the lock this attempt set (the last one), or the lock found
    };
    [[nodiscard]] virtual Result<LoginAttempt> countLoginAttempt(qint64 userId, int maxFailures,
                                                                 const QDateTime& now,
                                                                 const QDateTime& lockedUntil) = 0;
    [[nodiscard]] virtual Status setActive(qint64 userId, bool active) = 0;
};

} // namespace pos
