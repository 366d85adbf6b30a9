#pragma once

#include "app/core/camera/facequality.h"
#include "app/core/ports/camera.h"
#include "app/core/result.h"

namespace pos {

/// What one analysis should also look for, besides frontal faces (each costs time).
struct FaceAnalysisRequest
{
    /// When no frontal face is found, look for a face turned sideways, so the cashier hears
    /// "请正视摄像头" rather than "未检测到人脸". Costs about a quarter of a frontal search, so the
    /// caller asks only now and then (FaceAnalysisWorker: at most every 500 ms).
    bool profileWhenNoFace = false;
    /// Run the eye check on every face (`face check`), or only on the largest one, the subject
    /// the verdict is about (the counter: the others only count as "several faces").
    bool measureEveryFace = true;
};

/// The face analyser port (CAM-FACE): a frame in, every face's measurements out. The decision on
/// the figures is the core's (camera::judgeFrame). Implemented in devices/face with OpenCV.
///
/// Threading: analyse() is slow (tens of milliseconds) and must run on a worker thread, never the
/// GUI thread; one thread at a time per analyser object.
class FaceAnalyzer
{
public:
    virtual ~FaceAnalyzer() = default;
    /// An error only for a malformed frame (sizes that do not match its bytes); no face is an
    /// empty list.
    [[nodiscard]] virtual Result<camera::FrameAnalysis>
    analyse(const VideoFrame& frame, FaceAnalysisRequest request = {}) = 0;
};

} // namespace pos
