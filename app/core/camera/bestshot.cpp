#include "app/core/camera/bestshot.h"

namespace pos::camera {

bool BestShotKeeper::offer(const VideoFrame& frame, const FrameAnalysis& analysis,
                           const FaceVerdict& verdict)
{
    ++m_offered;
    if (!verdict.usable() || verdict.subject < 0 || verdict.subject >= analysis.faces.size())
        return false;
    ++m_usable;
    if (m_best && m_best->verdict.score >= verdict.score)
        return false;
    m_best = FaceShot{frame, analysis.faces.at(verdict.subject), verdict};
    return true;
}

void BestShotKeeper::clear()
{
    m_best.reset();
    m_offered = 0;
    m_usable = 0;
}

} // namespace pos::camera
