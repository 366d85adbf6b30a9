// 开班 / 交班 (issue 19) through the dialog, over the core's ShiftService and the real shift
// table: the float counted in, a blind count of the drawer note by note with its total as typed,
// the difference shown after the close, the 交班单 printed, a log-out offered; refused while a
// cart is on the counter, for another cashier's shift unless a manager, and twice.
#include "app/core/ports/clock.h"
#include "app/core/shift/shiftservice.h"
#include "storage/sqlshiftstore.h"
#include "tests/fakes/fakes.h"
#include "tests/support/builders.h"
#include "tests/support/teststore.h"
#include "ui/shiftdialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace pos;

namespace {

struct Rig
{
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(8, 0))};
    testsupport::StoreFile file;
    storage::SqlShiftStore store{file.db()};
    fakes::FakeSaleContext sale;
    fakes::StaffFixture staff{clock};
    fakes::FakePrinter printer;
    ShiftService shifts{store, sale, staff.access, clock, printer, testsupport::testStore()};

    Rig() { staff.loginAs(QStringLiteral("zhangsan")); }
};

} // namespace

class TestShiftDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openCountAndHandOver()
    {
        Rig r;
        {
            ui::ShiftDialog d(r.shifts);
            d.show();
            QVERIFY(d.floatEdit()->isVisible());
            QVERIFY(!d.handOverButton()->isVisible());
            d.floatEdit()->setText(QStringLiteral("-5"));
            d.openShift();
            QVERIFY(d.messageText().contains(QStringLiteral("负数")));
            d.floatEdit()->setText(QStringLiteral("200"));
            d.openShift();
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QCOMPARE(r.staff.audit.count(AuditAction::ShiftOpened), 1);
        r.clock.advanceMs(8 * 3600 * 1000);

        ui::ShiftDialog d(r.shifts);
        d.show();
        QVERIFY(!d.floatEdit()->isVisible());
        QVERIFY(d.handOverButton()->isVisible());
        QCOMPARE(d.focusWidget(), d.countOf(10000)); // the count starts at ¥100
        d.countOf(10000)->setValue(2);
        d.countOf(10)->setValue(3);
        QCOMPARE(d.countedText(), QStringLiteral("实点现金：¥200.30"));
        QVERIFY(d.resultText().isEmpty()); // a blind count: nothing expected shown before it

        // A cart on the counter: the next cashier would inherit it.
        r.sale.setLines(
            {SaleLine{testsupport::counterProducts().first(), 1, Money::fromFen(1580)}});
        d.handOver();
        QVERIFY(d.messageText().contains(QStringLiteral("未完成的销售")));
        QVERIFY(r.shifts.current()->has_value());
        r.sale.newSale();

        QSignalSpy logOut(&d, &ui::ShiftDialog::logOutRequested);
        d.handOver();
        QVERIFY2(d.resultText().contains(QStringLiteral("长款 ¥0.30")), qPrintable(d.resultText()));
        QVERIFY(d.resultText().contains(QStringLiteral("应有现金 ¥200.00")));
        QVERIFY(d.messageText().contains(QStringLiteral("已打印")));
        QCOMPARE(r.printer.documents.size(), 1);
        QCOMPARE(r.printer.documents.first().kind, QStringLiteral("handover"));
        QCOMPARE(r.staff.audit.count(AuditAction::ShiftClosed), 1);
        QVERIFY(!r.shifts.current()->has_value());
        // 补打交班单: the same slip again, marked so.
        QVERIFY(d.reprintButton()->isVisible());
        d.reprintButton()->click();
        QCOMPARE(r.printer.documents.size(), 2);
        QVERIFY(r.printer.documents.last().toPlainText().contains(QStringLiteral("补打")));
        QVERIFY2(d.messageText().contains(QStringLiteral("已补打")), qPrintable(d.messageText()));
        for (QPushButton* b : d.findChildren<QPushButton*>())
            if (b->text().startsWith(QStringLiteral("退出登录")))
                b->click();
        QCOMPARE(logOut.size(), 1);
    }

    void aSlowPrinterNeverHoldsTheCounter()
    {
        // A printer on its own thread answers later: 交班 returns at once, the answer follows.
        Rig r;
        QVERIFY(r.shifts.open(Money::fromYuan(100)).ok());
        r.printer.deferAnswers = true;
        ui::ShiftDialog d(r.shifts);
        d.handOver();
        QVERIFY(!r.shifts.current()->has_value());
        QVERIFY2(d.messageText().contains(QStringLiteral("打印中")), qPrintable(d.messageText()));
        r.printer.answerNext();
        QVERIFY2(d.messageText().contains(QStringLiteral("已打印")), qPrintable(d.messageText()));
    }

    void anotherCashiersShiftNeedsTheManager()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("lisi"));
        QVERIFY(r.shifts.open(Money::fromYuan(100)).ok());
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QCOMPARE(r.shifts.open(Money()).error().code, ErrorCode::WrongState); // one per till
        Result<ShiftService::Handover> refused = r.shifts.handOver({});
        QCOMPARE(refused.error().ruleId, QStringLiteral("STAFF-ROLES"));
        QVERIFY(refused.error().message.contains(QStringLiteral("李四")));
        r.staff.loginAs(QStringLiteral("wangwu"));
        Result<ShiftService::Handover> closed = r.shifts.handOver({});
        QVERIFY(closed.ok());
        QCOMPARE(closed->shift.closedBy, QStringLiteral("wangwu"));
        QCOMPARE(closed->shift.difference(), -Money::fromYuan(100));         // the drawer was empty
        QCOMPARE(r.shifts.handOver({}).error().code, ErrorCode::WrongState); // nothing open
        // 日结: the manager's, with the shift closed.
        Result<DayClose> day = r.shifts.dayClose(QDate(2026, 11, 23));
        QVERIFY(day.ok());
        QCOMPARE(day->shifts.size(), 1);
        const QString sheet = dayCloseSheet(*day, QStringLiteral("仁心大药房")).join(u'\n');
        QVERIFY(sheet.contains(closed->shift.shiftNo));
        QVERIFY(sheet.contains(QStringLiteral("长短款合计 ¥-100.00")));
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QCOMPARE(r.shifts.dayClose(QDate(2026, 11, 23)).error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_MAIN(TestShiftDialog)
#include "tst_shiftdialog.moc"
