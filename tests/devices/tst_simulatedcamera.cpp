#include "app/core/ports/clock.h"
#include "devices/camera/simulatedcamera.h"
#include "devices/recorder/gstsegmentwriter.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pos;
using namespace pos::devices;

namespace {

const QString kEanPng = QStringLiteral(PHARMAPOS_TESTDATA "/barcodes/ean13-3/01.png");

QImage solid(QRgb colour)
{
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(colour);
    return img;
}

/// The BGR bytes of the frame's centre pixel.
QRgb centre(const VideoFrame& f)
{
    const char* p = f.bgr.constData() + qsizetype(f.height / 2) * f.strideBytes + (f.width / 2) * 3;
    return qRgb(uchar(p[2]), uchar(p[1]), uchar(p[0]));
}

} // namespace

class TestSimulatedCamera : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replaysAFolderInNameOrder()
    {
        QTemporaryDir dir;
        QVERIFY(solid(qRgb(255, 0, 0)).save(dir.filePath(QStringLiteral("b.png"))));
        QVERIFY(solid(qRgb(0, 0, 255)).save(dir.filePath(QStringLiteral("a.png"))));
        QFile notes(dir.filePath(QStringLiteral("notes.txt"))); // not an image: ignored
        QVERIFY(notes.open(QIODevice::WriteOnly));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        SimulatedCamera::Options o;
        o.source = dir.path();
        o.intervalMs = 0;
        o.holdFrames = 2;
        SimulatedCamera camera(o, clock);
        QSignalSpy frames(&camera, &Camera::frameReady);
        QVERIFY(!camera.emitNextFrame()); // not started
        QVERIFY(camera.start().ok());
        QVERIFY(camera.isRunning());
        QCOMPARE(camera.imageCount(), 2);
        for (int i = 0; i < 5; ++i) {
            clock.advanceMs(100);
            QVERIFY(camera.emitNextFrame());
        }
        QCOMPARE(frames.count(), 5);
        const QList<QRgb> expected{qRgb(0, 0, 255), qRgb(0, 0, 255), qRgb(255, 0, 0),
                                   qRgb(255, 0, 0),
                                   qRgb(0, 0, 255)}; // a, a, b, b, then a again (loop)
        for (int i = 0; i < 5; ++i) {
            const VideoFrame f = frames.at(i).at(0).value<VideoFrame>();
            QCOMPARE(f.width, 64);
            QCOMPARE(f.height, 48);
            QVERIFY(f.strideBytes >= f.width * 3);
            QCOMPARE(f.bgr.size(), qsizetype(f.strideBytes) * f.height);
            QCOMPARE(centre(f), expected.at(i));
            QCOMPARE(f.timestampMs, clock.now().addMSecs(-100 * (4 - i)).toMSecsSinceEpoch());
        }
        QVERIFY(camera.isSimulated());
        camera.stop();
        QVERIFY(!camera.emitNextFrame());
    }

    void placesImagesOnACameraSizedFrame()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        SimulatedCamera::Options o;
        o.source = kEanPng;
        o.intervalMs = 0;
        o.frameSize = QSize(1280, 720);
        o.loop = false;
        SimulatedCamera camera(o, clock);
        QSignalSpy frames(&camera, &Camera::frameReady);
        QVERIFY(camera.start().ok());
        QVERIFY(camera.emitNextFrame());
        QVERIFY(!camera.emitNextFrame()); // one image, no loop: the replay ends
        QVERIFY(!camera.isRunning());
        const VideoFrame f = frames.at(0).at(0).value<VideoFrame>();
        QCOMPARE(QSize(f.width, f.height), QSize(1280, 720));
        QCOMPARE(uchar(f.bgr.at(0)), uchar(0x80)); // the counter-grey margin
    }

    void timerDrivesTheReplay()
    {
        SystemClock clock;
        SimulatedCamera::Options o;
        o.source = kEanPng;
        o.intervalMs = 10;
        SimulatedCamera camera(o, clock);
        QSignalSpy frames(&camera, &Camera::frameReady);
        QVERIFY(camera.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 3, 5000);
        camera.stop();
        const int count = int(frames.count());
        // Stopped: its thread is gone, and what it posted before is not emitted.
        QVERIFY(!camera.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(frames.count(), count);
    }

    // As a real camera's capture thread: the frames are made on the camera's own thread, so they
    // keep coming while the owner's thread (the GUI thread at the counter) is busy and runs no
    // event loop; they are emitted on the owner's thread, at most two having waited for it — the
    // rest are dropped, never queued.
    void makesFramesOnItsOwnThread()
    {
        SystemClock clock;
        SimulatedCamera::Options o;
        o.source = kEanPng;
        o.intervalMs = 5;
        o.frameSize = QSize(1280, 720);
        SimulatedCamera camera(o, clock);
        QSignalSpy frames(&camera, &Camera::frameReady);
        QThread* emittedOn = nullptr;
        QObject receiver;
        connect(&camera, &Camera::frameReady, &receiver,
                [&emittedOn] { emittedOn = QThread::currentThread(); });
        QVERIFY(camera.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 2, 5000);
        QCOMPARE(emittedOn, QThread::currentThread());
        QCOMPARE(frames.constLast().at(0).value<VideoFrame>().width, 1280);

        // This thread busy: no event loop runs here, and frames are still made.
        const int emitted = int(frames.count());
        const int made = camera.framesMade();
        const QDeadlineTimer deadline(10000);
        while (camera.framesMade() < made + 8 && !deadline.hasExpired())
            QThread::yieldCurrentThread();
        QVERIFY2(camera.framesMade() >= made + 8, "no frames made while this thread was busy");
        camera.stop(); // the camera's thread ends; nothing is made any more
        QCOMPARE(frames.count(), emitted);
        // Of the frames made while this thread was busy, at most two waited for it.
        const int waited = camera.framesMade() - camera.framesDropped() - emitted;
        QVERIFY2(waited >= 0 && waited <= 2, qPrintable(QString::number(waited)));
        QVERIFY(camera.framesDropped() >= 6);
        QCoreApplication::processEvents();
        QCOMPARE(frames.count(), emitted); // stopped: the waiting ones are not emitted
    }

    // The faults with the replay running on the camera's thread: a stall stops the frames, a
    // black picture comes from that thread too, an unplug says so at once; clearing resumes,
    // restored() before the first frame back.
    void faultsWithTheTimerRunning()
    {
        SystemClock clock;
        SimulatedCamera::Options o;
        o.source = kEanPng;
        o.intervalMs = 5;
        SimulatedCamera camera(o, clock);
        QSignalSpy frames(&camera, &Camera::frameReady);
        QSignalSpy failed(&camera, &Camera::failed);
        QSignalSpy restored(&camera, &Camera::restored);
        int framesAtRestore = -1;
        QObject receiver;
        connect(&camera, &Camera::restored, &receiver,
                [&] { framesAtRestore = int(frames.count()); });
        QVERIFY(camera.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 1, 5000);

        const int beforeStall = int(frames.count());
        camera.setFault(SimulatedCamera::Fault::Stall);
        QCoreApplication::processEvents(); // what was made before the stall is not emitted
        QCOMPARE(frames.count(), beforeStall);
        camera.setFault(SimulatedCamera::Fault::None);
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() > beforeStall, 5000);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(framesAtRestore, beforeStall);
        QCOMPARE(failed.count(), 0);

        camera.setFault(SimulatedCamera::Fault::Black);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QByteArray b = frames.constLast().at(0).value<VideoFrame>().bgr;
                return b.count('\0') == b.size();
            }(),
            5000);
        camera.setFault(SimulatedCamera::Fault::Unplugged);
        QCOMPARE(failed.count(), 1);
        QCoreApplication::processEvents();
        const int beforePlug = int(frames.count());
        camera.setFault(SimulatedCamera::Fault::None);
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() > beforePlug, 5000);
        QCOMPARE(restored.count(), 2);
        QCOMPARE(framesAtRestore, beforePlug);
    }

    // Every fault of a real camera on command: a stall says nothing (watchdogs must notice), an
    // unplug says so at once, a black picture keeps the frames coming; clearing resumes, and
    // restored() comes with the first frame after a stall or unplug.
    void faultsOnCommand()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        SimulatedCamera::Options o;
        o.source = kEanPng;
        o.intervalMs = 0;
        SimulatedCamera camera(o, clock);
        QSignalSpy frames(&camera, &Camera::frameReady);
        QSignalSpy failed(&camera, &Camera::failed);
        QSignalSpy restored(&camera, &Camera::restored);
        QVERIFY(camera.start().ok());
        QVERIFY(camera.emitNextFrame());

        camera.setFault(SimulatedCamera::Fault::Stall);
        QVERIFY(!camera.emitNextFrame());
        QCOMPARE(failed.count(), 0);
        camera.setFault(SimulatedCamera::Fault::None);
        QVERIFY(camera.emitNextFrame());
        QCOMPARE(restored.count(), 1);

        camera.setFault(SimulatedCamera::Fault::Unplugged);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("断开")));
        QVERIFY(!camera.emitNextFrame());
        QVERIFY(camera.isRunning()); // it is still "trying", as a real backend reconnects
        camera.setFault(SimulatedCamera::Fault::None);
        QVERIFY(camera.emitNextFrame());
        QCOMPARE(restored.count(), 2);

        camera.setFault(SimulatedCamera::Fault::Black);
        QVERIFY(camera.emitNextFrame());
        const VideoFrame black = frames.constLast().at(0).value<VideoFrame>();
        QCOMPARE(black.width, frames.at(0).at(0).value<VideoFrame>().width);
        QCOMPARE(black.height, frames.at(0).at(0).value<VideoFrame>().height);
        QCOMPARE(black.bgr.count('\0'), black.bgr.size());
        camera.setFault(SimulatedCamera::Fault::None);
        QVERIFY(camera.emitNextFrame());
        QCOMPARE(restored.count(), 2); // a black picture was no outage
        QVERIFY(frames.constLast().at(0).value<VideoFrame>().bgr.count('\0')
                < black.bgr.size() / 2);
        QCOMPARE(frames.count(), 5);
    }

    // A video file replays frame by frame at the set rate, and loops.
    void replaysAVideoFile()
    {
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("counter.mkv"));
        SegmentFormat format;
        format.frameSize = QSize(320, 240);
        format.fps = 10;
        {
            auto writer = GstSegmentWriter::open(video, format);
            QVERIFY(writer.ok());
            for (int i = 0; i < 6; ++i) {
                QImage img(320, 240, QImage::Format_RGB32);
                img.fill(i < 3 ? qRgb(200, 30, 30) : qRgb(30, 30, 200));
                QVERIFY((*writer)->push(img, i * 100).ok());
            }
            QVERIFY((*writer)->close().ok());
        }
        QVERIFY(SimulatedCamera::isVideoFile(video));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        SimulatedCamera::Options o;
        o.source = video;
        o.intervalMs = 0;
        SimulatedCamera camera(o, clock);
        QSignalSpy frames(&camera, &Camera::frameReady);
        QVERIFY(camera.start().ok());
        QVERIFY(camera.isVideo());
        for (int i = 0; i < 8; ++i)
            QVERIFY(camera.emitNextFrame());
        QCOMPARE(frames.count(), 8);
        auto red = [&](int i) {
            const QRgb c = centre(frames.at(i).at(0).value<VideoFrame>());
            return qRed(c) > 150 && qBlue(c) < 90;
        };
        QVERIFY(red(0) && red(2) && !red(3) && !red(5));
        QVERIFY(red(6)); // looped to the start
        QCOMPARE(frames.at(0).at(0).value<VideoFrame>().width, 320);

        SimulatedCamera::Options bad;
        bad.source = dir.filePath(QStringLiteral("missing.mkv"));
        SimulatedCamera none(bad, clock);
        QVERIFY(!none.start().ok());
    }

    void badSourceIsRefusedByName_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing path") << "missing";
        QTest::newRow("folder without images") << "empty";
        QTest::newRow("image that does not decode") << "corrupt";
    }
    void badSourceIsRefusedByName()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString source = dir.filePath(QStringLiteral("nothing-here"));
        if (kind == QStringLiteral("empty")) {
            source = dir.path();
        } else if (kind == QStringLiteral("corrupt")) {
            source = dir.filePath(QStringLiteral("broken.png"));
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a png");
        }
        SystemClock clock;
        SimulatedCamera::Options o;
        o.source = source;
        SimulatedCamera camera(o, clock);
        const Status s = camera.start();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::DeviceFailure);
        QVERIFY2(s.error().message.contains(source), qPrintable(s.error().message));
        QVERIFY(!camera.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSimulatedCamera)
#include "tst_simulatedcamera.moc"
