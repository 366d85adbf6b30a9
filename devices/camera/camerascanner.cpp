#include "devices/camera/camerascanner.h"

#include "devices/logging.h"

#include <QElapsedTimer>

namespace pos::devices {

CameraScanner::CameraScanner(Camera& camera, Options options, QObject* parent)
    : Scanner(parent)
    , m_camera(camera)
    , m_options(options)
    , m_decoder(options.decode)
{
    m_thread.setObjectName(QStringLiteral("camera-decode"));
    m_decodeContext = new QObject;
    m_decodeContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_decodeContext, &QObject::deleteLater);
    m_thread.start();
    connect(&m_camera, &Camera::frameReady, this, &CameraScanner::onFrame);
    connect(&m_camera, &Camera::failed, this,
            [this](const QString& reason) { Q_EMIT availabilityChanged(false, reason); });
}

CameraScanner::~CameraScanner()
{
    m_thread.quit();
    m_thread.wait(); // a decode in progress finishes; its result event dies with this object
}

QString CameraScanner::deviceName() const
{
    return tr("摄像头扫码（%1）").arg(m_camera.deviceName());
}

void CameraScanner::onFrame(const VideoFrame& frame)
{
    if (m_busy) {
        ++m_framesDropped;
        return;
    }
    m_busy = true;
    StripHalf strips = StripHalf::Both;
    if (m_options.stripsOverTwoFrames) {
        strips = m_secondHalf ? StripHalf::Second : StripHalf::First;
        m_secondHalf = !m_secondHalf;
    }
    // The frame's bytes are implicitly shared, not copied; the worker only reads them.
    QMetaObject::invokeMethod(m_decodeContext, [this, frame, strips] {
        QElapsedTimer timer;
        timer.start();
        Result<QList<DecodedCode>> codes = m_decoder.decode(frame, strips);
        if (!codes)
            qCWarning(lcCamera) << "frame skipped:" << codes.error().message;
        const QList<DecodedCode> found = codes ? *codes : QList<DecodedCode>();
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            this, [this, ts = frame.timestampMs, found, ms] { onDecoded(ts, found, ms); },
            Qt::QueuedConnection);
    });
}

void CameraScanner::onDecoded(qint64 timestampMs, const QList<DecodedCode>& codes, qint64 decodeMs)
{
    m_busy = false;
    ++m_framesDecoded;
    for (const DecodedCode& code : codes) {
        const QByteArray key = code.symbologyId.toLatin1() + '\0' + code.payload;
        const auto seen = m_lastSeenMs.constFind(key);
        const bool appeared =
            seen == m_lastSeenMs.cend() || timestampMs - *seen >= m_options.reappearAfterMs;
        m_lastSeenMs.insert(key, timestampMs);
        if (!appeared)
            continue;
        ScanEvent e;
        e.payload = code.payload;
        e.symbologyId = code.symbologyId;
        e.source = QStringLiteral("camera");
        e.time = QDateTime::fromMSecsSinceEpoch(timestampMs);
        qCDebug(lcCamera) << code.format << code.symbologyId << "of" << code.payload.size()
                          << "bytes in" << decodeMs << "ms";
        Q_EMIT scanned(e);
    }
    // Forget codes long gone, so the table stays as small as what is on the counter.
    m_lastSeenMs.removeIf([&](QHash<QByteArray, qint64>::iterator it) {
        return timestampMs - it.value() >= m_options.reappearAfterMs;
    });
    Q_EMIT frameDecoded(int(codes.size()), decodeMs);
}

} // namespace pos::devices
