#pragma once

#include <QList>
#include <QMetaType>
#include <QRect>
#include <QSize>
#include <QString>

namespace pos::camera {

/// What the face analyser (the FaceAnalyzer port) measured about one face in one frame. Pure
/// figures: the decision on them is judgeFace(), here in the core.
struct FaceMeasurement
{
    QRect box;       ///< the face in frame pixels
    QSize frameSize; ///< the frame it was found in
    /// Eyes the eye check found on the face's upper part (upscaled: raw eye cascades miss eyes on
    /// faces below ~60 px). 2 for a face that looks at the camera.
    int eyesFound = 0;
    /// Midpoint of the two eyes minus the box centre, in face widths (a turned head moves its eyes
    /// off the centre of the box the frontal detector draws); 0 unless two eyes were found.
    double eyeOffset = 0;
    /// Only the profile detector saw this face: a head turned sideways, no frontal face.
    bool profile = false;
    /// Variance of the Laplacian over the variance of the grey levels, on the face scaled to
    /// 128×128: focus independent of lighting (a dim face has a small Laplacian and a small
    /// spread alike). A blurred face falls well below 0.02, a focused one is above 0.05.
    double sharpness = 0;
    /// The variance of the Laplacian itself (what installers compare between camera positions).
    double laplacianVariance = 0;
    double brightness = 0; ///< mean grey level of the face, 0–255
    double contrast = 0;   ///< standard deviation of the face's grey levels

    /// The face's height as a share of the frame's.
    [[nodiscard]] double heightFraction() const
    {
        return frameSize.height() > 0 ? double(box.height()) / frameSize.height() : 0.0;
    }
};

/// One analysed frame: every face in it, largest first.
struct FrameAnalysis
{
    qint64 timestampMs = 0; ///< the frame's timestamp (the Clock the camera uses)
    QSize frameSize;
    /// Mean grey level of the whole frame: a camera covered, dead or in the dark delivers frames
    /// near 0 (the frame watchdog treats a run of them as "black").
    double frameBrightness = 0;
    QList<FaceMeasurement> faces; ///< frontal faces, largest first; then profile-only ones
    qint64 analysisUs = 0;        ///< what the analysis took on its worker thread
};

/// The CAM-FACE thresholds. Defaults measured on tests/data/faces and synthetic variants of its
/// astronaut portrait (tests/devices/tst_opencvfaceanalyzer): real faces there have sharpness
/// 0.05–0.36 and contrast 28–75, a Gaussian blur of σ 1.5 brings sharpness to 0.005, a face
/// darkened to 35 % has brightness 53.
struct FaceQualityPolicy
{
    /// 离得太远 below: the face's height over the frame's. 0.15 of a 720-row frame is 108 px,
    /// a face about 1.2 m from a 70° camera.
    double minFaceHeightFraction = 0.15;
    int minFaceHeightPx = 80;         ///< and never fewer rows than this, whatever the frame
    double edgeMarginFraction = 0.01; ///< a box this close to the frame's edge is cut off
    int minEyes = 2;                  ///< eyes the eye check must find (frontal)
    double maxEyeOffset = 0.12;       ///< |eyeOffset| above this: head turned
    double minBrightness = 60;        ///< 光线太暗 below (mean grey of the face)
    double maxBrightness = 215;       ///< 光线太亮 above
    double minContrast = 20;          ///< 对比度太低 below (grey-level standard deviation)
    double minSharpness = 0.02;       ///< 画面模糊 below
    /// Another face at least this tall relative to the largest one competes for the shot
    /// (检测到多张人脸); smaller ones are people further back and are ignored.
    double competingFaceRatio = 0.6;
};

/// The verdict on a frame, in the order the checks are made (the first failing check is what
/// the cashier is told). No value 0: a default-constructed kind is never mistaken for usable.
enum class FaceVerdictKind
{
    Usable = 1,
    NoFace,        ///< 未检测到人脸
    MultipleFaces, ///< 检测到多张人脸
    TooFar,        ///< 离得太远
    CutOff,        ///< 人脸不完整 (at the frame's edge)
    TooDark,       ///< 光线太暗
    TooBright,     ///< 光线太亮
    LowContrast,   ///< 对比度太低
    Blurred,       ///< 画面模糊
    NotFrontal,    ///< 请正视摄像头 (profile, eyes not found, head turned)
};

/// What the cashier sees, and what a settlement keeps with its best shot.
struct FaceVerdict
{
    FaceVerdictKind kind = FaceVerdictKind::NoFace;
    int subject = -1; ///< index in FrameAnalysis::faces of the face judged; -1 when none
    QRect box;        ///< that face's box in frame pixels (the framing the panel draws)
    double score = 0; ///< 0–100 quality of the subject (qualityScore), 0 without one
    QString words;    ///< the live verdict in words, e.g. "请正视摄像头"

    [[nodiscard]] bool usable() const { return kind == FaceVerdictKind::Usable; }
};

/// The checks on one face, in order: too far, cut off, too dark, too bright, low contrast,
/// blurred, not frontal (picture before pose: the eye check fails on a bad picture); Usable when
/// all pass. Pure.
[[nodiscard]] FaceVerdict judgeFace(const FaceMeasurement& face, const FaceQualityPolicy& policy);
/// The verdict on a frame: no face; several faces of similar size; else the largest frontal face
/// judged by judgeFace() (a profile-only face is NotFrontal). `subject` names the face judged.
[[nodiscard]] FaceVerdict judgeFrame(const FrameAnalysis& frame, const FaceQualityPolicy& policy);
/// 0–100 from face size, sharpness, exposure and contrast, weighted 30/30/20/20, times a frontal
/// factor; only comparisons between shots of one settlement matter (the best shot is kept).
[[nodiscard]] double qualityScore(const FaceMeasurement& face, const FaceQualityPolicy& policy);
/// The words the cashier sees for a verdict ("请正视摄像头", "光线太暗"…).
[[nodiscard]] QString toDisplayString(FaceVerdictKind kind);
/// A stable key for JSON and logs: "usable", "no_face", "too_far"…
[[nodiscard]] QString verdictKey(FaceVerdictKind kind);

} // namespace pos::camera

Q_DECLARE_METATYPE(pos::camera::FrameAnalysis)
Q_DECLARE_METATYPE(pos::camera::FaceVerdict)
