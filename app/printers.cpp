#include "app/printers.h"

#include "devices/cups/cupsprinter.h"
#include "devices/escpos/escposprinter.h"
#include "devices/escpos/lptransport.h"
#include "devices/escpos/tcptransport.h"
#include "devices/escpos/usbtransport.h"
#include "devices/simulated/simulatedreceiptprinter.h"
#include "devices/threadedprinter.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace pos::app {

namespace {
/// Translation context "Printers" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Printers)
};

Error badBackend(const QString& value)
{
    return makeError(ErrorCode::Configuration,
                     Tr::tr("打印机“%1”写法不对，可用：simulated、escpos-tcp:主机[:端口]、"
                            "escpos-lp:/dev/usb/lp0、escpos-usb[:VID:PID]、cups:打印机名")
                         .arg(value));
}

std::optional<quint16> hex16(const QString& s)
{
    bool ok = false;
    const uint v = s.toUInt(&ok, 16);
    if (!ok || s.size() > 4 || v == 0)
        return std::nullopt;
    return quint16(v);
}

/// A printer's host: an IPv4 address whose four parts are 0–255 (999.999.999.999 is a typo, not a
/// name), or a host name of letters, digits, - and . (RFC 1123, at most 253 characters).
bool isHost(const QString& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const bool numeric =
        std::all_of(host.cbegin(), host.cend(), [](QChar c) { return c == u'.' || c.isDigit(); });
    const QStringList parts = host.split(u'.');
    if (numeric) {
        return parts.size() == 4 && std::all_of(parts.cbegin(), parts.cend(), [](const QString& p) {
                   bool ok = false;
                   return !p.isEmpty() && p.size() <= 3 && p.toUInt(&ok) <= 255 && ok;
               });
    }
    return std::all_of(parts.cbegin(), parts.cend(), [](const QString& label) {
        return !label.isEmpty() && label.size() <= 63 && !label.startsWith(u'-')
               && !label.endsWith(u'-') && std::all_of(label.cbegin(), label.cend(), [](QChar c) {
                      return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-');
                  });
    });
}
} // namespace

Result<PrinterEndpoint> parsePrinterBackend(const QString& value)
{
    PrinterEndpoint e;
    const qsizetype colon = value.indexOf(u':');
    const QString scheme = value.left(colon < 0 ? value.size() : colon);
    const QString rest = colon < 0 ? QString() : value.mid(colon + 1);
    if (value == u"simulated")
        return e;
    if (scheme == u"escpos-tcp" && !rest.isEmpty()) {
        e.kind = PrinterEndpoint::Kind::EscPosTcp;
        const qsizetype portAt = rest.lastIndexOf(u':');
        e.host = portAt < 0 ? rest : rest.left(portAt);
        if (portAt >= 0) {
            bool ok = false;
            const uint port = rest.mid(portAt + 1).toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return badBackend(value);
            e.port = quint16(port);
        }
        if (!isHost(e.host))
            return badBackend(value);
        return e;
    }
    if (scheme == u"escpos-lp" && rest.startsWith(u'/')) {
        e.kind = PrinterEndpoint::Kind::EscPosLp;
        e.devicePath = rest;
        return e;
    }
    if (scheme == u"escpos-usb") {
        e.kind = PrinterEndpoint::Kind::EscPosUsb;
        if (rest.isEmpty())
            return e;
        const QStringList ids = rest.split(u':');
        const std::optional<quint16> vid = ids.size() == 2 ? hex16(ids[0]) : std::nullopt;
        const std::optional<quint16> pid = ids.size() == 2 ? hex16(ids[1]) : std::nullopt;
        if (!vid || !pid)
            return badBackend(value);
        e.vendorId = *vid;
        e.productId = *pid;
        return e;
    }
    if (scheme == u"cups" && !rest.trimmed().isEmpty()) {
        e.kind = PrinterEndpoint::Kind::Cups;
        e.cupsName = rest.trimmed();
        return e;
    }
    return badBackend(value);
}

Result<std::unique_ptr<ReceiptPrinter>> makePrinter(const PrinterSettings& settings,
                                                    const QString& outputDir, const Clock& clock)
{
    Result<PrinterEndpoint> parsed = parsePrinterBackend(settings.backend);
    if (!parsed)
        return parsed.error();
    const PrinterEndpoint& e = *parsed;

    std::unique_ptr<devices::PrinterTransport> transport;
    switch (e.kind) {
    case PrinterEndpoint::Kind::Simulated: {
        auto sim = std::make_unique<devices::SimulatedReceiptPrinter>(outputDir, clock,
                                                                      settings.widthColumns);
        sim->setReportsStatus(settings.reportsStatus);
        return std::unique_ptr<ReceiptPrinter>(std::move(sim));
    }
    case PrinterEndpoint::Kind::Cups:
        // Real devices work on their own thread: a slow printer never freezes the counter.
        return std::unique_ptr<ReceiptPrinter>(std::make_unique<devices::ThreadedPrinter>(
            std::make_unique<devices::CupsPrinter>(e.cupsName, settings.widthColumns)));
    case PrinterEndpoint::Kind::EscPosTcp:
        transport = std::make_unique<devices::TcpTransport>(e.host, e.port);
        break;
    case PrinterEndpoint::Kind::EscPosLp:
        transport = std::make_unique<devices::LpTransport>(e.devicePath);
        break;
    case PrinterEndpoint::Kind::EscPosUsb:
        transport = std::make_unique<devices::UsbTransport>(e.vendorId, e.productId);
        break;
    }
    devices::EscPosPrinterOptions o;
    o.encoding.widthColumns = settings.widthColumns;
    o.encoding.textMode =
        settings.rasterText ? devices::EscPosTextMode::Raster : devices::EscPosTextMode::Gb18030;
    o.reportsStatus = settings.reportsStatus;
    o.barrier = settings.processIdBarrier ? devices::escpos::Barrier::ProcessId
                                          : devices::escpos::Barrier::PaperSensor;
    o.jobTimeoutMs = settings.jobTimeoutMs;
    return std::unique_ptr<ReceiptPrinter>(std::make_unique<devices::ThreadedPrinter>(
        std::make_unique<devices::EscPosPrinter>(std::move(transport), o)));
}

} // namespace pos::app
