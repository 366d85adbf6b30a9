#include "storage/crypto/keyring.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyRing)
};

struct BnClearFree
{
    void operator()(BIGNUM* p) const { BN_clear_free(p); }
};
struct BnCtxFree
{
    void operator()(BN_CTX* p) const { BN_CTX_free(p); }
};
struct GroupFree
{
    void operator()(EC_GROUP* p) const { EC_GROUP_free(p); }
};
struct PointFree
{
    void operator()(EC_POINT* p) const { EC_POINT_clear_free(p); }
};
struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};

const QByteArray kMagic = QByteArrayLiteral("PPOSKEYS");
constexpr quint16 kVersion = 1;
const QByteArray kHkdfSalt = QByteArrayLiteral("PharmaPOS store key v1");

Error damaged(const QString& why)
{
    return makeError(ErrorCode::Configuration, Tr::tr("密钥文件已损坏：%1").arg(why));
}

/// Reads fields off a byte buffer, refusing to run past its end.
class Reader
{
public:
    explicit Reader(QByteArrayView b)
        : m_b(b)
    {
    }
    bool has(qsizetype n) const { return m_pos + n <= m_b.size(); }
    const unsigned char* take(qsizetype n)
    {
        auto p = reinterpret_cast<const unsigned char*>(m_b.data()) + m_pos;
        m_pos += n;
        return p;
    }
    qsizetype pos() const { return m_pos; }

private:
    QByteArrayView m_b;
    qsizetype m_pos = 0;
};

QDateTime fromMs(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms));
}

} // namespace

QString keyIdHex(QByteArrayView id)
{
    return QString::fromLatin1(id.toByteArray().toHex());
}

QByteArray keyIdFromHex(const QString& hex)
{
    if (hex.size() != 2 * kKeyIdBytes)
        return {};
    for (QChar c : hex) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

const KeyGeneration* KeyMaterial::find(QByteArrayView id) const
{
    for (const KeyGeneration& g : generations) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

KeyMaterial KeyMaterial::copy() const
{
    KeyMaterial m;
    for (const KeyGeneration& g : generations)
        m.generations.push_back(g.copy());
    m.currentId = currentId;
    m.retired = retired;
    return m;
}

SecretBytes KeyMaterial::serialize() const
{
    QByteArray b;
    b.reserve(256);
    b.append(kMagic);
    appendU16(b, kVersion);
    appendU16(b, quint16(generations.size()));
    for (const KeyGeneration& g : generations) {
        b.append(g.id);
        appendU64(b, quint64(g.created.toMSecsSinceEpoch()));
        b.append(g.secret.view());
    }
    b.append(currentId);
    appendU16(b, quint16(retired.size()));
    for (const RetiredKey& r : retired) {
        b.append(r.id);
        appendU64(b, quint64(r.created.toMSecsSinceEpoch()));
        appendU64(b, quint64(r.retired.toMSecsSinceEpoch()));
        appendU16(b, quint16(r.signingPublicKey.size()));
        b.append(r.signingPublicKey);
    }
    b.append(sha256(b));
    return SecretBytes::takeFrom(b);
}

Result<KeyMaterial> KeyMaterial::parse(QByteArrayView bytes)
{
    if (bytes.size() < kMagic.size() + 2 + 32 || !bytes.startsWith(kMagic))
        return damaged(Tr::tr("不是 PharmaPOS 密钥文件"));
    const QByteArrayView body = bytes.first(bytes.size() - 32);
    if (sha256(body) != bytes.last(32))
        return damaged(Tr::tr("校验和不符（文件不完整或被改动）"));
    Reader r(body);
    r.take(kMagic.size());
    if (readU16(r.take(2)) != kVersion)
        return damaged(Tr::tr("格式版本未知"));
    KeyMaterial m;
    if (!r.has(2))
        return damaged(Tr::tr("缺少密钥"));
    const int count = readU16(r.take(2));
    for (int i = 0; i < count; ++i) {
        if (!r.has(kKeyIdBytes + 8 + kMasterSecretBytes))
            return damaged(Tr::tr("密钥不完整"));
        KeyGeneration g;
        g.id = QByteArray(reinterpret_cast<const char*>(r.take(kKeyIdBytes)), kKeyIdBytes);
        g.created = fromMs(readU64(r.take(8)));
        g.secret = SecretBytes(r.take(kMasterSecretBytes), kMasterSecretBytes);
        m.generations.push_back(std::move(g));
    }
    if (!r.has(kKeyIdBytes + 2))
        return damaged(Tr::tr("缺少当前密钥编号"));
    m.currentId = QByteArray(reinterpret_cast<const char*>(r.take(kKeyIdBytes)), kKeyIdBytes);
    const int retired = readU16(r.take(2));
    for (int i = 0; i < retired; ++i) {
        if (!r.has(kKeyIdBytes + 8 + 8 + 2))
            return damaged(Tr::tr("已退役密钥不完整"));
        RetiredKey k;
        k.id = QByteArray(reinterpret_cast<const char*>(r.take(kKeyIdBytes)), kKeyIdBytes);
        k.created = fromMs(readU64(r.take(8)));
        k.retired = fromMs(readU64(r.take(8)));
        const quint16 len = readU16(r.take(2));
        if (!r.has(len))
            return damaged(Tr::tr("已退役密钥不完整"));
        k.signingPublicKey = QByteArray(reinterpret_cast<const char*>(r.take(len)), len);
        m.retired.append(k);
    }
    if (r.pos() != body.size())
        return damaged(Tr::tr("末尾有多余数据"));
    if (!m.find(m.currentId))
        return damaged(Tr::tr("当前密钥不在文件中"));
    return m;
}

Result<KeyGeneration> KeyMaterial::generate(const QDateTime& now)
{
    Result<SecretBytes> secret = SecretBytes::random(kMasterSecretBytes);
    if (!secret)
        return secret.error();
    Result<QByteArray> id = randomBytes(kKeyIdBytes);
    if (!id)
        return id.error();
    return KeyGeneration{*id, now, std::move(secret.value())};
}

Result<PkeyPtr> ecdsaKeyFromSeed(QByteArrayView seed)
{
    const auto fail = [](const QString& what) {
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法生成签名密钥（%1）：%2").arg(what, opensslError()));
    };
    std::unique_ptr<EC_GROUP, GroupFree> group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    std::unique_ptr<BN_CTX, BnCtxFree> bnCtx(BN_CTX_secure_new());
    std::unique_ptr<BIGNUM, BnClearFree> scalar(BN_secure_new());
    if (!group || !bnCtx || !scalar)
        return fail(QStringLiteral("P-256"));
    std::unique_ptr<BIGNUM, BnClearFree> raw(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(seed.data()),
                  static_cast<int>(seed.size()), nullptr));
    if (!raw
        || BN_nnmod(scalar.get(), raw.get(), EC_GROUP_get0_order(group.get()), bnCtx.get()) != 1
        || BN_is_zero(scalar.get()))
        return fail(QStringLiteral("scalar"));
    std::unique_ptr<EC_POINT, PointFree> pub(EC_POINT_new(group.get()));
    if (!pub
        || EC_POINT_mul(group.get(), pub.get(), scalar.get(), nullptr, nullptr, bnCtx.get()) != 1)
        return fail(QStringLiteral("point"));
    unsigned char pubBytes[65];
    const size_t pubLen = EC_POINT_point2oct(group.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED,
                                             pubBytes, sizeof pubBytes, bnCtx.get());
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
    if (pubLen == 0 || !bld
        || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0)
               != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, scalar.get()) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, pubBytes, pubLen)
               != 1)
        return fail(QStringLiteral("params"));
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld.get()));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return fail(QStringLiteral("fromdata"));
    return PkeyPtr(key);
}

