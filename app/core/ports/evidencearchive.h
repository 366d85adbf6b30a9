#pragma once

#include "app/core/ports/camera.h"
#include "app/core/ports/settlementrecorder.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace pos {

/// A kept clip as the archive finds it.
struct EvidenceSummary
{
    ClipRecord clip;       ///< settlement, window, manifest path and hash, outcome
    bool backedUp = false; ///< a copy exists at the backup location (not re-verified here)
};

/// A clip's frames, decoded one after the other, for the viewer. Not thread-safe; the viewer
/// calls it from its own thread only.
class ClipPlayback
{
public:
    virtual ~ClipPlayback() = default;
    /// The next frame (timestamps from the clip's start, in ms); nullopt at the end.
    [[nodiscard]] virtual std::optional<VideoFrame> nextFrame() = 0;
    [[nodiscard]] virtual double framesPerSecond() const = 0;
};

/// The read side of the settlement evidence (CAM-VIDEO, CAM-FACE): what was kept for a
/// settlement, its face image, its clip to play or export. Only EvidenceAccess (in the core)
/// calls it, after the permission check and with the audit entry; nothing else shows faces.
class EvidenceArchive
{
public:
    virtual ~EvidenceArchive() = default;
    [[nodiscard]] virtual Result<EvidenceSummary> find(const QString& settlementNo) const = 0;
    /// The face image (JPEG bytes, unsealed). NotFound when the settlement has none.
    [[nodiscard]] virtual Result<QByteArray> faceImage(const QString& settlementNo) const = 0;
    [[nodiscard]] virtual Result<std::unique_ptr<ClipPlayback>>
    openClip(const QString& settlementNo) const = 0;
    /// Writes the clip as one Matroska file at `outPath` (segments joined) and its manifest
    /// beside it (`outPath` + ".manifest.json"), so the copy can be verified.
    [[nodiscard]] virtual Status exportClip(const QString& settlementNo,
                                            const QString& outPath) const = 0;
};

} // namespace pos
