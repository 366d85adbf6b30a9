#include "app/core/camera/bestshot.h"
#include "app/core/camera/facequality.h"
#include "app/core/camera/framewatchdog.h"

#include <QTest>

using namespace pos;
using namespace pos::camera;

Q_DECLARE_METATYPE(pos::camera::FaceMeasurement)
Q_DECLARE_METATYPE(pos::camera::FaceVerdictKind)

namespace {

/// A face that passes every check of the default policy in a 1280×720 frame: 240 rows (a third
/// of the frame), centred, both eyes, mid-grey, focused (the figures of a real portrait).
FaceMeasurement goodFace()
{
    FaceMeasurement f;
    f.frameSize = QSize(1280, 720);
    f.box = QRect(520, 220, 220, 240);
    f.eyesFound = 2;
    f.eyeOffset = 0.01;
    f.sharpness = 0.10;
    f.laplacianVariance = 290;
    f.brightness = 150;
    f.contrast = 53;
    return f;
}

template <typename Change> FaceMeasurement changed(Change change)
{
    FaceMeasurement f = goodFace();
    change(f);
    return f;
}

} // namespace

class TestFaceQuality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // CAM-FACE: each check on its own, at and across its threshold, with the words the cashier
    // sees. The first failing check in order is what is said.
    void judgeFace_data()
    {
        QTest::addColumn<FaceMeasurement>("face");
        QTest::addColumn<FaceVerdictKind>("kind");
        QTest::addColumn<QString>("words");
        using K = FaceVerdictKind;
        QTest::newRow("CAM-FACE usable") << goodFace() << K::Usable << "人脸合格";
        QTest::newRow("CAM-FACE too far: 0.14 of the frame")
            << changed([](FaceMeasurement& f) { f.box.setHeight(100); }) << K::TooFar << "离得太远";
        QTest::newRow("CAM-FACE exactly 0.15 of the frame is near enough")
            << changed([](FaceMeasurement& f) { f.box.setHeight(108); }) << K::Usable << "人脸合格";
        QTest::newRow("CAM-FACE too few rows in a small frame") << changed([](FaceMeasurement& f) {
            f.frameSize = QSize(320, 240);
            f.box = QRect(100, 60, 70, 79);
        }) << K::TooFar << "离得太远";
        QTest::newRow("CAM-FACE cut off at the left edge")
            << changed([](FaceMeasurement& f) { f.box.moveLeft(2); }) << K::CutOff << "人脸不完整";
        QTest::newRow("CAM-FACE cut off at the bottom")
            << changed([](FaceMeasurement& f) { f.box.moveBottom(719); }) << K::CutOff
            << "人脸不完整";
        QTest::newRow("CAM-FACE profile") << changed([](FaceMeasurement& f) { f.profile = true; })
                                          << K::NotFrontal << "请正视摄像头";
        QTest::newRow("CAM-FACE one eye found")
            << changed([](FaceMeasurement& f) { f.eyesFound = 1; }) << K::NotFrontal
            << "请正视摄像头";
        QTest::newRow("CAM-FACE head turned: eyes off centre")
            << changed([](FaceMeasurement& f) { f.eyeOffset = -0.13; }) << K::NotFrontal
            << "请正视摄像头";
        QTest::newRow("CAM-FACE too dark")
            << changed([](FaceMeasurement& f) { f.brightness = 53; }) << K::TooDark << "光线太暗";
        QTest::newRow("CAM-FACE dark beats blurred (first check said)")
            << changed([](FaceMeasurement& f) {
                   f.brightness = 30;
                   f.sharpness = 0.001;
               })
            << K::TooDark << "光线太暗";
        QTest::newRow("CAM-FACE too bright")
            << changed([](FaceMeasurement& f) { f.brightness = 241; }) << K::TooBright
            << "光线太亮";
        QTest::newRow("CAM-FACE low contrast")
            << changed([](FaceMeasurement& f) { f.contrast = 16; }) << K::LowContrast << "画面发灰";
        QTest::newRow("CAM-FACE blurred")
            << changed([](FaceMeasurement& f) { f.sharpness = 0.0054; }) << K::Blurred
            << "画面模糊";
        QTest::newRow("CAM-FACE a blurred face without eyes is blurred, not turned")
            << changed([](FaceMeasurement& f) {
                   f.sharpness = 0.001;
                   f.eyesFound = 0;
               })
            << K::Blurred << "画面模糊";
        QTest::newRow("CAM-FACE too far beats not frontal") << changed([](FaceMeasurement& f) {
            f.box.setHeight(60);
            f.eyesFound = 0;
        }) << K::TooFar << "离得太远";
    }
    void judgeFace()
    {
        QFETCH(FaceMeasurement, face);
        QFETCH(FaceVerdictKind, kind);
        QFETCH(QString, words);
        const FaceVerdict v = camera::judgeFace(face, FaceQualityPolicy{});
        QCOMPARE(v.kind, kind);
        QVERIFY2(v.words.startsWith(words), qPrintable(v.words));
        QCOMPARE(v.usable(), kind == FaceVerdictKind::Usable);
        QVERIFY(v.score > 0 && v.score <= 100);
        QVERIFY(!verdictKey(kind).isEmpty());
    }

    void judgeFrame_data()
    {
        QTest::addColumn<QList<FaceMeasurement>>("faces");
        QTest::addColumn<FaceVerdictKind>("kind");
        QTest::addColumn<int>("subject");
        using K = FaceVerdictKind;
        FaceMeasurement small = goodFace();
        small.box = QRect(40, 40, 90, 100); // someone further back: 100 < 0.6 × 240
        FaceMeasurement similar = goodFace();
        similar.box = QRect(900, 200, 150, 160); // 160 ≥ 0.6 × 240
        FaceMeasurement profile = goodFace();
        profile.profile = true;
        QTest::newRow("CAM-FACE no face") << QList<FaceMeasurement>{} << K::NoFace << -1;
        QTest::newRow("CAM-FACE one good face") << QList{goodFace()} << K::Usable << 0;
        QTest::newRow("CAM-FACE a small face behind is ignored")
            << QList{small, goodFace()} << K::Usable << 1;
        QTest::newRow("CAM-FACE two faces of similar size")
            << QList{goodFace(), similar} << K::MultipleFaces << 0;
        QTest::newRow("CAM-FACE only a profile") << QList{profile} << K::NotFrontal << -1;
        QTest::newRow("CAM-FACE frontal beside a profile")
            << QList{profile, goodFace()} << K::MultipleFaces << 1;
    }
    void judgeFrame()
    {
        QFETCH(QList<FaceMeasurement>, faces);
        QFETCH(FaceVerdictKind, kind);
        QFETCH(int, subject);
        FrameAnalysis a;
        a.frameSize = QSize(1280, 720);
        a.faces = faces;
        const FaceVerdict v = camera::judgeFrame(a, FaceQualityPolicy{});
        QCOMPARE(v.kind, kind);
        if (kind != FaceVerdictKind::NotFrontal)
            QCOMPARE(v.subject, subject);
        QCOMPARE(v.words, toDisplayString(kind));
    }

    // The score orders shots: bigger, sharper, better exposed, more contrast, more frontal.
    void scoreOrdersShots()
    {
        const FaceQualityPolicy p;
        const double base = qualityScore(goodFace(), p);
        QVERIFY(qualityScore(changed([](FaceMeasurement& f) { f.box.setHeight(130); }), p) < base);
        QVERIFY(qualityScore(changed([](FaceMeasurement& f) { f.sharpness = 0.03; }), p) < base);
        QVERIFY(qualityScore(changed([](FaceMeasurement& f) { f.brightness = 70; }), p) < base);
        QVERIFY(qualityScore(changed([](FaceMeasurement& f) { f.contrast = 25; }), p) < base);
        QVERIFY(qualityScore(changed([](FaceMeasurement& f) { f.eyeOffset = 0.1; }), p) < base);
        QVERIFY(qualityScore(changed([](FaceMeasurement& f) { f.profile = true; }), p) < base / 2);
        QVERIFY(base <= 100.0);
    }

    void bestShotKeepsTheBestUsable()
    {
        BestShotKeeper keeper;
        const FaceQualityPolicy p;
        auto offer = [&](const FaceMeasurement& f, qint64 ts) {
            FrameAnalysis a;
            a.timestampMs = ts;
            a.frameSize = f.frameSize;
            a.faces = {f};
            VideoFrame frame;
            frame.timestampMs = ts;
            return keeper.offer(frame, a, camera::judgeFrame(a, p));
        };
        QVERIFY(!offer(changed([](FaceMeasurement& f) { f.sharpness = 0.001; }), 1)); // blurred
        QVERIFY(!keeper.best());
        QVERIFY(offer(changed([](FaceMeasurement& f) { f.sharpness = 0.03; }), 2));
        QCOMPARE(keeper.best()->frame.timestampMs, 2);
        QVERIFY(offer(goodFace(), 3));  // sharper: better
        QVERIFY(!offer(goodFace(), 4)); // as good: the earlier shot stays
        QVERIFY(!offer(changed([](FaceMeasurement& f) { f.contrast = 25; }), 5)); // worse
        QCOMPARE(keeper.best()->frame.timestampMs, 3);
        QCOMPARE(keeper.framesOffered(), 5);
        QCOMPARE(keeper.usableFrames(), 4);
        keeper.clear();
        QVERIFY(!keeper.best());
        QCOMPARE(keeper.framesOffered(), 0);
    }

    // CAM-VIDEO: the watchdog on the Clock's milliseconds.
    void watchdog()
    {
        FrameWatchdog w(WatchdogPolicy{2000, 3000, 8.0});
        QCOMPARE(w.condition(0), CameraCondition::NoFrames);
        w.frameArrived(1000);
        QCOMPARE(w.condition(1000), CameraCondition::Live);
        QCOMPARE(w.condition(3000), CameraCondition::Live);    // exactly the limit
        QCOMPARE(w.condition(3001), CameraCondition::Stalled); // past it
        w.frameArrived(3100);
        QCOMPARE(w.condition(3100), CameraCondition::Live);
        w.frameBrightness(3100, 2.0); // black frames start
        w.frameArrived(5000);
        w.frameBrightness(5000, 3.0);
        QCOMPARE(w.condition(6099), CameraCondition::Live); // black for < 3 s
        w.frameArrived(6100);
        QCOMPARE(w.condition(6100), CameraCondition::Black);
        w.frameBrightness(6200, 90.0); // a picture again
        QCOMPARE(w.condition(6200), CameraCondition::Live);
        w.reset();
        QCOMPARE(w.condition(6200), CameraCondition::NoFrames);
    }
};

QTEST_GUILESS_MAIN(TestFaceQuality)
#include "tst_facequality.moc"
