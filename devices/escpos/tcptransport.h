#pragma once

#include "devices/escpos/printertransport.h"

#include <memory>

class QTcpSocket;

namespace pos::devices {

/// A network receipt printer's raw port (JetDirect, usually 9100). The connection is kept open
/// between jobs and remade after an error. Thread: the owner's; uses QTcpSocket's blocking
/// waitFor* calls, so it needs no event loop.
class TcpTransport final : public PrinterTransport
{
public:
    TcpTransport(QString host, quint16 port);
    ~TcpTransport() override;

    [[nodiscard]] QString describe() const override;
    [[nodiscard]] Status open(int timeoutMs) override;
    [[nodiscard]] Status write(const QByteArray& bytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> read(int timeoutMs) override;
    void close() override;

private:
    QString m_host;
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace pos::devices
