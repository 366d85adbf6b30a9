#include "tests/support/plainscan.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pos::testsupport;

/// The end-to-end test's instrument: it must find a plain value in every encoding a file could
/// carry it in, and nothing in ciphertext.
class TestPlainScan : public QObject
{
    Q_OBJECT

    static void write(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void findsEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString id = QStringLiteral("110105199001011234");
        const QString name = QStringLiteral("欧阳秀英");
        QTest::newRow("utf-8 in a log line")
            << QByteArray("buyer=" + id.toUtf8() + " ok") << "utf-8";
        QTest::newRow("utf-16") << QByteArray(reinterpret_cast<const char*>(name.utf16()),
                                              name.size() * 2)
                                << "utf-16le";
        QTest::newRow("gb18030 receipt")
            << QByteArray(QStringEncoder("GB18030").encode(name)) << "gb18030";
        QTest::newRow("scan journal hex")
            << QByteArray("payload_hex=" + id.toUtf8().toHex()) << "hex";
        QTest::newRow("upper-case hex") << id.toUtf8().toHex().toUpper() << "HEX";
        for (int pad = 0; pad < 3; ++pad)
            QTest::addRow("base64 at alignment %d", pad) << QByteArray(
                "{\"rx_file\":\""
                + QByteArray(QByteArray(pad, 'x') + name.toUtf8() + "tail").toBase64() + "\"}")
                                                         << "base64";
    }
    void findsEveryEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a/b/file.bin")), bytes);
        const auto hits = findPlainValues(
            {dir.path()}, {QStringLiteral("110105199001011234"), QStringLiteral("欧阳秀英")});
        QVERIFY2(!hits.isEmpty(), qPrintable(encoding));
        bool found = false;
        for (const PlainHit& h : hits)
            found = found || h.encoding == encoding;
        QVERIFY2(found, qPrintable(describe(hits)));
    }

    void cleanTreeAndBadArguments()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("db.sqlite")), QByteArray(4096, '\x5a'));
        QString error;
        QVERIFY(findPlainValues({dir.path()}, {QStringLiteral("110105199001011234")}, &error)
                    .isEmpty());
        QVERIFY(error.isEmpty());
        QVERIFY(findPlainValues({dir.filePath(QStringLiteral("missing"))},
                                {QStringLiteral("110105199001011234")}, &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty()); // a mistyped directory is not "clean"
        error.clear();
        QVERIFY(findPlainValues({dir.path()}, {QStringLiteral("张")}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlainScan)
#include "tst_plainscan.moc"
