#pragma once

#include "app/appconfig.h"
#include "app/core/result.h"

#include <memory>

namespace pos {
class Clock;
class ReceiptPrinter;
} // namespace pos

namespace pos::app {

/// Where a configured printer is, parsed from its [devices] value.
struct PrinterEndpoint
{
    enum class Kind
    {
        Simulated = 1,
        EscPosTcp,
        EscPosLp,
        EscPosUsb,
        Cups
    };
    Kind kind = Kind::Simulated;
    QString host;         ///< escpos-tcp
    quint16 port = 9100;  ///< escpos-tcp
    QString devicePath;   ///< escpos-lp
    quint16 vendorId = 0; ///< escpos-usb; 0 = the first USB printer
    quint16 productId = 0;
    QString cupsName; ///< cups
};

/// "simulated", "escpos-tcp:HOST[:PORT]", "escpos-lp:/dev/usb/lp0", "escpos-usb[:VID:PID]" (hex),
/// "cups:NAME". A bad value is an error that says what is allowed.
[[nodiscard]] Result<PrinterEndpoint> parsePrinterBackend(const QString& value);

/// The printer `settings` describe; simulated ones render into `outputDir`. Nothing is opened
/// yet: a printer that is switched off shows as offline, it does not stop the counter starting.
[[nodiscard]] Result<std::unique_ptr<ReceiptPrinter>>
makePrinter(const PrinterSettings& settings, const QString& outputDir, const Clock& clock);

} // namespace pos::app
