// 查单 on the database (issue 19): each key finds exactly the sales it names — by number, a
// receipt's last digits within the day, a box's 追溯码, a product within a window, an amount,
// a time window — newest first and capped, with nothing personal and returns marked.
#include "app/core/sale/salelookup.h"
#include "storage/sqlsalerepository.h"
#include "tests/storage/salerows.h"
#include "tests/support/teststore.h"

#include <QSqlQuery>
#include <QTest>

using namespace pos;
using namespace pos::storage;
using namespace pos::storagetest;

namespace {

/// Sale `no` at `when` selling one of product `productId` at `fen`, paid in cash.
CompletedSale sale(const QString& no, const QDateTime& when, qint64 productId, qint64 fen)
{
    CompletedSale s = saleWith(no, {});
    s.time = when;
    s.lines.first().product.id = productId;
    s.lines.first().product.genericName =
        productId == 1 ? QStringLiteral("阿莫西林胶囊") : QStringLiteral("布洛芬缓释胶囊");
    s.lines.first().unitPrice = Money::fromFen(fen);
    s.total = Money::fromFen(fen);
    s.payment = Payment{PaymentMethod::Cash, s.total, Money()};
    return s;
}

QStringList numbers(const Result<QList<SaleSummary>>& r)
{
    QStringList out;
    if (r)
        for (const SaleSummary& s : *r)
            out << s.saleNo;
    return out;
}

struct Store
{
    testsupport::StoreFile file;
    SqlSaleRepository sales{file.db(), kCipher};

    Store()
    {
        QVERIFY(insertProduct(file.db(), 1, QStringLiteral("阿莫西林胶囊")));
        QVERIFY(insertProduct(file.db(), 2, QStringLiteral("布洛芬缓释胶囊")));
        const QDate d(2026, 11, 23);
        QVERIFY(record(file.db(), sale(QStringLiteral("XS-T01-20261122-0004"),
                                       QDateTime(d.addDays(-1), QTime(9, 0)), 1, 3830)));
        QVERIFY(record(file.db(), sale(QStringLiteral("XS-T01-20261123-0001"),
                                       QDateTime(d, QTime(9, 20)), 1, 2350)));
        QVERIFY(record(file.db(), sale(QStringLiteral("XS-T01-20261123-0002"),
                                       QDateTime(d, QTime(9, 40)), 2, 2350)));
        QVERIFY(record(file.db(), sale(QStringLiteral("XS-T02-20261123-0004"),
                                       QDateTime(d, QTime(11, 0)), 2, 1280)));
        // A box sold on 0002, and 0001 returned.
        QSqlQuery q(file.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO batch (id, product_id, batch_no, "
                                      "production_date, expiry_date, supplier, cost_fen, "
                                      "created_at) VALUES (7, 2, 'B1', '2025-01-01', "
                                      "'2028-01-01', '供货商', 900, '2026-11-01T09:00:00.000')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sale_trace_code (sale_id, line_no, code, "
                                      "batch_id) SELECT id, 1, '81313760000000000011', 7 FROM sale "
                                      "WHERE sale_no = 'XS-T01-20261123-0002'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sale_return (return_no, sale_id, returned_at, "
                                      "operator, reason, refund_fen) SELECT 'TH-1', id, "
                                      "'2026-11-23T12:00:00.000', '王五', '质量', 2350 FROM sale "
                                      "WHERE sale_no = 'XS-T01-20261123-0001'")));
    }
    QStringList find(const SaleQuery& q) { return numbers(sales.findSales(q)); }
};

QDateTime day(int offset = 0)
{
    return QDate(2026, 11, 23).addDays(offset).startOfDay();
}

} // namespace

class TestSaleSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachKeyFindsItsSales()
    {
        Store s;
        SaleQuery byNo;
        byNo.saleNo = QStringLiteral("XS-T01-20261123-0002");
        QCOMPARE(s.find(byNo), QStringList{byNo.saleNo});

        // The receipt's last digits, today only (yesterday's 0004 is not today's).
        SaleQuery digits;
        digits.saleNoSuffix = QStringLiteral("-0004");
        digits.from = day();
        digits.to = day(1);
        QCOMPARE(s.find(digits), QStringList{QStringLiteral("XS-T02-20261123-0004")});

        SaleQuery box;
        box.traceCode = QStringLiteral("81313760000000000011");
        QCOMPARE(s.find(box), QStringList{QStringLiteral("XS-T01-20261123-0002")});

        SaleQuery product;
        product.productIds = {1};
        product.from = day(-90);
        QCOMPARE(s.find(product), (QStringList{QStringLiteral("XS-T01-20261123-0001"),
                                               QStringLiteral("XS-T01-20261122-0004")}));

        SaleQuery amount;
        amount.amount = Money::fromFen(2350);
        QCOMPARE(s.find(amount), (QStringList{QStringLiteral("XS-T01-20261123-0002"),
                                              QStringLiteral("XS-T01-20261123-0001")}));

        SaleQuery window;
        window.from = QDateTime(QDate(2026, 11, 23), QTime(9, 15));
        window.to = QDateTime(QDate(2026, 11, 23), QTime(9, 45));
        window.limit = 1; // newest first, capped
        QCOMPARE(s.find(window), QStringList{QStringLiteral("XS-T01-20261123-0002")});

        // Nothing given is refused rather than listing the whole history.
        QVERIFY(!s.sales.findSales(SaleQuery{}));
    }

    void aRowSaysWhatItSoldAndWhetherItWasReturned()
    {
        Store s;
        SaleQuery q;
        q.amount = Money::fromFen(2350);
        const QList<SaleSummary> found = *s.sales.findSales(q);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(1).saleNo, QStringLiteral("XS-T01-20261123-0001"));
        QVERIFY(found.at(1).returned);
        QVERIFY(!found.at(0).returned);
        QCOMPARE(found.at(0).lines, 1);
        QVERIFY(found.at(0).items.contains(QStringLiteral("布洛芬缓释胶囊")));
        QCOMPARE(found.at(0).paymentMethod, QStringLiteral("cash"));
        QCOMPARE(found.at(0).terminal, QStringLiteral("T01"));
    }

    void theLookupReadsTypedTextOverTheDatabase()
    {
        Store s;
        fakes::FakeCatalog catalog;
        catalog.add(fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊"), 2350));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 0)));
        SaleLookup lookup(s.sales, catalog, clock);
        QCOMPARE(numbers(lookup.find(QStringLiteral("4"))),
                 QStringList{QStringLiteral("XS-T02-20261123-0004")});
        QCOMPARE(numbers(lookup.find(QStringLiteral("9:30"))),
                 (QStringList{QStringLiteral("XS-T01-20261123-0002"),
                              QStringLiteral("XS-T01-20261123-0001")}));
        QCOMPARE(numbers(lookup.find(QStringLiteral("布洛芬"))),
                 (QStringList{QStringLiteral("XS-T02-20261123-0004"),
                              QStringLiteral("XS-T01-20261123-0002")}));
    }
};

QTEST_MAIN(TestSaleSearch)
#include "tst_salesearch.moc"
