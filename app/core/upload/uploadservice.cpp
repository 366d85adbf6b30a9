#include "app/core/upload/uploadservice.h"

#include "app/core/insurance/insurancecatalog.h"
#include "app/core/ports/clock.h"
#include "app/core/staff/session.h"
#include "app/core/upload/platformrecords.h"

#include <QCoreApplication>
#include <QThread>

namespace pos::upload {

namespace {
/// Translation context "UploadService" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UploadService)
};

/// An act that happened but that the audit trail could not take: the manager is told both.
Status doneButUnaudited(const Status& audited, const QString& what)
{
    if (audited)
        return {};
    return makeError(audited.error().code,
                     Tr::tr("%1，但未能写入审计日志：%2").arg(what, audited.error().message));
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("%1 秒").arg(seconds);
    if (seconds < 3600)
        return Tr::tr("%1 分钟").arg(seconds / 60);
    if (seconds < 86400)
        return Tr::tr("%1 小时 %2 分钟").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return Tr::tr("%1 天 %2 小时").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}
} // namespace

UploadService::UploadService(UploadQueue& queue, AccessControl& access, const Clock& clock,
                             QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_access(access)
    , m_clock(clock)
{
}

UploadService::~UploadService()
{
    stopWorker();
}

void UploadService::startWorker(WorkerFactories factories, UploadPolicy policy)
{
    if (m_worker)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("upload-worker"));
    auto* worker = new UploadWorker(std::move(factories), m_clock, std::move(policy));
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &UploadWorker::start);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &UploadWorker::changed, this,
            [this](const UploadQueueStatus&) { Q_EMIT changed(); });
    connect(worker, &UploadWorker::happened, this, &UploadService::happened);
    connect(worker, &UploadWorker::failed, this, &UploadService::workerFailed);
    m_worker = worker;
    m_thread->start();
}

void UploadService::stopWorker()
{
    if (!m_thread)
        return;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &UploadWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker.clear();
}

void UploadService::runNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &UploadWorker::wake, Qt::QueuedConnection);
}

UploadQueueStatus UploadService::status() const
{
    return m_queue.status();
}

QList<UploadRecord> UploadService::problems(int limit) const
{
    return m_queue.records({UploadState::Rejected, UploadState::Unknown}, limit);
}

QList<UploadRecord> UploadService::waiting(int limit) const
{
    return m_queue.records({UploadState::Pending, UploadState::Sending}, limit);
}

std::optional<UploadRecord> UploadService::record(qint64 id) const
{
    return m_queue.record(id);
}

Status UploadService::requireManager(qint64 id)
{
    // Changing what reaches the platform's 进销存 is the store manager's act (STAFF-ROLES).
    return m_access.require(Permission::AdjustStock, QStringLiteral("upload:%1").arg(id));
}

Status UploadService::retry(qint64 id)
{
    if (Status s = requireManager(id); !s)
        return s;
    std::optional<UploadRecord> r = m_queue.record(id);
    if (!r)
        return makeError(ErrorCode::NotFound, Tr::tr("上传记录 %1 不存在").arg(id));
    const QDateTime now = m_clock.now();
    Status done;
    switch (r->state) {
    case UploadState::Rejected:
    case UploadState::Pending:
        done = m_queue.markPending(id, now, Tr::tr("店长要求重新上传"), now);
        break;
    case UploadState::Unknown:
    case UploadState::Sending:
        // It may have arrived: the platform is asked first, now, never sent blindly.
        done = m_queue.markUnknown(id, Tr::tr("店长要求立即核实"), now, now);
        break;
    case UploadState::Accepted:
    case UploadState::Withdrawn:
        return makeError(ErrorCode::WrongState,
                         Tr::tr("记录 %1 %2，无需重传").arg(id).arg(toDisplayString(r->state)));
    }
    if (!done)
        return done;
    const Status audited =
        m_access.recordAction(AuditAction::UploadRetried, QStringLiteral("upload:%1").arg(id),
                              Tr::tr("%1 %2").arg(r->infno, r->docRef));
    runNow();
    Q_EMIT changed();
    return doneButUnaudited(audited, Tr::tr("记录 %1 已重新排队").arg(id));
}

Status UploadService::correct(qint64 id, const QJsonObject& payload)
{
    if (Status s = requireManager(id); !s)
        return s;
    std::optional<UploadRecord> r = m_queue.record(id);
    if (!r)
        return makeError(ErrorCode::NotFound, Tr::tr("上传记录 %1 不存在").arg(id));
    if (r->state != UploadState::Rejected)
        return makeError(ErrorCode::WrongState, Tr::tr("只有被平台拒绝的记录可以更正（记录 %1 %2）")
                                                    .arg(id)
                                                    .arg(toDisplayString(r->state)));
    // The correction must still be the same kind of record, with the node the platform reads.
    const RecordSpec* spec = recordSpec(r->infno);
    if (spec && !payload.value(QLatin1String(spec->node)).isObject())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("更正后的记录缺少节点 %1").arg(QLatin1String(spec->node)));
    if (Status s = m_queue.correct(id, payload, m_clock.now()); !s)
        return s;
    const Status audited = m_access.recordAction(
        AuditAction::UploadCorrected, QStringLiteral("upload:%1").arg(id),
        Tr::tr("%1 %2，平台原因：%3").arg(r->infno, r->docRef, r->platformMessage));
    runNow();
    Q_EMIT changed();
    return doneButUnaudited(audited, Tr::tr("记录 %1 已更正并重新排队").arg(id));
}

