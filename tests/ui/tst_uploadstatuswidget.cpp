#include "app/core/upload/uploadservice.h"
#include "storage/database.h"
#include "storage/sqluploadqueue.h"
#include "tests/core/fakeplatform.h"
#include "tests/fakes/fakes.h"
#include "tests/sync/gatewaytesting.h"
#include "ui/platformlinkindicator.h"
#include "ui/uploadstatuswidget.h"

#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::testing;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 0));
}

/// The manager's upload screen and the status bar's link indicator over the real queue: the state
/// in one sentence, the refused and unverified records with the platform's words, retry / correct /
/// withdraw through the service (a cashier is refused, in the core), and the reconciliation.
class TestUploadStatusWidget : public QObject
{
    Q_OBJECT

    struct Rig
    {
        Rig()
            : clock(kNow)
            , staff(clock)
        {
            db = std::move(
                storage::Database::open(dir.path() + QStringLiteral("/pos.sqlite")).value());
            queue = std::make_unique<storage::SqlUploadQueue>(*db, QStringLiteral("P36010200001"));
            staff.add(Role::StoreManager, QStringLiteral("wangwu"), QStringLiteral("王五"));
            staff.add(Role::Cashier, QStringLiteral("zhangsan"), QStringLiteral("张三"));
            staff.loginAs(QStringLiteral("wangwu"));
            service = std::make_unique<upload::UploadService>(*queue, staff.access, clock);
        }
        qint64 rejected(int n, const QString& why)
        {
            const qint64 id = queue
                                  ->enqueue(QStringLiteral("3505"), QStringLiteral("XS-%1").arg(n),
                                            sale3505(n), kNow)
                                  .value();
            (void)queue->markSending(id, queue->nextMsgId(kNow).value(), kNow);
            (void)queue->markRejected(id, why, kNow);
            return id;
        }
        QTemporaryDir dir;
        ManualClock clock;
        fakes::StaffFixture staff;
        std::unique_ptr<storage::Database> db;
        std::unique_ptr<storage::SqlUploadQueue> queue;
        std::unique_ptr<upload::UploadService> service;
    };

private Q_SLOTS:
    void showsTheOutageAndTheRecordsToHandle()
    {
        Rig r;
        for (int i = 1; i <= 37; ++i)
            QVERIFY(r.queue->enqueue(QStringLiteral("3505"), {}, sale3505(i), kNow).ok());
        const qint64 bad = r.rejected(100, QStringLiteral("追溯码格式不符"));
        QVERIFY(
            r.queue
                ->setLinkState(false, QStringLiteral("connection refused"), kNow.addSecs(-12 * 60))
                .ok());
        ui::UploadStatusWidget w(*r.service, r.clock);
        ui::PlatformLinkIndicator indicator(*r.service, r.clock);
        QVERIFY2(w.summaryText().startsWith(QStringLiteral("平台连接中断 12 分钟，待上传 37 条")),
                 qPrintable(w.summaryText()));
        QVERIFY(w.summaryText().contains(QStringLiteral("1 条被平台拒绝")));
        QCOMPARE(w.problemRows(), 1);
        QVERIFY(indicator.text().contains(QStringLiteral("中断 12 分钟 · 待传 37")));
        QCOMPARE(indicator.property("level").toInt(), int(upload::UploadService::LinkLevel::Down));
        QVERIFY(indicator.toolTip().startsWith(QStringLiteral("平台连接中断 12 分钟")));
        // The record with the platform's words and its content.
        QVERIFY(w.selectRecord(bad));
        QVERIFY(w.recordEditor()->toPlainText().contains(QStringLiteral("selinfo")));
        QVERIFY(!w.recordEditor()->isReadOnly()); // refused: correctable here
        // The link comes back: the indicator turns amber (a record waits for the manager).
        QVERIFY(r.queue->setLinkState(true, {}, kNow).ok());
        Q_EMIT r.service->changed();
        QCOMPARE(indicator.property("level").toInt(),
                 int(upload::UploadService::LinkLevel::Attention));
        QSignalSpy clicked(&indicator, &ui::PlatformLinkIndicator::activated);
        QTest::mouseClick(&indicator, Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
    }

    void theManagersActionsGoThroughTheCore()
    {
        Rig r;
        const qint64 a = r.rejected(1, QStringLiteral("平台维护中"));
        const qint64 b = r.rejected(2, QStringLiteral("追溯码格式不符"));
        const qint64 c = r.rejected(3, QStringLiteral("重复上传"));
        ui::UploadStatusWidget w(*r.service, r.clock);
        QCOMPARE(w.problemRows(), 3);

        // A cashier at the screen is refused by the core, and told why.
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(w.selectRecord(a));
        QVERIFY(!w.retrySelected());
        QVERIFY2(w.messageText().contains(QStringLiteral("STAFF-ROLES")),
                 qPrintable(w.messageText()));
        QCOMPARE(r.queue->record(a)->state, UploadState::Rejected);
        r.staff.loginAs(QStringLiteral("wangwu"));

        QVERIFY(w.selectRecord(a));
        QVERIFY(w.retrySelected());
        QCOMPARE(r.queue->record(a)->state, UploadState::Pending);
        QCOMPARE(w.problemRows(), 2);

        // 更正并重发 with the content edited on screen.
        QVERIFY(w.selectRecord(b));
        QJsonObject fixed = sale3505(2);
        QJsonObject node = fixed.value(QStringLiteral("selinfo")).toObject();
        node.insert(QStringLiteral("memo"), QStringLiteral("追溯码已更正"));
        fixed.insert(QStringLiteral("selinfo"), node);
        w.recordEditor()->setPlainText(QString::fromUtf8(QJsonDocument(fixed).toJson()));
        QVERIFY(w.correctSelected());
        QCOMPARE(r.queue->record(b)->payload, fixed);
        QCOMPARE(r.queue->record(b)->state, UploadState::Pending);
        // Broken JSON is refused before it reaches the core.
        QVERIFY(w.selectRecord(c));
        w.recordEditor()->setPlainText(QStringLiteral("{ not json"));
        QVERIFY(!w.correctSelected());
        QVERIFY(w.messageText().contains(QStringLiteral("JSON")));

        // 撤回 needs a reason; a refused record needs no 3507.
        QVERIFY(w.selectRecord(c));
        QVERIFY(!w.withdrawSelected(QString()));
        QVERIFY(w.withdrawSelected(QStringLiteral("重复录入")));
        QCOMPARE(r.queue->record(c)->state, UploadState::Withdrawn);
        QCOMPARE(w.problemRows(), 0);
        QCOMPARE(r.staff.audit.count(AuditAction::UploadRetried), 1);
        QCOMPARE(r.staff.audit.count(AuditAction::UploadCorrected), 1);
        QCOMPARE(r.staff.audit.count(AuditAction::UploadWithdrawn), 1);
    }

    void reconciliationFromTheScreen()
    {
        Rig r;
        ui::UploadStatusWidget w(*r.service, r.clock);
        QSignalSpy done(&w, &ui::UploadStatusWidget::reconciled);
        w.reconcile(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().toBool(), false); // no platform configured
        QVERIFY(w.reconciliationText().contains(QStringLiteral("未配置")));

        FakePlatform platform;
        struct Borrowed final : PlatformGateway
        {
            FakePlatform& p;
            explicit Borrowed(FakePlatform& f)
                : p(f)
            {
            }
            void call(const PlatformRequest& req, Callback cb) override
            {
                p.call(req, std::move(cb));
            }
            QString gatewayName() const override { return {}; }
            bool isSimulated() const override { return true; }
        };
        r.service->setGatewayFactory(
            [&platform](UploadQueue&) -> Result<std::unique_ptr<PlatformGateway>> {
                return std::unique_ptr<PlatformGateway>(new Borrowed(platform));
            },
            QJsonObject{{QStringLiteral("signIn"), QJsonObject{}}});
        // The platform holds a sale the store never made.
        platform.stored.append({QStringLiteral("3505"), sale3505(9), QStringLiteral("M")});
        w.reconcile(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QTRY_COMPARE(done.count(), 2);
        QCOMPARE(done.last().first().toBool(), true);
        QVERIFY(w.differenceRows() >= 1);
        QVERIFY2(w.reconciliationText().contains(QStringLiteral("差异")),
                 qPrintable(w.reconciliationText()));
        QCOMPARE(r.staff.audit.count(AuditAction::PlatformReconciled), 1);
        // A cashier may not reconcile.
        r.staff.loginAs(QStringLiteral("zhangsan"));
        w.reconcile(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QTRY_COMPARE(done.count(), 3);
        QVERIFY(w.reconciliationText().contains(QStringLiteral("STAFF-ROLES")));
    }
};

QTEST_MAIN(TestUploadStatusWidget)
#include "tst_uploadstatuswidget.moc"
