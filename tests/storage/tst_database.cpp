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
        for (const char* table : {"product", "product_code", "sale", "sale_line", "receipt_print"}) {
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
        QVERIFY(q.exec(QStringLiteral("SELECT last FROM doc_sequence WHERE prefix='x'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pos.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = %1")
                                    .arg(Database::latestSchemaVersion() + 1)).ok());
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
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(prefix) FROM doc_sequence")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("b"));
    }

    void salesAreAppendOnly()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.ok());
        Database& d = **db;
        QVERIFY(d.exec(QStringLiteral(
            "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, payment_method, "
            "tendered_fen, change_fen) VALUES ('S1', '2026-11-23', 'T01', 'x', 100, 'cash', 100, 0)")).ok());
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
        QVERIFY(!(*db)->exec(QStringLiteral(
            "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, payment_method, "
            "tendered_fen, change_fen) VALUES ('S1', 'x', 'T01', 'x', 100, 'cash', 100, 5)")).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
