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

/// Loads `text` as the whole configuration file.
Result<AppConfig> loadText(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("store.ini"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    f.close();
    return AppConfig::load(dir.path(), path, false);
}

/// The refusal must contain every `|`-separated part ("ok" expects success).
void expectRefusal(const Result<AppConfig>& c, const QString& parts)
{
    if (parts == u"ok") {
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        return;
    }
    QVERIFY2(!c.ok(), qPrintable(QStringLiteral("accepted, expected: ") + parts));
    QCOMPARE(c.error().code, ErrorCode::Configuration);
    QVERIFY2(c.error().message.contains(QStringLiteral("store.ini")),
             qPrintable(c.error().message));
    for (const QString& part : parts.split(u'|'))
        QVERIFY2(c.error().message.contains(part), qPrintable(c.error().message));
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

    // Issue 12: every value has its type and range; a refusal names the file, the line, the
    // section, the key, the value and what is allowed. The rows are the reliability probe's.
    void valuesOutOfRangeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("expected"); // "ok" or the parts the message must contain
        QTest::newRow("max_failed_logins=99999999999 does not wrap (lockout stays on)")
            << QByteArray("[security]\nmax_failed_logins=99999999999\n")
            << "第 2 行|[security] max_failed_logins = “99999999999”|超出范围|1–20 的整数";
        QTest::newRow("max_failed_logins=abc") << QByteArray("[security]\nmax_failed_logins=abc\n")
                                               << "max_failed_logins|不是整数|1–20";
        QTest::newRow("max_failed_logins=0")
            << QByteArray("[security]\nmax_failed_logins=0\n") << "超出范围|1–20";
        QTest::newRow("max_failed_logins=5.0")
            << QByteArray("[security]\nmax_failed_logins=5.0\n") << "不是整数";
        QTest::newRow("max_failed_logins=20")
            << QByteArray("[security]\nmax_failed_logins=20\n") << "ok";
        QTest::newRow("lockout_minutes=2147483647")
            << QByteArray("[security]\nlockout_minutes=2147483647\n") << "lockout_minutes|1–1440";
        QTest::newRow("idle_lock_minutes=-5")
            << QByteArray("[security]\nidle_lock_minutes=-5\n") << "idle_lock_minutes|0–240";
        QTest::newRow("idle_lock_minutes=0 turns the lock off")
            << QByteArray("[security]\nidle_lock_minutes=0\n") << "ok";
        QTest::newRow("near_expiry_days=999999999")
            << QByteArray("[inventory]\nnear_expiry_days=999999999\n") << "near_expiry_days|0–1095";
        QTest::newRow("near_expiry_days=abc")
            << QByteArray("[inventory]\nnear_expiry_days=abc\n") << "不是整数";
        QTest::newRow("scanner_timeout_ms=0")
            << QByteArray("[devices]\nscanner_timeout_ms=0\n") << "scanner_timeout_ms|5–5000";
        QTest::newRow("wedge_max_gap_ms=0")
            << QByteArray("[devices]\nwedge_max_gap_ms=0\n") << "wedge_max_gap_ms|1–200";
        QTest::newRow("printer_timeout_ms=abc") << QByteArray("[devices]\nprinter_timeout_ms=abc\n")
                                                << "printer_timeout_ms|1000–300000";
        QTest::newRow("prescription_printer_timeout_ms=999999999")
            << QByteArray("[devices]\nprescription_printer_timeout_ms=999999999\n")
            << "prescription_printer_timeout_ms|1000–300000";
        QTest::newRow("paper=33") << QByteArray("[devices]\npaper=33\n") << "paper = “33”|80、58";
        QTest::newRow("scanner_aim_prefix=maybe")
            << QByteArray("[devices]\nscanner_aim_prefix=maybe\n")
            << "scanner_aim_prefix|on 或 off";
        QTest::newRow("unreceived_trace_code=maybe")
            << QByteArray("[scanning]\nunreceived_trace_code=maybe\n") << "warn、refuse";
        QTest::newRow("unreceived_trace_code=REFUSE (case does not matter)")
            << QByteArray("[scanning]\nunreceived_trace_code=REFUSE\n") << "ok";
        QTest::newRow("receipt_printer=escpos-tcp:999.999.999.999")
            << QByteArray("[devices]\nreceipt_printer=escpos-tcp:999.999.999.999\n")
            << "第 2 行|receipt_printer|写法不对";
        QTest::newRow("receipt_printer=escpos-tcp:127.0.0.1:99999")
            << QByteArray("[devices]\nreceipt_printer=escpos-tcp:127.0.0.1:99999\n")
            << "receipt_printer|写法不对";
        QTest::newRow("receipt_printer=escpos-tcp:printer-1.local")
            << QByteArray("[devices]\nreceipt_printer=escpos-tcp:printer-1.local:9100\n") << "ok";
        QTest::newRow("scanner=bogus")
            << QByteArray("[devices]\nscanner=bogus\n") << "第 2 行|[devices] scanner = “bogus”";
        QTest::newRow("fixmedins_code=X123")
            << QByteArray("[store]\nfixmedins_code=X123\n") << "fixmedins_code|P 加 11 位数字";
        QTest::newRow("store name of 61 characters")
            << QByteArray("[store]\nname=") + QString(61, u'药').toUtf8() + '\n'
            << "[store] name|1–60 个字符";
        QTest::newRow("[platform] as app/platformconfig documents it")
            << QByteArray("[platform]\nlink = off\nurl = https://fsi.example/api/callService\n"
                          "auth = csb\ncrypto = on\n"
                          "connect_timeout_ms = 10000\nmsgid_block = 3\nmdtrtarea_admvs = 360102\n"
                          "sign_expired_pattern = 签到\n")
            << "ok";
        QTest::newRow("[platform] connect_timeout_ms=0")
            << QByteArray("[platform]\nconnect_timeout_ms=0\n") << "connect_timeout_ms|100–600000";
        QTest::newRow("[platform] mdtrtarea_admvs=3601")
            << QByteArray("[platform]\nmdtrtarea_admvs=3601\n")
            << "mdtrtarea_admvs|6 位行政区划代码";
        QTest::newRow("store name with a control character")
            << QByteArray("[store]\nname=\"a\\x07b\"\n") << "含控制字符";
    }
    void valuesOutOfRangeAreRefused()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        expectRefusal(loadText(dir, ini), expected);
    }

    // A value in range is the value used.
    void valuesInRangeAreUsed()
    {
        QTemporaryDir dir;
        const Result<AppConfig> c = loadText(
            dir, "[security]\nmax_failed_logins = 3\nlockout_minutes=30\nidle_lock_minutes=0\n"
                 "[inventory]\nnear_expiry_days=90\n[devices]\npaper=58\nprinter_timeout_ms=5000\n"
                 "prescription_paper=80\n");
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->lockout.maxFailures, 3);
        QCOMPARE(c->lockout.lockMinutes, 30);
        QCOMPARE(c->idleLockMinutes, 0);
        QCOMPARE(c->nearExpiryDays, 90);
        QCOMPARE(c->receiptPrinter.widthColumns, 32);
        QCOMPARE(c->receiptPrinter.jobTimeoutMs, 5000);
        QCOMPARE(c->prescriptionPrinter.widthColumns, 48);
        QCOMPARE(c->prescriptionPrinter.jobTimeoutMs, 5000); // the receipt printer's
    }

    // A typo must not leave the default in force unnoticed: an unknown key or section is refused,
    // naming the line and the key it probably meant.
    void unknownKeysAndSectionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("expected");
        QTest::newRow("misspelt key")
            << QByteArray("[security]\nmax_faild_logins=3\n")
            << "第 2 行|[security] 里没有 max_faild_logins 这个键|是不是 max_failed_logins";
        QTest::newRow("key in the wrong section")
            << QByteArray("[inventory]\nmax_failed_logins=3\n")
            << "max_failed_logins 属于 [security]";
        QTest::newRow("misspelt section") << QByteArray("[securty]\nmax_failed_logins=3\n")
                                          << "第 1 行|未知的节 [securty]|是不是 security";
        QTest::newRow("capitalised section") << QByteArray("[Security]\n") << "未知的节 [Security]";
        QTest::newRow("QSettings' [General]") << QByteArray("[General]\nx=1\n") << "[General]";
        QTest::newRow("unknown key, nothing near")
            << QByteArray("[store]\nwebsite=x\n") << "[store] 里没有 website 这个键";
    }
    void unknownKeysAndSectionsAreRefused()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        expectRefusal(loadText(dir, ini), expected);
    }

    // What is not a configuration file is refused saying what it is.
    void garbageFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("expected");
        QByteArray binary(5000, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919 + 13) % 256); // deterministic "random" bytes
        QTest::newRow("binary garbage") << binary << "不是文本文件|NUL";
        QTest::newRow("GBK-encoded store name (Windows Notepad)")
            << QByteArray("[store]\nname=\xC8\xCA\xD0\xC4\xB4\xF3\xD2\xA9\xB7\xBF\n")
            << "GB18030|UTF-8 保存";
        QTest::newRow("a 1 MB store name")
            << QByteArray("[store]\nname=") + QString(350000, u'药').toUtf8() << "超过 64 KB";
        QTest::newRow("keys without a section") << QByteArray("max_failed_logins=3\n")
                                                << "第 1 行|max_failed_logins 不在任何 [节] 之下";
        QTest::newRow("section without closing bracket")
            << QByteArray("[security\nmax_failed_logins=abc\n") << "第 1 行|缺少右方括号";
        QTest::newRow("a line that is nothing")
            << QByteArray("[security]\nlockout\n") << "第 2 行|“lockout”既不是 [节]、键 = 值";
        QTest::newRow("a key written twice")
            << QByteArray("[security]\nmax_failed_logins=3\nmax_failed_logins=50\n")
            << "第 3 行|在第 2 行已经写过";
        QTest::newRow("an unknown escape") << QByteArray("[store]\nname=a\\qb\n") << "未知的转义";
        QTest::newRow("an unclosed quote")
            << QByteArray("[store]\nname=\"abc\n") << "缺少结尾的引号";
        QTest::newRow("an empty file is no configuration") << QByteArray() << "ok";
        QTest::newRow("comments only") << QByteArray("; nothing\n# here\n") << "ok";
    }
    void garbageFilesAreRefused()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        expectRefusal(loadText(dir, ini), expected);
    }

    void aMissingFileOrADirectoryIsNamed()
    {
        QTemporaryDir dir;
        const Result<AppConfig> missing =
            AppConfig::load(dir.path(), dir.filePath(QStringLiteral("nope.ini")), false);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.ini 不存在")));
        const Result<AppConfig> directory = AppConfig::load(dir.path(), dir.path(), false);
        QVERIFY(!directory.ok());
        QVERIFY(directory.error().message.contains(QStringLiteral("是目录")));
    }

    // The syntax: comments, quoting, escapes. A value with a comma or " ;" is kept whole (QSettings
    // turned "a, b" into a list and dropped it).
    void syntax_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("address");
        QTest::newRow("comma kept") << QByteArray("[store]\naddress=南昌市, 八一大道\n")
                                    << QStringLiteral("南昌市, 八一大道");
        QTest::newRow("inline comment after whitespace")
            << QByteArray("[store]\naddress=八一大道 100 号   ; 门店地址\n")
            << QStringLiteral("八一大道 100 号");
        QTest::newRow("semicolon inside a word is text")
            << QByteArray("[store]\naddress=A;B\n") << QStringLiteral("A;B");
        QTest::newRow("quoted: spaces and ' ;' kept")
            << QByteArray("[store]\naddress=\"  1 号 ; 2 号  \" ; comment\n")
            << QStringLiteral("  1 号 ; 2 号  ");
        QTest::newRow("escapes") << QByteArray("[store]\naddress=a\\\\b\\\"c\\x41\n")
                                 << QStringLiteral("a\\b\"cA");
        QTest::newRow("CRLF, BOM, spaces around =")
            << QByteArray("\xEF\xBB\xBF[store]\r\n  address   =   x  \r\n") << QStringLiteral("x");
        QTest::newRow("# comment line, ; comment line")
            << QByteArray("# a\n; b\n[store]\naddress=#1 楼\n") << QStringLiteral("#1 楼");
    }
    void syntax()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, address);
        QTemporaryDir dir;
        const Result<AppConfig> c = loadText(dir, ini);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->store.address, address);
    }

    // The store profile the demo writes reads back exactly, whatever its characters.
    void storeProfileRoundTrips()
    {
        QTemporaryDir dir;
        Result<AppConfig> c = AppConfig::load(dir.path(), QString(), true);
        QVERIFY(c.ok());
        AppConfig written = *c;
        written.store.name = QStringLiteral(" 仁心\"大药房\"; 分店 ");
        written.store.address = QStringLiteral("南昌市, 八一大道 #1\\2");
        written.receiptPrinter.widthColumns = 32;
        QVERIFY(written.writeStoreProfileIfMissing().ok());
        const Result<AppConfig> back = AppConfig::load(dir.path(), QString(), false);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->store.name, written.store.name);
        QCOMPARE(back->store.address, written.store.address);
        QCOMPARE(back->store.phone, written.store.phone);
        QCOMPARE(back->receiptPrinter.widthColumns, 32);
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
