#include "app/core/codes/coderecognition.h"
#include "app/core/inventory/productservice.h"
#include "app/core/ports/auditlog.h"
#include "tests/fakes/fakes.h"
#include "tests/support/builders.h"

#include <QTest>

using namespace pos;

namespace {

/// A complete, valid record: the split-pack product with every master field a new record may
/// carry (as the demo catalog's amoxicillin), not yet saved.
Product amoxicillin()
{
    Product p = testsupport::splitPackProduct();
    p.id = 0;
    p.tradeName = QStringLiteral("阿莫仙");
    p.ceiling = Money::fromFen(1500);
    p.drugStdCode = QStringLiteral("86900000000019"); // check digit computed below
    p.drugStdCode =
        p.drugStdCode.left(13) + QString::number(codes::gs1CheckDigit(p.drugStdCode.left(13)));
    p.tracePrefix = QStringLiteral("8123456");
    p.rxClass = RxClass::Prescription;
    p.storage = QStringLiteral("阴凉");
    return p;
}

struct Rig
{
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
    fakes::FakeCatalog catalog;
    fakes::StaffFixture staff{clock};
    ProductService service{catalog, staff.access, staff.audit, clock};
    Rig() { staff.loginAs(QStringLiteral("wangwu")); }
};

} // namespace

