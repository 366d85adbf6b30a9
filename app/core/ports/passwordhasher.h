#pragma once

#include <QString>

namespace pos {

/// Password hashing port: a slow salted hash (the OpenSSL adapter uses PBKDF2-HMAC-SHA256) in a
/// self-describing string, and a constant-time check. Passwords never leave this port.
class PasswordHasher
{
public:
    virtual ~PasswordHasher() = default;
    [[nodiscard]] virtual QString hash(const QString& password) = 0;
    [[nodiscard]] virtual bool verify(const QString& password, const QString& stored) = 0;
};

} // namespace pos
