// The settlement camera end to end on simulated devices: a simulated camera replaying a face,
// the OpenCV analysis on its worker thread, the GStreamer recorder, the core's evidence gate and
// the backup — a settlement starts only with a consented, usable face and a running recording;
// the camera's faults close the insured path; the clip, face and manifest exist, back up and
// verify.

#include "app/core/camera/settlementevidence.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/evidencesealer.h"
#include "devices/camera/simulatedcamera.h"
#include "devices/face/faceanalysisworker.h"
#include "devices/face/opencvfaceanalyzer.h"
#include "devices/recorder/evidencebackup.h"
#include "devices/recorder/fileevidencearchive.h"
#include "devices/recorder/gstsettlementrecorder.h"
#include "tests/fakes/fakes.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

using namespace pos;
using namespace pos::camera;
using namespace pos::devices;

namespace {

const QString kFaces = QStringLiteral(PHARMAPOS_TESTDATA "/faces");

struct Counter
{
    explicit Counter(const QString& videoDir)
    {
        staff.loginAs(QStringLiteral("zhangsan"));
        // The customer at the counter: the portrait at the size a counter camera sees a face
        // (a fifth of the frame's height).
        const QImage portrait(kFaces + QStringLiteral("/astronaut.png"));
        const QString source = videoDir + QStringLiteral("/customer.png");
        if (!portrait.scaled(portrait.size() * 1.4).save(source))
            qFatal("cannot write %s", qPrintable(source));
        SimulatedCamera::Options c;
        c.source = source;
        c.intervalMs = 0;
        c.frameSize = QSize(1280, 720);
        camera = std::make_unique<SimulatedCamera>(c, clock);
        cv::setNumThreads(1);
        auto analyzer = OpenCvFaceAnalyzer::create();
        if (!analyzer)
            qFatal("%s", qPrintable(analyzer.error().message));
        worker = std::make_unique<FaceAnalysisWorker>(*camera, std::move(analyzer.value()),
                                                      FaceAnalysisWorker::Options{0, 500});
        RecorderOptions r;
        r.videoDir = videoDir;
        r.segmentSeconds = 1;
        r.preRollSeconds = 1;
        r.postRollSeconds = 0;
        r.format.frameSize = QSize(640, 360);
        r.format.bitrateKbps = 400;
        r.store = QStringLiteral("测试药房");
        r.terminal = QStringLiteral("T01");
        recorder = std::make_unique<GstSettlementRecorder>(*camera, r, sealer, clock);
        EvidencePolicy p;
        p.tickMs = 0;
        p.freeSpaceFloorBytes = 1;
        p.freeSpaceWarnBytes = 1;
        gate = std::make_unique<SettlementEvidence>(*recorder, staff.audit, clock, p, [this] {
            const User* u = staff.session.actingUser();
            return u ? u->username : QString();
        });
        SettlementEvidence* g = gate.get();
        QObject::connect(camera.get(), &Camera::frameReady, g, &SettlementEvidence::onCameraFrame);
        QObject::connect(camera.get(), &Camera::failed, g, &SettlementEvidence::onCameraFailed);
        QObject::connect(camera.get(), &Camera::restored, g, &SettlementEvidence::onCameraRestored);
        QObject::connect(worker.get(), &FaceAnalysisWorker::analysed, g,
                         &SettlementEvidence::onAnalysis);
        QObject::connect(recorder.get(), &SettlementRecorder::statusChanged, g,
                         &SettlementEvidence::onRecorderStatus);
        QObject::connect(recorder.get(), &SettlementRecorder::clipClosed, g,
                         &SettlementEvidence::onClipClosed);
        QObject::connect(recorder.get(), &SettlementRecorder::clipFailed, g,
                         &SettlementEvidence::onClipFailed);
    }

    /// One frame, 66 ms later, analysed before the next (the worker drops frames while busy).
    bool frame()
    {
        clock.advanceMs(66);
        const int analysed = worker->framesAnalysed();
        const bool emitted = camera->emitNextFrame();
        if (emitted && worker->isBusy())
            return QTest::qWaitFor([&] { return worker->framesAnalysed() > analysed; }, 10000);
        return emitted;
    }

    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0))};
    fakes::StaffFixture staff{clock};
    PassThroughSealer sealer;
    std::unique_ptr<SimulatedCamera> camera;
    std::unique_ptr<FaceAnalysisWorker> worker;
    std::unique_ptr<GstSettlementRecorder> recorder;
    std::unique_ptr<SettlementEvidence> gate;
};

} // namespace

