#pragma once

#include "app/core/ports/passwordhasher.h"

namespace pos::storage {

/// PBKDF2-HMAC-SHA256 (OpenSSL 3) with a 16-byte random salt, stored as
/// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"; checked with CRYPTO_memcmp so the
/// comparison takes the same time wherever the first difference is. The iteration count is stored
/// with each hash, so raising it later keeps old hashes valid.
class OpenSslPasswordHasher final : public PasswordHasher
{
public:
    /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256; tests pass a small count to stay fast.
    static constexpr int kDefaultIterations = 600'000;

    explicit OpenSslPasswordHasher(int iterations = kDefaultIterations);
    [[nodiscard]] QString hash(const QString& password) override;
    [[nodiscard]] bool verify(const QString& password, const QString& stored) override;

private:
    int m_iterations;
};

} // namespace pos::storage
