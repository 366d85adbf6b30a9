#pragma once

#include "app/core/ports/device.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>

namespace pos {

/// One camera frame as plain bytes (the core links Qt::Core only, so no QImage here):
/// 8-bit BGR, row-major, `strideBytes` per row.
struct VideoFrame
{
    int width = 0;
    int height = 0;
    int strideBytes = 0;
    QByteArray bgr;
    qint64 timestampMs = 0; ///< from the Clock port, milliseconds since epoch
};

/// Settlement-area camera port (CAM-FACE, CAM-VIDEO). Frames arrive on the owner's thread through
/// frameReady(); the capture itself runs on the backend's worker thread. A camera that stops
/// delivering (unplugged, stream lost) says so once with failed() and keeps trying; restored()
/// follows when frames come again.
class Camera : public QObject, public DeviceIdentity
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] virtual Status start() = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isRunning() const = 0;

Q_SIGNALS:
    void frameReady(const pos::VideoFrame& frame);
    void failed(const QString& reason);
    /// Frames arrive again after failed().
    void restored();
};

} // namespace pos

Q_DECLARE_METATYPE(pos::VideoFrame)
