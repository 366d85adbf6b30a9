// The window frame (issue 13 item 5): the screens a user's role cannot open are not built at
// start — the inventory screen when a store manager first opens it (F4), account administration
// when an administrator first logs in — and once built they are kept.

#include "app/core/sale/saleworkflow.h"
#include "devices/simulated/simulatedscanner.h"
#include "tests/support/builders.h"
#include "tests/support/teststore.h"
#include "ui/checkoutwidget.h"
#include "ui/inventorywidget.h"
#include "ui/mainwindow.h"
#include "ui/staffwidgets.h"
#include "ui/stocktablemodel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTest>

using namespace pos;

namespace {

/// The window over the shared test store, its checkout selling from the store's catalog.
struct Rig : testsupport::TestStore
{
    fakes::FakeSaleRepository sales;
    fakes::FakePrinter printer;
    StoreProfile store = testsupport::testStore();
    SaleWorkflow workflow{catalog, sales, sales, printer, clock, staff.access, store};
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

    // A counter screen is often 1024×768, sometimes a touch screen: the window asks for no more,
    // and every button of the counter, the session bar and the function keys' line lie on it.
    void everyControlOfTheCounterFitsA1024x768Screen()
    {
        Rig r;
        // As the demo runs it: the simulated devices' banner and the scanner simulator's panel.
        devices::SimulatedScanner scanner(r.clock);
        r.window.addScannerSimulator(
            scanner,
            {{QStringLiteral("布洛芬缓释胶囊（芬必得）0.3g*20粒"), QStringLiteral("6900000000021")},
             {QStringLiteral("阿莫西林胶囊"), QStringLiteral("81313760000000000011")}});
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(r.window.minimumSizeHint().width() <= 1024);
        QVERIFY(r.window.minimumSizeHint().height() <= 768);
        r.window.resize(1024, 768);
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        QCOMPARE(r.window.size(), QSize(1024, 768));
        const QRect screen = r.window.rect();
        int checked = 0;
        for (QWidget* w : r.window.findChildren<QWidget*>()) {
            if (!w->isVisible() || !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QLabel*>(w)))
                continue;
            const QRect at(w->mapTo(&r.window, QPoint(0, 0)), w->size());
            QVERIFY2(screen.contains(at),
                     qPrintable(QStringLiteral("%1 “%2” at %3,%4 %5×%6")
                                    .arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->property("text").toString())
                                    .arg(at.x())
                                    .arg(at.y())
                                    .arg(at.width())
                                    .arg(at.height())));
            ++checked;
        }
        QVERIFY(checked > 10);
        // The function keys are always on screen, F7 and F1 among them.
        QLabel* keys = r.window.findChild<QLabel*>(QStringLiteral("keysLabel"));
        QVERIFY(keys && keys->isVisible());
        QVERIFY(keys->text().contains(QStringLiteral("F7")));
        QVERIFY(keys->text().contains(QStringLiteral("F1")));
    }

    // Kiosk (全屏收银): a cashier cannot close the program; a store manager can.
    void kioskClosesOnlyForAManager()
    {
        testsupport::TestStore t;
        fakes::FakeSaleRepository sales;
        fakes::FakePrinter printer;
        const StoreProfile store = testsupport::testStore();
        SaleWorkflow workflow{t.catalog, sales, sales, printer, t.clock, t.staff.access, store};
        ui::ShellOptions options;
        options.kiosk = true;
        ui::MainWindow window{store,
                              ui::CounterServices{workflow, t.staff.session, t.staff.auth,
                                                  t.staff.duty, printer, t.staff.users},
                              ui::DeviceSummary{{printer.deviceName()}, {}}, options};
        window.show();
        t.staff.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(window.checkout()->noticeText().contains(QStringLiteral("店长")));
        t.staff.loginAs(QStringLiteral("wangwu"));
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
