#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/storeprofile.h"

#include <QDateTime>
#include <QJsonObject>

namespace pos::sync {

/// Builds and reads the national platform's JSON envelope (shared/PLATFORM.md §1).
class Envelope
{
public:
    /// msgid: fixmedins_code (12) + yyyyMMddHHmmss + 4-digit sequence = 30 characters.
    [[nodiscard]] static QString makeMsgId(const QString& fixmedinsCode, const QDateTime& time,
                                           int sequence);
    /// The request body for `request`, sent by operator `opter` at `time`.
    [[nodiscard]] static QJsonObject wrap(const PlatformRequest& request, const StoreProfile& store,
                                          const QString& opter, const QString& opterName,
                                          const QString& signNo, const QDateTime& time);
    /// Reads a response body; `infcode` may arrive as a number or a string.
    [[nodiscard]] static Result<PlatformResponse> unwrap(const QJsonObject& body);
};

} // namespace pos::sync
