#include "app/appconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using pos::app::AppConfig;

namespace {

Result<AppConfig> loadIni(const QTemporaryDir& dir, const QByteArray& devicesSection)
{
    const QString path = dir.filePath(QStringLiteral("pharmapos.ini"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write("[devices]\n" + devicesSection);
    f.close();
    return AppConfig::load(dir.path(), path, false);
}

} // namespace

class TestAppConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyboardFallbackIsOffByDefault()
    {
        QTemporaryDir dir;
        const Result<AppConfig> c = loadIni(dir, "scanner=simulated\n");
        QVERIFY(c.ok());
        QVERIFY(!c->scannerKeyboardFallback);
        QCOMPARE(c->wedge.maxGapMs, 30);
        QCOMPARE(c->wedge.minLength, 6);
        QCOMPARE(c->wedge.prefix, QString());
        QCOMPARE(c->wedge.suffix, QStringLiteral("\r"));
    }

    void barcodeCamera_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("images");
        QTest::newRow("off by default") << QByteArray("scanner=simulated\n") << true << QString();
        QTest::newRow("off") << QByteArray("barcode_camera=off\n") << true << QString();
        QTest::newRow("simulated folder") << QByteArray("barcode_camera=simulated:/srv/labels\n")
                                          << true << QStringLiteral("/srv/labels");
        QTest::newRow("no path") << QByteArray("barcode_camera=simulated:\n") << false << QString();
        QTest::newRow("unknown") << QByteArray("barcode_camera=usb0\n") << false << QString();
    }
    void barcodeCamera()
    {
        QFETCH(QByteArray, ini);
        QFETCH(bool, ok);
        QFETCH(QString, images);
        QTemporaryDir dir;
        const Result<AppConfig> c = loadIni(dir, ini);
        QCOMPARE(c.ok(), ok);
        if (ok)
            QCOMPARE(c->barcodeCameraImages, images);
        else
            QVERIFY2(c.error().message.contains(QStringLiteral("barcode_camera")),
                     qPrintable(c.error().message));
    }

    void wedgeKeys_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<bool>("fallback");
        QTest::addColumn<int>("maxGapMs");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("gs");
        QTest::newRow("on, words")
            << QByteArray("scanner_keyboard_fallback=on\nwedge_suffix=tab\nwedge_prefix=none\n")
            << true << 30 << QString() << QStringLiteral("\t") << QString();
        QTest::newRow("escapes and GS substitute") << QByteArray(
            "scanner_keyboard_fallback=yes\nwedge_max_gap_ms=20\nwedge_prefix=\\x02\nwedge_suffix=\\r\\n\nwedge_gs=~\n")
                                                   << true << 20 << QStringLiteral("\x02")
                                                   << QStringLiteral("\r\n") << QStringLiteral("~");
        QTest::newRow("off") << QByteArray("scanner_keyboard_fallback=off\nwedge_suffix=ENTER\n")
                             << false << 30 << QString() << QStringLiteral("\r") << QString();
    }
    void wedgeKeys()
    {
        QFETCH(QByteArray, ini);
        QFETCH(bool, fallback);
        QFETCH(int, maxGapMs);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QFETCH(QString, gs);
        QTemporaryDir dir;
        const Result<AppConfig> c = loadIni(dir, ini);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->scannerKeyboardFallback, fallback);
        QCOMPARE(c->wedge.maxGapMs, maxGapMs);
        QCOMPARE(c->wedge.prefix, prefix);
        QCOMPARE(c->wedge.suffix, suffix);
        QCOMPARE(c->wedge.gsSubstitutes, gs);
    }

    void badWedgeValuesNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("fallback not a switch")
            << QByteArray("scanner_keyboard_fallback=maybe\n") << "scanner_keyboard_fallback";
        QTest::newRow("gap not a number")
            << QByteArray("wedge_max_gap_ms=fast\n") << "wedge_max_gap_ms";
        QTest::newRow("gap too long") << QByteArray("wedge_max_gap_ms=500\n") << "wedge_max_gap_ms";
        QTest::newRow("no framing, tiny codes")
            << QByteArray("wedge_suffix=none\nwedge_min_length=2\n") << "wedge_min_length";
    }
    void badWedgeValuesNameTheKey()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        QTemporaryDir dir;
        const Result<AppConfig> c = loadIni(dir, ini);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::Configuration);
        QVERIFY2(c.error().message.contains(key), qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
