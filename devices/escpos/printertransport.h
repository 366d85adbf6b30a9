#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QString>

namespace pos::devices {

/// The wire to a printer: bytes out, bytes back, each with a timeout. Knows nothing of ESC/POS.
/// Implementations: TCP port 9100, /dev/usb/lp*, USB printer class over libusb; tests use a
/// scripted fake. Thread: one thread at a time (the printer's owner); calls block up to their
/// timeout.
class PrinterTransport
{
public:
    virtual ~PrinterTransport() = default;

    /// Where it leads, for the device name and messages: "tcp 192.168.1.50:9100", "/dev/usb/lp0".
    [[nodiscard]] virtual QString describe() const = 0;
    /// Connects or opens if not yet done. Sends nothing.
    [[nodiscard]] virtual Status open(int timeoutMs) = 0;
    /// Sends all of `bytes`. On an error some of them may have gone out.
    [[nodiscard]] virtual Status write(const QByteArray& bytes, int timeoutMs) = 0;
    /// Waits up to `timeoutMs` for bytes from the printer and returns those that came (none when
    /// the time ran out). An error means the link itself failed.
    [[nodiscard]] virtual Result<QByteArray> read(int timeoutMs) = 0;
    /// Drops the connection; the next open() makes a new one.
    virtual void close() = 0;
};

} // namespace pos::devices
