#include "app/core/camera/evidenceaccess.h"
#include "tests/fakes/camerafakes.h"
#include "tests/fakes/fakes.h"
#include "ui/camerapanel.h"
#include "ui/evidenceviewer.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pos;
using namespace pos::camera;

namespace {

bool hasGreenBox(const QImage& pic)
{
    for (int x = 0; x < pic.width(); ++x)
        for (int y = 0; y < pic.height(); ++y)
            if (qGreen(pic.pixel(x, y)) > 180 && qRed(pic.pixel(x, y)) < 100)
                return true;
    return false;
}

struct Rig
{
    Rig() { staff.loginAs(QStringLiteral("zhangsan")); }
    void frame(bool usable)
    {
        gate.onCameraFrame();
        const qint64 ms = clock.now().toMSecsSinceEpoch();
        const VideoFrame f = fakes::hdFrame(ms);
        panel.showFrame(f);
        gate.onAnalysis(fakes::analysisWithFace(usable, ms), f);
    }

    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0))};
    fakes::StaffFixture staff{clock};
    fakes::FakeSettlementRecorder recorder;
    SettlementEvidence gate{recorder, staff.audit, clock, fakes::manualEvidencePolicy(), {}};
    ui::CameraPanel panel{gate};
};

} // namespace

class TestCameraPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // CAM-CONSENT: the notice is always there; the consent step shows when the settlement asks,
    // and the buttons act on the core's gate.
    void consentStepAndLiveVerdict()
    {
        Rig r;
        r.panel.show();
        QVERIFY(r.panel.noticeLabel()->text().contains(QStringLiteral("录音录像")));
        QVERIFY(r.panel.consentButton()->isHidden());
        r.frame(false);
        QVERIFY(r.panel.verdictLabel()->text().contains(QStringLiteral("请正视摄像头")));
        QVERIFY(r.gate.begin(QStringLiteral("JS-1"), {}).ok());
        QVERIFY(!r.panel.consentButton()->isHidden());
        QTest::mouseClick(r.panel.consentButton(), Qt::LeftButton);
        QCOMPARE(r.gate.state(), EvidenceState::Capturing);
        QVERIFY(r.panel.consentButton()->isHidden());
        QVERIFY(!r.panel.retryButton()->isHidden());
        r.frame(true);
        QCOMPARE(r.gate.state(), EvidenceState::FaceHeld);
        QVERIFY(r.panel.verdictLabel()->text().contains(QStringLiteral("已采集本单人脸")));
        // The face is framed in the picture: green pixels where the box is drawn (the picture
        // arrives scaled from the panel's scaler thread).
        QTRY_VERIFY(hasGreenBox(r.panel.lastPicture()));
        QTest::mouseClick(r.panel.retryButton(), Qt::LeftButton);
        QCOMPARE(r.gate.state(), EvidenceState::Capturing);
        QVERIFY(r.panel.statusLabel()->text().contains(QStringLiteral("录像中")));
    }

    // The frame is handed to the scaler and shown when its picture comes back, scaled to the
    // preview: the GUI thread does not scale it in showFrame().
    void showsADeliveredFrame()
    {
        Rig r;
        r.panel.resize(640, 520);
        r.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&r.panel));
        VideoFrame f = fakes::hdFrame(r.clock.now().toMSecsSinceEpoch(), '\x20');
        for (int y = 0; y < f.height; ++y) // the frame's right half light
            std::fill_n(f.bgr.data() + qsizetype(y) * f.strideBytes + f.width / 2 * 3,
                        f.width / 2 * 3, '\xe0');
        r.panel.showFrame(f);
        QVERIFY(r.panel.lastPicture().isNull()); // not scaled on this thread
        QTRY_VERIFY(!r.panel.lastPicture().isNull());
        const QImage pic = r.panel.lastPicture();
        const QLabel* preview = r.panel.findChild<QLabel*>(QStringLiteral("cameraPreview"));
        QVERIFY(preview);
        // Fitted into the preview, aspect kept; not mirrored for the cashier.
        QVERIFY2(pic.width() == preview->width() || pic.height() == preview->height(),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                .arg(pic.width())
                                .arg(pic.height())
                                .arg(preview->width())
                                .arg(preview->height())));
        QVERIFY(qAbs(pic.width() * 720 - pic.height() * 1280) <= 1280);
        QVERIFY(qGray(pic.pixel(2, pic.height() / 2)) < 60);
        QVERIFY(qGray(pic.pixel(pic.width() - 3, pic.height() / 2)) > 180);
        QCOMPARE(preview->pixmap().size(), pic.size());
    }

    void refusalShowsSelfPay()
    {
        Rig r;
        r.panel.show();
        QVERIFY(r.gate.begin(QStringLiteral("JS-2"), {}).ok());
        QTest::mouseClick(r.panel.refuseButton(), Qt::LeftButton);
        QCOMPARE(r.gate.state(), EvidenceState::ConsentRefused);
        QVERIFY(r.panel.verdictLabel()->text().contains(QStringLiteral("自费")));
        QVERIFY(r.panel.refuseButton()->isHidden());
    }

    // CAM-CONSENT: the viewer shows the face and plays the clip for the manager; the cashier is
    // refused with the core's words; every view is audited.
    void viewerByRole()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        fakes::StaffFixture staff(clock);
        fakes::FakeEvidenceArchive archive;
        EvidenceSummary summary;
        summary.clip.settlementNo = QStringLiteral("JS-9");
        summary.clip.hasFace = true;
        summary.clip.segmentCount = 2;
        archive.clips.insert(QStringLiteral("JS-9"), summary);
        QImage face(60, 80, QImage::Format_RGB32);
        face.fill(Qt::gray);
        QByteArray jpeg;
        QBuffer b(&jpeg);
        b.open(QIODevice::WriteOnly);
        face.save(&b, "JPG");
        archive.faces.insert(QStringLiteral("JS-9"), jpeg);
        EvidenceAccess access(archive, staff.access);
        ui::EvidenceViewer viewer(access);
        viewer.settlementEdit()->setText(QStringLiteral("JS-9"));

        staff.loginAs(QStringLiteral("zhangsan"));
        viewer.showEvidence();
        QVERIFY(viewer.messageLabel()->text().contains(QStringLiteral("STAFF-ROLES")));
        QVERIFY(viewer.faceLabel()->pixmap().isNull());

        staff.loginAs(QStringLiteral("wangwu"));
        viewer.showEvidence();
        QVERIFY2(viewer.messageLabel()->text().isEmpty(),
                 qPrintable(viewer.messageLabel()->text()));
        QVERIFY(!viewer.faceLabel()->pixmap().isNull());
        viewer.play();
        QTRY_VERIFY(!viewer.isPlaying());
        QCOMPARE(viewer.framesShown(), 3);
        QCOMPARE(staff.audit.count(AuditAction::EvidenceViewed), 2);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("JS-9.mkv"));
        viewer.exportTo(out);
        QCOMPARE(archive.exported, QStringList{out});
        QCOMPARE(staff.audit.count(AuditAction::EvidenceExported), 1);
    }
};

QTEST_MAIN(TestCameraPanel)
#include "tst_camerapanel.moc"
