#include "app/core/staff/privacy.h"
#include "app/core/staff/staff.h"

#include <QTest>

using namespace pos;

class TestStaff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // STAFF-ROLES: every role × permission pair, as a table.
    void rolePermissions_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        const Role roles[] = {Role::Cashier, Role::Pharmacist, Role::StoreManager,
                              Role::Administrator};
        const char* roleNames[] = {"cashier", "pharmacist", "manager", "admin"};
        struct Row
        {
            Permission p;
            const char* name;
            bool cashier, pharmacist, manager, admin;
        };
        const Row rows[] = {
            {Permission::Sell, "Sell", true, true, true, false},
            {Permission::VoidSale, "VoidSale", true, true, true, false},
            {Permission::ReprintReceipt, "ReprintReceipt", true, true, true, false},
            {Permission::ReviewPrescription, "ReviewPrescription", false, true, false, false},
            {Permission::DispensePrescription, "DispensePrescription", false, true, false, false},
            {Permission::SettlePooledFund, "SettlePooledFund", true, true, false, false},
            {Permission::ClockDuty, "ClockDuty", false, true, false, false},
            {Permission::ReceiveStock, "ReceiveStock", false, false, true, false},
            {Permission::AdjustStock, "AdjustStock", false, false, true, false},
            {Permission::ExportLedger, "ExportLedger", false, false, true, false},
            {Permission::ExportDuty, "ExportDuty", false, false, true, true},
            {Permission::ViewAudit, "ViewAudit", false, false, true, true},
            {Permission::ManageUsers, "ManageUsers", false, false, false, true},
            {Permission::ConfigureStore, "ConfigureStore", false, false, true, true},
            // CAM-CONSENT: faces and clips are seen only by the store manager, never by the
            // administrator (who manages accounts) or the counter staff.
            {Permission::ViewSettlementEvidence, "ViewSettlementEvidence", false, false, true,
             false},
            {Permission::ExportSettlementEvidence, "ExportSettlementEvidence", false, false, true,
             false},
            // Issue 19: a cashier hands over their own shift; the manager closes another's (the
            // cashier went home) and the day.
            {Permission::ManageShifts, "ManageShifts", false, false, true, false},
            {Permission::OverridePrice, "OverridePrice", false, false, true, false},
        };
        for (const Row& r : rows) {
            const bool allowed[] = {r.cashier, r.pharmacist, r.manager, r.admin};
            for (int i = 0; i < 4; ++i)
                QTest::addRow("STAFF-ROLES %s × %s", roleNames[i], r.name)
                    << int(roles[i]) << int(r.p) << allowed[i];
        }
    }
    void rolePermissions()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(static_cast<Role>(role), static_cast<Permission>(permission)), allowed);
        QVERIFY(!toDisplayString(static_cast<Permission>(permission)).isEmpty());
    }

    void roleKeysRoundTrip()
    {
        for (Role r : {Role::Cashier, Role::Pharmacist, Role::StoreManager, Role::Administrator}) {
            Role back = Role::Cashier;
            QVERIFY(roleFromKey(roleKey(r), &back));
            QCOMPARE(back, r);
        }
        Role unused = Role::Cashier;
        QVERIFY(!roleFromKey(QStringLiteral("boss"), &unused));
    }

    // DATA-PRIVACY: personal data only masked outside its home.
    void masks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("18-digit ID") << "360102199001011234"
                                     << "360***********1234"
                                     << "3*****************";
        QTest::newRow("X check digit") << "36010219900101123X"
                                       << "360***********123X"
                                       << "3*****************";
        QTest::newRow("chinese name") << "张三丰"
                                      << "***"
                                      << "张**";
        QTest::newRow("short number") << "123456"
                                      << "**3456"
                                      << "1*****";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }
    void masks()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        QFETCH(QString, name);
        QCOMPARE(maskIdNumber(input), id);
        QCOMPARE(maskName(input), name);
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
