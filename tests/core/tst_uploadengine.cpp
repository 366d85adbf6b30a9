#include "app/core/inventory/platformpayloads.h"
#include "app/core/ports/clock.h"
#include "app/core/upload/platformrecords.h"
#include "app/core/upload/uploadengine.h"
#include "app/core/upload/uploadservice.h"
#include "storage/database.h"
#include "storage/sqluploadqueue.h"
#include "tests/core/fakeplatform.h"
#include "tests/fakes/fakes.h"
#include "tests/sync/gatewaytesting.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::upload;
using namespace pos::testing;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0));

/// One store: a database, its queue, the fake platform, a clock and an engine.
struct Rig
{
    explicit Rig(UploadPolicy p = {})
        : clock(kStart)
        , policy(std::move(p))
    {
        db = std::move(storage::Database::open(dir.path() + QStringLiteral("/pos.sqlite")).value());
        queue = std::make_unique<storage::SqlUploadQueue>(*db, QStringLiteral("P36010200001"));
        engine = std::make_unique<UploadEngine>(*queue, platform, clock, policy,
                                                [this] { return random; });
        engine->setObserver([this](const UploadEvent& e) { events.append(e); });
    }
    /// Steps until nothing more is due; with `followWaits` the clock jumps to each due time.
    UploadEngine::Step drain(bool followWaits = true, int maxSteps = 100'000)
    {
        for (int i = 0; i < maxSteps; ++i) {
            const UploadEngine::Step s = engine->step();
            if (s == UploadEngine::Step::Worked)
                continue;
            if (s == UploadEngine::Step::Waiting && followWaits) {
                clock.set(engine->nextDue());
                continue;
            }
            return s;
        }
        return UploadEngine::Step::Busy;
    }
    qint64 add(const QString& infno, const QJsonObject& payload)
    {
        return queue->enqueue(infno, QStringLiteral("DOC"), payload, clock.now()).value();
    }
    int count(UploadEvent::Kind k) const
    {
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [k](const UploadEvent& e) { return e.kind == k; }));
    }

    QTemporaryDir dir;
    ManualClock clock;
    UploadPolicy policy;
    double random = 0.5;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::SqlUploadQueue> queue;
    FakePlatform platform;
    std::unique_ptr<UploadEngine> engine;
    QList<UploadEvent> events;
};

QJsonObject purchase3503(int n)
{
    return QJsonObject{
        {QStringLiteral("purcinfo"),
         QJsonObject{
             {QStringLiteral("fixmedins_bchno"), QStringLiteral("GJ-%1-B1").arg(n)},
             {QStringLiteral("fixmedins_hilist_id"), QStringLiteral("P00001")},
             {QStringLiteral("purc_retn_cnt"), QStringLiteral("10")},
             {QStringLiteral("purc_retn_stoin_time"), QStringLiteral("2026-11-23 08:00:00")}}}};
}

} // namespace