class TestProductService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aCompleteRecordIsValid() { QCOMPARE(validateProduct(amoxicillin()).size(), 0); }

    void aCashierCannotEditTheMaster()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("zhangsan"));
        Result<ProductSaveOutcome> saved = r.service.add(amoxicillin());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(saved.error().ruleId, QStringLiteral("STAFF-ROLES"));
        QCOMPARE(r.catalog.productCount(), 0);
        QCOMPARE(r.staff.audit.count(AuditAction::PermissionRefused), 1);
    }

    // Each bad field is refused by its name (the form marks the field the problem names).
    void badFieldsAreNamed_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("named");
        auto row = [](const char* name, ProductField f, const char* named) {
            QTest::newRow(name) << static_cast<int>(f) << QString::fromUtf8(named);
        };
        row("code empty", ProductField::Code, "商品编码");
        row("generic name empty", ProductField::GenericName, "通用名");
        row("manufacturer empty", ProductField::Manufacturer, "生产厂商");
        row("herbal origin empty", ProductField::Manufacturer, "产地");
        row("dosage form empty", ProductField::DosageForm, "剂型");
        row("spec empty", ProductField::Spec, "规格");
        row("INV-FIELDS approval number empty", ProductField::ApprovalNo, "批准文号");
        row("insurance code malformed", ProductField::InsuranceCode, "医保药品编码");
        row("PRICE-CEILING hard ceiling missing", ProductField::Ceiling, "价格上限");
        row("GTIN check digit", ProductField::Gtin, "GTIN");
        row("drug standard code shape", ProductField::DrugStdCode, "药品本位码");
        row("trace prefix shape", ProductField::TracePrefix, "追溯码前缀");
        row("storage empty", ProductField::Storage, "储存条件");
        row("unit empty", ProductField::Unit, "包装单位");
        row("strips per box zero", ProductField::StripsPerBox, "每盒板数");
        row("price zero", ProductField::Price, "整盒售价");
        row("piece price negative", ProductField::PiecePrice, "每片售价");
    }
    void badFieldsAreNamed()
    {
        QFETCH(int, field);
        QFETCH(QString, named);
        Product p = amoxicillin();
        switch (static_cast<ProductField>(field)) {
        case ProductField::Code: p.code.clear(); break;
        case ProductField::GenericName: p.genericName = QStringLiteral("  "); break;
        case ProductField::Manufacturer:
            p.manufacturer.clear();
            if (named == QStringLiteral("产地")) {
                p.drugType = DrugType::HerbalPieces;
                p.approvalNo.clear(); // 中药饮片 have none: not a problem
                p.insuranceCode = QStringLiteral("T001700643");
            }
            break;
        case ProductField::DosageForm: p.dosageForm.clear(); break;
        case ProductField::Spec: p.spec.clear(); break;
        case ProductField::ApprovalNo: p.approvalNo.clear(); break;
        case ProductField::InsuranceCode: p.insuranceCode = QStringLiteral("XJ01"); break;
        case ProductField::Ceiling: p.ceiling = Money(); break;
        case ProductField::Gtin:
            p.gtin.back() = QChar(u'0' + (p.gtin.back().digitValue() + 1) % 10);
            break;
        case ProductField::DrugStdCode: p.drugStdCode = QStringLiteral("6901234567892"); break;
        case ProductField::TracePrefix: p.tracePrefix = QStringLiteral("123"); break;
        case ProductField::Storage: p.storage.clear(); break;
        case ProductField::Unit: p.unit.clear(); break;
        case ProductField::StripsPerBox: p.stripsPerBox = 0; break;
        case ProductField::Price: p.price = Money(); break;
        case ProductField::PiecePrice: p.piecePrice = Money::fromFen(-1); break;
        default: QFAIL("no mutation for this field");
        }
        const QList<FieldProblem> problems = validateProduct(p);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(static_cast<int>(problems.first().field), field);
        QVERIFY2(problems.first().message.contains(named), qPrintable(problems.first().message));

        Rig r;
        Result<ProductSaveOutcome> saved = r.service.add(p);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(named), qPrintable(saved.error().message));
        QCOMPARE(r.catalog.productCount(), 0);
    }

    void everyBadFieldIsListed()
    {
        Product p = amoxicillin();
        p.genericName.clear();
        p.spec.clear();
        p.price = Money();
        Rig r;
        Result<ProductSaveOutcome> saved = r.service.add(p);
        QVERIFY(!saved);
        for (const char* f : {"通用名", "规格", "整盒售价"})
            QVERIFY2(saved.error().message.contains(QString::fromUtf8(f)),
                     qPrintable(saved.error().message));
    }

    void priceCeilingRefusesAndIsAudited_data()
    {
        QTest::addColumn<qint64>("boxFen");
        QTest::addColumn<qint64>("pieceFen");
        QTest::newRow("PRICE-CEILING box above the 集采 price") << qint64(1501) << qint64(0);
        QTest::newRow("PRICE-CEILING pieces add up above it")
            << qint64(1280) << qint64(63); // 24 × 0.63 = 15.12
    }
    void priceCeilingRefusesAndIsAudited()
    {
        QFETCH(qint64, boxFen);
        QFETCH(qint64, pieceFen);
        Rig r;
        Product p = amoxicillin();
        p.price = Money::fromFen(boxFen);
        p.piecePrice = Money::fromFen(pieceFen);
        Result<ProductSaveOutcome> saved = r.service.add(p);
        QVERIFY(!saved);
        QCOMPARE(saved.error().ruleId, QStringLiteral("PRICE-CEILING"));
        QCOMPARE(r.catalog.productCount(), 0);
        QCOMPARE(r.staff.audit.of(AuditAction::RuleRefused).size(), 1);
        QCOMPARE(r.staff.audit.of(AuditAction::PriceChanged).size(), 0);
    }

    void aSoftReferenceOnlyWarns()
    {
        Rig r;
        Product p = amoxicillin();
        p.category = InsuranceCategory::Listed;
        p.price = Money::fromFen(1600);
        Result<ProductSaveOutcome> saved = r.service.add(p);
        QVERIFY(saved);
        QCOMPARE(saved->warnings.size(), 1);
        QVERIFY(saved->warnings.first().startsWith(QStringLiteral("PRICE-CEILING")));
    }

    void everyPriceChangeIsAuditedWithOldNewAndWho()
    {
        Rig r;
        Result<ProductSaveOutcome> added = r.service.add(amoxicillin());
        QVERIFY(added);
        QCOMPARE(r.staff.audit.of(AuditAction::PriceChanged).size(),
                 4); // box, strip, piece, ceiling: new
        r.staff.audit.events.clear();

        Product p = added->product;
        p.price = Money::fromFen(1350);
        p.piecePrice = Money::fromFen(58);
        p.spec = QStringLiteral("0.25g*24粒 "); // a non-price change beside them
        Result<ProductSaveOutcome> updated = r.service.update(p);
        QVERIFY(updated);
        const QList<AuditEvent> prices = r.staff.audit.of(AuditAction::PriceChanged);
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).actor, QStringLiteral("wangwu"));
        QVERIFY2(prices.at(0).detail.contains(QStringLiteral("整盒售价 ¥12.80 → ¥13.50")),
                 qPrintable(prices.at(0).detail));
        QVERIFY(prices.at(0).detail.contains(QStringLiteral("王五")));
        QVERIFY2(prices.at(1).detail.contains(QStringLiteral("¥0.60 → ¥0.58")),
                 qPrintable(prices.at(1).detail));
        QVERIFY(prices.at(1).target.startsWith(QStringLiteral("P00001")));
        QCOMPARE(r.staff.audit.of(AuditAction::ConfigurationChanged).size(), 1);
        QVERIFY(r.staff.audit.of(AuditAction::ConfigurationChanged)
                    .first()
                    .detail.contains(QStringLiteral("规格")));
        QCOMPARE(r.catalog.findByCode(QStringLiteral("P00001"))->price, Money::fromFen(1350));
        QCOMPARE(updated->priceChanges.size(), 2);

        r.staff.audit.events.clear();
        QVERIFY(r.service.update(p)); // nothing changed: nothing audited
        QCOMPARE(r.staff.audit.events.size(), 0);
    }

    void codesBelongToOneProduct()
    {
        Rig r;
        QVERIFY(r.service.add(amoxicillin()));
        Result<ProductSaveOutcome> again = r.service.add(amoxicillin());
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("商品编码")));

        Product other = amoxicillin();
        other.code = QStringLiteral("P00077");
        Result<ProductSaveOutcome> stolen = r.service.add(other); // same GTIN
        QVERIFY(!stolen);
        QVERIFY(stolen.error().message.contains(other.gtin));

        Product renamed = *r.catalog.findByCode(QStringLiteral("P00001"));
        renamed.code = QStringLiteral("P00002");
        QVERIFY(!r.service.update(renamed)); // the code is the key
        QCOMPARE(r.catalog.productCount(), 1);
    }

    void findListsOrSearches()
    {
        Rig r;
        QVERIFY(r.service.add(amoxicillin()));
        QCOMPARE(r.service.find(QString(), 10).size(), 1);
        QCOMPARE(r.service.find(QStringLiteral("阿莫"), 10).size(), 1);
        QCOMPARE(r.service.find(QStringLiteral("布洛芬"), 10).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProductService)
#include "tst_productservice.moc"
