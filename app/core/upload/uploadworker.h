#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/ports/uploadqueue.h"
#include "app/core/upload/uploadengine.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace pos {
class Clock;
}

namespace pos::upload {

/// What the worker's thread needs, made in that thread (a database connection and an HTTPS
/// client belong to the thread that made them).
struct WorkerFactories
{
    std::function<Result<std::unique_ptr<UploadQueue>>()> queue;
    /// The gateway, given the queue (its msgids come from the store's sequence).
    std::function<Result<std::unique_ptr<PlatformGateway>>(UploadQueue&)> gateway;
};

/// The upload worker: lives in its own thread (UploadService moves it there) and drives the
/// UploadEngine — right away after each answer, at the due time of a backoff or a pending record
/// (a single-shot timer, never a sleep), on wake() (a sale was just posted: it reaches the
/// platform at once), and every pollMs while idle for records other processes wrote.
/// Thread: its own; talk to it through queued calls (wake, stop) and its signals.
class UploadWorker : public QObject
{
    Q_OBJECT
public:
    UploadWorker(WorkerFactories factories, const Clock& clock, UploadPolicy policy,
                 QObject* parent = nullptr);
    ~UploadWorker() override;

    /// Creates the queue and gateway (in the worker's thread) and starts working.
    void start();
    /// Looks at the queue now; the link's backoff expires.
    void wake();
    /// Stops: answers still on their way are ignored (their records are resolved at the next
    /// start), the gateway and the queue are released in this thread.
    void stop();

Q_SIGNALS:
    /// The queue changed (a record accepted, rejected, unknown; the link went up or down).
    void changed(const pos::UploadQueueStatus& status);
    void happened(const pos::upload::UploadEvent& event);
    /// The queue is empty (every record sent or set aside for the manager).
    void drained();
    /// The queue or the gateway could not be made (configuration, database).
    void failed(const QString& why);

private:
    void pump();
    void schedule(qint64 ms);

    WorkerFactories m_factories;
    const Clock& m_clock;
    UploadPolicy m_policy;
    std::unique_ptr<UploadQueue> m_queue;
    std::unique_ptr<PlatformGateway> m_gateway;
    std::unique_ptr<UploadEngine> m_engine;
    QTimer* m_timer = nullptr;
    bool m_changed = false;
    QElapsedTimer m_lastChanged; ///< since changed() was last emitted
    static constexpr qint64 kChangedEveryMs = 250;
    bool m_idle = false; ///< drained() was emitted and nothing arrived since
};

} // namespace pos::upload

Q_DECLARE_METATYPE(pos::UploadQueueStatus)
Q_DECLARE_METATYPE(pos::upload::UploadEvent)
