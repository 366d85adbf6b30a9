#include "storage/crypto/encryptedholder.h"

#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/opensslrecordsealer.h"

namespace pos::storage::crypto {

Reencryptor::Reencryptor(std::shared_ptr<const KeyRing> ring,
                         std::function<void(const char*)> crashHook)
    : m_ring(std::move(ring))
    , m_crashHook(std::move(crashHook))
{
}

Result<QByteArray> Reencryptor::reencryptField(QByteArrayView blob, const FieldContext& context,
                                               QByteArray* plainOut) const
{
    const OpenSslFieldCipher reader(m_ring);
    Result<QByteArray> plain = reader.decrypt(blob, context);
    if (!plain)
        return plain.error();
    Result<QByteArray> fresh = OpenSslFieldCipher::encryptWith(m_ring->current(), *plain, context);
    if (plainOut)
        *plainOut = *plain;
    cleanse(plain.value());
    return fresh;
}

QByteArray Reencryptor::lookupHash(PersonalKind kind, const QString& value) const
{
    return OpenSslFieldCipher::lookupHashWith(m_ring->current(), kind, value);
}

Status Reencryptor::resealFile(const QString& path) const
{
    return OpenSslFileSealer::reseal(*m_ring, m_ring->current(), path,
                                     [this] { crashPoint("file-chunk-written"); });
}

Result<QByteArray> Reencryptor::remac(QByteArrayView data, QByteArrayView token,
                                      const QString& purpose) const
{
    const OpenSslRecordSealer sealer(m_ring);
    if (Status s = sealer.verifyMac(data, token, purpose); !s)
        return s.error();
    return OpenSslRecordSealer::macWith(m_ring->current(), data, purpose);
}

QByteArray Reencryptor::fieldKeyId(QByteArrayView blob)
{
    if (blob.size() < kFieldBlobHeaderBytes
        || static_cast<unsigned char>(blob[0]) != kFieldBlobFormat)
        return {};
    return blob.sliced(kFieldBlobKeyIdOffset, kKeyIdBytes).toByteArray();
}

} // namespace pos::storage::crypto
