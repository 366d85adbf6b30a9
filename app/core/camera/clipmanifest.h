#pragma once

#include "app/core/ports/settlementrecorder.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pos::camera {

/// One file of a kept clip: a video segment or the face image.
struct ManifestEntry
{
    QString file;           ///< file name, relative to the manifest's folder
    QDateTime start;        ///< segments: first frame; face: when it was taken
    QDateTime end;          ///< segments: last frame; face: as start
    qint64 bytes = 0;       ///< size as stored (sealed)
    int frames = -1;        ///< frames written; -1 unknown (a segment recovered after a crash)
    QByteArray sha256;      ///< hex SHA-256 of the file as stored
    QByteArray chain;       ///< hex: SHA-256 over the previous entry's chain, this name and hash
    bool recovered = false; ///< left open by a crash and closed at the next start, as it was

    bool operator==(const ManifestEntry&) const = default;
};

/// A kept clip's manifest (CAM-VIDEO): which settlement, the window it covers, every segment and
/// the face image with their SHA-256, chained so that a removed, reordered or swapped file breaks
/// every later link. The settlement record holds the SHA-256 of the manifest file itself.
/// Pure: building, serialising and checking; files are read by devices/recorder.
struct ClipManifest
{
    static constexpr int kVersion = 1;

    QString settlementNo;
    QString store;
    QString terminal;
    QDateTime start; ///< the clip's first frame (pre-roll included)
    QDateTime end;   ///< its last frame (post-roll included)
    ClipOutcome outcome = ClipOutcome::Completed;
    QList<ManifestEntry> segments; ///< in recording order
    std::optional<ManifestEntry> face;
    QByteArray chain; ///< hex: the last entry's chain (the face's, else the last segment's)

    /// Fills every entry's chain and the manifest's from the entries' names and hashes.
    void link();
    /// What is wrong with the chain as stored (empty = consistent with the entries' hashes).
    [[nodiscard]] QStringList chainProblems() const;
    /// Canonical JSON (sorted keys, UTF-8), what is written and hashed.
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<ClipManifest> fromJson(const QByteArray& json);
    /// Entries in chain order: the segments, then the face.
    [[nodiscard]] QList<ManifestEntry> entries() const;
};

/// The chain's seed for a settlement: the hex SHA-256 of "pharmapos-clip-v1\n" + its number.
[[nodiscard]] QByteArray chainSeed(const QString& settlementNo);
/// The next link: hex SHA-256 of previous link, "\n", file name, "\n", the file's hex SHA-256.
[[nodiscard]] QByteArray chainLink(const QByteArray& previous, const QString& file,
                                   const QByteArray& sha256);
[[nodiscard]] QString outcomeKey(ClipOutcome outcome);
[[nodiscard]] QString toDisplayString(ClipOutcome outcome);

} // namespace pos::camera
