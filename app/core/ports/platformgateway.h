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
    /// The insured person's region (from 1101) for settlement calls; empty for uploads.
    QString insuplcAdmdvs = {};
    /// The acting staff member (code, name) when the call is theirs; empty: the profile's.
    QString opter = {};
    QString opterName = {};
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
/// A response is definite whatever its infcode: infcode ≠ 0 means the platform refused and did
/// not process the request. An error means nobody knows whether it was processed: a timeout, a
/// dropped connection, an HTTP error status, a malformed or unverifiable answer, an answer to a
/// different msgid. Implementations never resend a request by themselves.
class PlatformGateway
{
public:
    virtual ~PlatformGateway() = default;
    using Callback = std::function<void(Result<PlatformResponse>)>;
    virtual void call(const PlatformRequest& request, Callback done) = 0;
    /// Runs when the platform's answer is in and says it processed the request (infcode 0), but
    /// before the answer has been checked (decryption, the platform's signature); `done` follows
    /// and still decides — a check that fails makes it an error (no definite answer).
    using Arrived = std::function<void()>;
    /// As call(), and `arrived` (on the caller's thread, at most once, before `done`) lets the
    /// caller send its next request while this answer is being checked: the platform finished
    /// with this request before it answered, so the next one still reaches it in order. The
    /// caller may call() again from inside `arrived`. The default never runs `arrived`.
    virtual void callOverlapped(const PlatformRequest& request, Callback done, Arrived arrived)
    {
        (void)arrived;
        call(request, std::move(done));
    }
    /// Optional: do the expensive part of `request` (signing, encryption) now, while another
    /// call is on its way, so that call() with the same msgid and input sends at once. Sends
    /// nothing. The default does nothing.
    virtual void prepare(const PlatformRequest& request) { (void)request; }
    [[nodiscard]] virtual QString gatewayName() const = 0;
    [[nodiscard]] virtual bool isSimulated() const = 0;
};

} // namespace pos
