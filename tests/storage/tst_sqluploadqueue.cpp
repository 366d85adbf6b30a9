#include "app/core/upload/platformrecords.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqluploadqueue.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(9, 30));

QJsonObject sale(int n)
{
    return QJsonObject{
        {QStringLiteral("selinfo"),
         QJsonObject{{QStringLiteral("fixmedins_bchno"), QStringLiteral("XS-%1-B1").arg(n)},
                     {QStringLiteral("fixmedins_hilist_id"), QStringLiteral("P00001")},
                     {QStringLiteral("sel_retn_cnt"), QStringLiteral("2")},
                     {QStringLiteral("sel_retn_time"), QStringLiteral("2026-11-23 09:00:00")}}}};
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

/// The upload queue's storage: states and their kept counts, the archive, ids never reused, the
/// msgid sequence, the link state, and the upgrade of a store whose outbox already holds records.
class TestSqlUploadQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upgradeKeepsTheLedgersRecordsPending()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/pos.sqlite");
        {
            auto old = Database::openAtVersion(path, 7);
            QVERIFY(old.ok());
            for (int i = 1; i <= 3; ++i)
                QVERIFY((*old)
                            ->exec(QStringLiteral("INSERT INTO outbox (infno, doc_ref, payload, "
                                                  "created_at) VALUES ('3505', 'XS-%1', '{}', "
                                                  "'2026-11-2%1 09:00:00.000')")
                                       .arg(i))
                            .ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        SqlUploadQueue queue(**db, QStringLiteral("P36010200001"));
        const UploadQueueStatus s = queue.status();
        QCOMPARE(s.pending, 3);
        QCOMPARE(s.oldestWaiting.date(), QDate(2026, 11, 21));
        QCOMPARE(queue.head()->id, 1);
        // The ledger's writer still writes as before; the record is pending and counted.
        SqlInventoryRepository inventory(**db);
        QCOMPARE(inventory.outboxStatus().pending, 3);
    }

    void idsAreNeverReusedOnceArchived()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path() + QStringLiteral("/pos.sqlite"));
        SqlUploadQueue queue(**db, QStringLiteral("P36010200001"));
        const qint64 a =
            queue.enqueue(QStringLiteral("3505"), QStringLiteral("XS-1"), sale(1), kAt).value();
        QVERIFY(queue.markSending(a, QStringLiteral("M1"), kAt).ok());
        QVERIFY(queue.markAccepted(a, kAt).ok());
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        const qint64 b =
            queue.enqueue(QStringLiteral("3505"), QStringLiteral("XS-2"), sale(2), kAt).value();
        QVERIFY(b > a);
        QCOMPARE(queue.record(a)->state, UploadState::Accepted);
        QCOMPARE(queue.record(a)->msgId, QStringLiteral("M1"));
        // The archive cannot be changed.
        QVERIFY(!(*db)->exec(QStringLiteral("UPDATE outbox_archive SET msgid = 'x'")).ok());
        QVERIFY(!(*db)->exec(QStringLiteral("DELETE FROM outbox_archive")).ok());
    }

    void countsAreKeptNotCounted()
    {
        // A random walk through every transition; the kept counts always equal the rows.
        QTemporaryDir dir;
        auto db = Database::open(dir.path() + QStringLiteral("/pos.sqlite"));
        SqlUploadQueue queue(**db, QStringLiteral("P36010200001"));
        QRandomGenerator rnd(42);
        QList<qint64> live;
        for (int step = 0; step < 1500; ++step) {
            const int op = int(rnd.bounded(8));
            if (op == 0 || live.isEmpty()) {
                live << queue.enqueue(QStringLiteral("3505"), {}, sale(step), kAt).value();
                continue;
            }
            const qint64 id = live.at(int(rnd.bounded(int(live.size()))));
            const UploadState state = queue.record(id)->state;
            switch (op) {
            case 1: (void)queue.markSending(id, QStringLiteral("M%1").arg(step), kAt); break;
            case 2:
                if (queue.markAccepted(id, kAt).ok())
                    live.removeAll(id);
                break;
            case 3: (void)queue.markRejected(id, QStringLiteral("no"), kAt); break;
            case 4: (void)queue.markUnknown(id, QStringLiteral("?"), kAt, kAt); break;
            case 5: (void)queue.markPending(id, kAt, {}, kAt); break;
            case 6:
                if (state == UploadState::Rejected
                    && queue.withdraw(id, {}, QStringLiteral("x"), kAt).ok())
                    live.removeAll(id);
                break;
            case 7: (void)queue.correct(id, sale(step), kAt); break;
            }
        }
        const UploadQueueStatus s = queue.status();
        auto rows = [&](const char* where) {
            return count(**db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ")
                                   + QLatin1String(where));
        };
        QCOMPARE(s.pending, rows("state = 1"));
        QCOMPARE(s.sending, rows("state = 2"));
        QCOMPARE(s.rejected, rows("state = 4"));
        QCOMPARE(s.unknown, rows("state = 5"));
        QCOMPARE(
            s.accepted,
            count(**db, QStringLiteral("SELECT COUNT(*) FROM outbox_archive WHERE state = 3")));
        QCOMPARE(
            s.withdrawn,
            count(**db, QStringLiteral("SELECT COUNT(*) FROM outbox_archive WHERE state = 6")));
        QVERIFY(s.accepted > 50 && s.withdrawn > 5);
        // The status reads the counters, never a COUNT over the (growing) archive.
        QCOMPARE(count(**db, QStringLiteral("SELECT SUM(n) FROM outbox_counter")),
                 count(**db, QStringLiteral("SELECT COUNT(*) FROM outbox"))
                     + count(**db, QStringLiteral("SELECT COUNT(*) FROM outbox_archive")));
    }

    void headSkipsRejectedAndKeepsOrder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path() + QStringLiteral("/pos.sqlite"));
        SqlUploadQueue queue(**db, QStringLiteral("P36010200001"));
        const qint64 a = queue.enqueue(QStringLiteral("3505"), {}, sale(1), kAt).value();
        const qint64 b = queue.enqueue(QStringLiteral("3505"), {}, sale(2), kAt).value();
        QCOMPARE(queue.head()->id, a);
        QVERIFY(queue.markRejected(a, QStringLiteral("追溯码格式不符"), kAt).ok());
        QCOMPARE(queue.head()->id, b);
        QVERIFY(!queue.markSending(a, QStringLiteral("M"), kAt).ok()); // rejected: not sent
        QVERIFY(queue.correct(a, sale(11), kAt).ok());
        QCOMPARE(queue.head()->id, a);                  // back at its place in the order
        QVERIFY(!queue.correct(b, sale(12), kAt).ok()); // only refused records are corrected
        QCOMPARE(queue.records({UploadState::Pending}, 10).size(), 2);
    }

    void acceptancesStoredTogetherAreAllOrNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path() + QStringLiteral("/pos.sqlite"));
        SqlUploadQueue queue(**db, QStringLiteral("P36010200001"));
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids << queue.enqueue(QStringLiteral("3505"), {}, sale(i), kAt).value();
        QVERIFY(queue.markRejected(ids.at(1), QStringLiteral("批号不符"), kAt).ok());
        QVERIFY(queue.claim({ids.at(0), ids.at(2), ids.at(3), ids.at(4)}, kAt).ok());
        // Open before a record: pending, sending and unknown ones, never the rejected one.
        QCOMPARE(queue.openBefore(ids.at(0)), 0);
        QCOMPARE(queue.openBefore(ids.at(3)), 2);
        QCOMPARE(queue.openBefore(ids.at(4) + 1), 4);
        // One of them no longer in the queue (the rejected one was withdrawn meanwhile): none
        // of the batch is archived.
        QVERIFY(queue.withdraw(ids.at(1), {}, QStringLiteral("撤回"), kAt).ok());
        QVERIFY(!queue.markAccepted(QList<qint64>{ids.at(0), ids.at(1), ids.at(2)}, kAt).ok());
        QCOMPARE(queue.record(ids.at(0))->state, UploadState::Sending);
        QCOMPARE(queue.status().accepted, 0);
        QVERIFY(queue.markAccepted(QList<qint64>{ids.at(0), ids.at(2), ids.at(3)}, kAt).ok());
        QCOMPARE(queue.status().accepted, 3);
        QCOMPARE(queue.status().sending, 1);
        QCOMPARE(queue.record(ids.at(3))->state, UploadState::Accepted);
        QCOMPARE(queue.headId(), ids.at(4));
        QCOMPARE(queue.openBefore(ids.at(4)), 0);
        QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM outbox_archive WHERE state = 3")),
                 3);
    }

    void msgIdSequenceNeverRepeats()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path() + QStringLiteral("/pos.sqlite"));
        SqlUploadQueue a(**db, QStringLiteral("P36010200001"));
        SqlUploadQueue b(**db, QStringLiteral("P36010200001"));
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const QString x = (i % 2 ? a : b).nextMsgId(kAt).value();
            QCOMPARE(x.size(), 30);
            QVERIFY(!seen.contains(x));
            seen.insert(x);
        }
        QCOMPARE(*a.nextMsgId(kAt), QStringLiteral("P36010200001202611230930000051"));
        // The clock set back does not reuse a msgid: the sequence carries on.
        const QString back = a.nextMsgId(kAt.addSecs(-3600)).value();
        QVERIFY(!seen.contains(back));
        QCOMPARE(back, QStringLiteral("P36010200001202611230930000052"));
        // A block (one till of several): its own first digit, 999 a second, then the next second.
        SqlUploadQueue till(**db, QStringLiteral("P36010200001"), 3);
        QVERIFY(till.nextMsgId(kAt.addSecs(10))
                    .value()
                    .endsWith(QStringLiteral("093010") + QStringLiteral("3001")));
        QVERIFY(count(**db, QStringLiteral("SELECT 1")) == 1);
        QString last;
        for (int i = 0; i < 1000; ++i)
            last = till.nextMsgId(kAt.addSecs(10)).value();
        QVERIFY2(last.endsWith(QStringLiteral("0930113002")),
                 qPrintable(last)); // 999 in 09:30:10, then 2
    }

    void linkStateKeepsTheStartOfAnOutage()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path() + QStringLiteral("/pos.sqlite"));
        SqlUploadQueue queue(**db, QStringLiteral("P36010200001"));
        QVERIFY(queue.setLinkState(true, {}, kAt).ok());
        QVERIFY(queue.setLinkState(false, QStringLiteral("refused"), kAt.addSecs(60)).ok());
        QVERIFY(queue.setLinkState(false, QStringLiteral("timeout"), kAt.addSecs(600)).ok());
        UploadQueueStatus s = queue.status();
        QCOMPARE(s.linkDownSince, kAt.addSecs(60));
        QCOMPARE(s.lastError, QStringLiteral("timeout"));
        QCOMPARE(s.lastSuccess, kAt);
        QVERIFY(queue.setLinkState(true, {}, kAt.addSecs(900)).ok());
        s = queue.status();
        QVERIFY(!s.linkDownSince.isValid());
        QCOMPARE(s.lastSuccess, kAt.addSecs(900));
    }

    void storeRecordsForReconciliation()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path() + QStringLiteral("/pos.sqlite"));
        SqlUploadQueue queue(**db, QStringLiteral("P36010200001"));
        const qint64 a = queue.enqueue(QStringLiteral("3505"), {}, sale(1), kAt).value();
        QVERIFY(queue.enqueue(QStringLiteral("3505"), {}, sale(2), kAt).ok());
        QJsonObject later = sale(3);
        QJsonObject node = later.value(QStringLiteral("selinfo")).toObject();
        node.insert(QStringLiteral("sel_retn_time"), QStringLiteral("2026-12-02 10:00:00"));
        later.insert(QStringLiteral("selinfo"), node);
        QVERIFY(queue.enqueue(QStringLiteral("3505"), {}, later, kAt).ok());
        QVERIFY(queue.markSending(a, QStringLiteral("M"), kAt).ok());
        QVERIFY(queue.markAccepted(a, kAt).ok());
        Result<QList<UploadRecord>> nov =
            queue.storeRecords({QStringLiteral("3505")}, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QVERIFY(nov.ok());
        QCOMPARE(nov->size(), 2); // one archived, one waiting; December's outside
        QCOMPARE(queue.acceptedCount(QStringLiteral("3505"), QStringLiteral("XS-1-B1")).value(), 1);
        QCOMPARE(queue.acceptedCount(QStringLiteral("3505"), QStringLiteral("XS-2-B1")).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqlUploadQueue)
#include "tst_sqluploadqueue.moc"
