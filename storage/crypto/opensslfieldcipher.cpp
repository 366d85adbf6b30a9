#include "storage/crypto/opensslfieldcipher.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FieldCipher)
};

constexpr int kPadBlock = 16;

/// One context per direction and thread: a rotation decrypts with the old key and encrypts with
/// the new one field after field, and a shared context would schedule a key twice per field.
GcmContext& threadGcm(bool encrypt)
{
    thread_local GcmContext encryptor;
    thread_local GcmContext decryptor;
    return encrypt ? encryptor : decryptor;
}

void appendSized(QByteArray& out, const QString& s, bool wide)
{
    const QByteArray u = s.toUtf8();
    if (wide)
        appendU32(out, quint32(u.size()));
    else
        appendU16(out, quint16(qMin<qsizetype>(u.size(), 0xffff)));
    out.append(u);
}

QByteArray associatedData(QByteArrayView header, const FieldContext& c)
{
    QByteArray aad = QByteArrayLiteral("PPOS-F1");
    aad.append(header);
    appendSized(aad, c.table, false);
    appendSized(aad, c.column, false);
    appendSized(aad, c.row, true);
    return aad;
}

Error notAuthentic(const FieldContext& c)
{
    return makeError(ErrorCode::StorageFailure,
                     Tr::tr("%1.%2 的加密数据无法验证：密钥不对、数据被改动或不属于这一行")
                         .arg(c.table, c.column));
}

} // namespace

OpenSslFieldCipher::OpenSslFieldCipher(std::shared_ptr<const KeyRing> ring)
    : m_ring(std::move(ring))
{
}

Result<QByteArray> OpenSslFieldCipher::encryptWith(const DerivedKeys& keys, QByteArrayView plain,
                                                   const FieldContext& context)
{
    const qsizetype padded = (plain.size() / kPadBlock + 1) * kPadBlock;
    QByteArray blob(kFieldBlobHeaderBytes + padded + kGcmTagBytes, '\0');
    auto* b = reinterpret_cast<unsigned char*>(blob.data());
    b[0] = kFieldBlobFormat;
    std::memcpy(b + kFieldBlobKeyIdOffset, keys.id.constData(), kKeyIdBytes);
    unsigned char* nonce = b + 1 + kKeyIdBytes;
    if (RAND_bytes(nonce, kGcmNonceBytes) != 1)
        return makeError(ErrorCode::StorageFailure, Tr::tr("系统随机数发生器不可用"));
    // The padded plain value is built in a wiped buffer, never in a QByteArray left to the heap.
    SecretBytes buf(padded);
    if (!plain.isEmpty())
        std::memcpy(buf.data(), plain.data(), static_cast<size_t>(plain.size()));
    buf.data()[plain.size()] = 0x80;
    const QByteArray aad =
        associatedData(QByteArrayView(blob).first(kFieldBlobHeaderBytes), context);
    if (!threadGcm(true).encrypt(keys.fieldKey.data(), nonce, aad, buf.data(), padded,
                                 b + kFieldBlobHeaderBytes, b + kFieldBlobHeaderBytes + padded))
        return makeError(ErrorCode::StorageFailure, Tr::tr("加密失败：%1").arg(opensslError()));
    return blob;
}

Result<QByteArray> OpenSslFieldCipher::encrypt(QByteArrayView plain,
                                               const FieldContext& context) const
{
    return encryptWith(m_ring->current(), plain, context);
}

Result<QByteArray> OpenSslFieldCipher::decrypt(QByteArrayView blob,
                                               const FieldContext& context) const
{
    if (blob.size() < kFieldBlobHeaderBytes + kPadBlock + kGcmTagBytes
        || (blob.size() - kFieldBlobHeaderBytes - kGcmTagBytes) % kPadBlock != 0
        || static_cast<unsigned char>(blob[0]) != kFieldBlobFormat)
        return makeError(
            ErrorCode::StorageFailure,
            Tr::tr("%1.%2 的内容不是可识别的加密数据").arg(context.table, context.column));
    const QByteArrayView id = blob.sliced(kFieldBlobKeyIdOffset, kKeyIdBytes);
    const DerivedKeys* keys = m_ring->find(id);
    if (!keys)
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("%1.%2 的数据由密钥 %3 加密，本店没有这个密钥（需要 keys restore 恢复它）")
                .arg(context.table, context.column, keyIdHex(id)));
    const auto* b = reinterpret_cast<const unsigned char*>(blob.data());
    const qsizetype len = blob.size() - kFieldBlobHeaderBytes - kGcmTagBytes;
    SecretBytes buf(len);
    const QByteArray aad = associatedData(blob.first(kFieldBlobHeaderBytes), context);
    if (!threadGcm(false).decrypt(keys->fieldKey.data(), b + 1 + kKeyIdBytes, aad,
                                  b + kFieldBlobHeaderBytes, len, buf.data(),
                                  b + kFieldBlobHeaderBytes + len))
        return notAuthentic(context);
    qsizetype end = len - 1;
    while (end >= 0 && buf.data()[end] == 0)
        --end;
    if (end < 0 || buf.data()[end] != 0x80)
        return notAuthentic(context);
    return QByteArray(reinterpret_cast<const char*>(buf.data()), end);
}

QByteArray OpenSslFieldCipher::lookupHashWith(const DerivedKeys& keys, PersonalKind kind,
                                              const QString& value)
{
    const QString normalized = normalizeForLookup(kind, value);
    if (normalized.isEmpty())
        return {};
    QByteArray value8 = normalized.toUtf8();
    const QByteArray domain = personalKindKey(kind).toLatin1();
    QByteArray h = keys.lookupMac.mac({"PPOS-L1|", domain, "|", value8});
    cleanse(value8);
    return h;
}

QByteArray OpenSslFieldCipher::lookupHash(PersonalKind kind, const QString& value) const
{
    return lookupHashWith(m_ring->current(), kind, value);
}

QList<QByteArray> OpenSslFieldCipher::lookupHashes(PersonalKind kind, const QString& value) const
{
    QList<QByteArray> out;
    for (const DerivedKeys* k : m_ring->generations()) {
        QByteArray h = lookupHashWith(*k, kind, value);
        if (!h.isEmpty())
            out.append(h);
    }
    return out;
}

QByteArray OpenSslFieldCipher::currentKeyId() const
{
    return m_ring->current().id;
}

QByteArray OpenSslFieldCipher::keyIdOf(QByteArrayView blob) const
{
    if (blob.size() < kFieldBlobHeaderBytes + kGcmTagBytes
        || static_cast<unsigned char>(blob[0]) != kFieldBlobFormat)
        return {};
    return blob.sliced(kFieldBlobKeyIdOffset, kKeyIdBytes).toByteArray();
}

} // namespace pos::storage::crypto
