#pragma once

#include "app/core/ports/platformgateway.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace pos::upload {

/// Asks a paged platform query (3508–3513, 1312, 1318: input data{…, page_num, page_size},
/// output {data[], recordCounts, pages}) for every page, one after the other, and hands over all
/// rows, or the first error (a refusal is an error here too). Signs in (9001) first with
/// `signIn` unless it is empty (the gateway already holds a sign_no). `done` runs exactly once,
/// on the gateway's thread.
void fetchAllPages(PlatformGateway& gateway, const QString& infno, const QJsonObject& filter,
                   const QJsonObject& signIn, int pageSize,
                   std::function<void(Result<QJsonArray>)> done);

/// 9001 sign-in; `done` gets the refusal or the lack of an answer as an error.
void signIn(PlatformGateway& gateway, const QJsonObject& signIn, std::function<void(Status)> done);

} // namespace pos::upload
