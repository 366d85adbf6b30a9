#pragma once

#include "app/core/ports/camera.h"

#include <QSize>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pos {
class Clock;
}

namespace pos::devices {

/// A real settlement camera read with OpenCV's VideoCapture on its own capture thread:
///  - a USB camera through V4L2 (`v4l2:/dev/v4l/by-id/usb-…-video-index0`): MJPG at the
///    configured size (1280×720 at 15 fps by default) where the camera offers it — USB 2.0 cameras
///    cannot carry raw 720p at that rate — else what it offers;
///  - a network camera by URL (`rtsp://…`, `http://…` MJPEG) through FFmpeg, RTSP over TCP, with
///    open and read time-outs so a stalled stream is noticed.
///
/// The frame watchdog (on the owner's thread, steady time) announces a camera that delivers
/// nothing for `stallMs` — missing, unplugged, stalled — once with failed(), and the capture
/// thread keeps reopening it every `reconnectMs`; restored() follows the first frame back. start()
/// never fails for a missing camera: the counter starts, the notice says why.
///
/// Frames are timestamped with the Clock on the owner's thread when they arrive there. At most two
/// frames wait in the owner's queue; the capture thread drops the rest (a busy GUI thread never
/// piles up video). Stop is an atomic flag plus join; a read blocked on a stalled stream returns
/// within the read time-out. Credentials in a URL never appear in names or logs.
class CaptureCamera final : public Camera
{
    Q_OBJECT
public:
    struct Options
    {
        enum class Kind
        {
            V4l2 = 1,
            Url
        };
        Kind kind = Kind::V4l2;
        QString source; ///< device node or URL
        QSize size{1280, 720};
        int fps = 15;
        bool mjpg = true;         ///< V4L2: ask for MJPG
        int stallMs = 2000;       ///< watchdog: nothing for this long is a fault
        int reconnectMs = 1000;   ///< pause between attempts to reopen
        int readTimeoutMs = 3000; ///< URL: FFmpeg open and read time-outs
    };

    CaptureCamera(Options options, const Clock& clock, QObject* parent = nullptr);
    ~CaptureCamera() override;

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }
    [[nodiscard]] Status start() override;
    void stop() override;
    [[nodiscard]] bool isRunning() const override { return m_running; }

    [[nodiscard]] int framesDelivered() const { return m_delivered; }
    /// Times the capture was (re)opened after the first.
    [[nodiscard]] int reconnects() const { return m_opens > 0 ? m_opens - 1 : 0; }
    /// The source with any password replaced by "***" (for names and logs).
    [[nodiscard]] static QString maskedSource(const QString& source);

private:
    void captureLoop();
    void deliver(const pos::VideoFrame& frame);
    void reportProblem(const QString& reason);
    void watchdogTick();
    /// Waits `ms` or until stop; false when stopping.
    bool pause(int ms);

    Options m_options;
    const Clock& m_clock;
    QTimer m_watchdog;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_inFlight{0};
    std::atomic<qint64> m_lastFrameSteadyMs{-1};
    std::atomic<int> m_opens{0};
    qint64 m_startedSteadyMs = 0;
    QString m_problem; ///< what the capture thread last reported (owner thread)
    bool m_down = false;
    bool m_running = false;
    int m_delivered = 0;
};

} // namespace pos::devices
