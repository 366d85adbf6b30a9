#pragma once

#include "app/core/result.h"
#include "app/core/staff/privacy.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace pos {

/// Where an encrypted field lives. It is bound into the blob (authenticated, not encrypted), so a
/// blob copied into another column or another row does not decrypt: an attacker who can write the
/// database cannot move one customer's ID number onto another sale.
///
/// `row` must be known before the row is written and never change: a natural key such as the
/// sale number ("XS-T01-20261123-0003") or "rx_no|content_hash", never an autoincrement id. Leave
/// it empty where no such key exists; the blob is then bound to its table and column only.
struct FieldContext
{
    QString table;
    QString column;
    QString row;
};

/// The port through which personal fields (ID numbers, names, phone numbers, insurance person
/// numbers, card numbers, e-voucher tokens — DATA-PRIVACY) are stored encrypted, and found again
/// by keyed hash without ever storing the plain value.
///
/// Blobs are opaque bytes for a BLOB column; they carry the id of the key that made them, so key
/// rotation can tell old from new. Encrypting the same value twice gives different blobs (a fresh
/// random nonce each time): compare and look up by lookupHash(), never by blob.
///
/// Threading: implementations are immutable after construction and safe to call from any thread.
/// Errors: every failure is a value (StorageFailure for a blob that does not authenticate — wrong
/// key, changed byte, other context — Configuration for a key this store does not hold); nothing
/// throws, nothing is logged with the value.
class FieldCipher
{
public:
    virtual ~FieldCipher() = default;

    /// Encrypts `plain` (any bytes) for `context` under the current key.
    [[nodiscard]] virtual Result<QByteArray> encrypt(QByteArrayView plain,
                                                     const FieldContext& context) const = 0;
    /// The plain bytes, if `blob` was made for `context` under a key this store holds and is
    /// unchanged.
    [[nodiscard]] virtual Result<QByteArray> decrypt(QByteArrayView blob,
                                                     const FieldContext& context) const = 0;

    /// HMAC-SHA256 over normalizeForLookup(kind, value) under the current key's lookup key, in the
    /// kind's own domain: what the store keeps beside the blob to find by (the ephedrine register
    /// by ID number, prescriptions by patient). Empty when the normalised value is empty (nothing
    /// to find by).
    [[nodiscard]] virtual QByteArray lookupHash(PersonalKind kind, const QString& value) const = 0;
    /// The hashes of `value` under every key this store can read with — one normally, two while a
    /// key rotation is under way (rows not rewritten yet still carry the old hash). Search with
    /// `WHERE hash IN (…)`.
    [[nodiscard]] virtual QList<QByteArray> lookupHashes(PersonalKind kind,
                                                         const QString& value) const = 0;

    /// The id of the key new blobs are made with (8 bytes; shown as 16 hex digits).
    [[nodiscard]] virtual QByteArray currentKeyId() const = 0;
    /// The key id `blob` names, or empty when `blob` is not a field blob of a known format.
    [[nodiscard]] virtual QByteArray keyIdOf(QByteArrayView blob) const = 0;

    /// Text convenience: UTF-8 in, UTF-8 out.
    [[nodiscard]] Result<QByteArray> encryptText(const QString& plain,
                                                 const FieldContext& context) const
    {
        return encrypt(plain.toUtf8(), context);
    }
    [[nodiscard]] Result<QString> decryptText(QByteArrayView blob,
                                              const FieldContext& context) const
    {
        Result<QByteArray> plain = decrypt(blob, context);
        if (!plain)
            return plain.error();
        return QString::fromUtf8(*plain);
    }
};

} // namespace pos
