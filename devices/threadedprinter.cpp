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
}

ThreadedPrinter::~ThreadedPrinter() = default;

PrinterStatus ThreadedPrinter::status()
{
    PrinterStatus s;
    QMetaObject::invokeMethod(
        m_worker, [this, &s] { s = m_worker->backend().status(); }, Qt::BlockingQueuedConnection);
    return s;
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
        [worker, home, document, done = std::move(done)]() mutable {
            Result<PrintOutcome> outcome = worker->backend().print(document);
            // Back to the caller's thread; dropped if the printer is gone by then.
            QMetaObject::invokeMethod(
                home,
                [done = std::move(done), outcome = std::move(outcome)]() mutable {
                    done(std::move(outcome));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace pos::devices
