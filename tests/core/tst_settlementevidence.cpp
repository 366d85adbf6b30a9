#include "app/core/camera/settlementevidence.h"
#include "tests/fakes/camerafakes.h"
#include "tests/fakes/fakes.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;
using namespace pos::camera;

Q_DECLARE_METATYPE(pos::camera::EvidenceAction)

namespace {

using S = EvidenceState;
using A = EvidenceAction;

const QList<S> kStates{S::Idle,     S::AwaitingConsent, S::ConsentRefused, S::Capturing,
                       S::FaceHeld, S::Settling,        S::Closing};
const QList<A> kActions{A::Begin,   A::GiveConsent, A::RefuseConsent, A::FaceFound, A::Retry,
                        A::Proceed, A::Finish,      A::Cancel,        A::ClipClosed};
const char* const kStateNames[] = {"",          "Idle",     "AwaitingConsent", "ConsentRefused",
                                   "Capturing", "FaceHeld", "Settling",        "Closing"};
const char* const kActionNames[] = {"",          "Begin",     "GiveConsent", "RefuseConsent",
                                    "FaceFound", "Retry",     "Proceed",     "Finish",
                                    "Cancel",    "ClipClosed"};

/// The expected table, written out by hand (not taken from evidenceNext): row = state, column =
/// action in kActions' order; "-" = illegal, else the state it leads to.
const char* const kExpected[7][9] = {
    // Begin            GiveConsent  RefuseConsent     FaceFound   Retry        Proceed     Finish
    // Cancel   ClipClosed
    {"AwaitingConsent", "-", "-", "-", "-", "-", "-", "-", "-"},                  // Idle
    {"-", "Capturing", "ConsentRefused", "-", "-", "-", "-", "Idle", "-"},        // AwaitingConsent
    {"-", "-", "-", "-", "-", "-", "-", "Idle", "-"},                             // ConsentRefused
    {"-", "-", "ConsentRefused", "FaceHeld", "Capturing", "-", "-", "Idle", "-"}, // Capturing
    {"-", "-", "ConsentRefused", "FaceHeld", "Capturing", "Settling", "-", "Idle", "-"}, // FaceHeld
    {"-", "-", "-", "-", "-", "-", "Closing", "Closing", "-"},                           // Settling
    {"-", "-", "-", "-", "-", "-", "-", "-", "Idle"},                                    // Closing
};

/// The gate over fakes at 2026-11-20 10:00, ticking by hand; zhangsan (cashier) acts. The camera
/// has delivered a frame, the recorder records.
struct Rig
{
    Rig()
    {
        staff.loginAs(QStringLiteral("zhangsan"));
        gate.onCameraFrame();
    }

    static EvidencePolicy policy()
    {
        EvidencePolicy p;
        p.tickMs = 0;
        p.freeSpaceFloorBytes = 1000;
        p.freeSpaceWarnBytes = 2000;
        return p;
    }

    /// A frame arrives now (the camera is live) and is analysed.
    void frame(bool usableFace = true, double sharpness = 0.2)
    {
        gate.onCameraFrame();
        const qint64 ms = clock.now().toMSecsSinceEpoch();
        gate.onAnalysis(fakes::analysisWithFace(usableFace, ms, sharpness), fakes::tinyFrame(ms));
    }

    bool driveTo(S target)
    {
        if (target == S::Idle)
            return true;
        if (!gate.begin(QStringLiteral("JS-0001"), {QStringLiteral("阿莫西林胶囊 ×2")}).ok())
            return false;
        if (target == S::AwaitingConsent)
            return gate.state() == target;
        if (target == S::ConsentRefused)
            return gate.refuseConsent(QStringLiteral("顾客不愿意")).ok() && gate.state() == target;
        if (!gate.giveConsent().ok() || target == S::Capturing)
            return gate.state() == target;
        frame();
        if (target == S::FaceHeld)
            return gate.state() == target;
        if (!gate.proceed().ok() || target == S::Settling)
            return gate.state() == target;
        return gate.finish().ok() && gate.state() == target;
    }

    Status perform(A a)
    {
        switch (a) {
        case A::Begin: return gate.begin(QStringLiteral("JS-0002"), {});
        case A::GiveConsent: return gate.giveConsent();
        case A::RefuseConsent: return gate.refuseConsent(QStringLiteral("测试"));
        case A::FaceFound: frame(); return {};
        case A::Retry: return gate.retry();
        case A::Proceed: return gate.proceed();
        case A::Finish: return gate.finish();
        case A::Cancel: return gate.cancel(QStringLiteral("测试"));
        case A::ClipClosed: recorder.closeClip(gate.settlementNo()); return {};
        }
        return {};
    }

