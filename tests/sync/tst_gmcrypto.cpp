#include "sync/envelopecrypto.h"
#include "sync/gatewayauth.h"
#include "sync/gmcrypto.h"

#include <QJsonDocument>
#include <QTest>

using namespace pos;
using namespace pos::sync;

namespace {
QByteArray hex(const char* h)
{
    return QByteArray::fromHex(QByteArray(h));
}
} // namespace

/// The national algorithms through OpenSSL 3 against the published vectors, and the envelope's
/// use of them.
class TestGmCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sm3Vectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        // GB/T 32905-2016 appendix A, examples 1 and 2.
        QTest::newRow("GB/T 32905 example 1: abc")
            << QByteArray("abc")
            << hex("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        QTest::newRow("GB/T 32905 example 2: abcd x16")
            << QByteArray("abcd").repeated(16)
            << hex("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }
    void sm3Vectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(gm::sm3(message).toHex(), digest.toHex());
    }

    void sm4Example1()
    {
        // GB/T 32907-2016 appendix A, example 1: one block, no padding.
        gm::Sm4Ecb sm4(hex("0123456789abcdeffedcba9876543210"));
        QVERIFY(sm4.isValid());
        Result<QByteArray> c = sm4.encrypt(hex("0123456789abcdeffedcba9876543210"), false);
        QVERIFY(c.ok());
        QCOMPARE(c->toHex(), QByteArray("681edf34d206965e86b3e94f536e4246"));
        Result<QByteArray> p = sm4.decrypt(*c, false);
        QVERIFY(p.ok());
        QCOMPARE(p->toHex(), QByteArray("0123456789abcdeffedcba9876543210"));
    }

    void sm4Example2MillionIterations()
    {
        // GB/T 32907-2016 appendix A, example 2: the same plaintext encrypted 1,000,000 times.
        gm::Sm4Ecb sm4(hex("0123456789abcdeffedcba9876543210"));
        QByteArray block = hex("0123456789abcdeffedcba9876543210");
        for (int i = 0; i < 1'000'000; ++i) {
            Result<QByteArray> c = sm4.encrypt(block, false);
            QVERIFY(c.ok());
            block = *c;
        }
        QCOMPARE(block.toHex(), QByteArray("595298c7c6fd271f0402f804c33d3f66"));
    }

    void sm4Pkcs7RoundTripAndPadding()
    {
        gm::Sm4Ecb sm4(QByteArray("1234567890abcdef"));
        const QByteArray json = R"({"a":"中文","b":1})";
        Result<QByteArray> c = sm4.encrypt(json);
        QVERIFY(c.ok());
        QCOMPARE(c->size() % 16, 0);
        QVERIFY(c->size() > json.size()); // PKCS#7 always adds at least one byte
        QCOMPARE(*sm4.decrypt(*c), json);
        // A block-aligned message gets a whole padding block.
        QCOMPARE(sm4.encrypt(QByteArray(32, 'x'))->size(), 48);
        // The wrong key does not decrypt (the padding check fails).
        gm::Sm4Ecb other(QByteArray("fedcba0987654321"));
        QVERIFY(!other.decrypt(*c).ok());
        QVERIFY(!gm::Sm4Ecb(QByteArray("short")).isValid());
    }

    void sm2PublishedSignatureVerifies()
    {
        // GM/T 0003.5-2012 example on the recommended curve (also openHiTLS' CMVP self-test and
        // GmSSL's test): d, its public point, ID 1234567812345678, "message digest", r and s.
        const QByteArray d =
            hex("3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8");
        const QByteArray pub =
            hex("09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020"
                "ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13");
        const QByteArray rs =
            hex("f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3"
                "b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa");
        Result<gm::Sm2Key> priv = gm::Sm2Key::fromRawPrivate(d);
        QVERIFY(priv.ok());
        QCOMPARE(priv->rawPublic().toHex(), pub.toHex()); // d·G is the published point
        Result<gm::Sm2Key> key = gm::Sm2Key::fromRawPublic(pub);
        QVERIFY(key.ok());
        const QByteArray id = "1234567812345678";
        QVERIFY(gm::sm2VerifyRaw(*key, "message digest", rs, id));
        QVERIFY(!gm::sm2VerifyRaw(*key, "message digest", rs, "ALICE123@YAHOO.COM"));
        QVERIFY(!gm::sm2VerifyRaw(*key, "message digesT", rs, id));
        QVERIFY(!gm::sm2VerifyRaw(*key, "message digest", rs, {})); // OpenSSL's default: no ID
    }

    void sm2SignVerifyRoundTripWithUserId()
    {
        Result<gm::Sm2Key> key = gm::Sm2Key::generate();
        QVERIFY(key.ok());
        const QByteArray msg = R"({"infno":"3505"})";
        const QByteArray id = "H36010200001ABCD";
        Result<QByteArray> der = gm::sm2SignDer(*key, msg, id);
        QVERIFY(der.ok());
        QVERIFY(gm::sm2VerifyDer(*key, msg, *der, id));
        QVERIFY(!gm::sm2VerifyDer(*key, msg, *der, "1234567812345678")); // wrong id fails
        Result<QByteArray> raw = gm::sm2SignRaw(*key, msg, id);
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 64);
        QVERIFY(gm::sm2VerifyRaw(*key, msg, *raw, id));
        QVERIFY(!gm::sm2VerifyRaw(*key, msg, *raw, "another-user-id"));
        // Through PEM and back, public half only.
        Result<gm::Sm2Key> pub = gm::Sm2Key::fromPem(key->publicPem());
        QVERIFY(pub.ok());
        QVERIFY(!pub->hasPrivate());
        QVERIFY(gm::sm2VerifyRaw(*pub, msg, *raw, id));
        Result<gm::Sm2Key> again = gm::Sm2Key::fromPem(key->privatePem());
        QVERIFY(again.ok());
        QVERIFY(again->hasPrivate());
        QCOMPARE(again->rawPublic(), key->rawPublic());
    }

    void rawDerConversion()
    {
        // r with its top bit set needs a leading zero in DER; s with leading zero bytes is
        // shorter in DER: both come back to 32 bytes each.
        const QByteArray raw =
            hex("f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3"
                "0000aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa");
        Result<QByteArray> der = gm::rawToDer(raw);
        QVERIFY(der.ok());
        QCOMPARE(der->toHex().left(12), QByteArray("304402210"
                                                   "0f5")
                                            .left(12));
        Result<QByteArray> back = gm::derToRaw(*der);
        QVERIFY(back.ok());
        QCOMPARE(back->toHex(), raw.toHex());
        QVERIFY(!gm::rawToDer(QByteArray(63, 'x')).ok());
        QVERIFY(!gm::derToRaw(QByteArray("not der")).ok());
        QVERIFY(!gm::derToRaw(*der + QByteArray("\0", 1)).ok()); // trailing garbage
    }

    void envelopeSealAndOpen()
    {
        Result<gm::Sm2Key> store = gm::Sm2Key::generate();
        Result<gm::Sm2Key> platform = gm::Sm2Key::generate();
        QVERIFY(store.ok() && platform.ok());
        const QByteArray clientId = "P36010200001CLNT";
        Result<gm::Sm2Key> storePub = gm::Sm2Key::fromPem(store->publicPem());
        EnvelopeCrypto storeSide(clientId, {}, *store, *platform);
        EnvelopeCrypto platformSide(clientId, {}, *platform, *storePub);
        const QJsonObject input{
            {QStringLiteral("selinfo"), QJsonObject{{QStringLiteral("fixmedins_hilist_name"),
                                                     QStringLiteral("阿莫西林胶囊")}}}};
        QJsonObject body{{QStringLiteral("infno"), QStringLiteral("3505")}};
        QVERIFY(storeSide.seal(body, QStringLiteral("input"), input).ok());
        QVERIFY(body.value(QStringLiteral("input")).isString());
        QCOMPARE(body.value(QStringLiteral("signtype")).toString(), QStringLiteral("SM2"));
        // The signature is over the JSON that was encrypted, with user id = clientId.
        const QByteArray cipher =
            QByteArray::fromBase64(body.value(QStringLiteral("input")).toString().toLatin1());
        const QByteArray json = *gm::Sm4Ecb(clientId.left(16)).decrypt(cipher);
        QCOMPARE(QJsonDocument::fromJson(json).object(), input);
        QVERIFY(gm::sm2VerifyRaw(
            *storePub, json,
            QByteArray::fromBase64(body.value(QStringLiteral("cainfo")).toString().toLatin1()),
            clientId));
        Result<QJsonObject> opened = platformSide.open(body, QStringLiteral("input"), true);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(*opened, input);
        // Tampered signature, or signed by someone else: refused.
        QJsonObject forged = body;
        forged.insert(QStringLiteral("cainfo"),
                      QString::fromLatin1(QByteArray(64, 'A').toBase64()));
        QVERIFY(!platformSide.open(forged, QStringLiteral("input"), true).ok());
        QJsonObject unsigned_ = body;
        unsigned_.remove(QStringLiteral("cainfo"));
        QVERIFY(!platformSide.open(unsigned_, QStringLiteral("input"), true).ok());
        QVERIFY(platformSide.open(unsigned_, QStringLiteral("input"), false).ok());
    }

    void tifSignatureVector()
    {
        // Computed independently: printf '%s' 1700000000TOKENabc1700000000 | sha256sum
        QCOMPARE(tifSignature("1700000000", "TOKEN", "abc"),
                 QByteArray("5a3dbd77e93151390088e4c270d82e84990c018842972a8559a68ad4b75bfaaf"));
    }

    void csbSignatureVector()
    {
        // Computed independently: printf '%s'
        // '_api_access_key=AK&_api_name=hsa.fsi.3505&_api_timestamp=1700000000000&_api_version=1.0.0'
        // | openssl dgst -sha1 -hmac SK -binary | base64
        const HttpHeaders h = csbHeaders("hsa.fsi.3505", "1.0.0", "AK", "SK", 1700000000000);
        QCOMPARE(headerValue(h, "_api_signature"), QByteArray("BBtvhUd0LiOVM00M+b5NZFKADqM="));
        QCOMPARE(headerValue(h, "_API_TIMESTAMP"), QByteArray("1700000000000"));
    }
};

QTEST_GUILESS_MAIN(TestGmCrypto)
#include "tst_gmcrypto.moc"
