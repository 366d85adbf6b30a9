#pragma once

#include "app/core/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace pos {

/// One national medical-insurance platform transaction (shared/PLATFORM.md §1): the transaction
/// code and its business input; the adapter wraps the envelope (msgid, signature, sign_no…).
struct PlatformRequest
{
    QString infno; ///< "9001", "1101", "3505"…
    QString msgId; ///< 30 chars; the adapter fills it when empty
    QJsonObject input;
};

struct PlatformResponse
{
    int infcode = -1; ///< 0 = success
    QString errMsg;
    QString warnMsg;
    QJsonObject output;
    QString refMsgId;
};

/// Platform gateway port. Asynchronous: `done` runs on the caller's thread exactly once, with a
/// response or with an error when no definite answer came (then the caller decides on 冲正 2601).
class PlatformGateway
{
public:
    virtual ~PlatformGateway() = default;
    using Callback = std::function<void(Result<PlatformResponse>)>;
    virtual void call(const PlatformRequest& request, Callback done) = 0;
    [[nodiscard]] virtual QString gatewayName() const = 0;
    [[nodiscard]] virtual bool isSimulated() const = 0;
};

} // namespace pos
