#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseIsMigratedToLatest()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("sub/dir/pos.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char* table :
             {"product", "product_code", "sale", "sale_line", "receipt_print"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        }
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pos.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO doc_sequence VALUES ('x', 7)")).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT last FROM doc_sequence WHERE prefix='x'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pos.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(Database::latestSchemaVersion() + 1))
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::StorageFailure);
        QVERIFY(db.error().message.contains(QStringLiteral("更新版本")));
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pos.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
    }

    // The upgrade path: a database left at every earlier version opens at the latest, keeping
    // what it held.
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = Database::openAtVersion(path, from);
            QVERIFY(old.ok());
            QCOMPARE((*old)->schemaVersion(), from);
            // What every version has: a product and a sale.
            QVERIFY(
                (*old)
                    ->exec(QStringLiteral(
                        "INSERT INTO product (code, generic_name, insurance_category, rx_class, drug_type, price_fen) "
                        "VALUES ('P1', '阿莫西林胶囊', 3, 1, 1, 1280)"))
                    .ok());
            QVERIFY(
                (*old)
                    ->exec(QStringLiteral(
                        "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, payment_method, "
                        "tendered_fen, change_fen) VALUES ('S1', '2026-01-01', 'T01', 'x', 1280, 'cash', 2000, 720)"))
                    .ok());
            QVERIFY(
                (*old)
                    ->exec(QStringLiteral(
                        "INSERT INTO sale_line (sale_id, line_no, product_id, product_name, spec, unit, quantity, "
                        "unit_price_fen, amount_fen) VALUES (1, 1, 1, '阿莫西林胶囊', '', '盒', 1, 1280, 1280)"))
                    .ok());
            if (from >= 2)
                QVERIFY(
                    (*old)
                        ->exec(QStringLiteral(
                            "INSERT INTO app_user (username, display_name, role, password_hash) "
                            "VALUES ('lisi', '李四', 2, 'h')"))
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT price_fen, piece_price_fen FROM product WHERE code = 'P1'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1280);
        QCOMPARE(q.value(1).toInt(), 0); // added by 0003 with its default
        QVERIFY(q.exec(QStringLiteral("SELECT quantity, sale_unit FROM sale_line")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        for (const char* table :
             {"app_user", "audit_log", "duty_period", "stock_movement", "outbox"})
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        if (from >= 2) {
            QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM app_user")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("李四"));
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.ok());
        {
            Transaction tx(**db);
            QVERIFY(tx.isActive());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO doc_sequence VALUES ('a', 1)")).ok());
        } // no commit
        {
            Transaction tx(**db, Durability::Full);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO doc_sequence VALUES ('b', 1)")).ok());
            QVERIFY(tx.commit().ok());
        }
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(prefix) FROM doc_sequence"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("b"));
    }

    void salesAreAppendOnly()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.ok());
        Database& d = **db;
        QVERIFY(
            d
                .exec(QStringLiteral(
                    "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, payment_method, "
                    "tendered_fen, change_fen) VALUES ('S1', '2026-11-23', 'T01', 'x', 100, 'cash', 100, 0)"))
                .ok());
        const Status update = d.exec(QStringLiteral("UPDATE sale SET total_fen = 1"));
        QVERIFY(!update.ok());
        QVERIFY(update.error().message.contains(QStringLiteral("append-only")));
        QVERIFY(!d.exec(QStringLiteral("DELETE FROM sale")).ok());
    }

    void checkConstraintsGuardMoney()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.ok());
        // tendered - change must equal the total
        QVERIFY(
            !(*db)
                 ->exec(QStringLiteral(
                     "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, payment_method, "
                     "tendered_fen, change_fen) VALUES ('S1', 'x', 'T01', 'x', 100, 'cash', 100, 5)"))
                 .ok());
    }

    // Days and times are read back by hand on the hot paths: the same answer as Qt's parser with
    // the stored format, valid or not.
    void daysAndTimesReadAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* t : {"2026-03-05", "2028-02-29", "2026-02-29", "2026-13-01", "2026-00-10",
                              "20x6-01-01", "2026/01/01", "2026-1-1", "", " 2026-01-01",
                              "0001-01-01", "9999-12-31", "２０２６-01-01"})
            QTest::addRow("day %s", t) << QString::fromUtf8(t);
        for (const char* t :
             {"2026-03-05 08:30:15.123", "2026-03-05 23:59:59.999", "2026-03-05 24:00:00.000",
              "2026-03-05 12:60:00.000", "2026-03-05 12:00:61.000", "2026-03-05T08:30:15.123",
              "2026-03-05 08:30:15", "2026-02-30 08:30:15.123", "2026-03-05 08:3a:15.123", ""})
            QTest::addRow("time %s", t) << QString::fromUtf8(t);
    }
    void daysAndTimesReadAsQtReadsThem()
    {
        QFETCH(QString, text);
        QCOMPARE(dayFromText(text), QDate::fromString(text, QStringLiteral("yyyy-MM-dd")));
        QCOMPARE(timeFromText(text), QDateTime::fromString(text, kTimeFormat));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
