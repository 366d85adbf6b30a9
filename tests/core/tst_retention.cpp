#include "app/core/ports/clock.h"
#include "app/core/privacy/privacyreport.h"
#include "app/core/privacy/retention.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;

/// Kept only as long as needed (CAM-CONSENT, DATA-PRIVACY) and never less than the law asks
/// (RX-ARCHIVE-2Y, SETTLE-SLIP, CTRL-EPHEDRINE), on an injected clock.
class TestRetention : public QObject
{
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 3, 1), QTime(9, 0)};

private Q_SLOTS:
    void periodParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("ok");
        QTest::newRow("days, no unit") << "90" << 0 << 90 << true;
        QTest::newRow("days") << "30d" << 0 << 30 << true;
        QTest::newRow("months") << "6m" << 6 << 0 << true;
        QTest::newRow("years") << "2Y" << 24 << 0 << true;
        QTest::newRow("spaces") << " 5 y " << 60 << 0 << true;
        QTest::newRow("negative") << "-1d" << 0 << 0 << false;
        QTest::newRow("word") << "forever" << 0 << 0 << false;
        QTest::newRow("too long") << "200y" << 0 << 0 << false;
    }
    void periodParsing()
    {
        QFETCH(QString, text);
        QFETCH(int, months);
        QFETCH(int, days);
        QFETCH(bool, ok);
        Result<RetentionPeriod> p = RetentionPeriod::parse(text);
        QCOMPARE(p.ok(), ok);
        if (ok) {
            QCOMPARE(p->months, months);
            QCOMPARE(p->days, days);
        }
    }

    void legalMinimumCannotBeLowered_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("RX-ARCHIVE-2Y 1 year refused") << "prescription_archive"
                                                      << "1y" << false;
        // 730 days is a day short of 2 years across a leap day: refused.
        QTest::newRow("RX-ARCHIVE-2Y 730 days refused") << "prescription_archive"
                                                        << "730d" << false;
        QTest::newRow("RX-ARCHIVE-2Y 731 days accepted") << "prescription_archive"
                                                         << "731d" << true;
        QTest::newRow("RX-ARCHIVE-2Y 24 months accepted") << "prescription_archive"
                                                          << "24m" << true;
        QTest::newRow("RX-ARCHIVE-2Y 3 years accepted") << "prescription_archive"
                                                        << "3y" << true;
        QTest::newRow("SETTLE-SLIP 18 months refused") << "settlement_archive"
                                                       << "18m" << false;
        QTest::newRow("CTRL-EPHEDRINE 2 years refused") << "ephedrine_register"
                                                        << "2y" << false;
        QTest::newRow("CAM-CONSENT faces 7 days accepted") << "faces"
                                                           << "7d" << true;
        QTest::newRow("clips 30 days accepted") << "clips"
                                                << "30d" << true;
        QTest::newRow("unknown key refused") << "patients"
                                             << "1y" << false;
        QTest::newRow("bad value refused") << "faces"
                                           << "a week" << false;
    }
    void legalMinimumCannotBeLowered()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        Result<RetentionPolicy> p = RetentionPolicy::fromSettings({{key, value}});
        QCOMPARE(p.ok(), accepted);
        if (!accepted)
            QCOMPARE(p.error().code, ErrorCode::Configuration);
        if (!accepted && key == QStringLiteral("prescription_archive"))
            QVERIFY2(p.error().message.contains(QStringLiteral("2 年")),
                     qPrintable(p.error().message));
    }

    /// The target answers with every item whatever the cutoff: the service itself must refuse to
    /// touch anything under the legal minimum.
    void neverRemovesUnderTheLegalMinimum_data()
    {
        QTest::addColumn<QDateTime>("reference");
        QTest::addColumn<bool>("removed");
        // RX-ARCHIVE-2Y from 2026-03-01 09:00: the boundary is 2024-03-01 09:00.
        QTest::newRow("RX-ARCHIVE-2Y one second short")
            << QDateTime(QDate(2024, 3, 1), QTime(9, 0, 1)) << false;
        QTest::newRow("RX-ARCHIVE-2Y exactly 2 years")
            << QDateTime(QDate(2024, 3, 1), QTime(9, 0)) << true;
        QTest::newRow("RX-ARCHIVE-2Y leap day 2024")
            << QDateTime(QDate(2024, 2, 29), QTime(9, 0)) << true;
        QTest::newRow("RX-ARCHIVE-2Y yesterday") << m_now.addDays(-1) << false;
        QTest::newRow("RX-ARCHIVE-2Y five years") << m_now.addYears(-5) << true;
    }
    void neverRemovesUnderTheLegalMinimum()
    {
        QFETCH(QDateTime, reference);
        QFETCH(bool, removed);
        ManualClock clock(m_now);
        fakes::FakeAuditLog audit;
        fakes::FakeRetentionTarget rx(QStringLiteral("rx"), RetentionKind::PrescriptionArchive,
                                      RetentionAction::Anonymise);
        rx.ignoreCutoff = true;
        rx.add(QStringLiteral("RX1"), reference);
        RetentionService service(RetentionPolicy::defaults(), {&rx}, audit, clock);
        const RetentionRunReport report = service.run();
        QVERIFY(report.ok());
        QCOMPARE(rx.removed.contains(QStringLiteral("RX1")), removed);
        QCOMPARE(report.targets.first().removed, removed ? 1 : 0);
    }

    void configuredPeriodAndHolds()
    {
        ManualClock clock(m_now);
        fakes::FakeAuditLog audit;
        fakes::FakeRetentionTarget faces(QStringLiteral("files:faces"), RetentionKind::FaceImage,
                                         RetentionAction::Delete);
        faces.add(QStringLiteral("f29"), m_now.addDays(-29));
        faces.add(QStringLiteral("f31"), m_now.addDays(-31));
        faces.add(QStringLiteral("f400"), m_now.addDays(-400));
        // Bound to a settlement archive: held for its 2 years although the face period is 30 days.
        faces.add(QStringLiteral("held"), m_now.addDays(-400), m_now.addDays(330));
        Result<RetentionPolicy> policy =
            RetentionPolicy::fromSettings({{QStringLiteral("faces"), QStringLiteral("30d")}});
        QVERIFY(policy.ok());
        RetentionService service(*policy, {&faces}, audit, clock);
        const RetentionRunReport report = service.run();
        QCOMPARE(faces.removed, (QStringList{QStringLiteral("f31"), QStringLiteral("f400")}));
        QCOMPARE(report.targets.first().keptByHold, 1);
        // What it did is in the audit trail: one entry, counts and ids.
        const QList<AuditEvent> applied = audit.of(AuditAction::RetentionApplied);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().target, QStringLiteral("files:faces"));
        QVERIFY(applied.first().detail.contains(QStringLiteral("f31,f400")));
        QVERIFY(applied.first().detail.contains(QStringLiteral("删除 2 条")));
        // The next run finds nothing more to do and writes nothing.
        faces.removed.clear();
        QCOMPARE(service.run().removed(), 0);
        QCOMPARE(audit.of(AuditAction::RetentionApplied).size(), 1);
    }

    void dryRunTouchesNothing()
    {
        ManualClock clock(m_now);
        fakes::FakeAuditLog audit;
        fakes::FakeRetentionTarget clips(QStringLiteral("files:clips"), RetentionKind::VideoClip,
                                         RetentionAction::Delete);
        clips.add(QStringLiteral("old"), m_now.addYears(-1));
        RetentionService service(RetentionPolicy::defaults(), {&clips}, audit, clock);
        const RetentionRunReport report = service.run(true);
        QCOMPARE(report.removed(), 1);
        QVERIFY(clips.removed.isEmpty());
        QCOMPARE(audit.count(AuditAction::RetentionApplied), 0);
    }

    void aFailingTargetDoesNotStopTheOthers()
    {
        ManualClock clock(m_now);
        fakes::FakeAuditLog audit;
        fakes::FakeRetentionTarget broken(QStringLiteral("broken"), RetentionKind::VideoClip,
                                          RetentionAction::Delete);
        broken.add(QStringLiteral("a"), m_now.addYears(-1));
        broken.failRemove = true;
        fakes::FakeRetentionTarget journal(QStringLiteral("scan_journal.payload"),
                                           RetentionKind::ScanJournalPayload,
                                           RetentionAction::Anonymise);
        journal.add(QStringLiteral("17"), m_now.addDays(-60));
        RetentionService service(RetentionPolicy::defaults(), {&broken, &journal}, audit, clock);
        const RetentionRunReport report = service.run();
        QVERIFY(!report.ok());
        QVERIFY(!report.targets.at(0).error.isEmpty());
        QCOMPARE(journal.removed, QStringList{QStringLiteral("17")});
        QCOMPARE(audit.count(AuditAction::RetentionApplied), 2); // the failure is recorded too
    }

    void dailySchedulerOnTheInjectedClock()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(1, 0)));
        fakes::FakeAuditLog audit;
        fakes::FakeRetentionTarget faces(QStringLiteral("files:faces"), RetentionKind::FaceImage,
                                         RetentionAction::Delete);
        RetentionService service(RetentionPolicy::defaults(), {&faces}, audit, clock);
        RetentionScheduler scheduler(service, clock, QTime(2, 0), 60'000);
        QSignalSpy ran(&scheduler, &RetentionScheduler::ran);
        QVERIFY(!scheduler.tick()); // 01:00, due at 02:00
        clock.set(QDateTime(QDate(2026, 3, 1), QTime(2, 30)));
        QVERIFY(scheduler.tick());
        QVERIFY(!scheduler.tick()); // once a day
        faces.add(QStringLiteral("old"), QDateTime(QDate(2025, 1, 1), QTime(0, 0)));
        clock.set(QDateTime(QDate(2026, 3, 2), QTime(1, 59)));
        QVERIFY(!scheduler.tick());
        clock.set(QDateTime(QDate(2026, 3, 2), QTime(2, 0)));
        QVERIFY(scheduler.tick());
        QCOMPARE(ran.size(), 2);
        QCOMPARE(ran.last().first().value<RetentionRunReport>().removed(), 1);
        QCOMPARE(scheduler.lastRunDay(), QDate(2026, 3, 2));
    }

    void privacyReportByKindAndAge()
    {
        fakes::FakeRetentionTarget reg(QStringLiteral("sale.buyer_id"),
                                       RetentionKind::EphedrineRegister,
                                       RetentionAction::Anonymise);
        reg.add(QStringLiteral("a"), m_now.addDays(-1));
        reg.add(QStringLiteral("b"), m_now.addDays(-45));
        reg.add(QStringLiteral("c"), m_now.addDays(-200));
        reg.add(QStringLiteral("d"), m_now.addDays(-500));
        reg.add(QStringLiteral("e"), m_now.addYears(-3));
        const PrivacyReport report = buildPrivacyReport({&reg}, RetentionPolicy::defaults(), m_now);
        QVERIFY(report.ok());
        QCOMPARE(report.rows.size(), 1);
        QCOMPARE(report.rows.first().holding.count, 5);
        QCOMPARE(report.rows.first().holding.byAge, (QList<qint64>{1, 1, 1, 1, 1}));
        QCOMPARE(report.rows.first().legalMinimum, QStringLiteral("5 年"));
        const QString text = report.toLines().join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("含麻黄碱药品购买登记 | sale.buyer_id | 5 |")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
