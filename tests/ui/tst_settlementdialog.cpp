// The 医保结算 window over the core's settlement (SETTLE-ID, SETTLE-SLIP): its buttons drive the
// steps, it shows the split, and the patient's signature is taken on the screen or from the signed
// paper slip scanned back — a scan too big, too large or not an image is refused with what is
// wrong, and nothing is kept.

#include "app/core/insurance/insuredcheckout.h"
#include "app/core/insurance/settlementservice.h"
#include "devices/simulated/simulatedsignaturetablet.h"
#include "tests/core/fakesettlementplatform.h"
#include "tests/core/rxtestdata.h"
#include "tests/support/salerig.h"
#include "ui/settlementdialog.h"
#include "ui/signaturepad.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::testing;

namespace {

/// A listed over-the-counter product (no prescription needed to sell it).
Product listedOtc()
{
    Product p = fakes::makeProduct(1, QStringLiteral("复方板蓝根颗粒"), 2500);
    p.insuranceCode = rxtest::kPatent;
    return p;
}

struct Rig : testsupport::SaleRig
{
    Rig()
        : testsupport::SaleRig({listedOtc()}, QDateTime(QDate(2026, 12, 4), QTime(10, 0)))
    {
        svc.setSlipPrinter(&printer);
    }

    /// Scans two boxes and starts the settlement with the demo card; the window over it.
    std::unique_ptr<ui::SettlementDialog> open(SignatureTablet* tablet = nullptr)
    {
        if (!workflow.scanCode(gtin(1)).ok() || !workflow.scanCode(gtin(1)).ok())
            qFatal("scan failed");
        const CardCredential card{CredentialType::SocialSecurityCard,
                                  QStringLiteral("360102198001011235"), QStringLiteral("K01"),
                                  QStringLiteral("赵六")};
        if (Status s = checkout.start(card); !s)
            qFatal("%s", qPrintable(s.error().message));
        return std::make_unique<ui::SettlementDialog>(checkout, QImage(), tablet);
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
        [] { return QStringLiteral("zhangsan"); }};
    InsuredCheckout checkout{workflow, svc, [] { return QStringLiteral("JS-T01-1"); }};
};

/// Through the window's buttons to the slip printed: what the patient signs next.
void toSlipPrinted(Rig& r, ui::SettlementDialog& d)
{
    QVERIFY2(d.personText().contains(QStringLiteral("赵*")), qPrintable(d.personText()));
    d.button(QStringLiteral("confirmIdentity"))->click(); // 人证相符, then 2101
    QCOMPARE(r.svc.current()->state, SettleState::PreSettled);
    QVERIFY2(d.splitText().contains(r.svc.current()->preSplit.fund.display()),
             qPrintable(d.splitText()));
    d.button(QStringLiteral("settle"))->click();
    QCOMPARE(r.svc.current()->state, SettleState::Settled);
    QCOMPARE(d.tenderedEdit()->text(), r.svc.current()->split.cash.toString());
    d.button(QStringLiteral("takeCash"))->click(); // the slip prints at once
    QTRY_COMPARE(r.svc.current()->state, SettleState::SlipPrinted);
    QVERIFY(d.button(QStringLiteral("paperSignature"))->isEnabled());
}

QString writeImage(const QString& path, QSize size, const char* format)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setPen(QPen(Qt::black, 8));
    p.drawLine(size.width() / 10, size.height() / 2, size.width() * 9 / 10, size.height() / 3);
    p.end();
    if (!img.save(path, format))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestSettlementDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signedOnTheScreen()
    {
        Rig r;
        auto d = r.open();
        toSlipPrinted(r, *d);
        QVERIFY(!d->button(QStringLiteral("sign"))->isEnabled()); // nothing drawn yet
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        ui::SignaturePad* pad = d->signaturePad();
        QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 30));
        for (int x = 30; x < 200; x += 10)
            QTest::mouseMove(pad, QPoint(x, 30 + x / 5));
        QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(200, 70));
        QVERIFY(!pad->isEmpty());
        d->button(QStringLiteral("sign"))->click();
        QCOMPARE(r.settlements.records.value(QStringLiteral("JS-T01-1")).state,
                 SettleState::Signed);
        QVERIFY(r.settlements.records.value(QStringLiteral("JS-T01-1"))
                    .signatureRef.contains(QStringLiteral("(screen)")));
        QVERIFY(r.settlements.documents.contains(QStringLiteral("JS-T01-1|signature.json")));
    }

    void signedOnTheSignaturePad()
    {
        Rig r;
        devices::SimulatedSignatureTablet tablet(2.0); // a 2:1 writing surface
        auto d = r.open(&tablet);
        d->resize(900, 700);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        toSlipPrinted(r, *d);
        QVERIFY2(d->tabletText().contains(QStringLiteral("已连接")), qPrintable(d->tabletText()));
        ui::SignaturePad* pad = d->signaturePad();
        const QRectF area = pad->tabletArea();
        // The pad's proportions, centred: as tall as the widget, narrower than it.
        QCOMPARE(qRound(area.height()), pad->height());
        QCOMPARE(qRound(area.width()), qRound(pad->height() * 2.0));
        QCOMPARE(area.center(), QRectF(pad->rect()).center());

        tablet.sign({{{0.0, 0.0}, {0.5, 0.5}, {1.0, 1.0}}});
        QVERIFY(!pad->isEmpty());
        QCOMPARE(pad->method(), QStringLiteral("pad"));
        // The strokes land where the pen was on the pad: its corners are the area's corners.
        const QJsonArray strokes = QJsonDocument::fromJson(pad->strokesJson()).array();
        QCOMPARE(strokes.size(), 1);
        const QJsonArray points = strokes.first().toArray();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(0).toObject().value(QStringLiteral("x")).toInt(), qRound(area.left()));
        QCOMPARE(points.at(2).toObject().value(QStringLiteral("x")).toInt(), qRound(area.right()));
        QCOMPARE(points.at(2).toObject().value(QStringLiteral("y")).toInt(), qRound(area.bottom()));

        // Unplugged mid-stroke: the stroke ends, the window says so and how to sign instead.
        tablet.touch({0.2, 0.8});
        tablet.move({0.3, 0.7});
        tablet.unplug();
        QCOMPARE(pad->strokeCount(), 2);
        QVERIFY2(d->tabletText().contains(QStringLiteral("已拔出"))
                     && d->tabletText().contains(QStringLiteral("屏幕")),
                 qPrintable(d->tabletText()));
        tablet.move({0.9, 0.9}); // a pen on an unplugged pad draws nothing
        QCOMPARE(pad->strokeCount(), 2);
        tablet.plugIn();
        QVERIFY(d->tabletText().contains(QStringLiteral("已连接")));

        d->button(QStringLiteral("sign"))->click();
        const InsuredSettlementRecord rec = r.settlements.records.value(QStringLiteral("JS-T01-1"));
        QCOMPARE(rec.state, SettleState::Signed);
        QVERIFY2(rec.signatureRef.contains(QStringLiteral("(pad)")), qPrintable(rec.signatureRef));
        QCOMPARE(r.settlements.documents.value(QStringLiteral("JS-T01-1|signature.json")),
                 pad->strokesJson());
    }

    void reSigningForgetsThePad()
    {
        Rig r;
        devices::SimulatedSignatureTablet tablet;
        auto d = r.open(&tablet);
        tablet.signSample();
        QCOMPARE(d->signaturePad()->method(), QStringLiteral("pad"));
        d->signaturePad()->clear(); // 重签, now on the screen
        QVERIFY(d->signaturePad()->isEmpty());
        QCOMPARE(d->signaturePad()->method(), QStringLiteral("screen"));
    }

    void signedOnPaperAndScannedBack()
    {
        Rig r;
        auto d = r.open();
        toSlipPrinted(r, *d);
        QTemporaryDir tmp;
        const QString no = QStringLiteral("JS-T01-1");

        // Not there; not an image; too big a file; too large an image: refused, nothing kept.
        Status s = d->signWithPaperScan(tmp.filePath(QStringLiteral("none.jpg")));
        QVERIFY(!s && s.error().message.contains(QStringLiteral("找不到")));
        QFile text(tmp.filePath(QStringLiteral("slip.png")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture at all");
        text.close();
        s = d->signWithPaperScan(text.fileName());
        QVERIFY2(!s && s.error().message.contains(QStringLiteral("无法读取")),
                 qPrintable(s ? QString() : s.error().message));
        QFile huge(tmp.filePath(QStringLiteral("huge.jpg")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(ui::SettlementDialog::kMaxScanBytes + 1));
        huge.close();
        s = d->signWithPaperScan(huge.fileName());
        QVERIFY2(!s && s.error().message.contains(QStringLiteral("过大"))
                     && s.error().ruleId == QStringLiteral("SETTLE-SLIP"),
                 qPrintable(s ? QString() : s.error().message));
        s = d->signWithPaperScan(
            writeImage(tmp.filePath(QStringLiteral("wide.png")), QSize(13000, 20), "PNG"));
        QVERIFY2(!s && s.error().message.contains(QStringLiteral("13000")),
                 qPrintable(s ? QString() : s.error().message));
        QCOMPARE(r.svc.current()->state, SettleState::SlipPrinted);
        QVERIFY(!r.settlements.documents.contains(no + QStringLiteral("|signature.png")));

        // The photo of the signed slip: kept grey and at most 1,600 pixels, as the signature.
        s = d->signWithPaperScan(
            writeImage(tmp.filePath(QStringLiteral("photo.jpg")), QSize(3200, 2400), "JPG"));
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));
        QCOMPARE(r.settlements.records.value(no).state, SettleState::Signed);
        QVERIFY(r.settlements.records.value(no).signatureRef.contains(QStringLiteral("(paper)")));
        const QImage kept = QImage::fromData(
            r.settlements.documents.value(no + QStringLiteral("|signature.png")), "PNG");
        QCOMPARE(kept.size(), QSize(1600, 1200));
        QCOMPARE(kept.format(), QImage::Format_Grayscale8);
        QVERIFY(!r.settlements.documents.contains(no + QStringLiteral("|signature.json")));
    }
};

QTEST_MAIN(TestSettlementDialog)
#include "tst_settlementdialog.moc"
