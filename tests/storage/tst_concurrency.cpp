// Two writers at once (issue 12): the counter and a manager's command each have their own
// connection to the store; four of them posting at the same moment must all succeed — each
// waits its turn (BEGIN IMMEDIATE, busy timeout) — with every audit entry written and every seal
// intact. The probe found 10 of 64 postings failed and 29 of 192 audit events lost.

#include "app/core/inventory/postings.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlstaffrepositories.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"
#include "tests/storage/cryptotestkeys.h"
#include "tests/storage/ledgerhelpers.h"

#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace pos;
using namespace pos::storage;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(9, 0));

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<const crypto::KeyRing> m_ring = testkeys::freshRing();
    crypto::OpenSslRecordSealer m_sealer{m_ring};
    fakes::FakeFieldCipher m_cipher;

    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        (*db)->setRecordSealer(&m_sealer);
        SqlProductCatalog catalog(**db);
        QVERIFY(catalog
                    .upsert({fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1580),
                             fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊"), 2250)})
                    .ok());
        int serial = 0;
        QVERIFY(storagetest::receiveBoxes(**db, catalog,
                                          {QStringLiteral("P00001"), QStringLiteral("P00002")}, 500,
                                          serial, kAt)
                    .ok());
    }

    // Four connections (the counter, commands, the upload worker) × 50 postings each, all at
    // once: every posting and every audit entry is there, balances equal movements, and the
    // seals of all four writers' rows verify.
    void fourWritersLoseNothing()
    {
        constexpr int kWriters = 4;
        constexpr int kEach = 50;
        const qint64 auditBefore = [&] {
            auto db = Database::open(path());
            return scalar(**db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        }();
        std::atomic<int> failures{0};
        std::atomic<int> posted{0};
        QStringList errors;
        QMutex errorsLock;
        std::atomic<bool> go{false};
        QList<QThread*> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads << QThread::create([&, w] {
                auto db = Database::open(path());
                if (!db) {
                    ++failures;
                    return;
                }
                (*db)->setRecordSealer(&m_sealer);
                SqlProductCatalog catalog(**db);
                SqlLedgerStore store(**db, m_cipher);
                SqlAuditLog audit(**db);
                while (!go.load())
                    QThread::yieldCurrentThread();
                for (int i = 0; i < kEach; ++i) {
                    // Alternately a posting with its audit entry, and an audit entry of its own
                    // (a refusal, a login): both kinds were lost before.
                    Status done;
                    if (i % 2 == 0) {
                        Result<QString> r = storagetest::posted<QString>(
                            **db, QStringLiteral("writer%1").arg(w), kAt.addSecs(i),
                            [&](LedgerTransaction& tx) {
                                return postings::adjustment(tx, catalog, 1 + (i / 2) % 2,
                                                            MovementKind::Loss, 1,
                                                            QStringLiteral("并发测试"));
                            });
                        done = r ? Status{} : Status(r.error());
                    } else {
                        done = audit.append(AuditEvent{
                            kAt.addSecs(i), QStringLiteral("writer"), AuditAction::RuleRefused,
                            QStringLiteral("w%1-%2").arg(w).arg(i), QStringLiteral("并发")});
                    }
                    if (done) {
                        ++posted;
                    } else {
                        ++failures;
                        QMutexLocker l(&errorsLock);
                        errors << done.error().message;
                    }
                }
            });
        }
        for (QThread* t : threads)
            t->start();
        go = true;
        for (QThread* t : threads) {
            QVERIFY(t->wait(120'000));
            delete t;
        }
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
        QCOMPARE(posted.load(), kWriters * kEach);

        auto db = Database::open(path());
        QVERIFY(db.ok());
        // Each posting wrote its own audit entry, each other append one: none lost.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) - auditBefore,
                 qint64(kWriters * kEach));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM stock_movement WHERE kind = 5")),
                 qint64(kWriters * kEach / 2));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM stock_balance b WHERE b.pieces "
                                             "<> (SELECT SUM(pieces) FROM stock_movement m "
                                             "WHERE m.batch_id = b.batch_id)")),
                 qint64(0));
        QVERIFY(SqlAuditLog(**db).verify().isEmpty());
        const QList<IntegrityFinding> f = integrity::verify(**db, &m_sealer, {});
        QStringList found;
        for (const IntegrityFinding& x : f)
            found << x.table + u':' + x.problem;
        QVERIFY2(f.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
