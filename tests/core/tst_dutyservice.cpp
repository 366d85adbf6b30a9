#include "app/core/ports/clock.h"
#include "tests/fakes/fakes.h"

#include <QTest>

using namespace pos;

namespace {
const QString kPw = QString::fromLatin1(fakes::StaffFixture::kPassword);
QDateTime at(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(h, m));
}
} // namespace

class TestDutyService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyALicensedPharmacistClocksIn()
    {
        ManualClock clock(at(23, 8));
        fakes::StaffFixture s(clock);
        s.loginAs(QStringLiteral("zhangsan"));
        Result<DutyPeriod> cashier = s.duty.clockIn();
        QVERIFY(!cashier.ok());
        QCOMPARE(cashier.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!s.duty.isPharmacistOnDuty());

        s.loginAs(QStringLiteral("lisi"));
        QVERIFY(s.duty.clockIn().ok());
        QVERIFY(s.duty.isPharmacistOnDuty());
        QVERIFY(!s.duty.clockIn().ok()); // already on duty
        QCOMPARE(s.audit.count(AuditAction::DutyClockIn), 1);
    }

    // STAFF-PHARM-ONDUTY: the core answers "is a licensed pharmacist on duty?" at any time.
    void dutyAcrossMidnight_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::addColumn<bool>("onDuty");
        // lisi on duty 22:00 on the 23rd until 02:00 on the 24th; again from 08:00 on the 24th.
        QTest::newRow("before") << at(23, 21, 59) << false;
        QTest::newRow("start is inclusive") << at(23, 22) << true;
        QTest::newRow("midnight") << at(24, 0) << true;
        QTest::newRow("after midnight") << at(24, 1, 30) << true;
        QTest::newRow("end is exclusive") << at(24, 2) << false;
        QTest::newRow("gap") << at(24, 5) << false;
        QTest::newRow("second period, open") << at(24, 12) << true;
    }
    void dutyAcrossMidnight()
    {
        QFETCH(QDateTime, t);
        QFETCH(bool, onDuty);
        ManualClock clock(at(23, 22));
        fakes::StaffFixture s(clock);
        s.loginAs(QStringLiteral("lisi"));
        QVERIFY(s.duty.clockIn().ok());
        clock.set(at(24, 2));
        QVERIFY(s.duty.clockOut().ok());
        clock.set(at(24, 8));
        QVERIFY(s.duty.clockIn().ok());
        clock.set(at(24, 23));
        QCOMPARE(s.duty.isPharmacistOnDutyAt(t), onDuty);
    }

    void requireNamesTheRule()
    {
        ManualClock clock(at(23, 8));
        fakes::StaffFixture s(clock);
        Status none = s.duty.requirePharmacistOnDuty(QStringLiteral("审核处方"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().ruleId, QStringLiteral("STAFF-PHARM-ONDUTY"));
        QVERIFY(none.error().userText().startsWith(QStringLiteral("STAFF-PHARM-ONDUTY: ")));
        QVERIFY(none.error().message.contains(QStringLiteral("审核处方")));
        s.loginAs(QStringLiteral("lisi"));
        QVERIFY(s.duty.clockIn().ok());
        QVERIFY(s.duty.requirePharmacistOnDuty(QStringLiteral("审核处方")).ok());
        clock.advanceMs(3600'000);
        QVERIFY(s.duty.clockOut().ok());
        QVERIFY(!s.duty.requirePharmacistOnDuty(QStringLiteral("审核处方")).ok());
    }

    void exportForInspections()
    {
        ManualClock clock(at(23, 8));
        fakes::StaffFixture s(clock);
        s.loginAs(QStringLiteral("lisi"));
        QVERIFY(s.duty.clockIn().ok());
        clock.set(at(23, 17, 30));
        QVERIFY(s.duty.clockOut().ok());
        QVERIFY(!s.duty.exportCsv(at(1, 0), at(30, 0)).ok()); // a pharmacist may not export
        s.loginAs(QStringLiteral("wangwu"));
        Result<QByteArray> csv = s.duty.exportCsv(at(1, 0), at(30, 0));
        QVERIFY(csv.ok());
        QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(*csv);
        QVERIFY(text.contains(QStringLiteral("李四,lisi,")));
        QVERIFY(text.contains(QStringLiteral("2026-11-23 08:00:00,2026-11-23 17:30:00,570")));
        QCOMPARE(s.audit.count(AuditAction::Export), 1);
        Result<QByteArray> empty = s.duty.exportCsv(at(24, 0), at(25, 0));
        QCOMPARE(QString::fromUtf8(*empty).count(u'\n'), 1); // the header only
    }
};

QTEST_GUILESS_MAIN(TestDutyService)
#include "tst_dutyservice.moc"
