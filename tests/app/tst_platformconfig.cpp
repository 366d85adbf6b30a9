#include "app/platformconfig.h"
#include "sync/gmcrypto.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::app;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text,
              QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    f.close();
    f.setPermissions(perms);
    return path;
}

Result<PlatformSettings> load(const QTemporaryDir& dir, const QByteArray& platformSection)
{
    return PlatformSettings::load(
        write(dir, QStringLiteral("pharmapos.ini"), "[platform]\n" + platformSection,
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
}

QByteArray secretsFor(const QTemporaryDir& dir)
{
    const QString key =
        write(dir, QStringLiteral("store-sm2.pem"), sync::gm::Sm2Key::generate()->privatePem());
    return "[secrets]\nclient_id=P36010200001ABCD\nsm2_private_key_file=" + key.toUtf8()
           + "\ncsb_access_key=AK1\ncsb_secret_key=SK1\ntif_paasid=pid\ntif_paastoken=tok\n"
             "oauth_client_id=cid\noauth_client_secret=csec\n";
}

} // namespace

/// The province profile in [platform]: every key, its defaults, a refusal naming a bad value,
/// and the secrets file that only the service account may read.
class TestPlatformConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noSectionMeansNoLink()
    {
        QTemporaryDir dir;
        Result<PlatformSettings> s =
            PlatformSettings::load(dir.filePath(QStringLiteral("missing.ini")));
        QVERIFY(s.ok());
        QVERIFY(!s->enabled);
        s = load(dir, "");
        QVERIFY(s.ok());
        QVERIFY(!s->enabled);
        QCOMPARE(s->policy.retryMinMs, 2000);
        QCOMPARE(s->policy.retryMaxMs, 300000);
        QCOMPARE(s->msgIdBlock, -1);
    }

    void everyKeyIsRead()
    {
        QTemporaryDir dir;
        const QString secrets = write(dir, QStringLiteral("secrets.ini"), secretsFor(dir));
        const QString pub =
            write(dir, QStringLiteral("platform.pem"), sync::gm::Sm2Key::generate()->publicPem(),
                  QFile::ReadOwner | QFile::ReadOther);
        Result<PlatformSettings> s =
            load(dir, "link=https\n"
                      "url=https://hsa.example.cn:8443/fsi/api/rsfComIfsService/callService\n"
                      "path_template=/fsi/api/{infno}\n"
                      "auth=tif\ntif_service_id=hsa_{infno}\n"
                      "crypto=on\nplatform_public_key="
                          + pub.toUtf8()
                          + "\n"
                            "secrets_file="
                          + secrets.toUtf8()
                          + "\n"
                            "connect_timeout_ms=3000\nrequest_timeout_ms=20000\n"
                            "mdtrtarea_admvs=360102\nrecer_sys_code=JXHSA\ndev_no=T01\n"
                            "opter=0007\nopter_name=王五\nsign_expired_pattern=签到.*失效\n"
                            "retry_min_ms=1000\nretry_max_ms=60000\nunknown_grace_ms=3000\n"
                            "poll_ms=250\nmac=00:11:22:33:44:55\nip=10.0.0.5\nmsgid_block=2\n");
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QVERIFY(s->enabled);
        QCOMPARE(s->profile.url.host(), QStringLiteral("hsa.example.cn"));
        QCOMPARE(s->profile.pathTemplate, QStringLiteral("/fsi/api/{infno}"));
        QCOMPARE(s->profile.auth, sync::GatewayAuth::Tif);
        QCOMPARE(s->profile.tifServiceId, QStringLiteral("hsa_{infno}"));
        QVERIFY(s->profile.nationalCrypto);
        QVERIFY(s->profile.platformPublicKeyPem.contains("PUBLIC KEY"));
        QCOMPARE(s->profile.connectTimeoutMs, 3000);
        QCOMPARE(s->profile.requestTimeoutMs, 20000);
        QCOMPARE(s->profile.mdtrtareaAdmvs, QStringLiteral("360102"));
        QCOMPARE(s->profile.recerSysCode, QStringLiteral("JXHSA"));
        QCOMPARE(s->profile.opter, QStringLiteral("0007"));
        QCOMPARE(s->profile.opterName, QStringLiteral("王五"));
        QCOMPARE(s->policy.signExpiredPattern, QStringLiteral("签到.*失效"));
        QCOMPARE(s->policy.retryMinMs, 1000);
        QCOMPARE(s->policy.retryMaxMs, 60000);
        QCOMPARE(s->policy.unknownGraceMs, 3000);
        QCOMPARE(s->policy.pollMs, 250);
        QCOMPARE(s->policy.opterNo, QStringLiteral("0007"));
        QCOMPARE(s->policy.ip, QStringLiteral("10.0.0.5"));
        QCOMPARE(s->msgIdBlock, 2);
        QCOMPARE(s->profile.secrets.clientId, QByteArray("P36010200001ABCD"));
        QCOMPARE(s->profile.secrets.tifPaasToken, QByteArray("tok"));
        QVERIFY(s->profile.secrets.signingKeyPem.contains("PRIVATE KEY"));
    }

    void eachAuthStyle_data()
    {
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QByteArray("none") << int(sync::GatewayAuth::None);
        QTest::newRow("csb") << QByteArray("csb") << int(sync::GatewayAuth::Csb);
        QTest::newRow("tif") << QByteArray("TIF") << int(sync::GatewayAuth::Tif);
        QTest::newRow("oauth2") << QByteArray("oauth2") << int(sync::GatewayAuth::OAuth2);
    }
    void eachAuthStyle()
    {
        QFETCH(QByteArray, auth);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString secrets = write(dir, QStringLiteral("secrets.ini"), secretsFor(dir));
        Result<PlatformSettings> s =
            load(dir, "link=https\nurl=https://127.0.0.1:9/x\nauth=" + auth
                          + "\noauth_token_url=https://127.0.0.1:9/oauth/token\nsecrets_file="
                          + secrets.toUtf8() + "\n");
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(int(s->profile.auth), expected);
    }

    void badValuesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QString>("named");
        QTest::newRow("link") << QByteArray("link=maybe\n") << QStringLiteral("link");
        QTest::newRow("url not https")
            << QByteArray("link=https\nurl=http://h/x\n") << QStringLiteral("url");
        QTest::newRow("auth") << QByteArray("auth=kerberos\n") << QStringLiteral("auth");
        QTest::newRow("crypto") << QByteArray("crypto=sometimes\n") << QStringLiteral("crypto");
        QTest::newRow("path without infno")
            << QByteArray("path_template=/fsi/api\n") << QStringLiteral("path_template");
        QTest::newRow("timeout") << QByteArray("request_timeout_ms=fast\n")
                                 << QStringLiteral("request_timeout_ms");
        QTest::newRow("backoff") << QByteArray("retry_min_ms=5000\nretry_max_ms=1000\n")
                                 << QStringLiteral("retry_max_ms");
        QTest::newRow("region") << QByteArray("mdtrtarea_admvs=36\n")
                                << QStringLiteral("mdtrtarea_admvs");
        QTest::newRow("block") << QByteArray("msgid_block=12\n") << QStringLiteral("msgid_block");
        QTest::newRow("ca") << QByteArray("ca_file=/nonexistent.pem\n")
                            << QStringLiteral("ca_file");
        QTest::newRow("secrets needed") << QByteArray("link=https\nurl=https://h/x\nauth=csb\n")
                                        << QStringLiteral("secrets_file");
        QTest::newRow("oauth url") << QByteArray("link=https\nurl=https://h/x\nauth=oauth2\n")
                                   << QStringLiteral("oauth_token_url");
    }
    void badValuesAreRefusedByName()
    {
        QFETCH(QByteArray, section);
        QFETCH(QString, named);
        QTemporaryDir dir;
        Result<PlatformSettings> s = load(dir, section);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Configuration);
        QVERIFY2(s.error().message.contains(named), qPrintable(s.error().message));
    }

    void secretsReadableByOthersAreRefused_data()
    {
        QTest::addColumn<int>("perms");
        QTest::addColumn<bool>("ok");
        QTest::newRow("0600") << int(QFile::ReadOwner | QFile::WriteOwner) << true;
        QTest::newRow("0400") << int(QFile::ReadOwner) << true;
        QTest::newRow("0640 group may read")
            << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup) << false;
        QTest::newRow("0604 anyone may read")
            << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther) << false;
        QTest::newRow("0602 anyone may write")
            << int(QFile::ReadOwner | QFile::WriteOwner | QFile::WriteOther) << false;
    }
    void secretsReadableByOthersAreRefused()
    {
        QFETCH(int, perms);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        const QString path =
            write(dir, QStringLiteral("secrets.ini"), secretsFor(dir), QFile::Permissions(perms));
        Result<sync::PlatformSecrets> s = readSecretsFile(path);
        QCOMPARE(s.ok(), ok);
        if (!ok) {
            QVERIFY(s.error().message.contains(path));
            QVERIFY(s.error().message.contains(QStringLiteral("chmod 600")));
            QVERIFY(!s.error().message.contains(QStringLiteral("SK1"))); // never a value
        }
        // Through the profile the same refusal stops the configuration.
        Result<PlatformSettings> p = load(
            dir, "link=https\nurl=https://h/x\nauth=csb\nsecrets_file=" + path.toUtf8() + "\n");
        QCOMPARE(p.ok(), ok);
    }

    void aDropInInTheDataDirectoryWins()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("pharmapos.ini"), "[platform]\nlink=off\n",
              QFile::ReadOwner | QFile::WriteOwner);
        Result<PlatformSettings> s = PlatformSettings::loadForStore(
            dir.path(), dir.filePath(QStringLiteral("pharmapos.ini")));
        QVERIFY(s.ok() && !s->enabled);
        write(dir, QStringLiteral("platform.ini"),
              "[platform]\nlink=https\nurl=https://127.0.0.1:1/x\n",
              QFile::ReadOwner | QFile::WriteOwner);
        s = PlatformSettings::loadForStore(dir.path(),
                                           dir.filePath(QStringLiteral("pharmapos.ini")));
        QVERIFY(s.ok() && s->enabled);
        QCOMPARE(s->profile.url.port(), 1);
    }

    void theSigningKeyFileMustBePrivateToo()
    {
        QTemporaryDir dir;
        const QString key =
            write(dir, QStringLiteral("k.pem"), sync::gm::Sm2Key::generate()->privatePem(),
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const QString path =
            write(dir, QStringLiteral("secrets.ini"),
                  "[secrets]\nclient_id=X\nsm2_private_key_file=" + key.toUtf8() + "\n");
        Result<sync::PlatformSecrets> s = readSecretsFile(path);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(key));
        // A key file named relative to the secrets file.
        write(dir, QStringLiteral("k2.pem"), sync::gm::Sm2Key::generate()->privatePem());
        const QString rel =
            write(dir, QStringLiteral("secrets2.ini"), "[secrets]\nsm2_private_key_file=k2.pem\n");
        QVERIFY(readSecretsFile(rel).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlatformConfig)
#include "tst_platformconfig.moc"
