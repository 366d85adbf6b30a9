#pragma once

#include "app/core/ports/camera.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QTimer>

#include <memory>

namespace pos {
class Clock;
}

namespace pos::devices {

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
/// decoded one at a time; both are emitted by a timer on the owner's thread — reading a few files
/// needs no capture thread (a video frame of 720p decodes in a few milliseconds).
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

    /// Emits the next frame now (what the timer does). Returns false when not started, when a
    /// stall or unplug is ordered, or when the last frame was shown and loop is off.
    bool emitNextFrame();
    /// The images the replay cycles through (after start()), one per source file; 0 for a video.
    [[nodiscard]] int imageCount() const { return int(m_images.size()); }
    [[nodiscard]] int framesEmitted() const { return m_framesEmitted; }
    [[nodiscard]] bool isVideo() const { return m_video != nullptr; }

    void setFault(Fault fault);
    [[nodiscard]] Fault fault() const { return m_fault; }

    /// True when `path` names a video file the replay decodes (by its extension).
    [[nodiscard]] static bool isVideoFile(const QString& path);

private:
    struct Video;
    bool nextVideoFrame(QImage* image);

    Options m_options;
    const Clock& m_clock;
    QTimer m_timer;
    QList<QImage> m_images; ///< already BGR888, at frame size
    qint64 m_position = 0;  ///< frame index into the replay
    int m_framesEmitted = 0;
    bool m_running = false;
    std::unique_ptr<Video> m_video;
    Fault m_fault = Fault::None;
    bool m_announceRestored = false;
};

} // namespace pos::devices
