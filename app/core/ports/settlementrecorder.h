#pragma once

#include "app/core/ports/camera.h"
#include "app/core/ports/device.h"
#include "app/core/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QRect>
#include <QStringList>

namespace pos {

/// Where the recorder stands. No value 0.
enum class RecorderState
{
    Stopped = 1, ///< not started, or stopped
    Starting,    ///< recovering what a crash left open, opening the first segment
    Recording,   ///< frames are being written
    Faulted,     ///< cannot write (disk full or failing, encoder error); RecorderStatus says why
};

struct RecorderStatus
{
    RecorderState state = RecorderState::Stopped;
    QString problem;         ///< why it is Faulted, in Chinese; empty otherwise
    qint64 freeBytes = -1;   ///< free space where the recording is written; -1 unknown
    qint64 lastFrameMs = -1; ///< timestamp of the last frame written; -1 none yet

    [[nodiscard]] bool writing() const { return state == RecorderState::Recording; }
};

/// How a settlement's clip ended.
enum class ClipOutcome
{
    Completed = 1, ///< the settlement finished (slip printed)
    Abandoned,     ///< the insured settlement stopped after its evidence was taken
    Interrupted,   ///< the counter crashed or lost power; closed at the next start
};

/// A kept clip, as the settlement record holds it: by the manifest's SHA-256.
struct ClipRecord
{
    QString settlementNo;
    QString manifestPath;
    QByteArray manifestSha256; ///< hex, of the manifest file's bytes as stored
    QDateTime start;           ///< first frame kept (pre-roll included)
    QDateTime end;             ///< last frame kept (post-roll included)
    int segmentCount = 0;
    bool hasFace = false;
    ClipOutcome outcome = ClipOutcome::Completed;
};

/// What the recorder found and closed at start after a crash or power cut.
struct RecoveryReport
{
    QStringList segments;    ///< segment files that were left open: hashed and marked recovered
    QList<ClipRecord> clips; ///< clips that were open: manifests written, outcome Interrupted

    [[nodiscard]] bool isEmpty() const { return segments.isEmpty() && clips.isEmpty(); }
};

/// The settlement recorder port (CAM-VIDEO): records the settlement camera continuously in short
/// segments into a rolling buffer, burns time, store, terminal, settlement number and items into
/// every frame, and keeps the segments that cover a settlement — from the pre-roll before
/// beginClip() to the post-roll after endClip() — with a manifest (each segment's SHA-256,
/// chained) that the settlement record holds by hash. After a crash, start() closes what was left
/// open and reports it through recovered().
///
/// Threading: every method is called on the owner's thread and returns at once; encoding and
/// file work run on the recorder's own worker thread. Signals arrive on the owner's thread.
class SettlementRecorder : public QObject, public DeviceIdentity
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Recovers what a crash left open, then records every frame the camera delivers. A disk
    /// that cannot be written is reported through statusChanged (Faulted), not here.
    [[nodiscard]] virtual Status start() = 0;
    /// Closes the current segment and stops; clips still open are closed as Interrupted.
    virtual void stop() = 0;
    [[nodiscard]] virtual RecorderStatus status() const = 0;

    /// A settlement begins: its clip starts `pre_roll` before now, and from now every frame
    /// carries its number and `itemLines`. Refused when the recorder is not recording or the
    /// settlement already has an open clip.
    [[nodiscard]] virtual Status beginClip(const QString& settlementNo,
                                           const QStringList& itemLines) = 0;
    /// The settlement's items changed (the overlay follows).
    virtual void updateClip(const QString& settlementNo, const QStringList& itemLines) = 0;
    /// Stores the settlement's face image (the best shot, cut from `frame` around `face`) with
    /// its clip; the manifest lists it and its hash.
    [[nodiscard]] virtual Status attachFace(const QString& settlementNo, const VideoFrame& frame,
                                            const QRect& face) = 0;
    /// The settlement ended: after the post-roll, the segments covering it are kept and the
    /// manifest written; clipClosed() (or clipFailed()) follows.
    [[nodiscard]] virtual Status endClip(const QString& settlementNo, ClipOutcome outcome) = 0;
    /// The settlement never needed its evidence (no consent, self-pay, cancelled before the face
    /// was taken): nothing is kept for it; its segments age out of the rolling buffer.
    virtual void cancelClip(const QString& settlementNo) = 0;

Q_SIGNALS:
    void statusChanged(const pos::RecorderStatus& status);
    void clipClosed(const pos::ClipRecord& clip);
    void clipFailed(const QString& settlementNo, const pos::Error& error);
    void recovered(const pos::RecoveryReport& report);
};

} // namespace pos

Q_DECLARE_METATYPE(pos::RecorderStatus)
Q_DECLARE_METATYPE(pos::ClipRecord)
Q_DECLARE_METATYPE(pos::RecoveryReport)
