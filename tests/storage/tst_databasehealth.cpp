// A damaged store is named with what to do, wherever the damage is found: at open (not SQLite, a
// directory, truncated — checked in O(1) from the header), in any query that reads a damaged page,
// and by the on-demand integrity check `pharmapos verify` runs. The damage is made the way the
// reliability probe (shared/tools/reliability/badinput.py) makes it.
#include "storage/database.h"
#include "storage/databasehealth.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;

namespace {

constexpr int kRows = 2000;

/// A store with a table of kRows rows of 200 bytes, checkpointed into the main file and closed
/// (no WAL left), as the probe copies the demo store.
QString makeStore(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("pharmapos.sqlite"));
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot create the store: %s", qPrintable(db.error().message));
    Q_UNUSED((*db)->exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, v TEXT)")));
    Q_UNUSED((*db)->exec(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO filler SELECT i, printf('%.200d', i) FROM n")
            .arg(kRows)));
    Q_UNUSED((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return path;
}

bool overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
}

qint64 pageSize(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray h = f.read(18);
    return (quint8(h.at(16)) << 8) | quint8(h.at(17));
}

} // namespace

class TestDatabaseHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Damage found at open, before SQLite reads a page: the message names the file, says what is
    // wrong and what to do.
    void damageFoundAtOpen_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("says");
        QTest::newRow("random bytes (not SQLite)") << "random"
                                                   << "不是 SQLite 数据库文件";
        QTest::newRow("a text file") << "text"
                                     << "不是 SQLite 数据库文件";
        QTest::newRow("shorter than the header") << "tiny"
                                                 << "连文件头都不完整";
        QTest::newRow("truncated to half") << "half"
                                           << "文件被截短";
        QTest::newRow("a bad page size in the header") << "pagesize"
                                                       << "页大小";
        QTest::newRow("a directory where the file should be") << "directory"
                                                              << "是一个目录";
    }
    void damageFoundAtOpen()
    {
        QFETCH(QString, damage);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pharmapos.sqlite"));
        if (damage == u"random" || damage == u"text" || damage == u"tiny") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (damage == u"random")
                for (int i = 0; i < 100000; ++i)
                    f.putChar(char((i * 7919 + 13) % 256));
            else
                f.write(damage == u"text" ? QByteArray("hello\n").repeated(1000)
                                          : QByteArray("SQLite format 3"));
        } else if (damage == u"directory") {
            QVERIFY(QDir().mkpath(path));
        } else {
            makeStore(dir);
            if (damage == u"half")
                QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
            else
                QVERIFY(overwrite(path, 16, QByteArray("\x03\x00", 2)));
        }
        const Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::StorageFailure);
        const QString m = db.error().message;
        QVERIFY2(m.contains(path) && m.contains(says), qPrintable(m));
        if (damage != u"directory")
            QVERIFY2(m.contains(QStringLiteral(
                         "请停止使用本机，从备份恢复；pharmapos verify 可列出损坏之处")),
                     qPrintable(m));
        // verify lists the same finding, on a store open() refuses.
        if (damage != u"directory") {
            const Result<IntegrityReport> r = checkIntegrity(path, IntegrityDepth::Quick);
            QVERIFY(r.ok());
            QVERIFY(!r->intact());
            QVERIFY2(r->problems.first().contains(says), qPrintable(r->problems.first()));
        }
    }

    // A store that is whole opens, and so do the states a crash leaves: an empty file (its first
    // transactions still in the WAL), a file shorter than its header beside a WAL with content,
    // a file longer than its header.
    void wholeOrRecoverableStoresOpen()
    {
        QTemporaryDir dir;
        const QString path = makeStore(dir);
        QVERIFY(checkStoreFile(path).ok());
        QVERIFY(Database::open(path).ok());
        const Result<IntegrityReport> r = checkIntegrity(path, IntegrityDepth::Full);
        QVERIFY(r.ok());
        QVERIFY2(r->intact(), qPrintable(r->problems.join(u'\n')));

        QTemporaryDir other;
        const QString empty = other.filePath(QStringLiteral("empty.sqlite"));
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(checkStoreFile(empty).ok());
        QVERIFY(Database::open(empty).ok());

        QVERIFY(QFile::resize(path, QFileInfo(path).size() - pageSize(path)));
        QVERIFY(!checkStoreFile(path).ok());
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(32, 'x'));
        wal.close();
        QVERIFY2(checkStoreFile(path).ok(), "a WAL may still complete the file: SQLite decides");
        QVERIFY(checkStoreFile(QStringLiteral(":memory:")).ok());
        QVERIFY(checkStoreFile(other.filePath(QStringLiteral("new.sqlite"))).ok());
    }

    // A damaged page found by a query — not at open — gives the same message through sqlError(),
    // whatever repository ran the query; verify lists it.
    void damageFoundByAQuery()
    {
        QTemporaryDir dir;
        const QString path = makeStore(dir);
        const qint64 size = QFileInfo(path).size();
        const qint64 page = pageSize(path);
        // The last pages hold the filler table's last rows; the schema (page 1) stays whole.
        QVERIFY(overwrite(path, size - 3 * page, QByteArray(int(page), '\xFF')));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QSqlQuery q((*db)->connection());
        bool failed = !q.exec(QStringLiteral("SELECT SUM(length(v)) FROM filler"));
        if (!failed)
            while (q.next()) {
            }
        failed = failed || q.lastError().isValid();
        QVERIFY2(failed, "the damaged page was read");
        QVERIFY(isDamage(q.lastError()));
        QCOMPARE(databaseFileOf(q), QFileInfo(path).absoluteFilePath());
        const Error e = sqlError(q, QStringLiteral("读取测试表"));
        QVERIFY2(e.message.contains(QFileInfo(path).absoluteFilePath())
                     && e.message.contains(QStringLiteral("已损坏（读取测试表时："))
                     && e.message.contains(QStringLiteral("从备份恢复")),
                 qPrintable(e.message));
        db = makeError(ErrorCode::StorageFailure, QString()); // close before the check
        for (const IntegrityDepth depth : {IntegrityDepth::Quick, IntegrityDepth::Full}) {
            const Result<IntegrityReport> r = checkIntegrity(path, depth, 5);
            QVERIFY(r.ok());
            QVERIFY(!r->intact());
            QVERIFY(r->problems.size() <= 6);
        }
    }

    // A schema version the tables contradict (the probe's user_version reset to 3) is named as
    // damage, not as a failed migration.
    void aVersionTheTablesContradictIsDamage()
    {
        QTemporaryDir dir;
        const QString path = makeStore(dir);
        {
            auto db = Database::open(path);
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 3")).ok());
        }
        const Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("记录的结构版本 3 与内容不符"))
                     && db.error().message.contains(QStringLiteral("从备份恢复")),
                 qPrintable(db.error().message));
    }

    // The O(1) check at every open costs microseconds, whatever the store's size.
    void theOpenCheckReadsOnlyTheHeader()
    {
        QTemporaryDir dir;
        const QString path = makeStore(dir);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 1000; ++i)
            QVERIFY(checkStoreFile(path).ok());
        qInfo("checkStoreFile: %.1f µs per open", double(t.nsecsElapsed()) / 1000 / 1000);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseHealth)
#include "tst_databasehealth.moc"
