// findProductFor: one lookup from a recognised code to the catalog product, used by the counter,
// receiving, the product master and stocktake. Codes: real EAN-13/EAN-8/UPC-A check digits; the
// 本位码 86900000000010 is made up with a correct GS1 mod-10 check digit.
#include "app/core/codes/coderecognition.h"
#include "app/core/productlookup.h"
#include "tests/fakes/fakes.h"

#include <QTest>

using namespace pos;

class TestProductLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsTheProductByWhicheverCode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("symbology");
        QTest::addColumn<QString>("expected"); // product code, empty: none
        // Product 1: EAN-13 6900000000014 (fakes::makeProduct), 本位码 86900000000010.
        QTest::newRow("EAN-13 as printed") << QByteArray("6900000000014") << QString() << "P00001";
        QTest::newRow("EAN-13 with the AIM prefix in the data")
            << QByteArray("]E06900000000014") << QString() << "P00001";
        QTest::newRow("GS1 DataMatrix: GTIN-14 with a leading 0") << QByteArray("]d2"
                                                                                "0106900000000014"
                                                                                "17271231"
                                                                                "10B1")
                                                                  << QString() << "P00001";
        QTest::newRow("药品本位码") << QByteArray("86900000000010") << QString() << "P00001";
        QTest::newRow("the store's own code") << QByteArray("P00002") << QString() << "P00002";
        QTest::newRow("EAN-8 as printed") << QByteArray("96385074") << QString() << "P00003";
        QTest::newRow("UPC-A as printed") << QByteArray("036000291452") << QString() << "P00004";
        QTest::newRow("a GS1 string's text is no product code") << QByteArray("]d2"
                                                                              "0109999999999993"
                                                                              "10P00002")
                                                                << QString() << QString();
        QTest::newRow("unknown code") << QByteArray("6901234567892") << QString() << QString();
    }
    void findsTheProductByWhicheverCode()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, symbology);
        QFETCH(QString, expected);
        fakes::FakeCatalog catalog;
        Product a = fakes::makeProduct(1, QStringLiteral("苯磺酸氨氯地平片"), 1580);
        a.drugStdCode = QStringLiteral("86900000000010");
        catalog.add(a);
        catalog.add(fakes::makeProduct(2, QStringLiteral("阿莫西林胶囊"), 980));
        Product ean8 = fakes::makeProduct(3, QStringLiteral("维生素C片"), 350);
        ean8.gtin = QStringLiteral("96385074");
        catalog.add(ean8);
        Product upc = fakes::makeProduct(4, QStringLiteral("布洛芬片"), 1200);
        upc.gtin = QStringLiteral("036000291452");
        catalog.add(upc);

        const codes::Recognition r = codes::recognise(payload, symbology);
        const std::optional<Product> p = findProductFor(catalog, r);
        QCOMPARE(p ? p->code : QString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestProductLookup)
#include "tst_productlookup.moc"
