#pragma once

#include "app/core/camera/facequality.h"
#include "app/core/ports/camera.h"

#include <optional>

namespace pos::camera {

/// A usable face of one settlement: the frame it was found in, the face and its verdict.
struct FaceShot
{
    VideoFrame frame;
    FaceMeasurement face;
    FaceVerdict verdict;
};

/// Keeps the best usable face offered during one settlement (CAM-FACE: "the best shot during the
/// settlement is kept"). Better = a higher quality score; ties keep the earlier shot. Frames that
/// are not usable are counted, never kept. Pure; one settlement's keeper is cleared when it ends.
class BestShotKeeper
{
public:
    /// Offers one analysed frame with its verdict. Returns true when it became the best shot.
    bool offer(const VideoFrame& frame, const FrameAnalysis& analysis, const FaceVerdict& verdict);
    [[nodiscard]] const std::optional<FaceShot>& best() const { return m_best; }
    [[nodiscard]] int framesOffered() const { return m_offered; }
    [[nodiscard]] int usableFrames() const { return m_usable; }
    void clear();

private:
    std::optional<FaceShot> m_best;
    int m_offered = 0;
    int m_usable = 0;
};

} // namespace pos::camera