Result<qint64> UploadService::withdraw(qint64 id, const QString& reason)
{
    if (Status s = requireManager(id); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("撤回需要填写原因"));
    std::optional<UploadRecord> r = m_queue.record(id);
    if (!r)
        return makeError(ErrorCode::NotFound, Tr::tr("上传记录 %1 不存在").arg(id));
    Result<qint64> done = m_queue.withdraw(id, withdrawal3507(r->infno, r->payload),
                                           Tr::tr("店长撤回：%1").arg(reason), m_clock.now());
    if (!done)
        return done;
    const Status audited = m_access.recordAction(
        AuditAction::UploadWithdrawn, QStringLiteral("upload:%1").arg(id),
        *done == 0 ? Tr::tr("%1 %2 撤回（平台未收录）：%3").arg(r->infno, r->docRef, reason)
                   : Tr::tr("%1 %2 撤回，3507 记录 %3：%4")
                         .arg(r->infno, r->docRef)
                         .arg(*done)
                         .arg(reason));
    runNow();
    Q_EMIT changed();
    if (Status s = doneButUnaudited(audited, Tr::tr("记录 %1 已撤回").arg(id)); !s)
        return s.error();
    return done;
}

void UploadService::reconcile(const QDate& from, const QDate& to,
                              std::function<void(Result<ReconReport>)> done)
{
    if (Status s = m_access.require(Permission::ExportLedger, Tr::tr("平台对账")); !s) {
        done(s.error());
        return;
    }
    if (from > to || !from.isValid()) {
        done(makeError(ErrorCode::InvalidInput, Tr::tr("对账期间无效：起始日期晚于结束日期")));
        return;
    }
    if (!m_gatewayFactory) {
        done(makeError(ErrorCode::Configuration, Tr::tr("未配置医保平台连接，无法对账")));
        return;
    }
    Result<std::unique_ptr<PlatformGateway>> made = m_gatewayFactory(m_queue);
    if (!made) {
        done(made.error());
        return;
    }
    // The gateway and the run live until the answer: shared by the callback that ends them.
    std::shared_ptr<PlatformGateway> gateway(std::move(made).value());
    auto run = std::make_shared<Reconciliation>(m_queue, *gateway, m_signIn);
    QPointer<UploadService> self(this);
    run->run(from, to, [self, gateway, run, done, from, to](Result<ReconReport> report) mutable {
        if (self)
            if (Status audited = self->m_access.recordAction(
                    AuditAction::PlatformReconciled,
                    Tr::tr("%1 至 %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                    report ? report->summary() : report.error().message);
                !audited && report)
                report = doneButUnaudited(audited, Tr::tr("对账已完成")).error();
        done(std::move(report));
        // Released from the event loop, not from inside the gateway's own callback.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [gateway, run] {}, Qt::QueuedConnection);
    });
}

void UploadService::downloadCatalog(InsuranceCatalogRepository& catalog, const Clock& clock,
                                    bool full, std::function<void(Result<CatalogInfo>)> done)
{
    if (Status s = m_access.require(Permission::ConfigureStore, Tr::tr("下载医保目录")); !s) {
        done(s.error());
        return;
    }
    if (!m_gatewayFactory) {
        done(makeError(ErrorCode::Configuration, Tr::tr("未配置医保平台连接，无法下载医保目录")));
        return;
    }
    Result<std::unique_ptr<PlatformGateway>> made = m_gatewayFactory(m_queue);
    if (!made) {
        done(made.error());
        return;
    }
    std::shared_ptr<PlatformGateway> gateway(std::move(made).value());
    auto downloader = std::make_shared<CatalogDownloader>(*gateway, catalog, clock, m_signIn);
    QPointer<UploadService> self(this);
    downloader->download(full, [self, gateway, downloader, done](Result<CatalogInfo> info) mutable {
        if (self)
            if (Status audited = self->m_access.recordAction(
                    AuditAction::InsuranceCatalogDownloaded, Tr::tr("医保目录"),
                    info
                        ? Tr::tr("%1 条目录，%2 条支付标准").arg(info->entries).arg(info->standards)
                        : info.error().message);
                !audited && info)
                info = doneButUnaudited(audited, Tr::tr("医保目录已下载")).error();
        done(std::move(info));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [gateway, downloader] {}, Qt::QueuedConnection);
    });
}

UploadService::LinkLevel UploadService::linkLevel(const UploadQueueStatus& s)
{
    if (s.linkDownSince.isValid())
        return LinkLevel::Down;
    if (s.rejected > 0 || s.unknown > 0)
        return LinkLevel::Attention;
    return LinkLevel::Ok;
}

QString UploadService::linkSummary(const UploadQueueStatus& s, const QDateTime& now)
{
    QString text;
    if (s.linkDownSince.isValid())
        text = Tr::tr("平台连接中断 %1，待上传 %2 条")
                   .arg(duration(qMax<qint64>(0, s.linkDownSince.secsTo(now))))
                   .arg(s.waiting());
    else if (s.waiting() > 0)
        text = Tr::tr("平台连接正常，待上传 %1 条").arg(s.waiting());
    else if (s.lastSuccess.isValid())
        text = Tr::tr("平台连接正常：全部已上传（最近 %1）")
                   .arg(s.lastSuccess.toString(QStringLiteral("MM-dd HH:mm:ss")));
    else
        text = Tr::tr("尚未连接平台：待上传 0 条");
    if (s.rejected > 0)
        text += Tr::tr("；%1 条被平台拒绝，待店长处理").arg(s.rejected);
    if (s.unknown > 0)
        text += Tr::tr("；%1 条结果待核实").arg(s.unknown);
    return text;
}

} // namespace pos::upload
