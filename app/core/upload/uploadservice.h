#pragma once

#include "app/core/ports/insurancecatalogrepository.h"
#include "app/core/ports/uploadqueue.h"
#include "app/core/upload/reconciliation.h"
#include "app/core/upload/uploadworker.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace pos {
class AccessControl;
class Clock;
} // namespace pos

namespace pos::upload {

/// The platform link as the manager's screen, the counter's status bar and `pharmapos sync` see
/// it: the queue's state in words, the manager's actions on a record (retry, correct and resend,
/// withdraw — AdjustStock, audited, the rule enforced here whatever the screen shows), and the
/// worker thread. Thread: GUI/main thread; `queue` is this thread's connection.
class UploadService : public QObject
{
    Q_OBJECT
public:
    /// How the link looks at a glance.
    enum class LinkLevel
    {
        Ok = 1,    ///< sending works, nothing waits for the manager
        Attention, ///< records refused by the platform or not yet verified
        Down,      ///< the platform cannot be reached
    };

    UploadService(UploadQueue& queue, AccessControl& access, const Clock& clock,
                  QObject* parent = nullptr);
    ~UploadService() override;

    /// Starts the worker in its own thread (nothing happens when one runs).
    void startWorker(WorkerFactories factories, UploadPolicy policy);
    void stopWorker();
    [[nodiscard]] bool workerRunning() const { return m_worker != nullptr; }
    /// Sends now: a sale was posted, or the manager pressed 立即上传.
    void runNow();

    [[nodiscard]] UploadQueueStatus status() const;
    /// Rejected and unverified records, oldest first.
    [[nodiscard]] QList<UploadRecord> problems(int limit = 200) const;
    [[nodiscard]] QList<UploadRecord> waiting(int limit = 200) const;
    [[nodiscard]] std::optional<UploadRecord> record(qint64 id) const;

    /// Sends a rejected or waiting record again at once; an unverified one is verified first.
    [[nodiscard]] Status retry(qint64 id);
    /// Replaces a rejected record's content (the original is kept) and queues it again.
    [[nodiscard]] Status correct(qint64 id, const QJsonObject& payload);
    /// Withdraws a rejected record, or queues the 3507 that deletes an accepted one from the
    /// platform. Returns the 3507's record id (0: none was needed).
    [[nodiscard]] Result<qint64> withdraw(qint64 id, const QString& reason);

    /// How this thread reaches the platform for the manager's queries (reconciliation, the
    /// catalogue), and what it signs in with. Without it those are refused.
    using GatewayFactory =
        std::function<Result<std::unique_ptr<PlatformGateway>>(UploadQueue& msgIds)>;
    void setGatewayFactory(GatewayFactory factory, QJsonObject signIn)
    {
        m_gatewayFactory = std::move(factory);
        m_signIn = std::move(signIn);
    }
    /// Reconciliation with the platform for [from, to] (ExportLedger; audited). `done` runs once.
    void reconcile(const QDate& from, const QDate& to,
                   std::function<void(Result<ReconReport>)> done);
    /// Downloads the 医保目录 into `catalog` (ConfigureStore; audited). `done` runs once.
    void downloadCatalog(InsuranceCatalogRepository& catalog, const Clock& clock, bool full,
                         std::function<void(Result<CatalogInfo>)> done);

    /// "平台连接中断 12 分钟，待上传 37 条", "平台连接正常：全部已上传（最近 09:31）"…
    [[nodiscard]] static QString linkSummary(const UploadQueueStatus& s, const QDateTime& now);
    [[nodiscard]] static LinkLevel linkLevel(const UploadQueueStatus& s);

Q_SIGNALS:
    /// The queue or the link changed.
    void changed();
    void happened(const pos::upload::UploadEvent& event);
    /// The worker could not start (configuration, database): why.
    void workerFailed(const QString& why);

private:
    [[nodiscard]] Status requireManager(qint64 id);

    UploadQueue& m_queue;
    AccessControl& m_access;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    QPointer<UploadWorker> m_worker;
    GatewayFactory m_gatewayFactory;
    QJsonObject m_signIn;
};

} // namespace pos::upload
