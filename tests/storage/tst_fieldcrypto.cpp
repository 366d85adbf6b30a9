#include "storage/crypto/keyring.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "tests/storage/cryptotestkeys.h"

#include <QTest>

using namespace pos;
using namespace pos::storage::crypto;

/// DATA-PRIVACY: personal fields with AES-256-GCM — round trips, wrong keys, tampering, context
/// binding, keyed lookup hashes; record MACs and signatures for issue 12's checkpoints.
class TestFieldCrypto : public QObject
{
    Q_OBJECT

    const FieldContext m_ctx{QStringLiteral("sale"), QStringLiteral("buyer_id_enc"),
                             QStringLiteral("XS-T01-20261123-0003")};

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("ID number") << QByteArrayLiteral("110105199001011234");
        QTest::newRow("chinese name") << QStringLiteral("张三丰").toUtf8();
        QTest::newRow("15 bytes") << QByteArray(15, 'a');
        QTest::newRow("16 bytes") << QByteArray(16, 'b');
        QTest::newRow("17 bytes") << QByteArray(17, 'c');
        QTest::newRow("trailing zeros and 0x80") << QByteArray("ab\x80\0\0", 5);
        QByteArray big(1 << 20, '\0');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 131 + 7);
        QTest::newRow("1 MiB original file") << big;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        OpenSslFieldCipher cipher(testkeys::freshRing());
        Result<QByteArray> blob = cipher.encrypt(plain, m_ctx);
        QVERIFY(blob.ok());
        QVERIFY(!blob->contains(plain.isEmpty() ? QByteArray("\x01\x02\x03") : plain));
        QCOMPARE(cipher.keyIdOf(*blob), cipher.currentKeyId());
        Result<QByteArray> back = cipher.decrypt(*blob, m_ctx);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(*back, plain);
        QCOMPARE(*cipher.decryptText(*cipher.encryptText(QStringLiteral("李四"), m_ctx), m_ctx),
                 QStringLiteral("李四"));
    }

    void freshNonceAndLengthHidden()
    {
        OpenSslFieldCipher cipher(testkeys::freshRing());
        const QByteArray a = *cipher.encryptText(QStringLiteral("张三"), m_ctx);
        const QByteArray b = *cipher.encryptText(QStringLiteral("张三"), m_ctx);
        QVERIFY(a != b);
        // A 2-character and a 5-character name make blobs of one size (padding to 16 bytes).
        QCOMPARE(cipher.encryptText(QStringLiteral("欧阳娜娜娜"), m_ctx)->size(), a.size());
    }

    void wrongKeyFails()
    {
        OpenSslFieldCipher mine(testkeys::freshRing());
        OpenSslFieldCipher other(testkeys::freshRing());
        const QByteArray blob = *mine.encryptText(QStringLiteral("110105199001011234"), m_ctx);
        Result<QByteArray> r = other.decrypt(blob, m_ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Configuration); // a key this store does not hold
        QVERIFY(r.error().message.contains(keyIdHex(mine.currentKeyId())));

        // Same key id, another secret (a wrong fleet key): the tag does not verify.
        KeyGeneration forged = testkeys::generation();
        forged.id = mine.currentKeyId();
        std::vector<KeyGeneration> gens;
        gens.push_back(std::move(forged));
        OpenSslFieldCipher impostor(testkeys::ring(testkeys::material(std::move(gens))));
        Result<QByteArray> f = impostor.decrypt(blob, m_ctx);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, ErrorCode::StorageFailure);
    }

    void tamperedBlobFails_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("format byte") << 0;
        QTest::newRow("key id") << 3;
        QTest::newRow("nonce") << 12;
        QTest::newRow("ciphertext") << 25;
        QTest::newRow("tag") << -1;
    }
    void tamperedBlobFails()
    {
        QFETCH(int, offset);
        OpenSslFieldCipher cipher(testkeys::freshRing());
        QByteArray blob = *cipher.encryptText(QStringLiteral("110105199001011234"), m_ctx);
        const qsizetype at = offset < 0 ? blob.size() + offset : offset;
        blob[at] = char(blob.at(at) ^ 0x01);
        QVERIFY(!cipher.decrypt(blob, m_ctx).ok());
        QVERIFY(!cipher.decrypt(blob.left(blob.size() - 1), m_ctx).ok());
        QVERIFY(!cipher.decrypt(QByteArray(), m_ctx).ok());
    }

    void blobIsBoundToItsPlace_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("row");
        QTest::newRow("another sale") << "sale"
                                      << "buyer_id_enc"
                                      << "XS-T01-20261123-0004";
        QTest::newRow("another column") << "sale"
                                        << "buyer_name_enc"
                                        << "XS-T01-20261123-0003";
        QTest::newRow("another table") << "prescription_content"
                                       << "buyer_id_enc"
                                       << "XS-T01-20261123-0003";
    }
    void blobIsBoundToItsPlace()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, row);
        OpenSslFieldCipher cipher(testkeys::freshRing());
        const QByteArray blob = *cipher.encryptText(QStringLiteral("110105199001011234"), m_ctx);
        QVERIFY(!cipher.decrypt(blob, FieldContext{table, column, row}).ok());
    }

    void lookupHashes()
    {
        auto material = testkeys::material([] {
            std::vector<KeyGeneration> g;
            g.push_back(testkeys::generation());
            g.push_back(testkeys::generation());
            return g;
        }());
        OpenSslFieldCipher rotating(testkeys::ring(material));
        const QByteArray h =
            rotating.lookupHash(PersonalKind::IdNumber, QStringLiteral("36010219900101123x"));
        QCOMPARE(h.size(), 32);
        QCOMPARE(
            rotating.lookupHash(PersonalKind::IdNumber, QStringLiteral(" 360102 19900101123X")), h);
        // Domain separation: the same digits as an insurance person number hash differently.
        QVERIFY(rotating.lookupHash(PersonalKind::InsurancePersonNumber,
                                    QStringLiteral("36010219900101123X"))
                != h);
        QVERIFY(rotating.lookupHash(PersonalKind::IdNumber, QStringLiteral("   ")).isEmpty());
        // During a rotation a value is searched under both keys; the current one first.
        const QList<QByteArray> both =
            rotating.lookupHashes(PersonalKind::IdNumber, QStringLiteral("36010219900101123X"));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.first(), h);
        QVERIFY(both.at(1) != h);
        // Another store's key: unrelated hashes (nothing links two stores' customers).
        OpenSslFieldCipher other(testkeys::freshRing());
        QVERIFY(other.lookupHash(PersonalKind::IdNumber, QStringLiteral("36010219900101123X"))
                != h);
    }

    /// The derivations are part of every store's format: a change would orphan its data. Vectors
    /// computed independently with the OpenSSL command line (secret = bytes 01..20):
    ///   K=$(openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt hexkey:0102…1f20
    ///         -kdfopt "salt:PharmaPOS store key v1" -kdfopt info:lookup-hash HKDF)
    ///   printf 'PPOS-L1|id_number|110105199001011234' | openssl dgst -sha256 -mac HMAC -macopt
    ///   hexkey:$K (and info:record-mac with 'PPOS-R1' 0x0010 'audit-checkpoint' 'head' for the
    ///   record MAC)
    void knownAnswers()
    {
        QByteArray secret(32, '\0');
        for (int i = 0; i < 32; ++i)
            secret[i] = char(i + 1);
        KeyMaterial m;
        m.generations.push_back(KeyGeneration{QByteArray(8, '\x42'),
                                              QDateTime(QDate(2026, 1, 1), QTime(0, 0)),
                                              SecretBytes::takeFrom(secret)});
        m.currentId = m.generations.front().id;
        auto ring = testkeys::ring(m);
        QCOMPARE(
            OpenSslFieldCipher(ring)
                .lookupHash(PersonalKind::IdNumber, QStringLiteral("110105199001011234"))
                .toHex(),
            QByteArrayLiteral("a620b0f48b5650503de546b23b1f7629abbd6302e111066866269a46100ef0ed"));
        QCOMPARE(
            OpenSslRecordSealer(ring)
                .mac("head", QStringLiteral("audit-checkpoint"))
                ->mid(10)
                .toHex(),
            QByteArrayLiteral("aa9ebf85388398c85b72b989cf843ac942adf456a056fe1c952c7dd045a0770d"));
    }

    void keyFileFormatRoundTrip()
    {
        KeyMaterial m = testkeys::material([] {
            std::vector<KeyGeneration> g;
            g.push_back(testkeys::generation());
            g.push_back(testkeys::generation());
            return g;
        }());
        m.retired.append(RetiredKey{QByteArray(8, 'r'), QDateTime(QDate(2025, 1, 1), QTime(0, 0)),
                                    QDateTime(QDate(2026, 1, 1), QTime(0, 0)),
                                    QByteArrayLiteral("pub")});
        const SecretBytes bytes = m.serialize();
        Result<KeyMaterial> back = KeyMaterial::parse(bytes.view());
        QVERIFY(back.ok());
        QCOMPARE(back->currentId, m.currentId);
        QCOMPARE(back->generations.size(), size_t(2));
        QVERIFY(back->generations.at(1).secret.equals(m.generations.at(1).secret));
        QCOMPARE(back->retired.first().signingPublicKey, QByteArrayLiteral("pub"));
        QByteArray damaged(bytes.view().toByteArray());
        damaged[20] = char(damaged.at(20) ^ 1);
        QVERIFY(!KeyMaterial::parse(damaged).ok());
        QVERIFY(!KeyMaterial::parse(damaged.left(damaged.size() - 5)).ok());
    }

    void signingKeyIsDeterministic()
    {
        KeyGeneration g = testkeys::generation();
        std::vector<KeyGeneration> a, b;
        a.push_back(g.copy());
        b.push_back(g.copy());
        OpenSslRecordSealer one(testkeys::ring(testkeys::material(std::move(a))));
        OpenSslRecordSealer two(testkeys::ring(testkeys::material(std::move(b))));
        QCOMPARE(one.publicKey(), two.publicKey());
        QCOMPARE(one.publicKeyFingerprint().size(), 64);
    }

    void recordMacs()
    {
        OpenSslRecordSealer sealer(testkeys::freshRing());
        const QByteArray data = QByteArrayLiteral("audit head 1042 3f9a…");
        const QByteArray mac = *sealer.mac(data, QStringLiteral("audit-checkpoint"));
        QVERIFY(sealer.verifyMac(data, mac, QStringLiteral("audit-checkpoint")).ok());
        QVERIFY(!sealer.verifyMac(QByteArray(data + 'x'), mac, QStringLiteral("audit-checkpoint"))
                     .ok());
        QVERIFY(!sealer.verifyMac(data, mac, QStringLiteral("archive-head")).ok());
        QByteArray forged = mac;
        forged[forged.size() - 1] = char(forged.back() ^ 1);
        QVERIFY(!sealer.verifyMac(data, forged, QStringLiteral("audit-checkpoint")).ok());
        OpenSslRecordSealer other(testkeys::freshRing());
        QVERIFY(!other.verifyMac(data, mac, QStringLiteral("audit-checkpoint")).ok());
    }

    void signaturesOutliveTheirKey()
    {
        KeyMaterial m = testkeys::material([] {
            std::vector<KeyGeneration> g;
            g.push_back(testkeys::generation());
            return g;
        }());
        OpenSslRecordSealer before(testkeys::ring(m));
        const QByteArray data = QByteArrayLiteral("daily close 2026-11-23: head 3f9a");
        const QByteArray sig = *before.sign(data, QStringLiteral("audit-anchor"));
        const QByteArray mac = *before.mac(data, QStringLiteral("audit-anchor"));
        QVERIFY(before.verifySignature(data, sig, QStringLiteral("audit-anchor")).ok());
        QVERIFY(!before.verifySignature(QByteArray(data + '!'), sig, QStringLiteral("audit-anchor"))
                     .ok());
        QVERIFY(!before.verifySignature(data, sig, QStringLiteral("archive-head")).ok());

        // Rotate: a new current generation, the old one retired with only its public key kept.
        KeyMaterial after;
        after.generations.push_back(testkeys::generation());
        after.currentId = after.generations.front().id;
        after.retired.append(RetiredKey{m.currentId, m.generations.front().created,
                                        QDateTime::currentDateTime(), before.publicKey()});
        OpenSslRecordSealer rotated(testkeys::ring(after));
        QVERIFY(rotated.verifySignature(data, sig, QStringLiteral("audit-anchor")).ok());
        QVERIFY(!rotated.verifyMac(data, mac, QStringLiteral("audit-anchor"))
                     .ok()); // its secret is gone
        QCOMPARE(OpenSslRecordSealer::keyIdOf(sig), m.currentId);
    }
};

QTEST_GUILESS_MAIN(TestFieldCrypto)
#include "tst_fieldcrypto.moc"
