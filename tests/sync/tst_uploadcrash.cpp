#include "storage/sqluploadqueue.h"
#include "tests/sync/uploadrig.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace pos;
using namespace pos::testing;

/// DATA-UPLOAD across crashes: a small upload worker process is SIGKILLed at random points —
/// before, during and after its requests, between the answer and its record — at least 200 times
/// (PHARMAPOS_CRASH_KILLS for more) while sales keep being queued, then left to drain. The
/// simulator must hold exactly the records the store has accepted: none lost, none doubled, no
/// msgid sent twice.
class TestUploadCrash : public QObject
{
    Q_OBJECT
    SimFixture m_sim;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--auth"), QStringLiteral("tif"),
                              QStringLiteral("--crypto"), QStringLiteral("on"),
                              QStringLiteral("--auth-window-s"), QStringLiteral("0")}),
                 qPrintable(m_sim.error()));
    }

    void killedAtRandomPointsThenDrained()
    {
        const int kills = qEnvironmentVariableIntValue("PHARMAPOS_CRASH_KILLS") > 0
                              ? qEnvironmentVariableIntValue("PHARMAPOS_CRASH_KILLS")
                              : 200;
        // In memory when the machine has /dev/shm: a SIGKILL is a process crash, not a power cut,
        // so the disk's sync latency (milliseconds on a busy CI disk) buys nothing here.
        QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                              ? QStringLiteral("/dev/shm/tst_uploadcrash-XXXXXX")
                              : QString());
        const QString path = dir.path() + QStringLiteral("/pos.sqlite");
        auto queue = storage::SqlUploadQueue::open(path, QStringLiteral("P36010200001"));
        QVERIFY(queue.ok());
        int next = 0;
        auto addRecords = [&](int n) {
            for (int i = 0; i < n; ++i)
                for (const auto& [infno, payload] : mixedRecords(++next))
                    QVERIFY((*queue)
                                ->enqueue(infno, QStringLiteral("DOC"), payload,
                                          QDateTime::currentDateTime())
                                .ok());
        };
        addRecords(20);
        QRandomGenerator rnd(qEnvironmentVariableIntValue("PHARMAPOS_CRASH_SEED") + 7);
        const QStringList args{QStringLiteral("--db"),      path,
                               QStringLiteral("--sim-url"), m_sim.base().toString(),
                               QStringLiteral("--sim-dir"), m_sim.dataDir()};
        int killed = 0;
        int finishedByItself = 0;
        QHash<QString, int> killedAfter;
        for (int round = 0; killed < kills; ++round) {
            addRecords(1); // the counter keeps selling
            QProcess worker;
            worker.start(QStringLiteral(PHARMAPOS_CRASH_WORKER), args);
            QVERIFY(worker.waitForStarted(10'000));
            // Kill after a random number of the worker's lines ("start", "busy", "accepted"…).
            const int target = int(rnd.bounded(1, 10));
            int seen = 0;
            QByteArray buffer;
            QString last;
            while (seen < target && worker.state() == QProcess::Running) {
                if (!worker.waitForReadyRead(15'000))
                    break;
                buffer += worker.readAllStandardOutput();
                while (buffer.contains('\n') && seen < target) {
                    const qsizetype nl = buffer.indexOf('\n');
                    last = QString::fromLatin1(buffer.left(nl).split(' ').value(0));
                    buffer.remove(0, nl + 1);
                    ++seen;
                }
            }
            if (worker.state() == QProcess::Running) {
                worker.kill(); // SIGKILL: no cleanup, no flush
                ++killed;
                ++killedAfter[last];
            } else {
                ++finishedByItself;
            }
            QVERIFY(worker.waitForFinished(15'000));
            if (worker.exitStatus() == QProcess::NormalExit)
                QCOMPARE(worker.exitCode(), 0);
        }
        qInfo() << killed << "kills, after:" << killedAfter
                << "; finished by itself:" << finishedByItself;
        // The last one runs to the end.
        QProcess worker;
        worker.start(QStringLiteral(PHARMAPOS_CRASH_WORKER), args);
        QVERIFY(worker.waitForFinished(120'000));
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);

        const UploadQueueStatus s = (*queue)->status();
        QCOMPARE(s.waiting(), 0);
        QCOMPARE(s.rejected, 0);
        QCOMPARE(s.accepted, qint64(next) * 3);
        QStringList store;
        auto db = storage::Database::open(path);
        QSqlQuery q((*db)->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT infno, payload FROM outbox_archive WHERE state = 3")));
        while (q.next())
            store << q.value(0).toString() + u'|'
                         + QString::fromUtf8(QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                                 .toJson(QJsonDocument::Compact));
        std::sort(store.begin(), store.end());
        QCOMPARE(UploadRig::platformHolds(m_sim), store);
        const QJsonObject receipts = m_sim.control(QStringLiteral("/sim/receipts"), {}, true);
        for (auto it = receipts.begin(); it != receipts.end(); ++it)
            QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestUploadCrash)
#include "tst_uploadcrash.moc"
