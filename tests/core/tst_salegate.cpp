// The sale and its prescription gate together (issue 11): the gate belongs to one sale and ends
// with it; once the rules pass the cart is the prescription (RX-MATCH); prescription-only drugs
// are paid for only against this sale's approved prescription (RX-ONLY); a pharmacist who stepped
// in for a sale steps out with it.
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/core/rxgaterig.h"
#include "tests/support/salerig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;

namespace {

constexpr const char* kPassword = fakes::StaffFixture::kPassword;
/// The 7-digit trace-code prefix the store knows for amlodipine's boxes.
constexpr const char* kAmlodipinePrefix = "8123456";

/// The refusal of a result, or an empty Error when it succeeded (so a comparison fails).
template <typename R> Error errorOf(const R& result)
{
    return result.ok() ? Error{} : result.error();
}

/// An OTC product (乙类OTC) next to the prescription's drugs.
Product otc()
{
    Product p = fakes::makeProduct(7, QStringLiteral("板蓝根颗粒"), 1280);
    p.rxClass = RxClass::OtcB;
    p.insuranceCode = QStringLiteral("ZA04BAA138C020130104157");
    return p;
}

/// The shared counter on 2026-11-20 10:00 with the prescription's drugs, trace codes and the real
/// gate: zhangsan sells, lisi is on duty, the prescription (amlodipine ×2, metformin ×1) waits for
/// review.
struct CounterRig : testsupport::SaleRig
{
    fakes::FakePrescriptionRepository repo;
    ReviewService reviews{repo, staff.access, staff.duty, staff.audit, clock};
    fakes::FakeCardReader reader;
    fakes::FakeTraceCodeRegistry trace;
    RxSettlementGate gate{workflow,     repo,       reviews,     printer, reader,
                          staff.access, staff.duty, staff.audit, clock,   store};
    Prescription rx = prescription();

    CounterRig()
        : SaleRig({amlodipine(), metformin(), otherDrug(), otc()},
                  QDateTime(QDate(2026, 11, 20), QTime(10, 0)))
    {
        workflow.setPrescriptionGate(&gate);
        workflow.setTraceCodes(&trace, UnreceivedTracePolicy::Warn);
        trace.prefixes.insert(QString::fromLatin1(kAmlodipinePrefix), amlodipine().id);
        must(reviews.receive(rx).ok());
        staff.loginAs(QStringLiteral("lisi"));
        must(staff.duty.clockIn().ok());
        staff.loginAs(QStringLiteral("zhangsan"));
    }

    bool scan(const Product& p) { return workflow.scanCode(p.gtin).ok(); }
    /// The cashier scans the prescription's drugs: amlodipine ×2, metformin ×1.
    bool scanPrescriptionDrugs()
    {
        return scan(amlodipine()) && scan(amlodipine()) && scan(metformin());
    }
    /// The pharmacist steps in (for this sale), approves and signs; the cashier is still logged in.
    bool approveAndSign()
    {
        if (!staff.session.stepIn(QStringLiteral("lisi"), QString::fromLatin1(kPassword)).ok())
            return false;
        return reviews.approve(rx.rxNo, rx.contentHash(), false).ok() && gate.sign().ok();
    }
    /// Drives the sale and its gate to `target` the legal way.
    bool driveTo(RxGateState target)
    {
        if (!scanPrescriptionDrugs() || !gate.link(rx.rxNo).ok())
            return false;
        if (target == RxGateState::Linked)
            return gate.state() == target;
        if (!gate.checkRules().ok() || target == RxGateState::RulesPassed)
            return gate.state() == target;
        if (!approveAndSign() || target == RxGateState::ReviewedAndSigned)
            return gate.state() == target;
        (void)gate.print(); // the fake printer confirms by itself
        return gate.state() == target;
    }
    int ruleRefusals(const QString& rule) const
    {
        int n = 0;
        for (const AuditEvent& e : staff.audit.events)
            n += e.action == AuditAction::RuleRefused && e.detail.startsWith(rule) ? 1 : 0;
        return n;
    }
};

} // namespace

class TestSaleGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Hole 1: a prescription cart paid in cash used to leave the gate open for the next customer.
    void payingEndsTheGateAndTheStepIn()
    {
        CounterRig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        QCOMPARE(r.workflow.saleState(), SaleState::PrescriptionLinked);
        QCOMPARE(r.staff.session.actingUser()->username, QStringLiteral("lisi"));
        const quint64 ticket = r.workflow.saleTicket();
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(200));
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().userText()));
        QCOMPARE(paid->sale.rxNo, r.rx.rxNo);
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);
        QVERIFY(!r.gate.prescription());
        QVERIFY(r.workflow.saleTicket() != ticket);
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
        QCOMPARE(r.staff.session.actingUser()->username, QStringLiteral("zhangsan"));
        QVERIFY(r.scan(otc()));
        const Result<CardCredential> card = r.gate.readCard();
        QVERIFY(!card.ok());
        QCOMPARE(card.error().ruleId, QStringLiteral("RX-PRINT-GATE"));
        QCOMPARE(r.reader.reads, 0);
        // The sale was recorded with its audit entry (in the same transaction, by the recorder).
        QCOMPARE(r.sales.audited.size(), 1);
        QCOMPARE(r.sales.audited.at(0).action, AuditAction::SaleCompleted);
        QCOMPARE(r.sales.audited.at(0).target, paid->sale.saleNo);
        QCOMPARE(r.sales.audited.at(0).actor, QStringLiteral("lisi"));
    }

    // 挂单 (issue 19): a prescription's cart is the one its pharmacist reviewed for this sale
    // (RX-MATCH): never parked with it; once the prescription is cancelled it is an ordinary cart.
    void aPrescriptionsCartIsNotParked()
    {
        CounterRig r;
        fakes::FakeParkedCartStore parked;
        r.workflow.setParkedCarts(&parked);
        QVERIFY(r.driveTo(RxGateState::RulesPassed));
        Result<ParkedCart> p = r.workflow.parkSale(QStringLiteral("稍后来取"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().ruleId, QStringLiteral("RX-MATCH"));
        QVERIFY(p.error().message.contains(r.rx.rxNo));
        QVERIFY(parked.carts.isEmpty());
        QCOMPARE(r.workflow.saleState(), SaleState::PrescriptionLinked);
        QCOMPARE(r.gate.state(), RxGateState::RulesPassed);
        QCOMPARE(r.staff.audit.count(AuditAction::SaleRefused), 1);
        QVERIFY(r.gate.cancel(QStringLiteral("顾客稍后再来")).ok());
        QVERIFY(r.workflow.parkSale(QStringLiteral("稍后来取")).ok());
        QCOMPARE(parked.carts.size(), 1);
    }

    void voidingEndsTheGate()
    {
        CounterRig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        QVERIFY(r.workflow.voidSale().ok());
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);
        QVERIFY(r.workflow.cart().isEmpty());
        QCOMPARE(r.staff.audit.count(AuditAction::SaleVoided), 1);
        QCOMPARE(r.staff.session.actingUser()->username, QStringLiteral("zhangsan"));
    }

    void loggingOutEndsTheSaleAndTheGate()
    {
        CounterRig r;
        QVERIFY(r.driveTo(RxGateState::ReviewedAndSigned));
        r.staff.session.logout();
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);
        QVERIFY(r.workflow.cart().isEmpty());
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
        QCOMPARE(r.staff.audit.count(AuditAction::SaleVoided), 1);
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(!r.gate.readCard().ok());
    }

    void cancellingKeepsTheSaleAsAnOrdinarySale()
    {
        CounterRig r;
        QVERIFY(r.driveTo(RxGateState::RulesPassed));
        QVERIFY(r.gate.cancel(QStringLiteral("自费")).ok());
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
        QCOMPARE(r.workflow.cart().size(), 2);      // nothing of the cart is lost
        QVERIFY(r.workflow.setQuantity(0, 1).ok()); // and it may change again
    }

    void aPharmacistWhoChoosesToStayStays()
    {
        CounterRig r;
        QVERIFY(r.staff.session
                    .stepIn(QStringLiteral("lisi"), QString::fromLatin1(kPassword),
                            StepInScope::UntilStepOut)
                    .ok());
        QVERIFY(r.scan(otc()));
        QVERIFY(r.workflow.payCash(Money::fromYuan(20)).ok());
        QCOMPARE(r.staff.session.actingUser()->username, QStringLiteral("lisi"));
        QVERIFY(r.scan(otc()));
        QVERIFY(r.workflow.voidSale().ok());
        QCOMPARE(r.staff.session.actingUser()->username, QStringLiteral("lisi"));
    }

    // Hole 2: every kind of cart change after the rules passed — and after the card was unlocked —
    // is refused (RX-MATCH), changes nothing and is audited; the card is still read for exactly
    // the prescription.
    void cartChangesRefusedOnceTheRulesPass_data()
    {
        QTest::addColumn<RxGateState>("state");
        QTest::addColumn<int>("change");
        const char* changes[] = {"scan another drug", "scan one more box", "quantity",
                                 "remove a line",     "split the line",    "scan OTC"};
        for (RxGateState s : {RxGateState::RulesPassed, RxGateState::ReviewedAndSigned,
                              RxGateState::CardReadAllowed})
            for (int c = 0; c < 6; ++c)
                QTest::addRow("RX-MATCH %d %s", int(s), changes[c]) << s << c;
    }
    void cartChangesRefusedOnceTheRulesPass()
    {
        QFETCH(RxGateState, state);
        QFETCH(int, change);
        CounterRig r;
        QVERIFY(r.driveTo(state));
        const QString before = r.workflow.cart().contentKey();
        QSignalSpy changed(&r.workflow, &SaleWorkflow::cartChanged);
        Error refusal;
        switch (change) {
        case 0: refusal = errorOf(r.workflow.scanCode(otherDrug().gtin)); break;
        case 1: refusal = errorOf(r.workflow.scanCode(metformin().gtin)); break;
        case 2: refusal = errorOf(r.workflow.setQuantity(1, 2)); break;
        case 3: refusal = errorOf(r.workflow.removeLine(1)); break;
        case 4: refusal = errorOf(r.workflow.setUnit(0, SaleUnit::Piece)); break;
        case 5: refusal = errorOf(r.workflow.scanCode(otc().gtin)); break;
        }
        QCOMPARE(refusal.ruleId, QStringLiteral("RX-MATCH"));
        QCOMPARE(r.workflow.cart().contentKey(), before);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(r.ruleRefusals(QStringLiteral("RX-MATCH")), 1);
        QCOMPARE(r.gate.state(), state);
        if (state == RxGateState::CardReadAllowed)
            QVERIFY(r.gate.readCard().ok());
    }

    // Before the rules pass the cart may still change: the cashier scans the drugs after linking.
    void theCartMayChangeWhileOnlyLinked()
    {
        CounterRig r;
        QVERIFY(r.driveTo(RxGateState::Linked));
        QVERIFY(r.scan(otherDrug()));
        QVERIFY(r.workflow.removeLine(2).ok());
        QVERIFY(r.gate.checkRules().ok());
    }

    // A box's trace code bound to a box already counted changes neither items nor quantities:
    // allowed while frozen; a code that would add a box is refused.
    void aTraceCodeForACountedBoxIsBoundWhileFrozen()
    {
        CounterRig r;
        QVERIFY(r.driveTo(RxGateState::RulesPassed));
        const QString prefix = QString::fromLatin1(kAmlodipinePrefix);
        QVERIFY(r.workflow.scanCode(prefix + QStringLiteral("0000000011234")).ok());
        QVERIFY(r.workflow.scanCode(prefix + QStringLiteral("0000000021234")).ok());
        QCOMPARE(r.workflow.cart().lines().at(0).traceCodes.size(), 2);
        const Result<qsizetype> third =
            r.workflow.scanCode(prefix + QStringLiteral("0000000031234"));
        QVERIFY(!third.ok());
        QCOMPARE(third.error().ruleId, QStringLiteral("RX-MATCH"));
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 2);
    }

    // Hole 3, RX-ONLY: a prescription-only drug is paid for only against this sale's prescription
    // once the on-duty pharmacist approved and signed it; OTC sales are unaffected.
    void prescriptionOnlyNeedsTheApprovedPrescription_data()
    {
        QTest::addColumn<int>("stage");         // how far the prescription got
        QTest::addColumn<QString>("refusedBy"); // empty: paid
        QTest::newRow("RX-ONLY no prescription") << 0 << QStringLiteral("RX-ONLY");
        QTest::newRow("RX-ONLY linked, not checked") << 1 << QStringLiteral("RX-ONLY");
        QTest::newRow("RX-ONLY rules passed, not reviewed") << 2 << QStringLiteral("RX-ONLY");
        QTest::newRow("RX-ONLY approved and signed") << 3 << QString();
        QTest::newRow("RX-ONLY printed, card open: cash still fine") << 4 << QString();
        QTest::newRow("RX-ONLY approved, pharmacist clocked out since")
            << 5 << QStringLiteral("RX-ONLY");
    }
    void prescriptionOnlyNeedsTheApprovedPrescription()
    {
        QFETCH(int, stage);
        QFETCH(QString, refusedBy);
        CounterRig r;
        const RxGateState target[] = {RxGateState::NoPrescription,  RxGateState::Linked,
                                      RxGateState::RulesPassed,     RxGateState::ReviewedAndSigned,
                                      RxGateState::CardReadAllowed, RxGateState::ReviewedAndSigned};
        if (stage == 0)
            QVERIFY(r.scanPrescriptionDrugs());
        else
            QVERIFY(r.driveTo(target[stage]));
        if (stage == 5) {
            QVERIFY(r.staff.duty.clockOut().ok()); // lisi acts: clocks herself out
        }
        const QString cartBefore = r.workflow.cart().contentKey();
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(200));
        if (refusedBy.isEmpty()) {
            QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().userText()));
            QCOMPARE(r.sales.sales.last().rxNo, r.rx.rxNo);
            return;
        }
        QVERIFY(!paid.ok());
        QCOMPARE(paid.error().ruleId, refusedBy);
        QVERIFY(paid.error().message.contains(QStringLiteral("F7")));
        QVERIFY(r.sales.sales.isEmpty());
        QCOMPARE(r.workflow.cart().contentKey(), cartBefore); // nothing lost
        QCOMPARE(r.ruleRefusals(refusedBy), 1);
    }

    void otcSalesAreUnaffected()
    {
        CounterRig r;
        QVERIFY(r.scan(otc()));
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(20));
        QVERIFY(paid.ok());
        QVERIFY(paid->sale.rxNo.isEmpty());
    }

    // A sale linked to a prescription is that prescription: even an OTC-only cart is paid as the
    // prescription's only once approved — or after cancelling it.
    void aLinkedSaleIsPaidOnlyOnceApproved()
    {
        CounterRig r;
        Prescription otcRx = prescription(QStringLiteral("RX-OTC-1"));
        otcRx.lines = {line(otc(), 1)};
        must(r.reviews.receive(otcRx).ok());
        QVERIFY(r.scan(otc()));
        QVERIFY(r.gate.link(otcRx.rxNo).ok());
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(20));
        QVERIFY(!paid.ok());
        QCOMPARE(paid.error().ruleId, QStringLiteral("RX-REVIEW"));
        QVERIFY(r.gate.cancel(QStringLiteral("按普通销售")).ok());
        QVERIFY(r.workflow.payCash(Money::fromYuan(20)).ok());
    }

    // The receipt marks prescription-only lines and names the prescription.
    void theReceiptMarksRxLines()
    {
        CounterRig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        QVERIFY(r.workflow.payCash(Money::fromYuan(200)).ok());
        const PrintDocument& receipt = r.printer.documents.last();
        QCOMPARE(receipt.kind, QStringLiteral("receipt"));
        QStringList text;
        for (const PrintLine& l : receipt.lines)
            text << l.text;
        const QString all = text.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("[Rx]") + amlodipine().displayName()),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("处方号：") + r.rx.rxNo));
    }

    // A payment whose recording fails returns the sale to where payment began, its prescription
    // still linked.
    void aFailedPaymentKeepsTheSaleAndItsPrescription()
    {
        CounterRig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        r.sales.failNext = true;
        QVERIFY(!r.workflow.payCash(Money::fromYuan(200)).ok());
        QCOMPARE(r.workflow.saleState(), SaleState::PrescriptionLinked);
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        QCOMPARE(r.workflow.cart().size(), 2);
        QVERIFY(r.workflow.payCash(Money::fromYuan(200)).ok());
    }

    // Every sale-state transition and refusal is audited.
    void wrongStateRefusalsAreAudited()
    {
        CounterRig r;
        QSignalSpy states(&r.workflow, &SaleWorkflow::saleStateChanged);
        QVERIFY(r.driveTo(RxGateState::Linked));
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.at(0).at(0).value<SaleState>(), SaleState::PrescriptionLinked);
        QVERIFY(r.gate.cancel(QStringLiteral("x")).ok());
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
    }
};

QTEST_GUILESS_MAIN(TestSaleGate)
#include "tst_salegate.moc"
