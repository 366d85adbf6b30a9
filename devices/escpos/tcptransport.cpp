#include "devices/escpos/tcptransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

namespace pos::devices {

namespace {
/// Translation context "TcpTransport" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TcpTransport)
};
} // namespace

TcpTransport::TcpTransport(QString host, quint16 port)
    : m_host(std::move(host))
    , m_port(port)
{
}

TcpTransport::~TcpTransport() = default;

QString TcpTransport::describe() const
{
    return QStringLiteral("tcp %1:%2").arg(m_host).arg(m_port);
}

Status TcpTransport::open(int timeoutMs)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return {};
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        const QString why = m_socket->errorString();
        m_socket.reset();
        return makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("连不上打印机 %1（%2 ms 内）：%3").arg(describe()).arg(timeoutMs).arg(why));
    }
    return {};
}

Status TcpTransport::write(const QByteArray& bytes, int timeoutMs)
{
    if (!m_socket)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("打印机 %1 未连接").arg(describe()));
    const QDeadlineTimer deadline(timeoutMs);
    if (m_socket->write(bytes) != bytes.size()) {
        const QString why = m_socket->errorString();
        close();
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("向 %1 发送失败：%2").arg(describe(), why));
    }
    while (m_socket->bytesToWrite() > 0) {
        if (deadline.hasExpired()
            || !m_socket->waitForBytesWritten(int(deadline.remainingTime()))) {
            const QString why = m_socket->errorString();
            close();
            return makeError(
                ErrorCode::DeviceFailure,
                Tr::tr("向 %1 发送未完成（%2 ms 内）：%3").arg(describe()).arg(timeoutMs).arg(why));
        }
    }
    return {};
}

Result<QByteArray> TcpTransport::read(int timeoutMs)
{
    if (!m_socket)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("打印机 %1 未连接").arg(describe()));
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs)) {
        if (m_socket->error() == QAbstractSocket::SocketTimeoutError
            && m_socket->state() == QAbstractSocket::ConnectedState)
            return QByteArray(); // nothing came in time
        const QString why = m_socket->errorString();
        close();
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("与 %1 的连接中断：%2").arg(describe(), why));
    }
    return m_socket->readAll();
}

void TcpTransport::close()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
}

} // namespace pos::devices
