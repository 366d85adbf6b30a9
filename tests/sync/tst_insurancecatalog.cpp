#include "app/core/insurance/insurancecatalog.h"
#include "storage/sqlinsurancecatalog.h"
#include "tests/sync/uploadrig.h"

#include <QTest>

using namespace pos;
using namespace pos::testing;

namespace {
Product product(const QString& name, const QString& code, qint64 priceFen)
{
    Product p;
    p.code = QStringLiteral("P1");
    p.genericName = name;
    p.insuranceCode = code;
    p.price = Money::fromFen(priceFen);
    return p;
}
} // namespace

/// The 医保目录 downloaded from the simulator (1312 + 1318, paged), stored, and the rules it
/// decides: SETTLE-LIST-ONLY by code and date, PRICE-CEILING by payment standard, the catalogue's
/// date in every answer.
class TestInsuranceCatalog : public QObject
{
    Q_OBJECT
    SimFixture m_sim;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.error())); }

    void downloadStoreAndCheck()
    {
        UploadRig rig(m_sim, sync::GatewayAuth::None, false,
                      QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        storage::SqlInsuranceCatalog repo(*rig.db);
        InsuranceCatalog catalog(repo);
        QCOMPARE(catalog.label(), QStringLiteral("医保目录尚未下载"));
        const Product amlodipine = product(QStringLiteral("苯磺酸氨氯地平片"),
                                           QStringLiteral("XC08CAA076A028071062085"), 320);
        Result<CatalogEntry> before = catalog.checkListed(amlodipine, QDate(2026, 11, 23));
        QVERIFY(!before.ok());
        QCOMPARE(before.error().ruleId, QStringLiteral("SETTLE-LIST-ONLY"));

        CatalogDownloader downloader(
            *rig.gateway, repo, rig.clock,
            QJsonObject{{QStringLiteral("signIn"),
                         QJsonObject{{QStringLiteral("opter_no"), QStringLiteral("0001")}}}});
        std::optional<Result<CatalogInfo>> info;
        QEventLoop loop;
        downloader.download(false, [&](Result<CatalogInfo> r) {
            info.emplace(std::move(r));
            loop.quit();
        });
        if (!info)
            loop.exec();
        QVERIFY(info && info->ok());
        QVERIFY((*info)->entries > 150); // the demo catalog's covered products, over several pages
        QVERIFY((*info)->standards > 150);
        QCOMPARE((*info)->downloadedAt, rig.clock.now());
        QCOMPARE(catalog.label(), QStringLiteral("医保目录 2026-01-01 版，2026-11-23 09:30 下载"));

        // SETTLE-LIST-ONLY.
        QVERIFY(catalog.checkListed(amlodipine, QDate(2026, 11, 23)).ok());
        const Product cefixime = product(QStringLiteral("头孢克肟分散片"),
                                         QStringLiteral("XJ01DDA003A006004004004"), 2980);
        QVERIFY(catalog.checkListed(cefixime, QDate(2025, 6, 1)).ok()); // listed then
        Result<CatalogEntry> delisted = catalog.checkListed(cefixime, QDate(2026, 11, 23));
        QVERIFY(!delisted.ok());
        QCOMPARE(delisted.error().ruleId, QStringLiteral("SETTLE-LIST-ONLY"));
        QVERIFY2(delisted.error().message.contains(QStringLiteral("2025-06-30")),
                 qPrintable(delisted.error().message));
        QVERIFY(delisted.error().message.contains(QStringLiteral("2026-01-01 版")));
        const Product unknown =
            product(QStringLiteral("保健品"), QStringLiteral("XA99ZZZ999Z999999999999"), 100);
        QVERIFY(!catalog.checkListed(unknown, QDate(2026, 11, 23)).ok());
        const Product selfPay = product(QStringLiteral("口罩"), {}, 500);
        QVERIFY(catalog.checkListed(selfPay, QDate(2026, 11, 23))
                    .error()
                    .message.contains(QStringLiteral("自费")));
        const InsuranceCatalog::Split split =
            catalog.split({amlodipine, cefixime, selfPay}, QDate(2026, 11, 23));
        QCOMPARE(split.insured.size(), 1);
        QCOMPARE(split.selfPay.size(), 2);

        // PRICE-CEILING by the payment standard (集采: hard; 挂网: a warning).
        QCOMPARE(catalog.paymentStandard(amlodipine.insuranceCode, QDate(2026, 11, 23))->limit,
                 Money::fromFen(368));
        Product dear = amlodipine;
        dear.price = Money::fromFen(369);
        Result<QStringList> refused = catalog.checkPrice(dear, QDate(2026, 11, 23));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().ruleId, QStringLiteral("PRICE-CEILING"));
        QVERIFY(refused.error().message.contains(QStringLiteral("集采中选价")));
        QVERIFY(catalog.checkPrice(amlodipine, QDate(2026, 11, 23)).ok());
        Product split2 = amlodipine; // split prices that add up above the standard
        split2.stripsPerBox = 4;
        split2.stripPrice = Money::fromFen(100);
        QVERIFY(!catalog.checkPrice(split2, QDate(2026, 11, 23)).ok());
        Product metformin = product(QStringLiteral("盐酸二甲双胍片"),
                                    QStringLiteral("XA10BAA093A020027031108"), 2600);
        Result<QStringList> warned = catalog.checkPrice(metformin, QDate(2026, 11, 23));
        QVERIFY(warned.ok());
        QCOMPARE(warned->size(), 1);

        // A second download asks from the version held: nothing lost, nothing doubled.
        info.reset();
        downloader.download(false, [&](Result<CatalogInfo> r) {
            info.emplace(std::move(r));
            loop.quit();
        });
        if (!info)
            loop.exec();
        QVERIFY(info && info->ok());
        QCOMPARE((*info)->entries, repo.info().entries);
    }
};

QTEST_GUILESS_MAIN(TestInsuranceCatalog)
#include "tst_insurancecatalog.moc"
