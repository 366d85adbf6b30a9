#include "app/platformconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSslCertificate>

namespace pos::app {

namespace {
/// Translation context "PlatformConfig" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlatformConfig)
};

Error bad(const QString& file, const QString& key, const QString& why)
{
    return makeError(ErrorCode::Configuration, Tr::tr("%1：[platform] %2 %3").arg(file, key, why));
}

/// Refuses a file the group or others can get at: secrets are the service account's alone.
Status privateFile(const QString& path, const QString& what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::Configuration, Tr::tr("%1 %2 不存在").arg(what, path));
    const QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & open)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("%1 %2 可被同组或其他用户读取，拒绝使用：请执行 chmod 600 %2，"
                                "并确认属主是运行 PharmaPOS 的账户")
                             .arg(what, path));
    return {};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Result<sync::PlatformSecrets> readSecretsFile(const QString& path)
{
    if (Status s = privateFile(path, Tr::tr("平台密钥文件")); !s)
        return s.error();
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Configuration, Tr::tr("无法读取平台密钥文件 %1").arg(path));
    probe.close();
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return makeError(ErrorCode::Configuration, Tr::tr("平台密钥文件 %1 格式错误").arg(path));
    auto v = [&ini](const char* key) {
        return ini.value(QStringLiteral("secrets/") + QLatin1String(key)).toString().toUtf8();
    };
    sync::PlatformSecrets s;
    s.clientId = v("client_id");
    s.sm4Key = v("sm4_key");
    s.csbAccessKey = v("csb_access_key");
    s.csbSecretKey = v("csb_secret_key");
    s.tifPaasId = v("tif_paasid");
    s.tifPaasToken = v("tif_paastoken");
    s.oauthClientId = v("oauth_client_id");
    s.oauthClientSecret = v("oauth_client_secret");
    const QString keyFile = QString::fromUtf8(v("sm2_private_key_file"));
    if (!keyFile.isEmpty()) {
        const QString resolved = QFileInfo(keyFile).isRelative()
                                     ? QFileInfo(path).absoluteDir().filePath(keyFile)
                                     : keyFile;
        if (Status st = privateFile(resolved, Tr::tr("SM2 私钥文件")); !st)
            return st.error();
        s.signingKeyPem = readAll(resolved);
        if (s.signingKeyPem.isEmpty())
            return makeError(ErrorCode::Configuration,
                             Tr::tr("无法读取 SM2 私钥文件 %1").arg(resolved));
    }
    return s;
}

Result<PlatformSettings> PlatformSettings::load(const QString& path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return PlatformSettings{};
    QSettings ini(path, QSettings::IniFormat);
    return fromSettings(ini, path);
}

Result<PlatformSettings> PlatformSettings::loadForStore(const QString& dataDir,
                                                        const QString& configPath)
{
    const QString dropIn = QDir(dataDir).filePath(QStringLiteral("platform.ini"));
    return load(QFileInfo::exists(dropIn) ? dropIn : configPath);
}

