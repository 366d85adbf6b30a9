#include "sync/simulator/simserver.h"

#include "sync/gmcrypto.h"
#include "sync/simulator/simclock.h"
#include "sync/simulator/simplatform.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace pos::sim {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    }
    return "Status";
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray header(const QHttpServerRequest& r, const QByteArray& name)
{
    for (const auto& h : r.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

const QString kCallService = QStringLiteral("/fsi/api/rsfComIfsService/callService");

} // namespace

void writeHttp(QTcpSocket* socket, int status, const QByteArray& body,
               const QByteArray& contentType)
{
    if (!socket)
        return;
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                  + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body);
    socket->flush();
}

std::optional<SimFault> SimFault::fromJson(const QJsonObject& o)
{
    SimFault f;
    f.kind = o.value(QStringLiteral("kind")).toString();
    static const QStringList kinds{QStringLiteral("latency"),
                                   QStringLiteral("http_error"),
                                   QStringLiteral("http_error_after"),
                                   QStringLiteral("drop_before"),
                                   QStringLiteral("drop_after"),
                                   QStringLiteral("duplicate_reply"),
                                   QStringLiteral("malformed_json"),
                                   QStringLiteral("business_error"),
                                   QStringLiteral("business_error_output"),
                                   QStringLiteral("expire_sign"),
                                   QStringLiteral("forged_signature")};
    if (!kinds.contains(f.kind))
        return std::nullopt;
    f.count = o.value(QStringLiteral("count")).toInt(1);
    f.infno = o.value(QStringLiteral("infno")).toString();
    f.ms = o.value(QStringLiteral("ms")).toInt(0);
    f.status = o.value(QStringLiteral("status")).toInt(500);
    f.message = o.value(QStringLiteral("message")).toString(QStringLiteral("模拟业务错误"));
    return f;
}

std::optional<SimFault> SimFault::fromSpec(const QString& spec)
{
    static const QRegularExpression shape(
        QStringLiteral("^([a-z_]+)(?::(\\d+))?(?:@(\\d{4}))?(?:=(.*))?$"));
    const QRegularExpressionMatch m = shape.match(spec);
    if (!m.hasMatch())
        return std::nullopt;
    QJsonObject o{{QStringLiteral("kind"), m.captured(1)}};
    if (!m.captured(2).isEmpty())
        o.insert(QStringLiteral("count"), m.captured(2).toInt());
    if (!m.captured(3).isEmpty())
        o.insert(QStringLiteral("infno"), m.captured(3));
    const QString arg = m.captured(4);
    if (!arg.isEmpty()) {
        o.insert(QStringLiteral("ms"), arg.toInt());
        o.insert(QStringLiteral("status"), arg.toInt() > 0 ? arg.toInt() : 500);
        o.insert(QStringLiteral("message"), arg);
    }
    return fromJson(o);
}

SimServer::SimServer(SimConfig config, SimPlatform& platform, SimClock& clock, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_platform(platform)
    , m_clock(clock)
{
    Result<sync::gm::Sm2Key> own = sync::gm::Sm2Key::fromPem(m_config.platformKeyPem);
    Result<sync::gm::Sm2Key> peer = sync::gm::Sm2Key::fromPem(m_config.storePublicKeyPem);
    m_crypto = std::make_unique<sync::EnvelopeCrypto>(
        m_config.secrets.clientId, m_config.secrets.sm4Key, own ? *own : sync::gm::Sm2Key(),
        peer ? *peer : sync::gm::Sm2Key());
}

SimServer::~SimServer() = default;

void SimServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    writeHttp(
        socket, 404,
        compact(QJsonObject{{QStringLiteral("error"),
                             QStringLiteral("no such endpoint: %1").arg(request.url().path())}}));
}

bool SimServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    if (path.startsWith(QStringLiteral("/sim/"))) {
        handleControl(request, socket);
        return true;
    }
    if (path == u"/oauth/token" && request.method() == QHttpServerRequest::Method::Post) {
        handleToken(request, socket);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post)
        return false;
    if (path == kCallService) {
        handleTransaction(request, socket, {});
        return true;
    }
    static const QRegularExpression perInfno(QStringLiteral("^/fsi/api/(?:.*/)?(\\d{4})$"));
    if (const QRegularExpressionMatch m = perInfno.match(path); m.hasMatch()) {
        handleTransaction(request, socket, m.captured(1));
        return true;
    }
    return false;
}

std::optional<SimFault> SimServer::takeFault(const QString& infno, const QStringList& kinds)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault& f = m_faults[i];
        if (!kinds.contains(f.kind) || (!f.infno.isEmpty() && f.infno != infno))
            continue;
        SimFault hit = f;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

