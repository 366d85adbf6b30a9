#include "app/core/inventory/platformpayloads.h"
#include "app/core/inventory/postings.h"
#include "app/core/ports/ledgerstore.h"
#include "app/core/upload/platformrecords.h"
#include "tests/fakes/fakeledger.h"
#include "tests/fakes/fakes.h"

#include <QSet>
#include <QTest>

using namespace pos;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(9, 30));

/// 阿莫西林胶囊, 2 strips of 5 pieces a box: 10 pieces a box.
Product amoxicillin()
{
    Product p = fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1580);
    p.stripsPerBox = 2;
    p.piecesPerStrip = 5;
    p.insuranceCode = QStringLiteral("XJ01CAA001B024001001001");
    return p;
}

QJsonObject node(const fakes::FakeLedger::Upload& u)
{
    return upload::recordNode(u.infno, u.payload);
}

QList<fakes::FakeLedger::Upload> uploadsOf(const fakes::FakeLedger& ledger, const QString& infno)
{
    QList<fakes::FakeLedger::Upload> out;
    for (const auto& u : ledger.state().uploads)
        if (u.infno == infno)
            out.append(u);
    return out;
}

} // namespace

/// The records the ledger queues for the platform (DATA-UPLOAD): one unit for every count —
/// pieces, the ledger's — so the platform's stock arithmetic equals the ledger's balance, and a
/// fixmedins_bchno of its own for every record, so 3507 withdraws exactly one.
class TestPlatformPayloads : public QObject
{
    Q_OBJECT
    fakes::FakeLedger m_ledger;
    fakes::FakeCatalog m_catalog;
    QString m_saleNo;

    template <typename F> auto post(F f)
    {
        auto tx = m_ledger.begin(PostingContext{kAt, QStringLiteral("王五"), true});
        auto result = f(**tx);
        if (result.ok())
            [&] { QVERIFY((*tx)->commit().ok()); }();
        return result;
    }

private Q_SLOTS:
    void initTestCase() { m_catalog.add(amoxicillin()); }

    void purchaseOfBoxesUploadsPieces()
    {
        // DATA-UPLOAD: 2 boxes of a 10-piece pack are 20 pieces, as the ledger and every other
        // record count them; the price is one piece's (12.80 a box → 1.28).
        ResolvedPurchaseLine r;
        r.line.productCode = QStringLiteral("P00001");
        r.line.batchNo = QStringLiteral("2510021");
        r.line.productionDate = QDate(2025, 10, 1);
        r.line.expiryDate = QDate(2027, 9, 30);
        r.line.insuranceCode = amoxicillin().insuranceCode;
        r.line.boxes = 2;
        r.line.price = Money::fromFen(1280);
        r.productId = 1;
        r.piecesPerBox = 10;
        r.productName = QStringLiteral("阿莫西林胶囊");
        r.rxFlag = QStringLiteral("1");
        PurchaseDocument doc;
        doc.supplier = QStringLiteral("九州通");
        const Result<QString> docNo = post([&](LedgerTransaction& tx) {
            return postings::purchase(tx, doc, {r, [&] {
                                                    ResolvedPurchaseLine second = r;
                                                    second.line.boxes = 1;
                                                    return second;
                                                }()});
        });
        QVERIFY2(docNo.ok(), docNo.ok() ? "" : qPrintable(docNo.error().userText()));
        const auto purchases = uploadsOf(m_ledger, QStringLiteral("3503"));
        QCOMPARE(purchases.size(), 2);
        QCOMPARE(node(purchases.at(0)).value(QStringLiteral("purc_retn_cnt")).toString(),
                 QStringLiteral("20"));
        QCOMPARE(node(purchases.at(0)).value(QStringLiteral("finl_trns_pric")).toString(),
                 QStringLiteral("1.28"));
        QCOMPARE(node(purchases.at(1)).value(QStringLiteral("purc_retn_cnt")).toString(),
                 QStringLiteral("10"));
        QCOMPARE(upload::stockEffect(QStringLiteral("3503"), purchases.at(0).payload), 20);
        QCOMPARE(m_ledger.movementSum(1), 30); // what the ledger counted in
        // Two lines of the same batch in one delivery: two serials.
        QCOMPARE(node(purchases.at(0)).value(QStringLiteral("fixmedins_bchno")).toString(),
                 *docNo + QStringLiteral("-01"));
        QCOMPARE(node(purchases.at(1)).value(QStringLiteral("fixmedins_bchno")).toString(),
                 *docNo + QStringLiteral("-02"));
    }

