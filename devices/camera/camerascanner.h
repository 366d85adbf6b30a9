#pragma once

#include "app/core/ports/camera.h"
#include "app/core/ports/scanner.h"
#include "devices/camera/barcodeimagedecoder.h"

#include <QHash>
#include <QThread>

namespace pos::devices {

/// A Scanner backend that reads codes off a Camera port's frames: each frame is decoded on this
/// object's own worker thread (never the thread that owns it, i.e. never the GUI thread); frames
/// that arrive while a decode is running are dropped, so a slow decode lowers the decode rate
/// instead of piling up a queue.
///
/// The off-centre DataMatrix strips are read half on one decoded frame and half on the next
/// (Options::stripsOverTwoFrames), so every code a full decode finds is found within two frames.
///
/// A code held in front of the camera is delivered once: it is emitted again only after it was
/// absent from the decoded frames for at least `reappearAfterMs` (taken from the frames'
/// timestamps, i.e. the Clock the camera uses). Events carry source "camera", the exact payload
/// bytes and the AIM symbology identifier zxing reports.
///
/// Ownership: the camera is not owned and must outlive this scanner; the scanner neither starts
/// nor stops it (the settlement camera may serve CAM-VIDEO at the same time). Destruction waits
/// for a running decode to finish.
class CameraScanner final : public Scanner
{
    Q_OBJECT
public:
    struct Options
    {
        int reappearAfterMs = 1500;
        /// Everything but tryInverted, which doubles the cost of a frame with no code (most
        /// frames; see bench_camera_decode): drug packs print their codes dark on light.
        BarcodeDecodeOptions decode = [] {
            BarcodeDecodeOptions o;
            o.tryInverted = false;
            return o;
        }();
        /// Read the off-centre DataMatrix strips half on one frame, half on the next (StripHalf):
        /// a frame with no code costs ≈ 13 ms instead of ≈ 20 ms, so 30 fps are decoded on one
        /// core; a code off the centre lines is read one frame later at most.
        bool stripsOverTwoFrames = true;
    };

    explicit CameraScanner(Camera& camera, Options options, QObject* parent = nullptr);
    explicit CameraScanner(Camera& camera, QObject* parent = nullptr)
        : CameraScanner(camera, Options{}, parent)
    {
    }
    ~CameraScanner() override;

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return m_camera.isSimulated(); }

    /// Frames decoded / dropped because a decode was still running, since construction.
    [[nodiscard]] int framesDecoded() const { return m_framesDecoded; }
    [[nodiscard]] int framesDropped() const { return m_framesDropped; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// After each decoded frame (on the owner's thread): how many codes it held and how long the
    /// decode took on the worker thread.
    void frameDecoded(int codeCount, qint64 decodeMs);

private:
    void onFrame(const pos::VideoFrame& frame);
    void onDecoded(qint64 timestampMs, const QList<pos::devices::DecodedCode>& codes,
                   qint64 decodeMs);

    Camera& m_camera;
    Options m_options;
    BarcodeImageDecoder m_decoder; ///< stateless: used on the worker thread
    QThread m_thread;
    QObject* m_decodeContext = nullptr; ///< lives in m_thread, deleted when it finishes
    bool m_busy = false;                ///< a frame is with the worker (owner thread only)
    bool m_secondHalf = false;          ///< the next frame reads StripHalf::Second (owner thread)
    int m_framesDecoded = 0;
    int m_framesDropped = 0;
    /// Last frame time each code (symbology id + payload) was seen in.
    QHash<QByteArray, qint64> m_lastSeenMs;
};

} // namespace pos::devices
