#include "app/core/camera/framewatchdog.h"

namespace pos::camera {

void FrameWatchdog::reset()
{
    m_lastFrameMs = -1;
    m_blackSinceMs = -1;
}

void FrameWatchdog::frameArrived(qint64 atMs)
{
    m_lastFrameMs = atMs;
}

void FrameWatchdog::frameBrightness(qint64 atMs, double brightness)
{
    if (brightness > m_policy.blackBrightness)
        m_blackSinceMs = -1;
    else if (m_blackSinceMs < 0)
        m_blackSinceMs = atMs;
}

CameraCondition FrameWatchdog::condition(qint64 nowMs) const
{
    if (m_lastFrameMs < 0)
        return CameraCondition::NoFrames;
    if (nowMs - m_lastFrameMs > m_policy.stallMs)
        return CameraCondition::Stalled;
    if (m_blackSinceMs >= 0 && nowMs - m_blackSinceMs >= m_policy.blackMs)
        return CameraCondition::Black;
    return CameraCondition::Live;
}

} // namespace pos::camera
