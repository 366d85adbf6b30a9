#include "devices/camera/simulatedcamera.h"

#include "app/core/ports/clock.h"
#include "devices/camera/videoframeimage.h"
#include "devices/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace pos::devices {

SimulatedCamera::SimulatedCamera(Options options, const Clock& clock, QObject* parent)
    : Camera(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { emitNextFrame(); });
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
    if (m_options.intervalMs < 0 || m_options.holdFrames < 1)
        return makeError(ErrorCode::Configuration,
                         tr("模拟摄像头：帧间隔须 ≥0 毫秒，每张图片至少显示 1 帧"));

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

    m_images = std::move(images);
    m_position = 0;
    m_running = true;
    if (m_options.intervalMs > 0)
        m_timer.start(m_options.intervalMs);
    qCDebug(lcCamera) << "simulated camera replays" << m_images.size() << "images";
    return {};
}

void SimulatedCamera::stop()
{
    m_timer.stop();
    m_running = false;
}

bool SimulatedCamera::emitNextFrame()
{
    if (!m_running)
        return false;
    const qint64 total = qint64(m_images.size()) * m_options.holdFrames;
    if (m_position >= total) {
        if (!m_options.loop) {
            stop();
            return false;
        }
        m_position = 0;
    }
    const QImage& image = m_images.at(qsizetype(m_position / m_options.holdFrames));
    ++m_position;
    ++m_framesEmitted;
    Q_EMIT frameReady(videoFrameFromImage(image, m_clock.now().toMSecsSinceEpoch()));
    return true;
}

} // namespace pos::devices