QString SimServer::checkAuth(const QHttpServerRequest& request, const QString& infno)
{
    Q_UNUSED(infno)
    const sync::PlatformSecrets& s = m_config.secrets;
    const QDateTime now = m_clock.now();
    switch (m_config.auth) {
    case sync::GatewayAuth::None: return {};
    case sync::GatewayAuth::Csb: {
        QMap<QByteArray, QByteArray> params;
        for (const char* name : {"_api_name", "_api_version", "_api_timestamp", "_api_access_key"})
            params.insert(name, header(request, name));
        if (params.value("_api_access_key") != s.csbAccessKey)
            return QStringLiteral("CSB: unknown _api_access_key");
        if (m_config.authWindowSeconds > 0
            && qAbs(now.toMSecsSinceEpoch() - params.value("_api_timestamp").toLongLong())
                   > qint64(m_config.authWindowSeconds) * 1000)
            return QStringLiteral("CSB: _api_timestamp outside the window");
        if (sync::csbSignature(params, s.csbSecretKey) != header(request, "_api_signature"))
            return QStringLiteral("CSB: _api_signature does not verify");
        return {};
    }
    case sync::GatewayAuth::Tif: {
        const QByteArray timestamp = header(request, "x-tif-timestamp");
        const QByteArray nonce = header(request, "x-tif-nonce");
        if (header(request, "x-tif-paasid") != s.tifPaasId)
            return QStringLiteral("TIF: unknown x-tif-paasid");
        if (m_config.authWindowSeconds > 0
            && qAbs(now.toSecsSinceEpoch() - timestamp.toLongLong()) > m_config.authWindowSeconds)
            return QStringLiteral("TIF: x-tif-timestamp outside the window");
        if (sync::tifSignature(timestamp, s.tifPaasToken, nonce)
            != header(request, "x-tif-signature"))
            return QStringLiteral("TIF: x-tif-signature does not verify");
        if (nonce.isEmpty() || m_nonces.contains(nonce))
            return QStringLiteral("TIF: x-tif-nonce missing or replayed");
        m_nonces.insert(nonce);
        return {};
    }
    case sync::GatewayAuth::OAuth2: {
        const QByteArray auth = header(request, "authorization");
        if (!auth.startsWith("Bearer "))
            return QStringLiteral("OAuth2: no bearer token");
        const QByteArray token = auth.mid(7);
        const auto it = m_tokens.constFind(token);
        if (it == m_tokens.cend() || it.value() < now)
            return QStringLiteral("OAuth2: token unknown or expired");
        return {};
    }
    }
    return QStringLiteral("unknown auth");
}

void SimServer::handleToken(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const sync::PlatformSecrets& s = m_config.secrets;
    if (form.queryItemValue(QStringLiteral("grant_type")) != u"client_credentials"
        || form.queryItemValue(QStringLiteral("client_id")).toUtf8() != s.oauthClientId
        || form.queryItemValue(QStringLiteral("client_secret")).toUtf8() != s.oauthClientSecret) {
        writeHttp(
            socket, 401,
            compact(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")}}));
        return;
    }
    const QByteArray token = sync::gm::randomBytes(24).toHex();
    m_tokens.insert(token, m_clock.now().addSecs(m_config.tokenTtlSeconds));
    writeHttp(socket, 200,
              compact(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("expires_in"), m_config.tokenTtlSeconds}}));
}

QByteArray SimServer::answerBody(const QString& msgid, int infcode, const QString& errMsg,
                                 const QJsonObject& output)
{
    const QDateTime now = m_clock.now();
    QJsonObject body{
        {QStringLiteral("infcode"),
         m_config.infcodeAsString ? QJsonValue(QString::number(infcode)) : QJsonValue(infcode)},
        {QStringLiteral("inf_refmsgid"), msgid},
        {QStringLiteral("refmsg_time"), now.toString(QStringLiteral("yyyyMMddHHmmsszzz"))},
        {QStringLiteral("respond_time"), now.toString(QStringLiteral("yyyyMMddHHmmsszzz"))},
        {QStringLiteral("err_msg"), errMsg},
        {QStringLiteral("warn_msg"), QString()},
        {QStringLiteral("signtype"), QString()},
        {QStringLiteral("cainfo"), QString()}};
    if (m_config.nationalCrypto && !output.isEmpty()) {
        if (!m_crypto->seal(body, QStringLiteral("output"), output))
            body.insert(QStringLiteral("output"), output);
    } else {
        body.insert(QStringLiteral("output"), output);
    }
    return compact(body);
}

