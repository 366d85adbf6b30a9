#pragma once

#include "app/core/ports/evidencesealer.h"

namespace pos {
class FileSealer;
}

namespace pos::storage::crypto {

/// The settlement camera's evidence sealed with the store key (DATA-PRIVACY, CAM-CONSENT): a
/// closed video segment or a face image becomes "<name>.sealed" (FileSealer: AES-256-GCM in
/// authenticated chunks) and the plain file is removed once the sealed one is durable — so a crash
/// leaves at most the segment being recorded in plain, which the recorder's recovery seals at the
/// next start.
///
/// Each file's sealing context names it ("segment:seg-….mkv", "face:<clip folder>/face.jpg"), so a
/// sealed face moved under another settlement's folder is refused when read.
/// Files that are not sealed (recorded before a store had its key) are read as they are.
/// Threading: any thread (FileSealer is immutable; nothing is kept between calls).
class SealingEvidenceSealer final : public EvidenceSealer
{
public:
    /// `sealer` must outlive this object.
    explicit SealingEvidenceSealer(const FileSealer& sealer);

    [[nodiscard]] Result<QString> seal(const QString& path, EvidenceKind kind) override;
    [[nodiscard]] Result<QString> readablePath(const QString& sealedPath,
                                               const QString& scratchDir) const override;
    [[nodiscard]] Result<QByteArray> contentSha256(const QString& path) const override;
    [[nodiscard]] Result<QByteArray> readAll(const QString& path) const override;

    static constexpr qint64 kMaxInMemoryBytes = 32LL * 1024 * 1024;

private:
    const FileSealer& m_sealer;
};

} // namespace pos::storage::crypto
