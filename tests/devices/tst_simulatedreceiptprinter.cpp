#include "app/core/ports/clock.h"
#include "devices/camera/barcodeimagedecoder.h"
#include "devices/simulated/simulatedreceiptprinter.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using pos::devices::SimulatedReceiptPrinter;

namespace {
PrintDocument sampleDocument(int width)
{
    PrintDocument d;
    d.kind = QStringLiteral("receipt");
    d.reference = QStringLiteral("XS-T01-20261123-0001");
    d.widthColumns = width;
    PrintLine title;
    title.text = QStringLiteral("仁心大药房");
    title.align = PrintLine::Align::Center;
    title.doubleSize = true;
    d.lines << title;
    for (int i = 0; i < 9; ++i) {
        PrintLine l;
        l.text =
            leftRight(QStringLiteral("%1.阿莫西林胶囊 0.25g*24粒").arg(i + 1), u"15.80", width);
        d.lines << l;
    }
    PrintLine rule;
    rule.separator = true;
    d.lines << rule;
    return d;
}
} // namespace

class TestSimulatedReceiptPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersWhatWouldBePrinted_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("80 mm") << 48;
        QTest::newRow("58 mm") << 32;
    }
    void rendersWhatWouldBePrinted()
    {
        QFETCH(int, width);
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.filePath(QStringLiteral("prints")), clock, width);
        QCOMPARE(printer.widthColumns(), width);
        QVERIFY(printer.isSimulated());
        QCOMPARE(printer.status().state, PrinterState::Ready);

        const PrintDocument doc = sampleDocument(width);
        Result<PrintOutcome> out = printer.print(doc);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        QCOMPARE(out->jobId, QStringLiteral("SIM-000001"));
        QVERIFY(out->outputPath.endsWith(QStringLiteral(".png")));

        QImage png(out->outputPath);
        QVERIFY(!png.isNull());
        QCOMPARE(png.width(), width * 12 + 32); // 12 dots a column plus margins
        QVERIFY(png.height() > 11 * 30);
        // Something was actually drawn: dark pixels in the text area.
        int dark = 0;
        for (int y = 0; y < png.height(); ++y)
            for (int x = 0; x < png.width(); ++x)
                dark += qGray(png.pixel(x, y)) < 128;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));

        const QString base = out->outputPath.chopped(4);
        QFile txt(base + QStringLiteral(".txt"));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(txt.readAll()), doc.toPlainText());
        QFile pdf(base + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(printer.jobsPrinted(), 1);
    }

    // The one-time code is printed as a QR symbol a scanner reads back (the text under it is for
    // people): on 80 and 58 mm paper alike.
    void theCodeLinePrintsAScannableQr_data() { rendersWhatWouldBePrinted_data(); }
    void theCodeLinePrintsAScannableQr()
    {
        QFETCH(int, width);
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.filePath(QStringLiteral("prints")), clock, width);
        PrintDocument doc = sampleDocument(width);
        const QString code = QStringLiteral("PPOS-PRN-RX360100000001-042137");
        PrintLine line = PrintLine::textLine(code, PrintLine::Align::Center);
        line.barcode = code;
        doc.lines << line;
        const int plainHeight = QImage(printer.print(sampleDocument(width))->outputPath).height();
        Result<PrintOutcome> out = printer.print(doc);
        QVERIFY(out.ok());
        const QImage page(out->outputPath);
        QVERIFY(page.height() > plainHeight + 100); // the symbol takes room above its text
        const QList<devices::DecodedCode> codes = devices::BarcodeImageDecoder().decode(page);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.constFirst().format, QStringLiteral("QRCode"));
        QCOMPARE(codes.constFirst().text, code);
    }

    void faultsRefuse_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("state");
        QTest::newRow("paper out")
            << int(SimulatedReceiptPrinter::Fault::PaperOut) << int(PrinterState::PaperOut);
        QTest::newRow("cover open")
            << int(SimulatedReceiptPrinter::Fault::CoverOpen) << int(PrinterState::CoverOpen);
        QTest::newRow("offline") << int(SimulatedReceiptPrinter::Fault::Offline)
                                 << int(PrinterState::Offline);
    }
    void faultsRefuse()
    {
        QFETCH(int, fault);
        QFETCH(int, state);
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        printer.setFault(static_cast<SimulatedReceiptPrinter::Fault>(fault));
        QCOMPARE(int(printer.status().state), state);
        QVERIFY(!printer.status().canPrint());
        Result<PrintOutcome> out = printer.print(sampleDocument(48));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::DeviceFailure);
        QCOMPARE(printer.jobsPrinted(), 0);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void failureMidJobLeavesATornReceipt()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        printer.setFault(SimulatedReceiptPrinter::Fault::FailMidJob);
        QVERIFY(printer.status().canPrint()); // nothing warns before the job
        Result<PrintOutcome> out = printer.print(sampleDocument(48));
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(QStringLiteral("中途")));
        QCOMPARE(printer.status().state, PrinterState::Offline);
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*PARTIAL.txt")});
        QCOMPARE(files.size(), 1);
        QFile partial(dir.filePath(files.first()));
        QVERIFY(partial.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(partial.readAll()).count(u'\n'), 5); // half of 11 lines
    }

    void paperRunsOutAfterAJob()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        printer.setFault(SimulatedReceiptPrinter::Fault::PaperOutAfterJob);
        QVERIFY(printer.print(sampleDocument(48)).ok());
        QCOMPARE(printer.status().state, PrinterState::PaperOut);
        QVERIFY(!printer.print(sampleDocument(48)).ok());
    }

    void confirmedJobIsDeviceConfirmed()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        Result<PrintOutcome> out = printer.print(sampleDocument(48));
        QVERIFY(out.ok());
        QCOMPARE(out->confirmation, PrintConfirmation::DeviceConfirmed);
    }

    void paperRunsOutDuringAJob()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        printer.setFault(SimulatedReceiptPrinter::Fault::PaperOutDuringJob);
        QVERIFY(printer.status().canPrint()); // the roll looked fine before the job
        Result<PrintOutcome> out = printer.print(sampleDocument(48));
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.startsWith(QStringLiteral("打印中途缺纸")),
                 qPrintable(out.error().message));
        QVERIFY(out.error().message.contains(QStringLiteral("补打")));
        QCOMPARE(printer.status().state, PrinterState::PaperOut);
        QCOMPARE(printer.jobsPrinted(), 0);
        QVERIFY(printer.lastOutputBase().isEmpty());
        // What came out is kept, marked as a torn partial copy: half of the 11 lines.
        const QStringList files =
            QDir(dir.path()).entryList({QStringLiteral("*-PARTIAL-PAPEROUT.*")});
        QCOMPARE(files.size(), 3); // png, pdf, txt
        QFile partial(dir.filePath(
            QDir(dir.path()).entryList({QStringLiteral("*-PARTIAL-PAPEROUT.txt")}).first()));
        QVERIFY(partial.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(partial.readAll()).count(u'\n'), 5);
        // Refused from now on, until paper is loaded.
        QVERIFY(!printer.print(sampleDocument(48)).ok());
        printer.setFault(SimulatedReceiptPrinter::Fault::None);
        QVERIFY(printer.print(sampleDocument(48)).ok());
    }

    void printerThatCannotReportNeedsScanBack_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("paperComesOut");
        QTest::newRow("RX-PRINT-GATE ready") << int(SimulatedReceiptPrinter::Fault::None) << true;
        QTest::newRow("RX-PRINT-GATE paper out, nobody told")
            << int(SimulatedReceiptPrinter::Fault::PaperOut) << false;
        QTest::newRow("RX-PRINT-GATE cover open, nobody told")
            << int(SimulatedReceiptPrinter::Fault::CoverOpen) << false;
        QTest::newRow("RX-PRINT-GATE torn mid-job, nobody told")
            << int(SimulatedReceiptPrinter::Fault::PaperOutDuringJob) << false;
    }
    void printerThatCannotReportNeedsScanBack()
    {
        QFETCH(int, fault);
        QFETCH(bool, paperComesOut);
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        printer.setReportsStatus(false);
        printer.setFault(static_cast<SimulatedReceiptPrinter::Fault>(fault));
        QCOMPARE(printer.status().state, PrinterState::Ready); // it cannot know better
        Result<PrintOutcome> out = printer.print(sampleDocument(48));
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        QCOMPARE(out->confirmation, PrintConfirmation::NeedsScanBack);
        QCOMPARE(printer.jobsPrinted(), paperComesOut ? 1 : 0);
        QCOMPARE(out->outputPath.isEmpty(), !paperComesOut);
        if (paperComesOut)
            QVERIFY(QFile::exists(out->outputPath));
    }

    void printerThatCannotReportStillKnowsItIsUnplugged()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        printer.setReportsStatus(false);
        printer.setFault(SimulatedReceiptPrinter::Fault::Offline);
        QCOMPARE(printer.status().state, PrinterState::Offline);
        QVERIFY(!printer.print(sampleDocument(48)).ok());
    }

    void reprintIsMarked()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        PrintDocument doc = sampleDocument(48);
        doc.reprint = true;
        Result<PrintOutcome> out = printer.print(doc);
        QVERIFY(out.ok());
        QVERIFY(out->outputPath.contains(QStringLiteral("-reprint-")));
        QFile txt(printer.lastOutputBase() + QStringLiteral(".txt"));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(txt.readAll()).count(QStringLiteral("补打")), 1);
    }

    void emptyDocumentIsRefused()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedReceiptPrinter printer(dir.path(), clock);
        QVERIFY(!printer.print(PrintDocument{}).ok());
    }
};

QTEST_MAIN(TestSimulatedReceiptPrinter)
#include "tst_simulatedreceiptprinter.moc"
