#pragma once

#include "sync/envelopecrypto.h"
#include "sync/gatewayauth.h"
#include "sync/platformprofile.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class QTcpSocket;

namespace pos::sim {

class SimClock;
class SimPlatform;

/// One injected fault: what goes wrong, for how many of the next requests, of which infno.
struct SimFault
{
    /// latency (ms, then answers), http_error (status, before processing), http_error_after,
    /// drop_before (connection closed before processing), drop_after (processed, then closed),
    /// duplicate_reply (processed, the answer written twice), malformed_json (processed, the
    /// answer cut short), business_error (infcode -1 with `message`, nothing processed),
    /// business_error_output (infcode 0, output.retRslt 0 with `message`, nothing processed),
    /// expire_sign (every sign-in ends, then the request is handled: it meets an expired sign_no),
    /// forged_signature (processed, the answer's cainfo does not verify: as if forged on the way).
    QString kind;
    int count = 1; ///< how many matching requests it hits
    QString infno; ///< empty: any transaction
    int ms = 0;
    int status = 500;
    QString message;

    [[nodiscard]] static std::optional<SimFault> fromJson(const QJsonObject& o);
    /// "kind[:count][@infno][=arg]" as the command line takes it (arg: ms, status or message).
    [[nodiscard]] static std::optional<SimFault> fromSpec(const QString& spec);
};

/// What the simulator trusts and expects, from its data directory and command line.
struct SimConfig
{
    sync::GatewayAuth auth = sync::GatewayAuth::None;
    bool nationalCrypto = false;
    sync::PlatformSecrets secrets; ///< what it issued to the store (and checks)
    QByteArray platformKeyPem;     ///< its own SM2 key: signs answers
    QByteArray storePublicKeyPem;  ///< verifies the store's cainfo
    int authWindowSeconds = 300;   ///< CSB/TIF timestamps further off are refused (0: not checked)
    int tokenTtlSeconds = 3600;    ///< OAuth2 tokens
    bool infcodeAsString = false;  ///< some provinces send "0" rather than 0
};

/// The simulated platform as an HTTPS server (QAbstractHttpServer, Qt 6.4 API): the national
/// envelope on `…/callService` or a path per infno (`/fsi/api/…/INFNO`), gateway authentication
/// checked as configured (CSB HMAC-SHA1, TIF SHA-256 with nonce replay refused, OAuth2 tokens from
/// /oauth/token), the envelope checked like the real one (msgid shape and prefix, sign_no, the SM2
/// signature and SM4 input when the crypto is on), then SimPlatform does the business. Faults are
/// injected from the command line or POST /sim/fault. The /sim/ control endpoints (records,
/// planted differences, state) exist for tests and demos and are not authenticated: it listens on
/// 127.0.0.1 only.
/// Thread: the thread it lives in.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SimServer(SimConfig config, SimPlatform& platform, SimClock& clock, QObject* parent = nullptr);
    ~SimServer() override;

    void addFault(const SimFault& fault) { m_faults.append(fault); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void handleTransaction(const QHttpServerRequest& request, QTcpSocket* socket,
                           const QString& pathInfno);
    void handleControl(const QHttpServerRequest& request, QTcpSocket* socket);
    void handleToken(const QHttpServerRequest& request, QTcpSocket* socket);
    /// Empty when the gateway authentication passes, else why not.
    [[nodiscard]] QString checkAuth(const QHttpServerRequest& request, const QString& infno);
    /// Takes one hit of the first fault matching `infno` (and `kinds`), if any.
    [[nodiscard]] std::optional<SimFault> takeFault(const QString& infno, const QStringList& kinds);
    [[nodiscard]] QByteArray answerBody(const QString& msgid, int infcode, const QString& errMsg,
                                        const QJsonObject& output);

    SimConfig m_config;
    SimPlatform& m_platform;
    SimClock& m_clock;
    std::unique_ptr<sync::EnvelopeCrypto> m_crypto;
    QList<SimFault> m_faults;
    QHash<QByteArray, QDateTime> m_tokens;
    QSet<QByteArray> m_nonces;
};

/// Writes a whole HTTP/1.1 answer on `socket`.
void writeHttp(QTcpSocket* socket, int status, const QByteArray& body,
               const QByteArray& contentType = "application/json;charset=utf-8");

} // namespace pos::sim
