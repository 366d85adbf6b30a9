#include "devices/cups/cupsprinter.h"

#include <QTest>

using namespace pos;
using pos::devices::CupsPrinter;

// No CUPS server runs here: these cover what does not need one (naming, refusing an unknown
// queue, the confirmation CUPS can give). Printing itself needs a configured CUPS queue.
class TestCupsPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownQueueIsOfflineAndRefused()
    {
        CupsPrinter printer(QStringLiteral("PharmaPOS-no-such-queue"));
        QCOMPARE(printer.deviceName(), QStringLiteral("CUPS PharmaPOS-no-such-queue (A5)"));
        QVERIFY(!printer.isSimulated());
        QCOMPARE(printer.widthColumns(), 48);
        const PrinterStatus st = printer.status();
        QCOMPARE(st.state, PrinterState::Offline);
        QVERIFY(st.detail.contains(QStringLiteral("PharmaPOS-no-such-queue")));

        PrintDocument d;
        d.kind = QStringLiteral("prescription");
        PrintLine l;
        l.text = QStringLiteral("处方笺");
        d.lines << l;
        Result<PrintOutcome> out = printer.print(d);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::DeviceFailure);
        QVERIFY(out.error().message.contains(QStringLiteral("未发送")));
    }

    void emptyDocumentIsRefused()
    {
        CupsPrinter printer(QStringLiteral("any"), 32);
        QCOMPARE(printer.widthColumns(), 32);
        QCOMPARE(printer.print(PrintDocument{}).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_MAIN(TestCupsPrinter)
#include "tst_cupsprinter.moc"