class TestSettlementCamera : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pos::camera::SettlementEvidenceRecord>();
        qRegisterMetaType<pos::Error>();
    }

    void settlementWithEvidenceEndToEnd()
    {
        QTemporaryDir video, backup;
        Counter c(video.path());
        QVERIFY(c.camera->start().ok());
        QVERIFY(c.recorder->start().ok());
        QTRY_VERIFY(c.recorder->status().writing());
        for (int i = 0; i < 20; ++i) // the pre-roll
            QVERIFY(c.frame());
        QCOMPARE(c.gate->liveVerdict().kind, FaceVerdictKind::Usable); // the framing shows it

        QVERIFY(c.gate
                    ->begin(QStringLiteral("JS-20261120-0001"),
                            {QStringLiteral("阿莫西林胶囊 0.25g×24粒 ×2")})
                    .ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.frame());
        QVERIFY(!c.gate->heldFace()); // no consent, no face kept
        QCOMPARE(c.gate->proceed().error().ruleId, QStringLiteral("CAM-CONSENT"));
        QVERIFY(c.gate->giveConsent().ok());
        QTRY_VERIFY_WITH_TIMEOUT((c.frame(), c.gate->state() == EvidenceState::FaceHeld), 10000);
        QVERIFY(c.gate->proceed().ok());
        QVERIFY(c.gate->requireInsured().ok());

        // CAM-VIDEO: a stalled camera closes the insured path; frames back, it opens again.
        QSignalSpy closed(c.gate.get(), &SettlementEvidence::insuredPathClosed);
        c.camera->setFault(SimulatedCamera::Fault::Stall);
        QVERIFY(!c.frame());
        c.clock.advanceMs(2100);
        c.gate->tick();
        QCOMPARE(closed.count(), 1);
        QCOMPARE(c.gate->requireInsured().error().ruleId, QStringLiteral("CAM-VIDEO"));
        c.camera->setFault(SimulatedCamera::Fault::None);
        QVERIFY(c.frame());
        QVERIFY(c.gate->requireInsured().ok());

        // A covered lens: frames keep coming, all black.
        c.camera->setFault(SimulatedCamera::Fault::Black);
        for (int i = 0; i < 50; ++i)
            QVERIFY(c.frame());
        const Status black = c.gate->requireInsured();
        QCOMPARE(black.error().ruleId, QStringLiteral("CAM-VIDEO"));
        QVERIFY(black.error().message.contains(QStringLiteral("全黑")));
        c.camera->setFault(SimulatedCamera::Fault::None);
        QVERIFY(c.frame());
        QVERIFY(c.gate->requireInsured().ok());

        // Unplugged: said at once by the camera, refused once the watchdog's limit passed.
        c.camera->setFault(SimulatedCamera::Fault::Unplugged);
        c.clock.advanceMs(2100);
        c.gate->tick();
        const Status unplugged = c.gate->requireInsured();
        QCOMPARE(unplugged.error().ruleId, QStringLiteral("CAM-VIDEO"));
        QVERIFY(unplugged.error().message.contains(QStringLiteral("断开")));
        c.camera->setFault(SimulatedCamera::Fault::None);
        for (int i = 0; i < 5; ++i)
            QVERIFY(c.frame());
        QVERIFY(c.gate->requireInsured().ok());
        QVERIFY(c.staff.audit.count(AuditAction::CameraFault) >= 6); // three faults, three returns

        // The slip printed: the clip is kept with the face, its manifest hash goes to the record.
        QSignalSpy complete(c.gate.get(), &SettlementEvidence::evidenceComplete);
        QVERIFY(c.gate->finish().ok());
        QVERIFY(complete.wait(10000));
        const auto record = complete.at(0).at(0).value<SettlementEvidenceRecord>();
        QCOMPARE(record.settlementNo, QStringLiteral("JS-20261120-0001"));
        QVERIFY(record.clip.hasFace);
        QVERIFY(record.clip.segmentCount >= 2);
        QCOMPARE(record.clip.manifestSha256.size(), 64);
        QVERIFY(record.faceScore > 0);
        QCOMPARE(c.gate->state(), EvidenceState::Idle);

        // Backed up and verified.
        EvidenceBackup b({video.path(), backup.path(), 180});
        QVERIFY(b.backupClip(record.settlementNo).ok());
        const QList<EvidenceFinding> findings = b.verify();
        for (const EvidenceFinding& f : findings)
            qWarning("%s %s %s", qPrintable(f.location), qPrintable(f.file), qPrintable(f.problem));
        QVERIFY(findings.isEmpty());
        QTemporaryDir scratch;
        FileEvidenceArchive archive(video.path(), backup.path(), c.sealer, scratch.path());
        const Result<QByteArray> face = archive.faceImage(record.settlementNo);
        QVERIFY(face.ok());
        QVERIFY(QImage::fromData(*face).width() > 100);

        // CAM-VIDEO: the recorder stopped refuses the next settlement.
        c.recorder->stop();
        QVERIFY(c.gate->begin(QStringLiteral("JS-20261120-0002"), {}).ok());
        QVERIFY(c.gate->giveConsent().ok());
        QCOMPARE(c.gate->requireInsured().error().ruleId, QStringLiteral("CAM-VIDEO"));
    }
};

QTEST_MAIN(TestSettlementCamera)
#include "tst_settlementcamera.moc"
