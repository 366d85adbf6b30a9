// 改价 / 折扣 at the counter (issue 19, PRICE-OVERRIDE): a cashier within the store's limit, a
// manager by F2 beyond it, never above PRICE-CEILING, never once payment began; every change on
// the audit trail before the cart takes it, every refusal by the limit on it too; the recorded
// sale and its receipt carry the shelf price and the reason.
#include "app/core/sale/priceoverride.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/fakes/fakes.h"
#include "tests/support/salerig.h"

#include <QRegularExpression>
#include <QTest>

using namespace pos;

namespace {

const QString kReason = QStringLiteral("会员优惠");

/// 阿莫西林 ¥15.80 and 布洛芬 ¥22.50 in the cart, the cashier zhangsan at the till.
struct Rig : testsupport::SaleRig
{
    explicit Rig(int cashierLimit = 0)
    {
        workflow.setPriceOverridePolicy(PriceOverridePolicy{cashierLimit});
        QVERIFY(workflow.scanCode(gtin(1)).ok());
        QVERIFY(workflow.scanCode(gtin(2)).ok());
        QCOMPARE(workflow.cart().total(), Money::fromFen(3830));
    }
    void managerStepsIn()
    {
        QVERIFY(staff.session
                    .stepIn(QStringLiteral("wangwu"),
                            QString::fromLatin1(fakes::StaffFixture::kPassword))
                    .ok());
    }
    [[nodiscard]] QString receiptText() const
    {
        QStringList out;
        for (const PrintLine& l : printer.documents.last().lines)
            out << l.text;
        return out.join(u'\n');
    }
};

} // namespace

