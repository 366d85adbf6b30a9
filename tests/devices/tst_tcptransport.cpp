#include "devices/escpos/escposprinter.h"
#include "devices/escpos/tcptransport.h"
#include "tests/devices/fakeescposdevice.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <functional>

using namespace pos;
using namespace pos::devices;

namespace {

/// A network receipt printer on 127.0.0.1, on its own thread: the transport blocks in
/// waitForReadyRead, so the printer must answer from elsewhere. Read `device` only after stop().
class PrinterOnTheNetwork : public QObject
{
public:
    PrinterOnTheNetwork()
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~PrinterOnTheNetwork() override { stop(); }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    /// Changes the printer's condition on its own thread.
    void script(const std::function<void(pos::fakes::FakeEscPosDevice&)>& change)
    {
        QMetaObject::invokeMethod(
            this, [&] { change(device); }, Qt::BlockingQueuedConnection);
    }

    quint16 port = 0;
    pos::fakes::FakeEscPosDevice device;

private:
    void listen()
    {
        m_server = new QTcpServer;
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on 127.0.0.1");
        port = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* s = m_server->nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                device.feed(s->readAll());
                s->write(std::exchange(device.outbox, {}));
            });
        });
    }

    QThread m_thread;
    QTcpServer* m_server = nullptr;
};

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
        PrinterOnTheNetwork net;
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
        PrinterOnTheNetwork net;
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
        PrinterOnTheNetwork net;
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
