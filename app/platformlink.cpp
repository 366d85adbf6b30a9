#include "app/platformlink.h"

#include "storage/sqluploadqueue.h"
#include "sync/httpsplatformgateway.h"

#include <QCoreApplication>

namespace pos::app {

namespace {
/// Translation context "PlatformLink" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlatformLink)
};
} // namespace

Result<std::unique_ptr<PlatformGateway>> makePlatformGateway(const PlatformSettings& settings,
                                                             const StoreProfile& store,
                                                             const Clock& clock,
                                                             MsgIdSource& msgIds)
{
    if (!settings.enabled)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("未配置医保平台连接：在门店配置的 [platform] 中设置 link=https"));
    Result<std::unique_ptr<sync::HttpsPlatformGateway>> g = sync::HttpsPlatformGateway::create(
        settings.profile, store, clock, [&msgIds](const QDateTime& at) {
            Result<QString> id = msgIds.nextMsgId(at);
            return id ? *id : QString();
        });
    if (!g)
        return g.error();
    return std::unique_ptr<PlatformGateway>(std::move(g).value().release());
}

upload::WorkerFactories uploadWorkerFactories(const PlatformSettings& settings,
                                              const StoreProfile& store,
                                              const QString& databasePath, const Clock& clock,
                                              const RecordSealer* sealer)
{
    upload::WorkerFactories f;
    const int block = settings.msgIdBlock;
    f.queue = [databasePath, store, block, sealer]() -> Result<std::unique_ptr<UploadQueue>> {
        Result<std::unique_ptr<storage::SqlUploadQueue>> q =
            storage::SqlUploadQueue::open(databasePath, store.fixmedinsCode, block, sealer);
        if (!q)
            return q.error();
        return std::unique_ptr<UploadQueue>(std::move(q).value().release());
    };
    f.gateway = [settings, store, &clock](UploadQueue& queue) {
        return makePlatformGateway(settings, store, clock, queue);
    };
    return f;
}

QJsonObject signInInput(const PlatformSettings& settings)
{
    return QJsonObject{{QStringLiteral("signIn"),
                        QJsonObject{{QStringLiteral("opter_no"), settings.policy.opterNo},
                                    {QStringLiteral("mac"), settings.policy.mac},
                                    {QStringLiteral("ip"), settings.policy.ip}}}};
}

} // namespace pos::app
