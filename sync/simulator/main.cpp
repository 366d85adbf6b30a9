// pharmapos-platform-sim: the national medical-insurance platform, simulated, as an HTTPS server
// on 127.0.0.1 with its own CA, its own SQLite store and injectable faults. See simserver.h.
//
//   pharmapos-platform-sim --data-dir DIR [--port N] [--auth none|csb|tif|oauth2] [--crypto on|off]
//                          [--clock 2026-11-23T09:30:00] [--sign-ttl-s N] [--auth-window-s N]
//                          [--fault KIND[:COUNT][@INFNO][=ARG]]...
//
// At its first start in DIR it generates its CA and server certificate, its SM2 key, and what it
// "issues" to the store under DIR/store/: the store's SM2 key, the platform's public key and
// platform-secrets.ini (0600). Every start writes DIR/store/platform.ini, a [platform] section a
// store can include as is, and DIR/port; it prints "PLATFORM-SIM LISTENING https://127.0.0.1:PORT".

#include "sync/gmcrypto.h"
#include "sync/simulator/simcertificates.h"
#include "sync/simulator/simclock.h"
#include "sync/simulator/simplatform.h"
#include "sync/simulator/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

#include <cstdio>

using namespace pos;
using namespace pos::sim;

namespace {

bool writeFile(const QString& path, const QByteArray& data, bool secret)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomText(int bytes)
{
    return sync::gm::randomBytes(bytes).toHex().toUpper();
}

/// The keys and credentials the platform issued to the store, generated at the first start.
Result<SimConfig> ensureCredentials(const QString& dir)
{
    const QString storeDir = dir + QStringLiteral("/store");
    if (!QDir().mkpath(storeDir))
        return makeError(ErrorCode::Configuration, QStringLiteral("无法创建 %1").arg(storeDir));
    const QString platformKeyPath = dir + QStringLiteral("/platform-sm2.pem");
    const QString storeKeyPath = storeDir + QStringLiteral("/store-sm2.pem");
    const QString platformPubPath = storeDir + QStringLiteral("/platform-sm2-public.pem");
    const QString secretsPath = storeDir + QStringLiteral("/platform-secrets.ini");
    if (!QFile::exists(platformKeyPath) || !QFile::exists(storeKeyPath)
        || !QFile::exists(secretsPath)) {
        Result<sync::gm::Sm2Key> platformKey = sync::gm::Sm2Key::generate();
        Result<sync::gm::Sm2Key> storeKey = sync::gm::Sm2Key::generate();
        if (!platformKey || !storeKey)
            return makeError(ErrorCode::Configuration, QStringLiteral("SM2 密钥生成失败"));
        if (!writeFile(platformKeyPath, platformKey->privatePem(), true)
            || !writeFile(storeKeyPath, storeKey->privatePem(), true)
            || !writeFile(platformPubPath, platformKey->publicPem(), false))
            return makeError(ErrorCode::Configuration, QStringLiteral("无法写入 %1").arg(dir));
        const QByteArray secrets =
            "; Issued by the PharmaPOS platform simulator. Readable by the service account only.\n"
            "[secrets]\n"
            "client_id="
            + randomText(8)
            + "\n"
              "sm2_private_key_file="
            + storeKeyPath.toUtf8()
            + "\n"
              "csb_access_key=AK"
            + randomText(8)
            + "\n"
              "csb_secret_key=SK"
            + randomText(16)
            + "\n"
              "tif_paasid=pharmapos_"
            + randomText(4).toLower()
            + "\n"
              "tif_paastoken="
            + randomText(16)
            + "\n"
              "oauth_client_id=pos-"
            + randomText(6).toLower()
            + "\n"
              "oauth_client_secret="
            + randomText(16) + "\n";
        if (!writeFile(secretsPath, secrets, true))
            return makeError(ErrorCode::Configuration,
                             QStringLiteral("无法写入 %1").arg(secretsPath));
    }
    QSettings ini(secretsPath, QSettings::IniFormat);
    auto value = [&ini](const char* key) {
        return ini.value(QStringLiteral("secrets/") + QLatin1String(key)).toString().toUtf8();
    };
    SimConfig c;
    c.secrets.clientId = value("client_id");
    c.secrets.csbAccessKey = value("csb_access_key");
    c.secrets.csbSecretKey = value("csb_secret_key");
    c.secrets.tifPaasId = value("tif_paasid");
    c.secrets.tifPaasToken = value("tif_paastoken");
    c.secrets.oauthClientId = value("oauth_client_id");
    c.secrets.oauthClientSecret = value("oauth_client_secret");
    c.platformKeyPem = readFile(platformKeyPath);
    Result<sync::gm::Sm2Key> storeKey = sync::gm::Sm2Key::fromPem(readFile(storeKeyPath));
    if (!storeKey)
        return storeKey.error();
    c.storePublicKeyPem = storeKey->publicPem();
    return c;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "pharmapos-platform-sim: %s\n", message.toUtf8().constData());
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pharmapos-platform-sim"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("PharmaPOS national platform simulator (HTTPS)"));
    p.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("state, keys, certificates"),
                                     QStringLiteral("DIR"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("0: a free port"),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption auth(QStringLiteral("auth"), QStringLiteral("none|csb|tif|oauth2"),
                                  QStringLiteral("MODE"), QStringLiteral("none"));
    const QCommandLineOption crypto(QStringLiteral("crypto"), QStringLiteral("on|off: SM2/SM4"),
                                    QStringLiteral("ON"), QStringLiteral("off"));
    const QCommandLineOption clock(QStringLiteral("clock"),
                                   QStringLiteral("the platform's time now (ISO)"),
                                   QStringLiteral("TIME"));
    const QCommandLineOption signTtl(QStringLiteral("sign-ttl-s"),
                                     QStringLiteral("sign-in lifetime"), QStringLiteral("N"),
                                     QStringLiteral("86400"));
    const QCommandLineOption window(QStringLiteral("auth-window-s"),
                                    QStringLiteral("CSB/TIF timestamp window, 0 off"),
                                    QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("KIND[:COUNT][@INFNO][=ARG]"),
                                   QStringLiteral("SPEC"));
    p.addOptions({dataDir, port, auth, crypto, clock, signTtl, window, fault});
    p.process(app);
    if (!p.isSet(dataDir))
        return fail(QStringLiteral("--data-dir is required"));
    const QString dir = QDir(p.value(dataDir)).absolutePath();

    Result<SimTls> tls = ensureTls(dir);
    if (!tls)
        return fail(tls.error().message);
    Result<SimConfig> config = ensureCredentials(dir);
    if (!config)
        return fail(config.error().message);
    const QString mode = p.value(auth);
    if (mode == u"csb")
        config->auth = sync::GatewayAuth::Csb;
    else if (mode == u"tif")
        config->auth = sync::GatewayAuth::Tif;
    else if (mode == u"oauth2")
        config->auth = sync::GatewayAuth::OAuth2;
    else if (mode != u"none")
        return fail(QStringLiteral("--auth: none|csb|tif|oauth2"));
    config->nationalCrypto = p.value(crypto) == u"on";
    config->authWindowSeconds = p.value(window).toInt();

    SimClock simClock;
    if (p.isSet(clock)) {
        const QDateTime t = QDateTime::fromString(p.value(clock), Qt::ISODate);
        if (!t.isValid())
            return fail(QStringLiteral("--clock: an ISO date-time"));
        simClock.set(t);
    }
    Result<std::unique_ptr<SimPlatform>> platform =
        SimPlatform::open(dir + QStringLiteral("/sim.sqlite"), simClock);
    if (!platform)
        return fail(platform.error().message);
    (*platform)->setSignTtlSeconds(p.value(signTtl).toInt());

    SimServer server(*config, **platform, simClock);
    for (const QString& spec : p.values(fault)) {
        const std::optional<SimFault> f = SimFault::fromSpec(spec);
        if (!f)
            return fail(QStringLiteral("--fault: unknown %1").arg(spec));
        server.addFault(*f);
    }
    server.sslSetup(tls->certificate, tls->key, QSsl::TlsV1_2OrLater);
    const quint16 actual =
        server.listen(QHostAddress::LocalHost, static_cast<quint16>(p.value(port).toUInt()));
    if (actual == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(p.value(port)));
    const QString base = QStringLiteral("https://127.0.0.1:%1").arg(actual);
    const QByteArray ini =
        "; Written by pharmapos-platform-sim at each start: include in the store's INI.\n"
        "[platform]\n"
        "link=https\n"
        "url="
        + base.toUtf8()
        + "/fsi/api/rsfComIfsService/callService\n"
          "ca_file="
        + tls->caPath.toUtf8()
        + "\n"
          "auth="
        + mode.toUtf8()
        + "\n"
          "oauth_token_url="
        + base.toUtf8()
        + "/oauth/token\n"
          "crypto="
        + (config->nationalCrypto ? "on" : "off")
        + "\n"
          "platform_public_key="
        + dir.toUtf8()
        + "/store/platform-sm2-public.pem\n"
          "secrets_file="
        + dir.toUtf8() + "/store/platform-secrets.ini\n";
    if (!writeFile(dir + QStringLiteral("/store/platform.ini"), ini, false)
        || !writeFile(dir + QStringLiteral("/port"), QByteArray::number(actual) + '\n', false))
        return fail(QStringLiteral("cannot write %1").arg(dir));
    std::printf("PLATFORM-SIM LISTENING %s\n", base.toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
