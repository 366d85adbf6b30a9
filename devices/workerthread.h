#pragma once

#include <QThread>

#include <functional>

namespace pos::devices {

/// One reader thread with an event loop, running one worker object. start() moves the worker to
/// the thread and calls `begin` there (so the worker's notifiers, timers and ports are created on
/// it); the destructor deletes the worker on that thread, then quits the loop and waits.
class WorkerThread
{
public:
    explicit WorkerThread(const QString& name);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    /// Takes ownership of `worker` (which must have no parent).
    void start(QObject* worker, std::function<void()> begin);

private:
    QThread m_thread;
    QObject* m_worker = nullptr;
};

} // namespace pos::devices
