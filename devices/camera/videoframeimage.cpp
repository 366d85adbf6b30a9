#include "devices/camera/videoframeimage.h"

#include <QPainter>

namespace pos::devices {

VideoFrame videoFrameFromImage(const QImage& image, qint64 timestampMs)
{
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    VideoFrame f;
    f.width = bgr.width();
    f.height = bgr.height();
    f.strideBytes = int(bgr.bytesPerLine()); // QImage pads rows to 4 bytes, as V4L2 drivers do
    f.bgr = QByteArray(reinterpret_cast<const char*>(bgr.constBits()), bgr.sizeInBytes());
    f.timestampMs = timestampMs;
    return f;
}

QImage placedOnCanvas(const QImage& picture, QSize canvasSize, QPoint topLeft, QRgb background)
{
    QImage canvas(canvasSize, QImage::Format_RGB32);
    canvas.fill(background);
    QImage fitted = picture;
    if (picture.width() > canvasSize.width() || picture.height() > canvasSize.height())
        fitted = picture.scaled(canvasSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QPoint at = topLeft.x() < 0 ? QPoint((canvasSize.width() - fitted.width()) / 2,
                                               (canvasSize.height() - fitted.height()) / 2)
                                      : topLeft;
    QPainter p(&canvas);
    p.drawImage(at, fitted);
    return canvas;
}

} // namespace pos::devices
