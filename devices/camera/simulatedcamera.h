#pragma once

#include "app/core/ports/camera.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QTimer>

namespace pos {
class Clock;
}

namespace pos::devices {

/// The simulated twin of the settlement camera: replays image files (one file, or every image in
/// a folder in name order) as BGR frames at a configured rate, looping, each held for a number of
/// frames as a box held up to a camera is. Timestamps come from the Clock port, so a ManualClock
/// makes a replay exactly repeatable. Demos and tests show codes to CameraScanner with it.
///
/// Frames are prepared when start() is called (all images read and converted once), then emitted
/// by a timer on the owner's thread — reading a few files needs no capture thread.
class SimulatedCamera final : public Camera
{
    Q_OBJECT
public:
    struct Options
    {
        QString source;       ///< an image file, or a folder of them (png, jpg, bmp, pgm)
        int intervalMs = 100; ///< 10 frames per second
        int holdFrames = 1;   ///< consecutive frames each image stays in view
        QSize frameSize;      ///< empty: each image's own size; else images placed on a
                              ///< counter-grey canvas of this size (a 1280×720 camera)
        bool loop = true;     ///< start again after the last image; else stop there
    };

    SimulatedCamera(Options options, const Clock& clock, QObject* parent = nullptr);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }

    /// Reads the source; an error names the file or folder that has no readable image. Starts the
    /// timer unless intervalMs is 0 (frames then only come from emitNextFrame()).
    [[nodiscard]] Status start() override;
    void stop() override;
    [[nodiscard]] bool isRunning() const override { return m_running; }

    /// Emits the next frame now (what the timer does). Returns false when not started, or when
    /// the last frame was shown and loop is off.
    bool emitNextFrame();
    /// The images the replay cycles through (after start()), one per source file.
    [[nodiscard]] int imageCount() const { return int(m_images.size()); }
    [[nodiscard]] int framesEmitted() const { return m_framesEmitted; }

private:
    Options m_options;
    const Clock& m_clock;
    QTimer m_timer;
    QList<QImage> m_images; ///< already BGR888, at frame size
    qint64 m_position = 0;  ///< frame index into the replay
    int m_framesEmitted = 0;
    bool m_running = false;
};

} // namespace pos::devices
