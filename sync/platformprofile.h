#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace pos::sync {

/// How the province's gateway in front of the platform authenticates a caller (PLATFORM.md §1).
enum class GatewayAuth
{
    None = 1,
    Csb,    ///< Alibaba CSB: _api_name/_api_version/_api_timestamp/_api_access_key/_api_signature
    Tif,    ///< Tencent TIF: x-tif-paasid/x-tif-timestamp/x-tif-nonce/x-tif-signature
    OAuth2, ///< client-credentials token, sent as "Authorization: Bearer …"
};

/// What the store was issued by the platform. Read from a file only the service account can read;
/// never logged, never shown. Empty fields are simply not configured.
struct PlatformSecrets
{
    QByteArray clientId;          ///< national crypto: the SM2 user id, and the SM4 key
    QByteArray sm4Key;            ///< overrides the SM4 key (16 bytes) where a province issues one
    QByteArray signingKeyPem;     ///< the store's SM2 private key (PEM), signs `cainfo`
    QByteArray csbAccessKey;      ///< CSB
    QByteArray csbSecretKey;      ///< CSB: the HMAC-SHA1 key
    QByteArray tifPaasId;         ///< TIF
    QByteArray tifPaasToken;      ///< TIF: mixed into the SHA-256 signature
    QByteArray oauthClientId;     ///< OAuth2 client credentials
    QByteArray oauthClientSecret; ///< OAuth2 client credentials
};

/// A province's way of reaching the national platform: endpoint, gateway authentication, the
/// national crypto, TLS trust and the envelope's fixed fields. Provinces differ here, so it is all
/// configuration ([platform] in the store's INI; app/platformconfig parses it).
struct PlatformProfile
{
    /// One `callService` URL for every transaction, or — with `pathTemplate` — the base the
    /// per-transaction path is resolved against.
    QUrl url;
    /// "/fsi/api/{infno}": a path per transaction; empty: every transaction goes to `url`.
    QString pathTemplate;
    GatewayAuth auth = GatewayAuth::None;
    QString csbApiName = QStringLiteral("hsa.fsi.{infno}"); ///< {infno} is replaced
    QString csbApiVersion = QStringLiteral("1.0.0");
    QString tifServiceId; ///< x-tif-serviceid when the gateway wants one; {infno} is replaced
    QUrl oauthTokenUrl;   ///< OAuth2 token endpoint (client_credentials grant)
    QString oauthScope;
    /// SM3withSM2 `cainfo` over the input, input and output SM4-encrypted (PLATFORM.md §1).
    bool nationalCrypto = false;
    /// The platform's SM2 public key (PEM): verifies the `cainfo` of answers. Empty: answers are
    /// not verified (a province that does not sign its answers).
    QByteArray platformPublicKeyPem;
    /// The CAs the platform's TLS certificate must chain to. Empty: the system's CAs.
    QList<QSslCertificate> caCertificates;
    int connectTimeoutMs = 10'000;
    int requestTimeoutMs = 30'000;

    // The envelope's fixed fields (PLATFORM.md §1).
    QString mdtrtareaAdmvs; ///< the store's region code; empty: from fixmedins_code
    QString recerSysCode = QStringLiteral("PHARMAPOS");
    QString devNo;
    QString devSafeInfo;
    QString infver = QStringLiteral("V1.0");
    QString opterType = QStringLiteral("1"); ///< 1 staff, 2 self-service, 3 mobile
    QString opter = QStringLiteral("0001");  ///< default operator (uploads); calls may name theirs
    QString opterName;
    /// What an answer's err_msg says when sign_no has expired (a regular expression); the upload
    /// worker signs in again (9001) and resends.
    QString signExpiredPattern = QStringLiteral("签到");

    PlatformSecrets secrets;
};

} // namespace pos::sync
