#include "app/core/ports/clock.h"
#include "app/core/privacy/personaldataaccess.h"
#include "app/core/staff/privacy.h"
#include "tests/fakes/fakes.h"

#include <QTest>

using namespace pos;

/// DATA-PRIVACY: decrypted views only through the role table and the audit trail; everything else
/// masked.
class TestPersonalDataAccess : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0))};

private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        // The issue's own example: 110***********1234.
        QTest::newRow("DATA-PRIVACY 18-digit ID")
            << int(PersonalKind::IdNumber) << "110105199001011234"
            << "110***********1234";
        QTest::newRow("DATA-PRIVACY ID with X")
            << int(PersonalKind::IdNumber) << "36010219900101123X"
            << "360***********123X";
        QTest::newRow("DATA-PRIVACY 15-digit ID")
            << int(PersonalKind::IdNumber) << "110105900101123"
            << "110********1123";
        QTest::newRow("DATA-PRIVACY name") << int(PersonalKind::PersonName) << "张三丰"
                                           << "张**";
        QTest::newRow("DATA-PRIVACY mobile") << int(PersonalKind::Phone) << "13812345678"
                                             << "138****5678";
        QTest::newRow("DATA-PRIVACY landline") << int(PersonalKind::Phone) << "0791-86000000"
                                               << "0791-****0000";
        QTest::newRow("DATA-PRIVACY card") << int(PersonalKind::CardNumber) << "6222-0212-3456-7890"
                                           << "************7890";
        QTest::newRow("DATA-PRIVACY psn_no")
            << int(PersonalKind::InsurancePersonNumber) << "36000012345678"
            << "**********5678";
        QTest::newRow("DATA-PRIVACY e-voucher token")
            << int(PersonalKind::EVoucherToken) << "ecT0k3n9f8a7b6c5d4e3f2a1b0c3f9a"
            << "…3f9a";
        QTest::newRow("short token") << int(PersonalKind::EVoucherToken) << "abc"
                                     << "…";
        QTest::newRow("empty name") << int(PersonalKind::PersonName) << ""
                                    << "";
    }
    void masks()
    {
        QFETCH(int, kind);
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(maskPersonal(PersonalKind(kind), input), masked);
    }

    void lookupNormalisation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("ID typed with lower-case x and spaces")
            << int(PersonalKind::IdNumber) << " 36010219900101123x"
            << "360102 19900101 123X";
        QTest::newRow("name with full-width space")
            << int(PersonalKind::PersonName) << QStringLiteral("Li\u3000 Lei") << "Li Lei";
        QTest::newRow("phone with +86 and dashes")
            << int(PersonalKind::Phone) << "+86 138-1234-5678"
            << "13812345678";
        QTest::newRow("card with dashes") << int(PersonalKind::CardNumber) << "6222-0212-3456-789x"
                                          << "62220212345678 9X";
    }
    void lookupNormalisation()
    {
        QFETCH(int, kind);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(normalizeForLookup(PersonalKind(kind), a),
                 normalizeForLookup(PersonalKind(kind), b));
        QVERIFY(!normalizeForLookup(PersonalKind(kind), a).isEmpty());
    }

    void roleTable_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("view");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<PersonalView, const char*>> views{
            {PersonalView::IdNumber, "IdNumber"},
            {PersonalView::PersonName, "PersonName"},
            {PersonalView::FaceImage, "FaceImage"},
            {PersonalView::VideoClip, "VideoClip"},
            {PersonalView::Signature, "Signature"},
            {PersonalView::EphedrineRegister, "EphedrineRegister"},
            {PersonalView::PersonalExport, "PersonalExport"},
        };
        for (const auto& [view, name] : views) {
            const bool pharmacist =
                view == PersonalView::IdNumber || view == PersonalView::PersonName;
            QTest::addRow("DATA-PRIVACY cashier %s", name) << "zhangsan" << int(view) << false;
            QTest::addRow("DATA-PRIVACY pharmacist %s", name) << "lisi" << int(view) << pharmacist;
            QTest::addRow("DATA-PRIVACY manager %s", name) << "wangwu" << int(view) << true;
            QTest::addRow("DATA-PRIVACY admin %s", name) << "admin" << int(view) << false;
        }
    }
    void roleTable()
    {
        QFETCH(QString, user);
        QFETCH(int, view);
        QFETCH(bool, allowed);
        fakes::StaffFixture s(m_clock);
        s.loginAs(user);
        PersonalDataAccess access(s.session, s.audit, m_clock);
        int decrypts = 0;
        const int viewedBefore = s.audit.count(AuditAction::PersonalDataViewed);
        Result<QString> v =
            access.viewText(PersonalView(view), QStringLiteral("XS-T01-20261123-0003"),
                            QStringLiteral("药监检查"), [&]() -> Result<QString> {
                                ++decrypts;
                                return QStringLiteral("110105199001011234");
                            });
        QCOMPARE(v.ok(), allowed);
        QCOMPARE(access.mayView(PersonalView(view)), allowed);
        QCOMPARE(decrypts, allowed ? 1 : 0); // nothing is decrypted before the check
        if (allowed) {
            QCOMPARE(*v, QStringLiteral("110105199001011234"));
            const QList<AuditEvent> viewed = s.audit.of(AuditAction::PersonalDataViewed);
            QCOMPARE(viewed.size(), viewedBefore + 1);
            QCOMPARE(viewed.last().actor, user);
            QCOMPARE(viewed.last().target, QStringLiteral("XS-T01-20261123-0003"));
            QVERIFY(viewed.last().detail.contains(QStringLiteral("药监检查")));
            QVERIFY(!viewed.last().detail.contains(QStringLiteral("110105199001011234")));
        } else {
            QCOMPARE(v.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(v.error().ruleId, QStringLiteral("DATA-PRIVACY"));
            QCOMPARE(s.audit.of(AuditAction::PersonalDataViewRefused).last().target,
                     QStringLiteral("XS-T01-20261123-0003"));
        }
    }

    void refusedWhenNobodyOrLocked()
    {
        fakes::StaffFixture s(m_clock);
        PersonalDataAccess access(s.session, s.audit, m_clock);
        const auto value = []() -> Result<QString> { return QStringLiteral("secret"); };
        QVERIFY(!access.viewText(PersonalView::IdNumber, QStringLiteral("x"), {}, value).ok());
        s.loginAs(QStringLiteral("wangwu"));
        s.session.lock();
        Result<QString> locked =
            access.viewText(PersonalView::IdNumber, QStringLiteral("x"), {}, value);
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains(QStringLiteral("锁定")));
        QCOMPARE(s.audit.count(AuditAction::PersonalDataViewRefused), 2);
    }

    void unauditableViewIsNotGiven()
    {
        fakes::StaffFixture s(m_clock);
        s.loginAs(QStringLiteral("wangwu"));
        PersonalDataAccess access(s.session, s.audit, m_clock);
        s.audit.fail = true;
        Result<QByteArray> face =
            access.viewBytes(PersonalView::FaceImage, QStringLiteral("JS-1"), {},
                             []() -> Result<QByteArray> { return QByteArrayLiteral("JPEGDATA"); });
        QVERIFY(!face.ok());
        QCOMPARE(face.error().ruleId, QStringLiteral("DATA-PRIVACY"));
    }

    void fullOrMaskedByRole()
    {
        fakes::StaffFixture s(m_clock);
        PersonalDataAccess access(s.session, s.audit, m_clock);
        const auto id = []() -> Result<QString> { return QStringLiteral("110105199001011234"); };
        s.loginAs(QStringLiteral("zhangsan"));
        QCOMPARE(*access.fullOrMasked(PersonalKind::IdNumber, QStringLiteral("XS-1"), {}, id),
                 QStringLiteral("110***********1234"));
        QCOMPARE(s.audit.count(AuditAction::PersonalDataViewed), 0); // a masked value is no view
        QCOMPARE(s.audit.count(AuditAction::PersonalDataViewRefused), 0);
        s.session.logout();
        s.loginAs(QStringLiteral("lisi"));
        QCOMPARE(*access.fullOrMasked(PersonalKind::IdNumber, QStringLiteral("XS-1"), {}, id),
                 QStringLiteral("110105199001011234"));
        QCOMPARE(s.audit.count(AuditAction::PersonalDataViewed), 1);
    }

    void exportsNeedBothAndAreAudited()
    {
        fakes::StaffFixture s(m_clock);
        PersonalDataAccess access(s.session, s.audit, m_clock);
        s.loginAs(QStringLiteral("lisi")); // may see ID numbers, may not export them
        QVERIFY(!access
                     .authorizeExport(PersonalView::IdNumber, QStringLiteral("register"),
                                      QStringLiteral("/tmp/r.csv"))
                     .ok());
        s.session.logout();
        s.loginAs(QStringLiteral("wangwu"));
        QVERIFY(access
                    .authorizeExport(PersonalView::EphedrineRegister, QStringLiteral("register"),
                                     QStringLiteral("/tmp/r.csv"))
                    .ok());
        const QList<AuditEvent> exported = s.audit.of(AuditAction::PersonalDataExported);
        QCOMPARE(exported.size(), 1);
        QVERIFY(exported.first().detail.contains(QStringLiteral("/tmp/r.csv")));
        QCOMPARE(auditActionKey(AuditAction::PersonalDataExported),
                 QStringLiteral("personal_data_exported"));
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataAccess)
#include "tst_personaldataaccess.moc"
