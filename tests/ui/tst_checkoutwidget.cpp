#include "app/core/payment/walletpayments.h"
#include "app/core/ports/clock.h"
#include "app/core/sale/saleworkflow.h"
#include "devices/simulated/simulatedscanner.h"
#include "tests/fakes/fakes.h"
#include "tests/support/salerig.h"
#include "ui/cartmodel.h"
#include "ui/checkoutwidget.h"
#include "ui/mainwindow.h"
#include "ui/parkedcartsdialog.h"
#include "ui/paymentdialog.h"
#include "ui/priceoverridedialog.h"
#include "ui/productsearchdialog.h"
#include "ui/scandiagnosticsdialog.h"
#include "ui/scannersimulatorpanel.h"
#include "ui/staffwidgets.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pos;

namespace {

/// The shared counter (products 1, 2 and the split-pack product as 3) in the real window, with the
/// simulated scanner and its panel.
struct Rig : testsupport::SaleRig
{
    devices::SimulatedScanner scanner{clock};
    fakes::FakeScanJournal journal;
    ui::MainWindow window{store,
                          ui::CounterServices{workflow, staff.session, staff.auth, staff.duty,
                                              printer, staff.users, nullptr, nullptr, &clock,
                                              &catalog, &scanner, &journal},
                          ui::DeviceSummary{{scanner.deviceName(), printer.deviceName()}, {}}};

    explicit Rig(bool login = true)
        : SaleRig(testsupport::counterProducts() << testsupport::splitPackProduct(3),
                  testsupport::saleTime(), login)
    {
        QObject::connect(&scanner, &Scanner::scanned, &workflow, &SaleWorkflow::onScanned);
        workflow.setParkedCarts(&parked);
        window.addScannerSimulator(scanner,
                                   {{QStringLiteral("阿莫西林"), QStringLiteral("6900000000014")}});
        window.show();
        window.activateWindow();
    }
    fakes::FakeParkedCartStore parked;
    ui::CheckoutWidget& checkout() { return *window.checkout(); }
    QAbstractItemModel& model() { return *checkout().cartView()->model(); }
    QString cell(int row, int col) { return model().index(row, col).data().toString(); }
};

} // namespace

class TestCheckoutWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scansFillTheCartAndTotal()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000014\r\n");
        r.scanner.inject("6900000000021");
        r.scanner.inject("6900000000014");
        QCOMPARE(r.model().rowCount(), 2);
        QCOMPARE(r.cell(0, ui::CartModel::Name), QStringLiteral("阿莫西林胶囊"));
        QCOMPARE(r.cell(0, ui::CartModel::Quantity), QStringLiteral("2 盒"));
        QCOMPARE(r.cell(0, ui::CartModel::Amount), QStringLiteral("31.60"));
        QCOMPARE(r.cell(1, ui::CartModel::UnitPrice), QStringLiteral("22.50"));
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥54.10"));
        // The line just scanned is the chosen one, so + acts on it.
        QCOMPARE(r.checkout().cartView()->selectionModel()->selectedRows().first().row(), 0);
        QTest::keyClick(r.checkout().cartView(), Qt::Key_Plus);
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 3);
    }

    void scansNeverLandInTheFocusedWidget()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        auto* simEdit = r.window.findChild<QLineEdit*>(QStringLiteral("simCodeEdit"));
        QVERIFY(simEdit);
        simEdit->setFocus();
        r.scanner.inject("6900000000021");
        QVERIFY(simEdit->text().isEmpty());
        QCOMPARE(r.model().rowCount(), 1);
    }

    void simulatorPanelScansThroughThePort()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        auto* simEdit = r.window.findChild<QLineEdit*>(QStringLiteral("simCodeEdit"));
        QTest::keyClicks(simEdit, QStringLiteral("6900000000014"));
        QTest::keyClick(simEdit, Qt::Key_Return);
        QCOMPARE(r.scanner.deliveredCount(), 1);
        QCOMPARE(r.model().rowCount(), 1);
        QVERIFY(simEdit->text().isEmpty());
    }

    void unknownCodeShowsWhyAndChangesNothing()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000014");
        r.scanner.inject("1234567890128");
        QCOMPARE(r.model().rowCount(), 1);
        QVERIFY(r.checkout().noticeText().contains(QStringLiteral("1234567890128")));
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥15.80"));

        // The next success does not make the error vanish: it stays below, in the short history.
        r.scanner.inject("6900000000021");
        QVERIFY(r.checkout().noticeText().contains(QStringLiteral("布洛芬")));
        QCOMPARE(r.checkout().noticeHistory().size(), 1);
        QVERIFY(r.checkout().noticeHistory().first().contains(QStringLiteral("1234567890128")));
        auto* history = r.checkout().findChild<QLabel*>(QStringLiteral("noticeHistoryLabel"));
        QVERIFY(history && history->isVisible());
        // A rule's ID is shown small beside its message; the plain text keeps it whole.
        Notice rule{Notice::Level::Error, QStringLiteral("RX-ONLY: 第 1 行 是处方药")};
        r.checkout().showNotice(rule);
        auto* line = r.checkout().findChild<QLabel*>(QStringLiteral("noticeLabel"));
        QVERIFY(line->text().startsWith(QStringLiteral("第 1 行 是处方药 <span")));
        QVERIFY(line->text().contains(QStringLiteral(">RX-ONLY</span>")));
        QCOMPARE(r.checkout().noticeText(), rule.text);
        // The next customer starts clean: the last customer's warnings are stale.
        QVERIFY(r.workflow.payCash(Money::fromYuan(100)).ok());
        QVERIFY(r.checkout().noticeHistory().isEmpty());
        QVERIFY(!history->isVisible());
        QVERIFY(!r.checkout().noticeText().contains(QStringLiteral("RX-ONLY")));
    }

    void keyboardChangesQuantityAndRemoves()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000014");
        r.scanner.inject("6900000000021");
        QTableView* view = r.checkout().cartView();
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 3);
        QTest::keyClick(view, Qt::Key_Minus);
        QCOMPARE(r.workflow.cart().lines().at(0).quantity, 2);
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥54.10"));
        view->selectRow(1);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(r.model().rowCount(), 1);
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥31.60"));
        // − on a single pack removes the line
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_Minus);
        QCOMPARE(r.model().rowCount(), 0);
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥0.00"));
    }

    // CTRL-EPHEDRINE at the counter: the payment asks for the buyer's ID; a wrong one is refused
    // with the rule and the sale stays open; the ID is recorded with the sale.
    void ephedrineSaleAsksForTheBuyersId()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        Product cold = fakes::makeProduct(9, QStringLiteral("复方盐酸伪麻黄碱缓释胶囊"), 1850);
        cold.ephedrine = true;
        r.catalog.add(cold);
        QVERIFY(r.workflow.scanCode(cold.gtin).ok());
        QVERIFY(r.workflow.scanCode(cold.gtin).ok());
        QVERIFY(r.workflow.needsBuyerId());
        QTest::keyClick(r.checkout().cartView(), Qt::Key_F12);
        QTRY_VERIFY(r.checkout().paymentDialog() != nullptr);
        ui::PaymentDialog* dialog = r.checkout().paymentDialog();
        QLineEdit* id = dialog->buyerIdEdit();
        QVERIFY(id);

        QTest::keyClick(dialog->tenderedEdit(), Qt::Key_Return); // no ID: the core refuses
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("CTRL-EPHEDRINE")),
                 qPrintable(dialog->errorText()));
        QVERIFY(r.sales.sales.isEmpty());
        QTest::keyClicks(id, QStringLiteral("360102199001011230")); // wrong check character
        QTest::keyClick(dialog->tenderedEdit(), Qt::Key_Return);
        QVERIFY(dialog->errorText().contains(QStringLiteral("身份证号不正确")));
        QVERIFY(r.sales.sales.isEmpty());
        id->clear();
        QTest::keyClicks(id, QStringLiteral("36010219900101123X"));
        QTest::keyClick(dialog->tenderedEdit(), Qt::Key_Return);
        QTRY_VERIFY(r.checkout().paymentDialog() == nullptr);
        QCOMPARE(r.sales.sales.size(), 1);
        QCOMPARE(r.sales.sales.at(0).buyerIdNumber, QStringLiteral("36010219900101123X"));
        QVERIFY(!r.workflow.needsBuyerId()); // cleared with the sale
    }

    void payByCardThenWalletThenQuickCash()
    {
        Rig r;
        fakes::FakePaymentProvider provider;
        fakes::FakePaymentOrderStore orders;
        WalletPayments wallets(provider, orders, r.staff.audit, r.clock, r.store.terminalId,
                               QStringLiteral("药品"), WalletPayments::Options{3, 0});
        r.workflow.setWalletPayments(&wallets);
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000021"); // ¥22.50
        QTest::keyClick(r.checkout().cartView(), Qt::Key_F12);
        QTRY_VERIFY(r.checkout().paymentDialog() != nullptr);
        ui::PaymentDialog* dialog = r.checkout().paymentDialog();
        // Exact, then the notes above it, big enough for a finger.
        QStringList quick;
        for (QPushButton* b : dialog->quickButtons()) {
            quick << b->text();
            QVERIFY(b->minimumHeight() >= 44);
        }
        QCOMPARE(quick, (QStringList{QStringLiteral("整收 ¥22.50"), QStringLiteral("¥30.00"),
                                     QStringLiteral("¥50.00"), QStringLiteral("¥100.00")}));

        // ¥10 on the card terminal, recorded by its 参考号.
        QLineEdit* entry = dialog->tenderedEdit();
        entry->selectAll();
        QTest::keyClicks(entry, QStringLiteral("10"));
        QTest::keyClicks(dialog->cardReferenceEdit(), QStringLiteral("123456789012"));
        QTest::mouseClick(dialog->cardButton(), Qt::LeftButton);
        QCOMPARE(r.workflow.amountDue(), Money::fromFen(1250));
        QVERIFY(dialog->tendersText().contains(QStringLiteral("银行卡 ¥10.00")));
        QCOMPARE(entry->text(), QStringLiteral("12.50")); // the rest, ready to take
        QVERIFY(dialog->isVisible());

        // The customer's WeChat code scanned into the same line pays the rest.
        entry->selectAll();
        QTest::keyClicks(entry, QStringLiteral("134567890123456789"));
        QTest::keyClick(entry, Qt::Key_Return);
        QTRY_VERIFY(r.checkout().paymentDialog() == nullptr);
        QCOMPARE(r.sales.sales.size(), 1);
        QCOMPARE(r.sales.sales.at(0).payment.tenders.size(), 2);
        QCOMPARE(r.sales.sales.at(0).payment.tenders.at(1).kind, TenderKind::WeChat);
        QCOMPARE(provider.charges.size(), 1);
        QCOMPARE(provider.charges.first().amount, Money::fromFen(1250));

        // Next customer: ¥50 at one tap.
        r.scanner.inject("6900000000021");
        r.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&r.window));
        QTest::keyClick(r.checkout().cartView(), Qt::Key_F12);
        QTRY_VERIFY(r.checkout().paymentDialog() != nullptr);
        dialog = r.checkout().paymentDialog();
        QTest::mouseClick(dialog->quickButtons().at(2), Qt::LeftButton);
        QTRY_VERIFY(r.checkout().paymentDialog() == nullptr);
        QCOMPARE(r.sales.sales.size(), 2);
        QCOMPARE(r.sales.sales.at(1).payment.change, Money::fromFen(2750));
    }

    void payByKeyboard()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000021");
        QTest::keyClick(r.checkout().cartView(), Qt::Key_F12);
        QTRY_VERIFY(r.checkout().paymentDialog() != nullptr);
        ui::PaymentDialog* dialog = r.checkout().paymentDialog();
        QLineEdit* tendered = dialog->tenderedEdit();
        QCOMPARE(tendered->text(), QStringLiteral("22.50"));

        // Too little: the core refuses, the dialog says why and stays.
        tendered->selectAll();
        QTest::keyClicks(tendered, QStringLiteral("20"));
        QTest::keyClick(tendered, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("少于应收")));
        QVERIFY(r.sales.sales.isEmpty());

        tendered->selectAll();
        QTest::keyClicks(tendered, QStringLiteral("100"));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("changeLabel"))->text(),
                 QStringLiteral("¥77.50"));
        QTest::keyClick(tendered, Qt::Key_Return);
        QTRY_VERIFY(r.checkout().paymentDialog() == nullptr);
        QCOMPARE(r.sales.sales.size(), 1);
        QCOMPARE(r.sales.sales.at(0).payment.change, Money::fromFen(7750));
        QCOMPARE(r.printer.documents.size(), 1);
        QCOMPARE(r.model().rowCount(), 0);
        QVERIFY(r.checkout().noticeText().contains(QStringLiteral("¥77.50")));
    }

    void bannerNamesSimulatedDevices()
    {
        Rig r;
        QVERIFY(r.window.bannerText().contains(QStringLiteral("模拟设备")));
        QVERIFY(r.window.bannerText().contains(r.scanner.deviceName()));

        ui::MainWindow real(r.store,
                            ui::CounterServices{r.workflow, r.staff.session, r.staff.auth,
                                                r.staff.duty, r.printer, r.staff.users},
                            ui::DeviceSummary{{}, {QStringLiteral("Epson")}});
        real.show();
        QVERIFY(real.bannerText().isEmpty());
    }

    void f6SplitsThePack()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000038");
        QTableView* view = r.checkout().cartView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F6);
        QCOMPARE(r.cell(0, ui::CartModel::Quantity), QStringLiteral("1 板"));
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥7.00"));
        QTest::keyClick(view, Qt::Key_F6);
        QCOMPARE(r.cell(0, ui::CartModel::Quantity), QStringLiteral("1 粒"));
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥0.60"));
        QTest::keyClick(view, Qt::Key_F6);
        QCOMPARE(r.cell(0, ui::CartModel::Quantity), QStringLiteral("1 盒"));
        // A product without split prices stays a box.
        r.scanner.inject("6900000000014");
        view->selectRow(1);
        QTest::keyClick(view, Qt::Key_F6);
        QCOMPARE(r.cell(1, ui::CartModel::Quantity), QStringLiteral("1 盒"));
    }

    void f3FindsByPinyinAndAdds()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        QTest::keyClick(r.checkout().cartView(), Qt::Key_F3);
        ui::ProductSearchDialog* d = nullptr;
        QTRY_VERIFY((d = r.window.findChild<ui::ProductSearchDialog*>()) != nullptr);
        d->queryEdit()->setText(QStringLiteral("布洛")); // as an input method commits it
        QCOMPARE(d->results()->count(), 1);
        QVERIFY(d->results()->item(0)->text().startsWith(QStringLiteral("布洛芬缓释胶囊")));
        QTest::keyClick(d->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(r.window.findChild<ui::ProductSearchDialog*>() == nullptr);
        QCOMPARE(r.model().rowCount(), 1);
        QCOMPARE(r.cell(0, ui::CartModel::Name), QStringLiteral("布洛芬缓释胶囊"));
    }

    void loginThroughTheLoginScreen()
    {
        Rig r(false);
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.login()));
        r.scanner.inject("6900000000014"); // nobody logged in: refused, nothing added
        QVERIFY(r.workflow.cart().isEmpty());

        QTest::keyClicks(r.window.login()->usernameEdit(), QStringLiteral("zhangsan"));
        QTest::keyClicks(r.window.login()->passwordEdit(), QStringLiteral("wrong"));
        QTest::keyClick(r.window.login()->passwordEdit(), Qt::Key_Return);
        QVERIFY(r.window.login()->errorText().contains(QStringLiteral("用户名或密码错误")));
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.login()));

        QTest::keyClicks(r.window.login()->passwordEdit(),
                         QString::fromLatin1(fakes::StaffFixture::kPassword));
        QTest::keyClick(r.window.login()->passwordEdit(), Qt::Key_Return);
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.checkout()));
        QVERIFY(r.window.sessionText().contains(QStringLiteral("张三")));
        r.scanner.inject("6900000000014");
        QCOMPARE(r.model().rowCount(), 1);
    }

    void switchUserKeepsTheSale()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000014");
        QTest::keyClick(&r.window, Qt::Key_F2);
        ui::StepInDialog* d = nullptr;
        QTRY_VERIFY((d = r.window.findChild<ui::StepInDialog*>()) != nullptr);
        QTest::keyClicks(d->usernameEdit(), QStringLiteral("lisi"));
        QTest::keyClicks(d->passwordEdit(), QString::fromLatin1(fakes::StaffFixture::kPassword));
        QTest::keyClick(d->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY(r.window.findChild<ui::StepInDialog*>() == nullptr);
        QCOMPARE(r.staff.session.actingUser()->username, QStringLiteral("lisi"));
        QVERIFY(r.window.sessionText().contains(QStringLiteral("代 张三")));
        QCOMPARE(r.model().rowCount(), 1); // the cashier's sale is still there
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.checkout()));

        // The pharmacist clocks in from the counter (F8).
        QVERIFY(r.window.dutyText().contains(QStringLiteral("无执业药师在岗")));
        r.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&r.window));
        QTest::keyClick(&r.window, Qt::Key_F8);
        QVERIFY(r.staff.duty.isPharmacistOnDuty());
        QVERIFY(r.window.dutyText().contains(QStringLiteral("李四")));

        r.staff.session.stepOut();
        QCOMPARE(r.staff.session.actingUser()->username, QStringLiteral("zhangsan"));
        r.scanner.inject("6900000000021");
        QCOMPARE(r.model().rowCount(), 2);
    }

    void lockScreenHidesAndKeepsTheCart()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000014");
        QTest::keyClick(&r.window, Qt::Key_F11);
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.lockPage()));
        r.scanner.inject("6900000000021"); // refused while locked
        QCOMPARE(r.workflow.cart().size(), 1);
        QTest::keyClicks(r.window.lockPage()->passwordEdit(),
                         QString::fromLatin1(fakes::StaffFixture::kPassword));
        QTest::keyClick(r.window.lockPage()->passwordEdit(), Qt::Key_Return);
        QCOMPARE(r.window.currentPage(), static_cast<QWidget*>(r.window.checkout()));
        QCOMPARE(r.model().rowCount(), 1);
    }

    // F5 挂单/取单 by keyboard: the note typed and Enter parks the cart; the next customer is
    // served; F5 on the empty counter lists the parked cart with its age and Enter recalls it.
    void f5ParksAndRecalls()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000014");
        r.scanner.inject("6900000000021");
        QTest::keyClick(&r.window, Qt::Key_F5);
        ui::ParkedCartsDialog* d = r.checkout().parkedCartsDialog();
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QCOMPARE(d->table()->rowCount(), 0);
        d->noteEdit()->setText(QStringLiteral("红衣阿姨")); // typed through the input method
        QTest::keyClick(d->noteEdit(), Qt::Key_Return);
        QTRY_VERIFY(!r.checkout().parkedCartsDialog());
        QCOMPARE(r.model().rowCount(), 0);
        QVERIFY(r.checkout().noticeText().contains(QStringLiteral("已挂单")));

        r.scanner.inject("6900000000021");
        QVERIFY(r.workflow.payCash(Money::fromYuan(50)).ok());
        r.clock.advanceMs(7 * 60 * 1000);

        r.window.activateWindow();
        QTRY_VERIFY(r.window.isActiveWindow());
        QTest::keyClick(&r.window, Qt::Key_F5);
        d = r.checkout().parkedCartsDialog();
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QCOMPARE(d->table()->rowCount(), 1);
        QCOMPARE(d->table()->item(0, 1)->text(), QStringLiteral("7 分钟"));
        QCOMPARE(d->table()->item(0, 5)->text(), QStringLiteral("红衣阿姨"));
        QVERIFY(d->table()->item(0, 3)->text().contains(QStringLiteral("阿莫西林胶囊 等 2 种")));
        QCOMPARE(d->table()->item(0, 4)->text(), QStringLiteral("¥38.30"));
        // Parking the empty counter is refused by the core, in the dialog.
        d->park();
        QVERIFY(d->messageText().contains(QStringLiteral("空")));
        // Locking the screen closes the list (its notes may name customers).
        r.staff.session.lock();
        QTRY_VERIFY(!r.checkout().parkedCartsDialog());
        QVERIFY(r.staff.session.unlock(QString::fromLatin1(fakes::StaffFixture::kPassword)).ok());
        r.window.activateWindow();
        QTRY_VERIFY(r.window.isActiveWindow());
        QTest::keyClick(&r.window, Qt::Key_F5);
        d = r.checkout().parkedCartsDialog();
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QTest::keyClick(d->table(), Qt::Key_Return);
        QTRY_VERIFY(!r.checkout().parkedCartsDialog());
        QCOMPARE(r.model().rowCount(), 2);
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥38.30"));
        QVERIFY(r.parked.carts.isEmpty());
    }

    // "/" opens 改价/折扣 for the chosen line: the cashier's refusal (no limit given) is shown in
    // the dialog, which keeps what was typed; with the manager stepped in the change lands, the
    // cart marks it and the dialog closes.
    void slashChangesThePriceOfTheChosenLine()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        r.scanner.inject("6900000000014");
        r.scanner.inject("6900000000021");
        r.checkout().cartView()->selectRow(0);
        QTest::keyClick(&r.window, Qt::Key_Slash);
        ui::PriceOverrideDialog* d = r.checkout().priceOverrideDialog();
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        d->setValue(QStringLiteral("12.80"));
        d->setReason(QStringLiteral("临期促销"));
        d->apply();
        QVERIFY2(d->problemText().contains(QStringLiteral("PRICE-OVERRIDE")),
                 qPrintable(d->problemText()));
        QVERIFY(d->problemText().contains(QStringLiteral("F2")));
        QVERIFY(r.checkout().priceOverrideDialog()); // still open, nothing lost
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥38.30"));
        QVERIFY(r.staff.session
                    .stepIn(QStringLiteral("wangwu"),
                            QString::fromLatin1(fakes::StaffFixture::kPassword))
                    .ok());
        d->apply();
        QTRY_VERIFY(!r.checkout().priceOverrideDialog());
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥35.30"));
        QCOMPARE(r.cell(0, ui::CartModel::UnitPrice), QStringLiteral("12.80 改"));
        // A percentage off the whole cart from the same dialog.
        r.window.activateWindow();
        QTRY_VERIFY(r.window.isActiveWindow());
        QTest::keyClick(&r.window, Qt::Key_Slash);
        d = r.checkout().priceOverrideDialog();
        QVERIFY(d);
        d->setMode(true, true);
        d->setValue(QStringLiteral("10%"));
        d->setReason(QStringLiteral("活动价"));
        d->apply();
        QTRY_VERIFY(!r.checkout().priceOverrideDialog());
        QCOMPARE(r.checkout().totalText(), QStringLiteral("¥34.47")); // 14.22 + 20.25
        // The dialog belongs to this sale: when the sale ends it closes, never acting on the next.
        r.window.activateWindow();
        QTRY_VERIFY(r.window.isActiveWindow());
        QTest::keyClick(&r.window, Qt::Key_Slash);
        QVERIFY(r.checkout().priceOverrideDialog());
        QVERIFY(r.workflow.voidSale().ok());
        QTRY_VERIFY(!r.checkout().priceOverrideDialog());
    }

    void scanDiagnosticsShowsTheBytesAndKeepsTheCart()
    {
        Rig r;
        r.workflow.setScanJournal(&r.journal);
        ui::ScanDiagnosticsDialog* d = r.window.openScanDiagnostics();
        QVERIFY(d);
        // A GS1 DataMatrix as a wedge scanner delivers it: AIM prefix, GS after the lot, CR.
        r.scanner.inject("]d2010690000000001417281130"
                         "10B2611\x1d"
                         "21XYZ\r");
        QCOMPARE(d->scanCount(), 1);
        auto* table = d->findChild<QTableWidget*>(QStringLiteral("diagnosticScans"));
        QVERIFY(table);
        const QString shown = table->item(0, 5)->text();
        QVERIFY2(shown.contains(QStringLiteral("10B2611<GS>21XYZ<CR>")), qPrintable(shown));
        QVERIFY(d->detailText().contains(QStringLiteral("1d 32 31"))); // the GS byte, in hex
        QVERIFY(r.workflow.cart().isEmpty());                          // diagnostics change no cart
        QCOMPARE(r.journal.entries.size(), 1);
        QCOMPARE(r.journal.entries.at(0).outcome, QStringLiteral("diagnostic"));
        d->close(); // deleted on close: the counter takes scans again
        QTRY_COMPARE(r.workflow.scanMode(), ScanMode::Sale);
        r.scanner.inject("6900000000014");
        QCOMPARE(r.workflow.cart().size(), 1);
    }
};

QTEST_MAIN(TestCheckoutWidget)
#include "tst_checkoutwidget.moc"
