#include "app/core/camera/settlementevidence.h"
#include "app/core/insurance/settlementservice.h"
#include "tests/core/fakesettlementplatform.h"
#include "tests/core/rxtestdata.h"
#include "tests/fakes/camerafakes.h"
#include "tests/support/salerig.h"
#include "ui/customerdisplay.h"

#include <QLabel>
#include <QTest>

using namespace pos;
using namespace pos::camera;

namespace {

/// The counter's sale on fakes, its settlement-evidence gate on the fake recorder, and the
/// customer display over both.
struct Rig : testsupport::SaleRig
{
    /// A frame dark on the left half and light on the right, then its analysis.
    void frame(bool usable)
    {
        gate.onCameraFrame();
        const qint64 ms = clock.now().toMSecsSinceEpoch();
        VideoFrame f = fakes::hdFrame(ms, '\x20');
        for (int y = 0; y < f.height; ++y)
            std::fill_n(f.bgr.data() + y * f.strideBytes + f.width / 2 * 3, f.width / 2 * 3,
                        '\xe0');
        gate.onAnalysis(fakes::analysisWithFace(usable, ms), f);
        display.showFrame(f);
    }

    fakes::FakeSettlementRecorder recorder;
    SettlementEvidence gate{recorder, staff.audit, clock, fakes::manualEvidencePolicy(), {}};
    ui::CustomerDisplay display{workflow, &gate, store.name};
};

} // namespace

class TestCustomerDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The customer sees every item as it is scanned, its quantity, price and amount, and the
    // total; then what was paid and the change, until the next customer's first item.
    void itemsTotalAndChange()
    {
        Rig r;
        r.display.show();
        QVERIFY(r.display.itemLines().isEmpty());
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok());
        const QStringList lines = r.display.itemLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("阿莫西林胶囊")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("2 盒 × ¥15.80 | ¥31.60")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral("| ¥22.50")), qPrintable(lines.at(1)));
        QCOMPARE(r.display.totalLabel()->text(), QStringLiteral("共 3 件　应付 ¥54.10"));

        QVERIFY(r.workflow.payCash(Money::fromYuan(100)).ok());
        QVERIFY(r.workflow.cart().isEmpty());
        QCOMPARE(r.display.itemLines().size(), 2); // the paid sale stays up
        QVERIFY2(r.display.thanksLabel()->text().contains(QStringLiteral("实收 ¥100.00")),
                 qPrintable(r.display.thanksLabel()->text()));
        QVERIFY(r.display.thanksLabel()->text().contains(QStringLiteral("找零 ¥45.90")));

        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok()); // the next customer
        QCOMPARE(r.display.itemLines().size(), 1);
        QVERIFY(r.display.thanksLabel()->text().isEmpty());
        QCOMPARE(r.display.totalLabel()->text(), QStringLiteral("共 1 件　应付 ¥22.50"));
        QVERIFY(r.workflow.voidSale().ok());
        QVERIFY(r.display.itemLines().isEmpty());
        QVERIFY(r.display.totalLabel()->text().isEmpty());
    }

    // Split tenders as they are taken (a card first, then cash), what is still due, then how
    // the sale was paid; a changed price shows its shelf price and what was taken off.
    void tendersAndAChangedPrice()
    {
        Rig r;
        r.display.show();
        r.workflow.setPriceOverridePolicy(PriceOverridePolicy{10});
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok());
        QVERIFY(r.workflow.discountLine(0, 10, QStringLiteral("会员优惠")).ok());
        QVERIFY2(r.display.itemLines().at(0).contains(QStringLiteral("¥14.22（原价 ¥15.80）")),
                 qPrintable(r.display.itemLines().at(0)));
        QVERIFY2(r.display.totalLabel()->text().contains(QStringLiteral("已优惠 ¥1.58")),
                 qPrintable(r.display.totalLabel()->text()));
        QVERIFY(r.display.tendersLabel()->text().isEmpty());
        QVERIFY(r.workflow.payByCard(Money::fromYuan(10), QStringLiteral("123456789012")).ok());
        QCOMPARE(r.display.tendersLabel()->text(),
                 QStringLiteral("已收：银行卡 ¥10.00\n还需支付 ¥26.72"));
        QVERIFY(r.workflow.payCash(Money::fromYuan(30)).ok());
        QCOMPARE(r.display.tendersLabel()->text(), QStringLiteral("银行卡 ¥10.00，现金 ¥30.00"));
        QVERIFY(r.display.thanksLabel()->text().contains(QStringLiteral("找零 ¥3.28")));
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok()); // the next customer: nothing of it stays
        QVERIFY(r.display.tendersLabel()->text().isEmpty());
        QCOMPARE(r.display.totalLabel()->text(), QStringLiteral("共 1 件　应付 ¥22.50"));
    }

    // The patient sees the split before it is settled (2101): 医疗费总额, what the fund and the
    // personal account pay and the cash to pay; then the settled amounts until signed, and the
    // thanks after; a cancelled settlement gives the screen back to the cart.
    void theInsuredSplitFromPreSettlementToTheSignature()
    {
        Rig r;
        testing::FakeSettlementPlatform platform;
        testing::FakeSettlementStore store;
        testing::FakeInsuredRecorder recorder(store);
        int seq = 0;
        SettlementService svc(
            platform, store, recorder, nullptr, r.staff.audit, r.clock, StoreProfile{},
            [&seq](const QDateTime&) -> Result<QString> {
                return QStringLiteral("H360102000012026120410%1")
                    .arg(++seq, 8, 10, QLatin1Char('0'));
            },
            [] { return QStringLiteral("zhangsan"); });
        svc.setSlipPrinter(&r.printer);
        r.display.setSettlement(&svc);
        r.display.show();
        QVERIFY(r.workflow.scanCode(r.gtin(1)).ok());
        const QString cartTotal = r.display.totalLabel()->text();
        QVERIFY(!cartTotal.isEmpty());

        const auto draft = [](const QString& rxNo) {
            CompletedSale d;
            d.rxNo = rxNo;
            d.operatorName = QStringLiteral("张三");
            SaleLine l;
            l.product = rxtest::amlodipine();
            l.quantity = 2;
            l.unitPrice = Money::fromFen(2500);
            d.lines << l;
            return d;
        };
        const CardCredential card{CredentialType::SocialSecurityCard,
                                  QStringLiteral("360102198001011235"), QStringLiteral("K01"),
                                  QStringLiteral("赵六")};
        // A cancelled one first: the cart comes back.
        QVERIFY(svc.begin(QStringLiteral("JS-1"), card, draft(QStringLiteral("RX1"))).ok());
        QCOMPARE(r.display.totalLabel()->text(), cartTotal); // nothing to confirm yet
        QVERIFY(svc.confirmIdentity().ok());
        QVERIFY(svc.preSettle().ok());
        QVERIFY(r.display.totalLabel()->text().startsWith(QStringLiteral("医疗费总额 ¥50.00")));
        QVERIFY(svc.cancel(QStringLiteral("患者改为自费")).ok());
        QCOMPARE(r.display.totalLabel()->text(), cartTotal);
        QVERIFY(r.display.thanksLabel()->text().isEmpty());
        svc.close();

        QVERIFY(svc.begin(QStringLiteral("JS-2"), card, draft(QStringLiteral("RX2"))).ok());
        QVERIFY(svc.confirmIdentity().ok());
        QVERIFY(svc.preSettle().ok());
        const SettlementSplit pre = svc.current()->preSplit;
        QVERIFY(pre.fund.fen() > 0 && pre.adds()); // a split worth showing
        QCOMPARE(r.display.totalLabel()->text(), QStringLiteral("医疗费总额 ¥50.00"));
        QString shown = r.display.thanksLabel()->text();
        QVERIFY2(shown.startsWith(QStringLiteral("请核对医保结算金额")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("医保统筹支付 ") + pre.fund.display()),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("个人账户支付 ") + pre.account.display()));
        QVERIFY(shown.contains(QStringLiteral("您需支付现金 ") + pre.cash.display()));
        // Nothing personal on the customer's screen.
        QVERIFY(!shown.contains(QStringLiteral("赵")) && !shown.contains(QStringLiteral("3601")));

        QVERIFY(svc.settle().ok());
        QCOMPARE(svc.current()->state, SettleState::Settled);
        shown = r.display.thanksLabel()->text();
        QVERIFY2(shown.startsWith(QStringLiteral("医保结算成功")), qPrintable(shown));
        QVERIFY(
            shown.contains(QStringLiteral("您需支付现金 ") + svc.current()->split.cash.display()));
        QVERIFY(svc.takeCash(svc.current()->split.cash).ok());
        QVERIFY(svc.printSlip().ok());
        QTRY_COMPARE(svc.current()->state, SettleState::SlipPrinted);
        QVERIFY(r.display.thanksLabel()->text().startsWith(QStringLiteral("请在医保结算单上签字")));
        SettlementService::Signature sig{QByteArrayLiteral("png"), QByteArrayLiteral("[]"),
                                         QStringLiteral("screen")};
        QVERIFY(svc.sign(sig).ok());
        svc.close();
        // The thanks stay up, as a paid sale's change does, until the next customer's first item.
        QVERIFY2(r.display.thanksLabel()->text().startsWith(QStringLiteral("医保结算完成")),
                 qPrintable(r.display.thanksLabel()->text()));
        QVERIFY(r.workflow.voidSale().ok());
        QVERIFY(r.display.thanksLabel()->text().startsWith(QStringLiteral("医保结算完成")));
        QVERIFY(r.workflow.scanCode(r.gtin(2)).ok());
        QVERIFY(r.display.thanksLabel()->text().isEmpty());
        QCOMPARE(r.display.itemLines().size(), 1);
        r.display.setSettlement(nullptr);
    }

    // CAM-CONSENT: the notice is always on the customer's screen; the live picture, mirrored with
    // the face framed, and what to do only while a settlement's evidence runs; none between.
    void noticeAndFramingOnlyDuringASettlement()
    {
        Rig r;
        r.display.show();
        QVERIFY(r.display.noticeLabel()->isVisible());
        QVERIFY(r.display.noticeLabel()->text().contains(QStringLiteral("录音录像")));
        QVERIFY(r.display.noticeLabel()->text().contains(QStringLiteral("自费")));
        r.frame(true);
        QVERIFY(!r.display.pictureShown()); // nobody's picture between settlements
        QVERIFY(r.display.lastPicture().isNull());

        QVERIFY(r.gate.begin(QStringLiteral("JS-1"), {}).ok());
        QVERIFY(r.display.pictureShown());
        QVERIFY(r.display.verdictLabel()->text().contains(QStringLiteral("是否同意")));
        QVERIFY(r.gate.giveConsent().ok());
        r.clock.advanceMs(200);
        r.frame(false);
        QVERIFY2(r.display.verdictLabel()->text().contains(QStringLiteral("请正视摄像头")),
                 qPrintable(r.display.verdictLabel()->text()));
        QTest::qWait(120); // past the ten-a-second drawing limit
        r.clock.advanceMs(200);
        r.frame(true);
        QCOMPARE(r.gate.state(), EvidenceState::FaceHeld);
        QVERIFY(r.display.verdictLabel()->text().contains(QStringLiteral("人脸已采集")));
        // Mirrored: the frame's light right half shows on the left of the picture (drawn in an
        // event of its own, after the camera's).
        QTRY_VERIFY(!r.display.lastPicture().isNull());
        const QImage pic = r.display.lastPicture();
        const int y = pic.height() / 2 + 20;
        QVERIFY2(qGray(pic.pixel(5, y)) > 180, "the mirrored picture's left is the frame's right");
        QVERIFY(qGray(pic.pixel(pic.width() - 6, y)) < 60);
        // The usable face is framed in green.
        bool green = false;
        for (int x = 0; x < pic.width() && !green; ++x)
            for (int yy = 0; yy < pic.height() && !green; ++yy)
                green = qGreen(pic.pixel(x, yy)) > 180 && qRed(pic.pixel(x, yy)) < 100;
        QVERIFY(green);

        // A larger screen gets a larger picture (full screen arrives after the first frames).
        r.display.resize(1200, 800);
        QTRY_VERIFY(r.display.lastPicture().width() > 480);

        // A frame still waiting to be drawn when the settlement ends is not drawn.
        QTest::qWait(120);
        r.clock.advanceMs(200);
        r.frame(true);
        QVERIFY(r.gate.cancel(QStringLiteral("顾客改为自费")).ok());
        QVERIFY(!r.display.pictureShown());
        QVERIFY(r.display.lastPicture().isNull()); // the face does not stay on the screen
        QTest::qWait(50);
        QVERIFY(r.display.lastPicture().isNull());
    }

    // Without a settlement camera there is no recording notice and no picture, only the sale.
    void withoutACameraOnlyTheSale()
    {
        testsupport::SaleRig rig;
        ui::CustomerDisplay display(rig.workflow, nullptr, rig.store.name);
        display.show();
        QVERIFY(!display.noticeLabel()->isVisible());
        QVERIFY(!display.pictureShown());
        QVERIFY(rig.workflow.scanCode(rig.gtin(1)).ok());
        QCOMPARE(display.itemLines().size(), 1);
        // It never takes the keyboard from the counter.
        QVERIFY(display.testAttribute(Qt::WA_ShowWithoutActivating));
        QVERIFY(display.windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
    }
};

QTEST_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
