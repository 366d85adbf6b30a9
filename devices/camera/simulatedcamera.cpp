#include "devices/camera/simulatedcamera.h"

#include "app/core/ports/clock.h"
#include "devices/camera/videoframeimage.h"
#include "devices/logging.h"
#include "devices/workerthread.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace pos::devices {

struct SimulatedCamera::Video
{
    cv::VideoCapture capture;
    QString path;
};

SimulatedCamera::~SimulatedCamera()
{
    stop();
}

bool SimulatedCamera::isVideoFile(const QString& path)
{
    static const QStringList kVideo{QStringLiteral("mkv"), QStringLiteral("mp4"),
                                    QStringLiteral("avi"), QStringLiteral("mov"),
                                    QStringLiteral("webm")};
    return kVideo.contains(QFileInfo(path).suffix().toLower());
}

SimulatedCamera::SimulatedCamera(Options options, const Clock& clock, QObject* parent)
    : Camera(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
    qRegisterMetaType<pos::VideoFrame>();
}

QString SimulatedCamera::deviceName() const
{
    return tr("模拟摄像头（%1）").arg(QFileInfo(m_options.source).fileName());
}

Status SimulatedCamera::start()
{
    stop();
    QStringList files;
    const QFileInfo source(m_options.source);
    if (m_options.intervalMs < 0 || m_options.holdFrames < 1)
        return makeError(ErrorCode::Configuration,
                         tr("模拟摄像头：帧间隔须 ≥0 毫秒，每张图片至少显示 1 帧"));
    if (source.isFile() && isVideoFile(source.filePath())) {
        auto video = std::make_unique<Video>();
        video->path = source.absoluteFilePath();
        try {
            video->capture.open(video->path.toStdString(), cv::CAP_FFMPEG);
        } catch (const cv::Exception& e) {
            qCWarning(lcCamera) << "video refused:" << e.what();
        }
        if (!video->capture.isOpened())
            return makeError(ErrorCode::DeviceFailure,
                             tr("模拟摄像头无法打开视频 %1").arg(m_options.source));
        {
            std::lock_guard lock(m_mutex);
            m_images.clear();
            m_video = std::move(video);
            m_position = 0;
        }
        begin();
        qCDebug(lcCamera) << "simulated camera replays a video";
        return {};
    }
    if (source.isDir()) {
        const QDir dir(source.absoluteFilePath());
        for (const QString& name : dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg"),
                                                  QStringLiteral("*.jpeg"), QStringLiteral("*.bmp"),
                                                  QStringLiteral("*.pgm")},
                                                 QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    } else if (source.isFile()) {
        files.append(source.absoluteFilePath());
    } else {
        return makeError(ErrorCode::DeviceFailure,
                         tr("模拟摄像头的图片来源 %1 不存在").arg(m_options.source));
    }
    QList<QImage> images;
    for (const QString& file : files) {
        QImageReader reader(file);
        QImage image = reader.read();
        if (image.isNull())
            return makeError(ErrorCode::DeviceFailure,
                             tr("模拟摄像头无法读取图片 %1：%2").arg(file, reader.errorString()));
        if (m_options.frameSize.isValid())
            image = placedOnCanvas(image, m_options.frameSize);
        images.append(image.convertToFormat(QImage::Format_BGR888));
    }
    if (images.isEmpty())
        return makeError(
            ErrorCode::DeviceFailure,
            tr("模拟摄像头：文件夹 %1 中没有图片（png、jpg、bmp、pgm）").arg(m_options.source));

    const qsizetype count = images.size();
    {
        std::lock_guard lock(m_mutex);
        m_video.reset();
        m_images = std::move(images);
        m_position = 0;
    }
    begin();
    qCDebug(lcCamera) << "simulated camera replays" << count << "images";
    return {};
}

void SimulatedCamera::begin()
{
    m_running = true;
    const int generation = ++m_generation;
    if (m_options.intervalMs <= 0)
        return;
    m_thread = std::make_unique<WorkerThread>(QStringLiteral("simulated-camera"));
    auto* worker = new QObject;
    const int intervalMs = m_options.intervalMs;
    m_thread->start(worker, [this, worker, generation, intervalMs] {
        auto* timer = new QTimer(worker);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, worker, [this, generation] { produce(generation); });
        timer->start(intervalMs);
    });
}

