#pragma once

#include "app/core/camera/clipmanifest.h"
#include "app/core/ports/evidencearchive.h"
#include "devices/recorder/evidencefiles.h"

#include <QString>

namespace pos {
class EvidenceSealer;
}

namespace pos::devices {

/// A kept clip found on disk: its folder and parsed manifest.
struct KeptClip
{
    QString dir;
    camera::ClipManifest manifest;
    QByteArray manifestSha256; ///< hex, of the file as stored
};

/// Every kept clip under `root` (clips/DAY/SETTLEMENT/manifest.json), by settlement number;
/// unreadable manifests are reported in `problems` (path: why).
[[nodiscard]] QList<KeptClip> listKeptClips(const QString& root, QStringList* problems = nullptr);
/// The kept clip of one settlement under `root`; NotFound when there is none.
[[nodiscard]] Result<KeptClip> findKeptClip(const QString& root, const QString& settlementNo);

/// The EvidenceArchive port over the recorder's folders (evidence::Layout). Files are read through
/// the sealer (decrypted copies in `scratchDir`, removed afterwards), and each file's SHA-256 is
/// checked against the manifest before it is shown or exported: an altered face or segment is
/// refused, never displayed as evidence.
///
/// Export joins the clip's segments into one Matroska file with GStreamer (matroskademux → concat
/// → matroskamux, no re-encoding) and writes the manifest beside it. Playback decodes with
/// OpenCV (FFmpeg). Any thread; not concurrently on one object.
class FileEvidenceArchive final : public EvidenceArchive
{
public:
    FileEvidenceArchive(QString videoDir, QString backupDir, EvidenceSealer& sealer,
                        QString scratchDir);

    [[nodiscard]] Result<EvidenceSummary> find(const QString& settlementNo) const override;
    [[nodiscard]] Result<QByteArray> faceImage(const QString& settlementNo) const override;
    [[nodiscard]] Result<std::unique_ptr<ClipPlayback>>
    openClip(const QString& settlementNo) const override;
    [[nodiscard]] Status exportClip(const QString& settlementNo,
                                    const QString& outPath) const override;

private:
    /// Readable paths of the clip's segments, each checked against the manifest.
    [[nodiscard]] Result<QStringList> checkedSegments(const KeptClip& clip) const;
    [[nodiscard]] Result<QString> checkedReadable(const KeptClip& clip,
                                                  const camera::ManifestEntry& entry) const;

    QString m_videoDir;
    QString m_backupDir;
    EvidenceSealer& m_sealer;
    QString m_scratchDir;
};

/// Joins Matroska segments of one recording (H.264, and Opus sound when they have it) into one
/// file without re-encoding. An error names the segment or element that failed.
[[nodiscard]] Status joinSegments(const QStringList& segments, const QString& outPath,
                                  int timeoutMs = 120'000);

} // namespace pos::devices
