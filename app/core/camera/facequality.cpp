#include "app/core/camera/facequality.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pos::camera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FaceQuality)
};

FaceVerdict verdict(FaceVerdictKind kind, int subject = -1, double score = 0)
{
    FaceVerdict v;
    v.kind = kind;
    v.subject = subject;
    v.score = score;
    v.words = toDisplayString(kind);
    return v;
}

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}
} // namespace

FaceVerdict judgeFace(const FaceMeasurement& f, const FaceQualityPolicy& p)
{
    const double score = qualityScore(f, p);
    auto fail = [&](FaceVerdictKind k) { return verdict(k, 0, score); };
    if (f.box.height() < p.minFaceHeightPx || f.heightFraction() < p.minFaceHeightFraction)
        return fail(FaceVerdictKind::TooFar);
    const int marginX = int(std::lround(p.edgeMarginFraction * f.frameSize.width()));
    const int marginY = int(std::lround(p.edgeMarginFraction * f.frameSize.height()));
    if (f.frameSize.isValid()
        && (f.box.left() < marginX || f.box.top() < marginY
            || f.box.right() >= f.frameSize.width() - marginX
            || f.box.bottom() >= f.frameSize.height() - marginY))
        return fail(FaceVerdictKind::CutOff);
    // Picture quality before pose: the eye check fails on a face too dark, washed out, flat or
    // blurred, and "请正视摄像头" would send the customer after the wrong fault.
    if (f.brightness < p.minBrightness)
        return fail(FaceVerdictKind::TooDark);
    if (f.brightness > p.maxBrightness)
        return fail(FaceVerdictKind::TooBright);
    if (f.contrast < p.minContrast)
        return fail(FaceVerdictKind::LowContrast);
    if (f.sharpness < p.minSharpness)
        return fail(FaceVerdictKind::Blurred);
    if (f.profile || f.eyesFound < p.minEyes || std::abs(f.eyeOffset) > p.maxEyeOffset)
        return fail(FaceVerdictKind::NotFrontal);
    return verdict(FaceVerdictKind::Usable, 0, score);
}

FaceVerdict judgeFrame(const FrameAnalysis& frame, const FaceQualityPolicy& p)
{
    // The subject is the largest frontal face; profile-only faces come after the frontal ones.
    int subject = -1;
    for (int i = 0; i < frame.faces.size(); ++i) {
        const FaceMeasurement& f = frame.faces.at(i);
        if (f.profile)
            continue;
        if (subject < 0 || f.box.height() > frame.faces.at(subject).box.height())
            subject = i;
    }
    if (subject < 0) {
        if (frame.faces.isEmpty())
            return verdict(FaceVerdictKind::NoFace);
        FaceVerdict v = verdict(FaceVerdictKind::NotFrontal, 0, qualityScore(frame.faces.at(0), p));
        v.box = frame.faces.at(0).box;
        return v;
    }
    const FaceMeasurement& main = frame.faces.at(subject);
    for (int i = 0; i < frame.faces.size(); ++i) {
        const FaceMeasurement& other = frame.faces.at(i);
        if (i != subject && other.box.height() >= p.competingFaceRatio * main.box.height()) {
            FaceVerdict v = verdict(FaceVerdictKind::MultipleFaces, subject, qualityScore(main, p));
            v.box = main.box;
            return v;
        }
    }
    FaceVerdict v = judgeFace(main, p);
    v.subject = subject;
    v.box = main.box;
    return v;
}

double qualityScore(const FaceMeasurement& f, const FaceQualityPolicy& p)
{
    // Each part reaches 1 at a comfortable margin above its threshold, so a shot that merely
    // passes scores lower than one that is clearly good.
    const double size =
        clamp01(f.heightFraction() / (2.0 * std::max(p.minFaceHeightFraction, 1e-6)));
    const double sharp = clamp01(f.sharpness / (4.0 * std::max(p.minSharpness, 1e-9)));
    const double exposure = clamp01(1.0 - std::abs(f.brightness - 128.0) / 128.0);
    const double contrast = clamp01(f.contrast / (2.5 * std::max(p.minContrast, 1e-6)));
    double frontal = 1.0;
    if (f.profile)
        frontal = 0.3;
    else if (f.eyesFound < p.minEyes)
        frontal = 0.6;
    else
        frontal = clamp01(1.0 - std::abs(f.eyeOffset));
    return 100.0 * (0.3 * size + 0.3 * sharp + 0.2 * exposure + 0.2 * contrast) * frontal;
}

QString toDisplayString(FaceVerdictKind kind)
{
    switch (kind) {
    case FaceVerdictKind::Usable: return Tr::tr("人脸合格");
    case FaceVerdictKind::NoFace: return Tr::tr("未检测到人脸");
    case FaceVerdictKind::MultipleFaces: return Tr::tr("检测到多张人脸，请只留一人在镜头前");
    case FaceVerdictKind::TooFar: return Tr::tr("离得太远，请靠近摄像头");
    case FaceVerdictKind::CutOff: return Tr::tr("人脸不完整，请移到画面中央");
    case FaceVerdictKind::NotFrontal: return Tr::tr("请正视摄像头");
    case FaceVerdictKind::TooDark: return Tr::tr("光线太暗");
    case FaceVerdictKind::TooBright: return Tr::tr("光线太亮");
    case FaceVerdictKind::LowContrast: return Tr::tr("画面发灰，请调整光线");
    case FaceVerdictKind::Blurred: return Tr::tr("画面模糊，请稍停不动");
    }
    return {};
}

QString verdictKey(FaceVerdictKind kind)
{
    switch (kind) {
    case FaceVerdictKind::Usable: return QStringLiteral("usable");
    case FaceVerdictKind::NoFace: return QStringLiteral("no_face");
    case FaceVerdictKind::MultipleFaces: return QStringLiteral("multiple_faces");
    case FaceVerdictKind::TooFar: return QStringLiteral("too_far");
    case FaceVerdictKind::CutOff: return QStringLiteral("cut_off");
    case FaceVerdictKind::NotFrontal: return QStringLiteral("not_frontal");
    case FaceVerdictKind::TooDark: return QStringLiteral("too_dark");
    case FaceVerdictKind::TooBright: return QStringLiteral("too_bright");
    case FaceVerdictKind::LowContrast: return QStringLiteral("low_contrast");
    case FaceVerdictKind::Blurred: return QStringLiteral("blurred");
    }
    return {};
}

} // namespace pos::camera
