#include "app/core/ports/clock.h"
#include "devices/camera/camerascanner.h"
#include "devices/camera/simulatedcamera.h"
#include "devices/camera/videoframeimage.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::devices;

namespace {

const QString kBarcodes = QStringLiteral(PHARMAPOS_TESTDATA "/barcodes");
const QString kGs1Png = kBarcodes + QStringLiteral("/datamatrix-1/gs1-figure-4.15.1-2-32x32.png");
const QString kEanPng = kBarcodes + QStringLiteral("/ean13-3/01.png");

QByteArray gs1Content()
{
    QFile f(kBarcodes + QStringLiteral("/datamatrix-1/gs1-figure-4.15.1-2-32x32.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A folder the simulated camera replays in name order: what passes in front of the camera.
void writeScene(const QTemporaryDir& dir, const QStringList& shots)
{
    int n = 0;
    for (const QString& shot : shots) {
        const QString target =
            dir.filePath(QStringLiteral("%1.png").arg(++n, 2, 10, QLatin1Char('0')));
        if (shot.isEmpty()) { // nothing in view
            QImage empty(320, 240, QImage::Format_RGB32);
            empty.fill(Qt::lightGray);
            QVERIFY(empty.save(target));
        } else {
            QVERIFY(QFile::copy(shot, target));
        }
    }
}

const QDateTime kStart(QDate(2026, 11, 23), QTime(10, 0));

/// A 1280×720 simulated camera showing `source`, stepped by the test (no timer).
SimulatedCamera::Options steppedCamera(const QString& source)
{
    SimulatedCamera::Options o;
    o.source = source;
    o.intervalMs = 0;
    o.frameSize = QSize(1280, 720);
    return o;
}

/// A camera whose frames and failures the test scripts.
class ScriptedCamera final : public Camera
{
public:
    [[nodiscard]] QString deviceName() const override { return QStringLiteral("scripted"); }
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] Status start() override { return {}; }
    void stop() override {}
    [[nodiscard]] bool isRunning() const override { return true; }
    void fail(const QString& reason) { Q_EMIT failed(reason); }
    void show(const VideoFrame& frame) { Q_EMIT frameReady(frame); }
};

} // namespace

class TestCameraScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each shot is held for 3 frames, 100 ms apart. A code is delivered when it comes into view,
    // once however long it stays, and again only after it was out of view for reappearAfterMs.
    void emitsEachCodeOncePerAppearance_data()
    {
        QTest::addColumn<int>("reappearAfterMs");
        QTest::addColumn<QList<QByteArray>>("expected");
        const QByteArray ean("9780764544200");
        // Shots: DataMatrix, nothing, DataMatrix again, EAN-13 — the code is away for 400 ms.
        QTest::newRow("away longer than reappearAfterMs: delivered again")
            << 250 << QList<QByteArray>{gs1Content(), gs1Content(), ean};
        QTest::newRow("away shorter than reappearAfterMs: delivered once")
            << 1500 << QList<QByteArray>{gs1Content(), ean};
    }
    void emitsEachCodeOncePerAppearance()
    {
        QFETCH(int, reappearAfterMs);
        QFETCH(QList<QByteArray>, expected);
        QTemporaryDir dir;
        writeScene(dir, {kGs1Png, QString(), kGs1Png, kEanPng});
        ManualClock clock(kStart);
        SimulatedCamera::Options cam = steppedCamera(dir.path());
        cam.holdFrames = 3;
        cam.loop = false;
        SimulatedCamera camera(cam, clock);
        QVERIFY(camera.start().ok());
        CameraScanner::Options options;
        options.reappearAfterMs = reappearAfterMs;
        CameraScanner scanner(camera, options);
        QSignalSpy scans(&scanner, &Scanner::scanned);
        QSignalSpy decoded(&scanner, &CameraScanner::frameDecoded);

        QList<qint64> frameTimes;
        for (int frame = 0; frame < 12; ++frame) {
            clock.advanceMs(100);
            frameTimes << clock.now().toMSecsSinceEpoch();
            QVERIFY(camera.emitNextFrame());
            QTRY_COMPARE_WITH_TIMEOUT(decoded.count(), frame + 1, 10'000); // one at a time
        }
        QVERIFY(!camera.emitNextFrame()); // the scene is over
        QCOMPARE(scanner.framesDecoded(), 12);
        QCOMPARE(scanner.framesDropped(), 0);

        QList<QByteArray> payloads;
        for (const QList<QVariant>& args : scans) {
            const ScanEvent e = args.at(0).value<ScanEvent>();
            payloads << e.payload;
            QCOMPARE(e.source, QStringLiteral("camera"));
            QCOMPARE(e.symbologyId,
                     e.payload == gs1Content() ? QStringLiteral("]d2") : QStringLiteral("]E0"));
            QVERIFY(frameTimes.contains(e.time.toMSecsSinceEpoch())); // when it was in view
        }
        QCOMPARE(payloads, expected);
    }

    void dropsFramesWhileDecoding()
    {
        ManualClock clock(kStart);
        SimulatedCamera camera(steppedCamera(kGs1Png), clock);
        QVERIFY(camera.start().ok());
        CameraScanner scanner(camera);
        QSignalSpy scans(&scanner, &Scanner::scanned);
        QSignalSpy decoded(&scanner, &CameraScanner::frameDecoded);

        // Five frames in one go: the first goes to the worker, the rest find it busy. The
        // result can only come back through this thread's event loop, so none is decoded yet.
        for (int i = 0; i < 5; ++i) {
            clock.advanceMs(33);
            QVERIFY(camera.emitNextFrame());
        }
        QVERIFY(scanner.isBusy());
        QCOMPARE(scanner.framesDropped(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(decoded.count(), 1, 10'000);
        QVERIFY(!scanner.isBusy());
        QCOMPARE(scans.count(), 1);
        QCOMPARE(decoded.at(0).at(0).toInt(), 1);

        // The next frame is taken again; the same code still in view is not delivered twice.
        clock.advanceMs(33);
        QVERIFY(camera.emitNextFrame());
        QTRY_COMPARE_WITH_TIMEOUT(decoded.count(), 2, 10'000);
        QCOMPARE(scans.count(), 1);
    }

    // Issue 13 item 7: the off-centre strips are read half on one frame, half on the next. A
    // small DataMatrix (C40.png, 45×40) held near the top right lies where only the second half
    // reads: the scanner reads it on the second frame, or on the first when every frame reads
    // every strip.
    void offCentreCodeIsReadOnTheNextFrame_data()
    {
        QTest::addColumn<bool>("split");
        QTest::addColumn<QList<int>>("codesPerFrame");
        QTest::newRow("half the strips per frame") << true << QList<int>{0, 1, 0, 1};
        QTest::newRow("every strip on every frame") << false << QList<int>{1, 1, 1, 1};
    }
    void offCentreCodeIsReadOnTheNextFrame()
    {
        QFETCH(bool, split);
        QFETCH(QList<int>, codesPerFrame);
        const QImage code(kBarcodes + QStringLiteral("/datamatrix-1/C40.png"));
        QVERIFY(!code.isNull());
        const VideoFrame frame =
            videoFrameFromImage(placedOnCanvas(code, QSize(1280, 720), QPoint(1000, 24)), 0);
        const BarcodeImageDecoder decoder(CameraScanner::Options().decode);
        QCOMPARE(decoder.decode(frame, StripHalf::First)->size(), 0); // the premise
        QCOMPARE(decoder.decode(frame, StripHalf::Second)->size(), 1);

        ScriptedCamera camera;
        CameraScanner::Options options;
        options.stripsOverTwoFrames = split;
        CameraScanner scanner(camera, options);
        QSignalSpy scans(&scanner, &Scanner::scanned);
        QSignalSpy decoded(&scanner, &CameraScanner::frameDecoded);
        QList<int> found;
        for (int i = 0; i < codesPerFrame.size(); ++i) {
            camera.show(frame);
            QTRY_COMPARE_WITH_TIMEOUT(decoded.count(), i + 1, 10'000);
            found << decoded.at(i).at(0).toInt();
        }
        QCOMPARE(found, codesPerFrame);
        QCOMPARE(scans.count(), 1); // held in view: delivered once
        QFile c40(kBarcodes + QStringLiteral("/datamatrix-1/C40.txt"));
        QVERIFY(c40.open(QIODevice::ReadOnly));
        QCOMPARE(scans.at(0).at(0).value<ScanEvent>().payload, c40.readAll());
    }

    void cameraFailureMakesTheScannerUnavailable()
    {
        ScriptedCamera camera;
        CameraScanner scanner(camera);
        QSignalSpy availability(&scanner, &Scanner::availabilityChanged);
        camera.fail(QStringLiteral("摄像头已断开"));
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        QCOMPARE(availability.at(0).at(1).toString(), QStringLiteral("摄像头已断开"));
        QVERIFY(scanner.deviceName().contains(QStringLiteral("scripted")));
        QVERIFY(scanner.isSimulated());
    }

    void destroyedWhileDecodingIsSafe()
    {
        ManualClock clock(kStart);
        SimulatedCamera camera(steppedCamera(kEanPng), clock);
        QVERIFY(camera.start().ok());
        {
            CameraScanner scanner(camera);
            QVERIFY(camera.emitNextFrame());
            QVERIFY(scanner.isBusy());
        } // waits for the decode; its queued result dies with the scanner
        QCoreApplication::processEvents();
        QVERIFY(camera.emitNextFrame()); // nobody listens any more: nothing breaks
    }
};

QTEST_GUILESS_MAIN(TestCameraScanner)
#include "tst_camerascanner.moc"
