#pragma once

// OpenSSL 3 building blocks for storage/crypto: RAII owners for every handle used here, and the
// primitives (AES-256-GCM, HKDF-SHA256, HMAC-SHA256, random bytes) in the shapes the callers need.
// Nothing here logs data or keys.

#include "app/core/result.h"
#include "storage/crypto/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <openssl/evp.h>

#include <initializer_list>
#include <memory>

namespace pos::storage::crypto {

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* p) const { EVP_CIPHER_CTX_free(p); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

constexpr int kAesKeyBytes = 32;
constexpr int kGcmNonceBytes = 12;
constexpr int kGcmTagBytes = 16;

/// The most recent OpenSSL error as text (for messages; never contains data), and clears the queue.
[[nodiscard]] QString opensslError();

/// The AES-256-GCM cipher, fetched once.
[[nodiscard]] const EVP_CIPHER* aes256Gcm();

/// A reusable AES-256-GCM context for one thread: the key schedule is set once per key and only
/// the nonce changes per message (what makes per-field encryption cheap).
class GcmContext
{
public:
    GcmContext();
    [[nodiscard]] bool isValid() const { return bool(m_ctx); }
    /// Encrypts `plainLen` bytes at `plain` into `out` (same length) and writes the tag.
    [[nodiscard]] bool encrypt(const unsigned char* key, const unsigned char* nonce,
                               QByteArrayView aad, const unsigned char* plain, qsizetype plainLen,
                               unsigned char* out, unsigned char* tag);
    /// Decrypts and verifies; false when the tag does not match (nothing in `out` may be used).
    [[nodiscard]] bool decrypt(const unsigned char* key, const unsigned char* nonce,
                               QByteArrayView aad, const unsigned char* cipher, qsizetype len,
                               unsigned char* out, const unsigned char* tag);

private:
    [[nodiscard]] bool setKey(const unsigned char* key, bool encrypt);
    CipherCtxPtr m_ctx;
    SecretBytes m_key{kAesKeyBytes}; ///< a copy of the key scheduled in m_ctx (compared by value)
    bool m_keySet = false;
    bool m_encrypting = false;
};

/// HMAC-SHA256 under one key, keyed once: each mac() copies the keyed state instead of fetching
/// the algorithm and hashing the key again (what makes a lookup hash cost under a microsecond).
/// Threading: immutable after construction; mac() may be called from any thread.
class HmacSha256Key
{
public:
    HmacSha256Key() = default;
    explicit HmacSha256Key(QByteArrayView key);
    ~HmacSha256Key();
    HmacSha256Key(HmacSha256Key&& other) noexcept;
    HmacSha256Key& operator=(HmacSha256Key&& other) noexcept;
    HmacSha256Key(const HmacSha256Key&) = delete;
    HmacSha256Key& operator=(const HmacSha256Key&) = delete;

    [[nodiscard]] bool isValid() const { return m_keyed != nullptr; }
    /// The 32-byte MAC of the concatenation of `parts`; empty on failure.
    [[nodiscard]] QByteArray mac(std::initializer_list<QByteArrayView> parts) const;

private:
    EVP_MAC_CTX* m_keyed = nullptr;
};

/// HKDF-SHA256 (RFC 5869): `size` bytes from `ikm` for `info`, with `salt`.
[[nodiscard]] Result<SecretBytes> hkdfSha256(QByteArrayView ikm, QByteArrayView salt,
                                             QByteArrayView info, qsizetype size);
/// SHA-256.
[[nodiscard]] QByteArray sha256(QByteArrayView data);
/// Public random bytes (nonces, salts, ids).
[[nodiscard]] Result<QByteArray> randomBytes(qsizetype size);

/// Big-endian integer writing/reading for the file formats.
void appendU16(QByteArray& out, quint16 v);
void appendU32(QByteArray& out, quint32 v);
void appendU64(QByteArray& out, quint64 v);
[[nodiscard]] quint16 readU16(const unsigned char* p);
[[nodiscard]] quint32 readU32(const unsigned char* p);
[[nodiscard]] quint64 readU64(const unsigned char* p);

} // namespace pos::storage::crypto
