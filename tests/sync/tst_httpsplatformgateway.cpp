#include "app/core/ports/clock.h"
#include "sync/httpsplatformgateway.h"
#include "tests/sync/gatewaytesting.h"
#include "tests/sync/simfixture.h"

#include <QTest>

using namespace pos;
using namespace pos::sync;
using namespace pos::testing;

/// The HTTPS transport against the simulator server: every gateway authentication style with and
/// without the national crypto, TLS trust, endpoints, infcode as a string, and what each fault
/// looks like to the caller (a definite answer or "no definite answer").
class TestHttpsPlatformGateway : public QObject
{
    Q_OBJECT

    SimFixture m_sim;
    SystemClock m_clock;

    std::unique_ptr<HttpsPlatformGateway>
    gateway(GatewayAuth auth, bool crypto, const std::function<void(PlatformProfile&)>& edit = {})
    {
        PlatformProfile p = m_sim.profile(auth, crypto);
        if (edit)
            edit(p);
        Result<std::unique_ptr<HttpsPlatformGateway>> g =
            HttpsPlatformGateway::create(p, testStore(), m_clock, &nextMsgId);
        if (!g) {
            qWarning() << g.error().message;
            return {};
        }
        return std::move(g).value();
    }

    void setMode(const QString& auth, bool crypto)
    {
        (void)m_sim.control(QStringLiteral("/sim/auth"),
                            QJsonObject{{QStringLiteral("mode"), auth},
                                        {QStringLiteral("crypto"), crypto},
                                        {QStringLiteral("infcode_string"), false}});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.error())); }

    void init() { (void)m_sim.control(QStringLiteral("/sim/faults/clear")); }

    void eachAuthStyleAndCrypto_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("crypto");
        QTest::newRow("none") << int(GatewayAuth::None) << QStringLiteral("none") << false;
        QTest::newRow("CSB _api_* HMAC-SHA1")
            << int(GatewayAuth::Csb) << QStringLiteral("csb") << false;
        QTest::newRow("TIF x-tif-* SHA-256")
            << int(GatewayAuth::Tif) << QStringLiteral("tif") << false;
        QTest::newRow("OAuth2 bearer")
            << int(GatewayAuth::OAuth2) << QStringLiteral("oauth2") << false;
        QTest::newRow("none + SM2/SM4") << int(GatewayAuth::None) << QStringLiteral("none") << true;
        QTest::newRow("CSB + SM2/SM4") << int(GatewayAuth::Csb) << QStringLiteral("csb") << true;
        QTest::newRow("TIF + SM2/SM4") << int(GatewayAuth::Tif) << QStringLiteral("tif") << true;
        QTest::newRow("OAuth2 + SM2/SM4")
            << int(GatewayAuth::OAuth2) << QStringLiteral("oauth2") << true;
    }
    void eachAuthStyleAndCrypto()
    {
        QFETCH(int, auth);
        QFETCH(QString, mode);
        QFETCH(bool, crypto);
        setMode(mode, crypto);
        auto g = gateway(GatewayAuth(auth), crypto);
        QVERIFY(g);
        std::optional<Result<PlatformResponse>> r = callSync(*g, signIn());
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->infcode, 0);
        QVERIFY(!g->signNo().isEmpty()); // the gateway keeps sign_no from 9001
        static int n = 0;
        const QJsonObject record = sale3505(1000 + ++n);
        const int before = int(m_sim.records().size());
        r = callSync(*g, PlatformRequest{QStringLiteral("3505"), {}, record});
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->infcode, 0);
        QCOMPARE((*r)->output.value(QStringLiteral("retRslt")).toString(), QStringLiteral("1"));
        const QJsonArray records = m_sim.records();
        QCOMPARE(records.size(), before + 1);
        // What arrived is what was sent, decrypted and verified where the crypto is on.
        QCOMPARE(records.last().toObject().value(QStringLiteral("payload")).toObject(), record);
        // A second gateway without the right credentials is refused by the gateway (HTTP 401):
        // no definite answer reaches the caller, nothing is stored.
        if (GatewayAuth(auth) != GatewayAuth::None) {
            auto wrong = gateway(GatewayAuth(auth), crypto, [](PlatformProfile& p) {
                p.secrets.csbSecretKey = "wrong";
                p.secrets.tifPaasToken = "wrong";
                p.secrets.oauthClientSecret = "wrong";
            });
            wrong->setSignNo(g->signNo());
            r = callSync(*wrong, PlatformRequest{QStringLiteral("3505"), {}, sale3505(5000 + n)});
            QVERIFY(r && !r->ok());
            QCOMPARE(m_sim.records().size(), before + 1);
        }
        if (crypto) {
            // A store key the platform does not know: the signature fails, a definite refusal.
            auto forged = gateway(GatewayAuth(auth), true, [](PlatformProfile& p) {
                p.secrets.signingKeyPem = gm::Sm2Key::generate()->privatePem();
            });
            forged->setSignNo(g->signNo());
            r = callSync(*forged, PlatformRequest{QStringLiteral("3505"), {}, sale3505(6000 + n)});
            QVERIFY(r && r->ok());
            QCOMPARE((*r)->infcode, -1);
            QVERIFY2((*r)->errMsg.contains(QStringLiteral("验签")), qPrintable((*r)->errMsg));
            // An answer signed by someone else than the platform is not trusted.
            auto suspicious = gateway(GatewayAuth(auth), true, [](PlatformProfile& p) {
                p.platformPublicKeyPem = gm::Sm2Key::generate()->publicPem();
            });
            suspicious->setSignNo(g->signNo());
            r = callSync(*suspicious,
                         PlatformRequest{QStringLiteral("3505"), {}, sale3505(7000 + n)});
            QVERIFY(r && !r->ok());
            QVERIFY(r->error().message.contains(QStringLiteral("cainfo")));
        }
        setMode(QStringLiteral("none"), false);
    }

    void tlsRequiresTheConfiguredCa()
    {
        SimFixture other; // a second simulator: its own CA
        QVERIFY2(other.start(), qPrintable(other.error()));
        const qint64 received = m_sim.stats()
                                    .value(QStringLiteral("transactions"))
                                    .toObject()
                                    .value(QStringLiteral("9001"))
                                    .toInteger();
        auto g = gateway(GatewayAuth::None, false, [&other](PlatformProfile& p) {
            p.caCertificates = QSslCertificate::fromPath(other.caPath());
        });
        std::optional<Result<PlatformResponse>> r = callSync(*g, signIn());
        QVERIFY(r && !r->ok());
        QCOMPARE(m_sim.stats()
                     .value(QStringLiteral("transactions"))
                     .toObject()
                     .value(QStringLiteral("9001"))
                     .toInteger(),
                 received);
        // Refused, not sent: the error says the connection was never made.
        QVERIFY2(r->error().message.contains(QStringLiteral("无法连接")),
                 qPrintable(r->error().message));
    }

    void pathPerInfnoAndInfcodeAsString()
    {
        (void)m_sim.control(QStringLiteral("/sim/auth"),
                            QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")},
                                        {QStringLiteral("infcode_string"), true}});
        auto g = gateway(GatewayAuth::None, false, [](PlatformProfile& p) {
            p.pathTemplate = QStringLiteral("/fsi/api/hsa/{infno}");
        });
        QCOMPARE(g->urlFor(QStringLiteral("3505")).path(), QStringLiteral("/fsi/api/hsa/3505"));
        std::optional<Result<PlatformResponse>> r = callSync(*g, signIn());
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->infcode, 0);
        r = callSync(*g, PlatformRequest{QStringLiteral("3505"), {}, QJsonObject{}});
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->infcode, -1); // "-1" as a string is still a refusal
        setMode(QStringLiteral("none"), false);
    }

    void faultsAsTheCallerSeesThem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("arg");
        QTest::addColumn<bool>("definite");
        QTest::addColumn<bool>("stored");
        QTest::newRow("drop before processing")
            << QStringLiteral("drop_before") << 0 << false << false;
        QTest::newRow("drop after processing")
            << QStringLiteral("drop_after") << 0 << false << true;
        QTest::newRow("HTTP 502 before") << QStringLiteral("http_error") << 502 << false << false;
        QTest::newRow("HTTP 504 after")
            << QStringLiteral("http_error_after") << 504 << false << true;
        QTest::newRow("malformed JSON") << QStringLiteral("malformed_json") << 0 << false << true;
        QTest::newRow("latency past the timeout")
            << QStringLiteral("latency") << 1500 << false << true;
        QTest::newRow("latency within the timeout")
            << QStringLiteral("latency") << 100 << true << true;
        QTest::newRow("business error") << QStringLiteral("business_error") << 0 << true << false;
        QTest::newRow("duplicate reply") << QStringLiteral("duplicate_reply") << 0 << true << true;
    }
    void faultsAsTheCallerSeesThem()
    {
        QFETCH(QString, kind);
        QFETCH(int, arg);
        QFETCH(bool, definite);
        QFETCH(bool, stored);
        auto g = gateway(GatewayAuth::None, false,
                         [](PlatformProfile& p) { p.requestTimeoutMs = 1000; });
        QVERIFY(callSync(*g, signIn()).value().ok());
        m_sim.fault(QJsonObject{{QStringLiteral("kind"), kind},
                                {QStringLiteral("infno"), QStringLiteral("3505")},
                                {QStringLiteral("ms"), arg},
                                {QStringLiteral("status"), arg}});
        static int n = 0;
        const int before = int(m_sim.records().size());
        int calls = 0;
        std::optional<Result<PlatformResponse>> r =
            callSync(*g, PlatformRequest{QStringLiteral("3505"), {}, sale3505(8000 + ++n)}, &calls);
        QVERIFY(r);
        QCOMPARE(r->ok(), definite);
        QCOMPARE(int(m_sim.records().size()), before + (stored ? 1 : 0));
        // The next call on the same gateway gets its own answer (a duplicated answer left on the
        // connection is never read as the next one).
        r = callSync(
            *g,
            PlatformRequest{QStringLiteral("9002"),
                            {},
                            QJsonObject{{QStringLiteral("signOut"),
                                         QJsonObject{{QStringLiteral("sign_no"), g->signNo()}}}}},
            &calls);
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->infcode, 0);
        QCOMPARE(calls, 2); // exactly once each
    }

    void expiredSignNoIsRecognised()
    {
        auto g = gateway(GatewayAuth::None, false);
        QVERIFY(callSync(*g, signIn()).value().ok());
        (void)m_sim.control(QStringLiteral("/sim/sign/expire"));
        std::optional<Result<PlatformResponse>> r =
            callSync(*g, PlatformRequest{QStringLiteral("3505"), {}, sale3505(9999)});
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->infcode, -1);
        QVERIFY(g->isSignExpired(**r));
        QVERIFY(callSync(*g, signIn()).value().ok());
        r = callSync(*g, PlatformRequest{QStringLiteral("3505"), {}, sale3505(9999)});
        QCOMPARE((*r)->infcode, 0);
        QVERIFY(!g->isSignExpired(**r));
    }

    void profileIsCheckedAtCreation()
    {
        PlatformProfile p = m_sim.profile(GatewayAuth::Csb, true);
        p.url = QUrl(QStringLiteral("http://127.0.0.1/x"));
        QVERIFY(!HttpsPlatformGateway::create(p, testStore(), m_clock, {}).ok());
        p = m_sim.profile(GatewayAuth::Csb, true);
        p.secrets.csbSecretKey.clear();
        QVERIFY(!HttpsPlatformGateway::create(p, testStore(), m_clock, {}).ok());
        p = m_sim.profile(GatewayAuth::None, true);
        p.secrets.signingKeyPem.clear();
        QVERIFY(!HttpsPlatformGateway::create(p, testStore(), m_clock, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestHttpsPlatformGateway)
#include "tst_httpsplatformgateway.moc"
