// The prescription gate at the counter, driven through its real dialog: the card action is refused
// (RX-PRINT-GATE) in every step until the simulated-printer twin confirms the print (issue 6).
#include "app/core/privacy/personaldataaccess.h"
#include "tests/core/rxgaterig.h"
#include "ui/paperprescriptiondialog.h"
#include "ui/prescriptiondialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;

namespace {

struct Rig : GateRig
{
    // The pharmacist lisi is on duty (STAFF-PHARM-ONDUTY); the prescription waits for review; the
    // cashier zhangsan acts.
    fakes::FakeCatalog catalog; // the paper entry form's product search
    ui::PrescriptionDialog dialog{
        gate, reviews, [this](const QString& no, const std::function<void(Status)>& done) {
            ++loads;
            done(gate.link(no));
        }};
    int loads = 0;
    Rig()
        : GateRig(prescription(), false)
    {
        catalog.add(amlodipine());
        catalog.add(metformin());
        dialog.show();
    }
    void click(const char* name)
    {
        QTest::mouseClick(dialog.button(QString::fromLatin1(name)), Qt::LeftButton);
    }
    /// Until the gate opens the card action is not offered, and the gate itself refuses it
    /// with the rule (a script or the device reaches the gate without this button).
    bool cardRefused()
    {
        click("card"); // disabled: nothing happens
        const Result<CardCredential> direct = gate.readCard();
        return !dialog.button(QStringLiteral("card"))->isEnabled() && !direct.ok()
               && direct.error().ruleId == QStringLiteral("RX-PRINT-GATE") && reader.reads == 0;
    }
};

} // namespace

class TestPrescriptionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cardIsRefusedUntilThePrinterConfirms()
    {
        Rig r;
        QVERIFY(r.cardRefused()); // nothing linked
        r.dialog.numberEdit()->setText(r.rx.rxNo);
        r.click("load");
        QVERIFY2(r.gate.state() == RxGateState::Linked, qPrintable(r.dialog.messageText()));
        QVERIFY(r.cardRefused());

        // The cart must hold exactly the prescription (RX-MATCH): 2 boxes and 1 box.
        r.sale.setLines(matchingLines()); // the cashier scanned amlodipine ×2, metformin ×1
        r.click("check");
        QCOMPARE(r.gate.state(), RxGateState::RulesPassed);
        QVERIFY(r.cardRefused());

        // The cashier cannot approve (STAFF-ROLES); the on-duty pharmacist can.
        r.click("approve");
        QVERIFY(r.dialog.messageText().startsWith(QStringLiteral("STAFF-ROLES")));
        r.staff.loginAs(QStringLiteral("lisi"));
        r.click("approve");
        r.click("sign");
        QCOMPARE(r.gate.state(), RxGateState::ReviewedAndSigned);
        QVERIFY(r.cardRefused());

        // The printer fails the job: still locked, and the dialog says why.
        r.printer.failJob = true;
        r.click("print");
        QVERIFY(r.gate.state() != RxGateState::CardReadAllowed);
        QVERIFY(r.cardRefused());
        // An explicit 补打 on a working printer that confirms: the card may be read.
        r.printer.failJob = false;
        r.printer.confirmation = PrintConfirmation::DeviceConfirmed;
        r.click("reprint");
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        QVERIFY(r.printer.documents.last().reprint);
        r.click("card");
        QCOMPARE(r.reader.reads, 1);
        QVERIFY2(r.dialog.messageText().startsWith(QStringLiteral("已读取医保卡")),
                 qPrintable(r.dialog.messageText()));
    }

    // Only the steps legal in the gate's state are offered (the gate still decides each one).
    void onlyTheLegalStepsAreOffered()
    {
        Rig r;
        const auto enabled = [&r] {
            QStringList on;
            for (const char* b :
                 {"check", "approve", "reject", "sign", "print", "reprint", "card", "cancel"})
                if (r.dialog.button(QString::fromLatin1(b))->isEnabled())
                    on << QString::fromLatin1(b);
            return on.join(u' ');
        };
        QCOMPARE(enabled(), QString());
        r.dialog.numberEdit()->setText(r.rx.rxNo);
        r.click("load");
        QCOMPARE(enabled(), QStringLiteral("check approve reject cancel"));
        r.sale.setLines(matchingLines());
        r.click("check");
        QCOMPARE(enabled(), QStringLiteral("approve reject sign cancel"));
        r.staff.loginAs(QStringLiteral("lisi"));
        r.click("approve");
        r.click("sign");
        QCOMPARE(enabled(), QStringLiteral("print cancel"));
        r.printer.confirmation = PrintConfirmation::DeviceConfirmed;
        r.click("print");
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        QCOMPARE(enabled(), QStringLiteral("reprint card cancel"));
        r.click("cancel");
        QCOMPARE(enabled(), QString());
    }

    // A real printer answers from its own thread: the dialog says it is printing, keeps the card
    // locked, and shows the answer when it comes.
    void printerAnsweringLaterIsShownWhenItAnswers()
    {
        Rig r;
        r.dialog.numberEdit()->setText(r.rx.rxNo);
        r.click("load");
        r.sale.setLines(matchingLines()); // the cashier scanned amlodipine ×2, metformin ×1
        r.click("check");
        r.staff.loginAs(QStringLiteral("lisi"));
        r.click("approve");
        r.click("sign");
        r.printer.deferAnswers = true;
        r.click("print");
        QVERIFY2(r.dialog.messageText().contains(QStringLiteral("正在打印")),
                 qPrintable(r.dialog.messageText()));
        QCOMPARE(r.gate.state(), RxGateState::PrintPending);
        QVERIFY(r.cardRefused());
        r.printer.answerNext();
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        QVERIFY2(r.dialog.messageText().contains(QStringLiteral("已打印确认")),
                 qPrintable(r.dialog.messageText()));
        QVERIFY(r.dialog.stateText().contains(toDisplayString(RxGateState::CardReadAllowed)));
    }

    void queueListsWaitingPrescriptionsAndLoadsOnActivation()
    {
        Rig r;
        QCOMPARE(r.dialog.queueList()->count(), 1);
        QListWidgetItem* item = r.dialog.queueList()->item(0);
        QCOMPARE(item->data(Qt::UserRole).toString(), r.rx.rxNo);
        QVERIFY(item->text().contains(QStringLiteral("赵*"))); // the patient masked in the list
        Q_EMIT r.dialog.queueList()->itemActivated(item);
        QCOMPARE(r.gate.state(), RxGateState::Linked);

        // Approved, it leaves the queue; a new download joins it.
        r.staff.loginAs(QStringLiteral("lisi"));
        r.click("approve");
        QVERIFY(r.dialog.queueList()->item(0)->data(Qt::UserRole).toString().isEmpty());
        must(r.reviews.receive(prescription(QStringLiteral("RX3601002026112000009"))).ok());
        QCOMPARE(r.dialog.queueList()->item(0)->data(Qt::UserRole).toString(),
                 QStringLiteral("RX3601002026112000009"));
    }

    void enterInTheNumberFieldLoadsOnce()
    {
        Rig r;
        QTest::keyClicks(r.dialog.numberEdit(), r.rx.rxNo);
        QTest::keyClick(r.dialog.numberEdit(), Qt::Key_Return);
        QCOMPARE(r.loads, 1); // not a second time through a default button
        QCOMPARE(r.gate.state(), RxGateState::Linked);
    }

    void rejectionTakesItsReasonFromTheOpinionField()
    {
        Rig r;
        r.dialog.numberEdit()->setText(r.rx.rxNo);
        r.click("load");
        r.staff.loginAs(QStringLiteral("lisi"));
        r.click("reject");
        QVERIFY2(r.dialog.messageText().contains(QStringLiteral("理由")),
                 qPrintable(r.dialog.messageText()));
        QCOMPARE(r.repo.reviews.size(), 0);
        r.dialog.opinionEdit()->setText(QStringLiteral("诊断与用药不符")); // as the IME commits it
        r.click("reject");
        QCOMPARE(r.repo.reviews.size(), 1);
        QCOMPARE(r.repo.reviews.constLast().opinion, QStringLiteral("诊断与用药不符"));
        QCOMPARE(r.repo.reviews.constLast().decision, PrescriptionReview::Decision::Rejected);
        // A rejected prescription cannot be signed (RX-REVIEW).
        r.staff.loginAs(QStringLiteral("zhangsan"));
        r.sale.setLines(matchingLines()); // the cashier scanned amlodipine ×2, metformin ×1
        r.click("check");
        r.click("sign");
        QVERIFY(r.dialog.messageText().startsWith(QStringLiteral("RX-REVIEW")));
    }

    void paperEntryIsOfferedWhenEnabledAndLoadsWhatItStored()
    {
        Rig r;
        auto* paperButton = r.dialog.button(QStringLiteral("paper"));
        QVERIFY(paperButton->isHidden());
        r.dialog.enablePaperEntry(r.catalog, r.clock);
        QVERIFY(!paperButton->isHidden());
        r.click("paper");
        auto* paper = r.dialog.findChild<ui::PaperPrescriptionDialog*>();
        QVERIFY(paper);
        // What the form stores on 保存并送审 (its own test fills it key by key): a paper entry.
        Prescription typed = prescription(QStringLiteral("PAPER-H36010200077-0001234"));
        typed.source = RxSource::PaperEntry;
        must(r.reviews.receive(typed).ok());
        Q_EMIT paper->received(typed.rxNo);
        QCOMPARE(r.gate.state(), RxGateState::Linked);
        QCOMPARE(r.gate.prescription()->rxNo, typed.rxNo);
        QCOMPARE(r.dialog.numberEdit()->text(), typed.rxNo);
    }

    void patientIsMaskedAndShownWholeOnlyToAllowedRolesAudited()
    {
        Rig r;
        PersonalDataAccess personal(r.staff.session, r.staff.audit, r.clock);
        QVERIFY(r.dialog.button(QStringLiteral("fullView"))->isHidden()); // not wired: masked only
        r.dialog.enableFullView(personal);
        r.dialog.numberEdit()->setText(r.rx.rxNo);
        r.click("load");
        // Masked for everyone until someone allowed asks.
        QVERIFY2(r.dialog.summaryText().contains(QStringLiteral("赵*")),
                 qPrintable(r.dialog.summaryText()));
        QVERIFY(r.dialog.summaryText().contains(QStringLiteral("360***********123X")));
        QVERIFY(!r.dialog.summaryText().contains(QStringLiteral("赵六")));
        QVERIFY(!r.dialog.summaryText().contains(QStringLiteral("36010219900101123X")));

        // The cashier may not (DATA-PRIVACY): refused with the rule, the refusal audited.
        r.click("fullView");
        QVERIFY2(r.dialog.messageText().contains(QStringLiteral("DATA-PRIVACY")),
                 qPrintable(r.dialog.messageText()));
        QVERIFY(!r.dialog.summaryText().contains(QStringLiteral("36010219900101123X")));
        QCOMPARE(r.staff.audit.count(AuditAction::PersonalDataViewRefused), 1);
        QCOMPARE(r.staff.audit.count(AuditAction::PersonalDataViewed), 0);

        // The pharmacist may: both values whole, each view audited with the prescription, never
        // the value.
        r.staff.loginAs(QStringLiteral("lisi"));
        r.click("fullView");
        QVERIFY(r.dialog.summaryText().contains(QStringLiteral("赵六")));
        QVERIFY(r.dialog.summaryText().contains(QStringLiteral("36010219900101123X")));
        const QList<AuditEvent> views = r.staff.audit.of(AuditAction::PersonalDataViewed);
        QCOMPARE(views.size(), 2);
        for (const AuditEvent& e : views) {
            QCOMPARE(e.target, r.rx.rxNo);
            QVERIFY(!e.detail.contains(QStringLiteral("36010219900101123X")));
            QVERIFY(!e.detail.contains(QStringLiteral("赵六")));
        }

        // The full values belong to that prescription: another one linked shows masked again.
        must(r.gate.cancel(QStringLiteral("换处方")).ok());
        must(r.reviews.receive(prescription(QStringLiteral("RX3601002026112000009"))).ok());
        must(r.gate.link(QStringLiteral("RX3601002026112000009")).ok());
        QVERIFY(!r.dialog.summaryText().contains(QStringLiteral("36010219900101123X")));
        QVERIFY(r.dialog.summaryText().contains(QStringLiteral("360***********123X")));
    }
};

QTEST_MAIN(TestPrescriptionDialog)
#include "tst_prescriptiondialog.moc"
