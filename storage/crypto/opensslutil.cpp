#include "storage/crypto/opensslutil.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cstring>
#include <utility>

namespace pos::storage::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crypto)
};

struct CipherFree
{
    void operator()(EVP_CIPHER* p) const { EVP_CIPHER_free(p); }
};
struct KdfFree
{
    void operator()(EVP_KDF* p) const { EVP_KDF_free(p); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX* p) const { EVP_KDF_CTX_free(p); }
};
struct MacFree
{
    void operator()(EVP_MAC* p) const { EVP_MAC_free(p); }
};
struct MacCtxFree
{
    void operator()(EVP_MAC_CTX* p) const { EVP_MAC_CTX_free(p); }
};
} // namespace

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return Tr::tr("未知的 OpenSSL 错误");
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

const EVP_CIPHER* aes256Gcm()
{
    // Fetched once: an implicit fetch per message costs more than the encryption of a field.
    static const std::unique_ptr<EVP_CIPHER, CipherFree> cipher(
        EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    return cipher.get();
}

GcmContext::GcmContext()
    : m_ctx(EVP_CIPHER_CTX_new())
{
}

bool GcmContext::setKey(const unsigned char* key, bool encrypt)
{
    // Compared by value, not by address: a per-file key freed and another allocated at the same
    // address must not reuse the old schedule.
    if (m_keySet && m_encrypting == encrypt && CRYPTO_memcmp(m_key.data(), key, kAesKeyBytes) == 0)
        return true;
    const int ok = encrypt ? EVP_EncryptInit_ex2(m_ctx.get(), aes256Gcm(), key, nullptr, nullptr)
                           : EVP_DecryptInit_ex2(m_ctx.get(), aes256Gcm(), key, nullptr, nullptr);
    if (ok != 1) {
        m_keySet = false;
        return false;
    }
    std::memcpy(m_key.data(), key, kAesKeyBytes);
    m_keySet = true;
    m_encrypting = encrypt;
    return true;
}

bool GcmContext::encrypt(const unsigned char* key, const unsigned char* nonce, QByteArrayView aad,
                         const unsigned char* plain, qsizetype plainLen, unsigned char* out,
                         unsigned char* tag)
{
    if (!m_ctx || !setKey(key, true))
        return false;
    int len = 0;
    if (EVP_EncryptInit_ex2(m_ctx.get(), nullptr, nullptr, nonce, nullptr) != 1)
        return false;
    if (!aad.isEmpty()
        && EVP_EncryptUpdate(m_ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char*>(aad.data()),
                             static_cast<int>(aad.size()))
               != 1)
        return false;
    if (plainLen > 0
        && EVP_EncryptUpdate(m_ctx.get(), out, &len, plain, static_cast<int>(plainLen)) != 1)
        return false;
    if (EVP_EncryptFinal_ex(m_ctx.get(), out + (plainLen > 0 ? len : 0), &len) != 1)
        return false;
    return EVP_CIPHER_CTX_ctrl(m_ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagBytes, tag) == 1;
}

bool GcmContext::decrypt(const unsigned char* key, const unsigned char* nonce, QByteArrayView aad,
                         const unsigned char* cipher, qsizetype len, unsigned char* out,
                         const unsigned char* tag)
{
    if (!m_ctx || !setKey(key, false))
        return false;
    int n = 0;
    if (EVP_DecryptInit_ex2(m_ctx.get(), nullptr, nullptr, nonce, nullptr) != 1)
        return false;
    if (!aad.isEmpty()
        && EVP_DecryptUpdate(m_ctx.get(), nullptr, &n,
                             reinterpret_cast<const unsigned char*>(aad.data()),
                             static_cast<int>(aad.size()))
               != 1)
        return false;
    if (len > 0 && EVP_DecryptUpdate(m_ctx.get(), out, &n, cipher, static_cast<int>(len)) != 1)
        return false;
    if (EVP_CIPHER_CTX_ctrl(m_ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagBytes,
                            const_cast<unsigned char*>(tag))
        != 1)
        return false;
    const int ok = EVP_DecryptFinal_ex(m_ctx.get(), out + (len > 0 ? n : 0), &n);
    ERR_clear_error();
    return ok == 1;
}

HmacSha256Key::HmacSha256Key(QByteArrayView key)
{
    static const std::unique_ptr<EVP_MAC, MacFree> hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!hmac)
        return;
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(hmac.get());
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (!ctx
        || EVP_MAC_init(ctx, reinterpret_cast<const unsigned char*>(key.data()),
                        static_cast<size_t>(key.size()), params)
               != 1) {
        EVP_MAC_CTX_free(ctx);
        return;
    }
    m_keyed = ctx;
}

HmacSha256Key::~HmacSha256Key()
{
    EVP_MAC_CTX_free(m_keyed);
}

HmacSha256Key::HmacSha256Key(HmacSha256Key&& other) noexcept
    : m_keyed(std::exchange(other.m_keyed, nullptr))
{
}

HmacSha256Key& HmacSha256Key::operator=(HmacSha256Key&& other) noexcept
{
    if (this != &other) {
        EVP_MAC_CTX_free(m_keyed);
        m_keyed = std::exchange(other.m_keyed, nullptr);
    }
    return *this;
}

QByteArray HmacSha256Key::mac(std::initializer_list<QByteArrayView> parts) const
{
    if (!m_keyed)
        return {};
    std::unique_ptr<EVP_MAC_CTX, MacCtxFree> ctx(EVP_MAC_CTX_dup(m_keyed));
    if (!ctx)
        return {};
    for (QByteArrayView p : parts) {
        if (!p.isEmpty()
            && EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(p.data()),
                              static_cast<size_t>(p.size()))
                   != 1)
            return {};
    }
    QByteArray out(32, '\0');
    size_t len = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, 32) != 1
        || len != 32)
        return {};
    return out;
}

Result<SecretBytes> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info,
                               qsizetype size)
{
    static const std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return makeError(ErrorCode::StorageFailure, Tr::tr("HKDF 不可用：%1").arg(opensslError()));
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char*>(ikm.data()),
                                          static_cast<size_t>(ikm.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                          static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                          static_cast<size_t>(info.size())),
        OSSL_PARAM_construct_end()};
    SecretBytes out(size);
    if (EVP_KDF_derive(ctx.get(), out.data(), static_cast<size_t>(size), params) != 1)
        return makeError(ErrorCode::StorageFailure, Tr::tr("密钥派生失败：%1").arg(opensslError()));
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char*>(out.data()), &len, EVP_sha256(), nullptr)
        != 1)
        return {};
    return out;
}

Result<QByteArray> randomBytes(qsizetype size)
{
    QByteArray out(size, '\0');
    if (size > 0
        && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(size)) != 1)
        return makeError(ErrorCode::StorageFailure, Tr::tr("系统随机数发生器不可用"));
    return out;
}

void appendU16(QByteArray& out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}

void appendU32(QByteArray& out, quint32 v)
{
    for (int s = 24; s >= 0; s -= 8)
        out.append(char((v >> s) & 0xff));
}

void appendU64(QByteArray& out, quint64 v)
{
    for (int s = 56; s >= 0; s -= 8)
        out.append(char((v >> s) & 0xff));
}

quint16 readU16(const unsigned char* p)
{
    return quint16((quint16(p[0]) << 8) | p[1]);
}

quint32 readU32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

quint64 readU64(const unsigned char* p)
{
    return (quint64(readU32(p)) << 32) | readU32(p + 4);
}

} // namespace pos::storage::crypto
