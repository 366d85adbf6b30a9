// The window frame (issue 13 item 5): the screens a user's role cannot open are not built at
// start — the inventory screen when a store manager first opens it (F4), account administration
// when an administrator first logs in — and once built they are kept.

#include "app/core/sale/saleworkflow.h"
#include "devices/simulated/simulatedscanner.h"
#include "tests/support/builders.h"
#include "tests/support/teststore.h"
#include "ui/checkoutwidget.h"
#include "ui/customerdisplay.h"
#include "ui/inventorywidget.h"
#include "ui/mainwindow.h"
#include "ui/paymentdialog.h"
#include "ui/staffwidgets.h"
#include "ui/stocktablemodel.h"

#include <QAbstractButton>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSet>
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

/// The visible buttons and labels of `screen` (counted), and in `outside` each one that does not
/// lie wholly inside it.
int controlsInside(QWidget* screen, QStringList& outside)
{
    int checked = 0;
    for (QWidget* w : screen->findChildren<QWidget*>()) {
        if (!w->isVisible() || !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QLabel*>(w)))
            continue;
        const QRect at(w->mapTo(screen, QPoint(0, 0)), w->size());
        if (!screen->rect().contains(at))
            outside << QStringLiteral("%1 “%2” at %3,%4 %5×%6")
                           .arg(QString::fromLatin1(w->metaObject()->className()),
                                w->property("text").toString())
                           .arg(at.x())
                           .arg(at.y())
                           .arg(at.width())
                           .arg(at.height());
        ++checked;
    }
    return checked;
}

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
        QStringList outside;
        QVERIFY(controlsInside(&r.window, outside) > 10);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(u'\n')));
        // The function keys are always on screen, F7 and F1 among them.
        QLabel* keys = r.window.findChild<QLabel*>(QStringLiteral("keysLabel"));
        QVERIFY(keys && keys->isVisible());
        QVERIFY(keys->text().contains(QStringLiteral("F7")));
        QVERIFY(keys->text().contains(QStringLiteral("F1")));
    }

    // The screens as a cashier and a customer see them at 1024×768: the counter with a cart, the
    // payment dialog over it (F12, a card tender taken) and the customer display, each rendered
    // to a PNG (kept in screenshots/ beside the test for a person to look at) and measured: every
    // label and button inside its screen, the picture not blank.
    void theCounterPaymentAndCustomerDisplayRenderWithinTheScreen()
    {
        Rig r;
        const Product a = fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1580);
        const Product b = fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊（芬必得）"), 2250);
        r.add({a, b});
        r.staff.loginAs(QStringLiteral("zhangsan"));
        r.window.resize(1024, 768);
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        QVERIFY(r.workflow.scanCode(a.gtin).ok());
        QVERIFY(r.workflow.scanCode(b.gtin).ok());
        ui::CustomerDisplay display{r.workflow, nullptr, r.store.name};
        display.resize(1024, 768);
        display.show();
        QVERIFY(QTest::qWaitForWindowExposed(&display));
        QVERIFY(r.workflow.payByCard(Money::fromYuan(10), QStringLiteral("123456789012")).ok());
        r.window.checkout()->openPayment();
        ui::PaymentDialog* pay = r.window.checkout()->paymentDialog();
        QVERIFY(pay);
        QVERIFY(QTest::qWaitForWindowExposed(pay));
        QVERIFY2(pay->width() <= 1024 && pay->height() <= 768,
                 qPrintable(QStringLiteral("%1×%2").arg(pay->width()).arg(pay->height())));
        QCOMPARE(display.itemLines().size(), 2);
        QVERIFY2(display.tendersLabel()->text().contains(QStringLiteral("银行卡 ¥10.00")),
                 qPrintable(display.tendersLabel()->text()));

        QDir out(QStringLiteral(QT_TESTCASE_BUILDDIR));
        QVERIFY(out.mkpath(QStringLiteral("screenshots")));
        QVERIFY(out.cd(QStringLiteral("screenshots")));
        const QList<std::pair<QString, QWidget*>> screens{
            {QStringLiteral("counter"), &r.window},
            {QStringLiteral("payment"), pay},
            {QStringLiteral("customer-display"), &display}};
        for (const auto& [name, screen] : screens) {
            QStringList outside;
            QVERIFY2(controlsInside(screen, outside) >= 3, qPrintable(name));
            QVERIFY2(outside.isEmpty(), qPrintable(name + u'\n' + outside.join(u'\n')));
            const QImage shot = screen->grab().toImage();
            QCOMPARE(shot.size(), screen->size() * screen->devicePixelRatio());
            QSet<QRgb> colours;
            for (int y = 0; y < shot.height(); y += 5)
                for (int x = 0; x < shot.width(); x += 5)
                    colours.insert(shot.pixel(x, y));
            QVERIFY2(colours.size() > 8,
                     qPrintable(QStringLiteral("%1: %2 colours").arg(name).arg(colours.size())));
            QVERIFY(shot.save(out.filePath(name + QStringLiteral(".png"))));
        }
        QVERIFY(r.workflow.cancelPayment().ok());
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
