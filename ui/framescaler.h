#pragma once

#include "app/core/ports/camera.h"

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QSize>
#include <QThread>

#include <atomic>
#include <mutex>
#include <optional>

namespace pos::ui {

/// A camera frame made ready for a preview: the picture scaled to fit the preview (aspect kept,
/// RGB32, mirrored when asked) and the size of the frame it was made from, in which a face box
/// found by the analysis is measured.
struct ScaledFrame
{
    QImage picture;
    QSize frameSize;
    qint64 timestampMs = 0; ///< the frame's
};

/// Scales camera frames for a preview on a thread of its own ("frame-scaler"), so that the GUI
/// thread only paints: a 1280×720 frame costs the GUI thread nothing but the hand-over.
///
/// submit() keeps the frame as the newest one waiting; a newer frame replaces one not yet begun
/// (stale frames are dropped, never queued). The scaler's thread scales the newest and delivers
/// it with scaled() on the owner's thread; again at most one picture waits there, the newest.
/// Given frames faster than it scales, it delivers the newest, never a backlog. clear() drops
/// whatever is waiting or being scaled: nothing submitted before it is delivered after it.
///
/// Threading: construct, submit(), clear() and destroy on the owner's thread (the GUI thread);
/// scaled() is emitted there. The destructor waits for a scaling in progress (milliseconds).
class FrameScaler final : public QObject
{
    Q_OBJECT
public:
    explicit FrameScaler(QObject* parent = nullptr);
    ~FrameScaler() override;

    /// Scales `frame` to fit `target` (mirrored left to right when `mirrored`). The frame's bytes
    /// are shared, not copied. A malformed frame or an empty target is ignored.
    void submit(const VideoFrame& frame, QSize target, bool mirrored = false);
    /// Forgets every frame submitted so far.
    void clear();

    /// Frames scaled, and frames submitted or scaled but never delivered (replaced by a newer one
    /// or cleared). Any thread.
    [[nodiscard]] int framesScaled() const { return m_scaledCount.load(); }
    [[nodiscard]] int framesDropped() const { return m_droppedCount.load(); }

    /// The scaling itself (any thread): `frame` fitted into `target`, RGB32; null for a malformed
    /// frame or an empty target.
    [[nodiscard]] static QImage scaledPicture(const VideoFrame& frame, QSize target, bool mirrored);

Q_SIGNALS:
    /// The newest frame, scaled (owner's thread).
    void scaled(const pos::ui::ScaledFrame& frame);

private:
    struct Job
    {
        VideoFrame frame;
        QSize target;
        bool mirrored = false;
        int generation = 0;
    };
    /// The scaler's thread: scales the newest job.
    void scaleNewest();
    /// The owner's thread: hands the newest picture on.
    void deliverNewest();

    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives on m_thread: scaling runs in its events

    std::mutex m_mutex; ///< guards what follows
    std::optional<Job> m_job;
    bool m_jobPosted = false;
    std::optional<ScaledFrame> m_result;
    bool m_resultPosted = false;
    int m_generation = 0; ///< a new one at every clear(); a job made before is not delivered

    std::atomic<int> m_scaledCount{0};
    std::atomic<int> m_droppedCount{0};
};

} // namespace pos::ui

Q_DECLARE_METATYPE(pos::ui::ScaledFrame)