Result<PlatformSettings> PlatformSettings::fromSettings(const QSettings& ini, const QString& file)
{
    PlatformSettings s;
    auto text = [&ini](const char* key, const QString& fallback = {}) {
        return ini.value(QStringLiteral("platform/") + QLatin1String(key), fallback)
            .toString()
            .trimmed();
    };
    auto number = [&](const char* key, int fallback, int min, int max) -> Result<int> {
        const QString v = text(key);
        if (v.isEmpty())
            return fallback;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < min || n > max)
            return bad(file, QLatin1String(key),
                       Tr::tr("= “%1” 无效：须为 %2–%3 的整数").arg(v).arg(min).arg(max));
        return n;
    };
    const QString link = text("link", QStringLiteral("off")).toLower();
    if (link == u"off")
        s.enabled = false;
    else if (link == u"https")
        s.enabled = true;
    else
        return bad(file, QStringLiteral("link"), Tr::tr("= “%1” 无效，可用：off、https").arg(link));

    sync::PlatformProfile& p = s.profile;
    p.url = QUrl(text("url"));
    if (s.enabled && (!p.url.isValid() || p.url.scheme() != u"https" || p.url.host().isEmpty()))
        return bad(file, QStringLiteral("url"),
                   Tr::tr("必须是 https:// 地址（写的是“%1”）").arg(text("url")));
    p.pathTemplate = text("path_template");
    if (!p.pathTemplate.isEmpty() && !p.pathTemplate.contains(QStringLiteral("{infno}")))
        return bad(file, QStringLiteral("path_template"), Tr::tr("须包含 {infno}"));
    const QString auth = text("auth", QStringLiteral("none")).toLower();
    if (auth == u"none")
        p.auth = sync::GatewayAuth::None;
    else if (auth == u"csb")
        p.auth = sync::GatewayAuth::Csb;
    else if (auth == u"tif")
        p.auth = sync::GatewayAuth::Tif;
    else if (auth == u"oauth2")
        p.auth = sync::GatewayAuth::OAuth2;
    else
        return bad(file, QStringLiteral("auth"),
                   Tr::tr("= “%1” 无效，可用：none、csb、tif、oauth2").arg(auth));
    p.csbApiName = text("csb_api_name", p.csbApiName);
    p.csbApiVersion = text("csb_api_version", p.csbApiVersion);
    p.tifServiceId = text("tif_service_id");
    p.oauthTokenUrl = QUrl(text("oauth_token_url"));
    p.oauthScope = text("oauth_scope");
    if (p.auth == sync::GatewayAuth::OAuth2 && s.enabled
        && (!p.oauthTokenUrl.isValid() || p.oauthTokenUrl.scheme() != u"https"))
        return bad(file, QStringLiteral("oauth_token_url"),
                   Tr::tr("OAuth2 需要 https:// 令牌地址"));
    const QString crypto = text("crypto", QStringLiteral("off")).toLower();
    if (crypto != u"on" && crypto != u"off")
        return bad(file, QStringLiteral("crypto"),
                   Tr::tr("= “%1” 无效，可用：on、off").arg(crypto));
    p.nationalCrypto = crypto == u"on";
    if (const QString ca = text("ca_file"); !ca.isEmpty()) {
        p.caCertificates = QSslCertificate::fromPath(ca);
        if (p.caCertificates.isEmpty())
            return bad(file, QStringLiteral("ca_file"), Tr::tr("%1 中没有可读的 CA 证书").arg(ca));
    }
    if (const QString pub = text("platform_public_key"); !pub.isEmpty()) {
        p.platformPublicKeyPem = readAll(pub);
        if (p.platformPublicKeyPem.isEmpty())
            return bad(file, QStringLiteral("platform_public_key"), Tr::tr("无法读取 %1").arg(pub));
    }
    Result<int> connectMs = number("connect_timeout_ms", p.connectTimeoutMs, 100, 600'000);
    Result<int> requestMs = number("request_timeout_ms", p.requestTimeoutMs, 100, 600'000);
    Result<int> retryMin = number("retry_min_ms", s.policy.retryMinMs, 10, 3'600'000);
    Result<int> retryMax = number("retry_max_ms", s.policy.retryMaxMs, 10, 86'400'000);
    Result<int> grace = number("unknown_grace_ms", s.policy.unknownGraceMs, 0, 3'600'000);
    Result<int> poll = number("poll_ms", s.policy.pollMs, 50, 3'600'000);
    Result<int> block = number("msgid_block", -1, 0, 9);
    for (const Result<int>* r :
         {&connectMs, &requestMs, &retryMin, &retryMax, &grace, &poll, &block})
        if (!*r)
            return r->error();
    if (*retryMax < *retryMin)
        return bad(file, QStringLiteral("retry_max_ms"), Tr::tr("不能小于 retry_min_ms"));
    p.connectTimeoutMs = *connectMs;
    p.requestTimeoutMs = *requestMs;
    s.policy.retryMinMs = *retryMin;
    s.policy.retryMaxMs = *retryMax;
    s.policy.unknownGraceMs = *grace;
    s.policy.pollMs = *poll;
    s.msgIdBlock = text("msgid_block").isEmpty() ? -1 : *block;
    p.mdtrtareaAdmvs = text("mdtrtarea_admvs");
    if (!p.mdtrtareaAdmvs.isEmpty()
        && !QRegularExpression(QStringLiteral("^\\d{6}$")).match(p.mdtrtareaAdmvs).hasMatch())
        return bad(file, QStringLiteral("mdtrtarea_admvs"), Tr::tr("须为 6 位行政区划代码"));
    p.recerSysCode = text("recer_sys_code", p.recerSysCode);
    p.devNo = text("dev_no");
    p.devSafeInfo = text("dev_safe_info");
    p.infver = text("infver", p.infver);
    p.opter = text("opter", p.opter);
    p.opterName = text("opter_name");
    p.opterType = text("opter_type", p.opterType);
    p.signExpiredPattern = text("sign_expired_pattern", p.signExpiredPattern);
    if (!QRegularExpression(p.signExpiredPattern).isValid())
        return bad(file, QStringLiteral("sign_expired_pattern"), Tr::tr("不是有效的正则表达式"));
    s.policy.signExpiredPattern = p.signExpiredPattern;
    s.policy.opterNo = p.opter;
    s.policy.mac = text("mac");
    s.policy.ip = text("ip");
    s.secretsFile = text("secrets_file");
    const bool needsSecrets = p.auth != sync::GatewayAuth::None || p.nationalCrypto;
    if (s.enabled && needsSecrets && s.secretsFile.isEmpty())
        return bad(file, QStringLiteral("secrets_file"),
                   Tr::tr("未设置：认证方式 %1%2 需要密钥文件")
                       .arg(auth, p.nationalCrypto ? Tr::tr(" 与国密加签") : QString()));
    if (!s.secretsFile.isEmpty()) {
        Result<sync::PlatformSecrets> secrets = readSecretsFile(s.secretsFile);
        if (!secrets)
            return secrets.error();
        p.secrets = *secrets;
    }
    return s;
}

} // namespace pos::app
