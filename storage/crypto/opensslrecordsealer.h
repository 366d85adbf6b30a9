#pragma once

#include "app/core/ports/recordsealer.h"
#include "storage/crypto/keyring.h"

#include <memory>

namespace pos::storage::crypto {

/// RecordSealer over the store key's generations (OpenSSL 3).
///
/// MAC token:        "M1" | key id (8) | HMAC-SHA256 (32)
/// Signature token:  "S1" | key id (8) | ECDSA P-256 / SHA-256 signature (DER)
/// Both cover "PPOS-R1" | u16 length of purpose | purpose | data.
/// Threading: immutable; safe from any thread.
class OpenSslRecordSealer final : public RecordSealer
{
public:
    explicit OpenSslRecordSealer(std::shared_ptr<const KeyRing> ring);

    [[nodiscard]] Result<QByteArray> mac(QByteArrayView data,
                                         const QString& purpose) const override;
    [[nodiscard]] Status verifyMac(QByteArrayView data, QByteArrayView token,
                                   const QString& purpose) const override;
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView data,
                                          const QString& purpose) const override;
    [[nodiscard]] Status verifySignature(QByteArrayView data, QByteArrayView token,
                                         const QString& purpose) const override;
    [[nodiscard]] QByteArray publicKey() const override;
    [[nodiscard]] QString publicKeyFingerprint() const override;

    /// The key id a token names (empty when it is not a token): rotation re-MACs tokens whose id
    /// is not current.
    [[nodiscard]] static QByteArray keyIdOf(QByteArrayView token);
    /// A MAC under a given generation (rotation re-MACs under the target key).
    [[nodiscard]] static Result<QByteArray> macWith(const DerivedKeys& keys, QByteArrayView data,
                                                    const QString& purpose);

private:
    std::shared_ptr<const KeyRing> m_ring;
};

} // namespace pos::storage::crypto
