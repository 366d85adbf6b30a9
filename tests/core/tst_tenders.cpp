// Tenders (issue 19): cash with 抹零 and quick amounts, WeChat Pay / Alipay by the customer's
// 付款码 with the platform's discipline (the order stored before the request; an unanswered charge
// queried, then reversed; what a crash left open settled at the next start), bank card by its
// 参考号, split tenders. The customer is never charged twice nor charged for a sale not recorded.
#include "app/core/payment/tender.h"
#include "app/core/payment/walletpayments.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/fakes/fakes.h"
#include "tests/support/salerig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;

namespace {

const QString kWeChat = QStringLiteral("134567890123456789");
const QString kAlipay = QStringLiteral("284567890123456789");

WalletAnswer answer(WalletStatus s, const QString& reason = {})
{
    return WalletAnswer{s, s == WalletStatus::Paid ? QStringLiteral("TXN") : QString(), reason};
}

/// The counter with wallets on a scripted provider. Queries are asked again at once.
struct Rig : testsupport::SaleRig
{
    fakes::FakePaymentProvider provider;
    fakes::FakePaymentOrderStore orders;
    WalletPayments wallets{provider,
                           orders,
                           staff.audit,
                           clock,
                           store.terminalId,
                           QStringLiteral("测试药房 药品"),
                           WalletPayments::Options{3, 0}};

    Rig() { workflow.setWalletPayments(&wallets); }
    /// One 布洛芬 (¥22.50) and one 阿莫西林 (¥15.80): ¥38.30.
    void fillCart()
    {
        QVERIFY(workflow.scanCode(gtin(2)).ok());
        QVERIFY(workflow.scanCode(gtin(1)).ok());
        QCOMPARE(workflow.cart().total(), Money::fromFen(3830));
    }
    /// Runs the event loop until the wallet charge answered.
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!workflow.walletPending(), 5000); }
    [[nodiscard]] QStringList lastTenders() const
    {
        QStringList out;
        if (!sales.sales.isEmpty())
            for (const Tender& t : sales.sales.last().payment.tenders)
                out << QStringLiteral("%1 %2").arg(tenderName(t.kind), t.amount.toString());
        return out;
    }
};

} // namespace

