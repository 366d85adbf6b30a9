#pragma once

// The profile a store gets from a running platform simulator (its data directory holds what it
// issued: CA, keys, platform-secrets.ini).

#include "sync/platformprofile.h"

#include <QFile>
#include <QSettings>
#include <QUrl>

namespace pos::testing {

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// What the simulator at `base` with data directory `dataDir` issued to the store, as a
/// profile for `auth` and the crypto.
inline sync::PlatformProfile simProfile(const QUrl& base, const QString& dataDir,
                                        sync::GatewayAuth auth, bool crypto)
{
    const QString storeDir = dataDir + QStringLiteral("/store");
    sync::PlatformProfile p;
    p.url = QUrl(base.toString() + QStringLiteral("/fsi/api/rsfComIfsService/callService"));
    p.auth = auth;
    p.oauthTokenUrl = QUrl(base.toString() + QStringLiteral("/oauth/token"));
    p.nationalCrypto = crypto;
    p.caCertificates = QSslCertificate::fromPath(dataDir + QStringLiteral("/ca.pem"));
    p.platformPublicKeyPem = readFile(storeDir + QStringLiteral("/platform-sm2-public.pem"));
    p.connectTimeoutMs = 5'000;
    p.requestTimeoutMs = 5'000;
    QSettings ini(storeDir + QStringLiteral("/platform-secrets.ini"), QSettings::IniFormat);
    auto v = [&ini](const char* key) {
        return ini.value(QStringLiteral("secrets/") + QLatin1String(key)).toString().toUtf8();
    };
    p.secrets.clientId = v("client_id");
    p.secrets.signingKeyPem = readFile(QString::fromUtf8(v("sm2_private_key_file")));
    p.secrets.csbAccessKey = v("csb_access_key");
    p.secrets.csbSecretKey = v("csb_secret_key");
    p.secrets.tifPaasId = v("tif_paasid");
    p.secrets.tifPaasToken = v("tif_paastoken");
    p.secrets.oauthClientId = v("oauth_client_id");
    p.secrets.oauthClientSecret = v("oauth_client_secret");
    return p;
}

} // namespace pos::testing
