// Wallet orders and tenders in the database (issue 19, migration 0025): an order is committed
// before it is sent and numbered so it is never reused; a sale's tenders are stored with it and
// read back in order; a wallet tender settles its paid order in the sale's own transaction — an
// order pays one sale, once, and a sale naming an order that did not pay is not stored at all.
#include "storage/database.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlpaymentorderstore.h"
#include "storage/sqlsalerepository.h"
#include "tests/storage/salerows.h"
#include "tests/support/teststore.h"

#include <QSqlQuery>
#include <QTest>

using namespace pos;
using namespace pos::storage;

using pos::storagetest::at;
using pos::storagetest::count;
using pos::storagetest::insertProduct;
using pos::storagetest::kCipher;
using pos::storagetest::record;
using pos::storagetest::saleWith;

class TestSqlPaymentOrderStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordersAreCommittedNumberedAndListedWhileOpen()
    {
        testsupport::StoreFile file;
        SqlPaymentOrderStore orders(file.db());
        Result<QString> a =
            orders.create(QStringLiteral("T01"), TenderKind::WeChat, Money::fromFen(3830), at(9));
        QVERIFY(a);
        QCOMPARE(*a, QStringLiteral("ZF261123-T01-000001"));
        Result<QString> b =
            orders.create(QStringLiteral("T02"), TenderKind::Alipay, Money::fromYuan(5), at(9));
        QCOMPARE(*b, QStringLiteral("ZF261123-T02-000002"));
        // Not a wallet, nothing to pay: refused.
        QVERIFY(!orders.create(QStringLiteral("T01"), TenderKind::Cash, Money::fromYuan(5), at(9)));
        QVERIFY(!orders.create(QStringLiteral("T01"), TenderKind::WeChat, Money(), at(9)));

        // Committed at once: another connection (a crash, the next start) sees it.
        QVERIFY(file.reopen());
        SqlPaymentOrderStore again(file.db());
        Result<std::optional<WalletOrder>> found = again.find(*a);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->state, WalletOrderState::Created);
        QCOMPARE((*found)->amount, Money::fromFen(3830));
        QCOMPARE((*found)->wallet, TenderKind::WeChat);
        QCOMPARE(again.unresolved(QStringLiteral("T01"))->size(), 1);
        QVERIFY(
            again.update(*a, WalletOrderState::Declined, {}, QStringLiteral("余额不足"), at(9, 1)));
        QVERIFY(again.unresolved(QStringLiteral("T01"))->isEmpty());
        QCOMPARE((*again.find(*a))->reason, QStringLiteral("余额不足"));
        QVERIFY(!again.update(QStringLiteral("ZF-none"), WalletOrderState::Paid, {}, {}, at(9)));
        // The payment code is nowhere in the file.
        QCOMPARE(count(file.db(), QStringLiteral("SELECT COUNT(*) FROM payment_order")), 2);
    }

    void aWalletTenderSettlesItsOrderOnce()
    {
        testsupport::StoreFile file;
        QVERIFY(insertProduct(file.db()));
        SqlPaymentOrderStore orders(file.db());
        const QString order =
            *orders.create(QStringLiteral("T01"), TenderKind::WeChat, Money::fromFen(830), at(9));
        const QList<Tender> tenders{
            Tender{TenderKind::BankCard, Money::fromYuan(10), QStringLiteral("000123456789")},
            Tender{TenderKind::WeChat, Money::fromFen(830), order},
            Tender{TenderKind::Cash, Money::fromYuan(20), QString()}};

        // Not paid yet (the answer never came): the sale naming it is not stored at all.
        const Status early = record(file.db(), saleWith(QStringLiteral("XS-1"), tenders));
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::RuleViolation);
        QCOMPARE(count(file.db(), QStringLiteral("SELECT COUNT(*) FROM sale")), 0);
        QCOMPARE(count(file.db(), QStringLiteral("SELECT COUNT(*) FROM sale_tender")), 0);

        QVERIFY(orders.update(order, WalletOrderState::Paid, QStringLiteral("TXN1"), {}, at(9)));
        const Status paid = record(file.db(), saleWith(QStringLiteral("XS-1"), tenders));
        QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
        const WalletOrder settled = **orders.find(order);
        QCOMPARE(settled.state, WalletOrderState::Settled);
        QCOMPARE(settled.saleNo, QStringLiteral("XS-1"));
        QCOMPARE(settled.transactionId, QStringLiteral("TXN1"));
        // Settled never moves again, and is not "open" for the next start to reverse.
        QVERIFY(!orders.update(order, WalletOrderState::Reversed, {}, {}, at(11)));
        QVERIFY(orders.unresolved(QStringLiteral("T01"))->isEmpty());

        // The same order cannot pay a second sale.
        const Status twice = record(file.db(), saleWith(QStringLiteral("XS-2"), tenders));
        QVERIFY(!twice);
        QCOMPARE(count(file.db(), QStringLiteral("SELECT COUNT(*) FROM sale")), 1);

        // Read back in the order taken.
        SqlSaleRepository sales(file.db(), kCipher);
        const std::optional<CompletedSale> back = sales.findBySaleNo(QStringLiteral("XS-1"));
        QVERIFY(back);
        QCOMPARE(back->payment.tenders, tenders);
        QCOMPARE(count(file.db(),
                       QStringLiteral("SELECT COUNT(*) FROM sale WHERE payment_method = 'mixed'")),
                 1);
        // Append-only like the sale itself.
        QSqlQuery edit(file.db().connection());
        QVERIFY(!edit.exec(QStringLiteral("UPDATE sale_tender SET amount_fen = 1")));
        QVERIFY(!edit.exec(QStringLiteral("DELETE FROM sale_tender")));
    }

    void tendersMustAddUpToTheBill()
    {
        testsupport::StoreFile file;
        QVERIFY(insertProduct(file.db()));
        // The sale's own books balance (tendered − change = total) but its tenders do not.
        CompletedSale short_ = saleWith(QStringLiteral("XS-1"),
                                        {Tender{TenderKind::Cash, Money::fromYuan(30), QString()}});
        short_.payment.tendered = short_.total;
        const Status s = record(file.db(), short_);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("不符")));
        QCOMPARE(count(file.db(), QStringLiteral("SELECT COUNT(*) FROM sale")), 0);
        // A sale recorded without tenders (an insured one, a script) is one tender of its method.
        CompletedSale plain = saleWith(QStringLiteral("XS-2"), {});
        plain.payment = Payment{PaymentMethod::Cash, Money::fromYuan(50), Money::fromFen(1170)};
        QVERIFY(record(file.db(), plain));
        QCOMPARE(count(file.db(), QStringLiteral("SELECT COUNT(*) FROM sale_tender WHERE kind = "
                                                 "'cash' AND amount_fen = 3830")),
                 1);
    }
};

QTEST_MAIN(TestSqlPaymentOrderStore)
#include "tst_sqlpaymentorderstore.moc"
