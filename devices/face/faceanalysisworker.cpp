#include "devices/face/faceanalysisworker.h"

#include "devices/logging.h"

#include <algorithm>

namespace pos::devices {

FaceAnalysisWorker::FaceAnalysisWorker(Camera& camera, std::unique_ptr<FaceAnalyzer> analyzer,
                                       Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_analyzer(std::move(analyzer))
{
    qRegisterMetaType<pos::camera::FrameAnalysis>();
    qRegisterMetaType<pos::VideoFrame>();
    m_thread.setObjectName(QStringLiteral("face-analysis"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    connect(&camera, &Camera::frameReady, this, &FaceAnalysisWorker::onFrame);
}

FaceAnalysisWorker::~FaceAnalysisWorker()
{
    m_thread.quit();
    m_thread.wait(); // an analysis in progress finishes; its result event dies with this object
}

void FaceAnalysisWorker::onFrame(const VideoFrame& frame)
{
    const qint64 minGapMs = m_options.maxRateHz > 0 ? 1000 / m_options.maxRateHz : 0;
    if (m_busy || (m_sinceLast.isValid() && m_sinceLast.elapsed() < minGapMs)) {
        ++m_dropped;
        return;
    }
    m_busy = true;
    m_sinceLast.start();
    FaceAnalysisRequest request;
    request.measureEveryFace = false; // the verdict is about the largest face
    if (!m_lastHadFace
        && (!m_sinceProfile.isValid() || m_sinceProfile.elapsed() >= m_options.profileEveryMs)) {
        request.profileWhenNoFace = true;
        m_sinceProfile.start();
    }
    // The frame's bytes are implicitly shared, not copied; the worker only reads them.
    QMetaObject::invokeMethod(m_context, [this, frame, request] {
        const Result<camera::FrameAnalysis> a = m_analyzer->analyse(frame, request);
        if (!a) {
            qCWarning(lcFace) << "frame skipped:" << a.error().message;
            QMetaObject::invokeMethod(
                this, [this] { m_busy = false; }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, analysis = a.value(), frame] { onAnalysed(analysis, frame); },
            Qt::QueuedConnection);
    });
}

void FaceAnalysisWorker::onAnalysed(const camera::FrameAnalysis& analysis, const VideoFrame& frame)
{
    m_busy = false;
    ++m_analysed;
    m_lastHadFace = std::any_of(analysis.faces.cbegin(), analysis.faces.cend(),
                                [](const camera::FaceMeasurement& f) { return !f.profile; });
    Q_EMIT analysed(analysis, frame);
}

} // namespace pos::devices