/// The upload worker's state machine on an injected clock against a synchronous fake platform:
/// order, the three outcomes, resolving unknowns by the platform's query before anything is sent
/// again, backoff with jitter through hours of outage, sign-in renewal, corrections and
/// withdrawals — each ending with the platform holding every record exactly once.
class TestUploadEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drainsInOrderAndArchives()
    {
        Rig r;
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids << r.add(i % 2 ? QStringLiteral("3505") : QStringLiteral("3503"),
                         i % 2 ? sale3505(i) : purchase3503(i));
        QCOMPARE(r.queue->status().pending, 5);
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("9001")), 1); // signed in first
        QCOMPARE(r.platform.holding().size(), 5);
        for (int i = 0; i < 5; ++i) // in the order they were written
            QCOMPARE(r.platform.holding().at(i).msgId.isEmpty(), false);
        QCOMPARE(
            upload::recordKey(r.platform.holding().at(0).infno, r.platform.holding().at(0).input),
            upload::recordKey(QStringLiteral("3505"), sale3505(1)));
        const UploadQueueStatus s = r.queue->status();
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.accepted, 5);
        QVERIFY(s.lastSuccess.isValid());
        QVERIFY(!s.linkDownSince.isValid());
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the hot table is empty: everything archived
        QCOMPARE(r.queue->record(ids.first())->state, UploadState::Accepted);
        QVERIFY(r.platform.duplicateMsgIds.isEmpty());
    }

    void msgIdsAreStoredBeforeSendingAndUnique()
    {
        Rig r;
        r.add(QStringLiteral("3505"), sale3505(1));
        // The platform is asked, and while it has the request the store already knows the msgid.
        QString storedDuringCall;
        QString sentMsgId;
        bool wasSending = false;
        r.platform.reject = [&](const PlatformRequest& req) {
            std::optional<UploadRecord> rec = r.queue->head();
            storedDuringCall = rec ? rec->msgId : QString();
            wasSending = rec && rec->state == UploadState::Sending;
            sentMsgId = req.msgId;
            return QString();
        };
        r.drain();
        QVERIFY(wasSending);
        QCOMPARE(storedDuringCall, sentMsgId);
        QVERIFY(!storedDuringCall.isEmpty());
        QCOMPARE(storedDuringCall.size(), 30);
        QVERIFY(storedDuringCall.startsWith(QStringLiteral("P3601020000120261123090000")));
        // The sequence is the database's: a second queue on the same store continues it.
        storage::SqlUploadQueue other(*r.db, QStringLiteral("P36010200001"));
        const QString a = other.nextMsgId(r.clock.now()).value();
        const QString b = r.queue->nextMsgId(r.clock.now()).value();
        QVERIFY(a != b);
        QVERIFY(!r.platform.msgIds.contains(a) && !r.platform.msgIds.contains(b));
    }

    void rejectedIsSetAsideCorrectedAndResent()
    {
        Rig r;
        const qint64 bad = r.add(QStringLiteral("3505"), sale3505(1));
        r.add(QStringLiteral("3505"), sale3505(2));
        r.platform.reject = [](const PlatformRequest& req) {
            const QStringList codes = upload::traceCodes(req.infno, req.input);
            return codes.contains(upload::traceCodes(QStringLiteral("3505"), sale3505(1)).first())
                       ? QStringLiteral("追溯码格式不符")
                       : QString();
        };
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        // The refused one waits for the manager with the platform's words; the next went on.
        QCOMPARE(r.platform.holding().size(), 1);
        QCOMPARE(r.queue->status().rejected, 1);
        QCOMPARE(r.queue->record(bad)->state, UploadState::Rejected);
        QCOMPARE(r.queue->record(bad)->platformMessage, QStringLiteral("追溯码格式不符"));
        QCOMPARE(r.count(UploadEvent::Kind::Rejected), 1);
        // Corrected and resent: accepted, the original kept.
        r.platform.reject = {};
        QJsonObject fixed = sale3505(1);
        QJsonObject sel = fixed.value(QStringLiteral("selinfo")).toObject();
        sel.insert(QStringLiteral("memo"), QStringLiteral("更正"));
        fixed.insert(QStringLiteral("selinfo"), sel);
        QVERIFY(r.queue->correct(bad, fixed, r.clock.now()).ok());
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.holding().size(), 2);
        QCOMPARE(r.platform.holding().last().input, fixed);
        QCOMPARE(r.queue->record(bad)->state, UploadState::Accepted);
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT original_payload FROM outbox_archive WHERE id = %1")
                           .arg(bad))
                && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("selinfo")));
        // A refusal inside output (infcode 0, retRslt 0) is a refusal too.
    }

    void unknownThatArrivedIsNotSentAgain()
    {
        Rig r;
        const qint64 id = r.add(QStringLiteral("3505"), sale3505(1));
        r.platform.loseAnswers = 1; // processed, the answer lost
        QCOMPARE(r.drain(false), UploadEngine::Step::Waiting);
        QCOMPARE(r.queue->record(id)->state, UploadState::Unknown);
        QCOMPARE(r.platform.holding().size(), 1);
        // Not asked before the grace period: a request still on its way is not overtaken.
        const QDateTime lost = r.clock.now();
        while (r.platform.callsByInfno.value(QStringLiteral("3511")) == 0) {
            const UploadEngine::Step s = r.engine->step();
            if (s == UploadEngine::Step::Waiting)
                r.clock.set(r.engine->nextDue());
            else
                QCOMPARE(s, UploadEngine::Step::Worked);
        }
        QVERIFY(r.clock.now() >= lost.addMSecs(r.policy.unknownGraceMs));
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 1); // asked once
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3505")), 1); // sent once
        QCOMPARE(r.platform.holding().size(), 1);
        QCOMPARE(r.queue->record(id)->state, UploadState::Accepted);
    }

    void unknownThatDidNotArriveIsSentOnceMore()
    {
        Rig r;
        const qint64 id = r.add(QStringLiteral("3503"), purchase3503(1));
        r.platform.reject = [&r](const PlatformRequest&) {
            r.platform.down = true; // the link drops before the platform processes it
            return QString();
        };
        r.engine->step(); // 9001 ok
        r.platform.reject = {};
        r.platform.down = true;
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked); // 3503: no answer
        QCOMPARE(r.queue->record(id)->state, UploadState::Unknown);
        r.platform.down = false;
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3510")), 1);
        QCOMPARE(r.platform.holding().size(), 1);
        QCOMPARE(r.queue->record(id)->state, UploadState::Accepted);
        QVERIFY(!r.queue->record(id)->priorMsgIds.isEmpty()); // the lost attempt is remembered
    }

    void recordLeftSendingByACrashIsResolvedFirst_data()
    {
        QTest::addColumn<bool>("arrived");
        QTest::newRow("the platform got it") << true;
        QTest::newRow("the platform never got it") << false;
    }
    void recordLeftSendingByACrashIsResolvedFirst()
    {
        QFETCH(bool, arrived);
        Rig r;
        const qint64 id = r.add(QStringLiteral("3505"), sale3505(7));
        r.add(QStringLiteral("3505"), sale3505(8));
        // A process stored the msgid and died (sending or not) before recording the answer.
        const QString msgId = r.queue->nextMsgId(r.clock.now()).value();
        QVERIFY(r.queue->markSending(id, msgId, r.clock.now()).ok());
        if (arrived)
            r.platform.stored.append({QStringLiteral("3505"), sale3505(7), msgId});
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.holding().size(), 2);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 1);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3505")), arrived ? 1 : 2);
        // The query came before anything was sent.
        int firstQuery = -1, firstSend = -1;
        for (int i = 0; i < r.platform.calls.size(); ++i) {
            if (firstQuery < 0 && r.platform.calls.at(i).infno == u"3511")
                firstQuery = i;
            if (firstSend < 0 && r.platform.calls.at(i).infno == u"3505")
                firstSend = i;
        }
        QVERIFY(firstQuery >= 0 && firstQuery < firstSend);
    }

    void backoffDoublesToItsCapWithJitter()
    {
        UploadPolicy p;
        QCOMPARE(UploadEngine::backoffMs(p, 1), 2'000);
        QCOMPARE(UploadEngine::backoffMs(p, 2), 4'000);
        QCOMPARE(UploadEngine::backoffMs(p, 8), 256'000);
        QCOMPARE(UploadEngine::backoffMs(p, 9), 300'000);
        QCOMPARE(UploadEngine::backoffMs(p, 50), 300'000);
        // Equal jitter: between half the wait and the whole of it.
        for (double rnd : {0.0, 0.999}) {
            Rig r;
            r.random = rnd;
            r.add(QStringLiteral("3505"), sale3505(1));
            r.platform.down = true;
            for (int i = 0; i < 12; ++i) {
                const QDateTime before = r.clock.now();
                QCOMPARE(r.engine->step(), UploadEngine::Step::Worked);
                QCOMPARE(r.engine->step(), UploadEngine::Step::Waiting);
                const qint64 wait = before.msecsTo(r.engine->nextDue());
                const qint64 base = UploadEngine::backoffMs(p, i + 1);
                QVERIFY2(wait >= base / 2 && wait <= base, qPrintable(QString::number(wait)));
                r.clock.set(r.engine->nextDue());
            }
        }
    }

    void hoursOfOutageOnTheInjectedClock()
    {
        Rig r;
        for (int i = 1; i <= 20; ++i)
            r.add(QStringLiteral("3505"), sale3505(i));
        r.platform.down = true;
        const QDateTime outageStart = r.clock.now();
        const QDateTime outageEnd = outageStart.addSecs(5 * 3600);
        int attempts = 0;
        qint64 longestGapMs = 0;
        QDateTime last = r.clock.now();
        while (r.clock.now() < outageEnd) {
            const UploadEngine::Step s = r.engine->step();
            if (s == UploadEngine::Step::Worked) {
                ++attempts;
                continue;
            }
            QCOMPARE(s, UploadEngine::Step::Waiting);
            longestGapMs = qMax(longestGapMs, r.clock.now().msecsTo(r.engine->nextDue()));
            last = r.clock.now();
            r.clock.set(r.engine->nextDue());
        }
        // Backing off: a few hundred attempts at most over five hours, never more than 5 min apart.
        QVERIFY2(attempts > 40 && attempts < 200, qPrintable(QString::number(attempts)));
        QVERIFY(longestGapMs <= r.policy.retryMaxMs);
        const UploadQueueStatus down = r.queue->status();
        QCOMPARE(down.linkDownSince, outageStart);
        QCOMPARE(down.waiting(), 20);
        QCOMPARE(UploadService::linkSummary(down, outageStart.addSecs(12 * 60)),
                 QStringLiteral("平台连接中断 12 分钟，待上传 20 条"));
        QCOMPARE(UploadService::linkLevel(down), UploadService::LinkLevel::Down);
        // The platform comes back: everything arrives, once, in order.
        r.platform.down = false;
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.holding().size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(r.platform.holding().at(i).input, sale3505(i + 1));
        const UploadQueueStatus up = r.queue->status();
        QVERIFY(!up.linkDownSince.isValid());
        QCOMPARE(up.accepted, 20);
        QCOMPARE(r.count(UploadEvent::Kind::LinkDown), 1);
        QCOMPARE(r.count(UploadEvent::Kind::LinkUp), 1);
    }

    void expiredSignNoSignsInAgainAndResends()
    {
        Rig r;
        const qint64 id = r.add(QStringLiteral("3505"), sale3505(1));
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked); // 9001
        r.platform.signNo.clear();                              // the platform forgot the sign-in
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.signIns, 2);
        QCOMPARE(r.queue->record(id)->state, UploadState::Accepted);
        QCOMPARE(r.queue->status().rejected, 0);
        QCOMPARE(r.platform.holding().size(), 1);
    }

    void signsInAgainOnANewDay()
    {
        Rig r;
        r.add(QStringLiteral("3505"), sale3505(1));
        r.drain();
        r.clock.set(kStart.addDays(1));
        r.add(QStringLiteral("3505"), sale3505(2));
        r.drain();
        QCOMPARE(r.platform.signIns, 2);
    }

    void refusalInsideOutputIsARejection()
    {
        Rig r;
        const qint64 id = r.add(QStringLiteral("3505"), sale3505(1));
        struct Wrapper final : PlatformGateway
        {
            FakePlatform& inner;
            explicit Wrapper(FakePlatform& p)
                : inner(p)
            {
            }
            void call(const PlatformRequest& req, Callback done) override
            {
                inner.call(req, [req, done](Result<PlatformResponse> a) {
                    if (a && req.infno == u"3505")
                        a->output =
                            QJsonObject{{QStringLiteral("retRslt"), QStringLiteral("0")},
                                        {QStringLiteral("msgRslt"), QStringLiteral("批号不存在")}};
                    done(std::move(a));
                });
            }
            QString gatewayName() const override { return {}; }
            bool isSimulated() const override { return true; }
        } wrapper(r.platform);
        UploadEngine engine(*r.queue, wrapper, r.clock, r.policy);
        while (engine.step() == UploadEngine::Step::Worked) {
        }
        QCOMPARE(r.queue->record(id)->state, UploadState::Rejected);
        QCOMPARE(r.queue->record(id)->platformMessage, QStringLiteral("批号不存在"));
    }

    void prescriptionRecordsTravelTheQueueAndResolveBy7202()
    {
        Rig r;
        ReviewUpload review;
        review.hiRxNo = QStringLiteral("RX360100000001");
        review.pharmacistName = QStringLiteral("李四");
        review.pharmacistCertNo = QStringLiteral("ZY36010001");
        review.approved = true;
        review.reviewedAt = kStart;
        const qint64 a = r.add(QStringLiteral("7204"), review7204(review));
        RxSaleUpload sale;
        sale.hiRxNo = review.hiRxNo;
        sale.saleNo = QStringLiteral("XS-1");
        sale.soldAt = kStart;
        const qint64 b = r.add(QStringLiteral("7207"), rxSale7207(sale));
        r.platform.loseAnswers = 2; // both processed, both answers lost
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("7202")), 2);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("7204")), 1);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("7207")), 1);
        QCOMPARE(r.queue->record(a)->state, UploadState::Accepted);
        QCOMPARE(r.queue->record(b)->state, UploadState::Accepted);
    }

    void recordsArePreparedWhileOneIsOnItsWay()
    {
        Rig r;
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids << r.add(QStringLiteral("3505"), sale3505(i));
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked); // 9001
        r.platform.deferAnswers = true;
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy); // #1 on its way
        r.engine->prepareNext(3);
        // #2–#4 claimed together (their msgids stored) and #2 sealed ahead; nothing sent.
        QCOMPARE(r.platform.held.size(), 1);
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(r.queue->record(ids.at(i))->state, UploadState::Sending);
            QVERIFY(!r.queue->record(ids.at(i))->msgId.isEmpty());
        }
        QCOMPARE(r.queue->record(ids.at(4))->state, UploadState::Pending);
        QCOMPARE(r.platform.prepared, QStringList{r.queue->record(ids.at(1))->msgId});
        // #1 answered: #2 goes with the msgid it was claimed with, sealed ahead, no query.
        r.platform.answerNext();
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy);
        QCOMPARE(r.platform.held.first().first.msgId, r.queue->record(ids.at(1))->msgId);
        r.engine->prepareNext(3);
        QCOMPARE(r.platform.prepared.size(), 2); // #3 sealed now
        r.platform.answerNext();
        // Stopping: the prepared, never-sent records go back to Pending, not to "unknown".
        r.engine->releasePrepared();
        QCOMPARE(r.queue->record(ids.at(2))->state, UploadState::Pending);
        QCOMPARE(r.queue->record(ids.at(3))->state, UploadState::Pending);
        r.platform.deferAnswers = false;
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 0); // nothing to verify
        QCOMPARE(r.platform.holding().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(r.platform.holding().at(i).input, sale3505(i + 1));
    }

    void nextRecordLeavesWhileTheAnswerIsChecked()
    {
        Rig r;
        QList<qint64> ids;
        for (int i = 1; i <= 4; ++i)
            ids << r.add(QStringLiteral("3505"), sale3505(i));
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked); // 9001
        r.platform.overlap = true;
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy); // #1 on its way
        r.engine->prepareNext(16);
        QCOMPARE(r.platform.overlapped.size(), 1);
        // #1's answer is in (infcode 0), not yet checked: #2 leaves at once.
        QVERIFY(r.platform.arriveNext());
        QCOMPARE(r.platform.overlapped.size(), 1);
        QCOMPARE(r.platform.overlapped.first().request.msgId, r.queue->record(ids.at(1))->msgId);
        QCOMPARE(r.queue->record(ids.at(0))->state, UploadState::Sending); // still being checked
        QVERIFY(r.engine->busy());
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy); // nothing else starts meanwhile
        r.platform.checkNext();
        // #1 is accepted; while #2 is on its way its acceptance waits to be stored with the
        // next ones (in the store it is still Sending: a crash now means a query, not a resend).
        QCOMPARE(r.queue->record(ids.at(0))->state, UploadState::Sending);
        QCOMPARE(r.count(UploadEvent::Kind::Accepted), 0);
        // The rest the same way, then idle: each sent once, in order, nothing asked about.
        while (!r.platform.overlapped.isEmpty()) {
            QVERIFY(r.platform.arriveNext());
            r.platform.checkNext();
        }
        // The run is over (#4's answer checked, nothing on its way): all four stored.
        QCOMPARE(r.queue->status().accepted, 4);
        QCOMPARE(r.count(UploadEvent::Kind::Accepted), 4);
        r.platform.overlap = false;
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3505")), 4);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 0);
        QVERIFY(r.platform.duplicateMsgIds.isEmpty());
        QCOMPARE(r.platform.holding().size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(r.platform.holding().at(i).input, sale3505(i + 1));
        QCOMPARE(r.queue->status().accepted, 4);
    }

    void acceptancesOfARunAreStoredTogether()
    {
        // A backlog drained with overlapped sends stores its acceptances kAcceptBatch at a time.
        Rig r;
        const int n = UploadEngine::kAcceptBatch + 8;
        QList<qint64> ids;
        for (int i = 1; i <= n; ++i)
            ids << r.add(QStringLiteral("3505"), sale3505(i));
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked); // 9001
        r.platform.overlap = true;
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy);
        r.engine->prepareNext(64);
        int checked = 0;
        while (!r.platform.overlapped.isEmpty()) {
            QVERIFY(r.platform.arriveNext());
            r.platform.checkNext();
            ++checked;
            if (checked == UploadEngine::kAcceptBatch - 1) {
                QCOMPARE(r.queue->status().accepted, 0); // none stored yet
                QCOMPARE(r.queue->record(ids.at(0))->state, UploadState::Sending);
            }
            if (checked == UploadEngine::kAcceptBatch) {
                QCOMPARE(r.queue->status().accepted, UploadEngine::kAcceptBatch);
                QCOMPARE(r.queue->record(ids.at(UploadEngine::kAcceptBatch - 1))->state,
                         UploadState::Accepted);
                QCOMPARE(r.queue->record(ids.at(UploadEngine::kAcceptBatch))->state,
                         UploadState::Sending);
                QCOMPARE(r.count(UploadEvent::Kind::Accepted), UploadEngine::kAcceptBatch);
            }
        }
        QCOMPARE(checked, n); // every record went in the one run: none waited for a step()
        r.platform.overlap = false;
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.queue->status().accepted, n);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3505")), n);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 0);
        QVERIFY(r.platform.duplicateMsgIds.isEmpty());
        for (int i = 0; i < n; ++i)
            QCOMPARE(r.platform.holding().at(i).input, sale3505(i + 1));
    }

    void crashBeforeARunsAcceptancesAreStoredResolvesThemByQuery()
    {
        // The platform holds #1–#3, the store has not written their acceptances when the
        // process dies: the next start asks the platform about each and resends none of them.
        Rig r;
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids << r.add(QStringLiteral("3505"), sale3505(i));
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked);
        r.platform.overlap = true;
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy);
        r.engine->prepareNext(16);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(r.platform.arriveNext());
            r.platform.checkNext();
        }
        QCOMPARE(r.platform.holding().size(), 3);
        QCOMPARE(r.queue->status().accepted, 0);
        // Killed: #4 is on its way (its answer never comes), #5 claimed and prepared.
        r.engine.reset();
        r.platform.overlapped.clear();
        r.platform.overlap = false;
        r.engine = std::make_unique<UploadEngine>(*r.queue, r.platform, r.clock, r.policy);
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.queue->status().accepted, 5);
        // #1–#3 asked about and found; #4 (never processed) and #5 (never sent) asked, then sent.
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 5);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3505")), 3 + 2);
        QCOMPARE(r.platform.holding().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(r.platform.holding().at(i).input, sale3505(i + 1));
        QVERIFY(r.platform.duplicateMsgIds.isEmpty());
    }

    void forgedAnswerWhileTheNextIsOnItsWayIsResolvedNotResent()
    {
        Rig r;
        QList<qint64> ids;
        for (int i = 1; i <= 3; ++i)
            ids << r.add(QStringLiteral("3505"), sale3505(i));
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked); // 9001
        r.platform.overlap = true;
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy); // #1
        r.engine->prepareNext(16);
        QVERIFY(r.platform.arriveNext()); // the platform processed #1; #2 leaves
        QCOMPARE(r.platform.overlapped.size(), 1);
        const QString firstMsgId = r.queue->record(ids.at(0))->msgId;
        // #1's answer fails its signature check while #2 is on its way: no definite answer.
        r.platform.checkNext(true);
        QCOMPARE(r.queue->record(ids.at(0))->state, UploadState::Unknown);
        QCOMPARE(r.count(UploadEvent::Kind::Unknown), 1);
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy); // #2 still on its way
        // #2's answer arrives: nothing more goes ahead while #1 waits to be resolved.
        QVERIFY(r.platform.arriveNext());
        QVERIFY(r.platform.overlapped.isEmpty());
        r.platform.checkNext();
        QCOMPARE(r.queue->record(ids.at(1))->state, UploadState::Accepted);
        QCOMPARE(r.queue->record(ids.at(2))->state, UploadState::Sending); // claimed, unsent
        r.platform.overlap = false;
        // Then #1 is asked about (after the grace period), found, accepted — never resent — and
        // only then #3 goes.
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 1);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3505")), 3);
        QCOMPARE(r.queue->record(ids.at(0))->state, UploadState::Accepted);
        QCOMPARE(r.queue->record(ids.at(0))->msgId, firstMsgId);
        QCOMPARE(r.platform.calls.last().infno, QStringLiteral("3505"));
        QCOMPARE(r.platform.calls.last().input, sale3505(3));
        QVERIFY(r.platform.duplicateMsgIds.isEmpty());
        QCOMPARE(r.platform.holding().size(), 3);
        QCOMPARE(r.platform.holding().at(0).input, sale3505(1));
        QCOMPARE(r.platform.holding().at(1).input, sale3505(2));
    }

    void forgedAnswerOfARecordThePlatformNeverKeptIsSentAfterTheQuery()
    {
        // The "answer" to #1 was not the platform's (it never kept #1): the query says so and
        // #1 goes again, once, after it.
        Rig r;
        QList<qint64> ids;
        for (int i = 1; i <= 2; ++i)
            ids << r.add(QStringLiteral("3505"), sale3505(i));
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked);
        r.platform.overlap = true;
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy);
        r.engine->prepareNext(16);
        QVERIFY(r.platform.arriveNext());
        r.platform.stored.removeFirst(); // not kept after all
        r.platform.checkNext(true);
        QVERIFY(r.platform.arriveNext());
        r.platform.checkNext();
        r.platform.overlap = false;
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 1);
        QCOMPARE(r.queue->record(ids.at(0))->state, UploadState::Accepted);
        QVERIFY(!r.queue->record(ids.at(0))->priorMsgIds.isEmpty()); // one more attempt
        QCOMPARE(r.platform.holding().size(), 2);
        QVERIFY(r.platform.duplicateMsgIds.isEmpty());
    }

    void preparedButUnsentRecordsAreVerifiedAfterACrash()
    {
        Rig r;
        QList<qint64> ids;
        for (int i = 1; i <= 3; ++i)
            ids << r.add(QStringLiteral("3505"), sale3505(i));
        QCOMPARE(r.engine->step(), UploadEngine::Step::Worked);
        r.platform.deferAnswers = true;
        QCOMPARE(r.engine->step(), UploadEngine::Step::Busy);
        r.engine->prepareNext();
        // The process dies here: a new engine finds #1–#3 Sending and knows nothing of them.
        r.engine.reset();
        r.platform.held.clear();
        r.platform.deferAnswers = false;
        r.engine = std::make_unique<UploadEngine>(*r.queue, r.platform, r.clock, r.policy);
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 3); // each asked about
        QCOMPARE(r.platform.holding().size(), 3);
    }

    void withdrawingAnAcceptedRecordSends3507()
    {
        Rig r;
        const qint64 id = r.add(QStringLiteral("3503"), purchase3503(1));
        r.drain();
        QCOMPARE(r.platform.holding().size(), 1);
        const Result<qint64> wd =
            r.queue->withdraw(id, withdrawal3507(QStringLiteral("3503"), purchase3503(1)),
                              QStringLiteral("录错"), r.clock.now());
        QVERIFY(wd.ok() && *wd > 0);
        QCOMPARE(r.queue->record(id)->withdrawal, QStringLiteral("requested"));
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.holding().size(), 0);
        QCOMPARE(r.queue->record(id)->withdrawal, QStringLiteral("done"));
        QCOMPARE(r.queue->acceptedCount(QStringLiteral("3503"), QStringLiteral("GJ-1-B1")).value(),
                 0);
        // Withdrawing twice is refused; a rejected record needs no 3507.
        QVERIFY(!r.queue->withdraw(id, {}, QStringLiteral("again"), r.clock.now()).ok());
        r.platform.reject = [](const PlatformRequest&) { return QStringLiteral("不收"); };
        const qint64 refused = r.add(QStringLiteral("3503"), purchase3503(2));
        r.drain();
        QCOMPARE(r.queue->withdraw(refused, {}, QStringLiteral("作废"), r.clock.now()).value(), 0);
        QCOMPARE(r.queue->record(refused)->state, UploadState::Withdrawn);
        QCOMPARE(r.queue->status().withdrawn, 1);
    }

    void withdrawalTakesExactlyOneRecordOfASaleWithTwoLinesOfOneBatch()
    {
        // Serials one per record (payloads::recordSerial): a box and two pieces of the same
        // batch in one sale are two records with two keys; withdrawing one leaves the other.
        Rig r;
        payloads::SaleUpload up;
        up.saleNo = QStringLiteral("XS-T01-20261123-0001");
        up.productCode = QStringLiteral("P00001");
        up.allocation.batchNo = QStringLiteral("2510021");
        up.allocation.pieces = 10;
        up.unitPrice = Money::fromFen(1580);
        up.piecesPerUnit = 10;
        up.at = kStart;
        const QJsonObject box = payloads::sale3505(up);
        up.recordNo = 2;
        up.allocation.pieces = 2;
        up.piecesPerUnit = 1;
        up.splitPack = true;
        const QJsonObject pieces = payloads::sale3505(up);
        const qint64 first = r.add(QStringLiteral("3505"), box);
        r.add(QStringLiteral("3505"), pieces);
        // And the return of the box line: its own serial too.
        r.add(QStringLiteral("3506"),
              payloads::saleReturn3506(box, QStringLiteral("TH-T01-20261123-0001"), 1,
                                       QStringLiteral("王五"), kStart));
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.holding().size(), 3);
        const Result<qint64> wd =
            r.queue->withdraw(first, withdrawal3507(QStringLiteral("3505"), box),
                              QStringLiteral("录错"), r.clock.now());
        QVERIFY2(wd.ok(), wd.ok() ? "" : qPrintable(wd.error().message));
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.queue->record(first)->withdrawal, QStringLiteral("done"));
        QCOMPARE(r.platform.holding().size(), 2); // exactly one record went
        QCOMPARE(r.platform.holding().at(0).input, pieces);
        QCOMPARE(r.platform.holding().at(1).infno, QStringLiteral("3506"));
    }

    void recordsQueuedWithTheOldKeyAreStillSentResolvedAndWithdrawn()
    {
        // Queued before serials were per record ("sale-batch"): read by the key it carries.
        Rig r;
        const QJsonObject old = sale3505(7); // XS-T01-20261123-0007-2510021
        const qint64 id = r.add(QStringLiteral("3505"), old);
        r.platform.loseAnswers = 1; // processed, answer lost: resolved by its old key
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3511")), 1);
        QCOMPARE(r.platform.callsByInfno.value(QStringLiteral("3505")), 1);
        QCOMPARE(r.queue->record(id)->state, UploadState::Accepted);
        // Its return, made now, has its own serial: withdrawing the sale no longer takes it.
        r.add(QStringLiteral("3506"),
              payloads::saleReturn3506(old, QStringLiteral("TH-T01-20261123-0002"), 1,
                                       QStringLiteral("王五"), kStart));
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QVERIFY(r.queue
                    ->withdraw(id, withdrawal3507(QStringLiteral("3505"), old),
                               QStringLiteral("录错"), r.clock.now())
                    .ok());
        QCOMPARE(r.drain(), UploadEngine::Step::Idle);
        QCOMPARE(r.platform.holding().size(), 1);
        QCOMPARE(r.platform.holding().first().infno, QStringLiteral("3506"));
    }

    void withdrawalThatWouldDeleteAnotherRecordIsRefused()
    {
        Rig r;
        // Records queued before serials were per record: a 3506 carried the serial of the 3505
        // it reverses, so one 3507 would delete both. Still refused for those.
        const qint64 sale = r.add(QStringLiteral("3505"), sale3505(1));
        QJsonObject ret = sale3505(1);
        r.add(QStringLiteral("3506"), ret);
        r.drain();
        const Result<qint64> wd =
            r.queue->withdraw(sale, withdrawal3507(QStringLiteral("3505"), sale3505(1)),
                              QStringLiteral("x"), r.clock.now());
        QVERIFY(!wd.ok());
        QCOMPARE(wd.error().code, ErrorCode::RuleViolation);
    }
};

QTEST_GUILESS_MAIN(TestUploadEngine)
#include "tst_uploadengine.moc"
