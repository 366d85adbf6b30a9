#pragma once

#include "app/core/ports/archivestore.h"

namespace pos {
class FileSealer;
}

namespace pos::storage {

/// The archive's second copy as files in the backup location: "<dir>/<seq, ten digits>.record
/// .sealed", one per record, holding the record as stored (its canonical JSON with hash and
/// signature) and its documents, sealed with the store key (AES-256-GCM; the file's context names
/// its number, so a file renamed to another number is refused). Files are written through a
/// temporary and renamed, then the folder is synced. Key rotation re-encrypts them like the
/// camera's files (SealedFileFolder over this folder, pattern kFilePattern); retention never
/// removes them (the archive is kept, RX-ARCHIVE-2Y).
/// Threading: the caller's; nothing is kept between calls.
class ArchiveBackupFolder final : public ArchiveBackupCopy
{
public:
    /// `sealer` must outlive this object; `dir` is created (0700) at the first copy.
    ArchiveBackupFolder(QString dir, const FileSealer& sealer);

    [[nodiscard]] Status keep(const archive::ArchiveRecord& record,
                              const QMap<QString, QByteArray>& documents) override;
    [[nodiscard]] Result<QList<qint64>> held() const override;
    [[nodiscard]] bool has(qint64 seq) const override;
    [[nodiscard]] Result<std::optional<Copy>> copyOf(qint64 seq) const override;
    [[nodiscard]] QString place() const override { return m_dir; }

    /// The file name of record `seq`.
    [[nodiscard]] static QString fileName(qint64 seq);
    static constexpr const char* kFilePattern = "*.record.sealed";
    /// The folder under the backup location: "<backup_dir>/archive".
    static constexpr const char* kSubfolder = "archive";
    /// A copy larger than this is refused when read (a record's documents are a few MB at most).
    static constexpr qint64 kMaxCopyBytes = 256LL * 1024 * 1024;

private:
    QString m_dir;
    const FileSealer& m_sealer;
};

} // namespace pos::storage
