#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/storeprofile.h"
#include "sync/envelope.h"
#include "sync/envelopecrypto.h"
#include "sync/httpsclient.h"
#include "sync/platformprofile.h"

#include <QDateTime>
#include <QObject>
#include <QRegularExpression>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace pos {
class Clock;
}

namespace pos::sync {

/// The real transport behind PlatformGateway: JSON over HTTPS with the national envelope, as the
/// province profile says — endpoint (one callService URL or a path per infno), gateway
/// authentication (CSB, TIF, OAuth2 bearer or none), the national crypto (SM3withSM2 `cainfo`,
/// SM4 input/output), TLS verified against the configured CA. It keeps the `sign_no` of the last
/// successful 9001 and puts it into every envelope; an OAuth2 token is fetched when missing or
/// expired (and once more when the gateway answers 401, which is a definite "not processed").
/// It never resends a request by itself: whatever is not a definite answer reaches the caller as
/// an error (see PlatformGateway). Secrets are never logged; envelopes are logged by infno and
/// msgid only.
/// Thread: the thread it is created in (its HTTPS client lives there); `done` runs there.
class HttpsPlatformGateway final : public QObject, public PlatformGateway
{
    Q_OBJECT
public:
    /// Makes the msgid of a request that came without one (storage-backed in production so
    /// that msgids stay unique across processes and restarts).
    using MsgIdSource = std::function<QString(const QDateTime&)>;

    /// Checks the profile (URL, keys, credentials the chosen auth needs) and builds the gateway.
    [[nodiscard]] static Result<std::unique_ptr<HttpsPlatformGateway>>
    create(PlatformProfile profile, StoreProfile store, const Clock& clock, MsgIdSource msgIds,
           QObject* parent = nullptr);

    void call(const PlatformRequest& request, Callback done) override;
    /// As call(); an answer with infcode 0 runs `arrived` first and is opened and verified
    /// (SM4, the platform's SM2 cainfo) at the next turn of the event loop, after a request the
    /// caller made inside `arrived` has been written: its round trip overlaps this verification.
    void callOverlapped(const PlatformRequest& request, Callback done, Arrived arrived) override;
    /// Seals `request`'s input (SM4 + the SM2 cainfo) ahead of its call() with the same msgid:
    /// the signature is the expensive part, and it can be made while another call is on its way.
    void prepare(const PlatformRequest& request) override;
    [[nodiscard]] QString gatewayName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }

    [[nodiscard]] QString signNo() const { return m_signNo; }
    void setSignNo(const QString& signNo) { m_signNo = signNo; }
    /// Whether `response` says sign_no expired (the profile's signExpiredPattern on err_msg).
    [[nodiscard]] bool isSignExpired(const PlatformResponse& response) const;
    /// The URL a transaction is POSTed to.
    [[nodiscard]] QUrl urlFor(const QString& infno) const;

private:
    HttpsPlatformGateway(PlatformProfile profile, StoreProfile store, const Clock& clock,
                         MsgIdSource msgIds, gm::Sm2Key signingKey, gm::Sm2Key platformKey,
                         QObject* parent);

    struct Call
    {
        PlatformRequest request;
        Callback done;
        Arrived arrived = {};
        bool retriedAuth = false;
    };
    void send(Call call);
    void deliver(const Call& call, const HttpOutcome& outcome);
    /// Opens and verifies an answer's output (when the crypto is on) and hands it to `done`.
    void finish(const Call& call, QJsonObject body, PlatformResponse response);
    void fetchToken();
    void onToken(const Status& s);

    PlatformProfile m_profile;
    StoreProfile m_store;
    const Clock& m_clock;
    MsgIdSource m_msgIds;
    EnvelopeContext m_context;
    std::unique_ptr<EnvelopeCrypto> m_crypto;
    HttpsClient* m_http = nullptr;
    QString m_signNo;
    QByteArray m_token;
    QDateTime m_tokenExpires;
    bool m_fetchingToken = false;
    std::deque<Call> m_waitingForToken;
    QRegularExpression m_signExpired;
    /// Sealed inputs by msgid, made by prepare(): {input JSON, the sealed envelope fields}.
    QHash<QString, std::pair<QJsonObject, QJsonObject>> m_sealed;
};

} // namespace pos::sync
