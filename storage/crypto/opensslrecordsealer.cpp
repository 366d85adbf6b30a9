#include "storage/crypto/opensslrecordsealer.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordSealer)
};

const QByteArray kMacTag = QByteArrayLiteral("M1");
const QByteArray kSigTag = QByteArrayLiteral("S1");
constexpr int kMacBytes = 32;

QByteArray framed(QByteArrayView data, const QString& purpose)
{
    const QByteArray p = purpose.toUtf8();
    QByteArray out = QByteArrayLiteral("PPOS-R1");
    appendU16(out, quint16(p.size()));
    out.append(p).append(data);
    return out;
}

Error mismatch(const QString& why)
{
    return makeError(ErrorCode::StorageFailure, Tr::tr("签名/校验码不符：%1").arg(why));
}

} // namespace

OpenSslRecordSealer::OpenSslRecordSealer(std::shared_ptr<const KeyRing> ring)
    : m_ring(std::move(ring))
{
}

QByteArray OpenSslRecordSealer::keyIdOf(QByteArrayView token)
{
    if (token.size() < 2 + kKeyIdBytes || !(token.startsWith(kMacTag) || token.startsWith(kSigTag)))
        return {};
    return token.sliced(2, kKeyIdBytes).toByteArray();
}

Result<QByteArray> OpenSslRecordSealer::macWith(const DerivedKeys& keys, QByteArrayView data,
                                                const QString& purpose)
{
    const QByteArray m = keys.recordMac.mac({framed(data, purpose)});
    if (m.size() != kMacBytes)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法计算校验码：%1").arg(opensslError()));
    return QByteArray(kMacTag + keys.id + m);
}

Result<QByteArray> OpenSslRecordSealer::mac(QByteArrayView data, const QString& purpose) const
{
    return macWith(m_ring->current(), data, purpose);
}

Status OpenSslRecordSealer::verifyMac(QByteArrayView data, QByteArrayView token,
                                      const QString& purpose) const
{
    if (token.size() != 2 + kKeyIdBytes + kMacBytes || !token.startsWith(kMacTag))
        return mismatch(Tr::tr("不是校验码"));
    const DerivedKeys* keys = m_ring->find(token.sliced(2, kKeyIdBytes));
    if (!keys)
        return mismatch(Tr::tr("校验码由密钥 %1 生成，本店已没有这个密钥")
                            .arg(keyIdHex(token.sliced(2, kKeyIdBytes))));
    const QByteArray expected = keys->recordMac.mac({framed(data, purpose)});
    if (expected.size() != kMacBytes
        || CRYPTO_memcmp(expected.constData(), token.data() + 2 + kKeyIdBytes, kMacBytes) != 0)
        return mismatch(Tr::tr("内容或用途与校验码不符"));
    return {};
}

Result<QByteArray> OpenSslRecordSealer::sign(QByteArrayView data, const QString& purpose) const
{
    const DerivedKeys& keys = m_ring->current();
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const QByteArray msg = framed(data, purpose);
    size_t len = 0;
    if (!ctx
        || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, keys.signingKey.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len,
                          reinterpret_cast<const unsigned char*>(msg.constData()),
                          static_cast<size_t>(msg.size()))
               != 1)
        return makeError(ErrorCode::StorageFailure, Tr::tr("签名失败：%1").arg(opensslError()));
    QByteArray sig(static_cast<qsizetype>(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(msg.constData()),
                       static_cast<size_t>(msg.size()))
        != 1)
        return makeError(ErrorCode::StorageFailure, Tr::tr("签名失败：%1").arg(opensslError()));
    sig.truncate(static_cast<qsizetype>(len));
    return QByteArray(kSigTag + keys.id + sig);
}

Status OpenSslRecordSealer::verifySignature(QByteArrayView data, QByteArrayView token,
                                            const QString& purpose) const
{
    if (token.size() <= 2 + kKeyIdBytes || !token.startsWith(kSigTag))
        return mismatch(Tr::tr("不是签名"));
    const QByteArrayView id = token.sliced(2, kKeyIdBytes);
    // A live generation's key is at hand already parsed (archive verify checks a signature per
    // record: decoding the public key each time would cost more than the check); a retired one's
    // public key is decoded from its DER.
    PkeyPtr retired;
    EVP_PKEY* pub = nullptr;
    if (const DerivedKeys* live = m_ring->find(id); live && live->signingKey) {
        pub = live->signingKey.get();
    } else {
        const QByteArray der = m_ring->signingPublicKey(id);
        if (der.isEmpty())
            return mismatch(Tr::tr("签名密钥 %1 不在本店的密钥中").arg(keyIdHex(id)));
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        retired.reset(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
        pub = retired.get();
    }
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const QByteArray msg = framed(data, purpose);
    const QByteArrayView sig = token.sliced(2 + kKeyIdBytes);
    const int ok =
        pub && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, pub) == 1
            ? EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(sig.data()),
                               static_cast<size_t>(sig.size()),
                               reinterpret_cast<const unsigned char*>(msg.constData()),
                               static_cast<size_t>(msg.size()))
            : -1;
    ERR_clear_error();
    if (ok != 1)
        return mismatch(Tr::tr("内容或用途与签名不符"));
    return {};
}

QByteArray OpenSslRecordSealer::publicKey() const
{
    return m_ring->current().signingPublicKey;
}

QString OpenSslRecordSealer::publicKeyFingerprint() const
{
    return QString::fromLatin1(sha256(publicKey()).toHex());
}

} // namespace pos::storage::crypto
