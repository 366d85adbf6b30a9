#include "storage/opensslpasswordhasher.h"

#include <QTest>

using pos::storage::OpenSslPasswordHasher;

class TestOpenSslPasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownVector()
    {
        // RFC 7914 §11 / widely published PBKDF2-HMAC-SHA256 vector: P="passwd", S="salt", c=1,
        // dkLen=64 begins 55ac046e56e3089f…; our 32-byte output is its first half.
        const QString stored =
            QStringLiteral("pbkdf2-sha256$1$%1$%2")
                .arg(QString::fromLatin1(QByteArray("salt").toBase64()),
                     QString::fromLatin1(
                         QByteArray::fromHex(
                             "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
                             .toBase64()));
        OpenSslPasswordHasher h(1);
        QVERIFY(h.verify(QStringLiteral("passwd"), stored));
        QVERIFY(!h.verify(QStringLiteral("passwD"), stored));
    }

    void hashAndVerify()
    {
        OpenSslPasswordHasher h(1000);
        const QString a = h.hash(QStringLiteral("收银Counter1"));
        const QString b = h.hash(QStringLiteral("收银Counter1"));
        QVERIFY(a.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(a != b); // a fresh salt each time
        QVERIFY(h.verify(QStringLiteral("收银Counter1"), a));
        QVERIFY(h.verify(QStringLiteral("收银Counter1"), b));
        QVERIFY(!h.verify(QStringLiteral("收银Counter2"), a));
        QVERIFY(!h.verify(QString(), a));
        QVERIFY(!a.contains(QStringLiteral("Counter")));
    }

    void oldIterationCountsStillVerify()
    {
        const QString old = OpenSslPasswordHasher(500).hash(QStringLiteral("abcd1234"));
        QVERIFY(OpenSslPasswordHasher(2000).verify(QStringLiteral("abcd1234"), old));
    }

    void defaultIsSlow()
    {
        QVERIFY(OpenSslPasswordHasher::kDefaultIterations >= 600'000);
        QVERIFY(OpenSslPasswordHasher()
                    .hash(QStringLiteral("abcd1234"))
                    .startsWith(QStringLiteral("pbkdf2-sha256$600000$")));
    }

    void malformedStoredHashNeverVerifies_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << "";
        QTest::newRow("plain text") << "abcd1234";
        QTest::newRow("wrong scheme") << "md5$1$c2FsdA==$AAAA";
        QTest::newRow("bad count") << "pbkdf2-sha256$x$c2FsdA==$AAAA";
        QTest::newRow("zero count") << "pbkdf2-sha256$0$c2FsdA==$AAAA";
        QTest::newRow("short hash") << "pbkdf2-sha256$1$c2FsdA==$AAAA";
    }
    void malformedStoredHashNeverVerifies()
    {
        QFETCH(QString, stored);
        QVERIFY(!OpenSslPasswordHasher(10).verify(QStringLiteral("abcd1234"), stored));
    }
};

QTEST_GUILESS_MAIN(TestOpenSslPasswordHasher)
#include "tst_opensslpasswordhasher.moc"