Result<std::shared_ptr<const KeyRing>> KeyRing::build(const KeyMaterial& material)
{
    std::shared_ptr<KeyRing> ring(new KeyRing);
    for (const KeyGeneration& g : material.generations) {
        auto d = std::make_unique<DerivedKeys>();
        d->id = g.id;
        d->created = g.created;
        const auto derive = [&g](const char* label) {
            return hkdfSha256(g.secret.view(), kHkdfSalt, QByteArrayView(label, qstrlen(label)),
                              kAesKeyBytes);
        };
        Result<SecretBytes> field = derive("field-encryption");
        Result<SecretBytes> file = derive("file-encryption");
        Result<SecretBytes> lookup = derive("lookup-hash");
        Result<SecretBytes> mac = derive("record-mac");
        Result<SecretBytes> seed = derive("record-signing-p256");
        for (const Result<SecretBytes>* r : {&field, &file, &lookup, &mac, &seed}) {
            if (!*r)
                return r->error();
        }
        d->fieldKey = std::move(field.value());
        d->fileKey = std::move(file.value());
        d->lookupKey = std::move(lookup.value());
        d->macKey = std::move(mac.value());
        d->lookupMac = HmacSha256Key(d->lookupKey.view());
        d->recordMac = HmacSha256Key(d->macKey.view());
        if (!d->lookupMac.isValid() || !d->recordMac.isValid())
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("HMAC 不可用：%1").arg(opensslError()));
        Result<PkeyPtr> signing = ecdsaKeyFromSeed(seed->view());
        if (!signing)
            return signing.error();
        d->signingKey = std::move(signing.value());
        unsigned char* der = nullptr;
        const int derLen = i2d_PUBKEY(d->signingKey.get(), &der);
        if (derLen <= 0)
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("无法导出签名公钥：%1").arg(opensslError()));
        d->signingPublicKey = QByteArray(reinterpret_cast<const char*>(der), derLen);
        OPENSSL_free(der);
        if (g.id == material.currentId)
            ring->m_current = d.get();
        ring->m_keys.push_back(std::move(d));
    }
    if (!ring->m_current)
        return makeError(ErrorCode::Configuration, Tr::tr("密钥集中没有当前密钥"));
    ring->m_retired = material.retired;
    return std::shared_ptr<const KeyRing>(std::move(ring));
}

const DerivedKeys* KeyRing::find(QByteArrayView id) const
{
    for (const auto& k : m_keys) {
        if (k->id == id)
            return k.get();
    }
    return nullptr;
}

QList<const DerivedKeys*> KeyRing::generations() const
{
    QList<const DerivedKeys*> out{m_current};
    for (const auto& k : m_keys) {
        if (k.get() != m_current)
            out.append(k.get());
    }
    return out;
}

QByteArray KeyRing::signingPublicKey(QByteArrayView id) const
{
    if (const DerivedKeys* k = find(id))
        return k->signingPublicKey;
    for (const RetiredKey& r : m_retired) {
        if (r.id == id)
            return r.signingPublicKey;
    }
    return {};
}

} // namespace pos::storage::crypto
