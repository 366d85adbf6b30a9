#pragma once

#include "app/core/result.h"

#include <QString>

namespace pos {

/// What an evidence file is, for the sealing step.
enum class EvidenceKind
{
    VideoSegment = 1, ///< a closed Matroska segment of the settlement recording
    FaceImage,        ///< a settlement's best face shot
};

/// The hook where a finished evidence file is sealed (DATA-PRIVACY, CAM-CONSENT: faces and video
/// encrypted at rest). The recorder calls seal() once a segment is closed or a face image written.
/// Manifests hash the **plain content** (what was recorded), not the sealed bytes: a key rotation
/// re-wraps or re-encrypts a sealed file without changing what the manifest — and the settlement
/// record holding the manifest's hash — attests. Checking a file against its manifest therefore
/// goes through contentSha256(), which authenticates and decrypts.
/// Manifests are not sealed: they hold settlement numbers, times and hashes, nothing personal, and
/// their hash is the record's anchor.
///
/// Threading: called from the recorder's and the archive's worker threads; implementations must be
/// safe to call from several threads at once.
class EvidenceSealer
{
public:
    virtual ~EvidenceSealer() = default;
    /// Seals the complete file at `path` in place or beside it; returns the path that now holds
    /// it (the plain file must then be gone).
    [[nodiscard]] virtual Result<QString> seal(const QString& path, EvidenceKind kind) = 0;
    /// A path a decoder can read the plain content of `sealedPath` from: the file itself when it
    /// is not encrypted, else a decrypted copy written under `scratchDir` (the caller deletes it).
    [[nodiscard]] virtual Result<QString> readablePath(const QString& sealedPath,
                                                       const QString& scratchDir) const = 0;
    /// The SHA-256 (hex) of the plain content of `path` (sealed or not); an error when a sealed
    /// file fails authentication or cannot be read.
    [[nodiscard]] virtual Result<QByteArray> contentSha256(const QString& path) const = 0;
    /// The whole plain content of a small file (a face image), decrypted in memory only.
    [[nodiscard]] virtual Result<QByteArray> readAll(const QString& path) const = 0;
};

/// Files stay as written (tests of the recording itself; a store without a key never records).
class PassThroughSealer final : public EvidenceSealer
{
public:
    [[nodiscard]] Result<QByteArray> contentSha256(const QString& path) const override;
    [[nodiscard]] Result<QByteArray> readAll(const QString& path) const override;
    [[nodiscard]] Result<QString> seal(const QString& path, EvidenceKind) override { return path; }
    [[nodiscard]] Result<QString> readablePath(const QString& sealedPath,
                                               const QString&) const override
    {
        return sealedPath;
    }
};

} // namespace pos
