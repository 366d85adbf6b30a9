#include "devices/face/opencvfaceanalyzer.h"

#include "devices/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cmath>

namespace pos::devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenCvFaceAnalyzer)
};

/// Faces are measured at this size, so the figures do not depend on how far away the face is.
constexpr int kNormalisedFacePx = 128;

cv::Mat resized(const cv::Mat& src, double scale)
{
    cv::Mat out;
    cv::resize(src, out, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

QRect toQRect(const cv::Rect& r)
{
    return QRect(r.x, r.y, r.width, r.height);
}
} // namespace

struct OpenCvFaceAnalyzer::Cascades
{
    cv::CascadeClassifier frontal;
    cv::CascadeClassifier eye;
    cv::CascadeClassifier profile;
};

OpenCvFaceAnalyzer::OpenCvFaceAnalyzer(FaceAnalyzerOptions options)
    : m_options(std::move(options))
    , m_cascades(std::make_unique<Cascades>())
{
}

OpenCvFaceAnalyzer::~OpenCvFaceAnalyzer() = default;

Result<std::unique_ptr<OpenCvFaceAnalyzer>> OpenCvFaceAnalyzer::create(FaceAnalyzerOptions options)
{
    std::unique_ptr<OpenCvFaceAnalyzer> a(new OpenCvFaceAnalyzer(std::move(options)));
    const FaceAnalyzerOptions& o = a->m_options;
    const std::pair<cv::CascadeClassifier*, QString> cascades[] = {
        {&a->m_cascades->frontal, o.frontalCascade},
        {&a->m_cascades->eye, o.eyeCascade},
        {&a->m_cascades->profile, o.profileCascade}};
    for (const auto& [cascade, name] : cascades) {
        const QString path = o.cascadeDir + u'/' + name;
        bool loaded = false;
        if (QFileInfo(path).isFile()) {
            try {
                loaded = cascade->load(path.toStdString());
            } catch (const cv::Exception& e) {
                qCWarning(lcFace) << "cascade" << path << "refused:" << e.what();
            }
        }
        if (!loaded)
            return makeError(
                ErrorCode::Configuration,
                Tr::tr("无法加载人脸检测模型 %1（由 Debian 软件包 opencv-data 安装）").arg(path));
    }
    if (o.detectionSize.width() < 64 || o.detectionSize.height() < 64 || o.scaleFactor <= 1.0
        || o.minNeighbors < 1 || o.eyeRoiWidthPx < 60)
        return makeError(ErrorCode::Configuration, Tr::tr("人脸检测参数无效"));
    return a;
}

Result<camera::FrameAnalysis> OpenCvFaceAnalyzer::analyse(const VideoFrame& frame,
                                                          FaceAnalysisRequest request)
{
    if (frame.width <= 0 || frame.height <= 0 || frame.strideBytes < frame.width * 3
        || frame.bgr.size() < qsizetype(frame.strideBytes) * (frame.height - 1) + frame.width * 3)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("视频帧尺寸与数据不符（%1×%2，每行 %3 字节，共 %4 字节）")
                             .arg(frame.width)
                             .arg(frame.height)
                             .arg(frame.strideBytes)
                             .arg(frame.bgr.size()));
    QElapsedTimer timer;
    timer.start();
    camera::FrameAnalysis result;
    result.timestampMs = frame.timestampMs;
    result.frameSize = QSize(frame.width, frame.height);

    try {
        // A view over the frame's bytes (OpenCV never writes through it here).
        const cv::Mat bgr(frame.height, frame.width, CV_8UC3,
                          const_cast<char*>(frame.bgr.constData()), size_t(frame.strideBytes));
        cv::Mat grey;
        cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
        const double scale = std::min(double(m_options.detectionSize.width()) / frame.width,
                                      double(m_options.detectionSize.height()) / frame.height);
        const cv::Mat small = std::abs(scale - 1.0) < 1e-3 ? grey : resized(grey, scale);
        result.frameBrightness = cv::mean(small)[0];
        cv::Mat equalised;
        cv::equalizeHist(small, equalised);
        const int minPx = std::max(24, int(std::lround(m_options.minFaceFraction * small.rows)));

        std::vector<cv::Rect> found;
        m_cascades->frontal.detectMultiScale(equalised, found, m_options.scaleFactor,
                                             m_options.minNeighbors, 0, cv::Size(minPx, minPx));
        std::sort(found.begin(), found.end(),
                  [](const cv::Rect& a, const cv::Rect& b) { return a.area() > b.area(); });
        const cv::Rect whole(0, 0, grey.cols, grey.rows);
        auto toFrame = [&](const cv::Rect& r) {
            return cv::Rect(int(std::lround(r.x / scale)), int(std::lround(r.y / scale)),
                            int(std::lround(r.width / scale)), int(std::lround(r.height / scale)))
                   & whole;
        };

        const bool eyesForAll = request.measureEveryFace;
        auto measure = [&](const cv::Rect& box, bool profile) {
            camera::FaceMeasurement f;
            f.box = toQRect(box);
            f.frameSize = result.frameSize;
            f.profile = profile;
            const cv::Mat roi = grey(box);
            cv::Mat norm;
            cv::resize(roi, norm, cv::Size(kNormalisedFacePx, kNormalisedFacePx), 0, 0,
                       roi.cols > kNormalisedFacePx ? cv::INTER_AREA : cv::INTER_LINEAR);
            cv::Mat mean, stddev;
            cv::meanStdDev(norm, mean, stddev);
            f.brightness = mean.at<double>(0);
            f.contrast = stddev.at<double>(0);
            cv::Mat laplacian, lapMean, lapStd;
            cv::Laplacian(norm, laplacian, CV_32F);
            cv::meanStdDev(laplacian, lapMean, lapStd);
            f.laplacianVariance = lapStd.at<double>(0) * lapStd.at<double>(0);
            f.sharpness = f.laplacianVariance / std::max(f.contrast * f.contrast, 1.0);
            if (m_options.checkEyes && !profile && (eyesForAll || result.faces.isEmpty())) {
                // Eyes on the upper 60 % of the face, scaled so they are ~25 px (the eye
                // cascade misses them below its 20 px window on faces under ~60 px).
                const cv::Mat upper = roi(cv::Rect(0, 0, roi.cols, std::max(1, roi.rows * 6 / 10)));
                const int width = m_options.eyeRoiWidthPx;
                cv::Mat up = resized(upper, double(width) / upper.cols);
                cv::equalizeHist(up, up);
                std::vector<cv::Rect> eyes;
                // Eyes are 0.2–0.3 of a face's width: look only at those sizes.
                const int minEye = std::max(18, width * 20 / 130);
                const int maxEye = width * 44 / 130;
                m_cascades->eye.detectMultiScale(up, eyes, m_options.eyeScaleFactor, 3, 0,
                                                 cv::Size(minEye, minEye),
                                                 cv::Size(maxEye, maxEye));
                // One eye per half of the face: the largest on each side.
                const double mid = up.cols / 2.0;
                const cv::Rect* left = nullptr;
                const cv::Rect* right = nullptr;
                for (const cv::Rect& e : eyes) {
                    const double cx = e.x + e.width / 2.0;
                    const cv::Rect*& side = cx < mid ? left : right;
                    if (!side || e.area() > side->area())
                        side = &e;
                }
                f.eyesFound = (left ? 1 : 0) + (right ? 1 : 0);
                if (left && right) {
                    const double between =
                        (left->x + left->width / 2.0 + right->x + right->width / 2.0) / 2.0;
                    f.eyeOffset = (between - mid) / up.cols;
                }
            }
            return f;
        };

        for (const cv::Rect& r : found) {
            const cv::Rect box = toFrame(r);
            if (box.width > 0 && box.height > 0)
                result.faces.append(measure(box, false));
        }
        if (result.faces.isEmpty() && request.profileWhenNoFace) {
            // The LBP profile cascade knows faces turned to the left; the mirror finds the right.
            std::vector<cv::Rect> profiles, mirrored;
            m_cascades->profile.detectMultiScale(equalised, profiles, m_options.scaleFactor,
                                                 m_options.minNeighbors + 1, 0,
                                                 cv::Size(minPx, minPx));
            cv::Mat flipped;
            cv::flip(equalised, flipped, 1);
            m_cascades->profile.detectMultiScale(flipped, mirrored, m_options.scaleFactor,
                                                 m_options.minNeighbors + 1, 0,
                                                 cv::Size(minPx, minPx));
            for (cv::Rect r : mirrored) {
                r.x = equalised.cols - r.x - r.width;
                profiles.push_back(r);
            }
            std::sort(profiles.begin(), profiles.end(),
                      [](const cv::Rect& a, const cv::Rect& b) { return a.area() > b.area(); });
            for (const cv::Rect& r : profiles) {
                const cv::Rect box = toFrame(r);
                if (box.width > 0 && box.height > 0)
                    result.faces.append(measure(box, true));
            }
        }
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("人脸分析失败：%1").arg(QString::fromStdString(e.what())));
    }
    result.analysisUs = timer.nsecsElapsed() / 1000;
    return result;
}

} // namespace pos::devices
