#include "devices/escpos/escposprinter.h"
#include "devices/escpos/tcptransport.h"
#include "tests/devices/printeronthenetwork.h"

#include <QTcpServer>
#include <QTest>

using namespace pos;
using namespace pos::devices;

namespace {

PrintDocument receipt()
{
    PrintDocument d;
    d.kind = QStringLiteral("receipt");
    d.widthColumns = 48;
    for (int i = 0; i < 40; ++i) {
        PrintLine l;
        l.text = QStringLiteral("%1. 阿莫西林胶囊 0.25g×24粒").arg(i + 1);
        d.lines << l;
    }
    return d;
}

EscPosPrinterOptions options()
{
    EscPosPrinterOptions o;
    o.connectTimeoutMs = 2000;
    o.statusTimeoutMs = 2000;
    o.jobTimeoutMs = 5000;
    return o;
}

} // namespace

class TestTcpTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsAndConfirmsOverPort9100Protocol()
    {
        pos::fakes::PrinterOnTheNetwork net;
        EscPosPrinter printer(std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), net.port),
                              options());
        QCOMPARE(printer.deviceName(),
                 QStringLiteral("ESC/POS 80mm (tcp 127.0.0.1:%1)").arg(net.port));
        QCOMPARE(printer.status().state, PrinterState::Ready);
        Result<PrintOutcome> out = printer.print(receipt());
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        QCOMPARE(out->confirmation, PrintConfirmation::DeviceConfirmed);
        net.stop();
        QCOMPARE(net.device.jobsReceived, 1);
        QVERIFY(net.device.received.contains(QByteArray("\xb0\xa2\xc4\xaa", 4))); // 阿莫 in GB18030
    }

    void paperOutOnTheNetworkIsRefused()
    {
        pos::fakes::PrinterOnTheNetwork net;
        net.script([](pos::fakes::FakeEscPosDevice& d) { d.paperOut = true; });
        EscPosPrinter printer(std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), net.port),
                              options());
        Result<PrintOutcome> out = printer.print(receipt());
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(QStringLiteral("未发送")));
        net.stop();
        QCOMPARE(net.device.jobsReceived, 0);
    }

    void nobodyListeningIsOfflineAndNothingIsSent()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: the port now refuses connections
        TcpTransport transport(QStringLiteral("127.0.0.1"), port);
        QCOMPARE(transport.describe(), QStringLiteral("tcp 127.0.0.1:%1").arg(port));
        QVERIFY(!transport.open(1000).ok());
        EscPosPrinter printer(std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), port),
                              options());
        const PrinterStatus st = printer.status();
        QCOMPARE(st.state, PrinterState::Offline);
        QVERIFY(st.detail.contains(QStringLiteral("连不上")));
        Result<PrintOutcome> out = printer.print(receipt());
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(QStringLiteral("未发送")));
    }

    void timeoutReadReturnsNothing()
    {
        pos::fakes::PrinterOnTheNetwork net;
        TcpTransport transport(QStringLiteral("127.0.0.1"), net.port);
        QVERIFY(transport.open(1000).ok());
        Result<QByteArray> got = transport.read(50); // nothing asked, nothing answered
        QVERIFY(got.ok());
        QVERIFY(got->isEmpty());
        QVERIFY(transport.write(QByteArray("\x10\x04\x01", 3), 1000).ok());
        got = transport.read(2000);
        QVERIFY(got.ok());
        QCOMPARE(got->toHex(), QByteArray("12")); // DLE EOT 1: online
    }
};

QTEST_MAIN(TestTcpTransport)
#include "tst_tcptransport.moc"
