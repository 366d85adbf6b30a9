// INV-TRACE at the counter: a box's 20-digit traceability code binds one box to its line, is sold
// once, and a return puts it back (REQUIREMENTS.md INV-TRACE; PLATFORM.md §4).
#include "app/core/sale/ledgersalerecorder.h"
#include "app/core/sale/returnservice.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/fakes/fakeledger.h"
#include "tests/fakes/fakes.h"
#include "tests/support/salerig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;

namespace {

const QString kRule = QStringLiteral("INV-TRACE");
// Two boxes of product 1, whose codes start with its learned 7-digit prefix.
const QString kPrefix1 = QStringLiteral("8131376");
const QString kBoxA = QStringLiteral("81313760000000000011");
const QString kBoxB = QStringLiteral("81313760000000000012");
// A product the store has no prefix for yet.
const QString kUnknownPrefixBox = QStringLiteral("84444440000000000001");

/// The shared counter with trace codes (product 1's prefix known) and a scan journal.
struct Rig : testsupport::SaleRig
{
    fakes::FakeTraceCodeRegistry trace;
    fakes::FakeScanJournal journal;

    explicit Rig(UnreceivedTracePolicy policy = UnreceivedTracePolicy::Warn)
    {
        trace.prefixes.insert(kPrefix1, 1);
        workflow.setTraceCodes(&trace, policy);
        workflow.setScanJournal(&journal);
    }
    /// The line the scan touched (-1 for a token) or why not.
    Result<qsizetype> scan(const QString& code)
    {
        const ScanOutcome out =
            workflow.scan(ScanEvent{code.toUtf8() + "\r\n", QStringLiteral("]C0"),
                                    QStringLiteral("test-scanner"), clock.now()});
        if (!out.ok())
            return out.error;
        return out.line;
    }
};

} // namespace

