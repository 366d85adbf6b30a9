#pragma once

#include "app/core/ports/camera.h"

#include <QImage>
#include <QList>
#include <QSize>

#include <atomic>
#include <memory>
#include <mutex>

namespace pos {
class Clock;
}

namespace pos::devices {

class WorkerThread;

/// The simulated twin of the settlement camera: replays image files (one file, or every image in
/// a folder in name order) or a video file (mkv, mp4, avi, mov, webm; decoded with OpenCV) as BGR
/// frames at a configured rate, looping, each image held for a number of frames as a box held up
/// to a camera is. Timestamps come from the Clock port, so a ManualClock makes a replay exactly
/// repeatable. Demos and tests show codes to CameraScanner and faces to the settlement camera's
/// analysis with it.
///
/// Every fault of a real camera can be ordered (setFault): a stall (frames stop, nothing is said:
/// the watchdogs must notice), an unplug (frames stop and failed() says so at once, as a V4L2
/// read error does) and a black picture (frames go on, all black: a covered lens). Clearing the
/// fault resumes the replay; after a stall or unplug restored() comes with the first frame.
///
/// Images are prepared when start() is called (all read and converted once), video frames are
/// decoded one at a time. As a real camera's capture thread does, a timer on the camera's own
/// thread ("simulated-camera") makes each frame — decodes it, copies its bytes, blackens it — and
/// hands it to the owner's thread, where frameReady() is emitted with the Clock's timestamp: the
/// owner's thread (the GUI thread at the counter) only passes the frame on. At most two frames
/// wait in the owner's queue; the camera's thread drops the rest (a busy GUI thread never piles
/// up video). Frames posted before stop() are not emitted after it.
class SimulatedCamera final : public Camera
{
    Q_OBJECT
public:
    /// What the simulated camera is told to do wrong.
    enum class Fault
    {
        None = 1,  ///< replaying
        Stall,     ///< no frames, no message
        Unplugged, ///< no frames; failed() at once
        Black,     ///< black frames
    };

    struct Options
    {
        QString source;       ///< an image file, a folder of them (png, jpg, bmp, pgm), or a video
        int intervalMs = 100; ///< 10 frames per second
        int holdFrames = 1;   ///< consecutive frames each image stays in view
        QSize frameSize;      ///< empty: each image's own size; else images placed on a
                              ///< counter-grey canvas of this size (a 1280×720 camera)
        bool loop = true;     ///< start again after the last image; else stop there
    };

    SimulatedCamera(Options options, const Clock& clock, QObject* parent = nullptr);
    ~SimulatedCamera() override;

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }

    /// Reads the source; an error names the file or folder that has no readable image. Starts the
    /// timer unless intervalMs is 0 (frames then only come from emitNextFrame()).
    [[nodiscard]] Status start() override;
    void stop() override;
    [[nodiscard]] bool isRunning() const override { return m_running; }

    /// Makes the next frame on the calling thread and emits it now (what the timer's thread does,
    /// without the hand-over; tests step a replay with it). Returns false when not started, when a
    /// stall or unplug is ordered, or when the last frame was shown and loop is off.
    bool emitNextFrame();
    /// The images the replay cycles through (after start()), one per source file; 0 for a video.
    [[nodiscard]] int imageCount() const;
    [[nodiscard]] int framesEmitted() const { return m_framesEmitted; }
    /// Frames the camera's thread made, and of them those it dropped because two were still
    /// waiting for the owner's thread (any thread may ask).
    [[nodiscard]] int framesMade() const { return m_made.load(); }
    [[nodiscard]] int framesDropped() const { return m_dropped.load(); }
    [[nodiscard]] bool isVideo() const;

    void setFault(Fault fault);
    [[nodiscard]] Fault fault() const { return m_fault.load(); }

    /// True when `path` names a video file the replay decodes (by its extension).
    [[nodiscard]] static bool isVideoFile(const QString& path);

private:
    struct Video;
    /// Running from now on; starts the camera's thread and its timer unless intervalMs is 0.
    void begin();
    /// The next frame (timestamp 0), blackened when so ordered; false when a stall or unplug is
    /// ordered or the replay is over (`*ended` then says which). Any thread; takes m_mutex.
    bool makeFrame(VideoFrame* frame, bool* ended);
    bool nextVideoFrame(QImage* image);
    /// The camera's thread: one timer tick.
    void produce(int generation);
    /// The owner's thread: a frame made by the camera's thread arrives.
    void deliver(VideoFrame frame, int generation);
    void emitFrame(VideoFrame frame);

    Options m_options;
    const Clock& m_clock;
    std::unique_ptr<WorkerThread> m_thread; ///< while the timer runs

    mutable std::mutex m_mutex; ///< guards the replay: images, video, position
    QList<QImage> m_images;     ///< already BGR888, at frame size
    qint64 m_position = 0;      ///< frame index into the replay
    std::unique_ptr<Video> m_video;

    std::atomic<Fault> m_fault{Fault::None};
    std::atomic<int> m_inFlight{0};  ///< made, posted, not yet arrived on the owner's thread
    std::atomic<int> m_made{0};      ///< by the camera's thread
    std::atomic<int> m_dropped{0};   ///< by the camera's thread, two still waiting
    int m_generation = 0;            ///< owner's thread: a new one at every start() and stop()
    int m_framesEmitted = 0;         ///< owner's thread
    bool m_running = false;          ///< owner's thread
    bool m_announceRestored = false; ///< owner's thread
};

} // namespace pos::devices
