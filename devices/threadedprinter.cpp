#include "devices/threadedprinter.h"

#include <QObject>

namespace pos::devices {

/// Owns the backend on the worker thread.
class ThreadedPrinter::Worker final : public QObject
{
public:
    explicit Worker(std::unique_ptr<ReceiptPrinter> backend)
        : m_backend(std::move(backend))
    {
    }
    ReceiptPrinter& backend() { return *m_backend; }

private:
    std::unique_ptr<ReceiptPrinter> m_backend;
};

ThreadedPrinter::ThreadedPrinter(std::unique_ptr<ReceiptPrinter> backend)
    : m_name(backend->deviceName())
    , m_simulated(backend->isSimulated())
    , m_width(backend->widthColumns())
    , m_home(std::make_unique<QObject>())
    , m_worker(new Worker(std::move(backend)))
    , m_thread(QStringLiteral("printer"))
{
    m_thread.start(m_worker, [] {});
    refreshStatus();
}

ThreadedPrinter::~ThreadedPrinter() = default;

PrinterStatus ThreadedPrinter::status()
{
    if (!m_statusAge.isValid() || m_statusAge.elapsed() > kStatusMaxAgeMs)
        refreshStatus();
    return m_status;
}

void ThreadedPrinter::refreshStatus()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    QObject* home = m_home.get();
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, home] {
            const PrinterStatus s = worker->backend().status();
            // Back on the caller's thread; dropped with `home` if the printer is gone by then.
            QMetaObject::invokeMethod(
                home,
                [this, s] {
                    m_status = s;
                    m_statusAge.start();
                    m_refreshing = false;
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Result<PrintOutcome> ThreadedPrinter::print(const PrintDocument& document)
{
    std::optional<Result<PrintOutcome>> out;
    QMetaObject::invokeMethod(
        m_worker, [this, &out, &document] { out = m_worker->backend().print(document); },
        Qt::BlockingQueuedConnection);
    return std::move(*out);
}

void ThreadedPrinter::printAsync(const PrintDocument& document, PrintDone done)
{
    QObject* home = m_home.get();
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, home, document, done = std::move(done)]() mutable {
            Result<PrintOutcome> outcome = worker->backend().print(document);
            // The job's end is news about the device: the next status() asks it again.
            const PrinterStatus after = worker->backend().status();
            // Back to the caller's thread; dropped if the printer is gone by then.
            QMetaObject::invokeMethod(
                home,
                [this, after, done = std::move(done), outcome = std::move(outcome)]() mutable {
                    m_status = after;
                    m_statusAge.start();
                    done(std::move(outcome));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace pos::devices
