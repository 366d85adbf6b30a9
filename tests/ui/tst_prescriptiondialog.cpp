// The prescription gate at the counter, driven through its real dialog: the card action is refused
// (RX-PRINT-GATE) in every step until the simulated-printer twin confirms the print (issue 6).
#include "app/core/saleworkflow.h"
#include "tests/core/rxgaterig.h"
#include "ui/prescriptiondialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;

namespace {

struct Rig : GateRig
{
    // The pharmacist lisi is on duty (STAFF-PHARM-ONDUTY); the prescription waits for review; the
    // cashier zhangsan acts.
    fakes::FakeCatalog catalog;
    fakes::FakeSaleRepository sales;
    SaleWorkflow sale{catalog, sales, printer, clock, staff.access,
                      StoreProfile{QStringLiteral("测试药房"), QStringLiteral("P36010200001"), QStringLiteral("T01"), {}, {}}};
    ui::PrescriptionDialog dialog{gate, reviews, sale,
                                  [this](const QString& no, const std::function<void(Status)>& done) {
                                      done(gate.link(no));
                                  }};
    Rig()
        : GateRig(prescription(), false)
    {
        catalog.add(amlodipine());
        catalog.add(metformin());
        dialog.show();
    }
    void click(const char* name) { QTest::mouseClick(dialog.button(QString::fromLatin1(name)), Qt::LeftButton); }
    /// The card action, as the cashier presses it: refused with the rule until the gate opens.
    bool cardRefused()
    {
        click("card");
        return dialog.messageText().startsWith(QStringLiteral("RX-PRINT-GATE")) && reader.reads == 0;
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
        QVERIFY(r.sale.scanCode(amlodipine().gtin).ok());
        QVERIFY(r.sale.scanCode(amlodipine().gtin).ok());
        QVERIFY(r.sale.scanCode(metformin().gtin).ok());
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
        QVERIFY2(r.dialog.messageText().startsWith(QStringLiteral("已读取医保卡")), qPrintable(r.dialog.messageText()));
    }
};

QTEST_MAIN(TestPrescriptionDialog)
#include "tst_prescriptiondialog.moc"
