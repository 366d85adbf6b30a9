#pragma once

#include "app/core/ports/receiptprinter.h"
#include "devices/workerthread.h"

#include <memory>

class QObject;

namespace pos::devices {

/// Runs a printer backend that talks to a real device (ESC/POS over TCP, USB or /dev/usb/lp,
/// CUPS) on its own thread, so a slow or unreachable printer — a job can wait up to its timeout —
/// never freezes the counter. printAsync() returns at once and delivers the outcome on the
/// caller's thread through its event loop; print() and status() still wait for the device (the
/// receipt after a cash sale needs its answer before the sale completes). Jobs run one at a time,
/// in order; nothing is retried. The backend is used only on the worker thread from construction on
/// and destroyed there; a job still running when this object is destroyed is waited for.
/// Thread: construct, call and destroy on one thread that runs an event loop (the GUI thread).
class ThreadedPrinter final : public ReceiptPrinter
{
public:
    explicit ThreadedPrinter(std::unique_ptr<ReceiptPrinter> backend);
    ~ThreadedPrinter() override;

    [[nodiscard]] QString deviceName() const override { return m_name; }
    [[nodiscard]] bool isSimulated() const override { return m_simulated; }
    [[nodiscard]] int widthColumns() const override { return m_width; }
    [[nodiscard]] PrinterStatus status() override;
    [[nodiscard]] Result<PrintOutcome> print(const PrintDocument& document) override;
    void printAsync(const PrintDocument& document, PrintDone done) override;

private:
    class Worker;
    QString m_name;
    bool m_simulated = false;
    int m_width = 48;
    std::unique_ptr<QObject> m_home; ///< lives on the caller's thread: answers are delivered to it
    Worker* m_worker = nullptr;      ///< owned by m_thread, lives on it
    WorkerThread m_thread;           ///< declared last: stopped (and the backend gone) first
};

} // namespace pos::devices
