// 医保退费 at the counter's window (REFUND-ORIGINAL): the manager picks one of this month's
// settlements, gives a reason and refunds it by the original route; a cashier is refused by the
// core with the rule; what was not sent changes nothing.

#include "app/core/insurance/settlementservice.h"
#include "tests/core/fakesettlementplatform.h"
#include "tests/core/rxtestdata.h"
#include "tests/support/salerig.h"
#include "ui/refunddialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace pos;
using namespace pos::testing;

namespace {

struct Rig : testsupport::SaleRig
{
    Rig()
        : testsupport::SaleRig(pos::testsupport::counterProducts(),
                               QDateTime(QDate(2026, 12, 4), QTime(10, 0)))
    {
        svc.setSlipPrinter(&printer);
        svc.setAccessControl(&staff.access);
    }

    /// Settles `rxNo` through the signature, as the cashier does; its settlement number.
    QString settleSigned(const QString& rxNo)
    {
        CompletedSale d;
        d.rxNo = rxNo;
        d.operatorName = QStringLiteral("张三");
        SaleLine l;
        l.product = rxtest::amlodipine();
        l.quantity = 2;
        l.unitPrice = Money::fromFen(2500);
        d.lines << l;
        const QString no = QStringLiteral("JS-%1").arg(rxNo);
        const CardCredential card{CredentialType::SocialSecurityCard,
                                  QStringLiteral("360102198001011235"), QStringLiteral("K01"),
                                  QStringLiteral("赵六")};
        must(svc.begin(no, card, d).ok());
        must(svc.confirmIdentity().ok());
        must(svc.preSettle().ok());
        must(svc.settle().ok());
        must(svc.takeCash(svc.current()->split.cash).ok());
        must(svc.printSlip().ok());
        must(
            svc.sign(SettlementService::Signature{QByteArrayLiteral("png"), QByteArrayLiteral("[]"),
                                                  QStringLiteral("screen")})
                .ok());
        svc.close();
        return no;
    }
    static void must(bool ok)
    {
        if (!ok)
            qFatal("a settlement step failed");
    }

    FakeSettlementPlatform platform;
    FakeSettlementStore settlements;
    FakeInsuredRecorder recorder{settlements};
    int seq = 0;
    SettlementService svc{
        platform,
        settlements,
        recorder,
        nullptr,
        staff.audit,
        clock,
        StoreProfile{},
        [this](const QDateTime&) -> Result<QString> {
            return QStringLiteral("H360102000012026120410%1").arg(++seq, 8, 10, QLatin1Char('0'));
        },
        [] { return QStringLiteral("wangwu"); }};
};

} // namespace

class TestRefundDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theManagerRefundsThisMonthsSettlement()
    {
        Rig r;
        const QString first = r.settleSigned(QStringLiteral("RX1"));
        r.clock.advanceMs(3600 * 1000);
        const QString second = r.settleSigned(QStringLiteral("RX2"));
        const Money cash = r.svc.find(second)->value().split.cash;
        r.staff.loginAs(QStringLiteral("wangwu"));

        ui::RefundDialog dialog(r.svc);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, 0)->text(), second); // newest first
        QCOMPARE(dialog.table()->item(1, 0)->text(), first);
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("赵*")); // masked
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("¥50.00"));

        dialog.table()->selectRow(0);
        QCOMPARE(dialog.numberEdit()->text(), second);
        // No reason: refused before anything is sent.
        dialog.refundButton()->click();
        QVERIFY2(dialog.messageText().contains(QStringLiteral("原因")),
                 qPrintable(dialog.messageText()));
        QCOMPARE(r.platform.count(QStringLiteral("2103")), 0);

        dialog.reasonEdit()->setText(QStringLiteral("患者退药，药品未拆封"));
        dialog.refundButton()->click();
        QCOMPARE(r.platform.count(QStringLiteral("2103")), 1);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("已退费")),
                 qPrintable(dialog.messageText()));
        QVERIFY(dialog.messageText().contains(cash.display()));
        QCOMPARE(r.svc.find(second)->value().state, SettleState::Refunded);
        QCOMPARE(r.svc.find(first)->value().state, SettleState::Signed);
        // It leaves the list; the reason field is ready for the next one.
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 0)->text(), first);
        QVERIFY(dialog.reasonEdit()->text().isEmpty());

        // Typed by hand: a settlement already refunded is refused with its state.
        dialog.numberEdit()->setText(second);
        dialog.reasonEdit()->setText(QStringLiteral("再退一次"));
        dialog.refundButton()->click();
        QCOMPARE(r.platform.count(QStringLiteral("2103")), 1);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("不能退费")),
                 qPrintable(dialog.messageText()));
    }

    void aCashierIsRefusedByTheCore()
    {
        Rig r; // the cashier zhangsan is logged in
        const QString no = r.settleSigned(QStringLiteral("RX1"));
        ui::RefundDialog dialog(r.svc);
        dialog.numberEdit()->setText(no);
        dialog.reasonEdit()->setText(QStringLiteral("患者退药"));
        dialog.refundButton()->click();
        QCOMPARE(r.platform.count(QStringLiteral("2103")), 0);
        QCOMPARE(r.svc.find(no)->value().state, SettleState::Signed);
        QVERIFY2(!dialog.messageText().isEmpty(), "the refusal is shown");
        QVERIFY2(dialog.messageText().contains(QStringLiteral("STAFF-ROLES"))
                     || dialog.messageText().contains(QStringLiteral("权限")),
                 qPrintable(dialog.messageText()));
    }

    // REFUND-ORIGINAL: last month's settlements are not offered, and typed by hand are refused.
    void lastMonthsSettlementsAreNotOffered()
    {
        Rig r;
        const QString no = r.settleSigned(QStringLiteral("RX1"));
        r.clock.set(QDateTime(QDate(2027, 1, 2), QTime(9, 0)));
        r.staff.loginAs(QStringLiteral("wangwu"));
        ui::RefundDialog dialog(r.svc);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.messageText().contains(QStringLiteral("本月没有")));
        dialog.numberEdit()->setText(no);
        dialog.reasonEdit()->setText(QStringLiteral("患者退药"));
        dialog.refundButton()->click();
        QCOMPARE(r.platform.count(QStringLiteral("2103")), 0);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("REFUND-ORIGINAL")),
                 qPrintable(dialog.messageText()));
    }
};

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
