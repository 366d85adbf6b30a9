// The settlement camera in the insured path (issue 15, CAM-*): the prescription gate asks the
// camera's evidence gate before every card read and 医保电子凭证, and the sale's life drives the
// evidence — linking a prescription begins it, the card read proceeds on the face held, the sale
// paid finishes it, a cancelled or voided sale cancels it. Refusals name the rule; a cash sale
// without a prescription never touches the camera.
#include "app/core/camera/settlementevidence.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/core/rxgaterig.h"
#include "tests/fakes/camerafakes.h"
#include "tests/support/salerig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;
using S = pos::camera::EvidenceState;

namespace {

/// An OTC product (乙类OTC), sold for cash without a prescription.
Product otc()
{
    Product p = fakes::makeProduct(7, QStringLiteral("板蓝根颗粒"), 1280);
    p.rxClass = RxClass::OtcB;
    return p;
}

/// The counter on 2026-11-20 10:00: the sale, its prescription gate and the camera's evidence gate
/// over a fake recorder that records; zhangsan sells, lisi is on duty, the prescription (amlodipine
/// ×2, metformin ×1) waits for review. The camera has delivered a frame.
struct InsuredRig : testsupport::SaleRig
{
    fakes::FakePrescriptionRepository repo;
    ReviewService reviews{repo, staff.access, staff.duty, staff.audit, clock};
    fakes::FakeCardReader reader;
    RxSettlementGate gate{workflow,     repo,       reviews,     printer, reader,
                          staff.access, staff.duty, staff.audit, clock,   store};
    fakes::FakeSettlementRecorder recorder;
    camera::SettlementEvidence evidence{recorder, staff.audit, clock, fakes::manualEvidencePolicy(),
                                        [this] {
                                            const User* u = staff.session.actingUser();
                                            return u ? u->username : QStringLiteral("-");
                                        }};
    Prescription rx = prescription();

    InsuredRig()
        : SaleRig({amlodipine(), metformin(), otherDrug(), otc()},
                  QDateTime(QDate(2026, 11, 20), QTime(10, 0)))
    {
        QObject::connect(&recorder, &SettlementRecorder::clipClosed, &evidence,
                         &camera::SettlementEvidence::onClipClosed);
        QObject::connect(&recorder, &SettlementRecorder::statusChanged, &evidence,
                         &camera::SettlementEvidence::onRecorderStatus);
        workflow.setPrescriptionGate(&gate);
        gate.setSettlementEvidence(&evidence);
        evidence.onCameraFrame();
        must(reviews.receive(rx).ok());
        staff.loginAs(QStringLiteral("lisi"));
        must(staff.duty.clockIn().ok());
        staff.loginAs(QStringLiteral("zhangsan"));
    }

    bool scan(const Product& p) { return workflow.scanCode(p.gtin).ok(); }
    /// The prescription's drugs scanned, linked, checked, approved, signed and printed: the
    /// prescription gate allows the card read.
    bool toCardReadAllowed()
    {
        if (!scan(amlodipine()) || !scan(amlodipine()) || !scan(metformin()))
            return false;
        if (!gate.link(rx.rxNo).ok() || !gate.checkRules().ok())
            return false;
        if (!staff.session
                 .stepIn(QStringLiteral("lisi"),
                         QString::fromLatin1(fakes::StaffFixture::kPassword))
                 .ok())
            return false;
        if (!reviews.approve(rx.rxNo, rx.contentHash(), false).ok() || !gate.sign().ok())
            return false;
        (void)gate.print(); // the fake printer confirms by itself
        return gate.state() == RxGateState::CardReadAllowed;
    }
    /// A frame arrives now and is analysed (a usable frontal face, or a face without eyes).
    void frame(bool usableFace)
    {
        evidence.onCameraFrame();
        const qint64 ms = clock.now().toMSecsSinceEpoch();
        evidence.onAnalysis(fakes::analysisWithFace(usableFace, ms), fakes::tinyFrame(ms));
    }
    /// The customer agrees and shows a usable face.
    void consentAndFace()
    {
        must(evidence.giveConsent().ok());
        frame(true);
    }
};

template <typename R> QString ruleOf(const R& result)
{
    return result.ok() ? QStringLiteral("(allowed)") : result.error().ruleId;
}

} // namespace

class TestInsuredEvidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Linking a prescription begins the settlement's evidence: its clip with the items, a
    // settlement number naming the till, the consent step.
    void linkingBeginsTheEvidence()
    {
        InsuredRig r;
        QVERIFY(r.scan(amlodipine()));
        QCOMPARE(r.evidence.state(), S::Idle);
        QVERIFY(r.gate.link(r.rx.rxNo).ok());
        QCOMPARE(r.evidence.state(), S::AwaitingConsent);
        QVERIFY(r.gate.evidenceSettlementNo().startsWith(QStringLiteral("JS-T01-20261120-")));
        QCOMPARE(r.recorder.begun, QStringList{r.gate.evidenceSettlementNo()});
        QVERIFY(r.recorder.lastItems.join(u' ').contains(amlodipine().displayName()));
    }

    // The card is refused, naming the rule, until every camera condition holds; the reader is
    // never asked. Each row is one missing condition.
    void cardRefusedWithoutEvidence_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("rule");
        QTest::newRow("CAM-CONSENT: not asked yet") << "consent"
                                                    << "CAM-CONSENT";
        QTest::newRow("CAM-CONSENT: refused") << "refused"
                                              << "CAM-CONSENT";
        QTest::newRow("CAM-FACE: no face") << "face"
                                           << "CAM-FACE";
        QTest::newRow("CAM-FACE: only a face without eyes") << "badface"
                                                            << "CAM-FACE";
        QTest::newRow("CAM-VIDEO: camera off") << "camera"
                                               << "CAM-VIDEO";
        QTest::newRow("CAM-VIDEO: recorder stopped") << "recorder"
                                                     << "CAM-VIDEO";
        QTest::newRow("CAM-BACKUP: disk below the floor") << "disk"
                                                          << "CAM-BACKUP";
    }
    void cardRefusedWithoutEvidence()
    {
        QFETCH(QString, missing);
        QFETCH(QString, rule);
        InsuredRig r;
        QVERIFY(r.toCardReadAllowed());
        if (missing == QStringLiteral("refused")) {
            QVERIFY(r.evidence.refuseConsent(QStringLiteral("顾客不愿意")).ok());
        } else if (missing != QStringLiteral("consent")) {
            QVERIFY(r.evidence.giveConsent().ok());
            if (missing != QStringLiteral("face"))
                r.frame(missing != QStringLiteral("badface"));
        }
        if (missing == QStringLiteral("camera")) { // no frame since, past the stall limit
            r.evidence.onCameraFailed(QStringLiteral("摄像头已断开"));
            r.clock.advanceMs(2500);
            r.evidence.tick();
        }
        if (missing == QStringLiteral("recorder"))
            r.recorder.setStatus(RecorderState::Stopped);
        if (missing == QStringLiteral("disk"))
            r.recorder.setFreeBytes(10);
        const int refusalsBefore = r.staff.audit.count(AuditAction::EvidenceRefused);
        QSignalSpy refused(&r.gate, &RxSettlementGate::cardRefused);
        const Result<CardCredential> card = r.gate.readCard();
        QCOMPARE(ruleOf(card), rule);
        QCOMPARE(r.reader.reads, 0);
        QCOMPARE(refused.size(), 1);
        QVERIFY(card.error().userText().contains(rule));
        QVERIFY(r.staff.audit.count(AuditAction::EvidenceRefused) > refusalsBefore);
        // A 医保电子凭证 is the same credential: refused the same way.
        QCOMPARE(ruleOf(r.gate.voucherScanned(QStringLiteral("3601EC0123456789"))), rule);
        QVERIFY(r.evidence.state() != S::Settling);
    }

    // With consent, a usable face held, the camera live and the recorder writing, the card is
    // read, the evidence proceeds (the face stored with the clip); the sale paid finishes it and
    // the clip is kept as completed.
    void heldFaceAllowsTheCardAndPaymentFinishes()
    {
        InsuredRig r;
        QVERIFY(r.toCardReadAllowed());
        r.consentAndFace();
        QCOMPARE(r.evidence.state(), S::FaceHeld);
        const QString no = r.gate.evidenceSettlementNo();
        const Result<CardCredential> card = r.gate.readCard();
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().userText()));
        QCOMPARE(r.reader.reads, 1);
        QCOMPARE(r.evidence.state(), S::Settling);
        QVERIFY(r.recorder.faces.contains(no));
        QVERIFY(r.gate.readCard().ok()); // a second step of the same settlement: still allowed

        QSignalSpy complete(&r.evidence, &camera::SettlementEvidence::evidenceComplete);
        QVERIFY(r.workflow.payCash(Money::fromYuan(200)).ok());
        QCOMPARE(r.evidence.state(), S::Closing);
        QCOMPARE(r.recorder.ended, QStringList{no});
        QCOMPARE(r.recorder.outcomes.constLast(), ClipOutcome::Completed);
        r.recorder.closeClip(no); // the post-roll written
        QCOMPARE(r.evidence.state(), S::Idle);
        QCOMPARE(complete.size(), 1);
        QVERIFY(r.gate.evidenceSettlementNo().isEmpty());
    }

    // A failure while settling closes the insured path: it never goes on unrecorded.
    void failureWhileSettlingClosesThePath_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("CAM-VIDEO: recorder failed") << "recorder";
        QTest::newRow("CAM-VIDEO: camera unplugged") << "camera";
        QTest::newRow("CAM-BACKUP: disk full") << "disk";
    }
    void failureWhileSettlingClosesThePath()
    {
        QFETCH(QString, fault);
        InsuredRig r;
        QVERIFY(r.toCardReadAllowed());
        r.consentAndFace();
        QVERIFY(r.gate.readCard().ok());
        QSignalSpy closed(&r.evidence, &camera::SettlementEvidence::insuredPathClosed);
        QSignalSpy notices(&r.gate, &RxSettlementGate::notice);
        if (fault == QStringLiteral("recorder"))
            r.recorder.setStatus(RecorderState::Faulted, QStringLiteral("编码器停止"));
        else if (fault == QStringLiteral("camera")) {
            r.evidence.onCameraFailed(QStringLiteral("摄像头已拔出"));
            r.clock.advanceMs(2500); // no frame since, past the stall limit
        } else
            r.recorder.setFreeBytes(10);
        r.evidence.tick();
        QCOMPARE(closed.size(), 1);
        QVERIFY(!notices.isEmpty()); // said where the card is read
        const Result<CardCredential> again = r.gate.readCard();
        QVERIFY(!again.ok());
        QVERIFY(again.error().ruleId.startsWith(QStringLiteral("CAM-")));
        QCOMPARE(r.reader.reads, 1);
    }

    // Cancelling the prescription or voiding the sale cancels the evidence: nothing kept before
    // the card was read; the next prescription begins anew.
    void cancelOrVoidCancelsTheEvidence()
    {
        InsuredRig r;
        QVERIFY(r.toCardReadAllowed());
        r.consentAndFace();
        const QString first = r.gate.evidenceSettlementNo();
        QVERIFY(r.gate.cancel(QStringLiteral("顾客改主意")).ok());
        QCOMPARE(r.evidence.state(), S::Idle);
        QCOMPARE(r.recorder.cancelled, QStringList{first});
        QVERIFY(!r.evidence.heldFace());

        QVERIFY(r.gate.link(r.rx.rxNo).ok());
        QCOMPARE(r.evidence.state(), S::AwaitingConsent);
        QVERIFY(r.workflow.voidSale().ok());
        QCOMPARE(r.evidence.state(), S::Idle);
        QCOMPARE(r.recorder.cancelled.size(), 2);
    }

    // The last settlement's clip still closing (post-roll) when the next prescription is linked:
    // the evidence begins as soon as the recorder has written it.
    void nextSettlementBeginsAfterThePostRoll()
    {
        InsuredRig r;
        QVERIFY(r.toCardReadAllowed());
        r.consentAndFace();
        QVERIFY(r.gate.readCard().ok());
        const QString first = r.gate.evidenceSettlementNo();
        QVERIFY(r.workflow.payCash(Money::fromYuan(200)).ok());
        QCOMPARE(r.evidence.state(), S::Closing);
        QVERIFY(r.reviews.receive(prescription(QStringLiteral("RX-NEXT"))).ok());
        QVERIFY(r.scan(amlodipine()));
        QVERIFY(r.gate.link(QStringLiteral("RX-NEXT")).ok());
        QCOMPARE(r.evidence.state(), S::Closing); // still the first clip
        r.recorder.closeClip(first);
        QCOMPARE(r.evidence.state(), S::AwaitingConsent);
        QVERIFY(!r.gate.evidenceSettlementNo().isEmpty());
        QVERIFY(r.gate.evidenceSettlementNo() != first);
    }

    // Cash sales are not affected: an OTC sale paid in cash with the camera off, the recorder
    // stopped and no face never asks the camera and never begins a clip.
    void cashSaleIsUnaffected()
    {
        InsuredRig r;
        r.evidence.onCameraFailed(QStringLiteral("未配置结算摄像头"));
        r.recorder.setStatus(RecorderState::Stopped);
        QVERIFY(r.scan(otc()));
        const Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(100));
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().userText()));
        QCOMPARE(r.evidence.state(), S::Idle);
        QVERIFY(r.recorder.begun.isEmpty());
        QCOMPARE(r.staff.audit.count(AuditAction::EvidenceRefused), 0);
    }

    // Without an evidence gate (the prescription rules' own tests) the card is read on the
    // prescription rules alone, as before.
    void withoutEvidenceGateTheRulesAlone()
    {
        InsuredRig r;
        r.gate.setSettlementEvidence(nullptr);
        QVERIFY(r.toCardReadAllowed());
        QVERIFY(r.gate.readCard().ok());
        QCOMPARE(r.evidence.state(), S::Idle);
    }

    // Where the counter records (the window) and no evidence gate could be set up, no card is
    // read at all.
    void requiredButMissingRefuses()
    {
        InsuredRig r;
        r.gate.setSettlementEvidence(nullptr);
        r.gate.requireSettlementEvidence(true);
        QVERIFY(r.toCardReadAllowed());
        QCOMPARE(ruleOf(r.gate.readCard()), QStringLiteral("CAM-VIDEO"));
        QCOMPARE(r.reader.reads, 0);
    }
};

QTEST_GUILESS_MAIN(TestInsuredEvidence)
#include "tst_insuredevidence.moc"
