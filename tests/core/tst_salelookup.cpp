// 查单 (issue 19): what the cashier types into one box is read as the query the store runs — a
// sale number, a receipt's last digits (today), a 追溯码, an amount (90 days), a time (±15 min),
// a day, or a product — and a text that is none of these says so.
#include "app/core/sale/salelookup.h"
#include "tests/fakes/fakes.h"
#include "tests/support/builders.h"

#include <QTest>

using namespace pos;

namespace {

/// Records the query it was asked and answers one sale.
class SearchSpy final : public SaleSearch
{
public:
    Result<QList<SaleSummary>> findSales(const SaleQuery& q) const override
    {
        asked = q;
        SaleSummary s;
        s.saleNo = QStringLiteral("XS-T01-20261123-0004");
        return QList<SaleSummary>{s};
    }
    mutable SaleQuery asked;
};

struct Rig
{
    SearchSpy search;
    fakes::FakeCatalog catalog;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(14, 0))};
    SaleLookup lookup{search, catalog, clock};
    Rig()
    {
        for (const Product& p : testsupport::counterProducts())
            catalog.add(p);
    }
    SaleQuery read(const QString& text)
    {
        Result<SaleLookup::Reading> r = lookup.read(text);
        if (!r)
            qWarning() << r.error().message;
        return r ? r->query : SaleQuery{};
    }
};

} // namespace

class TestSaleLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachFormIsReadAsItsKey()
    {
        Rig r;
        QCOMPARE(r.read(QStringLiteral(" xs-t01-20261123-0004 ")).saleNo,
                 QStringLiteral("XS-T01-20261123-0004"));

        const SaleQuery digits = r.read(QStringLiteral("4"));
        QCOMPARE(digits.saleNoSuffix, QStringLiteral("-0004"));
        QCOMPARE(digits.from, QDateTime(QDate(2026, 11, 23), QTime(0, 0)));
        QCOMPARE(digits.to, QDateTime(QDate(2026, 11, 24), QTime(0, 0)));

        QCOMPARE(r.read(QStringLiteral("81313760000000000011")).traceCode,
                 QStringLiteral("81313760000000000011"));

        const SaleQuery amount = r.read(QStringLiteral("￥23.50"));
        QCOMPARE(amount.amount, Money::fromFen(2350));
        QCOMPARE(amount.from, r.clock.now().addDays(-SaleLookup::kRecentDays));
        QCOMPARE(r.read(QStringLiteral("¥8")).amount, Money::fromYuan(8));

        const SaleQuery time = r.read(QStringLiteral("9:30"));
        QCOMPARE(time.from, QDateTime(QDate(2026, 11, 23), QTime(9, 15)));
        QCOMPARE(time.to, QDateTime(QDate(2026, 11, 23), QTime(9, 45)));
        const SaleQuery dayTime = r.read(QStringLiteral("2026-11-20 18:05"));
        QCOMPARE(dayTime.from, QDateTime(QDate(2026, 11, 20), QTime(17, 50)));
        const SaleQuery day = r.read(QStringLiteral("2026-11-20"));
        QCOMPARE(day.from, QDateTime(QDate(2026, 11, 20), QTime(0, 0)));
        QCOMPARE(day.to, QDateTime(QDate(2026, 11, 21), QTime(0, 0)));

        const SaleQuery product = r.read(QStringLiteral("布洛芬"));
        QCOMPARE(product.productIds, QList<qint64>{2});
        QVERIFY(product.from.isValid()); // a window: the cost follows it, not the history
        QVERIFY(!product.amount && product.saleNo.isEmpty());
    }

    void whatIsNoneOfTheseSaysSo()
    {
        Rig r;
        QCOMPARE(r.lookup.read(QStringLiteral("  ")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.lookup.read(QStringLiteral("25:99")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.lookup.read(QStringLiteral("2026-13-45")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.lookup.read(QString(200, u'x')).error().code, ErrorCode::InvalidInput);
        const Error none = r.lookup.read(QStringLiteral("维生素")).error();
        QCOMPARE(none.code, ErrorCode::NotFound);
        QVERIFY(none.message.contains(QStringLiteral("维生素")));
        // Five digits are neither a receipt's last digits nor a trace code: read as a product
        // code, and no product has it.
        QCOMPARE(r.lookup.read(QStringLiteral("12345")).error().code, ErrorCode::NotFound);
    }

    void findRunsTheQueryRead()
    {
        Rig r;
        Result<QList<SaleSummary>> found = r.lookup.find(QStringLiteral("0004"));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(r.search.asked.saleNoSuffix, QStringLiteral("-0004"));
        QCOMPARE(r.search.asked.limit, 50);
    }
};

QTEST_MAIN(TestSaleLookup)
#include "tst_salelookup.moc"
