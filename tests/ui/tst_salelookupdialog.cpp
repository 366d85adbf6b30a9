// 查单 at the counter (F1, issue 19): the cashier types what they know, the found sales are
// listed, the chosen one's receipt is printed again marked 【补打】 with its tenders, and a return
// from it asks for a store manager's step-in (F2) when a cashier tries it.
#include "app/core/sale/returnservice.h"
#include "app/core/sale/salelookup.h"
#include "tests/fakes/fakeledger.h"
#include "tests/support/salerig.h"
#include "ui/mainwindow.h"
#include "ui/salelookupdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace pos;

namespace {

/// The fake repository's sales, found by number or total (the SQL search is tested on SQLite).
class FakeSaleSearch final : public SaleSearch
{
public:
    explicit FakeSaleSearch(const fakes::FakeSaleRepository& sales)
        : m_sales(sales)
    {
    }
    Result<QList<SaleSummary>> findSales(const SaleQuery& q) const override
    {
        QList<SaleSummary> out;
        for (auto it = m_sales.sales.crbegin(); it != m_sales.sales.crend(); ++it) {
            if ((!q.saleNo.isEmpty() && it->saleNo != q.saleNo)
                || (q.amount && it->total != *q.amount))
                continue;
            SaleSummary s;
            s.saleNo = it->saleNo;
            s.time = it->time;
            s.total = it->total;
            s.paymentMethod = QStringLiteral("cash");
            s.items = it->lines.first().product.displayName();
            out << s;
        }
        return out;
    }

private:
    const fakes::FakeSaleRepository& m_sales;
};

struct Rig : testsupport::SaleRig
{
    FakeSaleSearch search{sales};
    SaleLookup lookup{search, catalog, clock};
    fakes::FakeLedger ledger;
    ReturnService returns{ledger, staff.access, clock};
    ui::MainWindow window{store,
                          [this] {
                              ui::CounterServices s{workflow,   staff.session, staff.auth,
                                                    staff.duty, printer,       staff.users};
                              s.clock = &clock;
                              s.lookup = &lookup;
                              s.returns = &returns;
                              return s;
                          }(),
                          ui::DeviceSummary{{printer.deviceName()}, {}}};
    Rig()
    {
        window.show();
        window.activateWindow();
    }
};

} // namespace

class TestSaleLookupDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findReprintAndAskForAManagerToReturn()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(&r.window));
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok());
        QVERIFY(r.workflow.payCash(Money::fromYuan(50)));
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(r.workflow.payCash(Money::fromYuan(20)));
        const QString first = r.sales.sales.first().saleNo;
        QCOMPARE(r.printer.documents.size(), 2);

        QTest::keyClick(&r.window, Qt::Key_F1);
        ui::SaleLookupDialog* d = r.window.findChild<ui::SaleLookupDialog*>();
        QVERIFY(d);
        QTest::keyClicks(d->searchEdit(), QStringLiteral("22.50"));
        QTest::keyClick(d->searchEdit(), Qt::Key_Return);
        QCOMPARE(d->results()->rowCount(), 1);
        QCOMPARE(d->results()->item(0, 0)->text(), first);
        QCOMPARE(d->results()->item(0, 3)->text(), QStringLiteral("¥22.50"));

        QTest::mouseClick(d->reprintButton(), Qt::LeftButton);
        QCOMPARE(r.printer.documents.size(), 3);
        const QString again = r.printer.documents.last().toPlainText();
        QVERIFY(again.contains(QStringLiteral("【补打】")));
        QVERIFY(again.contains(first));
        QVERIFY(d->messageText().contains(QStringLiteral("已补打")));

        // A cashier may not return: the screen says to call a manager in with F2.
        d->setReturnReasonForTest(QStringLiteral("顾客买错"));
        QTest::mouseClick(d->returnButton(), Qt::LeftButton);
        QVERIFY2(d->messageText().contains(QStringLiteral("F2")), qPrintable(d->messageText()));

        // Something that is none of the keys says so.
        d->searchEdit()->clear();
        d->searchEdit()->setText(QStringLiteral("维生素"));
        QTest::keyClick(d->searchEdit(), Qt::Key_Return);
        QCOMPARE(d->results()->rowCount(), 0);
        QVERIFY(d->messageText().contains(QStringLiteral("维生素")));

        // The lock closes it.
        r.staff.session.lock();
        QTRY_VERIFY(r.window.findChild<ui::SaleLookupDialog*>() == nullptr);
    }
};

QTEST_MAIN(TestSaleLookupDialog)
#include "tst_salelookupdialog.moc"