void SimulatedCamera::stop()
{
    m_thread.reset(); // the timer and its thread end here; nothing is made after this
    ++m_generation;   // what was posted before is not emitted
    m_running = false;
}

int SimulatedCamera::imageCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_images.size());
}

bool SimulatedCamera::isVideo() const
{
    std::lock_guard lock(m_mutex);
    return m_video != nullptr;
}

void SimulatedCamera::setFault(Fault fault)
{
    const Fault before = m_fault.exchange(fault);
    if (fault == before)
        return;
    if (fault == Fault::Unplugged)
        Q_EMIT failed(tr("模拟摄像头已断开"));
    if (fault == Fault::None && (before == Fault::Stall || before == Fault::Unplugged))
        m_announceRestored = true;
    qCDebug(lcCamera) << "simulated camera fault" << int(fault);
}

bool SimulatedCamera::nextVideoFrame(QImage* image)
{
    cv::Mat bgr;
    bool ok = m_video->capture.read(bgr) && !bgr.empty();
    if (!ok && m_options.loop) {
        m_video->capture.release();
        m_video->capture.open(m_video->path.toStdString(), cv::CAP_FFMPEG);
        ok = m_video->capture.isOpened() && m_video->capture.read(bgr) && !bgr.empty();
    }
    if (!ok || bgr.type() != CV_8UC3)
        return false;
    if (m_options.frameSize.isValid()
        && (bgr.cols != m_options.frameSize.width() || bgr.rows != m_options.frameSize.height()))
        cv::resize(bgr, bgr, cv::Size(m_options.frameSize.width(), m_options.frameSize.height()));
    // A deep copy: the capture reuses its buffer for the next frame.
    *image = QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step[0]), QImage::Format_BGR888).copy();
    return true;
}

bool SimulatedCamera::makeFrame(VideoFrame* frame, bool* ended)
{
    *ended = false;
    const Fault fault = m_fault.load();
    if (fault == Fault::Stall || fault == Fault::Unplugged)
        return false;
    std::lock_guard lock(m_mutex);
    QImage image;
    if (m_video) {
        if (!nextVideoFrame(&image)) {
            *ended = true;
            return false;
        }
    } else {
        if (m_images.isEmpty())
            return false;
        const qint64 total = qint64(m_images.size()) * m_options.holdFrames;
        if (m_position >= total) {
            if (!m_options.loop) {
                *ended = true;
                return false;
            }
            m_position = 0;
        }
        image = m_images.at(qsizetype(m_position / m_options.holdFrames));
    }
    ++m_position;
    if (fault == Fault::Black) {
        QImage black(image.size(), QImage::Format_BGR888);
        black.fill(Qt::black);
        image = black;
    }
    *frame = videoFrameFromImage(image, 0);
    return true;
}

bool SimulatedCamera::emitNextFrame()
{
    if (!m_running)
        return false;
    VideoFrame frame;
    bool ended = false;
    if (!makeFrame(&frame, &ended)) {
        if (ended)
            stop();
        return false;
    }
    emitFrame(std::move(frame));
    return true;
}

void SimulatedCamera::produce(int generation)
{
    VideoFrame frame;
    bool ended = false;
    if (!makeFrame(&frame, &ended)) {
        if (ended) // the owner stops the replay (and this thread)
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation)
                        stop();
                },
                Qt::QueuedConnection);
        return;
    }
    ++m_made;
    if (m_inFlight.load() >= 2) {
        ++m_dropped; // the owner's thread is behind: drop, never queue video
        return;
    }
    ++m_inFlight;
    QMetaObject::invokeMethod(
        this, [this, frame = std::move(frame), generation] { deliver(frame, generation); },
        Qt::QueuedConnection);
}

void SimulatedCamera::deliver(VideoFrame frame, int generation)
{
    --m_inFlight;
    const Fault fault = m_fault.load();
    // Stopped (or restarted) since it was made, or a stall or unplug ordered meanwhile: a real
    // camera's frame would not have come either.
    if (generation != m_generation || !m_running || fault == Fault::Stall
        || fault == Fault::Unplugged)
        return;
    emitFrame(std::move(frame));
}

void SimulatedCamera::emitFrame(VideoFrame frame)
{
    ++m_framesEmitted;
    if (m_announceRestored) {
        m_announceRestored = false;
        Q_EMIT restored();
    }
    frame.timestampMs = m_clock.now().toMSecsSinceEpoch();
    Q_EMIT frameReady(frame);
}

} // namespace pos::devices
