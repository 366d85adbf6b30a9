#include "storage/database.h"
#include "storage/sqlproductcatalog.h"
#include "tests/fakes/fakes.h"

#include <QTest>

using namespace pos;
using namespace pos::storage;

class TestSqlProductCatalog : public QObject
{
    Q_OBJECT
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlProductCatalog> m_catalog;

private Q_SLOTS:
    void init()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_catalog = std::make_unique<SqlProductCatalog>(*m_db);
        Product a = fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1580);
        a.tradeName = QStringLiteral("阿莫仙");
        a.drugStdCode = QStringLiteral("86900000000011");
        a.pinyin = QStringLiteral("amxljn");
        a.rxClass = RxClass::Prescription;
        a.category = InsuranceCategory::VolumeProcurement;
        a.ceiling = Money::fromFen(1800);
        a.stripsPerBox = 2;
        a.piecesPerStrip = 12;
        a.ephedrine = false;
        Product b = fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊"), 2250);
        b.pinyin.clear(); // computed from the generic name on upsert
        b.ephedrine = true;
        Result<int> n = m_catalog->upsert({a, b});
        QVERIFY(n.ok());
        QCOMPARE(*n, 2);
    }
    void cleanup()
    {
        m_catalog.reset();
        m_db.reset();
    }

    void findByEveryCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("GTIN") << "6900000000014"
                              << "阿莫西林胶囊";
        QTest::newRow("本位码") << "86900000000011"
                                << "阿莫西林胶囊";
        QTest::newRow("own code") << "P00002"
                                  << "布洛芬缓释胶囊";
        QTest::newRow("unknown") << "6999999999999"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void findByEveryCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        const std::optional<Product> p = m_catalog->findByCode(code);
        QCOMPARE(p.has_value(), !name.isEmpty());
        if (p)
            QCOMPARE(p->genericName, name);
    }

    void everyFieldRoundTrips()
    {
        const std::optional<Product> p = m_catalog->findByCode(QStringLiteral("P00001"));
        QVERIFY(p);
        QCOMPARE(p->tradeName, QStringLiteral("阿莫仙"));
        QCOMPARE(p->price, Money::fromFen(1580));
        QCOMPARE(p->ceiling, Money::fromFen(1800));
        QCOMPARE(p->rxClass, RxClass::Prescription);
        QCOMPARE(p->category, InsuranceCategory::VolumeProcurement);
        QCOMPARE(p->stripsPerBox, 2);
        QCOMPARE(p->piecesPerStrip, 12);
        QCOMPARE(m_catalog->findById(p->id)->code, QStringLiteral("P00001"));
        QVERIFY(m_catalog->findByCode(QStringLiteral("P00002"))->ephedrine);
    }

    void upsertUpdatesByOwnCode()
    {
        Product a = *m_catalog->findByCode(QStringLiteral("P00001"));
        a.price = Money::fromFen(1490);
        QVERIFY(m_catalog->upsert({a}).ok());
        QCOMPARE(m_catalog->productCount(), 2);
        QCOMPARE(m_catalog->findByCode(QStringLiteral("6900000000014"))->price,
                 Money::fromFen(1490));
    }

    void priceAboveAHardCeilingIsNotSaved()
    {
        Product a = *m_catalog->findByCode(QStringLiteral("P00001")); // 集采, ceiling 18.00
        a.price = Money::fromFen(1801);
        Result<int> r = m_catalog->upsert({a});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().ruleId, QStringLiteral("PRICE-CEILING"));
        QCOMPARE(m_catalog->findByCode(QStringLiteral("P00001"))->price, Money::fromFen(1580));
    }

    void badProductRollsBackTheBatch()
    {
        Product ok = fakes::makeProduct(3, QStringLiteral("板蓝根颗粒"), 1200);
        Product bad = fakes::makeProduct(4, QStringLiteral("负价格"), -1); // CHECK (price_fen >= 0)
        QVERIFY(!m_catalog->upsert({ok, bad}).ok());
        QCOMPARE(m_catalog->productCount(), 2);
        QVERIFY(!m_catalog->findByCode(QStringLiteral("P00003")));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hits");
        QTest::newRow("pinyin prefix") << "amx" << 1;
        QTest::newRow("pinyin upper case") << "BLF" << 1;
        QTest::newRow("name infix") << "西林" << 1;
        QTest::newRow("trade name") << "阿莫仙" << 1;
        QTest::newRow("shared word") << "胶囊" << 2;
        QTest::newRow("code") << "P00002" << 1;
        QTest::newRow("LIKE wildcard is literal") << "%" << 0;
        QTest::newRow("nothing") << "zzz" << 0;
        QTest::newRow("trade name pinyin") << "amx" << 1; // 阿莫仙 shares it with 阿莫西林
        QTest::newRow("computed when missing") << "blfh" << 1;
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, hits);
        QCOMPARE(m_catalog->search(text, 10).size(), hits);
    }

    // Issue 13 item 6: a product changed in the product master is found under its new name at
    // once, and the index is not read again from the database for it; the answers are those a
    // freshly built index gives.
    void aChangedProductUpdatesTheIndexWithoutARebuild()
    {
        m_catalog->buildSearchIndex();
        QCOMPARE(m_catalog->searchStats().indexBuilds, 1);
        Product renamed = *m_catalog->findByCode(QStringLiteral("P00001"));
        renamed.genericName = QStringLiteral("头孢克肟分散片");
        renamed.tradeName.clear();
        renamed.pinyin.clear(); // computed again from the new name
        Product added = fakes::makeProduct(3, QStringLiteral("板蓝根颗粒"), 1200);
        QVERIFY(m_catalog->upsert({renamed}).ok());
        QVERIFY(m_catalog->upsert({added}).ok());
        QCOMPARE(m_catalog->search(QStringLiteral("头孢"), 10).size(), 1);
        QCOMPARE(m_catalog->search(QStringLiteral("tbkw"), 10).size(), 1);
        QCOMPARE(m_catalog->search(QStringLiteral("阿莫仙"), 10).size(), 0); // the old trade name
        QCOMPARE(m_catalog->search(QStringLiteral("amx"), 10).size(), 0);
        QCOMPARE(m_catalog->search(QStringLiteral("blg"), 10).size(), 1);
        QCOMPARE(m_catalog->searchStats().indexBuilds, 1);

        SqlProductCatalog fresh(*m_db);
        for (const char* text : {"头孢", "胶囊", "颗粒", "b", "P0000", "P00003", "6900000000021"}) {
            QStringList mine, theirs;
            for (const Product& p : m_catalog->search(QString::fromUtf8(text), 10))
                mine << p.code + u' ' + p.genericName + u' ' + p.price.toString();
            for (const Product& p : fresh.search(QString::fromUtf8(text), 10))
                theirs << p.code + u' ' + p.genericName + u' ' + p.price.toString();
            QCOMPARE(mine, theirs);
        }
        QCOMPARE(fresh.searchStats().indexBuilds, 1);
    }

    void aRefusedUpsertLeavesTheIndexAsItWas()
    {
        m_catalog->buildSearchIndex();
        Product ok = fakes::makeProduct(3, QStringLiteral("板蓝根颗粒"), 1200);
        Product bad = fakes::makeProduct(4, QStringLiteral("负价格"), -1); // CHECK (price_fen >= 0)
        QVERIFY(!m_catalog->upsert({ok, bad}).ok());
        QCOMPARE(m_catalog->search(QStringLiteral("板蓝根"), 10).size(), 0);
        QCOMPARE(m_catalog->searchStats().indexBuilds, 1);
    }

    // Issue 13 item 6: a keystroke's hits are read in one statement, in the index's order
    // (generic name, then id), not one query per hit.
    void aSearchReadsItsHitsInOneStatement()
    {
        QList<Product> many;
        for (int i = 0; i < 80; ++i)
            many << fakes::makeProduct(
                100 + i, QStringLiteral("复方甘草片%1").arg(79 - i, 2, 10, QLatin1Char('0')),
                300 + i);
        QVERIFY(m_catalog->upsert(many).ok());
        m_catalog->buildSearchIndex();
        const int before = m_catalog->searchStats().productQueries;
        const QList<Product> hits = m_catalog->search(QStringLiteral("甘草"), 50);
        QCOMPARE(m_catalog->searchStats().productQueries - before, 1);
        QCOMPARE(hits.size(), 50);
        for (int i = 0; i < hits.size(); ++i) {
            QCOMPARE(hits.at(i).genericName,
                     QStringLiteral("复方甘草片%1").arg(i, 2, 10, QLatin1Char('0')));
            QCOMPARE(hits.at(i).price, Money::fromFen(300 + 79 - i)); // the whole product read
        }
    }

    // Issue 13 item 5: the window warms the index after it shows without freezing — a slice of
    // products per turn of the event loop — and a search before it is complete finishes it.
    void warmingBuildsTheIndexInSlicesOfTheEventLoop()
    {
        QList<Product> many;
        const int n = 2 * SqlProductCatalog::kIndexSliceRows + 500;
        for (int i = 0; i < n; ++i)
            many << fakes::makeProduct(100 + i, QStringLiteral("维生素C片"), 300);
        QVERIFY(m_catalog->upsert(many).ok());
        m_catalog->warmSearchIndex();
        QCOMPARE(m_catalog->searchStats().indexSlices, 0); // nothing read before the loop turns
        QTRY_COMPARE(m_catalog->searchStats().indexBuilds, 1);
        QCOMPARE(m_catalog->searchStats().indexSlices, 3); // n + 2 products, 2,000 a slice
        QCOMPARE(m_catalog->search(QStringLiteral("wss"), n + 10).size(), n);
        QCOMPARE(m_catalog->search(QStringLiteral("amx"), 10).size(), 1);
    }

    void aSearchWhileWarmingFinishesTheIndex()
    {
        m_catalog->warmSearchIndex();
        QCOMPARE(m_catalog->search(QStringLiteral("胶囊"), 10).size(), 2);
        QCOMPARE(m_catalog->searchStats().indexBuilds, 1);
        QCoreApplication::processEvents(); // the pending slice finds it complete: nothing to do
        QCOMPARE(m_catalog->searchStats().indexBuilds, 1);
        QCOMPARE(m_catalog->searchStats().indexSlices, 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlProductCatalog)
#include "tst_sqlproductcatalog.moc"
