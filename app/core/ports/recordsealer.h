#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pos {

/// Tamper evidence with keys kept outside the database (issue 12's checkpoints of the audit chain
/// and the append-only tables; issue 18's archive chain head): a MAC for what only this store
/// verifies, and a signature for what others verify or what must stay verifiable after the key
/// rotated (an anchor printed on the daily close, a record given to an inspector).
///
/// Tokens are self-describing bytes — algorithm, key id, value — so a verifier knows which key to
/// use; store them as BLOB (or as their base64). `purpose` separates uses ("audit-checkpoint",
/// "archive-head"): a MAC made for one purpose never verifies for another.
///
/// After `keys rotate`, MACs made with a retired key no longer verify (its secret is gone: re-MAC
/// what must stay checkable while rotating, see EncryptedHolder), but signatures made with a
/// retired key still do: the store keeps every retired key's public key.
///
/// Threading: immutable after construction; safe from any thread. Errors are values: a token
/// that does not verify is StorageFailure naming why (wrong purpose, unknown key, mismatch).
class RecordSealer
{
public:
    virtual ~RecordSealer() = default;

    /// HMAC-SHA256 over `data` with a key derived from the current store key for `purpose`.
    [[nodiscard]] virtual Result<QByteArray> mac(QByteArrayView data,
                                                 const QString& purpose) const = 0;
    [[nodiscard]] virtual Status verifyMac(QByteArrayView data, QByteArrayView token,
                                           const QString& purpose) const = 0;

    /// ECDSA P-256 / SHA-256 signature over `data` (with `purpose` bound in) with the current
    /// generation's signing key.
    [[nodiscard]] virtual Result<QByteArray> sign(QByteArrayView data,
                                                  const QString& purpose) const = 0;
    /// Verifies with the signing key's public half, current or retired.
    [[nodiscard]] virtual Status verifySignature(QByteArrayView data, QByteArrayView token,
                                                 const QString& purpose) const = 0;
    /// The current signing key's public key (DER SubjectPublicKeyInfo), for an anchor or an
    /// inspector; and its SHA-256 fingerprint in hex for printing.
    [[nodiscard]] virtual QByteArray publicKey() const = 0;
    [[nodiscard]] virtual QString publicKeyFingerprint() const = 0;
};

} // namespace pos