class TestTenders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paymentCodesAreKnownByTheirShape()
    {
        QCOMPARE(walletOfAuthCode(kWeChat), TenderKind::WeChat);
        QCOMPARE(walletOfAuthCode(QStringLiteral("101234567890123456")), TenderKind::WeChat);
        QCOMPARE(walletOfAuthCode(kAlipay), TenderKind::Alipay);
        QCOMPARE(walletOfAuthCode(QStringLiteral("2812345678901234")), TenderKind::Alipay); // 16
        QCOMPARE(walletOfAuthCode(QStringLiteral("301234567890123456789012")), TenderKind::Alipay);
        // An EAN-13, a 追溯码 (20 digits, 8…), a WeChat head of the wrong length, letters.
        QVERIFY(!walletOfAuthCode(QStringLiteral("6901234567892")));
        QVERIFY(!walletOfAuthCode(QStringLiteral("81313760000000000011")));
        QVERIFY(!walletOfAuthCode(QStringLiteral("1345678901234567890")));
        QVERIFY(!walletOfAuthCode(QStringLiteral("13456789012345678X")));
        QVERIFY(!walletOfAuthCode(QStringLiteral("3112345678901234")));
        QCOMPARE(maskAuthCode(kWeChat), QStringLiteral("1345**********6789"));
    }

    void cashRoundingLetsGoTheFenOrTheJiao()
    {
        const Money due = Money::fromFen(1234);
        QCOMPARE(roundedCashDue(due, CashRounding::None), due);
        QCOMPARE(roundedCashDue(due, CashRounding::Fen), Money::fromFen(1230));
        QCOMPARE(roundedCashDue(due, CashRounding::Jiao), Money::fromFen(1200));
        // Under a yuan the jiao stay: a ¥0.85 bill is never rounded to nothing.
        QCOMPARE(roundedCashDue(Money::fromFen(85), CashRounding::Jiao), Money::fromFen(80));
        QCOMPARE(roundedCashDue(Money::fromFen(3), CashRounding::Fen), Money());
        QCOMPARE(roundedCashDue(Money::fromFen(-5), CashRounding::Jiao), Money());
    }

    void quickAmountsAreExactThenTheNotesAbove()
    {
        QCOMPARE(quickCashAmounts(Money::fromFen(3830)),
                 (QList<Money>{Money::fromFen(3830), Money::fromYuan(40), Money::fromYuan(50),
                               Money::fromYuan(100)}));
        // A round bill: exact once, then the notes above it.
        QCOMPARE(quickCashAmounts(Money::fromYuan(50)),
                 (QList<Money>{Money::fromYuan(50), Money::fromYuan(100)}));
        QCOMPARE(quickCashAmounts(Money::fromYuan(120)),
                 (QList<Money>{Money::fromYuan(120), Money::fromYuan(150), Money::fromYuan(200)}));
        QVERIFY(quickCashAmounts(Money()).isEmpty());
    }

    void roundedCashSaleRecordsTheRoundingAsItsOwnTender()
    {
        Rig r;
        r.workflow.setCashRounding(CashRounding::Jiao);
        r.fillCart();
        QCOMPARE(r.workflow.cashDue(), Money::fromYuan(38));
        // ¥37.90 does not cover the ¥38 asked.
        QVERIFY(!r.workflow.payCash(Money::fromFen(3790)));
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(50));
        QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
        QCOMPARE(paid->sale.total, Money::fromFen(3830)); // the bill is not changed
        QCOMPARE(paid->sale.payment.change, Money::fromYuan(12));
        QCOMPARE(r.lastTenders(),
                 (QStringList{QStringLiteral("rounding 0.30"), QStringLiteral("cash 38.00")}));
        // tendered − change = total: the sale's books balance.
        QCOMPARE(paid->sale.payment.tendered - paid->sale.payment.change, paid->sale.total);
    }

    void walletPaysTheWholeBillOnce()
    {
        Rig r;
        r.fillCart();
        QSignalSpy completed(&r.workflow, &SaleWorkflow::saleCompleted);
        QVERIFY(r.workflow.payByWallet(kWeChat).ok());
        r.settle();
        QCOMPARE(completed.count(), 1);
        QCOMPARE(r.provider.charges.size(), 1);
        // The order was stored before it was sent, and it is the tender's reference.
        const QString orderNo = r.provider.charges.first().orderNo;
        QCOMPARE(r.orders.orders.size(), 1);
        QCOMPARE(r.orders.stateOf(orderNo), WalletOrderState::Paid);
        QCOMPARE(r.provider.charges.first().amount, Money::fromFen(3830));
        QCOMPARE(r.lastTenders(), QStringList{QStringLiteral("wechat 38.30")});
        QCOMPARE(r.sales.sales.last().payment.tenders.first().reference, orderNo);
        QCOMPARE(r.staff.audit.count(AuditAction::WalletPaid), 1);
        QCOMPARE(r.workflow.saleState(), SaleState::Open); // the next customer's sale
        // The payment code itself is kept nowhere: not in the order, the sale nor the audit.
        for (const AuditEvent& e : r.staff.audit.events)
            QVERIFY(!e.detail.contains(kWeChat));
    }

    void declinedWalletLeavesTheSaleAsItWas()
    {
        Rig r;
        r.fillCart();
        r.provider.chargeAnswers << answer(WalletStatus::Declined, QStringLiteral("余额不足"));
        QSignalSpy notices(&r.workflow, &SaleWorkflow::notice);
        QVERIFY(r.workflow.payByWallet(kAlipay).ok());
        r.settle();
        QVERIFY(r.sales.sales.isEmpty());
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
        QCOMPARE(r.workflow.cart().size(), 2);
        QCOMPARE(r.workflow.amountDue(), Money::fromFen(3830));
        QVERIFY(r.provider.reversals.isEmpty());
        QCOMPARE(r.staff.audit.count(AuditAction::WalletDeclined), 1);
        bool said = false;
        for (const QList<QVariant>& n : notices)
            said = said || n.first().value<Notice>().text.contains(QStringLiteral("余额不足"));
        QVERIFY(said);
        // The cart can be paid another way at once.
        QVERIFY(r.workflow.payCash(Money::fromYuan(40)));
    }

    void unansweredChargeIsQueriedAndCountedOnce()
    {
        Rig r;
        r.fillCart();
        // The charge's answer is lost; the customer is entering the password; then paid.
        r.provider.chargeAnswers << answer(WalletStatus::Unknown, QStringLiteral("超时"));
        r.provider.queryAnswers << answer(WalletStatus::Unknown, QStringLiteral("USERPAYING"))
                                << answer(WalletStatus::Paid);
        QVERIFY(r.workflow.payByWallet(kWeChat).ok());
        r.settle();
        QCOMPARE(r.provider.charges.size(), 1); // asked again by query, never charged again
        QCOMPARE(r.provider.queries.size(), 2);
        QVERIFY(r.provider.reversals.isEmpty());
        QCOMPARE(r.sales.sales.size(), 1);
        QCOMPARE(r.lastTenders(), QStringList{QStringLiteral("wechat 38.30")});
    }

    void outcomeNeverKnownIsReversed()
    {
        Rig r;
        r.fillCart();
        r.provider.chargeAnswers << answer(WalletStatus::Unknown);
        r.provider.queryAnswers << answer(WalletStatus::Unknown) << answer(WalletStatus::Unknown)
                                << answer(WalletStatus::Unknown);
        QVERIFY(r.workflow.payByWallet(kWeChat).ok());
        r.settle();
        QCOMPARE(r.provider.queries.size(), 3);
        QCOMPARE(r.provider.reversals, QStringList{r.provider.charges.first().orderNo});
        QCOMPARE(r.orders.stateOf(r.provider.charges.first().orderNo), WalletOrderState::Reversed);
        QVERIFY(r.sales.sales.isEmpty());
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
        QCOMPARE(r.staff.audit.count(AuditAction::WalletReversed), 1);
    }

    void reversalNotConfirmedIsLeftForTheNextStart()
    {
        Rig r;
        r.fillCart();
        r.provider.chargeAnswers << answer(WalletStatus::Unknown);
        r.provider.queryAnswers << answer(WalletStatus::Unknown) << answer(WalletStatus::Unknown)
                                << answer(WalletStatus::Unknown);
        r.provider.reverseAnswers << answer(WalletStatus::Unknown, QStringLiteral("撤销超时"));
        QVERIFY(r.workflow.payByWallet(kWeChat).ok());
        r.settle();
        const QString orderNo = r.provider.charges.first().orderNo;
        QCOMPARE(r.orders.stateOf(orderNo), WalletOrderState::Reversing);
        QCOMPARE(r.staff.audit.count(AuditAction::WalletUnresolved), 1);
        QVERIFY(r.sales.sales.isEmpty());

        // The next start: the order is reversed again, and this time it is confirmed.
        int settled = -1;
        int open = -1;
        r.wallets.resolvePending(QStringLiteral("-"), [&](int s, int o) {
            settled = s;
            open = o;
        });
        QCOMPARE(settled, 1);
        QCOMPARE(open, 0);
        QCOMPARE(r.orders.stateOf(orderNo), WalletOrderState::Reversed);
        QCOMPARE(r.provider.charges.size(), 1);
    }

    void orderNotStoredIsNeverSent()
    {
        Rig r;
        r.fillCart();
        r.orders.failCreate = true;
        const Status s = r.workflow.payByWallet(kWeChat);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::StorageFailure);
        QVERIFY(r.provider.charges.isEmpty());
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
    }

    void paidButNotWrittenDownIsGivenBack()
    {
        Rig r;
        r.fillCart();
        r.orders.failUpdate = true; // the disk fills between the answer and its record
        QVERIFY(r.workflow.payByWallet(kWeChat).ok());
        r.settle();
        QCOMPARE(r.provider.reversals.size(), 1);
        QVERIFY(r.sales.sales.isEmpty());
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
    }

    void aCrashLeavesNothingCharged()
    {
        // Orders a crashed run left: one sent and never answered (Created), one paid whose sale
        // was never recorded (Paid), one the provider never heard of (Unknown).
        fakes::FakePaymentProvider provider;
        fakes::FakePaymentOrderStore orders;
        fakes::FakeAuditLog audit;
        ManualClock clock(testsupport::saleTime());
        const QString created = *orders.create(QStringLiteral("T01"), TenderKind::WeChat,
                                               Money::fromYuan(10), clock.now());
        const QString paid = *orders.create(QStringLiteral("T01"), TenderKind::Alipay,
                                            Money::fromYuan(20), clock.now());
        QVERIFY(orders.update(paid, WalletOrderState::Paid, QStringLiteral("T"), {}, clock.now()));
        const QString unknown = *orders.create(QStringLiteral("T01"), TenderKind::WeChat,
                                               Money::fromYuan(30), clock.now());
        QVERIFY(orders.update(unknown, WalletOrderState::Unknown, {}, {}, clock.now()));
        const QString otherTill = *orders.create(QStringLiteral("T02"), TenderKind::WeChat,
                                                 Money::fromYuan(40), clock.now());
        // The provider: `created` did pay; `unknown` never arrived.
        provider.queryAnswers << answer(WalletStatus::Paid) << answer(WalletStatus::NotPaid);

        WalletPayments wallets(provider, orders, audit, clock, QStringLiteral("T01"),
                               QStringLiteral("药品"), WalletPayments::Options{3, 0});
        int settled = -1;
        int open = -1;
        wallets.resolvePending(QStringLiteral("-"), [&](int s, int o) {
            settled = s;
            open = o;
        });
        QCOMPARE(settled, 3);
        QCOMPARE(open, 0);
        QCOMPARE(orders.stateOf(created), WalletOrderState::Reversed);
        QCOMPARE(orders.stateOf(paid), WalletOrderState::Reversed);
        QCOMPARE(orders.stateOf(unknown), WalletOrderState::NotPaid);
        QCOMPARE(orders.stateOf(otherTill), WalletOrderState::Created); // another till's own
        QCOMPARE(provider.reversals, (QStringList{created, paid}));
        QVERIFY(provider.charges.isEmpty()); // nothing is ever charged again
    }

    void splitTendersPayOneBill()
    {
        Rig r;
        r.fillCart();
        // Bank card ¥10 (its 参考号), WeChat ¥8.30, the rest in cash.
        Result<std::optional<PaymentOutcome>> card =
            r.workflow.payByCard(Money::fromYuan(10), QStringLiteral("000123456789"));
        QVERIFY(card);
        QVERIFY(!card->has_value());
        QCOMPARE(r.workflow.saleState(), SaleState::Paying);
        QCOMPARE(r.workflow.amountDue(), Money::fromFen(2830));
        // The cart is the bill now.
        QVERIFY(!r.workflow.scanCode(r.gtin(1)));
        QVERIFY(!r.workflow.voidSale());
        // The same card slip twice is refused; so is more than is due.
        QVERIFY(!r.workflow.payByCard(Money::fromYuan(1), QStringLiteral("000123456789")));
        QVERIFY(!r.workflow.payByWallet(kWeChat, Money::fromYuan(100)));
        QVERIFY(r.workflow.payByWallet(kWeChat, Money::fromFen(830)).ok());
        r.settle();
        QCOMPARE(r.workflow.amountDue(), Money::fromYuan(20));
        QVERIFY(r.sales.sales.isEmpty());
        QVERIFY(!r.workflow.payCash(Money::fromYuan(19)));
        Result<PaymentOutcome> paid = r.workflow.payCash(Money::fromYuan(50));
        QVERIFY(paid);
        QCOMPARE(r.lastTenders(),
                 (QStringList{QStringLiteral("card 10.00"), QStringLiteral("wechat 8.30"),
                              QStringLiteral("cash 20.00")}));
        QCOMPARE(paid->sale.payment.change, Money::fromYuan(30));
        QCOMPARE(paid->sale.payment.tendered - paid->sale.payment.change, paid->sale.total);
        // The receipt names each tender and its reference.
        const QString receipt = r.printer.documents.last().toPlainText();
        QVERIFY(receipt.contains(QStringLiteral("参考号 000123456789")));
        QVERIFY(receipt.contains(r.provider.charges.first().orderNo));
        QVERIFY(receipt.contains(QStringLiteral("找零")));
    }

    void recordingFailureKeepsTheMoneyWithItsSale()
    {
        Rig r;
        r.fillCart();
        r.sales.failNext = true;
        QVERIFY(r.workflow.payByWallet(kWeChat).ok());
        r.settle();
        // Paid, not recorded: the sale stays in payment holding the tender; nothing reversed.
        QVERIFY(r.sales.sales.isEmpty());
        QCOMPARE(r.workflow.saleState(), SaleState::Paying);
        QCOMPARE(r.workflow.tendersTaken().size(), 1);
        QCOMPARE(r.workflow.amountDue(), Money());
        QVERIFY(r.provider.reversals.isEmpty());
        // The cashier confirms again: recorded with the same tender, charged once.
        QVERIFY(r.workflow.payCash(Money()));
        QCOMPARE(r.sales.sales.size(), 1);
        QCOMPARE(r.lastTenders(), QStringList{QStringLiteral("wechat 38.30")});
        QCOMPARE(r.provider.charges.size(), 1);
    }

    void cancellingGivesTheTendersBack()
    {
        Rig r;
        r.fillCart();
        r.provider.defer = true;
        QVERIFY(r.workflow.payByWallet(kWeChat, Money::fromYuan(5)).ok());
        // While the customer confirms on the phone, nothing else happens to the sale.
        QVERIFY(r.workflow.walletPending());
        QVERIFY(!r.workflow.cancelPayment());
        QVERIFY(!r.workflow.payCash(Money::fromYuan(100)));
        QVERIFY(!r.workflow.payByWallet(kAlipay));
        r.provider.answerNext();
        QVERIFY(!r.workflow.walletPending());
        QVERIFY(r.workflow.payByCard(Money::fromYuan(3), QStringLiteral("123456")));
        QCOMPARE(r.workflow.amountDue(), Money::fromFen(3030));

        QSignalSpy notices(&r.workflow, &SaleWorkflow::notice);
        QVERIFY(r.workflow.cancelPayment());
        r.provider.answerNext(); // the reversal's answer
        QCOMPARE(r.provider.reversals, QStringList{r.provider.charges.first().orderNo});
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
        QVERIFY(r.workflow.tendersTaken().isEmpty());
        QCOMPARE(r.workflow.amountDue(), Money::fromFen(3830));
        QCOMPARE(r.workflow.cart().size(), 2);
        QString said;
        for (const QList<QVariant>& n : notices)
            said += n.first().value<Notice>().text;
        QVERIFY2(said.contains(QStringLiteral("刷卡机上撤销")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("已撤销微信")), qPrintable(said));
        QVERIFY(r.sales.sales.isEmpty());
    }

    void walletsOffOrNotACodeAreRefusedAtOnce()
    {
        testsupport::SaleRig plain;
        QVERIFY(plain.workflow.scanCode(plain.gtin(1)).ok());
        QCOMPARE(plain.workflow.payByWallet(kWeChat).error().code, ErrorCode::Configuration);
        Rig r;
        r.fillCart();
        QCOMPARE(r.workflow.payByWallet(QStringLiteral("6901234567892")).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(r.provider.charges.isEmpty());
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
    }
};

QTEST_MAIN(TestTenders)
#include "tst_tenders.moc"
