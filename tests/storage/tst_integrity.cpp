// Tamper evidence against a file-level attacker (issue 12): every protected table is sealed with
// the store key, anchored outside the database, and `verify` names every change — edits with the
// hashes recomputed, forged rows, cut tails, an emptied log, a restored older copy, balances,
// sold codes, prescriptions, the upload queue and accounts. Each attack is done as an intruder
// would: a separate connection to the file, the protective triggers dropped first.

#include "storage/crypto/opensslrecordsealer.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlprescriptionrepository.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqlstaffrepositories.h"
#include "tests/core/rxtestdata.h"
#include "tests/fakes/fakes.h"
#include "tests/storage/cryptotestkeys.h"
#include "tests/storage/intruder.h"
#include "tests/storage/ledgerhelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(9, 0));

/// The findings as "table: problem" lines, for failure messages and matching.
QStringList lines(const QList<IntegrityFinding>& findings)
{
    QStringList out;
    for (const IntegrityFinding& f : findings)
        out << f.table + QStringLiteral(": ") + f.problem;
    return out;
}

bool mentions(const QList<IntegrityFinding>& findings, const QString& table, const QString& words)
{
    for (const IntegrityFinding& f : findings)
        if (f.table == table && f.problem.contains(words))
            return true;
    return false;
}

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<const crypto::KeyRing> m_ring = testkeys::freshRing();
    crypto::OpenSslRecordSealer m_sealer{m_ring};
    std::unique_ptr<Database> m_db;
    int m_serial = 0;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("pos.sqlite")); }
    QString anchorPath() const { return m_dir.filePath(QStringLiteral("anchors.jsonl")); }

    void openDb()
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_db->setRecordSealer(&m_sealer);
        m_db->setAnchorPaths({anchorPath()});
    }
    QList<IntegrityFinding> verify() { return integrity::verify(*m_db, &m_sealer, {anchorPath()}); }
    /// Closes the application's connection, lets the intruder work, opens it again.
    void attack(const QStringList& statements)
    {
        m_db.reset();
        storagetest::tamper(dbPath(), statements);
        openDb();
    }
    QString scalar(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    CompletedSale sale(const QStringList& codes)
    {
        SqlProductCatalog catalog(*m_db);
        const Product a = *catalog.findByCode(QStringLiteral("P00001"));
        return storagetest::boxSale(a, codes, kAt.addSecs(3600));
    }

    /// A small store: two products received with their codes, two sales (one box each, by code),
    /// a reviewed prescription, an account; sealed and anchored.
    void populate()
    {
        SqlProductCatalog catalog(*m_db);
        QVERIFY(catalog
                    .upsert({fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1580),
                             fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊"), 2250)})
                    .ok());
        QVERIFY(storagetest::receiveBoxes(*m_db, catalog,
                                          {QStringLiteral("P00001"), QStringLiteral("P00002")}, 5,
                                          m_serial, kAt)
                    .ok());
        Result<CompletedSale> first =
            storagetest::recordSale(*m_db, sale({QStringLiteral("80000000000000000001")}));
        QVERIFY(first.ok());
        QVERIFY(SqlSaleRepository(*m_db, storagetest::testCipher())
                    .markReceiptPrinted(first->id, QStringLiteral("J1"), false)
                    .ok());
        QVERIFY(storagetest::returnSale(*m_db, first->saleNo, QStringLiteral("王五"),
                                        QStringLiteral("顾客退货"), kAt.addSecs(7200))
                    .ok());
        QVERIFY(SqlInventoryRepository(*m_db)
                    .createStocktake(QStringLiteral("全部"), std::nullopt, QStringLiteral("王五"),
                                     kAt.addSecs(9000))
                    .ok());
        SqlPrescriptionRepository rx(*m_db, storagetest::testCipher());
        const Prescription p = rxtest::prescription();
        QVERIFY(rx.save(p).ok());
        QVERIFY(rx.addReview(rxtest::approval(p, kAt), {}).ok());
        // The second sale dispenses the prescription (RX-SINGLE uses it up).
        CompletedSale second = sale({QStringLiteral("80000000000000000002")});
        second.rxNo = p.rxNo;
        // …at a price changed at the counter (PRICE-OVERRIDE: its row is sealed too).
        second.lines[0].priceOverride = PriceOverride{
            second.lines[0].unitPrice, QStringLiteral("会员优惠"), QStringLiteral("wangwu")};
        second.lines[0].unitPrice = Money::fromFen(1400);
        second.total = Money::fromFen(1400);
        second.payment = Payment{PaymentMethod::Cash, second.total, Money()};
        QVERIFY(storagetest::recordSale(*m_db, second).ok());
        SqlUserRepository users(*m_db);
        User u;
        u.username = QStringLiteral("zhangsan");
        u.displayName = QStringLiteral("张三");
        u.role = Role::Cashier;
        Result<User> added = users.add(u, QStringLiteral("hash-of-a-password"));
        QVERIFY(added.ok());
        QVERIFY(SqlDutyRepository(*m_db).open(added->id, kAt).ok());
        QVERIFY(m_db->anchorNow().ok());
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(dbPath());
        QFile::remove(dbPath() + QStringLiteral("-wal"));
        QFile::remove(dbPath() + QStringLiteral("-shm"));
        QFile::remove(anchorPath());
        m_serial = 0;
        openDb();
        populate();
    }
    void cleanup() { m_db.reset(); }

    void anUntouchedStoreVerifies()
    {
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(f.isEmpty(), qPrintable(lines(f).join(u'\n')));
        // Every write transaction was sealed as it committed: nothing is left for later.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM integrity_segment WHERE mac IS NULL")),
                 QStringLiteral("0"));
        QVERIFY(integrity::hasKeyedSeals(*m_db).value());
    }

    void aRechainedEditOfTheAuditLogIsNamed()
    {
        // The intruder changes an entry and recomputes the whole hash chain: the chain alone
        // verifies (the defect), the seal, made with a key the intruder does not have, does not.
        attack({QStringLiteral("UPDATE audit_log SET detail = '改过的' WHERE seq = 1")});
        m_db.reset();
        storagetest::rechain(dbPath());
        openDb();
        QVERIFY(SqlAuditLog(*m_db).verify().isEmpty());
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, QStringLiteral("audit_log"), QStringLiteral("第 0 段")),
                 qPrintable(lines(f).join(u'\n')));
    }

    void aForgedSealIsNamed()
    {
        // Edit a sale's total and recompute the segment's digest (SHA-256 is public): the MAC,
        // which needs the store key, no longer matches.
        attack({QStringLiteral("UPDATE sale SET total_fen = 1, tendered_fen = 1, change_fen = 0 "
                               "WHERE id = 1"),
                QStringLiteral("UPDATE integrity_segment SET digest = randomblob(32) "
                               "WHERE table_name = 'sale'")});
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, QStringLiteral("sale"), QStringLiteral("MAC 不符")),
                 qPrintable(lines(f).join(u'\n')));
    }

    void aForgedRowIsNamed()
    {
        attack({QStringLiteral(
            "INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash) "
            "SELECT seq + 1, at, actor, action, target, '伪造', hash, hash FROM audit_log "
            "ORDER BY seq DESC LIMIT 1")});
        m_db.reset();
        storagetest::rechain(dbPath());
        openDb();
        QVERIFY(SqlAuditLog(*m_db).verify().isEmpty());
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, QStringLiteral("audit_log"), QStringLiteral("未封存")),
                 qPrintable(lines(f).join(u'\n')));
    }

    void aCutTailIsNamed()
    {
        // The newest entries and their seal removed: only the anchor outside still knows them.
        const QString last = scalar(QStringLiteral("SELECT MAX(seq) FROM audit_log"));
        attack({QStringLiteral("DELETE FROM audit_log WHERE seq > 2"),
                QStringLiteral("DELETE FROM integrity_segment WHERE table_name = 'audit_log'")});
        m_db.reset();
        storagetest::rechain(dbPath());
        openDb();
        QVERIFY(SqlAuditLog(*m_db).verify().isEmpty());
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, QStringLiteral("audit_log"), QStringLiteral("截短或回退")),
                 qPrintable(lines(f).join(u'\n')));
        QVERIFY(last.toInt() > 2);
    }

    void anEmptiedLogIsNamed()
    {
        attack({QStringLiteral("DELETE FROM audit_log"),
                QStringLiteral("DELETE FROM integrity_segment WHERE table_name = 'audit_log'")});
        m_db.reset();
        storagetest::rechain(dbPath());
        openDb();
        QVERIFY(SqlAuditLog(*m_db).verify().isEmpty());
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, QStringLiteral("audit_log"), QStringLiteral("截短或回退")),
                 qPrintable(lines(f).join(u'\n')));
    }

    void aRestoredOlderCopyIsNamed()
    {
        // A copy taken now (validly sealed), more business, then the copy put back.
        m_db.reset();
        const QString copy = m_dir.filePath(QStringLiteral("old.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(dbPath(), copy));
        openDb();
        QVERIFY(
            storagetest::recordSale(*m_db, sale({QStringLiteral("80000000000000000003")})).ok());
        QVERIFY(m_db->anchorNow().ok());
        m_db.reset();
        QVERIFY(QFile::remove(dbPath()));
        QFile::remove(dbPath() + QStringLiteral("-wal"));
        QFile::remove(dbPath() + QStringLiteral("-shm"));
        QVERIFY(QFile::copy(copy, dbPath()));
        openDb();
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, QStringLiteral("sale"), QStringLiteral("截短或回退")),
                 qPrintable(lines(f).join(u'\n')));
    }

    void aForgedAnchorIsNamed()
    {
        QFile a(anchorPath());
        QVERIFY(a.open(QIODevice::Append));
        a.write(QByteArrayLiteral(
            "{\"at\":\"2026-11-23T10:00:00\",\"sig\":\"AAAA\",\"tables\":{},\"v\":1}\n"));
        a.close();
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, QStringLiteral("anchors"), QStringLiteral("签名不符")),
                 qPrintable(lines(f).join(u'\n')));
    }

    // One edit each, made with the file: the table and what changed are named.
    void fileLevelEditsAreNamed_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("words");
        QTest::newRow("anEditedBalanceIsNamed")
            << QStringLiteral("UPDATE stock_balance SET pieces = pieces + 24 WHERE batch_id = 1")
            << QStringLiteral("stock_balance") << QStringLiteral("不符");
        QTest::newRow("anUnsoldBoxMarkedSoldIsNamed")
            << QStringLiteral("UPDATE trace_code SET sale_no = 'XS-T01-20261123-0009' WHERE code = "
                              "'80000000000000000004'")
            << QStringLiteral("trace_code") << QStringLiteral("80000000000000000004");
        QTest::newRow("aSoldBoxMadeUnsoldIsNamed")
            << QStringLiteral(
                   "UPDATE trace_code SET sale_no = '' WHERE code = '80000000000000000002'")
            << QStringLiteral("trace_code") << QStringLiteral("80000000000000000002");
        QTest::newRow("anEditedPrescriptionReviewIsNamed")
            << QStringLiteral("UPDATE prescription_review SET licence_no = '00000000000000'")
            << QStringLiteral("prescription_review") << QStringLiteral("第 0 段");
        QTest::newRow("anEditedUploadRecordIsNamed")
            << QStringLiteral("UPDATE outbox SET payload = '{}' WHERE id = 1")
            << QStringLiteral("outbox") << QStringLiteral("第 0 段");
        QTest::newRow("aDeletedUploadRecordIsNamed")
            << QStringLiteral("DELETE FROM outbox WHERE id = 2") << QStringLiteral("outbox")
            << QStringLiteral("第 0 段");
        QTest::newRow("aPromotedAccountIsNamed")
            << QStringLiteral("UPDATE app_user SET role = 4 WHERE username = 'zhangsan'")
            << QStringLiteral("app_user") << QStringLiteral("被改动");
    }
    void fileLevelEditsAreNamed()
    {
        QFETCH(QString, statement);
        QFETCH(QString, table);
        QFETCH(QString, words);
        attack({statement});
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, table, words), qPrintable(lines(f).join(u'\n')));
    }

    void aChangeThroughTheApplicationIsSealed()
    {
        // What the application writes is sealed as it commits: a later verify is clean.
        SqlUserRepository users(*m_db);
        const User u = *users.findByUsername(QStringLiteral("zhangsan"));
        QVERIFY(users.setActive(u.id, false).ok());
        QVERIFY(
            storagetest::recordSale(*m_db, sale({QStringLiteral("80000000000000000005")})).ok());
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(f.isEmpty(), qPrintable(lines(f).join(u'\n')));
    }

    void aWrongKeyFindsEverySealForged()
    {
        // Seals made by someone else's key (a copied database under a new key) do not verify.
        crypto::OpenSslRecordSealer other(testkeys::freshRing());
        const QList<IntegrityFinding> f = integrity::verify(*m_db, &other, {anchorPath()});
        QVERIFY(mentions(f, QStringLiteral("audit_log"), QStringLiteral("MAC")));
        QVERIFY(mentions(f, QStringLiteral("anchors"), QStringLiteral("签名不符")));
    }

    // Triggers refuse edits on every append-only table: any sealed column, and any deletion.
    // (Accounts change through the application — role, password, active — and are sealed as
    // state; they are never deleted.)
    void triggersRefuseEditsOnEveryAppendOnlyTable()
    {
        for (const QString& table : integrity::protectedTables()) {
            const QString rows = scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
            QVERIFY2(rows.toInt() > 0, qPrintable(table + QStringLiteral(" has no rows to try")));
            QSqlQuery q(m_db->connection());
            QVERIFY2(!q.exec(QStringLiteral("DELETE FROM %1").arg(table)),
                     qPrintable(table + QStringLiteral(": DELETE was allowed")));
            if (table == QStringLiteral("app_user"))
                continue;
            for (const QString& column : integrity::sealedColumns(table))
                QVERIFY2(!q.exec(QStringLiteral("UPDATE %1 SET %2 = CASE typeof(%2) WHEN 'integer' "
                                                "THEN %2 + 1000 WHEN 'text' THEN %2 || 'x' "
                                                "ELSE x'00' END")
                                     .arg(table, column)),
                         qPrintable(table + u'.' + column + QStringLiteral(": UPDATE allowed")));
        }
        // stock_balance changes with every posting, but only its quantity.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE stock_balance SET batch_id = batch_id + 100")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM stock_balance")));
        QVERIFY(verify().isEmpty());
    }

    void segmentsCloseAndStayClosed()
    {
        // 2,500 rows: two closed segments and an open one; a commit reads only the open one.
        {
            Transaction tx(*m_db);
            QVERIFY(tx.isActive());
            QSqlQuery q(m_db->connection());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO trace_code (code, product_id, batch_id, received_at, purchase_doc) "
                "VALUES (?, 1, 1, '2026-11-23T09:00:00', 'X')")));
            for (int i = 0; i < 2500; ++i) {
                q.addBindValue(QStringLiteral("9%1").arg(i, 19, 10, QLatin1Char('0')));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM integrity_segment WHERE table_name "
                                       "= 'trace_code' AND closed = 1")),
                 QStringLiteral("2"));
        QVERIFY(verify().isEmpty());
        // A closed segment refuses any change but its MAC (which key rotation makes again).
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE integrity_segment SET digest = x'00' WHERE "
                                       "table_name = 'trace_code' AND segment = 0")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM integrity_segment")));
        // An edit in the first closed segment is named there, and not in the segments after it.
        attack({QStringLiteral("UPDATE trace_code SET product_id = 2 WHERE rowid = 3")});
        const QList<IntegrityFinding> f = verify();
        QVERIFY2(mentions(f, QStringLiteral("trace_code"), QStringLiteral("第 0 段")),
                 qPrintable(lines(f).join(u'\n')));
        QVERIFY(!mentions(f, QStringLiteral("trace_code"), QStringLiteral("第 1 段")));
    }
};

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
