#include "storage/database.h"
#include "storage/sqlstaffrepositories.h"
#include "tests/storage/intruder.h"
#include "tests/support/teststore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;

namespace {

QDateTime at(int h, int m = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(h, m));
}

} // namespace

class TestSqlStaffRepositories : public QObject
{
    Q_OBJECT
    /// Each test's own database file (the shared reopen fixture).
    std::optional<testsupport::StoreFile> m_store;

    void reopen()
    {
        const Status s = m_store->reopen();
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    }

    void writeTenEntries()
    {
        SqlAuditLog log(m_store->db());
        for (int i = 1; i <= 10; ++i)
            QVERIFY(log.append(AuditEvent{at(9, i), QStringLiteral("zhangsan"), AuditAction::Login,
                                          QStringLiteral("T01"), QStringLiteral("第%1次").arg(i)})
                        .ok());
        QVERIFY(log.verify().isEmpty());
        QCOMPARE(log.entryCount(), 10);
    }

    QList<AuditFinding> verifyAfter(const QStringList& statements)
    {
        m_store->close();
        storagetest::tamper(
            m_store->path(), statements,
            {QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete")});
        reopen();
        return SqlAuditLog(m_store->db()).verify();
    }

private Q_SLOTS:
    void init() { m_store.emplace(); }
    void cleanup() { m_store.reset(); }

    void usersRoundTrip()
    {
        SqlUserRepository users(m_store->db());
        User u;
        u.username = QStringLiteral("lisi");
        u.displayName = QStringLiteral("李四");
        u.role = Role::Pharmacist;
        u.licenceNo = QStringLiteral("36201801234567");
        Result<User> added = users.add(u, QStringLiteral("hash"));
        QVERIFY(added.ok());
        QVERIFY(!users.add(u, QStringLiteral("hash")).ok()); // usernames are unique
        QCOMPARE(users.userCount(), 1);
        QCOMPARE(users.passwordHash(added->id), QStringLiteral("hash"));
        QVERIFY(users.setLoginState(added->id, 3, at(10)).ok());
        const User back = *users.findByUsername(QStringLiteral("lisi"));
        QCOMPARE(back.role, Role::Pharmacist);
        QCOMPARE(back.licenceNo, u.licenceNo);
        QCOMPARE(back.failedAttempts, 3);
        QCOMPARE(back.lockedUntil, at(10));
        QVERIFY(users.setLoginState(added->id, 0, QDateTime()).ok());
        QVERIFY(!users.findById(added->id)->lockedUntil.isValid());
    }

    // Issue 12 item 7: the attempt is counted before its password is checked; the 5th locks at
    // once, later attempts are not counted and find the lock, and after it the count restarts.
    void loginAttemptsAreCountedUntilTheLock()
    {
        SqlUserRepository users(m_store->db());
        User u;
        u.username = QStringLiteral("zhangsan");
        u.displayName = QStringLiteral("张三");
        u.role = Role::Cashier;
        Result<User> added = users.add(u, QStringLiteral("hash"));
        QVERIFY(added.ok());
        const QDateTime until = at(8, 30);
        for (int n = 1; n <= 4; ++n) {
            Result<UserRepository::LoginAttempt> a =
                users.countLoginAttempt(added->id, 5, at(8, 1), until);
            QVERIFY(a.ok());
            QCOMPARE(a->attempt, n);
            QVERIFY(!a->lockedUntil.isValid());
        }
        Result<UserRepository::LoginAttempt> fifth =
            users.countLoginAttempt(added->id, 5, at(8, 2), until);
        QVERIFY(fifth.ok());
        QCOMPARE(fifth->attempt, 5);
        QCOMPARE(fifth->lockedUntil, until);
        Result<UserRepository::LoginAttempt> locked =
            users.countLoginAttempt(added->id, 5, at(8, 29), until);
        QVERIFY(locked.ok());
        QCOMPARE(locked->attempt, 0);
        QCOMPARE(locked->lockedUntil, until);
        QCOMPARE(users.findById(added->id)->failedAttempts, 0);
        Result<UserRepository::LoginAttempt> after =
            users.countLoginAttempt(added->id, 5, at(8, 30), at(9, 0));
        QVERIFY(after.ok());
        QCOMPARE(after->attempt, 1);
        QVERIFY(!users.countLoginAttempt(9999, 5, at(8, 31), at(9, 0)).ok()); // no such account
    }

    void dutyPeriodsCloseOnceAndStay()
    {
        SqlUserRepository users(m_store->db());
        User u;
        u.username = QStringLiteral("lisi");
        u.displayName = QStringLiteral("李四");
        u.role = Role::Pharmacist;
        const qint64 id = users.add(u, QStringLiteral("h"))->id;
        SqlDutyRepository duty(m_store->db());
        Result<DutyPeriod> p = duty.open(id, at(22));
        QVERIFY(p.ok());
        QVERIFY(!duty.open(id, at(23)).ok()); // one open period per pharmacist
        QVERIFY(duty.close(p->id, at(23, 30)).ok());
        QVERIFY(!duty.close(p->id, at(23, 45)).ok()); // closed once
        QVERIFY(!m_store->db().exec(QStringLiteral("DELETE FROM duty_period")).ok());
        QVERIFY(!m_store->db()
                     .exec(QStringLiteral("UPDATE duty_period SET started_at = '2026-01-01'"))
                     .ok());
        QCOMPARE(duty.overlapping(at(23), at(23, 1)).size(), 1);
        QCOMPARE(duty.overlapping(at(23, 30), at(23, 59)).size(), 0);
        QCOMPARE(duty.overlapping(at(23), at(23, 1)).first().displayName, QStringLiteral("李四"));
    }

    void auditIsAppendOnly()
    {
        writeTenEntries();
        QVERIFY(!m_store->db()
                     .exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 3"))
                     .ok());
        QVERIFY(!m_store->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")).ok());
        QVERIFY(SqlAuditLog(m_store->db()).verify().isEmpty());
    }

    void detectsAnEditedEntry()
    {
        writeTenEntries();
        const QList<AuditFinding> f =
            verifyAfter({QStringLiteral("UPDATE audit_log SET actor = 'lisi' WHERE seq = 4")});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().sequence, 4);
        QVERIFY(f.first().problem.contains(QStringLiteral("改动")));
    }

    void detectsADeletedEntry()
    {
        writeTenEntries();
        const QList<AuditFinding> f =
            verifyAfter({QStringLiteral("DELETE FROM audit_log WHERE seq = 6")});
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().sequence, 6);
        QVERIFY(f.first().problem.contains(QStringLiteral("缺失")));
    }

    void detectsDeletedNewestEntries()
    {
        writeTenEntries();
        const QList<AuditFinding> f =
            verifyAfter({QStringLiteral("DELETE FROM audit_log WHERE seq >= 9")});
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().problem.contains(QStringLiteral("9–10")));
    }

