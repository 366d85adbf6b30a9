#pragma once

#include "tests/devices/fakeescposdevice.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>

namespace pos::fakes {

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
    void script(const std::function<void(FakeEscPosDevice&)>& change)
    {
        QMetaObject::invokeMethod(
            this, [&] { change(device); }, Qt::BlockingQueuedConnection);
    }

    quint16 port = 0;
    FakeEscPosDevice device;

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

} // namespace pos::fakes