void SimServer::handleTransaction(const QHttpServerRequest& request, QTcpSocket* socket,
                                  const QString& pathInfno)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    const QJsonObject envelope = doc.object();
    const QString infno = envelope.value(QStringLiteral("infno")).toString();
    const QString msgid = envelope.value(QStringLiteral("msgid")).toString();
    if (const QString why = checkAuth(request, infno); !why.isEmpty()) {
        writeHttp(socket, 401, compact(QJsonObject{{QStringLiteral("error"), why}}));
        return;
    }
    auto refuse = [&](const QString& why) {
        writeHttp(socket, 200, answerBody(msgid, -1, why, {}));
    };
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        refuse(QStringLiteral("报文不是合法 JSON"));
        return;
    }
    // Faults that strike before the platform does anything.
    if (std::optional<SimFault> f = takeFault(
            infno, {QStringLiteral("drop_before"), QStringLiteral("http_error"),
                    QStringLiteral("business_error"), QStringLiteral("business_error_output"),
                    QStringLiteral("expire_sign")})) {
        if (f->kind == u"drop_before") {
            socket->abort();
            return;
        }
        if (f->kind == u"http_error") {
            writeHttp(socket, f->status, "<html><body>gateway error</body></html>", "text/html");
            return;
        }
        if (f->kind == u"business_error") {
            refuse(f->message);
            return;
        }
        if (f->kind == u"business_error_output") {
            writeHttp(socket, 200,
                      answerBody(msgid, 0, {},
                                 QJsonObject{{QStringLiteral("retRslt"), QStringLiteral("0")},
                                             {QStringLiteral("msgRslt"), f->message}}));
            return;
        }
        m_platform.expireSignIns(); // expire_sign: this request meets it below
    }
    // The envelope, as the platform checks it.
    static const QRegularExpression infnoShape(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression msgidShape(QStringLiteral("^[A-Z0-9]{12}\\d{18}$"));
    if (!infnoShape.match(infno).hasMatch() || (!pathInfno.isEmpty() && pathInfno != infno)) {
        refuse(QStringLiteral("交易编号 infno 无效或与地址不符：%1").arg(infno));
        return;
    }
    const QString fixmedins = envelope.value(QStringLiteral("fixmedins_code")).toString();
    if (!msgidShape.match(msgid).hasMatch() || !msgid.startsWith(fixmedins)
        || fixmedins.size() != 12) {
        refuse(QStringLiteral("报文ID msgid 格式错误：%1").arg(msgid));
        return;
    }
    const QDateTime infTime =
        QDateTime::fromString(envelope.value(QStringLiteral("inf_time")).toString(),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!infTime.isValid()) {
        refuse(QStringLiteral("交易时间 inf_time 格式错误"));
        return;
    }
    if (infno != u"9001"
        && !m_platform.signValid(envelope.value(QStringLiteral("sign_no")).toString())) {
        refuse(QStringLiteral("签到编号无效或已过期，请重新签到"));
        return;
    }
    QJsonObject input;
    if (m_config.nationalCrypto) {
        if (!envelope.value(QStringLiteral("input")).isString()) {
            refuse(QStringLiteral("input 未按国密要求加密"));
            return;
        }
        Result<QJsonObject> opened = m_crypto->open(envelope, QStringLiteral("input"), true);
        if (!opened) {
            refuse(QStringLiteral("验签或解密失败：%1").arg(opened.error().message));
            return;
        }
        input = *opened;
    } else {
        input = envelope.value(QStringLiteral("input")).toObject();
    }
    bool duplicate = false;
    const SimAnswer a = m_platform.process(msgid, infno, envelope, input, &duplicate);
    const QByteArray body = answerBody(msgid, a.infcode, a.errMsg, a.output);
    // Faults that strike after the platform processed the request.
    const std::optional<SimFault> f =
        takeFault(infno, {QStringLiteral("drop_after"), QStringLiteral("duplicate_reply"),
                          QStringLiteral("malformed_json"), QStringLiteral("http_error_after"),
                          QStringLiteral("latency"), QStringLiteral("forged_signature")});
    if (!f) {
        writeHttp(socket, 200, body);
        return;
    }
    if (f->kind == u"drop_after") {
        socket->abort();
    } else if (f->kind == u"duplicate_reply") {
        writeHttp(socket, 200, body);
        writeHttp(socket, 200, body);
    } else if (f->kind == u"malformed_json") {
        writeHttp(socket, 200, body.left(body.size() / 2));
    } else if (f->kind == u"forged_signature") {
        // Processed; the answer arrives whole but its signature is not the platform's. An
        // answer without output carries none: it gets one, so there is something to verify.
        QJsonObject forged =
            QJsonDocument::fromJson(
                answerBody(msgid, a.infcode, a.errMsg,
                           a.output.isEmpty()
                               ? QJsonObject{{QStringLiteral("retRslt"), QStringLiteral("1")}}
                               : a.output))
                .object();
        QByteArray sig =
            QByteArray::fromBase64(forged.value(QStringLiteral("cainfo")).toString().toLatin1());
        if (sig.isEmpty())
            sig = QByteArray(64, '\x01');
        sig[0] = char(sig.at(0) ^ 0x5a);
        forged.insert(QStringLiteral("cainfo"), QString::fromLatin1(sig.toBase64()));
        forged.insert(QStringLiteral("signtype"), QStringLiteral("SM2"));
        writeHttp(socket, 200, compact(forged));
    } else if (f->kind == u"http_error_after") {
        writeHttp(socket, f->status, "<html><body>gateway timeout</body></html>", "text/html");
    } else { // latency
        QPointer<QTcpSocket> s(socket);
        QTimer::singleShot(f->ms, this, [s, body] {
            if (s && s->state() == QAbstractSocket::ConnectedState)
                writeHttp(s, 200, body);
        });
    }
}

