#pragma once

#include "app/core/ports/fieldcipher.h"
#include "storage/crypto/keyring.h"

#include <memory>

namespace pos::storage::crypto {

/// FieldCipher with AES-256-GCM (OpenSSL 3): a random 96-bit nonce per field, the plain value
/// padded to a multiple of 16 bytes (ISO/IEC 7816-4: 0x80 then zeros) so a blob does not tell a
/// 2-character name from a 4-character one, and the table/column/row context with the blob's
/// header as additional authenticated data.
///
/// Blob format 1 (37 bytes + the padded value):
///     0x01 | key id (8) | nonce (12) | ciphertext | tag (16)
/// Threading: immutable; each thread uses its own cipher context (thread_local), so any number
/// of threads may encrypt at once.
class OpenSslFieldCipher final : public FieldCipher
{
public:
    explicit OpenSslFieldCipher(std::shared_ptr<const KeyRing> ring);

    [[nodiscard]] Result<QByteArray> encrypt(QByteArrayView plain,
                                             const FieldContext& context) const override;
    [[nodiscard]] Result<QByteArray> decrypt(QByteArrayView blob,
                                             const FieldContext& context) const override;
    [[nodiscard]] QByteArray lookupHash(PersonalKind kind, const QString& value) const override;
    [[nodiscard]] QList<QByteArray> lookupHashes(PersonalKind kind,
                                                 const QString& value) const override;
    [[nodiscard]] QByteArray currentKeyId() const override;
    [[nodiscard]] QByteArray keyIdOf(QByteArrayView blob) const override;

    /// The lookup hash under one generation's key (rotation recomputes hashes with it).
    [[nodiscard]] static QByteArray lookupHashWith(const DerivedKeys& keys, PersonalKind kind,
                                                   const QString& value);
    /// Encrypts under a given generation (rotation writes under the target key).
    [[nodiscard]] static Result<QByteArray>
    encryptWith(const DerivedKeys& keys, QByteArrayView plain, const FieldContext& context);

    [[nodiscard]] const std::shared_ptr<const KeyRing>& ring() const { return m_ring; }

private:
    std::shared_ptr<const KeyRing> m_ring;
};

/// The byte offset of the key id in a field blob, and the format byte: what SQL uses to find the
/// rows a rotation has not rewritten yet (`substr(col, 2, 8) <> :current`).
constexpr int kFieldBlobFormat = 1;
constexpr int kFieldBlobKeyIdOffset = 1;
constexpr int kFieldBlobHeaderBytes = 1 + kKeyIdBytes + kGcmNonceBytes;

} // namespace pos::storage::crypto
