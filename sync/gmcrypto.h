#pragma once

#include "app/core/result.h"

#include <QByteArray>

#include <memory>

struct evp_pkey_st;
struct evp_cipher_ctx_st;

namespace pos::sync::gm {

/// SM3 (GB/T 32905) digest, 32 bytes.
[[nodiscard]] QByteArray sm3(const QByteArray& data);

/// SM4 (GB/T 32907) in ECB mode through OpenSSL 3's EVP, with one context reused across calls
/// (the 1,000,000-iteration vector runs in a fraction of a second). Not thread-safe: one per
/// thread.
class Sm4Ecb
{
public:
    /// `key` must be 16 bytes; isValid() says whether it was.
    explicit Sm4Ecb(const QByteArray& key);
    ~Sm4Ecb();
    Sm4Ecb(const Sm4Ecb&) = delete;
    Sm4Ecb& operator=(const Sm4Ecb&) = delete;

    [[nodiscard]] bool isValid() const { return m_ctx != nullptr && m_key.size() == 16; }
    /// PKCS#7 padded unless `pkcs7` is false (then the input must be whole 16-byte blocks).
    [[nodiscard]] Result<QByteArray> encrypt(const QByteArray& plain, bool pkcs7 = true);
    [[nodiscard]] Result<QByteArray> decrypt(const QByteArray& cipher, bool pkcs7 = true);

private:
    [[nodiscard]] Result<QByteArray> run(const QByteArray& in, bool encrypt, bool pkcs7);

    QByteArray m_key;
    evp_cipher_ctx_st* m_ctx = nullptr;
};

/// An SM2 key (private with its public half, or public only), owned through OpenSSL's reference
/// count: copies share the key. Thread: a key may be used from one thread at a time.
class Sm2Key
{
public:
    Sm2Key() = default;

    [[nodiscard]] static Result<Sm2Key> generate();
    /// A PEM private key (PKCS#8 "PRIVATE KEY" or "EC PRIVATE KEY") or public key ("PUBLIC KEY").
    [[nodiscard]] static Result<Sm2Key> fromPem(const QByteArray& pem);
    /// The private scalar d (32 bytes, big-endian); the public point is derived from it.
    [[nodiscard]] static Result<Sm2Key> fromRawPrivate(const QByteArray& d);
    /// The public point as x‖y (64 bytes) or 04‖x‖y (65 bytes).
    [[nodiscard]] static Result<Sm2Key> fromRawPublic(const QByteArray& point);

    [[nodiscard]] bool isNull() const { return !m_key; }
    [[nodiscard]] bool hasPrivate() const { return m_private; }
    [[nodiscard]] QByteArray privatePem() const;
    [[nodiscard]] QByteArray publicPem() const;
    /// x‖y, 64 bytes.
    [[nodiscard]] QByteArray rawPublic() const;
    [[nodiscard]] evp_pkey_st* handle() const { return m_key.get(); }

private:
    Sm2Key(evp_pkey_st* key, bool hasPrivate);

    std::shared_ptr<evp_pkey_st> m_key;
    bool m_private = false;
};

/// SM3withSM2 over `message` with the signer's distinguishing identifier `userId` (the Z value of
/// GB/T 32918.2; always set explicitly: OpenSSL's default is an empty ID). DER-encoded signature.
[[nodiscard]] Result<QByteArray> sm2SignDer(const Sm2Key& key, const QByteArray& message,
                                            const QByteArray& userId);
[[nodiscard]] bool sm2VerifyDer(const Sm2Key& key, const QByteArray& message,
                                const QByteArray& derSignature, const QByteArray& userId);
/// The same signature as the platform carries it: raw r‖s, 64 bytes.
[[nodiscard]] Result<QByteArray> sm2SignRaw(const Sm2Key& key, const QByteArray& message,
                                            const QByteArray& userId);
[[nodiscard]] bool sm2VerifyRaw(const Sm2Key& key, const QByteArray& message,
                                const QByteArray& rawSignature, const QByteArray& userId);

/// DER SEQUENCE{INTEGER r, INTEGER s} → r‖s (each left-padded to 32 bytes), and back.
[[nodiscard]] Result<QByteArray> derToRaw(const QByteArray& der);
[[nodiscard]] Result<QByteArray> rawToDer(const QByteArray& raw);

/// `count` random bytes from OpenSSL's CSPRNG (nonces, ids); empty on failure.
[[nodiscard]] QByteArray randomBytes(int count);

} // namespace pos::sync::gm