    void purchaseReturnAndLossUploadPieces()
    {
        const qint64 batchId = m_ledger.state().batches.firstKey();
        const Result<QString> ret = post([&](LedgerTransaction& tx) {
            return postings::adjustment(tx, m_catalog, batchId, MovementKind::PurchaseReturn, 3,
                                        QStringLiteral("破损退货"));
        });
        QVERIFY(ret.ok());
        const Result<QString> loss = post([&](LedgerTransaction& tx) {
            return postings::adjustment(tx, m_catalog, batchId, MovementKind::Destruction, 1,
                                        QStringLiteral("过期销毁"));
        });
        QVERIFY(loss.ok());
        const auto returns = uploadsOf(m_ledger, QStringLiteral("3504"));
        QCOMPARE(returns.size(), 1);
        QCOMPARE(node(returns.first()).value(QStringLiteral("purc_retn_cnt")).toString(),
                 QStringLiteral("3"));
        QCOMPARE(node(returns.first()).value(QStringLiteral("fixmedins_bchno")).toString(),
                 *ret + QStringLiteral("-01"));
        const auto changes = uploadsOf(m_ledger, QStringLiteral("3502"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(node(changes.first()).value(QStringLiteral("cnt")).toString(),
                 QStringLiteral("1"));
        // 3502 has no batch field; the batch is named in the memo.
        QVERIFY(node(changes.first())
                    .value(QStringLiteral("memo"))
                    .toString()
                    .contains(QStringLiteral("2510021")));
    }

    void twoLinesOfOneBatchInASaleAreTwoRecords()
    {
        // A box and two pieces of the same batch: two 3505s, each its own serial, both in
        // pieces, each priced per piece.
        CompletedSale s;
        s.time = kAt;
        s.operatorName = QStringLiteral("张三");
        s.lines = {SaleLine{amoxicillin(), 1, Money::fromFen(1580), SaleUnit::Box},
                   SaleLine{amoxicillin(), 2, Money::fromFen(160), SaleUnit::Piece}};
        s.total = Money::fromFen(1900);
        s.payment = Payment{PaymentMethod::Cash, s.total, Money()};
        const Result<CompletedSale> sold =
            post([&](LedgerTransaction& tx) { return postings::sale(tx, s); });
        QVERIFY2(sold.ok(), sold.ok() ? "" : qPrintable(sold.error().userText()));
        m_saleNo = sold->saleNo;
        const auto sales = uploadsOf(m_ledger, QStringLiteral("3505"));
        QCOMPARE(sales.size(), 2);
        QCOMPARE(node(sales.at(0)).value(QStringLiteral("manu_lotnum")),
                 node(sales.at(1)).value(QStringLiteral("manu_lotnum")));
        QCOMPARE(node(sales.at(0)).value(QStringLiteral("fixmedins_bchno")).toString(),
                 m_saleNo + QStringLiteral("-01"));
        QCOMPARE(node(sales.at(1)).value(QStringLiteral("fixmedins_bchno")).toString(),
                 m_saleNo + QStringLiteral("-02"));
        QCOMPARE(node(sales.at(0)).value(QStringLiteral("sel_retn_cnt")).toString(),
                 QStringLiteral("10"));
        QCOMPARE(node(sales.at(0)).value(QStringLiteral("finl_trns_pric")).toString(),
                 QStringLiteral("1.58"));
        QCOMPARE(node(sales.at(0)).value(QStringLiteral("trdn_flag")).toString(),
                 QStringLiteral("0"));
        QCOMPARE(node(sales.at(1)).value(QStringLiteral("sel_retn_cnt")).toString(),
                 QStringLiteral("2"));
        QCOMPARE(node(sales.at(1)).value(QStringLiteral("finl_trns_pric")).toString(),
                 QStringLiteral("1.60"));
        QCOMPARE(node(sales.at(1)).value(QStringLiteral("trdn_flag")).toString(),
                 QStringLiteral("1"));
    }

    void returnRecordsHaveTheirOwnSerial()
    {
        const Result<QString> returned = post([&](LedgerTransaction& tx) {
            return postings::saleReturn(tx, m_saleNo, QStringLiteral("顾客退货"));
        });
        QVERIFY(returned.ok());
        const auto sales = uploadsOf(m_ledger, QStringLiteral("3505"));
        const auto returns = uploadsOf(m_ledger, QStringLiteral("3506"));
        QCOMPARE(returns.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject r = node(returns.at(i));
            QCOMPARE(r.value(QStringLiteral("fixmedins_bchno")).toString(),
                     *returned + QStringLiteral("-0%1").arg(i + 1));
            // The sold record it reverses, by its serial; the sale by its number.
            QCOMPARE(r.value(QStringLiteral("medins_prod_sel_no")),
                     node(sales.at(i)).value(QStringLiteral("fixmedins_bchno")));
            QCOMPARE(r.value(QStringLiteral("rtal_docno")).toString(), m_saleNo);
            QCOMPARE(r.value(QStringLiteral("sel_retn_cnt")),
                     node(sales.at(i)).value(QStringLiteral("sel_retn_cnt")));
        }
        // A withdrawal (3507) of the return names the return's serial, not the sale's.
        QCOMPARE(upload::withdrawal3507(QStringLiteral("3506"), returns.first().payload)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("fixmedins_bchno"))
                     .toString(),
                 *returned + QStringLiteral("-01"));
    }

    void everySerialIsUniqueAndThePlatformsStockIsTheLedgers()
    {
        QSet<QString> serials;
        QList<QPair<QString, QJsonObject>> records;
        for (const auto& u : m_ledger.state().uploads) {
            const QString key = upload::recordKey(u.infno, u.payload);
            QVERIFY2(!serials.contains(u.infno.left(3) + key), qPrintable(key));
            serials.insert(u.infno.left(3) + key);
            QVERIFY2(key.size() <= 30, qPrintable(key)); // 字符型 30
            records.append({u.infno, u.payload});
        }
        // The platform's sum of the records equals the ledger: 30 in, 3 returned to the
        // supplier, 1 destroyed, 12 sold, 12 back.
        const auto stock = upload::platformStock(records);
        QCOMPARE(stock.value(QStringLiteral("P00001")).count, m_ledger.movementSum(1));
        QCOMPARE(m_ledger.movementSum(1), 26);
    }

    void piecePriceRoundsToMillionths_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<qint64>("pieces");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a piece") << qint64(160) << qint64(1) << QStringLiteral("1.60");
        QTest::newRow("a box of 10") << qint64(1580) << qint64(10) << QStringLiteral("1.58");
        QTest::newRow("a box of 24") << qint64(1280) << qint64(24) << QStringLiteral("0.533333");
        QTest::newRow("a box of 3, rounded down")
            << qint64(1000) << qint64(3) << QStringLiteral("3.333333");
        QTest::newRow("two thirds") << qint64(200) << qint64(3) << QStringLiteral("0.666667");
        QTest::newRow("whole yuan") << qint64(2000) << qint64(20) << QStringLiteral("1.00");
    }
    void piecePriceRoundsToMillionths()
    {
        QFETCH(qint64, fen);
        QFETCH(qint64, pieces);
        QFETCH(QString, expected);
        QCOMPARE(payloads::piecePrice(Money::fromFen(fen), pieces), expected);
    }
};

QTEST_GUILESS_MAIN(TestPlatformPayloads)
#include "tst_platformpayloads.moc"
