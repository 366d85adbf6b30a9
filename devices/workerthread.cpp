#include "devices/workerthread.h"

namespace pos::devices {

WorkerThread::WorkerThread(const QString& name)
{
    m_thread.setObjectName(name);
}

WorkerThread::~WorkerThread()
{
    if (m_worker && m_thread.isRunning()) {
        QObject* worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    } else {
        delete m_worker;
    }
    m_thread.quit();
    m_thread.wait();
}

void WorkerThread::start(QObject* worker, std::function<void()> begin)
{
    m_worker = worker;
    worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(worker, std::move(begin), Qt::QueuedConnection);
}

} // namespace pos::devices
