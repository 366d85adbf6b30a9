#pragma once

#include "devices/readerbackedscanner.h"
#include "devices/serial/serialframer.h"
#include "devices/workerthread.h"

#include <QList>

namespace pos::devices {

struct SerialScannerOptions
{
    QString portPath = QStringLiteral("/dev/ttyACM0");
    int baudRate = 9600; ///< USB-COM (CDC-ACM) scanners ignore it; RS-232 ones need it
    SerialFramerOptions framer;
    int reopenRetryMs = 3000; ///< safety-net retry while the port is missing
};

/// What `devices list` shows of one serial port.
struct SerialPortSummary
{
    QString path;        ///< /dev/ttyACM0
    QString description; ///< the USB product string, when the port is USB
    QString usbId;       ///< "1eab:1a03", empty for a built-in port
};

/// A USB-COM / serial scanner (/dev/ttyACM*, /dev/ttyUSB*), read with QSerialPort on a reader
/// thread and framed by SerialFramer. When the port disappears it reports
/// availabilityChanged(false, …) and reopens it when it comes back.
/// Thread: construct, use and destroy on the owner thread; signals arrive there.
class SerialScanner final : public ReaderBackedScanner
{
    Q_OBJECT
public:
    /// Starts reading at once; an unopenable port is reported, not fatal, and retried.
    SerialScanner(const Clock& clock, SerialScannerOptions options, QObject* parent = nullptr);
    ~SerialScanner() override;

    [[nodiscard]] QString deviceName() const override;

    /// The serial ports the system has (QSerialPortInfo).
    [[nodiscard]] static QList<SerialPortSummary> ports();

private:
    SerialScannerOptions m_options;
    WorkerThread m_thread;
};

} // namespace pos::devices