class TestTraceCodeSale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeWithKnownPrefixAddsOneBox()
    {
        Rig r;
        r.trace.receive(kBoxA, 1);
        Result<qsizetype> line = r.scan(kBoxA);
        QVERIFY2(line.ok(), qPrintable(line.ok() ? QString() : line.error().userText()));
        const SaleLine& l = r.workflow.cart().lines().at(*line);
        QCOMPARE(l.product.id, 1);
        QCOMPARE(l.quantity, 1);
        QCOMPARE(l.traceCodes, QStringList{kBoxA}); // without the scanner's CR/LF
    }

    void sameCodeTwiceInOneCartIsRefused()
    {
        Rig r;
        QVERIFY(r.scan(kBoxA).ok());
        QSignalSpy changed(&r.workflow, &SaleWorkflow::cartChanged);
        Result<qsizetype> again = r.scan(kBoxA);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().ruleId, kRule);
        QVERIFY(again.error().message.contains(QStringLiteral("第 1 行")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 1);
    }

    void codeSoldBeforeIsRefusedWithTheEarlierSale()
    {
        Rig r;
        r.trace.receive(kBoxA, 1);
        r.trace.codes[kBoxA].saleNo = QStringLiteral("XS-T01-20261120-0007");
        r.trace.codes[kBoxA].soldAt = QDateTime(QDate(2026, 11, 20), QTime(15, 2));
        Result<qsizetype> res = r.scan(kBoxA);
        QVERIFY(!res.ok());
        QCOMPARE(res.error().ruleId, kRule);
        QVERIFY(res.error().message.contains(QStringLiteral("XS-T01-20261120-0007")));
        QVERIFY(res.error().message.contains(QStringLiteral("2026-11-20 15:02")));
        QVERIFY(r.workflow.cart().isEmpty());
        // A rule's refusal at the counter is audit evidence.
        QVERIFY(r.staff.audit.count(AuditAction::RuleRefused) > 0);
    }

    void unknownPrefixNeedsTheProductFirstThenIsLearned()
    {
        Rig r;
        Result<qsizetype> alone = r.scan(kUnknownPrefixBox);
        QVERIFY(!alone.ok());
        QCOMPARE(alone.error().code, ErrorCode::NotFound);
        QVERIFY(alone.error().message.contains(QStringLiteral("8444444")));

        QVERIFY(r.scan(r.gtin(2)).ok());
        Result<qsizetype> bound = r.scan(kUnknownPrefixBox);
        QVERIFY(bound.ok());
        QCOMPARE(r.workflow.cart().size(), 1);
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 1); // bound to the scanned box
        QCOMPARE(r.workflow.cart().lines().at(0).traceCodes.size(), 1);
        QCOMPARE(r.trace.prefixes.value(QStringLiteral("8444444")), 2);

        // Next time the code alone finds the product.
        QVERIFY(r.workflow.voidSale().ok());
        QVERIFY(r.scan(QStringLiteral("84444440000000000002")).ok());
        QCOMPARE(r.workflow.cart().lines().at(0).product.id, 2);
    }

    void unreceivedCodePolicy_data()
    {
        QTest::addColumn<bool>("refuse");
        QTest::addColumn<bool>("received");
        QTest::addColumn<bool>("sold");
        QTest::newRow("INV-TRACE warn: unreceived sold with a warning") << false << false << true;
        QTest::newRow("INV-TRACE refuse: unreceived refused") << true << false << false;
        QTest::newRow("INV-TRACE refuse: received box sold") << true << true << true;
    }
    void unreceivedCodePolicy()
    {
        QFETCH(bool, refuse);
        QFETCH(bool, received);
        QFETCH(bool, sold);
        Rig r(refuse ? UnreceivedTracePolicy::Refuse : UnreceivedTracePolicy::Warn);
        if (received)
            r.trace.receive(kBoxA, 1);
        QSignalSpy notices(&r.workflow, &SaleWorkflow::notice);
        Result<qsizetype> res = r.scan(kBoxA);
        QCOMPARE(res.ok(), sold);
        if (!sold)
            QCOMPARE(res.error().ruleId, kRule);
        const bool warned =
            std::any_of(notices.cbegin(), notices.cend(), [](const QList<QVariant>& n) {
                return n.at(0).value<Notice>().level == Notice::Level::Warning;
            });
        QCOMPARE(warned, sold && !received);
        QCOMPARE(r.journal.entries.size(), 1);
        QCOMPARE(r.journal.entries.at(0).reason.isEmpty(), received);
    }

    void quantityMustEqualScannedCodesBeforePayment()
    {
        Rig r;
        QVERIFY(r.scan(r.gtin(1)).ok());
        QVERIFY(r.scan(r.gtin(1)).ok()); // two boxes by product code
        QVERIFY(r.scan(kBoxA).ok());     // one code: binds to the waiting box
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 2);
        Result<PaymentOutcome> early = r.workflow.payCash(Money::fromYuan(100));
        QVERIFY(!early.ok());
        QCOMPARE(early.error().ruleId, kRule);
        QVERIFY(early.error().message.contains(QStringLiteral("第 1 行")));
        QCOMPARE(r.sales.sales.size(), 0);

        QVERIFY(r.scan(kBoxB).ok()); // the second box's code
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 2);
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(100));
        QVERIFY(paid.ok());
        QCOMPARE(r.sales.sales.at(0).lines.at(0).traceCodes, (QStringList{kBoxA, kBoxB}));
    }

    void tracedLineQuantityIsNotTyped()
    {
        Rig r;
        QVERIFY(r.scan(kBoxA).ok());
        Status s = r.workflow.setQuantity(0, 3);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().ruleId, kRule);
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 1);
        // A further box comes by its own code.
        QVERIFY(r.scan(kBoxB).ok());
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 2);
    }

    void gs1DataMatrixFindsTheProductByGtin()
    {
        Rig r;
        // ]d2 + (01) GTIN-14 of product 2's EAN-13 + (17) expiry + (10) lot, GS-terminated.
        const QByteArray payload =
            "]d201" + ("0" + r.gtin(2).toLatin1()) + "17281130" + "10B2611\x1d";
        const ScanOutcome line =
            r.workflow.scan(ScanEvent{payload, QString(), QStringLiteral("t"), {}});
        QVERIFY2(line.ok(), qPrintable(line.error.userText()));
        QCOMPARE(line.kind, ScanOutcome::Kind::Added);
        QCOMPARE(r.workflow.cart().lines().at(line.line).product.id, 2);
    }

    void wrongCheckDigitIsRefusedWithTheReason()
    {
        Rig r;
        QString bad = r.gtin(1);
        bad[12] = QChar(u'0' + (bad.at(12).digitValue() + 1) % 10);
        Result<qsizetype> res = r.scan(bad);
        QVERIFY(!res.ok());
        QCOMPARE(res.error().code, ErrorCode::NotFound);
        QVERIFY2(res.error().message.contains(QStringLiteral("校验")),
                 qPrintable(res.error().message));
        QVERIFY(r.workflow.cart().isEmpty());
        QCOMPARE(r.journal.entries.at(0).outcome, QStringLiteral("rejected"));
    }

    void tokensAreHandedOnNotAddedToTheCart()
    {
        Rig r;
        QSignalSpy tokens(&r.workflow, &SaleWorkflow::tokenScanned);
        Result<qsizetype> res = r.scan(QStringLiteral("PPOS-PRN-RX0001-123456"));
        QVERIFY(res.ok());
        QCOMPARE(*res, qsizetype(-1));
        QCOMPARE(tokens.count(), 1);
        QCOMPARE(tokens.at(0).at(0).value<codes::Recognition>().family,
                 codes::CodeFamily::Internal);
        QVERIFY(r.workflow.cart().isEmpty());
    }

    void everyScanIsJournalled()
    {
        Rig r;
        (void)r.scan(r.gtin(1));
        (void)r.scan(QStringLiteral("6999999999999")); // not in the catalog
        (void)r.scan(kBoxA);
        QCOMPARE(r.journal.entries.size(), 3);
        const ScanJournalEntry& first = r.journal.entries.at(0);
        QCOMPARE(first.source, QStringLiteral("test-scanner"));
        QCOMPARE(first.payload, r.gtin(1).toLatin1() + "\r\n"); // exactly as it arrived
        QCOMPARE(first.family, QStringLiteral("ean13"));
        QCOMPARE(first.outcome, QStringLiteral("added"));
        QCOMPARE(first.operatorName, QStringLiteral("zhangsan"));
        QCOMPARE(r.journal.entries.at(1).outcome, QStringLiteral("rejected"));
        QVERIFY(r.journal.entries.at(1).reason.contains(QStringLiteral("6999999999999")));
        QCOMPARE(r.journal.entries.at(2).outcome, QStringLiteral("trace_bound"));
        QCOMPARE(r.journal.entries.at(2).family, QStringLiteral("trace_code"));
    }

    void returnsNeedAManager()
    {
        Rig r;
        // The sale in an in-memory ledger, posted as the counter posts it.
        fakes::FakeLedger ledger(&r.staff.audit);
        Batch batch;
        batch.productId = 1;
        batch.batchNo = QStringLiteral("B1");
        batch.expiryDate = r.clock.now().date().addYears(1);
        ledger.addStock(batch, 100);
        CompletedSale sold;
        sold.time = r.clock.now();
        sold.operatorName = QStringLiteral("张三");
        sold.lines = {SaleLine{*r.catalog.findById(1), 1, Money::fromFen(1580)}};
        sold.total = Money::fromFen(1580);
        sold.payment = Payment{PaymentMethod::Cash, sold.total, Money()};
        LedgerSaleRecorder recorder(ledger);
        const Result<CompletedSale> recorded = recorder.record(
            sold,
            AuditEvent{sold.time, QStringLiteral("zhangsan"), AuditAction::SaleCompleted, {}, {}});
        QVERIFY(recorded.ok());
        const QString saleNo = recorded->saleNo;
        ReturnService returns(ledger, r.staff.access, r.clock);
        Result<QString> byCashier = returns.returnSale(saleNo, QStringLiteral("顾客退货"));
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::PermissionDenied);
        QVERIFY(ledger.state().returns.isEmpty());
        QVERIFY(r.staff.session
                    .stepIn(QStringLiteral("wangwu"),
                            QString::fromLatin1(fakes::StaffFixture::kPassword))
                    .ok());
        QVERIFY(!returns.returnSale(saleNo, QStringLiteral("  ")).ok()); // a reason is required
        QVERIFY(returns.returnSale(saleNo, QStringLiteral("顾客退货")).ok());
        QCOMPARE(ledger.state().returns.keys(), QStringList{saleNo});
        QCOMPARE(ledger.state().balances.value(1), 100); // the box is back on its batch
        QCOMPARE(r.staff.audit.count(AuditAction::SaleReturned), 1);
        QVERIFY(!returns.returnSale(saleNo, QStringLiteral("再退一次")).ok()); // once

        // REFUND-ORIGINAL: an insured sale is refunded through the insurance, never in cash.
        sold.payment = Payment{PaymentMethod::Insurance, Money(), Money()};
        const Result<CompletedSale> insured = recorder.record(
            sold,
            AuditEvent{sold.time, QStringLiteral("zhangsan"), AuditAction::SaleCompleted, {}, {}});
        QVERIFY(insured.ok());
        const Result<QString> inCash = returns.returnSale(insured->saleNo, QStringLiteral("退药"));
        QVERIFY(!inCash.ok());
        QCOMPARE(inCash.error().ruleId, QStringLiteral("REFUND-ORIGINAL"));
        QCOMPARE(ledger.state().returns.keys(), QStringList{saleNo});
    }
};

QTEST_GUILESS_MAIN(TestTraceCodeSale)
#include "tst_tracecodesale.moc"
