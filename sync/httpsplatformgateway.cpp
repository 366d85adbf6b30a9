#include "sync/httpsplatformgateway.h"

#include "app/core/ports/clock.h"
#include "sync/gatewayauth.h"
#include "sync/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>

namespace pos::sync {

namespace {
/// Translation context "HttpsPlatformGateway" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpsPlatformGateway)
};

Error noAnswer(const QString& why)
{
    return makeError(ErrorCode::DeviceFailure, Tr::tr("平台无确定应答：%1").arg(why));
}
} // namespace

Result<std::unique_ptr<HttpsPlatformGateway>>
HttpsPlatformGateway::create(PlatformProfile profile, StoreProfile store, const Clock& clock,
                             MsgIdSource msgIds, QObject* parent)
{
    if (!profile.url.isValid() || profile.url.scheme() != QStringLiteral("https"))
        return makeError(ErrorCode::Configuration,
                         Tr::tr("[platform] url 必须是 https:// 地址（写的是“%1”）")
                             .arg(profile.url.toString()));
    const PlatformSecrets& s = profile.secrets;
    switch (profile.auth) {
    case GatewayAuth::None: break;
    case GatewayAuth::Csb:
        if (s.csbAccessKey.isEmpty() || s.csbSecretKey.isEmpty())
            return makeError(ErrorCode::Configuration,
                             Tr::tr("CSB 认证需要密钥文件中的 csb_access_key 和 csb_secret_key"));
        break;
    case GatewayAuth::Tif:
        if (s.tifPaasId.isEmpty() || s.tifPaasToken.isEmpty())
            return makeError(ErrorCode::Configuration,
                             Tr::tr("TIF 认证需要密钥文件中的 tif_paasid 和 tif_paastoken"));
        break;
    case GatewayAuth::OAuth2:
        if (!profile.oauthTokenUrl.isValid() || s.oauthClientId.isEmpty()
            || s.oauthClientSecret.isEmpty())
            return makeError(ErrorCode::Configuration,
                             Tr::tr("OAuth2 认证需要 oauth_token_url 以及密钥文件中的 "
                                    "oauth_client_id 和 oauth_client_secret"));
        break;
    }
    gm::Sm2Key signingKey;
    gm::Sm2Key platformKey;
    if (profile.nationalCrypto) {
        if (s.clientId.isEmpty())
            return makeError(ErrorCode::Configuration,
                             Tr::tr("国密加签加密需要密钥文件中的 client_id"));
        const QByteArray sm4Key = s.sm4Key.isEmpty() ? s.clientId.left(16) : s.sm4Key;
        if (sm4Key.size() != 16)
            return makeError(ErrorCode::Configuration,
                             Tr::tr("SM4 密钥（client_id 的前 16 字节或 sm4_key）必须是 16 字节"));
        Result<gm::Sm2Key> key = gm::Sm2Key::fromPem(s.signingKeyPem);
        if (!key || !key->hasPrivate())
            return makeError(ErrorCode::Configuration,
                             Tr::tr("国密加签需要本店的 SM2 私钥（密钥文件 sm2_private_key）"));
        signingKey = *key;
        if (!profile.platformPublicKeyPem.isEmpty()) {
            Result<gm::Sm2Key> pk = gm::Sm2Key::fromPem(profile.platformPublicKeyPem);
            if (!pk)
                return makeError(ErrorCode::Configuration,
                                 Tr::tr("平台 SM2 公钥无法读取：%1").arg(pk.error().message));
            platformKey = *pk;
        }
    }
    return std::unique_ptr<HttpsPlatformGateway>(
        new HttpsPlatformGateway(std::move(profile), std::move(store), clock, std::move(msgIds),
                                 signingKey, platformKey, parent));
}

