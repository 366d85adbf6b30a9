#include "sync/gmcrypto.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

namespace pos::sync::gm {

namespace {

/// Translation context "GmCrypto" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GmCrypto)
};

// RAII owners for the OpenSSL handles this file touches.
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct BnFree
{
    void operator()(BIGNUM* b) const { BN_free(b); }
};
struct GroupFree
{
    void operator()(EC_GROUP* g) const { EC_GROUP_free(g); }
};
struct PointFree
{
    void operator()(EC_POINT* p) const { EC_POINT_free(p); }
};
struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD* b) const { OSSL_PARAM_BLD_free(b); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
struct SigFree
{
    void operator()(ECDSA_SIG* s) const { ECDSA_SIG_free(s); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using Bio = std::unique_ptr<BIO, BioFree>;
using Bn = std::unique_ptr<BIGNUM, BnFree>;
using Group = std::unique_ptr<EC_GROUP, GroupFree>;
using Point = std::unique_ptr<EC_POINT, PointFree>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree>;
using Params = std::unique_ptr<OSSL_PARAM, ParamFree>;
using Sig = std::unique_ptr<ECDSA_SIG, SigFree>;

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

Error cryptoError(const QString& what)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("国密运算失败：%1").arg(what));
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, static_cast<qsizetype>(n)) : QByteArray();
}

/// Builds an SM2 EVP_PKEY from OSSL parameters (selection: keypair or public key).
EVP_PKEY* fromParams(OSSL_PARAM* params, int selection)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, selection, params) != 1)
        return nullptr;
    return key;
}

} // namespace

QByteArray sm3(const QByteArray& data)
{
    QByteArray out(32, '\0');
    unsigned int n = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char*>(out.data()), &n, EVP_sm3(), nullptr)
            != 1
        || n != 32)
        return {};
    return out;
}

Sm4Ecb::Sm4Ecb(const QByteArray& key)
    : m_key(key)
    , m_ctx(EVP_CIPHER_CTX_new())
{
}

Sm4Ecb::~Sm4Ecb()
{
    EVP_CIPHER_CTX_free(m_ctx);
}

Result<QByteArray> Sm4Ecb::encrypt(const QByteArray& plain, bool pkcs7)
{
    return run(plain, true, pkcs7);
}

Result<QByteArray> Sm4Ecb::decrypt(const QByteArray& cipher, bool pkcs7)
{
    return run(cipher, false, pkcs7);
}

Result<QByteArray> Sm4Ecb::run(const QByteArray& in, bool encrypt, bool pkcs7)
{
    if (!isValid())
        return makeError(ErrorCode::Configuration, Tr::tr("SM4 密钥必须是 16 字节"));
    // Re-initialised for every message: the padding flag and the partial block must not carry
    // over (COMPONENTS.md §3: set_padding survives a re-init, so it is set each time).
    if (EVP_CipherInit_ex2(m_ctx, EVP_sm4_ecb(), bytes(m_key), nullptr, encrypt ? 1 : 0, nullptr)
        != 1)
        return cryptoError(QStringLiteral("SM4 init"));
    EVP_CIPHER_CTX_set_padding(m_ctx, pkcs7 ? 1 : 0);
    QByteArray out(in.size() + 16, '\0');
    int n = 0;
    int tail = 0;
    if (EVP_CipherUpdate(m_ctx, reinterpret_cast<unsigned char*>(out.data()), &n, bytes(in),
                         static_cast<int>(in.size()))
            != 1
        || EVP_CipherFinal_ex(m_ctx, reinterpret_cast<unsigned char*>(out.data()) + n, &tail) != 1)
        return cryptoError(encrypt ? Tr::tr("SM4 加密") : Tr::tr("SM4 解密（密钥或填充不符）"));
    out.resize(n + tail);
    return out;
}

Sm2Key::Sm2Key(evp_pkey_st* key, bool hasPrivate)
    : m_key(key, [](EVP_PKEY* k) { EVP_PKEY_free(k); })
    , m_private(hasPrivate)
{
}

Result<Sm2Key> Sm2Key::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
    if (!key)
        return cryptoError(QStringLiteral("SM2 keygen"));
    return Sm2Key(key, true);
}

Result<Sm2Key> Sm2Key::fromPem(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return cryptoError(QStringLiteral("BIO"));
    const bool isPublic = pem.contains("BEGIN PUBLIC KEY");
    EVP_PKEY* key = isPublic ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)
                             : PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return makeError(ErrorCode::Configuration, Tr::tr("无法读取 SM2 密钥（PEM 格式不对）"));
    Sm2Key k(key, !isPublic);
    if (EVP_PKEY_is_a(key, "SM2") != 1)
        return makeError(ErrorCode::Configuration, Tr::tr("密钥不是 SM2 密钥"));
    return k;
}

Result<Sm2Key> Sm2Key::fromRawPrivate(const QByteArray& d)
{
    if (d.size() != 32)
        return makeError(ErrorCode::InvalidInput, Tr::tr("SM2 私钥必须是 32 字节"));
    Group group(EC_GROUP_new_by_curve_name(NID_sm2));
    Bn priv(BN_bin2bn(bytes(d), 32, nullptr));
    if (!group || !priv)
        return cryptoError(QStringLiteral("SM2 group"));
    Point pub(EC_POINT_new(group.get()));
    unsigned char point[65];
    if (!pub || EC_POINT_mul(group.get(), pub.get(), priv.get(), nullptr, nullptr, nullptr) != 1
        || EC_POINT_point2oct(group.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED, point,
                              sizeof point, nullptr)
               != sizeof point)
        return cryptoError(QStringLiteral("SM2 public point"));
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld
        || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "SM2", 0) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv.get()) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point)
               != 1)
        return cryptoError(QStringLiteral("SM2 params"));
    Params params(OSSL_PARAM_BLD_to_param(bld.get()));
    EVP_PKEY* key = params ? fromParams(params.get(), EVP_PKEY_KEYPAIR) : nullptr;
    if (!key)
        return cryptoError(QStringLiteral("SM2 fromdata"));
    return Sm2Key(key, true);
}

