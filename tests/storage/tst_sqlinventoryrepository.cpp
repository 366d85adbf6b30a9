#include "app/core/inventory/inventoryservice.h"
#include "app/core/sale/ledgersalerecorder.h"
#include "app/core/sale/saleworkflow.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"
#include "tests/storage/ledgerhelpers.h"
#include "tests/support/builders.h"
#include "tests/support/teststore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;

namespace {

/// The shared test store selling through the real sale workflow: manager wangwu receives
/// (TestStore::receive), cashier zhangsan sells; the split-pack product P00001 and a 非医保 P00002.
struct Rig : testsupport::TestStore
{
    SqlSaleRepository sales{*db, cipher};
    LedgerSaleRecorder recorder{ledger};
    fakes::FakePrinter printer;
    SaleWorkflow sale{catalog, recorder, sales, printer, clock, staff.access, StoreProfile{}};
    int serial = 0;

    Rig()
    {
        Product b = fakes::makeProduct(2, QStringLiteral("板蓝根颗粒"), 1280);
        b.category = InsuranceCategory::NotCovered;
        add({testsupport::splitPackProduct(1), b});
        sale.setStockLevels(&inventory);
        staff.loginAs(QStringLiteral("zhangsan"));
    }
    qint64 id(const char* code) const { return product(QString::fromLatin1(code)).id; }

    PurchaseLine line(const char* code, const QString& batchNo, int boxes, QDate expiry)
    {
        return testsupport::purchaseLine(product(QString::fromLatin1(code)), batchNo, expiry, boxes,
                                         serial);
    }
    qint64 balanceSum(qint64 productId) const
    {
        qint64 n = 0;
        for (const BatchStock& s : inventory.batchesWithStock(productId))
            n += s.pieces;
        return n;
    }
    int count(const char* sql) const { return int(scalar(QString::fromUtf8(sql))); }
};

} // namespace

class TestSqlInventoryRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receivingPostsEverythingInOneGo()
    {
        Rig r;
        Result<ReceiveOutcome> got =
            r.receive({r.line("P00001", QStringLiteral("B1"), 3, QDate(2027, 6, 30))});
        QVERIFY2(got.ok(), got.ok() ? "" : qPrintable(got.error().userText()));
        QVERIFY(got->docNo.startsWith(QStringLiteral("GJ-20261123-")));
        QCOMPARE(r.inventory.sellablePieces(r.id("P00001"), r.clock.now().date()), 72); // 3 × 24
        QCOMPARE(r.inventory.movementSum(r.id("P00001")), 72);
        QCOMPARE(r.count("SELECT COUNT(*) FROM trace_code"), 3);
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox WHERE infno = '3503'"), 1);
        // The receipt's audit entry is in the store's own trail, written in the same transaction.
        QCOMPARE(r.count("SELECT COUNT(*) FROM audit_log WHERE action = 'stock_changed' AND "
                         "target LIKE 'GJ-%'"),
                 1);
        QVERIFY(r.inventory.traceCodeKnown(QStringLiteral("80000000000000000001")));
    }

    void aCashierCannotReceive()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("zhangsan"));
        PurchaseDocument d;
        d.supplier = QStringLiteral("x");
        d.purchaseDate = r.clock.now().date();
        d.lines = {r.line("P00001", QStringLiteral("B1"), 1, QDate(2027, 6, 30))};
        Result<ReceiveOutcome> got = r.service.receive(d);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().ruleId, QStringLiteral("STAFF-ROLES"));
        QCOMPARE(r.count("SELECT COUNT(*) FROM stock_movement"), 0);
    }

    void oneBadLineReceivesNothing()
    {
        Rig r;
        PurchaseLine bad = r.line("P00002", QStringLiteral("K1"), 2, QDate(2027, 1, 1));
        bad.batchNo.clear();
        QList<LineReport> report;
        staffLogin(r);
        PurchaseDocument d;
        d.supplier = QStringLiteral("南华");
        d.purchaseDate = r.clock.now().date();
        d.lines = {r.line("P00001", QStringLiteral("B1"), 1, QDate(2027, 6, 30)), bad};
        Result<ReceiveOutcome> got = r.service.receive(d, &report);
        QVERIFY(!got.ok());
        QVERIFY(got.error().message.contains(QStringLiteral("第 2 行")));
        QVERIFY(got.error().message.contains(QStringLiteral("批号")));
        QCOMPARE(report.size(), 2);
        QVERIFY(report.at(0).accepted);
        QVERIFY(!report.at(1).accepted);
        QCOMPARE(r.count("SELECT COUNT(*) FROM stock_movement"), 0);
        QCOMPARE(r.count("SELECT COUNT(*) FROM batch"), 0);
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox"), 0);
    }

    void aBoxIsReceivedOnce()
    {
        Rig r;
        PurchaseLine first = r.line("P00001", QStringLiteral("B1"), 1, QDate(2027, 6, 30));
        QVERIFY(r.receive({first}).ok());
        PurchaseLine again = r.line("P00001", QStringLiteral("B2"), 1, QDate(2027, 6, 30));
        again.traceCodes = first.traceCodes; // the same box's code
        Result<ReceiveOutcome> got = r.receive({again});
        QVERIFY(!got.ok());
        QVERIFY(got.error().message.contains(QStringLiteral("INV-TRACE")));
    }

    // INV-EXPIRY through the real ledger: FEFO, then the expired batch is never sold.
    void salesTakeFirstExpiryFirstAndNeverExpired()
    {
        Rig r;
        QVERIFY(r.receive({r.line("P00002", QStringLiteral("LATE"), 5, QDate(2027, 12, 31)),
                           r.line("P00002", QStringLiteral("EARLY"), 2, QDate(2026, 12, 31))})
                    .ok());
        QVERIFY(r.sale.scanCode(QStringLiteral("P00002")).ok());
        QVERIFY(r.sale.setQuantity(0, 3).ok());
        QVERIFY(r.sale.payCash(Money::fromYuan(100)).ok());
        QMap<QString, qint64> left;
        for (const BatchStock& s : r.inventory.batchesWithStock(r.id("P00002")))
            left.insert(s.batch.batchNo, s.pieces);
        QCOMPARE(left.value(QStringLiteral("EARLY")), 0); // both early boxes went first
        QCOMPARE(left.value(QStringLiteral("LATE")), 4);

        // Next year the early batch (had any stock been left) and now… receive another early one
        // and let it expire: it is not sold and not counted.
        QVERIFY(r.receive({r.line("P00002", QStringLiteral("SOON"), 3, QDate(2026, 12, 1))}).ok());
        r.clock.set(QDateTime(QDate(2026, 12, 2), QTime(9, 0)));
        QCOMPARE(r.inventory.sellablePieces(r.id("P00002"), r.clock.now().date()), 4);
        QVERIFY(r.sale.scanCode(QStringLiteral("P00002")).ok());
        QVERIFY(r.sale.setQuantity(0, 4).ok());
        Result<qsizetype> fifth = r.sale.scanCode(QStringLiteral("P00002"));
        QVERIFY(!fifth.ok());
        QCOMPARE(fifth.error().ruleId, QStringLiteral("INV-AVAIL"));
        QVERIFY(r.staff.audit.count(AuditAction::RuleRefused) >= 1); // rule refusals are audited
        QCOMPARE(r.sale.cart().lines().at(0).quantity, 4); // the refused scan changed nothing
        QVERIFY(r.sale.payCash(Money::fromYuan(100)).ok());
        left.clear();
        for (const BatchStock& s : r.inventory.batchesWithStock(r.id("P00002")))
            left.insert(s.batch.batchNo, s.pieces);
        QCOMPARE(left.value(QStringLiteral("SOON")), 3); // expired stock stays, unsold
        QVERIFY(!left.contains(QStringLiteral("LATE")));
    }

    // DATA-UPLOAD: a sale that dispensed an e-prescription queues its sale-out record 7207 (the
    // prescription, each line with its batch, price and boxes' codes) with its 3505s; returning the
    // sale cancels it (7208). A paper prescription's sale queues neither.
    void ePrescriptionSaleQueuesItsSaleOutRecord()
    {
        Rig r;
        QVERIFY(r.receive({r.line("P00001", QStringLiteral("B1"), 3, QDate(2027, 6, 30))}).ok());
        const Product p = r.product(QStringLiteral("P00001"));
        auto sale = [&](const QString& code, const QString& rxNo, bool fromPlatform) {
            CompletedSale s = storagetest::boxSale(p, {code}, r.clock.now());
            s.rxNo = rxNo;
            s.platformRxNo = fromPlatform ? rxNo : QString();
            return storagetest::recordSale(*r.db, s);
        };
        Result<CompletedSale> sold =
            sale(testsupport::traceCode(1), QStringLiteral("RX3601002026112000001"), true);
        QVERIFY(sold.ok());
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox WHERE infno = '7207'"), 1);
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT doc_ref, payload, id > (SELECT max(id) FROM outbox "
                                      "WHERE infno = '3505') FROM outbox WHERE infno = '7207'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), sold->saleNo);
        QVERIFY2(q.value(2).toBool(), "7207 follows the sale's 3505s");
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                     .object()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        q.finish();
        QCOMPARE(data.value(QStringLiteral("hi_rxno")).toString(),
                 QStringLiteral("RX3601002026112000001"));
        QCOMPARE(data.value(QStringLiteral("rtal_docno")).toString(), sold->saleNo);
        const QJsonObject line = data.value(QStringLiteral("seldetail")).toArray().at(0).toObject();
        QCOMPARE(line.value(QStringLiteral("med_list_codg")).toString(), p.insuranceCode);
        QCOMPARE(line.value(QStringLiteral("manu_lotnum")).toString(), QStringLiteral("B1"));
        QCOMPARE(line.value(QStringLiteral("sel_cnt")).toString(), QStringLiteral("1"));
        QCOMPARE(line.value(QStringLiteral("pric")).toString(), p.price.toString());
        QCOMPARE(line.value(QStringLiteral("drugtracinfo"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("drug_trac_codg"))
                     .toString(),
                 testsupport::traceCode(1));

        Result<QString> returned = storagetest::returnSale(
            *r.db, sold->saleNo, QStringLiteral("王五"), QStringLiteral("顾客退货"), r.clock.now());
        QVERIFY(returned.ok());
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox WHERE infno = '7208'"), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT doc_ref, payload FROM outbox WHERE infno = '7208'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), *returned);
        const QJsonObject cancel = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("data"))
                                       .toObject();
        q.finish();
        QCOMPARE(cancel.value(QStringLiteral("hi_rxno")).toString(),
                 QStringLiteral("RX3601002026112000001"));
        QCOMPARE(cancel.value(QStringLiteral("rtal_docno")).toString(), sold->saleNo);
        QCOMPARE(cancel.value(QStringLiteral("canc_rea")).toString(), QStringLiteral("顾客退货"));

        // A paper prescription: the platform never knew it; no 7207, and its return no 7208.
        Result<CompletedSale> paper =
            sale(testsupport::traceCode(2), QStringLiteral("ZZ-PAPER-0001"), false);
        QVERIFY(paper.ok());
        QVERIFY(storagetest::returnSale(*r.db, paper->saleNo, QStringLiteral("王五"),
                                        QStringLiteral("顾客退货"), r.clock.now())
                    .ok());
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox WHERE infno = '7207'"), 1);
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox WHERE infno = '7208'"), 1);
    }

    // 拆零: selling 6 pieces from a box of 24 leaves an open box of 18.
    void splitPackLeavesAnOpenBox()
    {
        Rig r;
        QVERIFY(r.receive({r.line("P00001", QStringLiteral("B1"), 1, QDate(2027, 6, 30))}).ok());
        QVERIFY(r.sale.scanCode(QStringLiteral("P00001")).ok());
        QVERIFY(r.sale.setUnit(0, SaleUnit::Piece).ok());
        QVERIFY(r.sale.setQuantity(0, 6).ok());
        QCOMPARE(r.sale.cart().total(), Money::fromFen(360));
        Result<PaymentOutcome> paid = r.sale.payCash(Money::fromYuan(5));
        QVERIFY(paid.ok());
        QCOMPARE(r.inventory.sellablePieces(r.id("P00001"), r.clock.now().date()), 18);
        QCOMPARE(r.count("SELECT pieces FROM sale_line"), 6);
        QCOMPARE(
            r.count(
                "SELECT COUNT(*) FROM outbox WHERE infno = '3505' AND payload LIKE '%\"trdn_flag\":\"1\"%'"),
            1);
        // 25 pieces cannot be sold out of 18.
        QVERIFY(r.sale.scanCode(QStringLiteral("P00001")).ok() == false);
        QVERIFY(r.sale.cart().isEmpty());
    }

    void movementsAreAppendOnly()
    {
        Rig r;
        QVERIFY(r.receive({r.line("P00001", QStringLiteral("B1"), 1, QDate(2027, 6, 30))}).ok());
        QVERIFY(!r.db->exec(QStringLiteral("UPDATE stock_movement SET pieces = 1000")).ok());
        QVERIFY(!r.db->exec(QStringLiteral("DELETE FROM stock_movement")).ok());
        QVERIFY(!r.db->exec(QStringLiteral("DELETE FROM stock_balance")).ok());
        // A movement that would take the balance below zero is refused by the database itself.
        {
            auto tx = r.ledger.begin(PostingContext{r.clock.now(), QStringLiteral("x"), true});
            QVERIFY(tx.ok());
            QVERIFY(!(*tx)
                         ->addMovement(QStringLiteral("x"),
                                       MovementEntry{MovementKind::Loss, r.id("P00001"), 1, -25,
                                                     QStringLiteral("x")})
                         .ok());
        }
        QCOMPARE(r.balanceSum(r.id("P00001")), 24);
    }

    // INV-LEDGER property: whatever happens, each balance equals the sum of its movements, never
    // goes below zero, and the ledger reconciles.
    void randomOperationsKeepBalancesEqualToSums()
    {
        for (quint32 seed : {1u, 7u, 42u}) {
            Rig r;
            QRandomGenerator rng(seed);
            for (int op = 0; op < 120; ++op) {
                r.clock.advanceMs(qint64(rng.bounded(1, 120)) * 60'000);
                const char* code = rng.bounded(2) ? "P00001" : "P00002";
                const int what = rng.bounded(10);
                if (what < 3) {
                    (void)r.receive({r.line(code, QStringLiteral("R%1").arg(op), rng.bounded(1, 4),
                                            r.clock.now().date().addDays(rng.bounded(20, 900)))});
                } else if (what < 9) {
                    if (r.sale.scanCode(QString::fromLatin1(code)).ok()) {
                        if (rng.bounded(3) == 0
                            && r.sale.cart().lines().last().product.piecePrice.fen() > 0)
                            (void)r.sale.setUnit(r.sale.cart().size() - 1, SaleUnit::Piece);
                        (void)r.sale.setQuantity(r.sale.cart().size() - 1, rng.bounded(1, 5));
                        (void)r.sale.payCash(Money::fromYuan(1000));
                    }
                } else {
                    const QList<BatchStock> b = r.inventory.batchesWithStock(r.id(code));
                    if (!b.isEmpty()) {
                        // Straight at the store, past the core's own check: the schema refuses
                        // a balance below zero by itself.
                        auto tx = r.ledger.begin(
                            PostingContext{r.clock.now(), QStringLiteral("王五"), true});
                        if (tx
                            && (*tx)
                                   ->addMovement(QStringLiteral("BS"),
                                                 MovementEntry{MovementKind::Loss, r.id(code),
                                                               b.first().batch.id,
                                                               -qint64(rng.bounded(1, 30)),
                                                               QStringLiteral("破损")})
                                   .ok())
                            (void)(*tx)->commit();
                    }
                }
            }
            for (const char* code : {"P00001", "P00002"}) {
                QCOMPARE(r.balanceSum(r.id(code)), r.inventory.movementSum(r.id(code)));
            }
            QCOMPARE(r.count("SELECT COUNT(*) FROM stock_balance WHERE pieces < 0"), 0);
            QCOMPARE(
                r.count("SELECT COUNT(*) FROM stock_balance b WHERE b.pieces <> "
                        "(SELECT SUM(pieces) FROM stock_movement m WHERE m.batch_id = b.batch_id)"),
                0);
            const QList<LedgerRow> rows =
                r.inventory.ledger(QDate(2026, 11, 23), r.clock.now().date()).value();
            for (const LedgerRow& row : rows)
                QVERIFY2(row.reconciles(), qPrintable(row.batchNo));
        }
    }

    void ledgerPeriodsChain()
    {
        Rig r;
        QVERIFY(r.receive({r.line("P00002", QStringLiteral("K1"), 10, QDate(2027, 12, 31))}).ok());
        r.clock.set(QDateTime(QDate(2026, 11, 30), QTime(10, 0)));
        QVERIFY(r.sale.scanCode(QStringLiteral("P00002")).ok());
        QVERIFY(r.sale.setQuantity(0, 4).ok());
        QVERIFY(r.sale.payCash(Money::fromYuan(100)).ok());
        r.clock.set(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
        QVERIFY(r.sale.scanCode(QStringLiteral("P00002")).ok());
        QVERIFY(r.sale.payCash(Money::fromYuan(100)).ok());

        const QList<LedgerRow> nov =
            r.inventory.ledger(QDate(2026, 11, 1), QDate(2026, 11, 30)).value();
        QCOMPARE(nov.size(), 1);
        QCOMPARE(nov.first().opening, 0);
        QCOMPARE(nov.first().moved.value(MovementKind::Purchase), 10);
        QCOMPARE(nov.first().moved.value(MovementKind::Sale), -4);
        QCOMPARE(nov.first().closing, 6);
        const QList<LedgerRow> dec =
            r.inventory.ledger(QDate(2026, 12, 1), QDate(2026, 12, 31)).value();
        QCOMPARE(dec.first().opening, 6); // December opens where November closed
        QCOMPARE(dec.first().closing, 5);
        QVERIFY(dec.first().reconciles());
        // Export needs a manager.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("ledger.csv"));
        QVERIFY(!r.service
                     .exportLedger(QDate(2026, 12, 1), QDate(2026, 12, 31), QString(),
                                   ExportFormat::Csv, path)
                     .ok());
        r.staff.loginAs(QStringLiteral("wangwu"));
        QVERIFY(r.service
                    .exportLedger(QDate(2026, 12, 1), QDate(2026, 12, 31), QString(),
                                  ExportFormat::Csv, path)
                    .ok());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("全部 1 行")));
        QBuffer journal;
        journal.open(QIODevice::WriteOnly);
        Result<qint64> rows =
            r.service.exportJournalCsv(QDate(2026, 11, 1), QDate(2026, 12, 31), journal);
        QVERIFY(rows.ok());
        QCOMPARE(*rows, 3); // the purchase and the two sales
        const QStringList lines =
            QString::fromUtf8(journal.data()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).contains(QStringLiteral(",购进,P00002,板蓝根颗粒,K1,10,")));
        QVERIFY(lines.at(2).contains(QStringLiteral(",销售,P00002,板蓝根颗粒,K1,-4,")));
    }

    // 盘点: book vs counted, a manager's approval, variances posted as movements with a reason.
    void stocktakePostsVariances()
    {
        Rig r;
        QVERIFY(r.receive({r.line("P00001", QStringLiteral("A1"), 2, QDate(2027, 6, 30)),
                           r.line("P00002", QStringLiteral("K1"), 5, QDate(2027, 6, 30)),
                           r.line("P00002", QStringLiteral("K2"), 3, QDate(2027, 8, 31))})
                    .ok());
        // A cashier may not count.
        QVERIFY(!r.service.startStocktake(std::nullopt).ok());
        r.staff.loginAs(QStringLiteral("wangwu"));
        Result<StocktakeSheet> sheet = r.service.startStocktake(std::nullopt);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet->lines.size(), 3);
        QVERIFY(sheet->sheetNo.startsWith(QStringLiteral("PD-")));
        QMap<QString, qint64> batchId;
        for (const StocktakeLine& l : sheet->lines)
            batchId.insert(l.batchNo, l.batchId);
        // Only some counted: approval is refused and nothing moves.
        QVERIFY(r.service.recordCounts(sheet->sheetNo, {{batchId.value(QStringLiteral("A1")), 40}})
                    .ok());
        Result<StocktakeResult> early =
            r.service.approveStocktake(sheet->sheetNo, QStringLiteral("月末盘点"));
        QVERIFY(!early.ok());
        QVERIFY(early.error().message.contains(QStringLiteral("未录入")));
        QVERIFY(r.service
                    .recordCounts(sheet->sheetNo, {{batchId.value(QStringLiteral("K1")), 6},
                                                   {batchId.value(QStringLiteral("K2")), 3}})
                    .ok());
        QVERIFY(
            !r.service.approveStocktake(sheet->sheetNo, QString()).ok()); // a reason is required
        Result<StocktakeResult> done =
            r.service.approveStocktake(sheet->sheetNo, QStringLiteral("月末盘点"));
        QVERIFY(done.ok());
        QCOMPARE(done->adjustedBatches, 2);
        QCOMPARE(done->lossPieces, 8); // A1: 48 on the books, 40 counted
        QCOMPARE(done->gainPieces, 1); // K1: 5 on the books, 6 counted
        QCOMPARE(r.inventory.sellablePieces(r.id("P00001"), r.clock.now().date()), 40);
        QCOMPARE(r.inventory.sellablePieces(r.id("P00002"), r.clock.now().date()), 9);
        QCOMPARE(r.balanceSum(r.id("P00001")), r.inventory.movementSum(r.id("P00001")));
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox WHERE infno = '3502'"), 2);
        // 3501: every counted batch's stock as approved, beside the variances' 3502s.
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox WHERE infno = '3501'"), 3);
        QCOMPARE(
            r.count(
                "SELECT COUNT(*) FROM outbox WHERE infno = '3501' AND payload LIKE '%\"inv_cnt\":\"40\"%' "
                "AND payload LIKE '%\"manu_lotnum\":\"A1\"%'"),
            1);
        QCOMPARE(
            r.count(
                "SELECT COUNT(*) FROM stock_movement WHERE kind IN (7, 8) AND reason = '月末盘点'"),
            2);
        // Closed: no second approval, no more counting.
        QVERIFY(!r.service.approveStocktake(sheet->sheetNo, QStringLiteral("again")).ok());
        QVERIFY(!r.service.recordCounts(sheet->sheetNo, {{batchId.value(QStringLiteral("K2")), 1}})
                     .ok());
        QVERIFY(!r.db->exec(QStringLiteral("UPDATE stocktake_line SET counted = 1")).ok());
        // The ledger shows them as stocktake loss and gain and still reconciles.
        const QList<LedgerRow> rows =
            r.inventory.ledger(QDate(2026, 11, 1), QDate(2026, 11, 30)).value();
        for (const LedgerRow& row : rows)
            QVERIFY(row.reconciles());
    }

    void lossAndDestructionArePostedWithAReason()
    {
        Rig r;
        QVERIFY(r.receive({r.line("P00002", QStringLiteral("K1"), 5, QDate(2027, 6, 30))}).ok());
        const qint64 batch = r.inventory.batchesWithStock(r.id("P00002")).first().batch.id;
        QVERIFY(!r.service.adjustStock(batch, MovementKind::Loss, 1, QStringLiteral("破损"))
                     .ok()); // cashier
        r.staff.loginAs(QStringLiteral("wangwu"));
        QVERIFY(!r.service.adjustStock(batch, MovementKind::Loss, 1, QString()).ok()); // no reason
        QVERIFY(!r.service.adjustStock(batch, MovementKind::Sale, 1, QStringLiteral("x"))
                     .ok()); // not by hand
        Result<QString> doc =
            r.service.adjustStock(batch, MovementKind::Loss, 2, QStringLiteral("运输破损"));
        QVERIFY(doc.ok());
        QVERIFY(doc->startsWith(QStringLiteral("BS-")));
        QVERIFY(
            r.service.adjustStock(batch, MovementKind::Destruction, 1, QStringLiteral("过期销毁"))
                .ok());
        QCOMPARE(r.inventory.sellablePieces(r.id("P00002"), r.clock.now().date()), 2);
        Result<QString> tooMuch =
            r.service.adjustStock(batch, MovementKind::Loss, 3, QStringLiteral("x"));
        QVERIFY(!tooMuch.ok()); // never below zero
        QCOMPARE(tooMuch.error().ruleId, QStringLiteral("INV-LEDGER"));
        QCOMPARE(
            r.count(
                "SELECT COUNT(*) FROM outbox WHERE infno = '3502' AND payload LIKE '%\"inv_chg_type\":\"107\"%'"),
            1);
        QCOMPARE(
            r.count(
                "SELECT COUNT(*) FROM outbox WHERE infno = '3502' AND payload LIKE '%\"inv_chg_type\":\"105\"%'"),
            1);
        // A purchase return goes up as 3504, naming the supplier.
        QVERIFY(
            r.service
                .adjustStock(batch, MovementKind::PurchaseReturn, 1, QStringLiteral("退回供货商"))
                .ok());
        QCOMPARE(
            r.count(
                "SELECT COUNT(*) FROM outbox WHERE infno = '3504' AND payload LIKE '%\"purc_retn_cnt\":\"1\"%'"),
            1);
        QCOMPARE(r.count("SELECT COUNT(*) FROM outbox WHERE infno = '3502'"), 2);
        QCOMPARE(r.inventory.sellablePieces(r.id("P00002"), r.clock.now().date()), 1);
        const QList<LedgerRow> rows =
            r.inventory.ledger(QDate(2026, 11, 1), QDate(2026, 11, 30)).value();
        QCOMPARE(rows.first().moved.value(MovementKind::Loss), -2);
        QVERIFY(rows.first().reconciles());
    }

    void stocktakeSheetCsvRoundTrip()
    {
        StocktakeSheet s;
        s.sheetNo = QStringLiteral("PD-20261123-0001");
        StocktakeLine l;
        l.batchId = 7;
        l.productCode = QStringLiteral("P00001");
        l.productName = QStringLiteral("阿莫西林胶囊");
        l.batchNo = QStringLiteral("A1");
        l.book = 48;
        s.lines << l;
        QByteArray csv = stocktakeSheetCsv(s);
        csv.chop(1);
        csv += "47\n"; // counted, as a person fills it in
        QString sheetNo;
        Result<QList<std::pair<qint64, qint64>>> counts = countsFromCsv(csv, &sheetNo);
        QVERIFY(counts.ok());
        QCOMPARE(sheetNo, s.sheetNo);
        QCOMPARE(counts->size(), 1);
        QCOMPARE(counts->first().first, 7);
        QCOMPARE(counts->first().second, 47);
        QByteArray bad = stocktakeSheetCsv(s);
        bad.chop(1);
        bad += "-3\n";
        QVERIFY(!countsFromCsv(bad, nullptr).ok());
    }

    // Exports report progress from (0, total) — (0, 0) for the ledger, streamed: its total is
    // known at the end — to (total, total), and a cancel leaves no file.
    void exportsReportProgressAndCancelCleanly_data()
    {
        QTest::addColumn<bool>("journal");
        QTest::newRow("journal") << true;
        QTest::newRow("ledger-csv") << false;
    }
    void exportsReportProgressAndCancelCleanly()
    {
        QFETCH(bool, journal);
        Rig r;
        QVERIFY(r.receive({r.line("P00001", QStringLiteral("B1"), 3, QDate(2028, 1, 31)),
                           r.line("P00002", QStringLiteral("C1"), 2, QDate(2028, 3, 31))})
                    .ok());
        staffLogin(r);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const QDate from(2026, 11, 1), to(2026, 11, 30);
        auto run = [&](const ExportProgress& progress) -> Status {
            if (!journal)
                return r.service.exportLedger(from, to, QString(), ExportFormat::Csv, path,
                                              progress);
            Result<qint64> rows = r.service.exportJournal(from, to, path, progress);
            return rows ? Status() : Status(rows.error());
        };
        QList<std::pair<qint64, qint64>> calls;
        QVERIFY(run([&](qint64 done, qint64 total) {
                    calls.append({done, total});
                    return true;
                }).ok());
        QVERIFY(calls.size() >= 2);
        // 2 movements / 2 batches; the ledger is written as it is read, its total known at the end.
        QCOMPARE(calls.first(), std::make_pair(qint64(0), qint64(journal ? 2 : 0)));
        QCOMPARE(calls.last(), std::make_pair(qint64(2), qint64(2)));
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::remove(path));

        // Cancelled at the first report, and at the last: no file either way.
        for (int cancelAt : {0, int(calls.size()) - 1}) {
            int n = 0;
            const Status s = run([&](qint64, qint64) { return n++ != cancelAt; });
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Cancelled);
            QVERIFY(!QFile::exists(path));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList()); // no temp file left
        }
        // A cancelled export leaves an earlier file as it was.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("earlier");
        }
        QVERIFY(!run([](qint64, qint64) { return false; }).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("earlier"));
    }

private:
    static void staffLogin(Rig& r) { r.staff.loginAs(QStringLiteral("wangwu")); }
};

QTEST_GUILESS_MAIN(TestSqlInventoryRepository)
#include "tst_sqlinventoryrepository.moc"
