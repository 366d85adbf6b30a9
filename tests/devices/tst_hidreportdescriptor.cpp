#include "devices/hidpos/hidreportdescriptor.h"
#include "hidposdescriptors.h"

#include <QTest>

using namespace pos;
using namespace pos::devices;

class TestHidReportDescriptor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void honeywellScannerDescriptor()
    {
        const QByteArray d = testdata::honeywellHidPos();
        QCOMPARE(d.size(), 0x90); // the firmware's HID descriptor gives wDescriptorLength 0x90
        const Result<HidDescriptorSummary> s = parseHidReportDescriptor(d);
        QVERIFY(s.ok());
        QVERIFY(s->hasBarcodeScannerPage);
        QVERIFY(s->usagePages.contains(0x8C));
        QVERIFY(s->usagePages.contains(0xFF66));    // Honeywell's vendor page
        QCOMPARE(s->inputReportBytes.value(2), 64); // 1 id + 1 + 3 + 56 + 2 + 1
        QVERIFY(!s->inputReportBytes.contains(4));  // the trigger report is output only
        QVERIFY(s->scannedDataLayout.has_value());
        // What the descriptor says is exactly the layout Honeywell's reader code assumes.
        QCOMPARE(*s->scannedDataLayout, HidPosLayout::standard());
    }

    void keyboardIsNotAScanner()
    {
        const Result<HidDescriptorSummary> s =
            parseHidReportDescriptor(testdata::honeywellKeyboard());
        QVERIFY(s.ok());
        QVERIFY(!s->hasBarcodeScannerPage);
        QVERIFY(!s->scannedDataLayout.has_value());
        QCOMPARE(s->usagePages, (QList<quint16>{0x01, 0x07, 0x08}));
        QCOMPARE(s->inputReportBytes.value(0), 8); // modifiers, reserved, 6 keys; no report ID
    }

    void layoutWithoutByteCountOrReportId()
    {
        // One bit-flag for "continued" after the data, no byte count, no report ID.
        const unsigned char d[] = {
            0x05, 0x8c, 0x09, 0x02, 0xa1, 0x01, 0x15, 0x00, 0x26, 0xff, 0x00, 0x75,
            0x08, 0x95, 0x03, 0x09, 0xfb, 0x09, 0xfc, 0x09, 0xfd, 0x81, 0x02, // symbology 0..2
            0x95, 0x20, 0x09, 0xfe, 0x82, 0x02, 0x01,                         // 32 data bytes 3..34
            0x75, 0x01, 0x95, 0x01, 0x25, 0x01, 0x09, 0xff, 0x81, 0x02, // continued: bit 0 of 35
            0x75, 0x07, 0x81, 0x03, 0xc0,                               // padding
        };
        const Result<HidDescriptorSummary> s =
            parseHidReportDescriptor(QByteArray(reinterpret_cast<const char*>(d), sizeof d));
        QVERIFY(s.ok());
        const HidPosLayout l = s->scannedDataLayout.value();
        QCOMPARE(l.reportId, -1);
        QCOMPARE(l.byteCountOffset, -1);
        QCOMPARE(l.symbologyOffset, 0);
        QCOMPARE(l.dataOffset, 3);
        QCOMPARE(l.dataCapacity, 32);
        QCOMPARE(l.continuedOffset, 35);
        QCOMPARE(l.continuedMask, quint8(0x01));
        QCOMPARE(s->inputReportBytes.value(0), 36);
    }

    void truncatedAndUnbalancedAreErrors_data()
    {
        QTest::addColumn<QByteArray>("descriptor");
        QTest::newRow("cut inside an item") << QByteArray("\x05\x8c\x26\xff", 4);
        QTest::newRow("cut long item") << QByteArray("\xfe\x05", 2);
        QTest::newRow("pop without push") << QByteArray("\x05\x8c\xb4", 3);
    }
    void truncatedAndUnbalancedAreErrors()
    {
        QFETCH(QByteArray, descriptor);
        const Result<HidDescriptorSummary> s = parseHidReportDescriptor(descriptor);
        QVERIFY(!s.ok());
        QVERIFY(!s.error().message.isEmpty());
    }

    void everyPrefixOfARealDescriptorIsHandled()
    {
        // Cut anywhere: an error or a summary, never a crash or a read past the end.
        const QByteArray d = testdata::honeywellHidPos();
        for (int n = 0; n <= d.size(); ++n)
            (void)parseHidReportDescriptor(d.left(n));
    }

    void chooseLayoutPrefersExactQuirkThenDescriptorThenVendor()
    {
        HidPosLayout fromDescriptor;
        fromDescriptor.reportId = 7;
        // Unknown vendor, no descriptor layout: the standard one.
        QCOMPARE(chooseHidPosLayout(0x1234, 0x5678, std::nullopt), HidPosLayout::standard());
        // The device's own description wins over a vendor-wide entry.
        QCOMPARE(chooseHidPosLayout(0x05e0, 0x1900, fromDescriptor).reportId, 7);
        QCOMPARE(chooseHidPosLayout(0x05e0, 0x1900, std::nullopt), HidPosLayout::standard());
        int count = 0;
        const HidPosQuirk* quirks = hidPosQuirks(&count);
        QVERIFY(count >= 4);
        QList<quint16> vendors;
        for (int i = 0; i < count; ++i)
            vendors << quirks[i].vendorId;
        for (quint16 v : {0x0c2e, 0x05e0, 0x05f9, 0x1eab})
            QVERIFY2(vendors.contains(v), qPrintable(QString::number(v, 16)));
    }
};

QTEST_GUILESS_MAIN(TestHidReportDescriptor)
#include "tst_hidreportdescriptor.moc"