void SimServer::handleControl(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    const QJsonObject in = QJsonDocument::fromJson(request.body()).object();
    auto ok = [&](const QJsonObject& o) { writeHttp(socket, 200, compact(o)); };
    auto bad = [&](const QString& why) {
        writeHttp(socket, 400, compact(QJsonObject{{QStringLiteral("error"), why}}));
    };
    if (path == u"/sim/ping") {
        ok(QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("who"), QStringLiteral("platform-sim")}});
    } else if (path == u"/sim/records") {
        ok(QJsonObject{
            {QStringLiteral("records"),
             m_platform.records(request.query().queryItemValue(QStringLiteral("all")) == u"1")}});
    } else if (path == u"/sim/records/delete") {
        if (Status s = m_platform.deleteRecord(in.value(QStringLiteral("id")).toInteger()); !s)
            bad(s.error().message);
        else
            ok({});
    } else if (path == u"/sim/records/insert") {
        Result<qint64> id = m_platform.insertRecord(in.value(QStringLiteral("infno")).toString(),
                                                    in.value(QStringLiteral("payload")).toObject());
        if (!id)
            bad(id.error().message);
        else
            ok(QJsonObject{{QStringLiteral("id"), *id}});
    } else if (path == u"/sim/records/update") {
        if (Status s = m_platform.updateRecord(in.value(QStringLiteral("id")).toInteger(),
                                               in.value(QStringLiteral("payload")).toObject());
            !s)
            bad(s.error().message);
        else
            ok({});
    } else if (path == u"/sim/rx") {
        ok(QJsonObject{{QStringLiteral("events"), m_platform.rxEvents()}});
    } else if (path == u"/sim/settlements") {
        ok(QJsonObject{{QStringLiteral("settlements"), m_platform.settlements()}});
    } else if (path == u"/sim/persons") {
        ok(QJsonObject{{QStringLiteral("persons"), m_platform.persons()}});
    } else if (path == u"/sim/stats") {
        QJsonObject s = m_platform.stats();
        s.insert(QStringLiteral("faults_pending"), static_cast<int>(m_faults.size()));
        ok(s);
    } else if (path == u"/sim/receipts") {
        ok(m_platform.receipts());
    } else if (path == u"/sim/fault") {
        const std::optional<SimFault> f = SimFault::fromJson(in);
        if (!f)
            bad(QStringLiteral("unknown fault kind"));
        else {
            addFault(*f);
            ok({});
        }
    } else if (path == u"/sim/faults/clear") {
        m_faults.clear();
        ok({});
    } else if (path == u"/sim/clock") {
        const QDateTime t =
            QDateTime::fromString(in.value(QStringLiteral("now")).toString(), Qt::ISODate);
        if (!t.isValid()) {
            bad(QStringLiteral("now: an ISO date-time"));
            return;
        }
        m_clock.set(t);
        ok(QJsonObject{{QStringLiteral("now"), m_clock.now().toString(Qt::ISODate)}});
    } else if (path == u"/sim/sign/expire") {
        m_platform.expireSignIns();
        ok({});
    } else if (path == u"/sim/auth") {
        const QString mode = in.value(QStringLiteral("mode")).toString();
        if (mode == u"none")
            m_config.auth = sync::GatewayAuth::None;
        else if (mode == u"csb")
            m_config.auth = sync::GatewayAuth::Csb;
        else if (mode == u"tif")
            m_config.auth = sync::GatewayAuth::Tif;
        else if (mode == u"oauth2")
            m_config.auth = sync::GatewayAuth::OAuth2;
        else {
            bad(QStringLiteral("mode: none|csb|tif|oauth2"));
            return;
        }
        if (in.contains(QStringLiteral("crypto")))
            m_config.nationalCrypto = in.value(QStringLiteral("crypto")).toBool();
        if (in.contains(QStringLiteral("infcode_string")))
            m_config.infcodeAsString = in.value(QStringLiteral("infcode_string")).toBool();
        ok({});
    } else {
        missingHandler(request, socket);
    }
}

} // namespace pos::sim
