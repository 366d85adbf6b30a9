#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace pos::devices::evidence {

/// Where the settlement evidence lives under the configured video directory:
///     buffer/seg-YYYYMMDD-HHMMSS-zzz.mkv      the rolling buffer (+ .json when closed,
///                                             + .open while being written)
///     clips/YYYY-MM-DD/<settlement>/           a kept clip: its segments (hard links to the
///                                             buffer's), face.jpg, manifest.json
///                                             (clip.pending while the settlement is open)
struct Layout
{
    QString root;

    [[nodiscard]] QString bufferDir() const { return root + QStringLiteral("/buffer"); }
    [[nodiscard]] QString clipsDir() const { return root + QStringLiteral("/clips"); }
    /// The folder of a settlement's clip, by the day it started.
    [[nodiscard]] QString clipDir(const QString& settlementNo, qint64 startMs) const;
};

/// Settlement numbers become folder names: letters, digits, '-', '_' and '.' (not leading) only.
[[nodiscard]] bool isSafeSettlementNo(const QString& settlementNo);

/// Writes `bytes` to `path` through a temporary file, fsynced, renamed over `path`, the folder
/// fsynced: after a crash or power cut the file is the old one or the new one, never half.
[[nodiscard]] Status writeFileAtomically(const QString& path, const QByteArray& bytes);
/// The hex SHA-256 of a file's content, read in blocks.
[[nodiscard]] Result<QByteArray> sha256OfFile(const QString& path);
/// fdatasync: the file's data on the disk, not only in the page cache.
[[nodiscard]] Status syncFile(const QString& path);
/// A hard link at `to` (same file system: no copy, no extra space), else a verified copy.
[[nodiscard]] Status linkOrCopy(const QString& from, const QString& to);
/// A copy at `to` written through a temporary file, fsynced, then checked against `sha256`.
[[nodiscard]] Status copyVerified(const QString& from, const QString& to, const QByteArray& sha256);
/// Free space for an unprivileged writer at `path` (the nearest existing folder); -1 unknown.
[[nodiscard]] qint64 freeBytesAt(const QString& path);

/// How the recorder and the backup ask for free space (tests inject a full disk).
using FreeSpaceProbe = std::function<qint64(const QString& path)>;

} // namespace pos::devices::evidence
