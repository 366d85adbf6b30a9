#pragma once

#include "app/core/result.h"
#include "devices/recorder/evidencefiles.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pos {
class EvidenceSealer;
}

namespace pos::devices {

/// One thing `video verify` found wrong.
struct EvidenceFinding
{
    QString settlementNo;
    QString location; ///< "主存储" or "备份"
    QString file;     ///< the file concerned (empty: the clip as a whole)
    QString problem;  ///< in Chinese: missing, altered, chain broken…
};

/// What a retention run deleted.
struct RetentionReport
{
    QStringList deleted; ///< "主存储 2026-05-01/JS-…" and so on, oldest first
    int kept = 0;        ///< clips still under retention
};

/// CAM-BACKUP: kept clips (segments, face image, manifest) copied to a second location and
/// verified there by hash; `video verify` re-hashing both sides; retention that deletes what is
/// past it, oldest first, never a clip still under retention (nor one still open).
///
/// The backup folder mirrors the video folder's clips/DAY/SETTLEMENT layout. Copies are written
/// through temporary files, fsynced, then re-read and compared with the manifest; the manifest is
/// copied last, so a clip whose manifest is in the backup is whole there.
///
/// Synchronous and file-bound: call it on a worker thread in the counter (a clip is a few MB).
class EvidenceBackup
{
public:
    struct Options
    {
        QString videoDir;
        QString backupDir; ///< empty: no backup configured (verify says so)
        int retentionDays = 180;
        /// Faces are kept shorter than the clips (CAM-CONSENT: the shortest retention): past it a
        /// clip's face image is deleted and a tombstone ("face.jpg.sealed.expired") says when and
        /// why, so verify() does not report it missing. 0: as long as the clip.
        int faceRetentionDays = 0;
        /// Reads sealed files for their content hashes (manifests hash the plain content);
        /// nullptr: files are plain (tests of the recording).
        const EvidenceSealer* sealer = nullptr;
    };

    explicit EvidenceBackup(Options options);

    /// Copies the clip of `settlementNo` to the backup (files already there with the right hash
    /// are kept). Returns the number of files copied.
    [[nodiscard]] Result<int> backupClip(const QString& settlementNo);
    /// Backs up every kept clip the backup lacks or holds incompletely (after an outage of the
    /// backup disk). Returns the number of clips copied; errors are listed in `problems`.
    int backupMissing(QStringList* problems);
    /// Re-hashes every kept clip whose day is within [from, to] (invalid dates: no bound), on both
    /// sides, and names anything missing, altered, or with a broken chain.
    [[nodiscard]] QList<EvidenceFinding> verify(const QDate& from = {}, const QDate& to = {}) const;
    /// Deletes clips (primary and backup) whose last frame is more than retentionDays before
    /// `now`, oldest first; then the face images of clips older than faceRetentionDays.
    [[nodiscard]] RetentionReport applyRetention(const QDateTime& now);
    [[nodiscard]] const Options& options() const { return m_options; }

private:
    Options m_options;
};

} // namespace pos::devices
