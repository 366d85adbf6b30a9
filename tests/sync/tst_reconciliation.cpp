#include "app/core/upload/platformrecords.h"
#include "app/core/upload/reconciliation.h"
#include "tests/sync/uploadrig.h"

#include <QTest>

using namespace pos;
using namespace pos::testing;
using namespace pos::upload;

namespace {
const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0));

std::optional<Result<ReconReport>> reconcile(UploadRig& rig, const QDate& from, const QDate& to)
{
    std::optional<Result<ReconReport>> out;
    Reconciliation r(
        *rig.queue, *rig.gateway,
        QJsonObject{{QStringLiteral("signIn"),
                     QJsonObject{{QStringLiteral("opter_no"), QStringLiteral("0001")}}}});
    QEventLoop loop;
    r.run(from, to, [&](Result<ReconReport> report) {
        out.emplace(std::move(report));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

int count(const ReconReport& r, ReconDifference::Kind k, const QString& key = {})
{
    return int(
        std::count_if(r.differences.cbegin(), r.differences.cend(), [&](const ReconDifference& d) {
            return d.kind == k && (key.isEmpty() || d.key == key);
        }));
}

QJsonObject with(QJsonObject payload, const QString& node, const QString& field,
                 const QJsonValue& v)
{
    QJsonObject n = payload.value(node).toObject();
    n.insert(field, v);
    payload.insert(node, n);
    return payload;
}
} // namespace

/// `sync reconcile` against the simulator with planted differences: each one found and named, and
/// a clean store and platform found equal.
class TestReconciliation : public QObject
{
    Q_OBJECT
    SimFixture m_sim;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.error())); }

    void plantedDifferencesAreEachFound()
    {
        UploadRig rig(m_sim, sync::GatewayAuth::None, false, kStart);
        // The store's month: a purchase, four sales (one returned), a loss.
        for (const auto& [infno, payload] : mixedRecords(1))
            rig.add(infno, payload);
        for (int i = 2; i <= 4; ++i)
            rig.add(QStringLiteral("3505"), sale3505(i));
        QJsonObject returned = sale3505(3);
        returned = with(returned, QStringLiteral("selinfo"), QStringLiteral("stoout_no"),
                        QStringLiteral("TH-1"));
        rig.add(QStringLiteral("3506"), returned);
        QVERIFY(rig.drain());
        const QDate from(2026, 11, 1), to(2026, 11, 30);

        std::optional<Result<ReconReport>> clean = reconcile(rig, from, to);
        QVERIFY(clean && clean->ok());
        QVERIFY2((*clean)->differences.isEmpty(), qPrintable((*clean)->summary()));
        QCOMPARE((*clean)->storeRecords, 5);
        QCOMPARE((*clean)->platformRecords, 5);
        QCOMPARE((*clean)->storeCodes, 3); // 4 boxes sold, one came back
        QCOMPARE((*clean)->platformCodes, 3);
        QVERIFY((*clean)->summary().contains(QStringLiteral("对账一致")));

        // Planted on the platform's side: a sale deleted, a sale that never happened, a count
        // changed. On the store's side: one not yet sent, one refused.
        const QJsonArray held = m_sim.records();
        qint64 deleted = 0, changed = 0;
        for (const QJsonValue& v : held) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("payload")).toObject() == sale3505(2))
                deleted = r.value(QStringLiteral("id")).toInteger();
            if (r.value(QStringLiteral("payload")).toObject() == sale3505(4))
                changed = r.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(deleted > 0 && changed > 0);
        (void)m_sim.control(QStringLiteral("/sim/records/delete"),
                            QJsonObject{{QStringLiteral("id"), deleted}});
        QJsonObject stranger =
            with(sale3505(99), QStringLiteral("selinfo"), QStringLiteral("fixmedins_hilist_id"),
                 QStringLiteral("P00002"));
        (void)m_sim.control(QStringLiteral("/sim/records/insert"),
                            QJsonObject{{QStringLiteral("infno"), QStringLiteral("3505")},
                                        {QStringLiteral("payload"), stranger}});
        (void)m_sim.control(
            QStringLiteral("/sim/records/update"),
            QJsonObject{{QStringLiteral("id"), changed},
                        {QStringLiteral("payload"),
                         with(sale3505(4), QStringLiteral("selinfo"),
                              QStringLiteral("sel_retn_cnt"), QStringLiteral("12"))}});
        rig.add(QStringLiteral("3505"), sale3505(5)); // still queued
        m_sim.fault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("business_error")},
                                {QStringLiteral("message"), QStringLiteral("批号与入库不符")}});
        rig.add(QStringLiteral("3505"), sale3505(6));
        QVERIFY(rig.queue->enqueue(QStringLiteral("3505"), {}, sale3505(7), kStart).ok());
        // Send only #6 (refused) — #5 and #7 are made to wait.
        const qint64 five = rig.queue->records({UploadState::Pending}, 10).first().id;
        QVERIFY(rig.queue->markRejected(five, QStringLiteral("placeholder"), kStart).ok());
        QVERIFY(rig.drain());
        QVERIFY(rig.queue->markPending(five, kStart.addDays(30), {}, kStart).ok());
        QCOMPARE(rig.queue->status().rejected, 1);

        std::optional<Result<ReconReport>> found = reconcile(rig, from, to);
        QVERIFY(found && found->ok());
        const ReconReport& r = **found;
        const QString bch2 = upload::recordKey(QStringLiteral("3505"), sale3505(2));
        const QString bch4 = upload::recordKey(QStringLiteral("3505"), sale3505(4));
        const QString bch99 = upload::recordKey(QStringLiteral("3505"), sale3505(99));
        QCOMPARE(count(r, ReconDifference::Kind::MissingOnPlatform, bch2), 1);
        QCOMPARE(count(r, ReconDifference::Kind::ExtraOnPlatform, bch99), 1);
        QCOMPARE(count(r, ReconDifference::Kind::ContentDiffers, bch4), 1);
        QCOMPARE(count(r, ReconDifference::Kind::NotYetUploaded), 1);
        QCOMPARE(count(r, ReconDifference::Kind::RefusedByPlatform), 1);
        QCOMPARE(count(r, ReconDifference::Kind::TraceCodeMissing,
                       upload::traceCodes(QStringLiteral("3505"), sale3505(2)).first()),
                 1);
        QCOMPARE(count(r, ReconDifference::Kind::TraceCodeExtra,
                       upload::traceCodes(QStringLiteral("3505"), sale3505(99)).first()),
                 1);
        QCOMPARE(count(r, ReconDifference::Kind::StockDiffers, QStringLiteral("P00001")), 1);
        QCOMPARE(count(r, ReconDifference::Kind::StockDiffers, QStringLiteral("P00002")), 1);
        QCOMPARE(r.unexplained(), 7);
        for (const ReconDifference& d : r.differences)
            QVERIFY2(!d.detail.isEmpty(), qPrintable(d.key));
        const ReconDifference content = *std::find_if(
            r.differences.cbegin(), r.differences.cend(), [](const ReconDifference& d) {
                return d.kind == ReconDifference::Kind::ContentDiffers;
            });
        QVERIFY2(content.detail.contains(QStringLiteral("数量 本店 24 / 平台 12")),
                 qPrintable(content.detail));
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
