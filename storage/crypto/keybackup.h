#pragma once

#include "app/core/result.h"
#include "storage/crypto/keyring.h"

#include <QByteArrayView>
#include <QString>

namespace pos::storage::crypto {

/// scrypt's cost for a key backup. The default (N = 2^17, r = 8, p = 1: 128 MiB, about half a
/// second here) makes each passphrase guess as dear; tests pass a small N.
struct BackupKdfParams
{
    int log2N = 17;
    int r = 8;
    int p = 1;
};

/// A passphrase shorter than this is refused: the backup file may be copied anywhere, and only the
/// passphrase stands between it and the store's data.
inline constexpr int kMinPassphraseChars = 12;

/// `keys backup`: `material` (every live generation and the retired public keys) encrypted with
/// AES-256-GCM under a key from `passphrase` (scrypt, random salt), written to `path` mode 0600,
/// fsynced. An existing file is replaced only with `overwrite`.
///
/// Format: "PPOSKBK1" | kdf 1 (scrypt) | log2 N | r | p | salt (16) | nonce (12) | ciphertext |
/// tag (16); the header is the AAD, the plaintext is the key file's own format.
[[nodiscard]] Status writeKeyBackup(const QString& path, const KeyMaterial& material,
                                    QByteArrayView passphrase, const BackupKdfParams& kdf = {},
                                    bool overwrite = false);
/// `keys restore`: the material in a backup; a wrong passphrase or a changed byte is an error
/// saying so (the two cannot be told apart, by design).
[[nodiscard]] Result<KeyMaterial> readKeyBackup(const QString& path, QByteArrayView passphrase);

} // namespace pos::storage::crypto
