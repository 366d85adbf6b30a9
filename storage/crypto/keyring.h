#pragma once

#include "app/core/result.h"
#include "storage/crypto/opensslutil.h"
#include "storage/crypto/secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace pos::storage::crypto {

constexpr int kKeyIdBytes = 8;
constexpr int kMasterSecretBytes = 32;

/// "9f1c2a7b3d4e5f60": how key ids are shown and configured.
[[nodiscard]] QString keyIdHex(QByteArrayView id);
/// The inverse of keyIdHex(); empty when `hex` is not 16 hex digits.
[[nodiscard]] QByteArray keyIdFromHex(const QString& hex);

/// One generation of the store key: a random 32-byte secret and its id. Everything else (the field
/// key, the file key, the lookup-hash key, the record MAC key, the ECDSA signing key) is derived
/// from the secret, so a backup or a fleet's environment variable carries 32 bytes per generation.
struct KeyGeneration
{
    QByteArray id; ///< kKeyIdBytes
    QDateTime created;
    SecretBytes secret; ///< kMasterSecretBytes

    [[nodiscard]] KeyGeneration copy() const { return {id, created, secret.copy()}; }
};

/// A generation whose secret was destroyed after a completed rotation. Its public signing key is
/// kept so signatures made with it (anchors, archive heads) stay verifiable.
struct RetiredKey
{
    QByteArray id;
    QDateTime created;
    QDateTime retired;
    QByteArray signingPublicKey; ///< DER SubjectPublicKeyInfo
};

/// Everything a key file (or a backup) holds: the live generations, which one is current, and the
/// retired ones. More than one live generation means a rotation is under way (or keys were restored
/// to read an old backup): new data uses `currentId`, old data stays readable with the others.
struct KeyMaterial
{
    std::vector<KeyGeneration> generations;
    QByteArray currentId;
    QList<RetiredKey> retired;

    [[nodiscard]] const KeyGeneration* find(QByteArrayView id) const;
    [[nodiscard]] KeyMaterial copy() const;
    /// The binary form of a key file: magic, version, generations, current id, retired keys and a
    /// SHA-256 over all of it (a torn or damaged file is refused, never half-read).
    [[nodiscard]] SecretBytes serialize() const;
    [[nodiscard]] static Result<KeyMaterial> parse(QByteArrayView bytes);
    /// A new generation with a random secret and id, created at `now`.
    [[nodiscard]] static Result<KeyGeneration> generate(const QDateTime& now);
};

/// The keys of one generation, derived (HKDF-SHA256, one label per purpose) and ready to use.
struct DerivedKeys
{
    QByteArray id;
    QDateTime created;
    SecretBytes fieldKey;        ///< AES-256-GCM key for fields
    SecretBytes fileKey;         ///< base of per-file AES-256-GCM keys (HKDF with the file's salt)
    SecretBytes lookupKey;       ///< HMAC-SHA256 key for lookup hashes
    SecretBytes macKey;          ///< HMAC-SHA256 key for record MACs
    HmacSha256Key lookupMac;     ///< lookupKey, keyed once
    HmacSha256Key recordMac;     ///< macKey, keyed once
    PkeyPtr signingKey;          ///< ECDSA P-256
    QByteArray signingPublicKey; ///< DER SubjectPublicKeyInfo
};

/// The keys a process works with, immutable once built: safe to share between threads (every
/// port implementation holds a shared_ptr to one). Rotation builds a new ring rather than changing
/// one in use.
class KeyRing
{
public:
    [[nodiscard]] static Result<std::shared_ptr<const KeyRing>> build(const KeyMaterial& material);

    [[nodiscard]] const DerivedKeys& current() const { return *m_current; }
    /// The live generation with `id`, or null.
    [[nodiscard]] const DerivedKeys* find(QByteArrayView id) const;
    /// Every live generation, the current first.
    [[nodiscard]] QList<const DerivedKeys*> generations() const;
    [[nodiscard]] const QList<RetiredKey>& retired() const { return m_retired; }
    /// The public signing key of a live or retired generation; empty when unknown.
    [[nodiscard]] QByteArray signingPublicKey(QByteArrayView id) const;

private:
    KeyRing() = default;
    std::vector<std::unique_ptr<DerivedKeys>> m_keys;
    const DerivedKeys* m_current = nullptr;
    QList<RetiredKey> m_retired;
};

/// The ECDSA P-256 key derived from `seed` (32 bytes, reduced modulo the group order), with its
/// public key: deterministic, so a fleet key given as 32 bytes signs the same way on every till.
[[nodiscard]] Result<PkeyPtr> ecdsaKeyFromSeed(QByteArrayView seed);

} // namespace pos::storage::crypto
