#include "app/core/rx/prescriptionformatter.h"
#include "tests/core/rxtestdata.h"

#include <QRegularExpression>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;

namespace {
PrescriptionReview approval()
{
    PrescriptionReview r;
    r.rxNo = prescription().rxNo;
    r.decision = PrescriptionReview::Decision::Approved;
    r.pharmacistUserId = 2;
    r.pharmacistName = QStringLiteral("李四");
    r.licenceNo = QStringLiteral("36201800000002");
    r.insurancePharmacistCode = QStringLiteral("YS360100000042");
    r.time = QDateTime(QDate(2026, 11, 20), QTime(10, 5));
    r.contentHash = prescription().contentHash();
    return r;
}
const StoreProfile kStore{QStringLiteral("仁心大药房（八一大道店）"),
                          QStringLiteral("P36010200001"),
                          QStringLiteral("T01"),
                          {},
                          {}};
} // namespace

class TestPrescriptionFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // What the printed prescription must carry (赣医保字〔2024〕9号 三(四)3, 三(六)).
    void carriesWhatTheRegulationExpects_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("institution")
            << QStringLiteral("开方机构：江西某互联网医院（H36010000001）");
        QTest::newRow("number") << QStringLiteral("处方编号：RX3601002026112000001");
        QTest::newRow("issue time") << QStringLiteral("开具时间：2026-11-20 09:14");
        QTest::newRow("validity") << QStringLiteral("有效期至：2026-11-23 09:14");
        QTest::newRow("patient") << QStringLiteral("患者：赵六  职工医保");
        QTest::newRow("masked ID") << QStringLiteral("身份证号：360***********123X");
        QTest::newRow("diagnosis") << QStringLiteral("诊断：I10.x00 原发性高血压");
        QTest::newRow("drug line") << QStringLiteral("1. 苯磺酸氨氯地平片 10mg*20片  ×2盒");
        QTest::newRow("usage") << QStringLiteral("用法：口服 5mg 每日1次 14天");
        QTest::newRow("prescriber") << QStringLiteral("开方医师：王医生（D360100000123）");
        QTest::newRow("pharmacist")
            << QStringLiteral("审核药师：李四  执业药师注册证号：36201800000002");
        QTest::newRow("review") << QStringLiteral("审核时间：2026-11-20 10:05  审核通过");
        QTest::newRow("one-time code") << QStringLiteral("PPOS-PRN-RX3601002026112000001-042917");
    }
    void carriesWhatTheRegulationExpects()
    {
        QFETCH(QString, expected);
        const PrintDocument doc = PrescriptionFormatter(kStore).format(
            prescription(), approval(), QStringLiteral("PPOS-PRN-RX3601002026112000001-042917"), 48,
            false);
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(prescription().patient.idNumber)); // DATA-PRIVACY
        QCOMPARE(doc.kind, QStringLiteral("prescription"));
        QCOMPARE(doc.reference, prescription().rxNo);
        QVERIFY(!doc.reprint);
        QVERIFY(!text.contains(QStringLiteral("补打")));
    }

    void codeLineIsABarcode()
    {
        const QString code = QStringLiteral("PPOS-PRN-RX1-000001");
        const PrintDocument doc =
            PrescriptionFormatter(kStore).format(prescription(), approval(), code, 32, false);
        int barcodes = 0;
        for (const PrintLine& l : doc.lines)
            if (!l.barcode.isEmpty()) {
                ++barcodes;
                QCOMPARE(l.barcode, code);
                QCOMPARE(l.text, code);
            }
        QCOMPARE(barcodes, 1);
        for (const PrintLine& l : doc.lines)
            QVERIFY2(columnWidth(l.text) <= 32, qPrintable(l.text));
    }

    void reprintIsMarked()
    {
        const PrintDocument doc = PrescriptionFormatter(kStore).format(
            prescription(), approval(), QStringLiteral("PPOS-PRN-RX1-000001"), 48, true);
        QVERIFY(doc.reprint);
        QVERIFY(doc.toPlainText().contains(QStringLiteral("【补打】")));
    }

    void longTermConfirmationIsPrinted()
    {
        PrescriptionReview r = approval();
        r.longTermConfirmed = true;
        const PrintDocument doc =
            PrescriptionFormatter(kStore).format(prescription(), r, QStringLiteral("X"), 48, false);
        QVERIFY(doc.toPlainText().contains(QStringLiteral("超过 4 周，已经药师确认")));
    }

    void oneTimeCodes()
    {
        const QString a = makePrescriptionPrintCode(QStringLiteral("RX-7-2"));
        QVERIFY(
            QRegularExpression(QStringLiteral("^PPOS-PRN-RX-7-2-[0-9]{6}$")).match(a).hasMatch());
        QCOMPARE(rxNoOfPrintCode(a), QStringLiteral("RX-7-2"));
        QCOMPARE(rxNoOfPrintCode(QStringLiteral("PPOS-PRN-RX9-12345")), QString()); // 5 digits
        QCOMPARE(rxNoOfPrintCode(QStringLiteral("6901234567892")), QString());
        QCOMPARE(rxNoOfPrintCode(QStringLiteral(" PPOS-PRN-RX9-123456\r\n")),
                 QStringLiteral("RX9"));
    }
};

QTEST_GUILESS_MAIN(TestPrescriptionFormatter)
#include "tst_prescriptionformatter.moc"
