#pragma once

#include "app/core/ports/camera.h"
#include "app/core/ports/settlementrecorder.h"
#include "devices/recorder/evidencefiles.h"
#include "devices/recorder/gstsegmentwriter.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>

namespace pos {
class Clock;
class EvidenceSealer;
} // namespace pos

namespace pos::devices {

class WorkerThread;
class RecorderWorker;

/// How the settlement recording is kept ([camera] keys, app/cameraconfig).
struct RecorderOptions
{
    QString videoDir;        ///< the rolling buffer and the kept clips (evidence::Layout)
    int segmentSeconds = 10; ///< a segment is closed (indexed, fsynced, hashed) after this long
    int preRollSeconds = 10; ///< kept before a settlement begins
    int postRollSeconds = 5; ///< kept after it ends
    SegmentFormat format;    ///< size, bitrate, keyframes, microphone
    QString store;           ///< burned in: the store's name
    QString terminal;        ///< burned in: the till
    /// No new segment is opened below this much free space (the gate refuses insured settlement
    /// long before, at the configured floor).
    qint64 minFreeBytes = qint64(64) * 1024 * 1024;
    int faultRetryMs = 5000; ///< after a write failure, try a new segment this much later
    /// Frames waiting for the encoder beyond this are dropped (a slow disk never piles up video).
    int maxQueuedFrames = 30;
    evidence::FreeSpaceProbe freeSpace; ///< default evidence::freeBytesAt
};

/// The SettlementRecorder port with GStreamer (see GstSegmentWriter): every camera frame gets its
/// overlay (OverlayPainter) and is encoded into short Matroska segments that this recorder ends
/// and starts itself — not splitmuxsink, which holds a whole GOP and loses it on a crash. A
/// segment being written has a `.open` marker beside it; a closed one is sealed (EvidenceSealer),
/// hashed and described in a `.json` sidecar. The rolling buffer keeps what the pre-roll needs;
/// a settlement's segments are hard-linked into its clip folder with the face image and the
/// manifest (camera::ClipManifest, written atomically).
///
/// After a crash, start() finds the `.open` markers (the files play up to the kill: hashed as they
/// are, marked recovered) and the clips still pending (manifests written, outcome Interrupted),
/// and reports them with recovered().
///
/// Threading: the façade lives on the owner's thread; frames are handed to a worker thread that
/// paints, encodes and writes (never the GUI thread). The worker uses frame timestamps, never the
/// Clock; the owner stamps clip windows with the Clock. The camera and the sealer must outlive it.
class GstSettlementRecorder final : public SettlementRecorder
{
    Q_OBJECT
public:
    GstSettlementRecorder(Camera& camera, RecorderOptions options, EvidenceSealer& sealer,
                          const Clock& clock, QObject* parent = nullptr);
    ~GstSettlementRecorder() override;

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }
    [[nodiscard]] Status start() override;
    void stop() override;
    [[nodiscard]] RecorderStatus status() const override { return m_status; }
    [[nodiscard]] Status beginClip(const QString& settlementNo,
                                   const QStringList& itemLines) override;
    void updateClip(const QString& settlementNo, const QStringList& itemLines) override;
    [[nodiscard]] Status attachFace(const QString& settlementNo, const VideoFrame& frame,
                                    const QRect& face) override;
    [[nodiscard]] Status endClip(const QString& settlementNo, ClipOutcome outcome) override;
    void cancelClip(const QString& settlementNo) override;

    /// Waits until the worker has handled everything handed to it so far (tests, benchmarks).
    void flush();
    /// Frames written / dropped because the encoder was behind, since start().
    [[nodiscard]] int framesWritten() const { return m_written.load(); }
    [[nodiscard]] int framesDropped() const { return m_dropped; }
    [[nodiscard]] const RecorderOptions& options() const { return m_options; }

private:
    friend class RecorderWorker;
    void onFrame(const pos::VideoFrame& frame);
    void finishNow(const QString& settlementNo);
    void setStatus(const pos::RecorderStatus& status);

    Camera& m_camera;
    RecorderOptions m_options;
    EvidenceSealer& m_sealer;
    const Clock& m_clock;
    std::unique_ptr<WorkerThread> m_thread;
    RecorderWorker* m_worker = nullptr; ///< owned by m_thread, lives on it
    RecorderStatus m_status;
    QSet<QString> m_openClips;
    /// Clips whose post-roll runs: settlement → (outcome, end of the post-roll in Clock ms).
    QHash<QString, std::pair<ClipOutcome, qint64>> m_finishing;
    std::atomic<int> m_queued{0};
    std::atomic<int> m_written{0};
    int m_dropped = 0;
    QMetaObject::Connection m_frames;
};

} // namespace pos::devices
