// The window frame (issue 13 item 5): the screens a user's role cannot open are not built at
// start — the inventory screen when a store manager first opens it (F4), account administration
// when an administrator first logs in — and once built they are kept.

#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/productservice.h"
#include "app/core/sale/saleworkflow.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "tests/fakes/fakes.h"
#include "ui/checkoutwidget.h"
#include "ui/inventorywidget.h"
#include "ui/mainwindow.h"
#include "ui/staffwidgets.h"
#include "ui/stocktablemodel.h"

#include <QTest>

using namespace pos;

namespace {

struct Rig
{
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
    std::unique_ptr<storage::Database> db =
        storage::Database::open(QStringLiteral(":memory:")).value();
    storage::SqlProductCatalog catalog{*db};
    storage::SqlInventoryRepository inventory{*db};
    storage::SqlLedgerStore ledger{*db};
    fakes::FakeSaleRepository sales;
    fakes::FakePrinter printer;
    StoreProfile store{
        QStringLiteral("测试药房"), QStringLiteral("P36010200001"), QStringLiteral("T01"), {}, {}};
    fakes::StaffFixture staff{clock};
    SaleWorkflow workflow{catalog, sales, sales, printer, clock, staff.access, store};
    InventoryService service{catalog, inventory, ledger, staff.access, staff.audit, clock, 180};
    ProductService products{catalog, staff.access, staff.audit, clock};
    ui::MainWindow window{store,
                          ui::CounterServices{workflow, staff.session, staff.auth, staff.duty,
                                              printer, staff.users, &service, &inventory, &clock,
                                              &catalog, nullptr, nullptr, &products},
                          ui::DeviceSummary{{printer.deviceName()}, {}}};

    Rig() { window.show(); }
    [[nodiscard]] bool built(const QMetaObject& type) const
    {
        for (QObject* o : window.findChildren<QObject*>())
            if (o->metaObject()->inherits(&type))
                return true;
        return false;
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noOtherRolesScreensAtStart()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.login()));
        QVERIFY(!r.built(ui::InventoryWidget::staticMetaObject));
        QVERIFY(!r.built(ui::UserAdminWidget::staticMetaObject));
        QVERIFY(!r.built(ui::FirstRunWidget::staticMetaObject)); // the store has its accounts
        QVERIFY(!r.window.inventoryPage());
        QVERIFY(!r.window.adminPage());
    }

    // STAFF-ROLES: a cashier's F4 is refused and builds nothing; the cashier's day never pays for
    // the manager's or the administrator's screens.
    void aCashierNeverBuildsThem()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.checkout()));
        r.window.toggleInventory();
        QVERIFY(r.window.checkout()->noticeText().contains(QStringLiteral("STAFF-ROLES")));
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.checkout()));
        QVERIFY(!r.built(ui::InventoryWidget::staticMetaObject));
        QVERIFY(!r.built(ui::UserAdminWidget::staticMetaObject));
    }

    // The manager's inventory screen is built when first opened, loads then (one page of the
    // stock), and is the same screen the next time.
    void theInventoryScreenIsBuiltWhenFirstOpened()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.checkout()));
        QVERIFY(!r.window.inventoryPage());
        r.window.toggleInventory();
        ui::InventoryWidget* inventory = r.window.inventoryPage();
        QVERIFY(inventory);
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(inventory));
        QCOMPARE(inventory->stockModel()->pagesRead(), 1);
        r.window.toggleInventory();
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.checkout()));
        r.window.toggleInventory();
        QVERIFY(r.window.inventoryPage() == inventory);
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(inventory));
        QVERIFY(!r.built(ui::UserAdminWidget::staticMetaObject));
    }

    void accountAdministrationIsBuiltForTheAdministrator()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("admin"));
        QVERIFY(r.window.adminPage());
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.adminPage()));
        QVERIFY(!r.built(ui::InventoryWidget::staticMetaObject));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
