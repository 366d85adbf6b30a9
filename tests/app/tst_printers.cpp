#include "app/core/ports/clock.h"
#include "app/core/ports/receiptprinter.h"
#include "app/printers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::app;

namespace {
Result<AppConfig> loadIni(const QTemporaryDir& dir, const QByteArray& devices)
{
    const QString path = dir.filePath(QStringLiteral("pharmapos.ini"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the ini");
    f.write("[devices]\n" + devices);
    f.close();
    return AppConfig::load(dir.path(), path, false);
}
} // namespace

class TestPrinters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backends_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("deviceName");
        QTest::newRow("simulated") << "simulated" << true << "模拟小票打印机（80 mm）";
        QTest::newRow("tcp, default port")
            << "escpos-tcp:192.168.1.50" << true << "ESC/POS 80mm (tcp 192.168.1.50:9100)";
        QTest::newRow("tcp with port")
            << "escpos-tcp:printer.local:9101" << true << "ESC/POS 80mm (tcp printer.local:9101)";
        QTest::newRow("usblp") << "escpos-lp:/dev/usb/lp0" << true << "ESC/POS 80mm (/dev/usb/lp0)";
        QTest::newRow("usb, any") << "escpos-usb" << true << "ESC/POS 80mm (usb)";
        QTest::newRow("usb, vid:pid")
            << "escpos-usb:0416:5011" << true << "ESC/POS 80mm (usb 0416:5011)";
        QTest::newRow("cups") << "cups:Rx_A5" << true << "CUPS Rx_A5 (A5)";
        QTest::newRow("tcp without host") << "escpos-tcp:" << false << "";
        QTest::newRow("tcp bad port") << "escpos-tcp:10.0.0.9:99999" << false << "";
        QTest::newRow("lp relative path") << "escpos-lp:lp0" << false << "";
        QTest::newRow("usb half an id") << "escpos-usb:0416" << false << "";
        QTest::newRow("cups without name") << "cups:" << false << "";
        QTest::newRow("unknown") << "epson" << false << "";
    }
    void backends()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(QString, deviceName);
        Result<PrinterEndpoint> e = parsePrinterBackend(value);
        QCOMPARE(e.ok(), valid);
        PrinterSettings s;
        s.backend = value;
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        Result<std::unique_ptr<ReceiptPrinter>> printer = makePrinter(s, dir.path(), clock);
        QCOMPARE(printer.ok(), valid);
        if (!valid) {
            QCOMPARE(printer.error().code, ErrorCode::Configuration);
            QVERIFY(printer.error().message.contains(value));
            return;
        }
        QCOMPARE((*printer)->deviceName(), deviceName);
        QCOMPARE((*printer)->widthColumns(), 48);
    }

    void storeConfiguresBothPrinters()
    {
        QTemporaryDir dir;
        Result<AppConfig> c = loadIni(dir, "receipt_printer=escpos-tcp:192.168.1.50\n"
                                           "paper=58\nprinter_text_mode=raster\n"
                                           "prescription_printer=cups:Rx_A5\n"
                                           "prescription_paper=80\n"
                                           "prescription_printer_reports_status=no\n");
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->receiptPrinter.backend, QStringLiteral("escpos-tcp:192.168.1.50"));
        QCOMPARE(c->receiptPrinter.widthColumns, 32);
        QVERIFY(c->receiptPrinter.rasterText);
        QVERIFY(c->receiptPrinter.reportsStatus);
        QCOMPARE(c->prescriptionPrinter.backend, QStringLiteral("cups:Rx_A5"));
        QCOMPARE(c->prescriptionPrinter.widthColumns, 48);
        QVERIFY(c->prescriptionPrinter.rasterText); // inherited
        QVERIFY(!c->prescriptionPrinter.reportsStatus);
    }

    void prescriptionPrinterDefaultsToTheReceiptPrinter()
    {
        QTemporaryDir dir;
        Result<AppConfig> c = loadIni(dir, "receipt_printer=escpos-lp:/dev/usb/lp0\n"
                                           "printer_reports_status=no\nprinter_barrier=gs-r\n"
                                           "printer_timeout_ms=8000\n");
        QVERIFY(c.ok());
        QVERIFY(c->prescriptionPrinter == c->receiptPrinter);
        QVERIFY(!c->receiptPrinter.processIdBarrier);
        QCOMPARE(c->receiptPrinter.jobTimeoutMs, 8000);
    }

    void legacyKeysStillRead()
    {
        QTemporaryDir dir;
        Result<AppConfig> c = loadIni(dir, "printer=simulated\nprinter_width=32\n");
        QVERIFY(c.ok());
        QCOMPARE(c->receiptPrinter.backend, QStringLiteral("simulated"));
        QCOMPARE(c->receiptPrinter.widthColumns, 32);
    }

    void badValuesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("devices");
        QTest::addColumn<QString>("named");
        QTest::newRow("paper") << QByteArray("paper=76\n") << "paper";
        QTest::newRow("text mode") << QByteArray("printer_text_mode=utf8\n") << "printer_text_mode";
        QTest::newRow("reports status")
            << QByteArray("printer_reports_status=maybe\n") << "printer_reports_status";
        QTest::newRow("barrier") << QByteArray("printer_barrier=dle\n") << "printer_barrier";
        QTest::newRow("timeout") << QByteArray("printer_timeout_ms=5\n") << "printer_timeout_ms";
        QTest::newRow("backend") << QByteArray("receipt_printer=lpt1\n") << "receipt_printer";
        QTest::newRow("prescription backend")
            << QByteArray("prescription_printer=cups:\n") << "prescription_printer";
        QTest::newRow("prescription paper")
            << QByteArray("prescription_paper=a5\n") << "prescription_paper";
    }
    void badValuesAreRefusedByName()
    {
        QFETCH(QByteArray, devices);
        QFETCH(QString, named);
        QTemporaryDir dir;
        Result<AppConfig> c = loadIni(dir, devices);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::Configuration);
        QVERIFY2(c.error().message.contains(named), qPrintable(c.error().message));
    }
};

QTEST_MAIN(TestPrinters)
#include "tst_printers.moc"
