#pragma once

#include "devices/escpos/printertransport.h"

namespace pos::devices {

/// A USB printer through the kernel's usblp driver (/dev/usb/lp0), opened read-write. Reading
/// back works where the printer has a bulk IN endpoint (usblp then serves read() and poll());
/// on a printer without one, reads time out, so such a printer is configured as one that cannot
/// report. Thread: the owner's.
class LpTransport final : public PrinterTransport
{
public:
    explicit LpTransport(QString devicePath);
    ~LpTransport() override;
    LpTransport(const LpTransport&) = delete;
    LpTransport& operator=(const LpTransport&) = delete;

    [[nodiscard]] QString describe() const override { return m_path; }
    [[nodiscard]] Status open(int timeoutMs) override;
    [[nodiscard]] Status write(const QByteArray& bytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> read(int timeoutMs) override;
    void close() override;

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace pos::devices
