#pragma once

// A store's upload queue, the HTTPS gateway and the engine against a running simulator, driven
// on a ManualClock (backoff and grace periods jump instead of being waited for), with the
// checks the fault tests end on: the simulator's records equal the store's accepted records.

#include "app/core/ports/clock.h"
#include "app/core/upload/uploadengine.h"
#include "storage/database.h"
#include "storage/sqluploadqueue.h"
#include "sync/httpsplatformgateway.h"
#include "tests/sync/gatewaytesting.h"
#include "tests/sync/simfixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace pos::testing {

struct UploadRig
{
    UploadRig(SimFixture& sim, sync::GatewayAuth auth, bool crypto, const QDateTime& start,
              upload::UploadPolicy p = {})
        : clock(start)
        , policy(std::move(p))
    {
        db = std::move(storage::Database::open(dir.path() + QStringLiteral("/pos.sqlite")).value());
        queue = std::make_unique<storage::SqlUploadQueue>(*db, QStringLiteral("P36010200001"));
        sync::PlatformProfile profile = sim.profile(auth, crypto);
        profile.requestTimeoutMs = 1'500;
        gateway =
            std::move(sync::HttpsPlatformGateway::create(
                          profile, testStore(), clock,
                          [this](const QDateTime& at) { return queue->nextMsgId(at).value(); })
                          .value());
        engine = std::make_unique<upload::UploadEngine>(*queue, *gateway, clock, policy);
        engine->setOnSettled([this] { settled = true; });
    }

    /// Steps until the queue is idle; false when a call never ended or the store failed.
    bool drain(int maxSteps = 200'000)
    {
        for (int i = 0; i < maxSteps; ++i) {
            settled = false;
            switch (engine->step()) {
            case upload::UploadEngine::Step::Worked: continue;
            case upload::UploadEngine::Step::Idle: return true;
            case upload::UploadEngine::Step::Failed: return false;
            case upload::UploadEngine::Step::Waiting: clock.set(engine->nextDue()); continue;
            case upload::UploadEngine::Step::Busy: {
                QEventLoop loop;
                QTimer guard;
                guard.setSingleShot(true);
                QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
                engine->setOnSettled([&] {
                    settled = true;
                    loop.quit();
                });
                guard.start(20'000);
                // As the worker does: the next record prepared while this one is on its way.
                QTimer::singleShot(0, &loop, [this] { engine->prepareNext(); });
                if (!settled)
                    loop.exec();
                engine->setOnSettled([this] { settled = true; });
                if (!settled)
                    return false;
                continue;
            }
            }
        }
        return false;
    }

    qint64 add(const QString& infno, const QJsonObject& payload)
    {
        return queue->enqueue(infno, QStringLiteral("DOC"), payload, clock.now()).value();
    }

    /// "infno|json" of every record the store has had accepted, sorted.
    QStringList storeAccepted() const
    {
        QStringList out;
        QSqlQuery q(db->connection());
        if (q.exec(QStringLiteral(
                "SELECT a.infno, a.payload FROM outbox_archive a WHERE a.state = 3 "
                "AND a.infno <> '3507' AND NOT EXISTS (SELECT 1 FROM "
                "outbox_withdrawal w WHERE w.record_id = a.id AND w.done_at <> '')")))
            while (q.next())
                out << q.value(0).toString() + u'|'
                           + QString::fromUtf8(
                               QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                   .toJson(QJsonDocument::Compact));
        std::sort(out.begin(), out.end());
        return out;
    }

    static QStringList platformHolds(SimFixture& sim)
    {
        QStringList out;
        for (const QJsonValue& v : sim.records()) {
            const QJsonObject r = v.toObject();
            out << r.value(QStringLiteral("infno")).toString() + u'|'
                       + QString::fromUtf8(
                           QJsonDocument(r.value(QStringLiteral("payload")).toObject())
                               .toJson(QJsonDocument::Compact));
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    QTemporaryDir dir;
    ManualClock clock;
    upload::UploadPolicy policy;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::SqlUploadQueue> queue;
    std::unique_ptr<sync::HttpsPlatformGateway> gateway;
    std::unique_ptr<upload::UploadEngine> engine;
    bool settled = false;
};

/// Records of every upload kind, `n` making them unique (trace codes too).
inline QList<std::pair<QString, QJsonObject>> mixedRecords(int n)
{
    QList<std::pair<QString, QJsonObject>> out;
    out.append(
        {QStringLiteral("3503"),
         QJsonObject{
             {QStringLiteral("purcinfo"),
              QJsonObject{
                  {QStringLiteral("fixmedins_bchno"), QStringLiteral("GJ-%1-B").arg(n)},
                  {QStringLiteral("fixmedins_hilist_id"), QStringLiteral("P00001")},
                  {QStringLiteral("med_list_codg"), QStringLiteral("XJ01CAA001B024001001001")},
                  {QStringLiteral("manu_lotnum"), QStringLiteral("2510021")},
                  {QStringLiteral("purc_retn_cnt"), QStringLiteral("10")},
                  {QStringLiteral("purc_retn_stoin_time"),
                   QStringLiteral("2026-11-23 08:00:00")}}}}});
    out.append({QStringLiteral("3505"), sale3505(n)});
    out.append(
        {QStringLiteral("3502"),
         QJsonObject{
             {QStringLiteral("invinfo"),
              QJsonObject{
                  {QStringLiteral("fixmedins_bchno"), QStringLiteral("BS-%1-B").arg(n)},
                  {QStringLiteral("fixmedins_hilist_id"), QStringLiteral("P00001")},
                  {QStringLiteral("inv_chg_type"), QStringLiteral("107")},
                  {QStringLiteral("cnt"), QStringLiteral("1")},
                  {QStringLiteral("inv_chg_time"), QStringLiteral("2026-11-23 10:00:00")}}}}});
    return out;
}

} // namespace pos::testing
