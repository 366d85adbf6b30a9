#include "app/core/ports/clock.h"
#include "tests/fakes/fakes.h"

#include <QTest>

using namespace pos;

namespace {
const QString kPw = QString::fromLatin1(fakes::StaffFixture::kPassword);
}

class TestAuthService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstStartCreatesTheAdministratorOnce()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        fakes::FakeUserRepository users;
        fakes::FakePasswordHasher hasher;
        fakes::FakeAuditLog audit;
        AuthService auth(users, hasher, audit, clock);
        QVERIFY(auth.needsFirstAdministrator());
        QVERIFY(!auth.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                               QStringLiteral("short1"))
                     .ok());
        Result<User> admin = auth.createFirstAdministrator(
            QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("goodpass1"));
        QVERIFY(admin.ok());
        QCOMPARE(admin->role, Role::Administrator);
        QVERIFY(!auth.needsFirstAdministrator());
        QVERIFY(users.passwordHash(admin->id) != QStringLiteral("goodpass1")); // never stored plain
        Result<User> again = auth.createFirstAdministrator(
            QStringLiteral("admin2"), QStringLiteral("x"), QStringLiteral("goodpass1"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::WrongState);
        QCOMPARE(audit.count(AuditAction::UserCreated), 1);
    }

    void passwordStrength_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("letters and digits, 8") << "abcd1234" << true;
        QTest::newRow("7 characters") << "abc1234" << false;
        QTest::newRow("no digit") << "abcdefgh" << false;
        QTest::newRow("no letter") << "12345678" << false;
        QTest::newRow("long mixed") << "收银台Counter2026" << true;
    }
    void passwordStrength()
    {
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QCOMPARE(AuthService::checkPasswordStrength(password).ok(), ok);
    }

    void lockoutAfterRepeatedFailures()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        fakes::StaffFixture s(clock);
        for (int i = 1; i <= 4; ++i) {
            Result<User> r =
                s.auth.authenticate(QStringLiteral("zhangsan"), QStringLiteral("wrong"));
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(QStringLiteral("用户名或密码错误")));
        }
        Result<User> fifth =
            s.auth.authenticate(QStringLiteral("zhangsan"), QStringLiteral("wrong"));
        QVERIFY(!fifth.ok());
        QVERIFY(fifth.error().message.contains(QStringLiteral("锁定 15 分钟")));
        QCOMPARE(s.audit.count(AuditAction::AccountLocked), 1);
        QCOMPARE(s.audit.count(AuditAction::LoginFailed), 5);

        // Locked: even the right password is refused, and says until when.
        Result<User> locked = s.auth.authenticate(QStringLiteral("zhangsan"), kPw);
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains(QStringLiteral("08:15")));

        clock.advanceMs(14 * 60 * 1000);
        QVERIFY(!s.auth.authenticate(QStringLiteral("zhangsan"), kPw).ok());
        clock.advanceMs(60 * 1000);
        Result<User> back = s.auth.authenticate(QStringLiteral("zhangsan"), kPw);
        QVERIFY(back.ok());
        QCOMPARE(s.users.findByUsername(QStringLiteral("zhangsan"))->failedAttempts, 0);
    }

    void successResetsTheFailureCount()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        fakes::StaffFixture s(clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!s.auth.authenticate(QStringLiteral("lisi"), QStringLiteral("x")).ok());
        QVERIFY(s.auth.authenticate(QStringLiteral("lisi"), kPw).ok());
        for (int i = 0; i < 4; ++i)
            QVERIFY(!s.auth.authenticate(QStringLiteral("lisi"), QStringLiteral("x")).ok());
        QVERIFY(
            s.auth.authenticate(QStringLiteral("lisi"), kPw).ok()); // not locked: count restarted
    }

    void unknownAndInactiveAccounts()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        fakes::StaffFixture s(clock);
        Result<User> unknown = s.auth.authenticate(QStringLiteral("nobody"), kPw);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("用户名或密码错误"))); // same words
        QVERIFY(s.users.setActive(1, false).ok());
        Result<User> inactive = s.auth.authenticate(QStringLiteral("zhangsan"), kPw);
        QVERIFY(!inactive.ok());
        QVERIFY(inactive.error().message.contains(QStringLiteral("停用")));
    }

    void onlyAnAdministratorAddsAccounts()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        fakes::StaffFixture s(clock);
        User account;
        account.username = QStringLiteral("zhaoliu");
        account.displayName = QStringLiteral("赵六");
        account.role = Role::Cashier;
        const User manager = *s.users.findByUsername(QStringLiteral("wangwu"));
        Result<User> refused = s.auth.addUser(manager, account, QStringLiteral("abcd1234"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().ruleId, QStringLiteral("STAFF-ROLES"));
        QCOMPARE(s.audit.count(AuditAction::PermissionRefused), 1);
        const User admin = *s.users.findByUsername(QStringLiteral("admin"));
        QVERIFY(s.auth.addUser(admin, account, QStringLiteral("abcd1234")).ok());
        QVERIFY(!s.auth.addUser(admin, account, QStringLiteral("abcd1234")).ok()); // duplicate
        User pharmacist = account;
        pharmacist.username = QStringLiteral("sunqi");
        pharmacist.role = Role::Pharmacist;
        Result<User> noLicence = s.auth.addUser(admin, pharmacist, QStringLiteral("abcd1234"));
        QVERIFY(!noLicence.ok());
        QVERIFY(noLicence.error().message.contains(QStringLiteral("执业药师注册证号")));
        pharmacist.licenceNo = QStringLiteral("36201800001111");
        QVERIFY(s.auth.addUser(admin, pharmacist, QStringLiteral("abcd1234")).ok());
    }

    void stepInKeepsTheOwnerAndIsAudited()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        fakes::StaffFixture s(clock);
        s.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(!s.session.stepIn(QStringLiteral("lisi"), QStringLiteral("bad")).ok());
        QCOMPARE(s.session.actingUser()->username, QStringLiteral("zhangsan"));
        QVERIFY(s.session.stepIn(QStringLiteral("lisi"), kPw).ok());
        QCOMPARE(s.session.actingUser()->username, QStringLiteral("lisi"));
        QCOMPARE(s.session.owner()->username, QStringLiteral("zhangsan"));
        QCOMPARE(s.audit.count(AuditAction::StepIn), 1);
        s.session.lock(); // locking ends the step-in
        QVERIFY(!s.session.isSteppedIn());
        QVERIFY(!s.access.require(Permission::Sell).ok());
    }

    // Issue 12: a mistyped user name is often a password; the trail keeps only a short hash.
    void unknownUserNameIsAuditedAsAHash()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        fakes::StaffFixture s(clock);
        const QString typed = QStringLiteral("Secret#2026");
        QVERIFY(!s.auth.authenticate(typed, kPw).ok());
        const QList<AuditEvent> failed = s.audit.of(AuditAction::LoginFailed);
        QCOMPARE(failed.size(), 1);
        for (const QString& field : {failed[0].actor, failed[0].target, failed[0].detail})
            QVERIFY2(!field.contains(typed), qPrintable(field));
        QCOMPARE(failed[0].target.size(), 13);
        QVERIFY(failed[0].target.startsWith(u'#'));
        // The same text gives the same reference (repeated attempts are visible), another does not.
        QCOMPARE(AuthService::unknownNameReference(typed), failed[0].target);
        QVERIFY(AuthService::unknownNameReference(QStringLiteral("secret#2026"))
                != failed[0].target);
    }

    // Issue 12 item 2: no caller ignores a failed audit append.
    void aFailedAuditIsNeverSilent()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        fakes::StaffFixture s(clock);
        s.audit.fail = true;
        // A login the trail cannot record is not granted.
        Result<User> login = s.session.login(QStringLiteral("zhangsan"), kPw);
        QVERIFY(!login.ok());
        QVERIFY(login.error().message.contains(QStringLiteral("审计日志")));
        QVERIFY(!s.session.isLoggedIn());
        // A refusal still refuses, and says its record is missing.
        Status refused = s.access.require(Permission::Sell);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().ruleId, QStringLiteral("STAFF-ROLES"));
        QVERIFY(refused.error().message.contains(QStringLiteral("未能写入审计日志")));
        Error rule = s.access.refusedByRule(
            makeError(ErrorCode::RuleViolation, QStringLiteral("x"), QStringLiteral("RX-ONLY")),
            QStringLiteral("T1"));
        QCOMPARE(rule.ruleId, QStringLiteral("RX-ONLY"));
        QVERIFY(rule.message.contains(QStringLiteral("未能写入审计日志")));
        QVERIFY(
            !s.access.recordAction(AuditAction::ReceiptReprinted, QStringLiteral("S1"), {}).ok());
        // A wrong password is refused and says the failure was not recorded either.
        Result<User> wrong = s.auth.authenticate(QStringLiteral("zhangsan"), QStringLiteral("bad"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QStringLiteral("未能写入审计日志")));
        // A logout happens anyway, and the window is told.
        s.audit.fail = false;
        s.loginAs(QStringLiteral("zhangsan"));
        s.audit.fail = true;
        QStringList reported;
        QObject::connect(&s.session, &Session::auditFailed,
                         [&](const QString& m) { reported << m; });
        s.session.lock();
        QVERIFY(s.session.isLocked());
        QCOMPARE(reported.size(), 1);
        QVERIFY(!s.session.unlock(kPw).ok()); // unlocking unrecorded: stays locked
        QVERIFY(s.session.isLocked());
        s.session.logout();
        QVERIFY(!s.session.isLoggedIn());
        QCOMPARE(reported.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
