#include "app/core/inventory/inventory.h"
#include "app/core/inventory/ledgerreport.h"
#include "app/core/inventory/pricing.h"
#include "app/core/inventory/purchaseimport.h"
#include "app/core/inventory/receiving.h"
#include "app/core/sale.h"
#include "tests/fakes/fakes.h"
#include "tests/support/builders.h"

#include <QTest>

using namespace pos;

namespace {

const QDate kToday(2026, 11, 23);

BatchStock stock(qint64 id, const char* no, QDate expiry, qint64 pieces, bool quarantined = false)
{
    Batch b;
    b.id = id;
    b.batchNo = QString::fromLatin1(no);
    b.expiryDate = expiry;
    b.quarantined = quarantined;
    return BatchStock{b, pieces};
}

Product amoxicillin()
{
    return testsupport::splitPackProduct();
}

/// Two boxes of batch 2510021, every INV-FIELDS field filled.
PurchaseLine goodLine()
{
    return testsupport::purchaseLine(
        amoxicillin(), QStringLiteral("2510021"), QDate(2027, 9, 30),
        {QStringLiteral("81234560000000010001"), QStringLiteral("81234560000000020002")});
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // INV-EXPIRY / INV-AVAIL: first expiry first out; expired and quarantined never sold.
    void fefo_data()
    {
        QTest::addColumn<qint64>("pieces");
        QTest::addColumn<QString>("expected"); // "batch:pieces …" or "INV-AVAIL"
        QTest::newRow("INV-EXPIRY earliest expiry first") << qint64(5) << "B2:5";
        QTest::newRow("INV-EXPIRY spills into the next batch") << qint64(12) << "B2:10 B1:2";
        QTest::newRow("INV-EXPIRY all sellable") << qint64(30) << "B2:10 B1:20";
        QTest::newRow("INV-AVAIL expired and quarantined do not count")
            << qint64(31) << "INV-AVAIL";
    }
    void fefo()
    {
        QFETCH(qint64, pieces);
        QFETCH(QString, expected);
        const QList<BatchStock> batches{
            stock(1, "B1", QDate(2027, 6, 30), 20), stock(2, "B2", QDate(2026, 12, 31), 10),
            stock(3, "EXPIRED", QDate(2026, 11, 22), 50),          // expired yesterday
            stock(4, "QUARANTINE", QDate(2026, 11, 25), 50, true), // earliest, but quarantined
        };
        Result<QList<Allocation>> r =
            allocateFefo(batches, pieces, kToday, QStringLiteral("阿莫西林胶囊"));
        if (expected == QStringLiteral("INV-AVAIL")) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().ruleId, QStringLiteral("INV-AVAIL"));
            QVERIFY(r.error().message.contains(QStringLiteral("可售 30")));
            QVERIFY(r.error().message.contains(QStringLiteral("100 已过期或待验")));
            return;
        }
        QVERIFY(r.ok());
        QStringList got;
        for (const Allocation& a : *r)
            got << a.batchNo + u':' + QString::number(a.pieces);
        QCOMPARE(got.join(u' '), expected);
    }

    void expiryDayIsStillSellable()
    {
        QVERIFY(isSellable(stock(1, "B", kToday, 1).batch, kToday));
        QVERIFY(!isSellable(stock(1, "B", kToday.addDays(-1), 1).batch, kToday));
    }

    // The stock screen's colouring and counts (issue 13: counted per expiry day, not per batch).
    void expiryState_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<bool>("quarantined");
        QTest::addColumn<int>("state");
        const int normal = int(ExpiryState::Normal), near = int(ExpiryState::NearExpiry),
                  unsellable = int(ExpiryState::Unsellable);
        QTest::newRow("INV-AVAIL expired yesterday") << -1 << false << unsellable;
        QTest::newRow("INV-EXPIRY the last day is near") << 0 << false << near;
        QTest::newRow("INV-EXPIRY 180 days is near") << 180 << false << near;
        QTest::newRow("INV-EXPIRY 181 days is normal") << 181 << false << normal;
        QTest::newRow("INV-AVAIL quarantined") << 400 << true << unsellable;
    }
    void expiryState()
    {
        QFETCH(int, daysLeft);
        QFETCH(bool, quarantined);
        QFETCH(int, state);
        const Batch b = stock(1, "B", kToday.addDays(daysLeft), 1, quarantined).batch;
        QCOMPARE(int(pos::expiryState(b, kToday, 180)), state);
    }
    void summariseStockCountsEveryGroup()
    {
        const StockSummary s = summariseStock({{kToday.addDays(-3), false, 4},
                                               {kToday, false, 2},
                                               {kToday.addDays(90), true, 1},
                                               {kToday.addDays(90), false, 7},
                                               {kToday.addDays(500), false, 30}},
                                              kToday, 180);
        QCOMPARE(s.batches, 44);
        QCOMPARE(s.unsellable, 5);
        QCOMPARE(s.nearExpiry, 9);
    }

    // INV-FIELDS: every missing field refused by its name.
    void receivingFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mention");
        QTest::newRow("INV-FIELDS 通用名称") << "genericName"
                                             << "通用名称";
        QTest::newRow("INV-FIELDS 生产厂商") << "manufacturer"
                                             << "生产厂商";
        QTest::newRow("INV-FIELDS 剂型") << "dosageForm"
                                         << "剂型";
        QTest::newRow("INV-FIELDS 规格") << "spec"
                                         << "规格";
        QTest::newRow("INV-FIELDS 批号") << "batchNo"
                                         << "批号";
        QTest::newRow("INV-FIELDS 生产日期") << "productionDate"
                                             << "生产日期";
        QTest::newRow("INV-FIELDS 有效期") << "expiryDate"
                                           << "有效期";
        QTest::newRow("INV-FIELDS 批准文号") << "approvalNo"
                                             << "批准文号";
        QTest::newRow("INV-FIELDS 数量") << "boxes"
                                         << "数量";
        QTest::newRow("INV-FIELDS 医保药品编码") << "insuranceCode"
                                                 << "医保药品编码";
        QTest::newRow("INV-FIELDS 药品追溯码") << "traceCodes"
                                               << "药品追溯码";
    }
    void receivingFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, mention);
        PurchaseLine l = goodLine();
        if (field == QStringLiteral("genericName"))
            l.genericName.clear();
        else if (field == QStringLiteral("manufacturer"))
            l.manufacturer.clear();
        else if (field == QStringLiteral("dosageForm"))
            l.dosageForm.clear();
        else if (field == QStringLiteral("spec"))
            l.spec.clear();
        else if (field == QStringLiteral("batchNo"))
            l.batchNo.clear();
        else if (field == QStringLiteral("productionDate"))
            l.productionDate = QDate();
        else if (field == QStringLiteral("expiryDate"))
            l.expiryDate = QDate();
        else if (field == QStringLiteral("approvalNo"))
            l.approvalNo.clear();
        else if (field == QStringLiteral("boxes"))
            l.boxes = 0;
        else if (field == QStringLiteral("insuranceCode"))
            l.insuranceCode.clear();
        else if (field == QStringLiteral("traceCodes"))
            l.traceCodes.clear();
        Result<ReceivingCheck> r = checkPurchaseLine(l, amoxicillin(), kToday, 180);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().ruleId, QStringLiteral("INV-FIELDS"));
        QVERIFY2(r.error().message.contains(mention), qPrintable(r.error().message));
    }

    void receivingChecks()
    {
        QVERIFY(checkPurchaseLine(goodLine(), amoxicillin(), kToday, 180).ok());
        QVERIFY(checkPurchaseLine(goodLine(), amoxicillin(), kToday, 180)->warnings.isEmpty());

        PurchaseLine near = goodLine();
        near.expiryDate = kToday.addDays(90);
        Result<ReceivingCheck> warned = checkPurchaseLine(near, amoxicillin(), kToday, 180);
        QVERIFY(warned.ok());
        QCOMPARE(warned->warnings.size(), 1);
        QVERIFY(warned->warnings.first().contains(QStringLiteral("近效期")));

        PurchaseLine expired = goodLine();
        expired.expiryDate = kToday.addDays(-1);
        QCOMPARE(checkPurchaseLine(expired, amoxicillin(), kToday, 180).error().ruleId,
                 QStringLiteral("INV-EXPIRY"));

        PurchaseLine codes = goodLine();
        codes.traceCodes.removeLast();
        QCOMPARE(checkPurchaseLine(codes, amoxicillin(), kToday, 180).error().ruleId,
                 QStringLiteral("INV-TRACE"));
        codes = goodLine();
        codes.traceCodes[1] = codes.traceCodes[0];
        QCOMPARE(checkPurchaseLine(codes, amoxicillin(), kToday, 180).error().ruleId,
                 QStringLiteral("INV-TRACE"));
        codes = goodLine();
        codes.traceCodes[1] = QStringLiteral("61234560000000020002"); // not a leading 8
        QCOMPARE(checkPurchaseLine(codes, amoxicillin(), kToday, 180).error().ruleId,
                 QStringLiteral("INV-TRACE"));

        // 中药饮片: origin instead of manufacturer, no approval number.
        Product herb = amoxicillin();
        herb.drugType = DrugType::HerbalPieces;
        PurchaseLine h = goodLine();
        h.approvalNo.clear();
        QVERIFY(checkPurchaseLine(h, herb, kToday, 180).ok());
        h.manufacturer.clear();
        QVERIFY(checkPurchaseLine(h, herb, kToday, 180)
                    .error()
                    .message.contains(QStringLiteral("产地")));

        PurchaseLine wrongCode = goodLine();
        wrongCode.insuranceCode = QStringLiteral("XJ01CAA040E001010109999");
        QVERIFY(!checkPurchaseLine(wrongCode, amoxicillin(), kToday, 180).ok());
    }

    // RX-ONLY at receiving: a delivery note's 处方类别, where given, must be the master's.
    void deliveryNoteRxClassMustMatchTheMaster()
    {
        Product master = amoxicillin();
        master.rxClass = RxClass::OtcA; // the master says OTC…
        PurchaseLine l = goodLine();
        l.rxClass = RxClass::Prescription; // …the supplier ships it as prescription-only
        Result<ReceivingCheck> r = checkPurchaseLine(l, master, kToday, 180);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().ruleId, QStringLiteral("RX-ONLY"));
        QVERIFY(r.error().message.contains(QStringLiteral("处方药")));
        QVERIFY(r.error().message.contains(QStringLiteral("甲类OTC")));
        l.rxClass = RxClass::OtcA;
        QVERIFY(checkPurchaseLine(l, master, kToday, 180).ok());
        l.rxClass.reset(); // not stated: nothing to compare
        QVERIFY(checkPurchaseLine(l, master, kToday, 180).ok());
    }

    void deliveryNoteRxClassColumn_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("rxClass"); // 0: refused as unreadable
        QTest::newRow("处方药") << QStringLiteral("处方药") << int(RxClass::Prescription);
        QTest::newRow("甲类OTC") << QStringLiteral("甲类OTC") << int(RxClass::OtcA);
        QTest::newRow("乙类非处方药") << QStringLiteral("乙类非处方药") << int(RxClass::OtcB);
        QTest::newRow("OTC-A") << QStringLiteral("OTC-A") << int(RxClass::OtcA);
        QTest::newRow("unreadable") << QStringLiteral("保健品") << 0;
    }
    void deliveryNoteRxClassColumn()
    {
        QFETCH(QString, cell);
        QFETCH(int, rxClass);
        const QByteArray csv = "供货单位,购进日期,商品编码,数量,价格,处方类别\n"
                               "南华医药,2026-11-20,P00001,2,9.00,"
                               + cell.toUtf8() + "\n";
        Result<PurchaseImport> r = purchaseFromRows(parseCsv(csv), QStringLiteral("test"));
        QVERIFY(r.ok());
        if (rxClass == 0) {
            QCOMPARE(r->problems.size(), 1);
            QVERIFY(r->problems.at(0).message.contains(cell));
            return;
        }
        QCOMPARE(r->document.lines.size(), 1);
        QCOMPARE(r->document.lines.at(0).rxClass, std::optional<RxClass>(RxClass(rxClass)));
    }

    // 拆零: 6 pieces from a box of 24.
    void splitPack()
    {
        Cart cart;
        const Product p = amoxicillin();
        QVERIFY(cart.addOne(p).ok());
        QCOMPARE(cart.lines().at(0).pieces(), 24);
        QVERIFY(cart.setUnit(0, SaleUnit::Piece).ok());
        QVERIFY(cart.setQuantity(0, 6).ok());
        QCOMPARE(cart.lines().at(0).pieces(), 6);
        QCOMPARE(cart.lines().at(0).unitName(), QStringLiteral("粒"));
        QCOMPARE(cart.total(), Money::fromFen(360));
        QVERIFY(cart.setUnit(0, SaleUnit::Strip).ok());
        QCOMPARE(cart.lines().at(0).pieces(), 72);
        QCOMPARE(cart.lines().at(0).unitName(), QStringLiteral("板"));
        Product whole = p;
        whole.piecePrice = Money();
        Cart c2;
        QVERIFY(c2.addOne(whole).ok());
        QVERIFY(!c2.setUnit(0, SaleUnit::Piece).ok()); // no split price: not sold split
    }

    void priceCeiling_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("piecePrice");
        QTest::addColumn<QString>("outcome"); // ok | warn | refuse
        // Ceiling 12.80 per box of 24 pieces.
        QTest::newRow("PRICE-CEILING 国谈 at the standard")
            << int(InsuranceCategory::Negotiated) << qint64(1280) << qint64(0) << "ok";
        QTest::newRow("PRICE-CEILING 国谈 one fen above")
            << int(InsuranceCategory::Negotiated) << qint64(1281) << qint64(0) << "refuse";
        QTest::newRow("PRICE-CEILING 集采 above")
            << int(InsuranceCategory::VolumeProcurement) << qint64(1300) << qint64(0) << "refuse";
        QTest::newRow("PRICE-CEILING 集采 split pieces add up above")
            << int(InsuranceCategory::VolumeProcurement) << qint64(1200) << qint64(60) << "refuse";
        QTest::newRow("PRICE-CEILING 集采 split pieces within")
            << int(InsuranceCategory::VolumeProcurement) << qint64(1200) << qint64(53) << "ok";
        QTest::newRow("PRICE-CEILING 挂网 above warns")
            << int(InsuranceCategory::Listed) << qint64(1400) << qint64(0) << "warn";
        QTest::newRow("PRICE-CEILING 非医保 no ceiling")
            << int(InsuranceCategory::NotCovered) << qint64(99999) << qint64(0) << "ok";
    }
    void priceCeiling()
    {
        QFETCH(int, category);
        QFETCH(qint64, price);
        QFETCH(qint64, piecePrice);
        QFETCH(QString, outcome);
        Product p = amoxicillin();
        p.category = static_cast<InsuranceCategory>(category);
        p.price = Money::fromFen(price);
        p.stripPrice = Money();
        p.piecePrice = Money::fromFen(piecePrice);
        p.ceiling = p.category == InsuranceCategory::NotCovered ? Money() : Money::fromFen(1280);
        Result<QStringList> r = checkPriceCeiling(p);
        if (outcome == QStringLiteral("refuse")) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().ruleId, QStringLiteral("PRICE-CEILING"));
        } else {
            QVERIFY(r.ok());
            QCOMPARE(r->isEmpty(), outcome == QStringLiteral("ok"));
        }
    }

    void csvParsing()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n3,,\n";
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("x,1"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("say \"hi\""));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("two\nlines"));
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("3"), QString(), QString()}));
    }

    void purchaseCsvReportsUnreadableRows()
    {
        const QByteArray csv =
            "供货单位,购进日期,商品编码,通用名称,生产厂商,剂型,规格,批号,生产日期,有效期,批准文号,医保药品编码,数量,价格,追溯码\n"
            "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,0.25g*24粒,251002,2025-10-02,2027-09-30,国药准字H44021351,XJ01CAA040E001010101483,2,9.00,81234560000000010001;81234560000000020002\n"
            "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,0.25g*24粒,251003,2025-13-02,2027-09-30,国药准字H44021351,XJ01CAA040E001010101483,x,9.00,\n";
        Result<PurchaseImport> r = purchaseFromRows(parseCsv(csv), QStringLiteral("test"));
        QVERIFY(r.ok());
        QCOMPARE(r->document.supplier, QStringLiteral("南华医药"));
        QCOMPARE(r->document.purchaseDate, QDate(2026, 11, 20));
        QCOMPARE(r->document.lines.size(), 1);
        QCOMPARE(r->document.lines.at(0).traceCodes.size(), 2);
        QCOMPARE(r->document.lines.at(0).price, Money::fromFen(900));
        QCOMPARE(r->fileLines, QList<int>{2});
        QCOMPARE(r->problems.size(), 1);
        QCOMPARE(r->problems.at(0).line, 3);
        QVERIFY(r->problems.at(0).message.contains(QStringLiteral("生产日期")));
        QVERIFY(r->problems.at(0).message.contains(QStringLiteral("数量")));
    }

    // A spreadsheet's rows: a title above the headers, rows left out, short (sparse) rows, blank
    // rows of empty cells. Lines are the sheet's row numbers.
    void purchaseRowsFromASpreadsheet()
    {
        const auto row = [](const char* csvLine) { return parseCsv(QByteArray(csvLine)).value(0); };
        const QList<QStringList> rows{
            row("南华医药 销售出库单,,,,"),
            row("商品编码,供货单位,购进日期,数量,价格,批号"),
            row("P00001,南华医药,2026-11-20,2,9.6,251002"),
            {},
            row(",,,,,"),
            row("P00002,南华医药,2026-11-20,,1"), // no boxes, no batch: cells left out
            row("P00003,北方医药,2026-11-20,1,1.00,251003"),
        };
        Result<PurchaseImport> r = purchaseFromRows(rows, QStringLiteral("sheet"));
        QVERIFY(r.ok());
        QCOMPARE(r->fileLines, (QList<int>{3, 6}));
        QCOMPARE(r->document.lines.at(0).price, Money::fromFen(960));
        QCOMPARE(r->document.lines.at(1).boxes, 0);
        QVERIFY(r->document.lines.at(1).batchNo.isEmpty());
        QCOMPARE(r->problems.size(), 1);
        QCOMPARE(r->problems.at(0).line, 7);
        QCOMPARE(r->problems.at(0).message,
                 QStringLiteral("供货单位或购进日期与第 3 行不同：一个文件只能是一张到货单"));

        QVERIFY(
            !purchaseFromRows({{}, row("供货单位,购进日期,商品编码"), row(",,")}, QString()).ok());
        Result<PurchaseImport> noCode =
            purchaseFromRows({row("供货单位,购进日期"), row("南华医药,2026-11-20")}, QString());
        QVERIFY(!noCode.ok());
        QCOMPARE(noCode.error().ruleId, QStringLiteral("INV-FIELDS"));
    }

    // INV-LEDGER: opening + in − out = closing, said in the footer.
    void ledgerCsvReconciles()
    {
        LedgerRow ok;
        ok.productCode = QStringLiteral("P00001");
        ok.productName = QStringLiteral("阿莫西林胶囊, 0.25g"); // a comma that must be quoted
        ok.batchNo = QStringLiteral("B1");
        ok.opening = 48;
        ok.moved[MovementKind::Purchase] = 24;
        ok.moved[MovementKind::Sale] = -30;
        ok.closing = 42;
        QVERIFY(ok.reconciles());
        QByteArray csv =
            ledgerCsv({ok}, QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("测试药房"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(QStringLiteral("\"阿莫西林胶囊, 0.25g\"")));
        QVERIFY(text.contains(QStringLiteral("全部 1 行 期初 + 入库 − 出库 = 期末")));
        LedgerRow bad = ok;
        bad.closing = 41;
        QVERIFY(!bad.reconciles());
        text = QString::fromUtf8(
            ledgerCsv({ok, bad}, QDate(2026, 11, 1), QDate(2026, 11, 30), QString()));
        QVERIFY(text.contains(QStringLiteral("1 行不平")));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
