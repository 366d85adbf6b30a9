#include "devices/escpos/escposencoder.h"

#include <QTest>

using namespace pos;
using namespace pos::devices;

namespace {

PrintLine line(const char* utf8, PrintLine::Align align = PrintLine::Align::Left, bool bold = false,
               bool doubleSize = false)
{
    PrintLine l = PrintLine::textLine(QString::fromUtf8(utf8), align, bold);
    l.doubleSize = doubleSize;
    return l;
}

constexpr auto rule = &PrintLine::rule;

PrintDocument prescription(int width)
{
    PrintDocument d;
    d.kind = QStringLiteral("prescription");
    d.reference = QStringLiteral("CF-20261123-0001");
    d.widthColumns = width;
    d.lines << line("处方笺", PrintLine::Align::Center, true, true) << line("姓名：张三") << rule()
            << line("阿莫西林胶囊") << line("×2盒", PrintLine::Align::Right)
            << line("合计", PrintLine::Align::Left, true);
    return d;
}

QByteArray hex(const char* h)
{
    return QByteArray::fromHex(h);
}

} // namespace

class TestEscPosEncoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chinesePrescriptionBytes_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("80 mm, 48 columns") << 48;
        QTest::newRow("58 mm, 32 columns") << 32;
    }
    void chinesePrescriptionBytes()
    {
        QFETCH(int, width);
        // Expected bytes from the ESC/POS command reference; GB18030 codes from
        // `iconv -f UTF-8 -t GB18030` (GB2312 rows for these characters).
        QByteArray expected;
        expected += hex("1b40");                 // ESC @: initialise
        expected += hex("1c26");                 // FS &: Chinese character mode on
        expected += hex("1b6101");               // ESC a 1: centre
        expected += hex("1b4501");               // ESC E 1: bold on
        expected += hex("1d2111");               // GS ! 0x11: double width and height
        expected += hex("b4a6b7bdbce3");         // 处方笺
        expected += hex("0a");                   // LF
        expected += hex("1b6100");               // ESC a 0: left
        expected += hex("1b4500");               // ESC E 0: bold off
        expected += hex("1d2100");               // GS ! 0: normal size
        expected += hex("d0d5c3fba3bad5c5c8fd"); // 姓名：张三
        expected += hex("0a");
        expected += QByteArray(width, '-') + hex("0a"); // separator across the paper
        expected += hex("b0a2c4aacef7c1d6bdbac4d2");    // 阿莫西林胶囊
        expected += hex("0a");
        expected += hex("1b6102");     // ESC a 2: right
        expected += hex("a1c132bad0"); // ×2盒 (× is A1C1 in GB18030)
        expected += hex("0a");
        expected += hex("1b6100");   // ESC a 0
        expected += hex("1b4501");   // ESC E 1
        expected += hex("bacfbcc6"); // 合计
        expected += hex("0a");
        expected += hex("1b4500");   // ESC E 0: leave the printer in its default style
        expected += hex("1d564200"); // GS V 66 0: feed to the cutter, partial cut

        EscPosEncoder encoder({width, EscPosTextMode::Gb18030});
        QCOMPARE(encoder.widthDots(), width == 48 ? 576 : 384);
        Result<QByteArray> bytes = encoder.encode(prescription(width));
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
        QCOMPARE(bytes->toHex(' '), expected.toHex(' '));
    }

    void supplementaryCharacterIsFourBytes()
    {
        PrintDocument d = prescription(48);
        d.lines = {line("姓名：王𠀀")}; // U+20000, GB18030 four-byte 95 32 82 36
        Result<QByteArray> bytes = EscPosEncoder({48, EscPosTextMode::Gb18030}).encode(d);
        QVERIFY(bytes.ok());
        QVERIFY(bytes->contains(hex("cdf595328236"))); // 王 = CDF5
    }

    void reprintIsMarkedOnce_data()
    {
        QTest::addColumn<bool>("alreadyMarked");
        QTest::newRow("RX-PRINT-GATE encoder adds the mark") << false;
        QTest::newRow("RX-PRINT-GATE formatter's mark kept, not doubled") << true;
    }
    void reprintIsMarkedOnce()
    {
        QFETCH(bool, alreadyMarked);
        PrintDocument d = prescription(48);
        d.reprint = true;
        if (alreadyMarked)
            d.lines.insert(1, line("【补打】", PrintLine::Align::Center, true));
        Result<QByteArray> bytes = EscPosEncoder({48, EscPosTextMode::Gb18030}).encode(d);
        QVERIFY(bytes.ok());
        const QByteArray mark = hex("a1beb2b9b4f2a1bf"); // 【补打】
        QCOMPARE(bytes->count(mark), 1);
        if (!alreadyMarked) // first thing on the paper, centred, bold, double size
            QVERIFY(bytes->startsWith(QByteArray(hex("1b40"
                                                     "1c26"
                                                     "1b6101"
                                                     "1b4501"
                                                     "1d2111")
                                                 + mark + hex("0a"))));

        d.reprint = false;
        d.lines = prescription(48).lines;
        QCOMPARE(EscPosEncoder({48, EscPosTextMode::Gb18030}).encode(d)->count(mark), 0);
    }

    void qrCodeLine()
    {
        PrintDocument d = prescription(48);
        PrintLine code;
        code.text = QStringLiteral("PPOS-PRN-0001");
        code.barcode = code.text;
        code.align = PrintLine::Align::Center;
        d.lines = {code};
        Result<QByteArray> bytes = EscPosEncoder({48, EscPosTextMode::Gb18030}).encode(d);
        QVERIFY(bytes.ok());
        QByteArray expected = hex("1b40"
                                  "1c26");
        expected += hex("1b6101"); // ESC a 1: the symbol centred
        expected += hex("1d286b0400314132"
                        "00"); // GS ( k fn 65: QR model 2
        expected += hex("1d286b03003143"
                        "06"); // GS ( k fn 67: module 6 dots
        expected += hex("1d286b03003145"
                        "31");               // GS ( k fn 69: error correction M
        expected += hex("1d286b1000315030"); // GS ( k fn 80: store 13 bytes (pL = 13 + 3)
        expected += "PPOS-PRN-0001";
        expected += hex("1d286b03003151"
                        "30");       // GS ( k fn 81: print the symbol
        expected += "PPOS-PRN-0001"; // its text under it, still centred
        expected += hex("0a"
                        "1b6100"
                        "1d564200");
        QCOMPARE(bytes->toHex(' '), expected.toHex(' '));
    }

    void rasterFallback_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("rowBytes");
        QTest::newRow("80 mm: 576 dots") << 48 << 72;
        QTest::newRow("58 mm: 384 dots") << 32 << 48;
    }
    void rasterFallback()
    {
        QFETCH(int, width);
        QFETCH(int, rowBytes);
        EscPosEncoder encoder({width, EscPosTextMode::Raster});
        const PrintDocument d = prescription(width);
        // 1 double-size line (60 dots) + 5 lines of 30 dots.
        const int rows = 60 + 5 * 30;
        const QImage image = encoder.rasterize(d, 0, int(d.lines.size()));
        QCOMPARE(image.width(), width * 12);
        QCOMPARE(image.height(), rows);
        QCOMPARE(image.format(), QImage::Format_Mono);

        Result<QByteArray> bytes = encoder.encode(d);
        QVERIFY(bytes.ok());
        QByteArray header = hex("1b40");                // ESC @, no FS &: no text
        header += hex("1d763000");                      // GS v 0, m = 0 (normal)
        header += char(rowBytes) + QByteArray(1, '\0'); // xL xH: bytes a row
        header += char(rows) + QByteArray(1, '\0');     // yL yH: rows (210)
        QCOMPARE(bytes->left(header.size()).toHex(' '), header.toHex(' '));
        QCOMPARE(bytes->size(), header.size() + rowBytes * rows + 4);
        QVERIFY(bytes->endsWith(hex("1d564200")));
        const QByteArray dots = bytes->mid(header.size(), rowBytes * rows);
        QVERIFY2(dots.count('\0') < dots.size() * 95 / 100, "the text was painted"); // not blank
        QVERIFY(dots.count(char(0xFF)) < dots.size() / 2);                           // not black
    }

    void longRasterIsSentInBands()
    {
        EscPosEncoder encoder({48, EscPosTextMode::Raster});
        PrintDocument d = prescription(48);
        d.lines.clear();
        for (int i = 0; i < 10; ++i)
            d.lines << line("阿莫西林胶囊", PrintLine::Align::Left, false, true); // 600 rows
        Result<QByteArray> bytes = encoder.encode(d);
        QVERIFY(bytes.ok());
        // Bands of 240, 240 and 120 rows.
        QCOMPARE(bytes->count(hex("1d7630004800f000")), 2);
        QCOMPARE(bytes->count(hex("1d76300048007800")), 1);
        QCOMPARE(bytes->size(), 2 + 3 * 8 + 72 * 600 + 4);
    }

    void refusesWhatCannotPrint()
    {
        EscPosEncoder narrow({32, EscPosTextMode::Gb18030});
        Result<QByteArray> wide = narrow.encode(prescription(48));
        QVERIFY(!wide.ok());
        QCOMPARE(wide.error().code, ErrorCode::InvalidInput);
        QVERIFY(wide.error().message.contains(QStringLiteral("58 mm")));
        QVERIFY(!narrow.encode(PrintDocument{}).ok());
        PrintDocument broken = prescription(32);
        broken.lines = {line("")};
        broken.lines.first().text = QString(QChar(0xD800)); // a lone surrogate
        QVERIFY(!narrow.encode(broken).ok());
    }
};

QTEST_MAIN(TestEscPosEncoder)
#include "tst_escposencoder.moc"