    int refusals() const { return staff.audit.count(AuditAction::EvidenceRefused); }

    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0))};
    fakes::StaffFixture staff{clock};
    fakes::FakeSettlementRecorder recorder;
    SettlementEvidence gate{recorder, staff.audit, clock, policy(), [this] {
                                const User* u = staff.session.actingUser();
                                return u ? u->username : QString();
                            }};
    QMetaObject::Connection closed = QObject::connect(&recorder, &SettlementRecorder::clipClosed,
                                                      &gate, &SettlementEvidence::onClipClosed);
    QMetaObject::Connection status = QObject::connect(&recorder, &SettlementRecorder::statusChanged,
                                                      &gate, &SettlementEvidence::onRecorderStatus);
};

} // namespace

class TestSettlementEvidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The pure table equals the literal one, cell by cell.
    void tableIsTheLiteralOne()
    {
        for (int s = 0; s < kStates.size(); ++s)
            for (int a = 0; a < kActions.size(); ++a) {
                const std::optional<S> next = evidenceNext(kStates.at(s), kActions.at(a));
                const QString got =
                    next ? QString::fromLatin1(kStateNames[int(*next)]) : QStringLiteral("-");
                QVERIFY2(got == QLatin1String(kExpected[s][a]),
                         qPrintable(QStringLiteral("%1 × %2: table says %3, expected %4")
                                        .arg(QLatin1String(kStateNames[int(kStates.at(s))]),
                                             QLatin1String(kActionNames[int(kActions.at(a))]), got,
                                             QLatin1String(kExpected[s][a]))));
            }
    }

    // The object moves exactly as the literal table says; an illegal command changes nothing,
    // is refused and audited.
    void transitions_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("action");
        for (int s = 0; s < kStates.size(); ++s)
            for (int a = 0; a < kActions.size(); ++a)
                QTest::addRow("%s × %s → %s", kStateNames[int(kStates.at(s))],
                              kActionNames[int(kActions.at(a))], kExpected[s][a])
                    << s << a;
    }
    void transitions()
    {
        QFETCH(int, state);
        QFETCH(int, action);
        Rig r;
        const S from = kStates.at(state);
        const A a = kActions.at(action);
        QVERIFY(r.driveTo(from));
        const int refusalsBefore = r.refusals();
        const Status s = r.perform(a);
        const QLatin1String expected(kExpected[state][action]);
        QCOMPARE(QLatin1String(kStateNames[int(r.gate.state())]),
                 expected == QLatin1String("-") ? QLatin1String(kStateNames[int(from)]) : expected);
        const bool command = a != A::FaceFound && a != A::ClipClosed;
        if (expected == QLatin1String("-") && command) {
            QVERIFY(!s.ok());
            QVERIFY(s.error().code == ErrorCode::WrongState
                    || s.error().code == ErrorCode::RuleViolation);
            QCOMPARE(r.refusals(), refusalsBefore + 1);
            QCOMPARE(r.staff.audit.events.constLast().actor, QStringLiteral("zhangsan"));
        } else if (command) {
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().userText()));
        }
    }

    void happyPathLeavesARecord()
    {
        Rig r;
        QSignalSpy complete(&r.gate, &SettlementEvidence::evidenceComplete);
        QVERIFY(r.driveTo(S::Settling));
        QCOMPARE(r.recorder.begun, QStringList{QStringLiteral("JS-0001")});
        QCOMPARE(r.recorder.lastItems, QStringList{QStringLiteral("阿莫西林胶囊 ×2")});
        QVERIFY(r.recorder.faces.contains(QStringLiteral("JS-0001"))); // face stored with clip
        QVERIFY(r.gate.requireInsured().ok());
        QVERIFY(r.gate.finish().ok());
        QCOMPARE(r.recorder.ended, QStringList{QStringLiteral("JS-0001")});
        QCOMPARE(r.recorder.outcomes.constLast(), ClipOutcome::Completed);
        QCOMPARE(r.gate.state(), S::Closing);
        r.recorder.closeClip(QStringLiteral("JS-0001"));
        QCOMPARE(r.gate.state(), S::Idle);
        QCOMPARE(complete.count(), 1);
        const auto record = complete.at(0).at(0).value<SettlementEvidenceRecord>();
        QCOMPARE(record.settlementNo, QStringLiteral("JS-0001"));
        QCOMPARE(record.clip.manifestSha256, QByteArray(64, 'a'));
        QCOMPARE(record.consentAt, r.clock.now());
        QVERIFY(record.faceScore > 0);
        // The state ended with the settlement: nothing of it is held any more.
        QVERIFY(!r.gate.heldFace());
        QVERIFY(r.gate.settlementNo().isEmpty());
        QVERIFY(r.gate.consentAt().isNull());
        QVERIFY(r.staff.audit.count(AuditAction::EvidenceChanged) >= 6);
    }

    // CAM-FACE: no usable face, no insured settlement; the cashier sees why and can retry.
    void noUsableFaceRefused()
    {
        Rig r;
        QVERIFY(r.driveTo(S::Capturing));
        r.frame(true, 0.001); // a blurred face
        QCOMPARE(r.gate.state(), S::Capturing);
        QCOMPARE(r.gate.liveVerdict().kind, FaceVerdictKind::Blurred);
        for (const Status& s : {r.gate.proceed(), r.gate.requireInsured()}) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().ruleId, QStringLiteral("CAM-FACE"));
            QVERIFY(s.error().message.contains(QStringLiteral("画面模糊")));
        }
        QCOMPARE(r.refusals(), 2);
        r.frame(); // a good face
        QCOMPARE(r.gate.state(), S::FaceHeld);
        QVERIFY(r.gate.retry().ok()); // the cashier does not like it
        QCOMPARE(r.gate.state(), S::Capturing);
        QVERIFY(!r.gate.heldFace());
        QCOMPARE(r.gate.proceed().error().ruleId, QStringLiteral("CAM-FACE"));
        r.frame();
        QVERIFY(r.gate.proceed().ok());
    }

    // A face from before consent is never kept (CAM-CONSENT), nor one from another settlement.
    void faceOfThisSettlementOnly()
    {
        Rig r;
        r.frame(); // no settlement yet
        QVERIFY(r.gate.begin(QStringLiteral("JS-1"), {}).ok());
        r.frame(); // before consent
        QVERIFY(!r.gate.heldFace());
        QVERIFY(r.gate.giveConsent().ok());
        QCOMPARE(r.gate.state(), S::Capturing);
        QCOMPARE(r.gate.proceed().error().ruleId, QStringLiteral("CAM-FACE"));
        r.frame();
        QVERIFY(r.gate.heldFace());
        QVERIFY(r.gate.cancel(QStringLiteral("顾客改为自费")).ok());
        QCOMPARE(r.recorder.cancelled, QStringList{QStringLiteral("JS-1")});
        QVERIFY(!r.gate.heldFace());
        QVERIFY(r.gate.begin(QStringLiteral("JS-2"), {}).ok());
        QVERIFY(r.gate.giveConsent().ok());
        QCOMPARE(r.gate.state(), S::Capturing); // JS-1's face is gone
        QCOMPARE(r.gate.requireInsured().error().ruleId, QStringLiteral("CAM-FACE"));
    }

    // CAM-CONSENT: a refusal is recorded; insured settlement is not offered, the clip released.
    void consentRefusal()
    {
        Rig r;
        QSignalSpy refused(&r.gate, &SettlementEvidence::consentRefused);
        QVERIFY(r.gate.begin(QStringLiteral("JS-9"), {}).ok());
        const Status before = r.gate.requireInsured();
        QCOMPARE(before.error().ruleId, QStringLiteral("CAM-CONSENT"));
        QVERIFY(r.gate.refuseConsent(QStringLiteral("顾客不同意采集人脸")).ok());
        QCOMPARE(refused.count(), 1);
        QVERIFY(!r.gate.insuredOffered());
        QCOMPARE(r.recorder.cancelled, QStringList{QStringLiteral("JS-9")});
        const QList<AuditEvent> changes = r.staff.audit.of(AuditAction::EvidenceChanged);
        QVERIFY(changes.constLast().detail.contains(QStringLiteral("顾客不同意采集人脸")));
        QCOMPARE(changes.constLast().target, QStringLiteral("JS-9"));
        r.frame(); // a face in view is not taken
        QVERIFY(!r.gate.heldFace());
        for (const Status& s : {r.gate.proceed(), r.gate.requireInsured()}) {
            QCOMPARE(s.error().ruleId, QStringLiteral("CAM-CONSENT"));
            QVERIFY(s.error().message.contains(QStringLiteral("可自费")));
        }
        QVERIFY(!r.gate.giveConsent().ok()); // not this settlement any more
        QVERIFY(r.gate.cancel(QStringLiteral("自费结算")).ok());
        QVERIFY(r.gate.insuredOffered());
    }

    // Withdrawing consent after the face was taken drops it.
    void consentWithdrawnDropsTheFace()
    {
        Rig r;
        QVERIFY(r.driveTo(S::FaceHeld));
        QVERIFY(r.gate.refuseConsent(QStringLiteral("撤回同意")).ok());
        QVERIFY(!r.gate.heldFace());
        QCOMPARE(r.gate.state(), S::ConsentRefused);
    }

    // CAM-VIDEO: the camera down (stalled, unplugged, black) refuses; the fault is audited; the
    // gate opens again when frames come back.
    void cameraDownRefuses_data()
    {
        QTest::addColumn<int>("fault"); // 0 stall, 1 unplugged, 2 black
        QTest::addColumn<QString>("words");
        QTest::newRow("CAM-VIDEO stalled") << 0 << "画面中断";
        QTest::newRow("CAM-VIDEO unplugged") << 1 << "已断开";
        QTest::newRow("CAM-VIDEO black") << 2 << "全黑";
    }
    void cameraDownRefuses()
    {
        QFETCH(int, fault);
        QFETCH(QString, words);
        Rig r;
        QVERIFY(r.driveTo(S::FaceHeld));
        const int faultsBefore = r.staff.audit.count(AuditAction::CameraFault);
        if (fault == 2) {
            for (int i = 0; i < 8; ++i) { // 4 s of black frames
                r.clock.advanceMs(500);
                r.gate.onCameraFrame();
                FrameAnalysis black;
                black.timestampMs = r.clock.now().toMSecsSinceEpoch();
                black.frameBrightness = 1;
                r.gate.onAnalysis(black, fakes::tinyFrame(black.timestampMs));
            }
        } else {
            if (fault == 1)
                r.gate.onCameraFailed(QStringLiteral("摄像头已断开"));
            r.clock.advanceMs(2500);
            r.gate.tick();
        }
        const Status s = r.gate.proceed();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().ruleId, QStringLiteral("CAM-VIDEO"));
        QVERIFY2(s.error().message.contains(words), qPrintable(s.error().message));
        QCOMPARE(r.gate.state(), S::FaceHeld);
        QCOMPARE(r.staff.audit.count(AuditAction::CameraFault), faultsBefore + 1);
        // Frames again: the gate opens, the recovery is audited too.
        r.gate.onCameraRestored();
        r.frame();
        QVERIFY(r.gate.proceed().ok());
        QCOMPARE(r.staff.audit.count(AuditAction::CameraFault), faultsBefore + 2);
    }

    // CAM-VIDEO while Settling: the camera failing closes the insured path, once, audited.
    void failureWhileSettlingClosesThePath()
    {
        Rig r;
        QVERIFY(r.driveTo(S::Settling));
        QSignalSpy closed(&r.gate, &SettlementEvidence::insuredPathClosed);
        r.clock.advanceMs(2000);
        r.gate.tick();
        QCOMPARE(closed.count(), 0); // exactly the limit: still live
        r.clock.advanceMs(1);
        r.gate.tick();
        r.gate.tick();
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).value<Error>().ruleId, QStringLiteral("CAM-VIDEO"));
        QCOMPARE(r.gate.requireInsured().error().ruleId, QStringLiteral("CAM-VIDEO"));
        QCOMPARE(r.gate.state(), S::Settling); // the settlement decides; the gate only refuses
        // It never continues unrecorded, but the clip of what happened is still kept.
        QVERIFY(r.gate.cancel(QStringLiteral("摄像头故障")).ok());
        QCOMPARE(r.recorder.outcomes.constLast(), ClipOutcome::Abandoned);
    }

    // CAM-VIDEO: the recorder stopped or faulted refuses.
    void recorderStoppedRefuses()
    {
        Rig r;
        QVERIFY(r.driveTo(S::FaceHeld));
        r.recorder.setStatus(RecorderState::Faulted, QStringLiteral("磁盘写入失败"));
        Status s = r.gate.proceed();
        QCOMPARE(s.error().ruleId, QStringLiteral("CAM-VIDEO"));
        QVERIFY(s.error().message.contains(QStringLiteral("磁盘写入失败")));
        QCOMPARE(r.staff.audit.count(AuditAction::CameraFault), 1);
        r.recorder.setStatus(RecorderState::Stopped);
        QCOMPARE(r.gate.proceed().error().ruleId, QStringLiteral("CAM-VIDEO"));
        r.recorder.setStatus(RecorderState::Recording);
        QVERIFY(r.gate.proceed().ok());
    }

    // A settlement begun while the recorder was down gets its clip when the recorder returns.
    void clipBegunWhenTheRecorderReturns()
    {
        Rig r;
        r.recorder.setStatus(RecorderState::Faulted, QStringLiteral("编码器错误"));
        QSignalSpy notices(&r.gate, &SettlementEvidence::notice);
        QVERIFY(r.gate.begin(QStringLiteral("JS-5"), {}).ok());
        QVERIFY(r.recorder.begun.isEmpty());
        QVERIFY(r.gate.giveConsent().ok());
        r.frame();
        r.recorder.setStatus(RecorderState::Recording);
        QCOMPARE(r.recorder.begun, QStringList{QStringLiteral("JS-5")});
        QVERIFY(r.gate.proceed().ok());
        QVERIFY(notices.count() >= 1);
    }

    // CAM-BACKUP: warn below the warning level, refuse below the floor.
    void freeSpaceFloor()
    {
        Rig r;
        QVERIFY(r.driveTo(S::FaceHeld));
        QSignalSpy notices(&r.gate, &SettlementEvidence::notice);
        r.recorder.setFreeBytes(1500); // below warning, above floor
        QVERIFY(r.gate.conditions().spaceLow);
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.at(0).at(0).value<Notice>().level, Notice::Level::Warning);
        QVERIFY(r.gate.requireInsured().ok());
        r.recorder.setFreeBytes(999);
        const Status s = r.gate.proceed();
        QCOMPARE(s.error().ruleId, QStringLiteral("CAM-BACKUP"));
        QCOMPARE(r.staff.audit.count(AuditAction::CameraFault), 1);
        r.recorder.setFreeBytes(5000);
        QVERIFY(r.gate.proceed().ok());
    }

    // The order of precedence when several things are wrong: consent, camera, recorder, space,
    // face.
    void refusalPrecedence()
    {
        Rig r;
        r.recorder.setFreeBytes(10);
        QVERIFY(r.gate.begin(QStringLiteral("JS-7"), {}).ok());
        r.clock.advanceMs(5000);
        r.gate.tick();
        QCOMPARE(r.gate.requireInsured().error().ruleId, QStringLiteral("CAM-CONSENT"));
        QVERIFY(r.gate.giveConsent().ok());
        QCOMPARE(r.gate.requireInsured().error().ruleId, QStringLiteral("CAM-VIDEO"));
        r.gate.onCameraFrame();
        QCOMPARE(r.gate.requireInsured().error().ruleId, QStringLiteral("CAM-BACKUP"));
        r.recorder.setFreeBytes(1'000'000);
        QCOMPARE(r.gate.requireInsured().error().ruleId, QStringLiteral("CAM-FACE"));
    }

    // Faults are audited whether a settlement runs or not, and a camera that is still starting
    // is not a fault.
    void faultsAuditedOutsideSettlements()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        fakes::FakeAuditLog audit;
        fakes::FakeSettlementRecorder recorder;
        SettlementEvidence gate(recorder, audit, clock, Rig::policy(), {});
        clock.advanceMs(1000);
        gate.tick();
        QCOMPARE(audit.count(AuditAction::CameraFault), 0); // starting
        clock.advanceMs(1500);
        gate.tick();
        QCOMPARE(audit.count(AuditAction::CameraFault), 1); // never came
        QCOMPARE(audit.events.constLast().actor, QStringLiteral("-"));
        gate.onCameraFrame();
        QCOMPARE(audit.count(AuditAction::CameraFault), 2); // came
        QCOMPARE(gate.conditions().camera, CameraCondition::Live);
    }

    // The face stored with the clip is the best shot, cut by the recorder from its frame.
    void bestShotIsStored()
    {
        Rig r;
        QVERIFY(r.driveTo(S::Capturing));
        r.frame(true, 0.03);
        r.clock.advanceMs(100);
        r.frame(true, 0.2); // sharper: the better shot
        const qint64 best = r.clock.now().toMSecsSinceEpoch();
        r.clock.advanceMs(100);
        r.frame(true, 0.05);
        QVERIFY(r.gate.proceed().ok());
        QCOMPARE(r.recorder.lastFaceFrame.timestampMs, best);
    }

    void attachFailureRefuses()
    {
        Rig r;
        QVERIFY(r.driveTo(S::FaceHeld));
        r.recorder.failAttach = true;
        QCOMPARE(r.gate.proceed().error().ruleId, QStringLiteral("CAM-FACE"));
        QCOMPARE(r.gate.state(), S::FaceHeld);
    }
};

QTEST_GUILESS_MAIN(TestSettlementEvidence)
#include "tst_settlementevidence.moc"
