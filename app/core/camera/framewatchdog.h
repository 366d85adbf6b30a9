#pragma once

#include <QtGlobal>

namespace pos::camera {

/// What the camera delivers, as the frame watchdog sees it.
enum class CameraCondition
{
    NoFrames = 1, ///< nothing since watching began (camera missing or still starting)
    Live,         ///< frames arrive, and they are not black
    Stalled,      ///< frames stopped: no frame for longer than the stall limit
    Black,        ///< frames arrive but have been black for longer than the black limit
};

struct WatchdogPolicy
{
    int stallMs = 2000;           ///< no frame for this long: stalled (a 15 fps camera sends 30)
    int blackMs = 3000;           ///< black frames for this long: black (covered, dead sensor)
    double blackBrightness = 8.0; ///< a frame's mean grey at or below this is black
};

/// The frame watchdog on the Clock (CAM-VIDEO: "the camera delivers frames"). Pure: the owner
/// tells it when frames arrive (and how bright analysed frames were) and asks for the condition
/// at a time; times are the Clock's milliseconds since epoch, so a ManualClock drives it in
/// tests. Device backends keep their own watchdog for reconnecting; this one is the gate's.
class FrameWatchdog
{
public:
    explicit FrameWatchdog(WatchdogPolicy policy = {})
        : m_policy(policy)
    {
    }

    /// Starts watching anew (a camera (re)started): NoFrames until a frame arrives.
    void reset();
    void frameArrived(qint64 atMs);
    /// The mean grey of a frame analysed at `atMs` (FrameAnalysis::frameBrightness).
    void frameBrightness(qint64 atMs, double brightness);
    [[nodiscard]] CameraCondition condition(qint64 nowMs) const;
    [[nodiscard]] qint64 lastFrameMs() const { return m_lastFrameMs; }
    [[nodiscard]] const WatchdogPolicy& policy() const { return m_policy; }

private:
    WatchdogPolicy m_policy;
    qint64 m_lastFrameMs = -1;
    qint64 m_blackSinceMs = -1; ///< first black frame of the current run; -1 when the last was not
};

} // namespace pos::camera
