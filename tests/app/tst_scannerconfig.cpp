#include "app/appconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::app;

class TestScannerConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("vendorId"); // -1: unset
        QTest::addColumn<int>("productId");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("baud");
        const int sim = int(ScannerSpec::Kind::Simulated), hid = int(ScannerSpec::Kind::HidPos),
                  ev = int(ScannerSpec::Kind::Evdev), ser = int(ScannerSpec::Kind::Serial);
        QTest::newRow("default") << QString() << sim << -1 << -1 << QString() << 9600;
        QTest::newRow("simulated")
            << QStringLiteral("simulated") << sim << -1 << -1 << QString() << 9600;
        QTest::newRow("hidpos any")
            << QStringLiteral("hidpos") << hid << -1 << -1 << QString() << 9600;
        QTest::newRow("hidpos vid:pid")
            << QStringLiteral("hidpos:0c2e:0B8F") << hid << 0x0c2e << 0x0b8f << QString() << 9600;
        QTest::newRow("evdev") << QStringLiteral("evdev:/dev/input/by-id/usb-Newland-event-kbd")
                               << ev << -1 << -1
                               << QStringLiteral("/dev/input/by-id/usb-Newland-event-kbd") << 9600;
        QTest::newRow("serial") << QStringLiteral("serial:/dev/ttyACM0") << ser << -1 << -1
                                << QStringLiteral("/dev/ttyACM0") << 9600;
        QTest::newRow("serial with baud") << QStringLiteral("serial:/dev/ttyUSB1@115200") << ser
                                          << -1 << -1 << QStringLiteral("/dev/ttyUSB1") << 115200;
    }
    void parse()
    {
        QFETCH(QString, value);
        QFETCH(int, kind);
        QFETCH(int, vendorId);
        QFETCH(int, productId);
        QFETCH(QString, path);
        QFETCH(int, baud);
        const Result<ScannerSpec> s = ScannerSpec::parse(value);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(int(s->kind), kind);
        QCOMPARE(s->vendorId ? int(*s->vendorId) : -1, vendorId);
        QCOMPARE(s->productId ? int(*s->productId) : -1, productId);
        QCOMPARE(s->path, path);
        QCOMPARE(s->baudRate, baud);
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown backend") << QStringLiteral("bluetooth");
        QTest::newRow("hidpos vid only") << QStringLiteral("hidpos:0c2e");
        QTest::newRow("hidpos not hex") << QStringLiteral("hidpos:zzzz:0001");
        QTest::newRow("hidpos too long") << QStringLiteral("hidpos:10c2e:0001");
        QTest::newRow("evdev relative") << QStringLiteral("evdev:event3");
        QTest::newRow("serial bad baud") << QStringLiteral("serial:/dev/ttyACM0@fast");
        QTest::newRow("serial no path") << QStringLiteral("serial:");
    }
    void badValues()
    {
        QFETCH(QString, value);
        const Result<ScannerSpec> s = ScannerSpec::parse(value);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Configuration);
        QVERIFY(s.error().message.contains(value));
    }

    void suffixes()
    {
        QCOMPARE(ScannerSpec::parseSuffix(QStringLiteral("enter")).value(), QByteArray("\r"));
        QCOMPARE(ScannerSpec::parseSuffix(QStringLiteral("CRLF")).value(), QByteArray("\r\n"));
        QCOMPARE(ScannerSpec::parseSuffix(QStringLiteral("lf")).value(), QByteArray("\n"));
        QCOMPARE(ScannerSpec::parseSuffix(QStringLiteral("tab")).value(), QByteArray("\t"));
        QCOMPARE(ScannerSpec::parseSuffix(QStringLiteral("none")).value(), QByteArray());
        QVERIFY(!ScannerSpec::parseSuffix(QStringLiteral("semicolon")).ok());
    }

    void loadReadsTheDevicesSection()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("store.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "[devices]\nscanner=serial:/dev/ttyACM0@19200\nscanner_suffix=crlf\nscanner_timeout_ms=80\n"
            "scanner_aim_prefix=true\nscanner_gs_key=KEY_F8\n");
        f.close();
        const Result<AppConfig> c = AppConfig::load(dir.path(), ini, false);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->scannerBackend, QStringLiteral("serial:/dev/ttyACM0@19200"));
        QCOMPARE(c->scanner.kind, ScannerSpec::Kind::Serial);
        QCOMPARE(c->scanner.baudRate, 19200);
        QCOMPARE(c->scanner.suffix, QByteArray("\r\n"));
        QCOMPARE(c->scanner.timeoutMs, 80);
        QVERIFY(c->scanner.aimPrefix);
        QCOMPARE(c->scanner.gsKey, QStringLiteral("KEY_F8"));
    }

    // A yes/no key reads as every other switch does: "off" is off (it used to read as on), and a
    // word that is neither is refused by name.
    void aimPrefixIsASwitch()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("store.ini"));
        for (const char* value : {"off", "no", "maybe"}) {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray("[devices]\nscanner_aim_prefix=") + value + '\n');
            f.close();
            const Result<AppConfig> c = AppConfig::load(dir.path(), ini, false);
            if (qstrcmp(value, "maybe") == 0) {
                QVERIFY(!c.ok());
                QVERIFY(c.error().message.contains(QStringLiteral("scanner_aim_prefix")));
            } else {
                QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
                QVERIFY(!c->scanner.aimPrefix);
            }
        }
    }

    void loadRefusesBadScannerKeys_data()
    {
        QTest::addColumn<QByteArray>("devices");
        QTest::newRow("backend") << QByteArray("scanner=usb\n");
        QTest::newRow("suffix") << QByteArray("scanner_suffix=semicolon\n");
        QTest::newRow("timeout") << QByteArray("scanner_timeout_ms=0\n");
        QTest::newRow("gs key") << QByteArray("scanner_gs_key=KEY_NOPE\n");
    }
    void loadRefusesBadScannerKeys()
    {
        QFETCH(QByteArray, devices);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("store.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[devices]\n" + devices);
        f.close();
        const Result<AppConfig> c = AppConfig::load(dir.path(), ini, false);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(ini));
    }
};

QTEST_GUILESS_MAIN(TestScannerConfig)
#include "tst_scannerconfig.moc"
