// DATA-TRACE on a real database: from a box's traceability code to its receiving, each sale with
// its prescription and approving pharmacist, its return; from a batch number to every box of it
// and where each went. Through the core's TraceService: who may ask, what is audited, what a bad
// or unknown code says.

#include "app/core/inventory/boxtrace.h"
#include "storage/database.h"
#include "storage/sqlprescriptionrepository.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqltracequery.h"
#include "tests/core/rxtestdata.h"
#include "tests/fakes/fakes.h"
#include "tests/storage/ledgerhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pos;
using namespace Qt::StringLiterals;
using namespace pos::storage;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(9, 0));

/// Two products received with codes 8…01–05 (product 1, batch BP00001) and 8…06–10 (product 2),
/// one box of product 1 sold under an approved prescription, returned, then sold again.
struct TraceStore
{
    TraceStore()
    {
        db = Database::open(QStringLiteral(":memory:")).value();
        SqlProductCatalog catalog(*db);
        if (!catalog
                 .upsert({fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1580),
                          fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊"), 2250)})
                 .ok())
            qFatal("catalog");
        int serial = 0;
        purchaseDoc =
            storagetest::receiveBoxes(
                *db, catalog, {QStringLiteral("P00001"), QStringLiteral("P00002")}, 5, serial, kAt)
                .value();
        product1 = *catalog.findByCode(QStringLiteral("P00001"));
        SqlPrescriptionRepository rx(*db, storagetest::testCipher());
        prescription = rxtest::prescription();
        if (!rx.save(prescription).ok())
            qFatal("prescription");
        if (!rx.addReview(rxtest::approval(prescription, kAt.addSecs(1800)), {}).ok())
            qFatal("review");
    }
    CompletedSale sale(const QString& code, const QDateTime& at, const QString& rxNo = {})
    {
        CompletedSale s = storagetest::boxSale(product1, {code}, at);
        s.rxNo = rxNo;
        return s;
    }

    std::unique_ptr<Database> db;
    QString purchaseDoc;
    Product product1;
    Prescription prescription;
};

const QString kBox1 = QStringLiteral("80000000000000000001");

} // namespace

class TestSqlTraceQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The inspector's "show me this box": receiving, the sale with its prescription and the
    // pharmacist who approved it, the return, the sale after it — in order, nothing personal.
    void boxThroughReceivingSaleReturnAndResale()
    {
        TraceStore s;
        const CompletedSale first =
            storagetest::recordSale(*s.db, s.sale(kBox1, kAt.addSecs(3600), s.prescription.rxNo))
                .value();
        const QString returnNo =
            storagetest::returnSale(*s.db, first.saleNo, QStringLiteral("王五"),
                                    QStringLiteral("顾客退货"), kAt.addSecs(7200))
                .value();
        const CompletedSale second =
            storagetest::recordSale(*s.db, s.sale(kBox1, kAt.addSecs(9000))).value();

        SqlTraceQuery query(*s.db);
        const std::optional<BoxTrace> t = query.traceBox(kBox1).value();
        QVERIFY(t);
        QCOMPARE(t->productId, s.product1.id);
        QCOMPARE(t->productName, QStringLiteral("阿莫西林胶囊"));
        QCOMPARE(t->batchNo, QStringLiteral("BP00001"));
        QCOMPARE(t->expiryDate, QDate(2028, 1, 1));
        QVERIFY(t->received);
        QCOMPARE(t->purchaseDoc, s.purchaseDoc);
        QCOMPARE(t->supplier, QStringLiteral("测试供货商"));
        QCOMPARE(t->receivedBy, QStringLiteral("王五"));
        QCOMPARE(t->purchasePrice, Money::fromFen(900)); // the builder's 9.00 a box
        QCOMPARE(t->packUnit, s.product1.unit);
        QCOMPARE(t->sales.size(), 2);
        const BoxSale& a = t->sales.at(0);
        QCOMPARE(a.saleNo, first.saleNo);
        QCOMPARE(a.soldAt, kAt.addSecs(3600));
        QCOMPARE(a.operatorName, QStringLiteral("张三"));
        QCOMPARE(a.unitPrice, Money::fromFen(1580));
        QCOMPARE(a.rxNo, s.prescription.rxNo);
        QCOMPARE(a.pharmacist, QStringLiteral("李四"));
        QCOMPARE(a.licenceNo, QStringLiteral("36201801234567"));
        QCOMPARE(a.reviewedAt, kAt.addSecs(1800));
        QCOMPARE(a.returnNo, returnNo);
        QCOMPARE(a.returnedAt, kAt.addSecs(7200));
        QCOMPARE(a.returnReason, QStringLiteral("顾客退货"));
        const BoxSale& b = t->sales.at(1);
        QCOMPARE(b.saleNo, second.saleNo);
        QVERIFY(!b.returned());
        QVERIFY(b.rxNo.isEmpty());
        QVERIFY(b.pharmacist.isEmpty());
        QCOMPARE(t->stateText(), QStringLiteral("已售（%1）").arg(second.saleNo));

        // The JSON an inspector's script reads, and the lines a terminal shows.
        const QJsonObject j = t->toJson();
        QCOMPARE(j.value(QStringLiteral("state")).toString(), QStringLiteral("sold"));
        QCOMPARE(j.value(QStringLiteral("receiving"))
                     .toObject()
                     .value(QStringLiteral("price_per_pack"))
                     .toString(),
                 QStringLiteral("9.00"));
        const QJsonArray sales = j.value(QStringLiteral("sales")).toArray();
        QCOMPARE(sales.size(), 2);
        QCOMPARE(sales.at(0)
                     .toObject()
                     .value(QStringLiteral("review"))
                     .toObject()
                     .value(QStringLiteral("pharmacist"))
                     .toString(),
                 QStringLiteral("李四"));
        QCOMPARE(sales.at(0)
                     .toObject()
                     .value(QStringLiteral("return"))
                     .toObject()
                     .value(QStringLiteral("return_no"))
                     .toString(),
                 returnNo);
        const QString text = t->toLines().join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("李四（执业药师 36201801234567）")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("退货：")));
        QVERIFY(text.contains(s.purchaseDoc));
        // Nothing personal of the patient: the prescription's patient name is not in it.
        QVERIFY(!text.contains(s.prescription.patient.name));
        QVERIFY(
            !QString::fromUtf8(QJsonDocument(j).toJson()).contains(s.prescription.patient.name));
    }

    // The same question for a box paid by insurance: the sale names the settlement that paid
    // for it (the platform's id, the fund / account / cash split, its state — an abandoned
    // attempt before it is not the one) and the sealed archive records holding the slip, the
    // signature, the face and the clip, in an inspector's reading order; a sale settled but not
    // yet sealed says so. The settlement and archive rows are written as their stores write them
    // (their encrypted columns are not read by the trace).
    void insuredBoxLeadsToSettlementAndArchive()
    {
        TraceStore s;
        const CompletedSale sale =
            storagetest::recordSale(*s.db, s.sale(kBox1, kAt.addSecs(3600), s.prescription.rxNo))
                .value();
        QSqlQuery q(s.db->connection());
        const auto exec = [&q](const QString& sql, const QVariantList& values) {
            QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        const QString settlement =
            u"INSERT INTO insured_settlement (settlement_no, state, rx_no, sale_no, setl_id, "
            u"medfee_fen, fund_fen, acct_fen, cash_fen, settled_at, created_at, updated_at, "
            u"record_enc) VALUES (?, ?, ?, ?, ?, 3160, ?, ?, ?, ?, '2026-11-23 10:00:00.000', "
            u"'2026-11-23 10:00:00.000', x'00')"_s;
        exec(settlement, {u"JS202611230001"_s, u"abandoned"_s, s.prescription.rxNo, u""_s, u""_s, 0,
                          0, 0, u""_s});
        exec(settlement, {u"JS202611230002"_s, u"signed"_s, s.prescription.rxNo, sale.saleNo,
                          u"SETL0099"_s, 2200, 500, 460, u"2026-11-23 10:00:05.000"_s});
        exec(u"INSERT INTO archive_record (seq, kind, subject, rx_no, sealed_at, hash, "
             u"prev_hash, signature, record_enc) VALUES (1, 'insured_settlement', ?, ?, "
             u"'2026-11-23 10:00:09.000', 'h1', 'h0', x'00', x'00')"_s,
             {u"JS202611230002"_s, s.prescription.rxNo});
        for (const QString& name : {u"face.jpg"_s, u"slip.txt"_s, u"clip.json"_s,
                                    u"prescription.pdf"_s, u"signature.png"_s})
            exec(u"INSERT INTO archive_document (seq, name, content_enc) VALUES (1, ?, x'00')"_s,
                 {name});

        SqlTraceQuery query(*s.db);
        std::optional<BoxTrace> t = query.traceBox(kBox1).value();
        QVERIFY(t);
        QCOMPARE(t->sales.size(), 1);
        const BoxSale& b = t->sales.at(0);
        QCOMPARE(b.settlementNo, u"JS202611230002"_s);
        QCOMPARE(b.setlId, u"SETL0099"_s);
        QCOMPARE(b.settlementState, u"signed"_s);
        QCOMPARE(b.fund, Money::fromFen(2200));
        QCOMPARE(b.account, Money::fromFen(500));
        QCOMPARE(b.cash, Money::fromFen(460));
        QCOMPARE(b.archive.size(), 1);
        QCOMPARE(b.archive.at(0).seq, 1);
        QCOMPARE(b.archive.at(0).kind, u"insured_settlement"_s);
        QCOMPARE(b.archive.at(0).documentsText(),
                 u"处方原件、结算单、患者签名、人脸图像、录像记录"_s);
        const QString text = t->toLines().join(u'\n');
        QVERIFY2(text.contains(u"医保结算 JS202611230002（平台结算号 SETL0099）"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"统筹 ¥22.00，个人账户 ¥5.00，现金 ¥4.60"_s), qPrintable(text));
        QVERIFY2(text.contains(u"档案 #1 医保结算记录，2026-11-23 10:00:09 封存：处方原件"_s),
                 qPrintable(text));
        const QJsonObject j = t->toJson().value(QStringLiteral("sales")).toArray().at(0).toObject();
        QCOMPARE(j.value(u"settlement"_s).toObject().value(u"setl_id"_s).toString(), u"SETL0099"_s);
        QCOMPARE(
            j.value(u"archive"_s).toArray().at(0).toObject().value(u"documents"_s).toArray().size(),
            5);

        // The refund's record joins the sale; a settlement with no record says it is not sealed.
        exec(u"INSERT INTO archive_record (seq, kind, subject, rx_no, sealed_at, hash, "
             u"prev_hash, signature, record_enc) VALUES (2, 'refund', 'JS202611230002', '', "
             u"'2026-11-23 11:00:00.000', 'h2', 'h1', x'00', x'00')"_s,
             {});
        t = query.traceBox(kBox1).value();
        QCOMPARE(t->sales.at(0).archive.size(), 2);
        QVERIFY(t->toLines().join(u'\n').contains(u"档案 #2 退费记录"_s));
        const QString box2 = u"80000000000000000002"_s;
        const CompletedSale unsealed =
            storagetest::recordSale(*s.db, s.sale(box2, kAt.addSecs(5000))).value();
        exec(settlement, {u"JS202611230003"_s, u"signed"_s, u""_s, unsealed.saleNo, u"SETL0100"_s,
                          100, 0, 0, u"2026-11-23 11:30:00.000"_s});
        t = query.traceBox(box2).value();
        QVERIFY(t->toLines().join(u'\n').contains(u"档案：尚未封存"_s));
    }

    // A box never received but sold (store policy "warn") says so; a code never seen is nullopt.
    void unreceivedAndUnknownCodes()
    {
        TraceStore s;
        const QString stray = QStringLiteral("80000000000000009999");
        QVERIFY(storagetest::recordSale(*s.db, s.sale(stray, kAt.addSecs(3600))).ok());
        SqlTraceQuery query(*s.db);
        const std::optional<BoxTrace> t = query.traceBox(stray).value();
        QVERIFY(t);
        QVERIFY(!t->received);
        QCOMPARE(t->sales.size(), 1);
        QVERIFY(t->toLines().join(u'\n').contains(QStringLiteral("无验收记录")));
        QVERIFY(!query.traceBox(QStringLiteral("80000000000000001234")).value());
    }

    // "Every box of this batch and where each went."
    void batchListsEveryBox()
    {
        TraceStore s;
        const CompletedSale sold =
            storagetest::recordSale(*s.db, s.sale(kBox1, kAt.addSecs(3600))).value();
        SqlTraceQuery query(*s.db);
        const QList<BatchTrace> batches = query.traceBatch(QStringLiteral("BP00001")).value();
        QCOMPARE(batches.size(), 1);
        const BatchTrace& b = batches.first();
        QCOMPARE(b.productId, s.product1.id);
        QCOMPARE(b.boxes.size(), 5);
        QCOMPARE(b.boxes.at(0).code, kBox1);
        QCOMPARE(b.boxes.at(0).saleNo, sold.saleNo);
        for (int i = 1; i < 5; ++i)
            QVERIFY(b.boxes.at(i).saleNo.isEmpty());
        QVERIFY2(b.toLines().first().contains(QStringLiteral("5 盒有追溯码，已售 1，在库 4")),
                 qPrintable(b.toLines().first()));
        QVERIFY(query.traceBatch(QStringLiteral("NOPE")).value().isEmpty());
    }

    // The service: only who may see the ledger asks, each question audited; a malformed or unknown
    // code is refused by name (DATA-TRACE).
    void serviceChecksAndAudits()
    {
        TraceStore s;
        QVERIFY(storagetest::recordSale(*s.db, s.sale(kBox1, kAt.addSecs(3600))).ok());
        ManualClock clock(kAt);
        fakes::StaffFixture staff(clock);
        SqlTraceQuery query(*s.db);
        TraceService trace(query, staff.access);

        staff.loginAs(QStringLiteral("zhangsan")); // a cashier
        Result<BoxTrace> refused = trace.box(kBox1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(staff.audit.count(AuditAction::TraceViewed), 0);

        staff.loginAs(QStringLiteral("wangwu")); // the manager
        QVERIFY(trace.box(kBox1).ok());
        QCOMPARE(staff.audit.count(AuditAction::TraceViewed), 1);
        QCOMPARE(staff.audit.of(AuditAction::TraceViewed).first().target, kBox1);
        QVERIFY(trace.batch(QStringLiteral("BP00001")).ok());
        QCOMPARE(staff.audit.count(AuditAction::TraceViewed), 2);

        Result<BoxTrace> bad = trace.box(QStringLiteral("6900000000014"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().ruleId, QStringLiteral("DATA-TRACE"));
        QVERIFY(bad.error().message.contains(QStringLiteral("20 位数字")));
        Result<BoxTrace> unknown = trace.box(QStringLiteral("80000000000000001234"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("80000000000000001234")));
        QCOMPARE(staff.audit.count(AuditAction::TraceViewed), 2); // refusals show nothing
    }
};

QTEST_GUILESS_MAIN(TestSqlTraceQuery)
#include "tst_sqltracequery.moc"
