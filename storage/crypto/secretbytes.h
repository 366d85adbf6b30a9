#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace pos::storage::crypto {

/// Key material and passphrases: a fixed-size buffer wiped with OPENSSL_cleanse when destroyed or
/// reassigned, never reallocated (so no stale copy is left in freed memory), move-only.
/// Threading: a value; not shared.
class SecretBytes
{
public:
    SecretBytes() = default;
    /// `size` zero bytes.
    explicit SecretBytes(qsizetype size);
    SecretBytes(const void* data, qsizetype size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    /// Takes the bytes of `bytes` and wipes `bytes` (which the caller should not use again).
    [[nodiscard]] static SecretBytes takeFrom(QByteArray& bytes);
    /// `size` bytes from OpenSSL's private random generator.
    [[nodiscard]] static Result<SecretBytes> random(qsizetype size);
    [[nodiscard]] SecretBytes copy() const { return SecretBytes(data(), size()); }

    [[nodiscard]] unsigned char* data() { return m_data.get(); }
    [[nodiscard]] const unsigned char* data() const { return m_data.get(); }
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] QByteArrayView view() const
    {
        return {reinterpret_cast<const char*>(m_data.get()), m_size};
    }
    /// Constant-time comparison.
    [[nodiscard]] bool equals(const SecretBytes& other) const;

private:
    void wipe();
    std::unique_ptr<unsigned char[]> m_data;
    qsizetype m_size = 0;
};

/// Overwrites a QByteArray's bytes in place (a decrypted field, a passphrase line) before it is
/// released.
void cleanse(QByteArray& bytes);
/// Overwrites a QString's characters in place.
void cleanse(QString& text);

} // namespace pos::storage::crypto