class TestPriceOverride : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discountsRoundToTheFen()
    {
        QCOMPARE(discountedPrice(Money::fromFen(1580), 10), Money::fromFen(1422));
        QCOMPARE(discountedPrice(Money::fromFen(999), 15), Money::fromFen(849)); // 849.15
        QCOMPARE(discountedPrice(Money::fromFen(5), 50), Money::fromFen(3));     // 2.5 → 3
        QCOMPARE(discountedPrice(Money::fromFen(1), 99), Money::fromFen(1));     // never 0
        QCOMPARE(discountPercent(Money::fromFen(1580), Money::fromFen(1422)), 10);
        QCOMPARE(discountPercent(Money::fromFen(1580), Money::fromFen(1421)), 11); // rounded up
        QCOMPARE(discountPercent(Money::fromFen(1580), Money::fromFen(1600)), 0);
    }

    // The store gives a cashier nothing by default: the change is refused, said with the rule,
    // audited as the rule's refusal, and the cart is as it was.
    void aCashierWithoutALimitIsRefusedAndAudited()
    {
        Rig r;
        const int refusals = r.staff.audit.count(AuditAction::RuleRefused);
        Status s = r.workflow.overridePrice(0, Money::fromFen(1500), kReason);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(s.error().ruleId, QStringLiteral("PRICE-OVERRIDE"));
        QVERIFY2(s.error().message.contains(QStringLiteral("F2")), qPrintable(s.error().message));
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(3830));
        QVERIFY(!r.workflow.cart().lines().at(0).priceOverride);
        QCOMPARE(r.staff.audit.count(AuditAction::RuleRefused), refusals + 1);
        QCOMPARE(r.staff.audit.count(AuditAction::PriceOverridden), 0);
    }

    void aCashierMayTakeOffUpToTheStoresLimit()
    {
        Rig r(10);
        QVERIFY(r.workflow.discountLine(0, 10, kReason).ok());
        const SaleLine& l = r.workflow.cart().lines().at(0);
        QCOMPARE(l.unitPrice, Money::fromFen(1422));
        QVERIFY(l.priceOverride);
        QCOMPARE(l.priceOverride->listPrice, Money::fromFen(1580));
        QCOMPARE(l.priceOverride->reason, kReason);
        QCOMPARE(l.priceOverride->approvedBy, QStringLiteral("zhangsan"));
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(1422 + 2250));
        QCOMPARE(r.workflow.cart().discountTotal(), Money::fromFen(158));
        const QList<AuditEvent> trail = r.staff.audit.of(AuditAction::PriceOverridden);
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().actor, QStringLiteral("zhangsan"));
        for (const char* part : {"P00001", "15.80", "14.22", "会员优惠"})
            QVERIFY2(trail.first().detail.contains(QString::fromUtf8(part)),
                     qPrintable(trail.first().detail));
        // 11% (¥14.21) is past it; so is any raise, whatever the limit.
        QVERIFY(!r.workflow.overridePrice(1, Money::fromFen(2002), kReason));
        QVERIFY(!r.workflow.overridePrice(1, Money::fromFen(2300), kReason));
        Rig all(100);
        Status raise = all.workflow.overridePrice(0, Money::fromFen(1600), kReason);
        QVERIFY(!raise);
        QCOMPARE(raise.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(all.workflow.cart().total(), Money::fromFen(3830));
    }

    // A manager steps in (F2): any price the checks allow, a raise included; the approver is the
    // manager. The shelf price undoes the change.
    void aManagerSteppedInMaySetAnyPrice()
    {
        Rig r;
        r.managerStepsIn();
        QVERIFY(r.workflow.overridePrice(0, Money::fromFen(800), QStringLiteral("临期促销")).ok());
        QCOMPARE(r.workflow.cart().lines().at(0).priceOverride->approvedBy,
                 QStringLiteral("wangwu"));
        QVERIFY(r.workflow.overridePrice(1, Money::fromFen(2400), QStringLiteral("顾客议价")).ok());
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(800 + 2400));
        QCOMPARE(r.workflow.cart().discountTotal(), Money::fromFen(780 - 150));
        // A second change keeps the shelf price it started from.
        QVERIFY(r.workflow.overridePrice(0, Money::fromFen(900), QStringLiteral("临期促销")).ok());
        QCOMPARE(r.workflow.cart().lines().at(0).listPrice(), Money::fromFen(1580));
        QVERIFY(r.workflow.overridePrice(0, Money::fromFen(1580), QStringLiteral("恢复")).ok());
        QVERIFY(!r.workflow.cart().lines().at(0).priceOverride);
        QCOMPARE(r.staff.audit.count(AuditAction::PriceOverridden), 4);
    }

    void badInputIsNamedAndChangesNothing()
    {
        Rig r(100);
        const auto refused = [&](Status s, ErrorCode code) {
            QVERIFY(!s);
            QCOMPARE(s.error().code, code);
            QCOMPARE(r.workflow.cart().total(), Money::fromFen(3830));
        };
        refused(r.workflow.overridePrice(0, Money::fromFen(1500), QStringLiteral("  ")),
                ErrorCode::InvalidInput);
        refused(r.workflow.overridePrice(0, Money::fromFen(1500), QString(31, QChar(u'由'))),
                ErrorCode::InvalidInput);
        refused(r.workflow.overridePrice(0, Money::fromFen(0), kReason), ErrorCode::InvalidInput);
        refused(r.workflow.overridePrice(0, Money::fromFen(-5), kReason), ErrorCode::InvalidInput);
        refused(r.workflow.overridePrice(7, Money::fromFen(1500), kReason), ErrorCode::NotFound);
        refused(r.workflow.discountLine(0, 0, kReason), ErrorCode::InvalidInput);
        refused(r.workflow.discountLine(0, 100, kReason), ErrorCode::InvalidInput);
        refused(r.workflow.discountSale(120, kReason), ErrorCode::InvalidInput);
        QCOMPARE(r.staff.audit.count(AuditAction::PriceOverridden), 0);
    }

    // PRICE-CEILING holds for the price charged: a manager cannot raise a volume-procurement drug
    // above its tender price.
    void theCeilingHoldsForTheNewPrice()
    {
        Product capped = fakes::makeProduct(3, QStringLiteral("苯磺酸氨氯地平片"), 1400);
        capped.category = InsuranceCategory::VolumeProcurement;
        capped.ceiling = Money::fromFen(1500);
        testsupport::SaleRig r({capped});
        QVERIFY(r.workflow.scanCode(r.gtin(3)).ok());
        QVERIFY(r.staff.session
                    .stepIn(QStringLiteral("wangwu"),
                            QString::fromLatin1(fakes::StaffFixture::kPassword))
                    .ok());
        Status s = r.workflow.overridePrice(0, Money::fromFen(1600), kReason);
        QVERIFY(!s);
        QCOMPARE(s.error().ruleId, QStringLiteral("PRICE-CEILING"));
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(1400));
        QVERIFY(r.workflow.overridePrice(0, Money::fromFen(1500), kReason).ok());
    }

    // 整单折扣: every line from its shelf price, one entry on the trail; all or nothing.
    void aWholeSaleDiscountChangesEveryLineOrNone()
    {
        Rig r(10);
        QVERIFY(r.workflow.setQuantity(1, 3).ok());
        QVERIFY(r.workflow.discountSale(5, QStringLiteral("活动价")).ok());
        QCOMPARE(r.workflow.cart().lines().at(0).unitPrice, Money::fromFen(1501)); // 1501.0
        QCOMPARE(r.workflow.cart().lines().at(1).unitPrice, Money::fromFen(2138)); // 2137.5
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(1501 + 3 * 2138));
        QCOMPARE(r.staff.audit.count(AuditAction::PriceOverridden), 1);
        // The trail cannot take it: no price changes.
        Rig failing(10);
        failing.staff.audit.fail = true;
        QVERIFY(!failing.workflow.discountSale(5, QStringLiteral("活动价")));
        QCOMPARE(failing.workflow.cart().total(), Money::fromFen(3830));
        QVERIFY(!failing.workflow.cart().lines().at(0).priceOverride);
    }

    // Selling by another unit (拆零) sells at that unit's shelf price: the change is made again.
    void anotherUnitDropsTheChange()
    {
        testsupport::SaleRig r({testsupport::splitPackProduct(5)});
        r.workflow.setPriceOverridePolicy(PriceOverridePolicy{20});
        QVERIFY(r.workflow.scanCode(r.gtin(5)).ok());
        QVERIFY(r.workflow.discountLine(0, 20, kReason).ok());
        QVERIFY(r.workflow.cart().lines().at(0).priceOverride);
        QVERIFY(r.workflow.setUnit(0, SaleUnit::Strip).ok());
        QVERIFY(!r.workflow.cart().lines().at(0).priceOverride);
        QCOMPARE(r.workflow.cart().lines().at(0).unitPrice, Money::fromFen(700));
    }

    // Once payment began the cart is the bill: no price changes until the payment is cancelled.
    void noChangeOncePaymentBegan()
    {
        Rig r(10);
        QVERIFY(r.workflow.payByCard(Money::fromFen(1000), QStringLiteral("123456789012")).ok());
        Status s = r.workflow.discountLine(0, 10, kReason);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::WrongState);
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(3830));
        QVERIFY(r.workflow.cancelPayment().ok());
        QVERIFY(r.workflow.discountLine(0, 10, kReason).ok());
    }

    // The recorded sale is paid at the changed prices and carries them; the receipt names the
    // shelf price, the reason and what was taken off.
    void theSaleAndItsReceiptCarryTheChange()
    {
        Rig r;
        r.managerStepsIn();
        QVERIFY(r.workflow.overridePrice(0, Money::fromFen(1280), QStringLiteral("临期促销")).ok());
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(50));
        QVERIFY(paid.ok());
        QCOMPARE(paid->sale.total, Money::fromFen(1280 + 2250));
        QCOMPARE(paid->sale.payment.change, Money::fromFen(5000 - 3530));
        const SaleLine& l = r.sales.sales.last().lines.at(0);
        QVERIFY(l.priceOverride);
        QCOMPARE(l.priceOverride->listPrice, Money::fromFen(1580));
        QCOMPARE(l.priceOverride->approvedBy, QStringLiteral("wangwu"));
        const QString receipt = r.receiptText();
        QVERIFY2(receipt.contains(QStringLiteral("原价 15.80  改价：临期促销")),
                 qPrintable(receipt));
        QVERIFY2(receipt.contains(QRegularExpression(QStringLiteral("优惠 +¥3\\.00"))),
                 qPrintable(receipt));
        // The next sale starts at shelf prices.
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QCOMPARE(r.workflow.cart().total(), Money::fromFen(1580));
    }
};

QTEST_GUILESS_MAIN(TestPriceOverride)
#include "tst_priceoverride.moc"
