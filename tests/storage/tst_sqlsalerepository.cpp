#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqltracecoderegistry.h"
#include "storage/sqluploadqueue.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"
#include "tests/storage/ledgerhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;

class TestSqlSaleRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlProductCatalog> m_catalog;
    std::unique_ptr<SqlSaleRepository> m_sales;

    CompletedSale makeSale(const QDateTime& at) const
    {
        CompletedSale s;
        s.time = at;
        s.terminal = QStringLiteral("T01");
        s.operatorName = QStringLiteral("张三");
        const Product a = *m_catalog->findByCode(QStringLiteral("P00001"));
        const Product b = *m_catalog->findByCode(QStringLiteral("P00002"));
        s.lines = {SaleLine{a, 2, a.price}, SaleLine{b, 1, b.price}};
        s.total = Money::fromFen(1580 * 2 + 2250);
        s.payment =
            Payment{PaymentMethod::Cash, Money::fromYuan(100), Money::fromYuan(100) - s.total};
        return s;
    }

private Q_SLOTS:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("pos.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_catalog = std::make_unique<SqlProductCatalog>(*m_db);
        m_sales = std::make_unique<SqlSaleRepository>(*m_db, storagetest::testCipher());
        QVERIFY(m_catalog
                    ->upsert({fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1580),
                              fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊"), 2250)})
                    .ok());
        // Stock to sell: 50 packs of each (sales now leave the ledger in the same transaction).
        int serial = 0;
        QVERIFY(storagetest::receiveBoxes(*m_db, *m_catalog,
                                          {QStringLiteral("P00001"), QStringLiteral("P00002")}, 50,
                                          serial, QDateTime(QDate(2026, 11, 1), QTime(8, 0)))
                    .ok());
    }
    void cleanup()
    {
        m_sales.reset();
        m_catalog.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("pos.sqlite")));
    }

    void recordAndReadBack()
    {
        const QDateTime at(QDate(2026, 11, 23), QTime(9, 30, 15, 250));
        Result<CompletedSale> r = storagetest::recordSale(*m_db, makeSale(at));
        QVERIFY(r.ok());
        QCOMPARE(r->saleNo, QStringLiteral("XS-T01-20261123-0001"));
        QVERIFY(r->id > 0);
        const std::optional<CompletedSale> back = m_sales->findBySaleNo(r->saleNo);
        QVERIFY(back);
        QCOMPARE(back->time, at);
        QCOMPARE(back->total, Money::fromFen(5410));
        QCOMPARE(back->payment.change, Money::fromFen(4590));
        QCOMPARE(back->lines.size(), 2);
        QCOMPARE(back->lines.at(0).quantity, 2);
        QCOMPARE(back->lines.at(0).amount(), Money::fromFen(3160));
        QCOMPARE(back->operatorName, QStringLiteral("张三"));
        QVERIFY(back->buyerIdNumber.isEmpty());
        // GSP: each line's batches as the ledger took them, the same on the recorded sale and
        // read back for a reprint; and the tender it was paid by.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!r->lines.at(i).soldFrom.isEmpty());
            QCOMPARE(back->lines.at(i).soldFrom, r->lines.at(i).soldFrom);
            qint64 pieces = 0;
            for (const SoldBatch& b : back->lines.at(i).soldFrom) {
                QVERIFY(b.expiry.isValid());
                pieces += b.pieces;
            }
            QCOMPARE(pieces, back->lines.at(i).pieces());
        }
        QCOMPARE(back->payment.tenders.size(), 1);
        QCOMPARE(back->payment.tenders.first().kind, TenderKind::Cash);
    }

    // PRICE-OVERRIDE: a line sold below its shelf price keeps the shelf price, the reason and the
    // approver with the sale (a reprint shows them); the row is append-only.
    void aPriceChangeIsKeptWithTheSale()
    {
        CompletedSale s = makeSale(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        s.lines[1].priceOverride = PriceOverride{s.lines[1].unitPrice, QStringLiteral("临期促销"),
                                                 QStringLiteral("wangwu")};
        s.lines[1].unitPrice = Money::fromFen(1800);
        s.total = Money::fromFen(1580 * 2 + 1800);
        s.payment.change = Money::fromYuan(100) - s.total;
        Result<CompletedSale> r = storagetest::recordSale(*m_db, s);
        QVERIFY(r.ok());
        const std::optional<CompletedSale> back = m_sales->findBySaleNo(r->saleNo);
        QVERIFY(back);
        QVERIFY(!back->lines.at(0).priceOverride);
        QVERIFY(back->lines.at(1).priceOverride);
        QCOMPARE(*back->lines.at(1).priceOverride, *s.lines.at(1).priceOverride);
        QCOMPARE(back->lines.at(1).unitPrice, Money::fromFen(1800));
        QCOMPARE(back->lines.at(1).discount(), Money::fromFen(450));
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE sale_price_override SET list_price_fen = 1800")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM sale_price_override")));
    }

    // CTRL-EPHEDRINE: the buyer's ID number registered at payment stays with the sale.
    void buyerIdNumberIsKeptWithTheSale()
    {
        CompletedSale sale = makeSale(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        sale.buyerIdNumber = QStringLiteral("36010219900101123X");
        Result<CompletedSale> r = storagetest::recordSale(*m_db, sale);
        QVERIFY(r.ok());
        QCOMPARE(m_sales->findBySaleNo(r->saleNo)->buyerIdNumber,
                 QStringLiteral("36010219900101123X"));
    }

    // DATA-PRIVACY: the buyer's ID number is written only encrypted into sale_personal (with its
    // keyed hash), in the posting's transaction; the register finds it by hash, whatever the
    // spacing or case typed; a sale of a store not migrated yet still reads its plain column.
    void buyerIdNumberIsStoredOnlyEncrypted()
    {
        const QString id = QStringLiteral("36010219900101123X");
        CompletedSale sale = makeSale(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        sale.buyerIdNumber = id;
        Result<CompletedSale> r = storagetest::recordSale(*m_db, sale);
        QVERIFY(r.ok());
        Result<CompletedSale> other =
            storagetest::recordSale(*m_db, makeSale(QDateTime(QDate(2026, 11, 23), QTime(10, 5))));
        QVERIFY(other.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT s.buyer_id_number, p.buyer_id_enc, p.buyer_id_hash "
                                      "FROM sale s JOIN sale_personal p USING (sale_no)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QVERIFY(!q.value(1).toByteArray().isEmpty());
        QVERIFY(!q.value(1).toByteArray().contains(id.toLatin1()));
        QCOMPARE(q.value(2).toByteArray(),
                 storagetest::testCipher().lookupHash(PersonalKind::IdNumber, id));
        QVERIFY(!q.next()); // the sale without a buyer has no side row
        q.finish();

        const Result<QStringList> found =
            m_sales->saleNosByBuyerId(QStringLiteral(" 360102 19900101123x"));
        QVERIFY(found.ok());
        QCOMPARE(*found, QStringList{r->saleNo});
        QVERIFY(m_sales->saleNosByBuyerId(QStringLiteral("110101199001011234"))->isEmpty());
        QVERIFY(m_sales->saleNosByBuyerId(QString())->isEmpty());
        // The ledger's own read of the sale (a return) decrypts it too.
        storage::SqlLedgerStore ledger(*m_db, storagetest::testCipher());
        auto tx = ledger.begin(PostingContext{sale.time, QStringLiteral("test"), false});
        QVERIFY(tx.ok());
        QCOMPARE((*tx)->sale(r->saleNo).value()->buyerIdNumber, id);
    }

    void legacyPlainBuyerIdIsStillRead()
    {
        Result<CompletedSale> r =
            storagetest::recordSale(*m_db, makeSale(QDateTime(QDate(2026, 11, 23), QTime(10, 0))));
        QVERIFY(r.ok());
        // As a store written before the side table holds it (the trigger lifted to write it).
        QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TABLE t AS SELECT name, sql FROM "
                                          "sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                          "'sale' AND sql LIKE '%BEFORE UPDATE%'"))
                    .ok());
        QSqlQuery triggers(m_db->connection());
        QVERIFY(triggers.exec(QStringLiteral("SELECT name, sql FROM t")));
        QList<std::pair<QString, QString>> lifted;
        while (triggers.next())
            lifted.append({triggers.value(0).toString(), triggers.value(1).toString()});
        triggers.finish();
        for (const auto& [name, sql] : lifted)
            QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE sale SET buyer_id_number = "
                                          "'36010219900101123X'"))
                    .ok());
        for (const auto& [name, sql] : lifted)
            QVERIFY(m_db->exec(sql).ok());
        QCOMPARE(m_sales->findBySaleNo(r->saleNo)->buyerIdNumber,
                 QStringLiteral("36010219900101123X"));
    }

    void numbersRunPerDay()
    {
        const QDate d(2026, 11, 23);
        QCOMPARE(storagetest::recordSale(*m_db, makeSale(QDateTime(d, QTime(9, 0))))->saleNo,
                 QStringLiteral("XS-T01-20261123-0001"));
        QCOMPARE(storagetest::recordSale(*m_db, makeSale(QDateTime(d, QTime(9, 1))))->saleNo,
                 QStringLiteral("XS-T01-20261123-0002"));
        QCOMPARE(
            storagetest::recordSale(*m_db, makeSale(QDateTime(d.addDays(1), QTime(0, 0))))->saleNo,
            QStringLiteral("XS-T01-20261124-0001"));
        QCOMPARE(m_sales->saleCount(), 3);
    }

    void aBadLineLeavesNoPartialSale()
    {
        CompletedSale s = makeSale(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        s.lines[1].product.id = 999; // no such product: the foreign key refuses the second line
        Result<CompletedSale> r = storagetest::recordSale(*m_db, s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::StorageFailure);
        QCOMPARE(m_sales->saleCount(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sale_line")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // and the number was not consumed
        QCOMPARE(
            storagetest::recordSale(*m_db, makeSale(QDateTime(QDate(2026, 11, 23), QTime(9, 1))))
                ->saleNo,
            QStringLiteral("XS-T01-20261123-0001"));
    }

    void saleLeavesTheLedgerAndQueuesItsUpload()
    {
        SqlInventoryRepository inventory(*m_db);
        const qint64 p1 = m_catalog->findByCode(QStringLiteral("P00001"))->id;
        QCOMPARE(inventory.sellablePieces(p1, QDate(2026, 11, 23)), 50);
        const qint64 queued = inventory.outboxStatus().pending;
        Result<CompletedSale> r =
            storagetest::recordSale(*m_db, makeSale(QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
        QVERIFY(r.ok());
        QCOMPARE(inventory.sellablePieces(p1, QDate(2026, 11, 23)), 48);
        QCOMPARE(inventory.movementSum(p1), 48); // INV-LEDGER: the balance is the sum of movements
        QCOMPARE(inventory.outboxStatus().pending, queued + 2); // one 3505 per line and batch
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT payload FROM outbox WHERE infno = '3505' ORDER BY id LIMIT 1"))
                && q.next());
        const QString payload = q.value(0).toString();
        QVERIFY(payload.contains(QStringLiteral("\"sel_retn_cnt\":\"2\"")));
        QVERIFY(payload.contains(r->saleNo));
    }

    void saleBeyondStockLeavesNothing()
    {
        CompletedSale s = makeSale(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        s.lines[0].quantity = 51;
        Result<CompletedSale> r = storagetest::recordSale(*m_db, s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().ruleId, QStringLiteral("INV-AVAIL"));
        QCOMPARE(m_sales->saleCount(), 0);
        SqlInventoryRepository inventory(*m_db);
        QCOMPARE(inventory.sellablePieces(m_catalog->findByCode(QStringLiteral("P00001"))->id,
                                          QDate(2026, 11, 23)),
                 50);
    }

    void emptySaleIsRefused()
    {
        CompletedSale s = makeSale(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        s.lines.clear();
        QVERIFY(!storagetest::recordSale(*m_db, s).ok());
    }

    void receiptPrintsAreRecorded()
    {
        Result<CompletedSale> r =
            storagetest::recordSale(*m_db, makeSale(QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
        QVERIFY(r.ok());
        QVERIFY(m_sales->markReceiptPrinted(r->id, QStringLiteral("SIM-000001"), false).ok());
        QVERIFY(m_sales->markReceiptPrinted(r->id, QStringLiteral("SIM-000002"), true).ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(reprint) FROM receipt_print"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void recordedSaleSurvivesReopen()
    {
        Result<CompletedSale> r =
            storagetest::recordSale(*m_db, makeSale(QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
        QVERIFY(r.ok());
        const QString no = r->saleNo;
        m_sales.reset();
        m_catalog.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("pos.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_catalog = std::make_unique<SqlProductCatalog>(*m_db);
        m_sales = std::make_unique<SqlSaleRepository>(*m_db, storagetest::testCipher());
        QVERIFY(m_sales->findBySaleNo(no));
    }
    /// The n-th code the fixture received (P00001 holds 1…50, P00002 51…100).
    static QString receivedCode(int n) { return testsupport::traceCode(n); }

    CompletedSale tracedSale(const QStringList& codes, const QDateTime& at) const
    {
        CompletedSale s;
        s.time = at;
        s.terminal = QStringLiteral("T01");
        s.operatorName = QStringLiteral("张三");
        const Product a = *m_catalog->findByCode(QStringLiteral("P00001"));
        s.lines = {SaleLine{a, int(codes.size()), a.price, SaleUnit::Box, codes}};
        s.total = a.price * int(codes.size());
        s.payment = Payment{PaymentMethod::Cash, s.total, Money()};
        return s;
    }

    QString scalar(const QString& sql, const QString& bind = {}) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        if (!bind.isNull())
            q.bindValue(0, bind);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    void tracedBoxLeavesFromItsOwnBatch()
    {
        // A second, earlier-expiring batch: FEFO alone would take from it.
        SqlInventoryRepository inventory(*m_db);
        const Product p = *m_catalog->findByCode(QStringLiteral("P00001"));
        PurchaseLine l =
            testsupport::purchaseLine(p, QStringLiteral("EARLY"), QDate(2027, 6, 1), {});
        l.boxes = 5; // boxes without codes: only the postings are under test
        const PurchaseDocument doc = testsupport::delivery({l}, QDate(2026, 11, 2));
        QVERIFY(storagetest::postPurchase(
                    *m_db, doc,
                    {ResolvedPurchaseLine{l, p.id, p.piecesPerBox(), p.genericName,
                                          QStringLiteral("0")}},
                    QStringLiteral("王五"), QDateTime(QDate(2026, 11, 2), QTime(8, 0)))
                    .ok());

        Result<CompletedSale> r = storagetest::recordSale(
            *m_db, tracedSale({receivedCode(7)}, QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userText()));
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT b.batch_no FROM stock_movement m JOIN batch b ON b.id = m.batch_id "
                       "WHERE m.source_doc = ?"),
                   r->saleNo),
            QStringLiteral("BP00001"));
        QCOMPARE(scalar(QStringLiteral("SELECT sale_no FROM trace_code WHERE code = ?"),
                        receivedCode(7)),
                 r->saleNo);
        QCOMPARE(scalar(QStringLiteral("SELECT code FROM sale_trace_code WHERE sale_id = ?"),
                        QString::number(r->id)),
                 receivedCode(7));
        // INV-TRACE upload: the box's code travels in its 3505 row.
        QVERIFY(scalar(QStringLiteral(
                           "SELECT payload FROM outbox WHERE infno = '3505' AND doc_ref = ?"),
                       r->saleNo)
                    .contains(receivedCode(7)));
    }

    void aSoldCodeCannotBeSoldAgain()
    {
        const QDateTime at(QDate(2026, 11, 23), QTime(9, 0));
        QVERIFY(storagetest::recordSale(*m_db, tracedSale({receivedCode(3)}, at)).ok());
        Result<CompletedSale> again = storagetest::recordSale(
            *m_db, tracedSale({receivedCode(4), receivedCode(3)}, at.addSecs(60)));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().ruleId, QStringLiteral("INV-TRACE"));
        QCOMPARE(m_sales->saleCount(), 1);
        // Nothing of the refused sale stuck: box 4 is still in stock.
        QCOMPARE(scalar(QStringLiteral("SELECT sale_no FROM trace_code WHERE code = ?"),
                        receivedCode(4)),
                 QString());
    }

    void anUnreceivedCodeIsRegisteredWhenSold()
    {
        const QString stranger = QStringLiteral("89999990000000000001");
        const QDateTime at(QDate(2026, 11, 23), QTime(9, 0));
        Result<CompletedSale> r = storagetest::recordSale(*m_db, tracedSale({stranger}, at));
        QVERIFY(r.ok());
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT received_at || '|' || sale_no FROM trace_code WHERE code = ?"),
                        stranger),
                 QStringLiteral("|") + r->saleNo);
        QVERIFY(!storagetest::recordSale(*m_db, tracedSale({stranger}, at.addSecs(5))).ok());
    }

    void aReturnAfterTheSaleWasUploaded()
    {
        // Once the platform accepted the sale's 3505s they live in the upload archive; the return
        // still reverses each of them.
        const QDateTime at(QDate(2026, 11, 23), QTime(9, 0));
        Result<CompletedSale> r = storagetest::recordSale(*m_db, tracedSale({receivedCode(1)}, at));
        QVERIFY(r.ok());
        SqlUploadQueue queue(*m_db, QStringLiteral("P36010200001"));
        while (std::optional<UploadRecord> head = queue.head()) {
            QVERIFY(queue.markSending(head->id, queue.nextMsgId(at).value(), at).ok());
            QVERIFY(queue.markAccepted(head->id, at).ok());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE doc_ref = ?"), r->saleNo),
                 QStringLiteral("0"));
        Result<QString> ret = storagetest::returnSale(*m_db, r->saleNo, QStringLiteral("王五"),
                                                      QStringLiteral("未拆封"), at.addSecs(600));
        QVERIFY2(ret.ok(), qPrintable(ret.ok() ? QString() : ret.error().userText()));
        const QString upload = scalar(
            QStringLiteral("SELECT payload FROM outbox WHERE infno = '3506' AND doc_ref = ?"),
            *ret);
        QVERIFY(upload.contains(receivedCode(1)));
        QVERIFY(upload.contains(r->saleNo));
    }

    void aReturnPutsStockAndCodesBack()
    {
        SqlInventoryRepository inventory(*m_db);
        const qint64 p1 = m_catalog->findByCode(QStringLiteral("P00001"))->id;
        const QDateTime at(QDate(2026, 11, 23), QTime(9, 0));
        Result<CompletedSale> r =
            storagetest::recordSale(*m_db, tracedSale({receivedCode(1), receivedCode(2)}, at));
        QVERIFY(r.ok());
        QCOMPARE(inventory.sellablePieces(p1, at.date()), 48);

        Result<QString> ret = storagetest::returnSale(*m_db, r->saleNo, QStringLiteral("王五"),
                                                      QStringLiteral("未拆封"), at.addSecs(600));
        QVERIFY2(ret.ok(), qPrintable(ret.ok() ? QString() : ret.error().userText()));
        QCOMPARE(*ret, QStringLiteral("TH-T01-20261123-0001"));
        QCOMPARE(inventory.sellablePieces(p1, at.date()), 50);
        QCOMPARE(inventory.movementSum(p1), 50);
        QCOMPARE(scalar(QStringLiteral("SELECT sale_no FROM trace_code WHERE code = ?"),
                        receivedCode(1)),
                 QString());
        QCOMPARE(scalar(QStringLiteral("SELECT return_no FROM sale_trace_code WHERE code = ?"),
                        receivedCode(2)),
                 *ret);
        const QString upload = scalar(
            QStringLiteral("SELECT payload FROM outbox WHERE infno = '3506' AND doc_ref = ?"),
            *ret);
        QVERIFY(upload.contains(receivedCode(1)) && upload.contains(receivedCode(2)));
        QVERIFY(upload.contains(r->saleNo));
        // The 3506 reverses the 3505 as sold (price, prescription and split flags, batch, codes),
        // naming the return document, its time and who.
        const QString sold = scalar(
            QStringLiteral("SELECT payload FROM outbox WHERE infno = '3505' AND doc_ref = ?"),
            r->saleNo);
        QJsonObject a = QJsonDocument::fromJson(sold.toUtf8())
                            .object()
                            .value(QStringLiteral("selinfo"))
                            .toObject();
        QJsonObject b = QJsonDocument::fromJson(upload.toUtf8())
                            .object()
                            .value(QStringLiteral("selinfo"))
                            .toObject();
        QCOMPARE(b.value(QStringLiteral("stoout_no")).toString(), *ret);
        QCOMPARE(b.value(QStringLiteral("sel_retn_opter_name")).toString(), QStringLiteral("王五"));
        QVERIFY(b.value(QStringLiteral("sel_retn_time")).toString()
                != a.value(QStringLiteral("sel_retn_time")).toString());
        // Its own serial; the sold record's in medins_prod_sel_no.
        QCOMPARE(b.value(QStringLiteral("fixmedins_bchno")).toString(),
                 *ret + QStringLiteral("-01"));
        QCOMPARE(b.value(QStringLiteral("medins_prod_sel_no")),
                 a.value(QStringLiteral("fixmedins_bchno")));
        b.remove(QStringLiteral("medins_prod_sel_no"));
        for (const char* k :
             {"stoout_no", "sel_retn_time", "sel_retn_opter_name", "fixmedins_bchno"}) {
            a.remove(QLatin1String(k));
            b.remove(QLatin1String(k));
        }
        QCOMPARE(b, a);
        // Once only.
        Result<QString> twice = storagetest::returnSale(*m_db, r->saleNo, QStringLiteral("王五"),
                                                        QStringLiteral("再退"), at.addSecs(900));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::WrongState);
        QCOMPARE(inventory.movementSum(p1), 50);
        // The box can be sold again.
        QVERIFY(
            storagetest::recordSale(*m_db, tracedSale({receivedCode(1)}, at.addSecs(1200))).ok());
        QVERIFY(!storagetest::returnSale(*m_db, QStringLiteral("XS-NOPE"), QStringLiteral("王五"),
                                         QStringLiteral("x"), at)
                     .ok());
    }

    void theScanJournalKeepsEveryScan()
    {
        SqlScanJournal journal(*m_db, storagetest::testCipher());
        ScanJournalEntry first;
        first.at = QDateTime(QDate(2026, 11, 23), QTime(9, 0, 1, 5));
        first.source = QStringLiteral("camera");
        first.symbology = QStringLiteral("]d2");
        first.payload = QByteArray("0106901234567892"
                                   "10AB\x1d"
                                   "17260131\r",
                                   30);
        first.family = QStringLiteral("gs1");
        first.outcome = QStringLiteral("rejected");
        first.elapsedUs = 42;
        // No reason and nobody logged in yet: both unset (null) strings, still a row.
        journal.record(first);
        ScanJournalEntry second = first;
        second.outcome = QStringLiteral("added");
        second.reason = QStringLiteral("注意");
        second.operatorName = QStringLiteral("zhangsan");
        journal.record(second);
        const QList<ScanJournalEntry> back = journal.recent(10);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).outcome, QStringLiteral("added")); // newest first
        QCOMPARE(back.at(0).operatorName, QStringLiteral("zhangsan"));
        QCOMPARE(back.at(1).payload, first.payload); // bytes exactly, GS and CR kept
        QCOMPARE(back.at(1).at, first.at);
        QCOMPARE(back.at(1).reason, QString());
        QCOMPARE(back.at(1).elapsedUs, 42);
    }

    // DATA-PRIVACY: a 医保电子凭证 or e-prescription QR payload (a bearer token with the holder's
    // ID number and name) is journalled only encrypted, in the row's transaction; the journal
    // shows a placeholder; other scans keep their bytes.
    void credentialScansAreJournalledEncrypted()
    {
        SqlScanJournal journal(*m_db, storagetest::testCipher());
        ScanJournalEntry voucher;
        voucher.at = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
        voucher.source = QStringLiteral("simulated");
        voucher.payload = QByteArray("3601EC|idNo=36010219900101123X|userName=赵六");
        voucher.family = QStringLiteral("insurance_voucher");
        voucher.outcome = QStringLiteral("token");
        journal.record(voucher);
        ScanJournalEntry gtin = voucher;
        gtin.payload = QByteArray("6901234567892");
        gtin.family = QStringLiteral("gtin");
        journal.record(gtin);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT j.id, j.payload_hex, p.payload_enc FROM "
                                      "scan_journal j LEFT JOIN scan_journal_personal p ON "
                                      "p.scan_id = j.id ORDER BY j.id")));
        QVERIFY(q.next());
        const qint64 voucherId = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(), QString());
        QVERIFY(!q.value(2).toByteArray().isEmpty());
        QVERIFY(!q.value(2).toByteArray().contains("36010219900101123X"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QString::fromLatin1(gtin.payload.toHex()));
        QVERIFY(q.value(2).isNull());
        q.finish();

        const QList<ScanJournalEntry> back = journal.recent(10);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(1).payload, SqlScanJournal::encryptedPayloadText().toUtf8());
        QCOMPARE(back.at(0).payload, gtin.payload);
        QCOMPARE(journal.decryptedPayload(voucherId).value(), voucher.payload);
    }

    // A lost payload is acceptable, a plain one is not: encryption failing keeps the row only.
    void aCredentialScanThatCannotBeEncryptedKeepsNoPayload()
    {
        fakes::FakeFieldCipher failing;
        failing.failEncrypt = true;
        SqlScanJournal journal(*m_db, failing);
        ScanJournalEntry voucher;
        voucher.at = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
        voucher.payload = QByteArray("3601EC|idNo=36010219900101123X");
        voucher.family = QStringLiteral("insurance_voucher");
        voucher.outcome = QStringLiteral("token");
        journal.record(voucher);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT payload_hex, (SELECT COUNT(*) FROM "
                                      "scan_journal_personal) FROM scan_journal")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toInt(), 0);
    }

    void tracePrefixesFromTheMasterAndLearned()
    {
        SqlTraceCodeRegistry registry(*m_db);
        QVERIFY(!registry.productForPrefix(QStringLiteral("8777777")));
        QVERIFY(registry
                    .learnPrefix(QStringLiteral("8777777"), 2, QStringLiteral("zhangsan"),
                                 QDateTime(QDate(2026, 11, 23), QTime(9, 0)))
                    .ok());
        QCOMPARE(registry.productForPrefix(QStringLiteral("8777777")).value_or(0), 2);
        const std::optional<TraceCodeRecord> received = registry.find(receivedCode(51));
        QVERIFY(received);
        QVERIFY(received->received);
        QCOMPARE(received->productId, 2);
        QVERIFY(received->saleNo.isEmpty());
        QVERIFY(!registry.find(QStringLiteral("89999990000000000009")));
    }
};

QTEST_GUILESS_MAIN(TestSqlSaleRepository)
#include "tst_sqlsalerepository.moc"