    void detectsSwappedEntries()
    {
        writeTenEntries();
        // Swap entries 3 and 4 whole (hashes included), keeping their places in the sequence.
        const QList<AuditFinding> f = verifyAfter({
            QStringLiteral("UPDATE audit_log SET seq = -3 WHERE seq = 3"),
            QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"),
            QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -3"),
        });
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().sequence, 3);
    }

    void detectsARecomputedButUnlinkedEntry()
    {
        writeTenEntries();
        // A careful forger recomputes entry 5's own hash after editing it; entry 6 still points at
        // the old one.
        SqlAuditLog log(m_store->db());
        QSqlQuery q(m_store->db().connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT prev_hash, at, actor, action, target FROM audit_log WHERE seq = 5"))
                && q.next());
        const QString forged = SqlAuditLog::entryHash(
            q.value(0).toString(), 5, q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), QStringLiteral("伪造"));
        q.finish();
        const QList<AuditFinding> f = verifyAfter(
            {QStringLiteral("UPDATE audit_log SET detail = '伪造', hash = '%1' WHERE seq = 5")
                 .arg(forged)});
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().sequence, 6);
    }
};

QTEST_GUILESS_MAIN(TestSqlStaffRepositories)
#include "tst_sqlstaffrepositories.moc"
