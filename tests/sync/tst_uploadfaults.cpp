#include "app/core/upload/uploadservice.h"
#include "tests/fakes/fakes.h"
#include "tests/sync/uploadrig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;
using namespace pos::testing;
using namespace pos::upload;

namespace {
const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0));
}

/// The whole link — SQLite queue, upload engine, HTTPS gateway with TIF auth and SM2/SM4 — against
/// the simulator server, under every fault it can inject. Each ends with the simulator holding
/// exactly the records the store has accepted: nothing lost, nothing doubled.
class TestUploadFaults : public QObject
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
    void init() { (void)m_sim.control(QStringLiteral("/sim/faults/clear")); }

    void everyFaultEndsWithEqualRecords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("arg");
        QTest::newRow("latency past the timeout") << QStringLiteral("latency") << 2 << 2500;
        QTest::newRow("HTTP 503 before processing") << QStringLiteral("http_error") << 3 << 503;
        QTest::newRow("HTTP 504 after processing")
            << QStringLiteral("http_error_after") << 2 << 504;
        QTest::newRow("connection dropped before processing")
            << QStringLiteral("drop_before") << 3 << 0;
        QTest::newRow("connection dropped after processing")
            << QStringLiteral("drop_after") << 3 << 0;
        QTest::newRow("duplicate reply") << QStringLiteral("duplicate_reply") << 3 << 0;
        QTest::newRow("malformed JSON") << QStringLiteral("malformed_json") << 3 << 0;
        QTest::newRow("expired sign_no") << QStringLiteral("expire_sign") << 2 << 0;
        QTest::newRow("answer's signature forged") << QStringLiteral("forged_signature") << 3 << 0;
        QTest::newRow("everything at once") << QStringLiteral("*") << 1 << 0;
    }
    void everyFaultEndsWithEqualRecords()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        QFETCH(int, arg);
        static int round = 0;
        ++round;
        UploadRig rig(m_sim, sync::GatewayAuth::Tif, true, kStart.addDays(round));
        const QStringList before = UploadRig::platformHolds(m_sim);
        for (int i = 0; i < 4; ++i)
            for (const auto& [infno, payload] : mixedRecords(round * 100 + i))
                rig.add(infno, payload);
        const QStringList kinds =
            kind == u"*"
                ? QStringList{QStringLiteral("latency"),          QStringLiteral("http_error"),
                              QStringLiteral("http_error_after"), QStringLiteral("drop_before"),
                              QStringLiteral("drop_after"),       QStringLiteral("duplicate_reply"),
                              QStringLiteral("malformed_json"),   QStringLiteral("expire_sign")}
                : QStringList{kind};
        for (const QString& k : kinds)
            m_sim.fault(QJsonObject{{QStringLiteral("kind"), k},
                                    {QStringLiteral("count"), count},
                                    {QStringLiteral("ms"), k == u"latency" ? 2500 : arg},
                                    {QStringLiteral("status"), arg > 0 ? arg : 503}});
        QVERIFY(rig.drain());
        const UploadQueueStatus s = rig.queue->status();
        QCOMPARE(s.waiting(), 0);
        QCOMPARE(s.rejected, 0);
        QCOMPARE(s.accepted, 12);
        // Every record the store holds is on the platform, once; the platform holds nothing else.
        QStringList now = UploadRig::platformHolds(m_sim);
        for (const QString& r : before)
            now.removeOne(r);
        QCOMPARE(now, rig.storeAccepted());
        // And no request was ever repeated under the same msgid (nothing resent blindly).
        const QJsonObject receipts = m_sim.control(QStringLiteral("/sim/receipts"), {}, true);
        for (auto it = receipts.begin(); it != receipts.end(); ++it)
            QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));
        QCOMPARE(m_sim.stats().value(QStringLiteral("faults_pending")).toInt(), 0);
    }

    void forgedAnswerWhileTheNextIsOnItsWay()
    {
        UploadRig rig(m_sim, sync::GatewayAuth::Tif, true, kStart.addDays(45));
        // The rig's gateway, every request and every (checked) answer logged in order.
        struct Log final : PlatformGateway
        {
            PlatformGateway& inner;
            QStringList events;
            explicit Log(PlatformGateway& g)
                : inner(g)
            {
            }
            void call(const PlatformRequest& r, Callback done) override
            {
                callOverlapped(r, std::move(done), {});
            }
            void callOverlapped(const PlatformRequest& r, Callback done, Arrived arrived) override
            {
                events << QStringLiteral("send ") + r.msgId;
                const QString msgId = r.msgId;
                inner.callOverlapped(
                    r,
                    [this, msgId, done](Result<PlatformResponse> a) {
                        events << (a ? QStringLiteral("answer ") : QStringLiteral("error "))
                                      + msgId;
                        done(std::move(a));
                    },
                    std::move(arrived));
            }
            void prepare(const PlatformRequest& r) override { inner.prepare(r); }
            QString gatewayName() const override { return inner.gatewayName(); }
            bool isSimulated() const override { return false; }
        } log(*rig.gateway);
        rig.engine = std::make_unique<UploadEngine>(*rig.queue, log, rig.clock, rig.policy);
        int resolved = 0;
        rig.engine->setObserver([&resolved](const UploadEvent& e) {
            resolved += e.kind == UploadEvent::Kind::Resolved ? 1 : 0;
        });
        const QStringList before = UploadRig::platformHolds(m_sim);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            for (const auto& [infno, payload] : mixedRecords(4500 + i))
                ids << rig.add(infno, payload);
        // The first 3505 (the second record) is processed, its answer's signature forged.
        m_sim.fault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("forged_signature")},
                                {QStringLiteral("infno"), QStringLiteral("3505")}});
        QVERIFY(rig.drain());
        const QString forged = rig.queue->record(ids.at(1))->msgId;
        const QString next = rig.queue->record(ids.at(2))->msgId;
        // The next record had left before the forged answer's check failed…
        const qsizetype failedAt = log.events.indexOf(QStringLiteral("error ") + forged);
        QVERIFY2(failedAt > 0, qPrintable(log.events.join(u'\n')));
        QVERIFY2(log.events.indexOf(QStringLiteral("send ") + next) < failedAt,
                 qPrintable(log.events.join(u'\n')));
        // …and the forged one was resolved by the platform's query, accepted, never resent.
        QCOMPARE(resolved, 1);
        QCOMPARE(log.events.count(QStringLiteral("send ") + forged), 1);
        QVERIFY(rig.queue->record(ids.at(1))->priorMsgIds.isEmpty());
        QCOMPARE(rig.queue->status().accepted, 9);
        QStringList now = UploadRig::platformHolds(m_sim);
        for (const QString& r : before)
            now.removeOne(r);
        QCOMPARE(now, rig.storeAccepted());
        const QJsonObject receipts = m_sim.control(QStringLiteral("/sim/receipts"), {}, true);
        for (auto it = receipts.begin(); it != receipts.end(); ++it)
            QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));
        QCOMPARE(m_sim.stats().value(QStringLiteral("faults_pending")).toInt(), 0);
    }

    void businessErrorIsRejectedThenCorrectedAndResent()
    {
        UploadRig rig(m_sim, sync::GatewayAuth::Tif, true, kStart.addDays(40));
        const QStringList before = UploadRig::platformHolds(m_sim);
        // A trace code the platform refuses (19 digits).
        QJsonObject bad = sale3505(4001);
        QJsonObject node = bad.value(QStringLiteral("selinfo")).toObject();
        node.insert(QStringLiteral("drugtracinfo"),
                    QJsonArray{QJsonObject{{QStringLiteral("drug_trac_codg"),
                                            QStringLiteral("8131376000000000400")}}});
        bad.insert(QStringLiteral("selinfo"), node);
        const qint64 id = rig.add(QStringLiteral("3505"), bad);
        rig.add(QStringLiteral("3505"), sale3505(4002));
        m_sim.fault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("business_error_output")},
                                {QStringLiteral("infno"), QStringLiteral("3505")},
                                {QStringLiteral("message"), QStringLiteral("平台维护中")}});
        QVERIFY(rig.drain());
        // Refused inside output (infcode 0, retRslt 0): for the manager, with the platform's words;
        // the next record went on.
        QCOMPARE(rig.queue->status().rejected, 1);
        QCOMPARE(rig.queue->record(id)->state, UploadState::Rejected);
        QCOMPARE(rig.queue->record(id)->platformMessage, QStringLiteral("平台维护中"));
        QCOMPARE(rig.queue->status().accepted, 1);
        // Sent again as it is: the platform now looks at it and refuses the trace code.
        QVERIFY(rig.queue->markPending(id, rig.clock.now(), {}, rig.clock.now()).ok());
        QVERIFY(rig.drain());
        QCOMPARE(rig.queue->record(id)->state, UploadState::Rejected);
        QVERIFY2(rig.queue->record(id)->platformMessage.contains(QStringLiteral("追溯码")),
                 qPrintable(rig.queue->record(id)->platformMessage));
        // Corrected and resent: accepted.
        QVERIFY(rig.queue->correct(id, sale3505(4001), rig.clock.now()).ok());
        QVERIFY(rig.drain());
        QCOMPARE(rig.queue->status().rejected, 0);
        QCOMPARE(rig.queue->record(id)->state, UploadState::Accepted);
        QStringList now = UploadRig::platformHolds(m_sim);
        for (const QString& r : before)
            now.removeOne(r);
        QCOMPARE(now, rig.storeAccepted());
        QCOMPARE(now.size(), 2);
    }

    void theWorkerThreadSendsAssoonAsWoken()
    {
        // The real thread and clock: an idle worker, a record written, woken — it arrives.
        SystemClock clock;
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/pos.sqlite");
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        storage::SqlUploadQueue queue(**db, QStringLiteral("P36010200001"));
        fakes::StaffFixture staff(clock);
        staff.add(Role::StoreManager, QStringLiteral("wangwu"), QStringLiteral("王五"));
        staff.loginAs(QStringLiteral("wangwu"));
        UploadService service(queue, staff.access, clock);
        const sync::PlatformProfile profile = m_sim.profile(sync::GatewayAuth::Tif, true);
        WorkerFactories f;
        f.queue = [path]() -> Result<std::unique_ptr<UploadQueue>> {
            // The worker's own connection, made in its thread.
            auto q = storage::SqlUploadQueue::open(path, QStringLiteral("P36010200001"));
            if (!q)
                return q.error();
            return std::unique_ptr<UploadQueue>(std::move(q).value().release());
        };
        f.gateway = [profile, &clock](UploadQueue& q) -> Result<std::unique_ptr<PlatformGateway>> {
            auto g = sync::HttpsPlatformGateway::create(
                profile, testStore(), clock,
                [&q](const QDateTime& at) { return q.nextMsgId(at).value(); });
            if (!g)
                return g.error();
            return std::unique_ptr<PlatformGateway>(std::move(g).value().release());
        };
        UploadPolicy policy;
        policy.pollMs = 60'000; // only wake() can make it look
        QSignalSpy changed(&service, &UploadService::changed);
        service.startWorker(f, policy);
        QTRY_VERIFY(changed.count() > 0);
        const qint64 id =
            queue.enqueue(QStringLiteral("3505"), QStringLiteral("XS"), sale3505(5001), clock.now())
                .value();
        service.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(queue.record(id)->state, UploadState::Accepted, 10'000);
        // The manager's actions are checked and audited in the core.
        QVERIFY(!service.retry(id).ok()); // accepted: nothing to retry
        staff.loginAs(QStringLiteral("wangwu"));
        service.stopWorker();
        QVERIFY(!service.workerRunning());
    }
};

QTEST_GUILESS_MAIN(TestUploadFaults)
#include "tst_uploadfaults.moc"
