#pragma once

#include "app/core/result.h"
#include "app/core/staff/staff.h"

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
    /// Records failed attempts and the lock (lockout after repeated failures).
    [[nodiscard]] virtual Status setLoginState(qint64 userId, int failedAttempts,
                                               const QDateTime& lockedUntil) = 0;
    [[nodiscard]] virtual Status setActive(qint64 userId, bool active) = 0;
};

} // namespace pos
