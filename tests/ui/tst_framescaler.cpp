#include "tests/fakes/camerafakes.h"
#include "ui/framescaler.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace pos;
using namespace pos::ui;

namespace {

/// A 1280×720 frame dark on its left half and light on its right.
VideoFrame halves(qint64 atMs)
{
    VideoFrame f = fakes::hdFrame(atMs, '\x20');
    for (int y = 0; y < f.height; ++y)
        std::fill_n(f.bgr.data() + qsizetype(y) * f.strideBytes + f.width / 2 * 3, f.width / 2 * 3,
                    '\xe0');
    return f;
}

QList<ScaledFrame> delivered(const QSignalSpy& spy)
{
    QList<ScaledFrame> out;
    for (const QList<QVariant>& args : spy)
        out << args.at(0).value<ScaledFrame>();
    return out;
}

} // namespace

class TestFrameScaler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The picture fits the preview with the frame's aspect kept, is delivered on the owner's
    // thread, and is mirrored for the customer's screen.
    void deliversThePictureAtThePreviewsSize_data()
    {
        QTest::addColumn<QSize>("target");
        QTest::addColumn<bool>("mirrored");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("cashier's panel, 640x480") << QSize(640, 480) << false << QSize(640, 360);
        QTest::newRow("customer's screen, mirrored")
            << QSize(1200, 800) << true << QSize(1200, 675);
        QTest::newRow("a tall box") << QSize(400, 400) << false << QSize(400, 225);
    }
    void deliversThePictureAtThePreviewsSize()
    {
        QFETCH(QSize, target);
        QFETCH(bool, mirrored);
        QFETCH(QSize, expected);
        FrameScaler scaler;
        QSignalSpy spy(&scaler, &FrameScaler::scaled);
        QThread* deliveredOn = nullptr;
        connect(&scaler, &FrameScaler::scaled, this,
                [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        scaler.submit(halves(7), target, mirrored);
        QCOMPARE(spy.count(), 0); // the caller's thread only hands the frame over
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(deliveredOn, QThread::currentThread());
        const ScaledFrame s = spy.at(0).at(0).value<ScaledFrame>();
        QCOMPARE(s.picture.size(), expected);
        QCOMPARE(s.frameSize, QSize(1280, 720));
        QCOMPARE(s.timestampMs, qint64(7));
        const int y = s.picture.height() / 2;
        const int left = qGray(s.picture.pixel(2, y));
        const int right = qGray(s.picture.pixel(s.picture.width() - 3, y));
        QVERIFY2(mirrored ? left > 180 && right < 60 : left < 60 && right > 180,
                 qPrintable(QStringLiteral("left %1, right %2").arg(left).arg(right)));
        QCOMPARE(scaler.framesScaled(), 1);
        QCOMPARE(scaler.framesDropped(), 0);
    }

    // Frames given faster than it scales (ten at once, the GUI thread busy meanwhile): it
    // delivers the newest, in order, never a backlog; every other frame is dropped. At most three
    // arrive: the picture waiting at the owner when the burst ends, the one being scaled then, and
    // the newest frame (a slow machine — ASan — can scale one while the next is being made).
    void dropsStaleFramesAndDeliversTheNewest()
    {
        FrameScaler scaler;
        QSignalSpy spy(&scaler, &FrameScaler::scaled);
        constexpr int kFrames = 10;
        for (int i = 1; i <= kFrames; ++i)
            scaler.submit(halves(i), QSize(640, 360));
        // Every frame is accounted for: delivered or dropped; then nothing is pending.
        QTRY_COMPARE(int(spy.count()) + scaler.framesDropped(), kFrames);
        const QList<ScaledFrame> got = delivered(spy);
        QVERIFY2(got.size() <= 3, qPrintable(QString::number(got.size())));
        QCOMPARE(got.constLast().timestampMs, qint64(kFrames));
        for (qsizetype i = 1; i < got.size(); ++i)
            QVERIFY(got.at(i).timestampMs > got.at(i - 1).timestampMs);
        QVERIFY(scaler.framesDropped() >= kFrames - 3);
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), got.size());
    }

    // The customer's picture ends with the settlement: what was submitted before clear() never
    // arrives, even when it was being scaled.
    void clearDropsWhatWasSubmitted()
    {
        FrameScaler scaler;
        QSignalSpy spy(&scaler, &FrameScaler::scaled);
        scaler.submit(halves(1), QSize(640, 360));
        scaler.clear();
        QTRY_COMPARE(scaler.framesDropped(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0);
        scaler.submit(halves(2), QSize(640, 360)); // and it goes on afterwards
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<ScaledFrame>().timestampMs, qint64(2));
    }

    void malformedFramesAreIgnored()
    {
        VideoFrame shortBytes = fakes::hdFrame(1);
        shortBytes.bgr.chop(1);
        QVERIFY(FrameScaler::scaledPicture(shortBytes, QSize(64, 36), false).isNull());
        QVERIFY(FrameScaler::scaledPicture(fakes::hdFrame(1), QSize(), false).isNull());
        QVERIFY(!FrameScaler::scaledPicture(fakes::hdFrame(1), QSize(64, 36), false).isNull());
    }
};

QTEST_MAIN(TestFrameScaler)
#include "tst_framescaler.moc"
