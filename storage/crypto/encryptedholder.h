#pragma once

#include "app/core/ports/fieldcipher.h"
#include "app/core/result.h"
#include "storage/crypto/keyring.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace pos::storage::crypto {

/// What rotation hands a holder: reading with any live generation, writing under the target (the
/// current one), and a test's crash points. Threading: immutable; a holder may call it from
/// several threads at once (files are re-encrypted in parallel), so the crash hook must be too.
class Reencryptor
{
public:
    Reencryptor(std::shared_ptr<const KeyRing> ring, std::function<void(const char*)> crashHook);

    [[nodiscard]] const KeyRing& ring() const { return *m_ring; }
    [[nodiscard]] const DerivedKeys& target() const { return m_ring->current(); }
    [[nodiscard]] QByteArray targetKeyId() const { return m_ring->current().id; }

    /// `blob` decrypted with the key it names and encrypted again under the target for the same
    /// context. With `plainOut`, the plain bytes are also handed back (to recompute lookup hashes;
    /// the caller wipes them).
    [[nodiscard]] Result<QByteArray> reencryptField(QByteArrayView blob,
                                                    const FieldContext& context,
                                                    QByteArray* plainOut = nullptr) const;
    /// A lookup hash under the target key.
    [[nodiscard]] QByteArray lookupHash(PersonalKind kind, const QString& value) const;
    /// A sealed file re-encrypted in place under the target.
    [[nodiscard]] Status resealFile(const QString& path) const;
    /// A record MAC checked with the key it names and made again under the target: what must stay
    /// verifiable after the old key is gone (issue 12's checkpoints).
    [[nodiscard]] Result<QByteArray> remac(QByteArrayView data, QByteArrayView token,
                                           const QString& purpose) const;
    /// The key id a field blob names.
    [[nodiscard]] static QByteArray fieldKeyId(QByteArrayView blob);

    void crashPoint(const char* label) const
    {
        if (m_crashHook)
            m_crashHook(label);
    }

private:
    std::shared_ptr<const KeyRing> m_ring;
    std::function<void(const char*)> m_crashHook;
};

/// How a holder's encrypted items stand.
struct HolderCensus
{
    QMap<QByteArray, qint64> byKeyId; ///< key id → items encrypted under it
    qint64 plain = 0;                 ///< items still holding personal data in plain text
};

struct RotationBatch
{
    QString nextCursor;
    qint64 rewritten = 0; ///< encrypted items (a field, a file) rewritten under the target
    bool finished = false;
};

/// Something that holds data encrypted under the store key: a table's encrypted columns (with the
/// lookup-hash columns derived from them), a folder of sealed files, a table of record MACs. Key
/// rotation is generic over this interface; the composition root registers one per repository
/// column set and file kind (SqlColumnHolder and SealedFileFolder cover the usual cases).
/// Threading: the thread owning the holder's database connection.
class EncryptedHolder
{
public:
    virtual ~EncryptedHolder() = default;
    /// Stable and unique: the rotation's progress is recorded under it ("sale.buyer_id").
    [[nodiscard]] virtual QString name() const = 0;
    /// Items per key id, and items in plain text.
    [[nodiscard]] virtual Result<HolderCensus> census() = 0;
    /// Rewrites under the target key up to `maxItems` items after `cursor` (empty: from the start)
    /// that are under another key, durably (committed, fsynced) before returning. Must be
    /// idempotent: an item already under the target is left alone, so a batch repeated after a
    /// crash does no harm.
    [[nodiscard]] virtual Result<RotationBatch>
    rotateBatch(const QString& cursor, const Reencryptor& reencryptor, int maxItems) = 0;
    /// True when an item is a whole file (rotation then takes fewer per batch).
    [[nodiscard]] virtual bool holdsFiles() const { return false; }
};

} // namespace pos::storage::crypto
