#include "app/core/ports/clock.h"
#include "app/core/ports/scanner.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/fakes/fakes.h"
#include "tests/support/salerig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;

namespace {

/// A scanner port that emits what the test hands it.
class TestScanner final : public Scanner
{
public:
    QString deviceName() const override { return QStringLiteral("test"); }
    bool isSimulated() const override { return true; }
    void emitScan(const QByteArray& payload)
    {
        Q_EMIT scanned(ScanEvent{payload, QStringLiteral("]E0"), QStringLiteral("test"), {}});
    }
};

/// The shared counter with a third product, 板蓝根颗粒 (12.00).
struct Rig : testsupport::SaleRig
{
    Rig()
        : SaleRig(testsupport::counterProducts()
                  << fakes::makeProduct(3, QStringLiteral("板蓝根颗粒"), 1200))
    {
    }
};

} // namespace

class TestSaleWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownCodeChangesNothing()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QSignalSpy changed(&r.workflow, &SaleWorkflow::cartChanged);
        QSignalSpy notices(&r.workflow, &SaleWorkflow::notice);
        Result<qsizetype> res = r.workflow.scanCode(QStringLiteral("6999999999999"));
        QVERIFY(!res.ok());
        QCOMPARE(res.error().code, ErrorCode::NotFound);
        QVERIFY(res.error().message.contains(QStringLiteral("6999999999999")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(r.workflow.cart().size(), 1);
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(1580));
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.at(0).at(0).value<Notice>().level, Notice::Level::Error);
    }

    void emptyScanIsRefused()
    {
        Rig r;
        const ScanOutcome res = r.workflow.scan(ScanEvent{"\r\n", {}, {}, {}});
        QVERIFY(!res.ok());
        QCOMPARE(res.kind, ScanOutcome::Kind::Rejected);
        QCOMPARE(res.error.code, ErrorCode::InvalidInput);
        QVERIFY(r.workflow.cart().isEmpty());
    }

    void scansAddAndRepeatIncrements()
    {
        Rig r;
        QCOMPARE(*r.workflow.scanCode(r.gtin(1)), 0);
        QCOMPARE(*r.workflow.scanCode(r.gtin(2)), 1);
        QCOMPARE(*r.workflow.scanCode(r.gtin(1)), 0); // same product: one more on its line
        QCOMPARE(r.workflow.cart().size(), 2);
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 2);
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(1580 * 2 + 2250));
        QCOMPARE(r.workflow.cart().itemCount(), 3);
    }

    // A wedge scanner set to send its symbology identifier types "]E0" before the digits: the
    // box is found by the EAN the recogniser read, not by the text as typed.
    void aimPrefixInTheDataStillFindsTheBox()
    {
        Rig r;
        Result<qsizetype> line = r.workflow.scanCode(QStringLiteral("]E0") + r.gtin(2));
        QVERIFY2(line.ok(), line.ok() ? "" : qPrintable(line.error().userText()));
        QCOMPARE(r.workflow.cart().lines().at(*line).product.id, 2);
    }

    void scansArriveThroughTheScannerPort()
    {
        Rig r;
        TestScanner scanner;
        QObject::connect(&scanner, &Scanner::scanned, &r.workflow, &SaleWorkflow::onScanned);
        scanner.emitScan(r.gtin(3).toUtf8() + "\r\n"); // a wedge scanner's terminator
        QCOMPARE(r.workflow.cart().size(), 1);
        QCOMPARE(r.workflow.cart().lines().at(0).product.id, 3);
        QSignalSpy rejected(&r.workflow, &SaleWorkflow::scanRejected);
        scanner.emitScan("nonsense");
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).value<Error>().code, ErrorCode::NotFound);
        QCOMPARE(r.workflow.cart().size(), 1);
    }

    void quantityChange_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("qty");
        QTest::addColumn<bool>("ok");
        QTest::newRow("set 5") << 0 << 5 << true;
        QTest::newRow("max 999") << 0 << 999 << true;
        QTest::newRow("zero refused") << 0 << 0 << false;
        QTest::newRow("negative refused") << 0 << -1 << false;
        QTest::newRow("1000 refused") << 0 << 1000 << false;
        QTest::newRow("no such line") << 5 << 2 << false;
        QTest::newRow("negative line") << -1 << 2 << false;
    }
    void quantityChange()
    {
        QFETCH(int, line);
        QFETCH(int, qty);
        QFETCH(bool, ok);
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        const Status s = r.workflow.setQuantity(line, qty);
        QCOMPARE(s.ok(), ok);
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, ok ? qty : 1);
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(1580) * (ok ? qty : 1));
    }

    void removeLine()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok());
        QVERIFY(r.workflow.removeLine(0).ok());
        QCOMPARE(r.workflow.cart().size(), 1);
        QCOMPARE(r.workflow.cart().lines().at(0).product.id, 2);
        QVERIFY(!r.workflow.removeLine(3).ok());
        QCOMPARE(r.workflow.cart().size(), 1);
    }

    void payWithChangeRecordsAndPrints()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(r.workflow.setQuantity(0, 2).ok());
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok()); // 31.60 + 22.50 = 54.10
        QSignalSpy completed(&r.workflow, &SaleWorkflow::saleCompleted);
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(100));
        QVERIFY(paid.ok());
        QCOMPARE(paid->sale.total, Money::fromFen(5410));
        QCOMPARE(paid->sale.payment.change, Money::fromFen(4590));
        QCOMPARE(paid->sale.time, r.clock.now());
        QCOMPARE(paid->sale.operatorName, QStringLiteral("张三")); // the acting user
        QVERIFY(paid->receiptPrinted);
        QCOMPARE(r.sales.sales.size(), 1);
        QCOMPARE(r.sales.sales.at(0).lines.size(), 2);
        QCOMPARE(r.sales.printed.size(), 1);
        QCOMPARE(r.printer.documents.size(), 1);
        QVERIFY(r.printer.documents.at(0).toPlainText().contains(QStringLiteral("45.90")));
        QVERIFY(r.workflow.cart().isEmpty());
        QCOMPARE(completed.count(), 1);
    }

    void exactCashHasNoChange()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(3)).ok());
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromFen(1200));
        QVERIFY(paid.ok());
        QCOMPARE(paid->sale.payment.change, Money());
    }

    void insufficientCashIsRefusedAndKeepsTheCart()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok());
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromFen(2249));
        QVERIFY(!paid.ok());
        QCOMPARE(paid.error().code, ErrorCode::InvalidInput);
        QVERIFY(paid.error().message.contains(QStringLiteral("22.50")));
        QCOMPARE(r.workflow.cart().size(), 1);
        QVERIFY(r.sales.sales.isEmpty());
        QVERIFY(r.printer.documents.isEmpty());
    }

    void emptyCartCannotBePaid()
    {
        Rig r;
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(10));
        QVERIFY(!paid.ok());
        QCOMPARE(paid.error().code, ErrorCode::WrongState);
    }

    void storageFailureLosesNothing()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        r.sales.failNext = true;
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(20));
        QVERIFY(!paid.ok());
        QCOMPARE(paid.error().code, ErrorCode::StorageFailure);
        QCOMPARE(r.workflow.cart().size(), 1);  // the cashier can try again
        QVERIFY(r.printer.documents.isEmpty()); // nothing printed for an unrecorded sale
        QVERIFY(r.workflow.payCash(Money::fromYuan(20)).ok());
        QCOMPARE(r.sales.sales.size(), 1);
    }

    void printerOutOfPaperStillRecordsThenReprints()
    {
        Rig r;
        r.printer.state = PrinterState::PaperOut;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QSignalSpy notices(&r.workflow, &SaleWorkflow::notice);
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(20));
        QVERIFY(paid.ok());
        QVERIFY(!paid->receiptPrinted);
        QVERIFY(paid->printProblem.contains(QStringLiteral("缺纸")));
        QCOMPARE(r.sales.sales.size(), 1);
        QVERIFY(r.printer.documents.isEmpty());
        QCOMPARE(notices.last().at(0).value<Notice>().level, Notice::Level::Warning);

        QVERIFY(!r.workflow.reprintLast().ok()); // still no paper
        r.printer.state = PrinterState::Ready;
        Result<PaymentOutcome> again = r.workflow.reprintLast();
        QVERIFY(again.ok());
        QCOMPARE(r.printer.documents.size(), 1);
        QVERIFY(r.printer.documents.at(0).reprint);
        QCOMPARE(r.sales.printed.size(), 1);
        QVERIFY(r.sales.printed.at(0).second); // recorded as a reprint
    }

    void jobFailureIsReported()
    {
        Rig r;
        r.printer.failJob = true;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(20));
        QVERIFY(paid.ok());
        QVERIFY(!paid->receiptPrinted);
        QVERIFY(paid->printProblem.contains(QStringLiteral("jammed")));
        QVERIFY(r.sales.printed.isEmpty());
    }

    void reprintWithoutSaleIsRefused()
    {
        Rig r;
        QVERIFY(!r.workflow.reprintLast().ok());
    }

    void voidClearsWithoutRecording()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(r.workflow.voidSale().ok());
        QVERIFY(r.workflow.cart().isEmpty());
        QVERIFY(r.sales.sales.isEmpty());
    }

    // STAFF-ROLES: the core refuses, whoever calls.
    void nobodyLoggedInCannotSell()
    {
        Rig r;
        r.staff.session.logout();
        Result<qsizetype> res = r.workflow.scanCode(r.gtin(1));
        QVERIFY(!res.ok());
        QCOMPARE(res.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(res.error().ruleId, QStringLiteral("STAFF-ROLES"));
        QVERIFY(r.workflow.cart().isEmpty());
        QCOMPARE(r.staff.audit.count(AuditAction::PermissionRefused), 1);
    }

    void administratorCannotSell()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("admin"));
        Result<qsizetype> res = r.workflow.scanCode(r.gtin(1));
        QVERIFY(!res.ok());
        QVERIFY(res.error().userText().startsWith(QStringLiteral("STAFF-ROLES: ")));
        QVERIFY(res.error().message.contains(QStringLiteral("销售收款")));
        QCOMPARE(r.staff.audit.count(AuditAction::PermissionRefused), 1);
    }

    void idleLockKeepsTheCartAndRefusesUntilUnlocked()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok());
        r.staff.session.lock();
        QVERIFY(!r.workflow.scanCode(r.gtin(3)).ok());
        QVERIFY(!r.workflow.payCash(Money::fromYuan(100)).ok());
        QVERIFY(!r.workflow.removeLine(0).ok());
        QCOMPARE(r.workflow.cart().size(), 2);
        QVERIFY(!r.staff.session.unlock(QStringLiteral("wrong")).ok());
        QVERIFY(r.staff.session.isLocked());
        QVERIFY(r.staff.session.unlock(QString::fromLatin1(fakes::StaffFixture::kPassword)).ok());
        QCOMPARE(r.workflow.cart().size(), 2); // nothing was lost
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(1580 + 2250));
        QVERIFY(r.workflow.payCash(Money::fromYuan(100)).ok());
    }

    void steppedInPharmacistSellsInTheSameCart()
    {
        Rig r;
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(
            r.staff.session
                .stepIn(QStringLiteral("lisi"), QString::fromLatin1(fakes::StaffFixture::kPassword))
                .ok());
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok());
        QCOMPARE(r.workflow.cart().size(), 2);
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(100));
        QVERIFY(paid.ok());
        QCOMPARE(paid->sale.operatorName, QStringLiteral("李四"));
        r.staff.session.stepOut();
        QCOMPARE(r.staff.session.actingUser()->username, QStringLiteral("zhangsan"));
    }

    // CTRL-EPHEDRINE at payment (the rule's own table is in tst_rxrules).
    void ephedrineNeedsTheBuyersIdAndAtMostTwoPacks()
    {
        Rig r;
        Product e = fakes::makeProduct(4, QStringLiteral("复方盐酸伪麻黄碱缓释胶囊"), 1850);
        e.ephedrine = true;
        r.catalog.add(e);
        QVERIFY(r.workflow.scanCode(r.gtin(4)).ok());
        QVERIFY(r.workflow.scanCode(r.gtin(4)).ok());
        QVERIFY(r.workflow.scanCode(r.gtin(4)).ok());
        Result<PaymentOutcome> three = r.workflow.payCash(Money::fromYuan(100));
        QVERIFY(!three.ok());
        QCOMPARE(three.error().ruleId, QStringLiteral("CTRL-EPHEDRINE"));
        QCOMPARE(r.sales.sales.size(), 0);
        QCOMPARE(r.staff.audit.count(AuditAction::RuleRefused), 1);
        QVERIFY(r.workflow.setQuantity(0, 2).ok());
        Result<PaymentOutcome> noId = r.workflow.payCash(Money::fromYuan(100));
        QVERIFY(!noId.ok());
        QVERIFY(noId.error().message.contains(QStringLiteral("身份证号")));
        QVERIFY(!r.workflow.registerEphedrineBuyer(QStringLiteral("110105194912310022")).ok());
        QVERIFY(r.workflow.registerEphedrineBuyer(QStringLiteral("11010519491231002X")).ok());
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(100));
        QVERIFY(paid.ok());
        QCOMPARE(paid->sale.buyerIdNumber, QStringLiteral("11010519491231002X"));
        // The registration belonged to that sale: the next one asks again.
        QVERIFY(r.workflow.scanCode(r.gtin(4)).ok());
        QVERIFY(!r.workflow.payCash(Money::fromYuan(100)).ok());
    }
};

QTEST_GUILESS_MAIN(TestSaleWorkflow)
#include "tst_saleworkflow.moc"
