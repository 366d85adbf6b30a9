#pragma once

#include "app/core/ports/device.h"
#include "app/core/printdocument.h"
#include "app/core/result.h"

#include <functional>

namespace pos {

/// What a printer reports about itself. No value means "fine" by default: Ready must be stated.
enum class PrinterState
{
    Ready = 1,
    PaperOut,
    PaperNearEnd,
    CoverOpen,
    Offline,
    Failed,
    /// Not heard from yet: a printer on its own thread has not answered its first status query.
    /// A job is still handed over — the backend checks the device before printing.
    Unknown,
};

struct PrinterStatus
{
    PrinterState state = PrinterState::Offline;
    QString detail; ///< the device's own words, for support

    [[nodiscard]] bool canPrint() const
    {
        return state == PrinterState::Ready || state == PrinterState::PaperNearEnd;
    }
    /// Worth handing a job over: it can print, or nothing is known yet (the backend decides).
    [[nodiscard]] bool mayTry() const { return canPrint() || state == PrinterState::Unknown; }
};

[[nodiscard]] QString toDisplayString(PrinterState s);

/// How the printer proved the job came out (RX-PRINT-GATE: a device confirmation, not a click).
enum class PrintConfirmation
{
    /// The device itself confirmed: ESC/POS status before and after the job plus an in-order
    /// barrier (GS ( H / GS r), or the simulated printer's own record of the finished page.
    DeviceConfirmed = 1,
    /// The printer cannot report (CUPS, /dev/usb/lp without back-channel): the job was handed
    /// over, and only scanning back the printed one-time code confirms it.
    NeedsScanBack,
};

/// What came out: the job's identity and, for printers that render (the simulated one, PDF), the
/// file that holds the output.
struct PrintOutcome
{
    QString jobId;
    QString outputPath;
    PrintConfirmation confirmation = PrintConfirmation::NeedsScanBack;
    QString
        detail; ///< the device's own words about the job (status bytes, CUPS job id), for support
};

/// Receipt/prescription printer port. print() returns once the device has accepted (or refused)
/// the whole job; it never retries by itself, so a job is never printed twice by accident.
/// status() never waits for a device: it is what the printer last reported (a backend on its own
/// thread asks the device there and answers from what it heard; Unknown until the first answer),
/// so the counter can ask it on the GUI thread at any time.
/// Thread: called on the owner's thread.
class ReceiptPrinter : public DeviceIdentity
{
public:
    using PrintDone = std::function<void(Result<PrintOutcome>)>;

    [[nodiscard]] virtual PrinterStatus status() = 0;
    [[nodiscard]] virtual Result<PrintOutcome> print(const PrintDocument& document) = 0;
    /// The same job without holding the caller up: `done` runs exactly once, on the caller's
    /// thread — possibly before printAsync() returns. The default prints synchronously; a backend
    /// that talks to a real device on a worker thread (ThreadedPrinter) returns at once and
    /// delivers the outcome later through the caller's event loop.
    virtual void printAsync(const PrintDocument& document, PrintDone done)
    {
        done(print(document));
    }
    /// 48 on 80 mm paper, 32 on 58 mm.
    [[nodiscard]] virtual int widthColumns() const = 0;
};

} // namespace pos
