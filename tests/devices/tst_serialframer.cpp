#include "devices/aimprefix.h"
#include "devices/serial/serialframer.h"

#include <QTest>

using namespace pos::devices;

class TestSerialFramer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suffixes_data()
    {
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<QByteArray>>("scans");
        const QByteArray gs1("0106901234567892\x1d"
                             "10A1",
                             21);
        QTest::newRow("CR") << QByteArray("\r") << QByteArray(gs1 + "\r" + "6901234567892\r")
                            << QList<QByteArray>{gs1, "6901234567892"};
        QTest::newRow("LF") << QByteArray("\n") << QByteArray("abc\ndef\n")
                            << QList<QByteArray>{"abc", "def"};
        QTest::newRow("CRLF") << QByteArray("\r\n") << QByteArray("abc\r\ndef\r\n")
                              << QList<QByteArray>{"abc", "def"};
        // A scanner sending CRLF where CR is configured: the LF never becomes a scan of its own.
        QTest::newRow("CR configured, CRLF sent")
            << QByteArray("\r") << QByteArray("abc\r\ndef\r\n") << QList<QByteArray>{"abc", "def"};
        QTest::newRow("blank lines dropped")
            << QByteArray("\r") << QByteArray("\r\r12\r\r") << QList<QByteArray>{"12"};
    }
    void suffixes()
    {
        QFETCH(QByteArray, suffix);
        QFETCH(QByteArray, stream);
        QFETCH(QList<QByteArray>, scans);
        // The same stream whole, and cut at every possible point into two chunks.
        for (int cut = 0; cut <= stream.size(); ++cut) {
            SerialFramerOptions o;
            o.suffix = suffix;
            SerialFramer f(o);
            QList<QByteArray> got;
            for (const SerialScan& s : f.feed(stream.left(cut), 1000))
                got << s.payload;
            for (const SerialScan& s : f.feed(stream.mid(cut), 1010))
                got << s.payload;
            QCOMPARE(got, scans);
            QVERIFY(!f.deadlineMs().has_value());
        }
    }

    void byteByByteChunks()
    {
        SerialFramer f;
        const QByteArray stream("8201234567890123456\r"); // 19 digits: not our concern here
        QList<SerialScan> got;
        qint64 t = 0;
        for (char c : stream)
            got += f.feed(QByteArray(1, c), t += 1);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).payload, QByteArray("8201234567890123456"));
        QVERIFY(!got.at(0).byGap);
    }

    void gapEndsAScan()
    {
        SerialFramerOptions o;
        o.suffix.clear(); // scanner set without a suffix
        o.interByteGapMs = 30;
        SerialFramer f(o);
        QVERIFY(f.feed("6901", 100).isEmpty());
        QVERIFY(f.feed("234", 110).isEmpty());
        QCOMPARE(f.deadlineMs().value(), 141);
        QVERIFY(!f.expire(140).has_value());
        const std::optional<SerialScan> s = f.expire(141);
        QVERIFY(s.has_value());
        QCOMPARE(s->payload, QByteArray("6901234"));
        QVERIFY(s->byGap);

        // A gap inside the stream splits it when the next chunk arrives.
        QVERIFY(f.feed("aa", 200).isEmpty());
        const QList<SerialScan> split = f.feed("bb", 260);
        QCOMPARE(split.size(), 1);
        QCOMPARE(split.at(0).payload, QByteArray("aa"));
        QCOMPARE(f.expire(400).value().payload, QByteArray("bb"));
    }

    void gapAlsoEndsAScanWhenASuffixIsConfigured()
    {
        SerialFramer f; // CR, 50 ms
        QVERIFY(f.feed("123", 0).isEmpty());
        const QList<SerialScan> s = f.feed("456\r", 100);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).payload, QByteArray("123"));
        QVERIFY(s.at(0).byGap);
        QCOMPARE(s.at(1).payload, QByteArray("456"));
    }

    void aimPrefix_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("symbology");
        QTest::newRow("GS1 DataMatrix") << QByteArray("]d20106901234567892\x1d"
                                                      "10A1\r",
                                                      26)
                                        << QByteArray("0106901234567892\x1d"
                                                      "10A1",
                                                      21)
                                        << QStringLiteral("]d2");
        QTest::newRow("EAN-13") << QByteArray("]E06901234567892\r") << QByteArray("6901234567892")
                                << QStringLiteral("]E0");
        QTest::newRow("no prefix sent")
            << QByteArray("6901234567892\r") << QByteArray("6901234567892") << QString();
        QTest::newRow("not an AIM id")
            << QByteArray("]!!abc\r") << QByteArray("]!!abc") << QString();
    }
    void aimPrefix()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QByteArray, payload);
        QFETCH(QString, symbology);
        SerialFramerOptions o;
        o.aimPrefix = true;
        SerialFramer f(o);
        const QList<SerialScan> s = f.feed(frame, 0);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).payload, payload);
        QCOMPARE(s.at(0).symbologyId, symbology);
    }

    void aimPrefixLeftAloneWhenNotConfigured()
    {
        SerialFramer f;
        QCOMPARE(f.feed("]E06901234567892\r", 0).value(0).payload, QByteArray("]E06901234567892"));
        QByteArray p("]C");
        QCOMPARE(takeAimPrefix(p), QString()); // too short
        QCOMPARE(p, QByteArray("]C"));
    }
};

QTEST_GUILESS_MAIN(TestSerialFramer)
#include "tst_serialframer.moc"
