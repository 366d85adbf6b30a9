#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/ports/uploadqueue.h"
#include "app/core/storeprofile.h"
#include "app/core/upload/uploadworker.h"
#include "app/platformconfig.h"

#include <memory>

namespace pos {
class Clock;
class RecordSealer;
} // namespace pos

namespace pos::app {

/// The HTTPS gateway for `settings` on the calling thread; its msgids come from `msgIds` (the
/// store's sequence). Refused when the link is off.
[[nodiscard]] Result<std::unique_ptr<PlatformGateway>>
makePlatformGateway(const PlatformSettings& settings, const StoreProfile& store, const Clock& clock,
                    MsgIdSource& msgIds);

/// What UploadService::startWorker needs: the worker's own connection to the store's database
/// at `databasePath` and its own gateway, both made in the worker's thread.
/// `sealer` is the store key's (OpenStore::sealer()): the worker's writes are sealed like every
/// other.
[[nodiscard]] upload::WorkerFactories
uploadWorkerFactories(const PlatformSettings& settings, const StoreProfile& store,
                      const QString& databasePath, const Clock& clock, const RecordSealer* sealer);

/// The 9001 input the upload worker, the reconciliation and the catalogue download sign in with.
[[nodiscard]] QJsonObject signInInput(const PlatformSettings& settings);

} // namespace pos::app
