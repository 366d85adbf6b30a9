#include "app/core/ports/clock.h"
#include "devices/camera/capturecamera.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace pos;
using namespace pos::devices;

namespace {

/// An IP camera's MJPEG stream over HTTP (multipart/x-mixed-replace), as many shop cameras serve
/// it, on 127.0.0.1: it can stall (keep the connection, send nothing) or go away.
class MjpegServer : public QObject
{
public:
    MjpegServer()
    {
        QImage img(320, 240, QImage::Format_RGB32);
        img.fill(qRgb(40, 160, 90));
        QBuffer b(&m_jpeg);
        b.open(QIODevice::WriteOnly);
        img.save(&b, "JPG", 80);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    if (!m_clients.contains(s)) {
                        s->write("HTTP/1.0 200 OK\r\nContent-Type: multipart/x-mixed-replace; "
                                 "boundary=frame\r\n\r\n");
                        m_clients.append(s);
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    m_clients.removeAll(s);
                    s->deleteLater();
                });
            }
        });
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_paused)
                return;
            for (QTcpSocket* s : std::as_const(m_clients))
                s->write("--frame\r\nContent-Type: image/jpeg\r\nContent-Length: "
                         + QByteArray::number(m_jpeg.size()) + "\r\n\r\n" + m_jpeg + "\r\n");
        });
        m_timer.start(66);
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    void pause(bool paused) { m_paused = paused; }
    void goAway()
    {
        m_server.close();
        for (QTcpSocket* s : std::as_const(m_clients))
            s->abort();
        m_clients.clear();
    }

private:
    QTcpServer m_server;
    QList<QTcpSocket*> m_clients;
    QTimer m_timer;
    QByteArray m_jpeg;
    bool m_paused = false;
};

CaptureCamera::Options urlOptions(quint16 port)
{
    CaptureCamera::Options o;
    o.kind = CaptureCamera::Options::Kind::Url;
    o.source = QStringLiteral("http://127.0.0.1:%1/stream.mjpg").arg(port);
    o.stallMs = 800;
    o.reconnectMs = 200;
    o.readTimeoutMs = 1000;
    return o;
}

} // namespace

class TestCaptureCamera : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<pos::VideoFrame>(); }

    // A network camera by URL: frames arrive on the owner's thread, stamped by the Clock; a stall
    // is noticed by the watchdog and said once; the capture reconnects and says it is back; a
    // camera that goes away and comes back on its address is found again.
    void networkCameraStallsAndComesBack()
    {
        MjpegServer server;
        QVERIFY(server.listen());
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        CaptureCamera camera(urlOptions(server.port()), clock);
        QSignalSpy frames(&camera, &Camera::frameReady);
        QSignalSpy failed(&camera, &Camera::failed);
        QSignalSpy restored(&camera, &Camera::restored);
        QVERIFY(camera.start().ok());
        QVERIFY(camera.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 5, 10000);
        const VideoFrame f = frames.at(0).at(0).value<VideoFrame>();
        QCOMPARE(QSize(f.width, f.height), QSize(320, 240));
        QCOMPARE(f.timestampMs, clock.now().toMSecsSinceEpoch());
        QCOMPARE(failed.count(), 0);

        server.pause(true); // the stream stalls: connection open, nothing comes
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("网络摄像头")),
                 qPrintable(failed.at(0).at(0).toString()));
        server.pause(false);
        QVERIFY(restored.wait(10000));
        const qsizetype before = frames.count();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() > before + 3, 5000);
        QCOMPARE(failed.count(), 1); // said once

        const quint16 port = server.port();
        server.goAway(); // unplugged from the network
        QVERIFY(failed.wait(5000));
        QVERIFY(server.listen(port)); // back on its address
        QVERIFY(restored.wait(10000));
        QVERIFY(camera.reconnects() >= 1); // the lost stream was opened again
        camera.stop();
        QVERIFY(!camera.isRunning());
        const qsizetype stopped = frames.count();
        QCoreApplication::processEvents(); // frames queued before stop are dropped
        QCOMPARE(frames.count(), stopped);
    }

    // A USB camera that is not plugged in: the counter starts, the watchdog says why.
    void missingUsbCameraIsSaid()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        CaptureCamera::Options o;
        o.source = QStringLiteral("/dev/v4l/by-id/usb-none-video-index0");
        o.stallMs = 300;
        o.reconnectMs = 100;
        CaptureCamera camera(o, clock);
        QSignalSpy failed(&camera, &Camera::failed);
        QVERIFY(camera.start().ok());
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("未连接")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!camera.isSimulated());
        QVERIFY(camera.deviceName().contains(QStringLiteral("usb-none-video-index0")));
    }

    // Credentials in a camera URL never reach names or logs.
    void passwordIsMasked()
    {
        const QString masked = CaptureCamera::maskedSource(
            QStringLiteral("rtsp://admin:s3cret@192.168.1.64:554/h264"));
        QVERIFY(!masked.contains(QStringLiteral("s3cret")));
        QVERIFY(masked.contains(QStringLiteral("192.168.1.64")));
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        CaptureCamera::Options o;
        o.kind = CaptureCamera::Options::Kind::Url;
        o.source = QStringLiteral("rtsp://admin:s3cret@192.168.1.64:554/h264");
        CaptureCamera camera(o, clock);
        QVERIFY(!camera.deviceName().contains(QStringLiteral("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestCaptureCamera)
#include "tst_capturecamera.moc"
