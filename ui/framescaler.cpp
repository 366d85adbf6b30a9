#include "ui/framescaler.h"

#include <utility>

namespace pos::ui {

FrameScaler::FrameScaler(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<pos::ui::ScaledFrame>();
    m_thread.setObjectName(QStringLiteral("frame-scaler"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FrameScaler::~FrameScaler()
{
    m_thread.quit();
    m_thread.wait(); // a scaling in progress ends; what it posts dies with this object
}

QImage FrameScaler::scaledPicture(const VideoFrame& frame, QSize target, bool mirrored)
{
    if (target.isEmpty() || frame.width <= 0 || frame.height <= 0
        || frame.strideBytes < frame.width * 3
        || frame.bgr.size() < qsizetype(frame.strideBytes) * frame.height)
        return {};
    // Read in place: the frame's bytes stay alive (and unchanged, being shared) meanwhile.
    const QImage source(reinterpret_cast<const uchar*>(frame.bgr.constData()), frame.width,
                        frame.height, frame.strideBytes, QImage::Format_BGR888);
    QImage picture = source.scaled(target, Qt::KeepAspectRatio, Qt::FastTransformation)
                         .convertToFormat(QImage::Format_RGB32);
    if (mirrored)
        picture = picture.mirrored(true, false);
    return picture;
}

void FrameScaler::submit(const VideoFrame& frame, QSize target, bool mirrored)
{
    if (target.isEmpty() || frame.width <= 0 || frame.height <= 0)
        return;
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_job)
            ++m_droppedCount; // not begun yet: the newer frame takes its place
        m_job = Job{frame, target, mirrored, m_generation};
        post = !std::exchange(m_jobPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(
            m_worker, [this] { scaleNewest(); }, Qt::QueuedConnection);
}

void FrameScaler::clear()
{
    std::lock_guard lock(m_mutex);
    if (m_job)
        ++m_droppedCount;
    if (m_result)
        ++m_droppedCount;
    m_job.reset();
    m_result.reset();
    ++m_generation;
}

void FrameScaler::scaleNewest()
{
    std::optional<Job> job;
    {
        std::lock_guard lock(m_mutex);
        job = std::exchange(m_job, std::nullopt);
        m_jobPosted = false;
    }
    if (!job)
        return; // cleared meanwhile
    ScaledFrame out{scaledPicture(job->frame, job->target, job->mirrored),
                    QSize(job->frame.width, job->frame.height), job->frame.timestampMs};
    if (out.picture.isNull())
        return;
    ++m_scaledCount;
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        if (job->generation != m_generation) {
            ++m_droppedCount; // cleared while it was being scaled
            return;
        }
        if (m_result)
            ++m_droppedCount; // the owner has not taken the last one: this one replaces it
        m_result = std::move(out);
        post = !std::exchange(m_resultPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(this, &FrameScaler::deliverNewest, Qt::QueuedConnection);
}

void FrameScaler::deliverNewest()
{
    std::optional<ScaledFrame> result;
    {
        std::lock_guard lock(m_mutex);
        m_resultPosted = false;
        result = std::exchange(m_result, std::nullopt);
    }
    if (result)
        Q_EMIT scaled(*result);
}

} // namespace pos::ui
