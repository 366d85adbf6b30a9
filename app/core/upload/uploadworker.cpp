#include "app/core/upload/uploadworker.h"

#include "app/core/logging.h"
#include "app/core/ports/clock.h"

#include <QTimer>

namespace pos::upload {

UploadWorker::UploadWorker(WorkerFactories factories, const Clock& clock, UploadPolicy policy,
                           QObject* parent)
    : QObject(parent)
    , m_factories(std::move(factories))
    , m_clock(clock)
    , m_policy(std::move(policy))
{
    qRegisterMetaType<pos::UploadQueueStatus>();
    qRegisterMetaType<pos::upload::UploadEvent>();
}

UploadWorker::~UploadWorker()
{
    stop();
}

void UploadWorker::start()
{
    if (m_engine)
        return;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &UploadWorker::pump);
    }
    Result<std::unique_ptr<UploadQueue>> queue = m_factories.queue();
    if (!queue) {
        Q_EMIT failed(queue.error().message);
        return;
    }
    m_queue = std::move(queue).value();
    Result<std::unique_ptr<PlatformGateway>> gateway = m_factories.gateway(*m_queue);
    if (!gateway) {
        m_queue.reset();
        Q_EMIT failed(gateway.error().message);
        return;
    }
    m_gateway = std::move(gateway).value();
    m_engine = std::make_unique<UploadEngine>(*m_queue, *m_gateway, m_clock, m_policy);
    // Never re-entered from inside a call: the next step runs from the event loop.
    m_engine->setOnSettled([this] {
        m_changed = true;
        schedule(0);
    });
    m_engine->setObserver([this](const UploadEvent& e) { Q_EMIT happened(e); });
    Q_EMIT changed(m_queue->status());
    schedule(0);
}

void UploadWorker::wake()
{
    if (!m_engine)
        return;
    m_engine->wake();
    schedule(0);
}

void UploadWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_engine) {
        m_engine->releasePrepared();
        m_engine->detach();
    }
    m_gateway.reset(); // answers still on their way reach a detached engine
    m_engine.reset();
    m_queue.reset();
}

void UploadWorker::schedule(qint64 ms)
{
    if (!m_timer)
        return;
    const qint64 clamped = qBound<qint64>(0, ms, 24LL * 3600 * 1000);
    if (m_timer->isActive() && m_timer->remainingTime() <= clamped)
        return;
    m_timer->start(static_cast<int>(clamped));
}

void UploadWorker::pump()
{
    if (!m_engine)
        return;
    // A synchronous gateway answers inside step(): keep stepping, but hand control back to the
    // event loop now and then so stop() and wake() are heard.
    for (int i = 0; i < 64; ++i) {
        const UploadEngine::Step s = m_engine->step();
        if (s == UploadEngine::Step::Worked) {
            m_changed = true;
            m_idle = false;
            continue;
        }
        if (s != UploadEngine::Step::Idle)
            m_idle = false;
        // While a backlog drains the screens hear of it a few times a second, not per record;
        // whenever the worker comes to rest, at once.
        if (m_changed
            && (s != UploadEngine::Step::Busy || !m_lastChanged.isValid()
                || m_lastChanged.elapsed() >= kChangedEveryMs)) {
            m_changed = false;
            m_lastChanged.start();
            Q_EMIT changed(m_queue->status());
        }
        switch (s) {
        case UploadEngine::Step::Worked: break;
        case UploadEngine::Step::Busy:
            // After the request has been written (the client's own queued write comes first):
            // the next record is prepared while this one is on its way.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_engine)
                        m_engine->prepareNext();
                },
                Qt::QueuedConnection);
            return; // onSettled schedules the next step
        case UploadEngine::Step::Idle:
            if (!m_idle) {
                m_idle = true;
                Q_EMIT drained();
            }
            schedule(m_policy.pollMs);
            return;
        case UploadEngine::Step::Waiting:
            schedule(qMax<qint64>(0, m_clock.now().msecsTo(m_engine->nextDue())));
            return;
        case UploadEngine::Step::Failed:
            qCWarning(lcCore) << "upload worker:" << m_engine->lastError();
            schedule(m_policy.retryMinMs);
            return;
        }
    }
    schedule(0);
}

} // namespace pos::upload