HttpsPlatformGateway::HttpsPlatformGateway(PlatformProfile profile, StoreProfile store,
                                           const Clock& clock, MsgIdSource msgIds,
                                           gm::Sm2Key signingKey, gm::Sm2Key platformKey,
                                           QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_store(std::move(store))
    , m_clock(clock)
    , m_msgIds(std::move(msgIds))
    , m_signExpired(m_profile.signExpiredPattern)
{
    m_context.fixmedinsCode = m_store.fixmedinsCode;
    m_context.fixmedinsName = m_store.name;
    m_context.mdtrtareaAdmvs = m_profile.mdtrtareaAdmvs;
    m_context.recerSysCode = m_profile.recerSysCode;
    m_context.devNo = m_profile.devNo.isEmpty() ? m_store.terminalId : m_profile.devNo;
    m_context.devSafeInfo = m_profile.devSafeInfo;
    m_context.infver = m_profile.infver;
    m_context.opterType = m_profile.opterType;
    m_context.opter = m_profile.opter;
    m_context.opterName = m_profile.opterName;
    if (m_profile.nationalCrypto)
        m_crypto = std::make_unique<EnvelopeCrypto>(
            m_profile.secrets.clientId, m_profile.secrets.sm4Key, signingKey, platformKey);
    m_http =
        new HttpsClient(HttpsClient::Options{m_profile.caCertificates, m_profile.connectTimeoutMs,
                                             m_profile.requestTimeoutMs},
                        this);
}

QString HttpsPlatformGateway::gatewayName() const
{
    return Tr::tr("医保平台 %1").arg(m_profile.url.host());
}

bool HttpsPlatformGateway::isSignExpired(const PlatformResponse& response) const
{
    return response.infcode != 0 && !m_profile.signExpiredPattern.isEmpty()
           && m_signExpired.match(response.errMsg).hasMatch();
}

QUrl HttpsPlatformGateway::urlFor(const QString& infno) const
{
    if (m_profile.pathTemplate.isEmpty())
        return m_profile.url;
    QUrl u = m_profile.url;
    u.setPath(QString(m_profile.pathTemplate).replace(QStringLiteral("{infno}"), infno));
    return u;
}

void HttpsPlatformGateway::call(const PlatformRequest& request, Callback done)
{
    callOverlapped(request, std::move(done), {});
}

void HttpsPlatformGateway::callOverlapped(const PlatformRequest& request, Callback done,
                                          Arrived arrived)
{
    Call c{request, std::move(done), std::move(arrived)};
    if (c.request.msgId.isEmpty() && m_msgIds)
        c.request.msgId = m_msgIds(m_clock.now());
    if (m_profile.auth == GatewayAuth::OAuth2
        && (m_token.isEmpty() || m_clock.now().secsTo(m_tokenExpires) < 30)) {
        m_waitingForToken.push_back(std::move(c));
        if (!m_fetchingToken)
            fetchToken();
        return;
    }
    send(std::move(c));
}

void HttpsPlatformGateway::onToken(const Status& s)
{
    std::deque<Call> waiting;
    waiting.swap(m_waitingForToken);
    for (Call& w : waiting) {
        if (s)
            send(std::move(w));
        else // nothing was sent: the token endpoint refused or did not answer
            w.done(makeError(ErrorCode::DeviceFailure,
                             Tr::tr("未取得平台访问令牌：%1").arg(s.error().message)));
    }
}

void HttpsPlatformGateway::prepare(const PlatformRequest& request)
{
    if (!m_crypto || request.msgId.isEmpty())
        return;
    QJsonObject sealed;
    if (!m_crypto->seal(sealed, QStringLiteral("input"), request.input))
        return; // call() will seal again and report the failure
    if (m_sealed.size() > 8)
        m_sealed.clear(); // prepared and never sent: stale
    m_sealed.insert(request.msgId, {request.input, sealed});
}

void HttpsPlatformGateway::send(Call c)
{
    m_context.signNo = m_signNo;
    QJsonObject body = Envelope::wrap(c.request, m_context, m_clock.now());
    const auto prepared = m_sealed.constFind(c.request.msgId);
    if (m_crypto && prepared != m_sealed.cend() && prepared->first == c.request.input) {
        for (auto it = prepared->second.begin(); it != prepared->second.end(); ++it)
            body.insert(it.key(), it.value());
        m_sealed.erase(prepared);
        qCDebug(lcSync) << "sealed ahead" << c.request.msgId;
    } else if (m_crypto) {
        if (Status s = m_crypto->seal(body, QStringLiteral("input"), c.request.input); !s) {
            Callback done = std::move(c.done);
            QMetaObject::invokeMethod(
                this, [done, s] { done(s.error()); }, Qt::QueuedConnection);
            return;
        }
    }
    HttpHeaders headers{{"Content-Type", "application/json;charset=utf-8"}};
    const QByteArray infno = c.request.infno.toLatin1();
    const PlatformSecrets& s = m_profile.secrets;
    switch (m_profile.auth) {
    case GatewayAuth::None: break;
    case GatewayAuth::Csb:
        headers += csbHeaders(m_profile.csbApiName.toUtf8().replace("{infno}", infno),
                              m_profile.csbApiVersion.toUtf8(), s.csbAccessKey, s.csbSecretKey,
                              m_clock.now().toMSecsSinceEpoch());
        break;
    case GatewayAuth::Tif:
        headers += tifHeaders(s.tifPaasId, s.tifPaasToken, m_clock.now().toSecsSinceEpoch(),
                              gm::randomBytes(12).toHex(),
                              m_profile.tifServiceId.toUtf8().replace("{infno}", infno));
        break;
    case GatewayAuth::OAuth2: headers.append({"Authorization", "Bearer " + m_token}); break;
    }
    qCDebug(lcSync) << "send" << c.request.infno << c.request.msgId;
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QPointer<HttpsPlatformGateway> self(this);
    // An answer naming another msgid is a late duplicate of an earlier one: skipped, and this
    // request's own answer is read after it.
    const QString mine = c.request.msgId;
    HttpsClient::Belongs belongs = [mine](const HttpResponse& r) {
        const QString ref = QJsonDocument::fromJson(r.body)
                                .object()
                                .value(QStringLiteral("inf_refmsgid"))
                                .toString();
        return ref.isEmpty() || ref == mine;
    };
    m_http->post(
        urlFor(c.request.infno), headers, json,
        [self, c](const HttpOutcome& outcome) mutable {
            if (self)
                self->deliver(c, outcome);
            else
                c.done(noAnswer(Tr::tr("连接已关闭")));
        },
        belongs);
}

void HttpsPlatformGateway::deliver(const Call& c, const HttpOutcome& outcome)
{
    const QString& infno = c.request.infno;
    if (!outcome.ok) {
        qCInfo(lcSync) << infno << c.request.msgId << "no answer:" << outcome.error;
        c.done(noAnswer(outcome.error));
        return;
    }
    if (outcome.response.status == 401 && m_profile.auth == GatewayAuth::OAuth2 && !c.retriedAuth) {
        // The gateway refused the token before the platform saw the request: fetch a new one
        // and send the same request again (same msgid).
        m_token.clear();
        Call again = c;
        again.retriedAuth = true;
        m_waitingForToken.push_back(std::move(again));
        if (!m_fetchingToken)
            fetchToken();
        return;
    }
    if (outcome.response.status != 200) {
        qCInfo(lcSync) << infno << c.request.msgId << "HTTP" << outcome.response.status;
        c.done(noAnswer(Tr::tr("HTTP %1").arg(outcome.response.status)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(outcome.response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        c.done(noAnswer(Tr::tr("应答不是合法 JSON")));
        return;
    }
    QJsonObject body = doc.object();
    Result<PlatformResponse> r = Envelope::unwrap(body);
    if (!r) {
        c.done(noAnswer(r.error().message));
        return;
    }
    if (!r->refMsgId.isEmpty() && r->refMsgId != c.request.msgId) {
        qCWarning(lcSync) << infno << c.request.msgId << "answer for another msgid" << r->refMsgId;
        m_http->disconnectFromServer();
        c.done(noAnswer(Tr::tr("应答属于另一报文 %1").arg(r->refMsgId)));
        return;
    }
    if (m_crypto && c.arrived && r->infcode == 0) {
        // The platform has processed it. The caller may send its next request now; the answer
        // is opened and its signature verified once that request has been written (the
        // client writes it when this callback returns), so the two overlap.
        c.arrived();
        QPointer<HttpsPlatformGateway> self(this);
        QMetaObject::invokeMethod(
            this,
            [self, c, body = std::move(body), response = std::move(*r)]() mutable {
                if (self)
                    self->finish(c, std::move(body), std::move(response));
                else
                    c.done(noAnswer(Tr::tr("连接已关闭")));
            },
            Qt::QueuedConnection);
        return;
    }
    finish(c, std::move(body), std::move(*r));
}

void HttpsPlatformGateway::finish(const Call& c, QJsonObject body, PlatformResponse r)
{
    const QString& infno = c.request.infno;
    if (m_crypto) {
        // A refusal may come without output; an accepted answer must be signed when the
        // platform's key is configured.
        const bool hasOutput = body.contains(QStringLiteral("output"))
                               && !body.value(QStringLiteral("output")).isNull()
                               && body.value(QStringLiteral("output")).toString() != QString();
        Result<QJsonObject> output =
            m_crypto->open(body, QStringLiteral("output"), r.infcode == 0 && hasOutput);
        if (!output) {
            qCWarning(lcSync) << infno << c.request.msgId << "answer not verified";
            c.done(noAnswer(output.error().message));
            return;
        }
        r.output = *output;
    }
    if (infno == QStringLiteral("9001") && r.infcode == 0) {
        const QString signNo = r.output.value(QStringLiteral("signinoutb"))
                                   .toObject()
                                   .value(QStringLiteral("sign_no"))
                                   .toString();
        if (!signNo.isEmpty())
            m_signNo = signNo;
    }
    qCDebug(lcSync) << infno << c.request.msgId << "infcode" << r.infcode;
    c.done(std::move(r));
}

void HttpsPlatformGateway::fetchToken()
{
    m_fetchingToken = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"),
                      QString::fromUtf8(m_profile.secrets.oauthClientId));
    form.addQueryItem(QStringLiteral("client_secret"),
                      QString::fromUtf8(m_profile.secrets.oauthClientSecret));
    if (!m_profile.oauthScope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_profile.oauthScope);
    QPointer<HttpsPlatformGateway> self(this);
    m_http->post(
        m_profile.oauthTokenUrl, {{"Content-Type", "application/x-www-form-urlencoded"}},
        form.query(QUrl::FullyEncoded).toLatin1(), [self](const HttpOutcome& outcome) {
            if (!self)
                return;
            self->m_fetchingToken = false;
            if (!outcome.ok || outcome.response.status != 200) {
                self->onToken(makeError(
                    ErrorCode::DeviceFailure,
                    outcome.ok ? Tr::tr("令牌服务返回 HTTP %1").arg(outcome.response.status)
                               : outcome.error));
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(outcome.response.body).object();
            const QString token = o.value(QStringLiteral("access_token")).toString();
            if (token.isEmpty()) {
                self->onToken(makeError(ErrorCode::DeviceFailure, Tr::tr("令牌服务未给出令牌")));
                return;
            }
            self->m_token = token.toLatin1();
            self->m_tokenExpires =
                self->m_clock.now().addSecs(o.value(QStringLiteral("expires_in")).toInt(3600));
            self->onToken({});
        });
}

} // namespace pos::sync
