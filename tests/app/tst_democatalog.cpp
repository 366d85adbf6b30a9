#include "app/democatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pos;

namespace {
/// GS1 mod-10 check digit over all digits but the last (GS1 General Specifications §7.9.1).
bool gs1CheckDigitOk(const QString& digits)
{
    int sum = 0;
    const int n = static_cast<int>(digits.size());
    for (int i = n - 2, w = 3; i >= 0; --i, w = 4 - w)
        sum += (digits.at(i).unicode() - u'0') * w;
    return (10 - sum % 10) % 10 == digits.at(n - 1).unicode() - u'0';
}
} // namespace

class TestDemoCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoCatalogIsRealistic()
    {
        Result<QList<Product>> r = app::loadDemoCatalog();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const QList<Product>& products = *r;
        QVERIFY2(products.size() >= 200, qPrintable(QString::number(products.size())));
        QSet<QString> gtins, codes;
        const QRegularExpression insurance(QStringLiteral("^[XZT][A-Z0-9]{22}$"));
        for (const Product& p : products) {
            QVERIFY(!p.genericName.isEmpty());
            QVERIFY2(p.gtin.size() == 13 && gs1CheckDigitOk(p.gtin),
                     qPrintable(p.code + u' ' + p.gtin));
            QVERIFY2(p.drugStdCode.size() == 14 && p.drugStdCode.startsWith(QStringLiteral("86"))
                         && gs1CheckDigitOk(p.drugStdCode),
                     qPrintable(p.code + u' ' + p.drugStdCode));
            QVERIFY(!gtins.contains(p.gtin));
            gtins.insert(p.gtin);
            QVERIFY(!codes.contains(p.code));
            codes.insert(p.code);
            QVERIFY(p.price.fen() > 0);
            if (p.category == InsuranceCategory::NotCovered)
                QVERIFY(p.insuranceCode.isEmpty());
            else
                QVERIFY2(insurance.match(p.insuranceCode).hasMatch(), qPrintable(p.insuranceCode));
            if (p.ceiling.fen() > 0)
                QVERIFY2(p.price <= p.ceiling, qPrintable(p.code));
        }
    }

    void badRowsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("tsv");
        QTest::addColumn<QString>("mention");
        const QByteArray header =
            "code\tgeneric_name\tprice_fen\tinsurance_category\trx_class\tdrug_type\n";
        QTest::newRow("missing column") << QByteArray("code\tgeneric_name\n") << "price_fen";
        QTest::newRow("bad category") << header + "P1\t药\t100\t医保\tRx\t西药\n"
                                      << "第 2 行";
        QTest::newRow("bad price") << header + "P1\t药\tabc\t挂网\tRx\t西药\n"
                                   << "第 2 行";
        QTest::newRow("no name") << header + "P1\t\t100\t挂网\tRx\t西药\n"
                                 << "通用名";
    }
    void badRowsAreNamed()
    {
        QFETCH(QByteArray, tsv);
        QFETCH(QString, mention);
        Result<QList<Product>> r = app::parseCatalogTsv(tsv);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mention), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDemoCatalog)
#include "tst_democatalog.moc"
