// The counter's intake of prescription numbers and scanned codes (issue 6): the printed one-time
// code, recognised as a scanner delivers it, confirms the print; a 医保电子凭证 is refused before the
// gate opens and the refusal is shown; typed-in paper prescriptions link without a platform.
#include "app/core/codes/coderecognition.h"
#include "app/core/rx/prescriptionintake.h"
#include "tests/core/rxgaterig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;

namespace {

codes::Recognition scanned(const QString& payload, const codes::RecognitionOptions& options = {})
{
    return codes::recognise(payload.toUtf8(), QString(), options);
}

struct IntakeRig : GateRig
{
    PrescriptionIntake intake{gate, repo, nullptr};
    QSignalSpy notices{&intake, &PrescriptionIntake::notice};
    QSignalSpy refusals{&intake, &PrescriptionIntake::refused};
    QSignalSpy gateNotices{&gate, &RxSettlementGate::notice};

    Status load(const QString& no)
    {
        std::optional<Status> outcome;
        intake.load(no, [&outcome](const Status& s) { outcome = s; });
        must(outcome.has_value()); // no platform: the outcome is known at once
        return *outcome;
    }
    QString lastRefusalRule() const
    {
        return refusals.isEmpty() ? QString() : refusals.constLast().at(0).value<Error>().ruleId;
    }
};

} // namespace

class TestPrescriptionIntake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scannedPrintCodeConfirmsThePrint()
    {
        IntakeRig r;
        QVERIFY(r.driveTo(RxGateState::PrintPending));
        const codes::Recognition code = scanned(r.lastCode());
        QCOMPARE(code.family, codes::CodeFamily::Internal);
        QVERIFY(r.intake.takeScannedToken(code));
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        QCOMPARE(r.refusals.count(), 0);
    }

    void staleOrForeignPrintCodeIsRefusedAndShown()
    {
        IntakeRig r;
        QVERIFY(r.driveTo(RxGateState::PrintPending));
        QVERIFY(r.intake.takeScannedToken(
            scanned(QStringLiteral("PPOS-PRN-%1-000000").arg(r.rx.rxNo))));
        QCOMPARE(r.gate.state(), RxGateState::PrintPending);
        QCOMPARE(r.lastRefusalRule(), QStringLiteral("RX-PRINT-GATE"));
        // The gate announced the refusal; the intake does not say it twice.
        QCOMPARE(r.gateNotices.constLast().at(0).value<Notice>().level, Notice::Level::Error);
        QCOMPARE(r.notices.count(), 0);
    }

    void voucherBeforeTheGateOpensIsRefused()
    {
        codes::RecognitionOptions options;
        options.voucherShapes << codes::TokenShape{QStringLiteral("EC"), 10, 64};
        IntakeRig r;
        QVERIFY(r.driveTo(RxGateState::PrintPending));
        const codes::Recognition voucher = scanned(QStringLiteral("EC0123456789ABCDEF"), options);
        QCOMPARE(voucher.family, codes::CodeFamily::InsuranceVoucher);
        QVERIFY(r.intake.takeScannedToken(voucher));
        QCOMPARE(r.lastRefusalRule(), QStringLiteral("RX-PRINT-GATE"));
        QCOMPARE(r.staff.audit.count(AuditAction::PrescriptionGateRefused), 1);

        // Once the printed code is scanned back, the same voucher is taken.
        QVERIFY(r.intake.takeScannedToken(scanned(r.lastCode())));
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        QVERIFY(r.intake.takeScannedToken(voucher));
        QCOMPARE(r.refusals.count(), 1);
        QCOMPARE(r.notices.constLast().at(0).value<Notice>().level, Notice::Level::Info);
    }

    void otherCodesAreNotTaken()
    {
        IntakeRig r;
        QVERIFY(!r.intake.takeScannedToken(scanned(QStringLiteral("6901234567892"))));
        QVERIFY(!r.intake.takeScannedToken(scanned(QStringLiteral("PPOS-SALE-20261120-0001"))));
        QCOMPARE(r.refusals.count(), 0);
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);
    }

    void loadLinksAStoredPrescriptionAndSaysSo()
    {
        IntakeRig r;
        QVERIFY(r.load(QStringLiteral("  ") + r.rx.rxNo + u' ').ok());
        QCOMPARE(r.gate.state(), RxGateState::Linked);
        QVERIFY(r.notices.constLast().at(0).value<Notice>().text.contains(r.rx.rxNo));
        // The same number again keeps the gate where it is.
        QVERIFY(r.load(r.rx.rxNo).ok());
        QCOMPARE(r.gate.state(), RxGateState::Linked);
    }

    void loadRefusesEmptyAndUnknownNumbersByName()
    {
        IntakeRig r;
        Status empty = r.load(QStringLiteral("   "));
        QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
        Status unknown = r.load(QStringLiteral("RX999"));
        QCOMPARE(unknown.error().code, ErrorCode::Configuration); // no platform to download from
        QVERIFY(unknown.error().userText().contains(QStringLiteral("RX999")));
        QCOMPARE(r.refusals.count(), 2);
        QCOMPARE(r.notices.constLast().at(0).value<Notice>().level, Notice::Level::Error);
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);
    }

    void loadingAnotherPrescriptionCancelsTheFirst()
    {
        IntakeRig r;
        Prescription second = prescription(QStringLiteral("RX3601002026112000002"));
        must(r.reviews.receive(second).ok());
        QVERIFY(r.driveTo(RxGateState::RulesPassed));
        QVERIFY(r.load(second.rxNo).ok());
        QCOMPARE(r.gate.prescription()->rxNo, second.rxNo);
        QCOMPARE(r.gate.state(), RxGateState::Linked);
    }
};

QTEST_GUILESS_MAIN(TestPrescriptionIntake)
#include "tst_prescriptionintake.moc"
