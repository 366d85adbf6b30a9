#pragma once

#include "app/core/ports/receiptprinter.h"
#include "devices/workerthread.h"

#include <QElapsedTimer>

#include <memory>

class QObject;

namespace pos::devices {

/// Runs a printer backend that talks to a real device (ESC/POS over TCP, USB or /dev/usb/lp,
/// CUPS) on its own thread, so a slow or unreachable printer — a job can wait up to its timeout —
/// never freezes the counter. printAsync() returns at once and delivers the outcome on the
/// caller's thread through its event loop. status() never waits: it answers what the device last
/// reported (Unknown before its first answer) and, when that is older than kStatusMaxAgeMs, asks
/// the device again on the worker thread; every job's end refreshes it too. Only print() still
/// waits for the device (callers that cannot go on without the answer). Jobs run one at a time,
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

    /// How old the last reported status may be before status() asks the device again.
    static constexpr qint64 kStatusMaxAgeMs = 2000;

private:
    class Worker;
    /// Asks the device on the worker thread; the answer updates m_status on this thread.
    void refreshStatus();
    QString m_name;
    bool m_simulated = false;
    int m_width = 48;
    PrinterStatus m_status{PrinterState::Unknown, {}}; ///< the last answer (caller's thread)
    QElapsedTimer m_statusAge;                         ///< since m_status was reported
    bool m_refreshing = false;                         ///< a status query is on its way
    std::unique_ptr<QObject> m_home; ///< lives on the caller's thread: answers are delivered to it
    Worker* m_worker = nullptr;      ///< owned by m_thread, lives on it
    WorkerThread m_thread;           ///< declared last: stopped (and the backend gone) first
};

} // namespace pos::devices