Result<Sm2Key> Sm2Key::fromRawPublic(const QByteArray& rawPoint)
{
    QByteArray point = rawPoint;
    if (point.size() == 64)
        point.prepend('\x04');
    if (point.size() != 65 || point.at(0) != '\x04')
        return makeError(ErrorCode::InvalidInput, Tr::tr("SM2 公钥必须是 64 字节 x‖y"));
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld
        || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "SM2", 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            static_cast<size_t>(point.size()))
               != 1)
        return cryptoError(QStringLiteral("SM2 params"));
    Params params(OSSL_PARAM_BLD_to_param(bld.get()));
    EVP_PKEY* key = params ? fromParams(params.get(), EVP_PKEY_PUBLIC_KEY) : nullptr;
    if (!key)
        return makeError(ErrorCode::InvalidInput, Tr::tr("SM2 公钥不在曲线上"));
    return Sm2Key(key, false);
}

QByteArray Sm2Key::privatePem() const
{
    if (!m_key || !m_private)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)
               != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray Sm2Key::publicPem() const
{
    if (!m_key)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray Sm2Key::rawPublic() const
{
    if (!m_key)
        return {};
    unsigned char point[65];
    size_t n = 0;
    if (EVP_PKEY_get_octet_string_param(m_key.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point,
                                        &n)
            != 1
        || n != sizeof point)
        return {};
    return QByteArray(reinterpret_cast<const char*>(point) + 1, 64);
}

Result<QByteArray> sm2SignDer(const Sm2Key& key, const QByteArray& message,
                              const QByteArray& userId)
{
    if (key.isNull() || !key.hasPrivate())
        return makeError(ErrorCode::Configuration, Tr::tr("签名需要 SM2 私钥"));
    MdCtx md(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr; // owned by md
    // COMPONENTS.md §3 "style C": the ID goes on the context after init, before any data.
    if (!md
        || EVP_DigestSignInit_ex(md.get(), &pctx, "SM3", nullptr, nullptr, key.handle(), nullptr)
               != 1
        || EVP_PKEY_CTX_set1_id(pctx, userId.constData(), static_cast<size_t>(userId.size())) != 1)
        return cryptoError(QStringLiteral("SM2 sign init"));
    QByteArray sig(EVP_PKEY_get_size(key.handle()), '\0');
    size_t n = static_cast<size_t>(sig.size());
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(sig.data()), &n, bytes(message),
                       static_cast<size_t>(message.size()))
        != 1)
        return cryptoError(QStringLiteral("SM2 sign"));
    sig.resize(static_cast<qsizetype>(n));
    return sig;
}

bool sm2VerifyDer(const Sm2Key& key, const QByteArray& message, const QByteArray& derSignature,
                  const QByteArray& userId)
{
    if (key.isNull())
        return false;
    MdCtx md(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!md
        || EVP_DigestVerifyInit_ex(md.get(), &pctx, "SM3", nullptr, nullptr, key.handle(), nullptr)
               != 1
        || EVP_PKEY_CTX_set1_id(pctx, userId.constData(), static_cast<size_t>(userId.size())) != 1)
        return false;
    return EVP_DigestVerify(md.get(), bytes(derSignature), static_cast<size_t>(derSignature.size()),
                            bytes(message), static_cast<size_t>(message.size()))
           == 1;
}

Result<QByteArray> sm2SignRaw(const Sm2Key& key, const QByteArray& message,
                              const QByteArray& userId)
{
    Result<QByteArray> der = sm2SignDer(key, message, userId);
    if (!der)
        return der.error();
    return derToRaw(*der);
}

bool sm2VerifyRaw(const Sm2Key& key, const QByteArray& message, const QByteArray& rawSignature,
                  const QByteArray& userId)
{
    Result<QByteArray> der = rawToDer(rawSignature);
    return der && sm2VerifyDer(key, message, *der, userId);
}

Result<QByteArray> derToRaw(const QByteArray& der)
{
    const unsigned char* p = bytes(der);
    Sig sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
    if (!sig || p != bytes(der) + der.size())
        return makeError(ErrorCode::InvalidInput, Tr::tr("签名不是 DER 编码的 SM2 签名"));
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(64, '\0');
    if (BN_bn2binpad(r, reinterpret_cast<unsigned char*>(raw.data()), 32) != 32
        || BN_bn2binpad(s, reinterpret_cast<unsigned char*>(raw.data()) + 32, 32) != 32)
        return makeError(ErrorCode::InvalidInput, Tr::tr("签名的 r 或 s 超过 32 字节"));
    return raw;
}

Result<QByteArray> rawToDer(const QByteArray& raw)
{
    if (raw.size() != 64)
        return makeError(ErrorCode::InvalidInput, Tr::tr("SM2 签名必须是 64 字节 r‖s"));
    Bn r(BN_bin2bn(bytes(raw), 32, nullptr));
    Bn s(BN_bin2bn(bytes(raw) + 32, 32, nullptr));
    Sig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return cryptoError(QStringLiteral("ECDSA_SIG"));
    (void)r.release(); // owned by sig now
    (void)s.release();
    const int n = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (n <= 0)
        return cryptoError(QStringLiteral("i2d_ECDSA_SIG"));
    QByteArray der(n, '\0');
    unsigned char* out = reinterpret_cast<unsigned char*>(der.data());
    (void)i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        return {};
    return out;
}

} // namespace pos::sync::gm
