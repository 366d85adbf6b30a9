#pragma once

#include "app/core/ports/filesealer.h"
#include "storage/crypto/keyring.h"

#include <functional>
#include <memory>

namespace pos {
class Clock;
}

namespace pos::storage::crypto {

/// What a sealed file's header says (read without its key: for rotation and retention).
struct SealedHeader
{
    QByteArray keyId;
    FileContext context;
    QDateTime sealedAt;
    qint64 plainSize = 0;
};

/// FileSealer with AES-256-GCM in chunks (OpenSSL 3). Each file gets its own key, derived from
/// the generation's file key and a random 32-byte salt in the header, so chunk nonces (the chunk
/// counter) never repeat under one key.
///
/// Format 1:
///     header  "PPOSSEAL" | 0x01 | log2(chunk size) | key id (8) | salt (32) | sealed at (u64 ms)
///             | context length (u16) | context (UTF-8)
///     chunks  ciphertext | tag (16), every chunk but the last exactly the chunk size (64 KiB) of
///             plain bytes; chunk i's nonce is 0x00000000 | i (u64), its AAD is
///             SHA-256(header) | i (u64) | final (0/1)
/// so a changed byte, a changed header, a dropped, repeated or reordered chunk, a cut-off end and
/// appended bytes all fail authentication.
/// Threading: immutable; writers and readers belong to the thread using them.
class OpenSslFileSealer final : public FileSealer
{
public:
    OpenSslFileSealer(std::shared_ptr<const KeyRing> ring, const Clock& clock);

    [[nodiscard]] Result<std::unique_ptr<SealedFileWriter>>
    createSealed(const QString& sealedPath, const FileContext& context) const override;
    [[nodiscard]] Result<std::unique_ptr<SealedFileReader>>
    openSealed(const QString& sealedPath, const FileContext& expected = {}) const override;

    /// Re-encrypts `path` in place under `target` (read with any generation of `ring`): written to
    /// a temporary beside it, fsynced, renamed over it. `afterChunk` is called after each chunk
    /// written (a test's crash point). Context and sealing time are kept.
    [[nodiscard]] static Status reseal(const KeyRing& ring, const DerivedKeys& target,
                                       const QString& path,
                                       const std::function<void()>& afterChunk = {});
    /// The header of `path`; an error when it is not a sealed file of a known format.
    [[nodiscard]] static Result<SealedHeader> readHeader(const QString& path);
    /// True when `path` begins with the sealed-file magic.
    [[nodiscard]] static bool looksSealed(const QString& path);
    /// Removes the "*.part-*" temporaries a crash left in `dir` (they hold only ciphertext);
    /// returns how many.
    static int removeAbandonedParts(const QString& dir);

    static constexpr int kChunkLog2 = 16;

private:
    std::shared_ptr<const KeyRing> m_ring;
    const Clock& m_clock;
};

/// fsync()s a directory, so a rename in it survives a power cut.
[[nodiscard]] bool syncDirectory(const QString& dir);

} // namespace pos::storage::crypto
