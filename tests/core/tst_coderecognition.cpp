#include "app/core/codes/coderecognition.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pos::codes;

namespace {
// The GS1 DataMatrix of zxing-cpp's testdata datamatrix-1/gs1-figure-4.15.1-2-32x32.txt (the
// example of GS1 General Specifications figure 4.15.1-2), bytes exactly as zxing decodes them;
// datamatrix-1/gs1-figure-4.15.1-2-32x32.result.txt reports symbology ]d2.
const QByteArray kGs1Figure = QByteArrayLiteral("0109504000059101"
                                                "2112345678p901\x1d"
                                                "101234567p\x1d"
                                                "171411208200http://www.gs1.org/demo/");
} // namespace

class TestCodeRecognition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// One row per payload: what it is read as, and the fields toJson() must then show.
    void recognise_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("symbology");     // as the device reports it
        QTest::addColumn<QByteArray>("substitute"); // RecognitionOptions::gsSubstitute
        QTest::addColumn<QString>("family");        // familyId()
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("fields");  // "key=value;…" as toJson() shows them
        QTest::addColumn<QString>("reason");  // a part of the rejection reason
        QTest::addColumn<QString>("warning"); // a part of the one warning; empty: none

        const QString none;
        // EAN-13 from zxing-cpp testdata ean13-3/01.txt and ean13-3/36.txt.
        QTest::newRow("ean13 zxing ean13-3/01")
            << QByteArray("9780764544200") << none << QByteArray() << "ean13" << true
            << "gtin=09780764544200" << none << none;
        QTest::newRow("ean13 zxing ean13-3/36")
            << QByteArray("9781585730575") << none << QByteArray() << "ean13" << true
            << "gtin=09781585730575" << none << none;
        QTest::newRow("ean13 check digit wrong")
            << QByteArray("9780764544201") << none << QByteArray() << "unknown" << false << ""
            << "13 位数字但校验位错误：按 EAN-13 应为 0，扫到 1" << none;
        QTest::newRow("ean13 reported ]E0")
            << QByteArray("6901234567892") << "]E0" << QByteArray() << "ean13" << true
            << "gtin=06901234567892;symbologyId=]E0" << none << none;
        QTest::newRow("ean13 AIM prefix in payload")
            << QByteArray("]E06901234567892") << none << QByteArray() << "ean13" << true
            << "gtin=06901234567892;symbologyId=]E0" << none << none;
        QTest::newRow("]E0 but 12 digits")
            << QByteArray("690123456789") << "]E0" << QByteArray() << "unknown" << false << ""
            << "设备报告 EAN-13（]E0），但内容不是 13 位数字" << none;
        QTest::newRow("ean13 wedge CR LF ignored")
            << QByteArray("6901234567892\r\n") << none << QByteArray() << "ean13" << true
            << "gtin=06901234567892;raw=6901234567892<CR><LF>;rawHex=363930313233343536373839320d0a"
            << none << none;
        // EAN-8 and UPC-A: the worked examples of Wikipedia's "EAN-8" and "Universal Product Code".
        QTest::newRow("ean8") << QByteArray("96385074") << none << QByteArray() << "ean8" << true
                              << "gtin=00000096385074" << none << none;
        QTest::newRow("ean8 check digit wrong")
            << QByteArray("96385075") << none << QByteArray() << "unknown" << false << ""
            << "按 EAN-8 应为 4，扫到 5" << none;
        QTest::newRow("ean8 reported ]E4")
            << QByteArray("96385074") << "]E4" << QByteArray() << "ean8" << true
            << "gtin=00000096385074" << none << none;
        QTest::newRow("upc-a") << QByteArray("036000291452") << none << QByteArray() << "upc_a"
                               << true << "gtin=00036000291452" << none << none;
        QTest::newRow("gtin-14") << QByteArray("10690123456784") << none << QByteArray() << "gtin14"
                                 << true << "gtin=10690123456784" << none << none;
        QTest::newRow("gtin-14 check digit wrong")
            << QByteArray("10690123456785") << none << QByteArray() << "unknown" << false << ""
            << "按 GTIN-14 应为 4，扫到 5" << none;
        QTest::newRow("drug standard code 86")
            << QByteArray("86901234567898") << none << QByteArray() << "drug_standard_code" << true
            << "drugStandardCode=86901234567898" << none << none;
        QTest::newRow("drug standard code check wrong")
            << QByteArray("86901234567891") << none << QByteArray() << "unknown" << false << ""
            << "按 药品本位码 应为 8，扫到 1" << none;
        QTest::newRow("18 digits")
            << QByteArray("102030405060708090") << "]C0" << QByteArray() << "unknown" << false << ""
            << "18 位数字：不是已知的码" << none;

        // 码上放心 trace codes: 20 digits, leading 8 (PLATFORM.md §4).
        QTest::newRow("trace code")
            << QByteArray("81234567890123456789") << none << QByteArray() << "trace_code" << true
            << "traceCode=81234567890123456789;tracePrefix=8123456" << none << none;
        QTest::newRow("trace code reported ]C0 with TAB")
            << QByteArray("81234567890123456789\t") << "]C0" << QByteArray() << "trace_code" << true
            << "traceCode=81234567890123456789" << none << none;
        QTest::newRow("trace code leading 1 warns")
            << QByteArray("11234567890123456789") << none << QByteArray() << "trace_code" << true
            << "tracePrefix=1123456" << none << "追溯码通常以 8 开头，此码以 1 开头";
        QTest::newRow("trace code flagged GS1-128")
            << QByteArray("81234567890123456789") << "]C1" << QByteArray() << "trace_code" << true
            << "traceCode=81234567890123456789" << none << "按 20 位追溯码处理";
        QTest::newRow("19 digits")
            << QByteArray("8123456789012345678") << none << QByteArray() << "unknown" << false << ""
            << "长度 19：不是追溯码（应为 20 位）" << none;
        QTest::newRow("21 digits") << QByteArray("812345678901234567890") << none << QByteArray()
                                   << "unknown" << false << ""
                                   << "长度 21：不是追溯码（应为 20 位）" << none;
        QTest::newRow("20 chars with a letter") << QByteArray("8123456789012345678A") << none
                                                << QByteArray() << "unknown" << false << ""
                                                << "第 20 个“A”不是数字：不是追溯码" << none;

        // GS1 element strings.
        QTest::newRow("gs1 figure 4.15.1-2 reported ]d2")
            << kGs1Figure << "]d2" << QByteArray() << "gs1" << true
            << "gtin=09504000059101;serial=12345678p901;batch=1234567p;expiry=2014-11-20;ais=01,21,10,17,8200;"
               "raw=0109504000059101"
               "2112345678p901<GS>101234567p<GS>171411208200http://www.gs1.org/demo/"
            << none << none;
        QTest::newRow("gs1 figure, AIM prefix in payload")
            << QByteArray("]d2" + kGs1Figure) << none << QByteArray() << "gs1" << true
            << "gtin=09504000059101;symbologyId=]d2;ais=01,21,10,17,8200" << none << none;
        QTest::newRow("gs1 figure, leading GS")
            << QByteArray("\x1d" + kGs1Figure) << none << QByteArray() << "gs1" << true
            << "gtin=09504000059101;batch=1234567p" << none << none;
        QTest::newRow("gs1 figure as ]Q3") << kGs1Figure << "]Q3" << QByteArray() << "gs1" << true
                                           << "serial=12345678p901" << none << none;
        QTest::newRow("gs1 with GS, no symbology")
            << QByteArray("010690123456789210ABC123\x1d"
                          "17260131")
            << none << QByteArray() << "gs1" << true
            << "gtin=06901234567892;batch=ABC123;expiry=2026-01-31" << none << none;
        QTest::newRow("gs1 digits only, lot last")
            << QByteArray("01069012345678921726013110ABC123") << none << QByteArray() << "gs1"
            << true << "batch=ABC123;expiry=2026-01-31;ais=01,17,10" << none << none;
        QTest::newRow("gs1 bracketed")
            << QByteArray("(01)06901234567892(17)260131(10)ABC123") << none << QByteArray() << "gs1"
            << true << "gtin=06901234567892;batch=ABC123;expiry=2026-01-31" << none << none;
        QTest::newRow("gs1 bracketed short GTIN")
            << QByteArray("(01)0690123456789(17)260131") << none << QByteArray() << "gs1" << false
            << ""
            << "AI 01（GTIN）应有 14 个字符，实有 13 个" << none;
        QTest::newRow("gs1 bracketed unknown AI")
            << QByteArray("(01)06901234567892(23)1") << none << QByteArray() << "gs1" << false << ""
            << "未知的 GS1 应用标识符（AI）：(23)" << none;
        QTest::newRow("gs1 substitute ~ configured")
            << QByteArray("010690123456789210ABC123~17260131") << none << QByteArray("~") << "gs1"
            << true << "batch=ABC123;expiry=2026-01-31" << none << none;
        QTest::newRow("gs1 substitute <GS> configured")
            << QByteArray("010690123456789221S1<GS>10L1") << none << QByteArray("<GS>") << "gs1"
            << true << "serial=S1;batch=L1" << none << none;
        QTest::newRow("gs1 leading substitute")
            << QByteArray("~0106901234567892") << none << QByteArray("~") << "gs1" << true
            << "gtin=06901234567892" << none << none;
        QTest::newRow("substitute in a URL is not GS1")
            << QByteArray("http://example.com/~shop/item") << none << QByteArray("~") << "unknown"
            << false << ""
            << "无法识别" << none;
        QTest::newRow("gs1 substitute ~ not configured")
            << QByteArray("010690123456789210ABC123~17260131") << none << QByteArray() << "gs1"
            << true << "batch=ABC123~17260131" << none
            << "AI 10（BATCH/LOT）之后没有 GS 分隔符，无法确定该字段在哪里结束";
        QTest::newRow("gs1 GS dropped before a date")
            << QByteArray("010690123456789210ABC12317260131") << "]d2" << QByteArray() << "gs1"
            << true << "batch=ABC12317260131" << none << "无法确定该字段在哪里结束";
        QTest::newRow("gs1 AI 17 day 00")
            << QByteArray("01069012345678921726020010L1") << "]d2" << QByteArray() << "gs1" << true
            << "expiry=2026-02-28" << none << none;
        QTest::newRow("gs1 AI 17 day 00 leap year")
            << QByteArray("01069012345678921724020010L1") << "]d2" << QByteArray() << "gs1" << true
            << "expiry=2024-02-29" << none << none;
        QTest::newRow("gs1 AI 11 production")
            << QByteArray("0106901234567892112501151728011410L1") << "]d2" << QByteArray() << "gs1"
            << true << "production=2025-01-15;expiry=2028-01-14" << none << none;
        QTest::newRow("gs1 AI 17 bad month")
            << QByteArray("01069012345678921726130010L1") << "]d2" << QByteArray() << "gs1" << false
            << ""
            << "AI 17（USE BY OR EXPIRY）日期无效：“261300”的月份 13 无效" << none;
        QTest::newRow("gs1 AI 17 bad day") << QByteArray("01069012345678921726023010L1") << "]d2"
                                           << QByteArray() << "gs1" << false << ""
                                           << "2026 年 02 月没有 30 日" << none;
        QTest::newRow("gs1 lot over 20") << QByteArray("010690123456789210ABCDEFGHIJKLMNOPQRSTU")
                                         << "]d2" << QByteArray() << "gs1" << false << ""
                                         << "AI 10（BATCH/LOT）长 21 个字符，超过上限 20" << none;
        QTest::newRow("gs1 unknown AI")
            << QByteArray("010690123456789223ABC") << "]d2" << QByteArray() << "gs1" << false << ""
            << "未知的 GS1 应用标识符（AI）：数据从“23ABC”起" << none;
        QTest::newRow("gs1 GTIN check in AI 01")
            << QByteArray("010690123456789317260131") << "]d2" << QByteArray() << "gs1" << false
            << ""
            << "AI 01（GTIN）校验位错误：应为 2，扫到 3" << none;
        QTest::newRow("gs1 AI 01 not digits")
            << QByteArray("01069012345678A2") << "]d2" << QByteArray() << "gs1" << false << ""
            << "AI 01（GTIN）应为数字，第 13 个字符是“A”" << none;
        QTest::newRow("gs1 repeated AI differs") << QByteArray("010690123456789210A\x1d"
                                                               "10B")
                                                 << "]d2" << QByteArray() << "gs1" << false << ""
                                                 << "AI 10（BATCH/LOT）出现两次且值不同" << none;
        QTest::newRow("gs1 NHRN and net weight")
            << QByteArray("01069012345678923103001250712CN123") << "]d2" << QByteArray() << "gs1"
            << true << "ais=01,3103,712" << none << none;
        QTest::newRow("gs1 space is outside set 82")
            << QByteArray("010690123456789210AB C\x1d"
                          "17260131")
            << "]d2" << QByteArray() << "gs1" << true << "batch=AB C" << none
            << "GS1 字符集之外的字符“0x20”";
        QTest::newRow("gs1 empty after AIM")
            << QByteArray("]d2\x1d") << none << QByteArray() << "gs1" << false << ""
            << "GS1 数据为空" << none;
        // zxing-cpp testdata code128-1/*.txt whose .result.txt reports ]C1 (GS1-128).
        QTest::newRow("zxing code128-1/1 (]C1)")
            << QByteArray("168901") << "]C1" << QByteArray() << "gs1" << false << ""
            << "AI 16（SELL BY）应有 6 个字符，实有 4 个" << none;
        QTest::newRow("zxing code128-1/4 (]C1)")
            << QByteArray("123456") << "]C1" << QByteArray() << "gs1" << false << ""
            << "AI 12（DUE DATE）应有 6 个字符，实有 4 个" << none;
        QTest::newRow("zxing code128-1/5 (]C1)")
            << QByteArray("8101054321120021123456") << "]C1" << QByteArray() << "gs1" << false << ""
            << "未知的 GS1 应用标识符（AI）：数据从“81010543”起" << none;
        // code128-1/3.txt reports ]C0: the same digits are not read as GS1.
        QTest::newRow("zxing code128-1/3 (]C0)")
            << QByteArray("102030405060708090") << "]C0" << QByteArray() << "unknown" << false << ""
            << "18 位数字" << none;

        // MA codes: examples published with MA (IDcode) encoders and decoders.
        QTest::newRow("ma code")
            << QByteArray(
                   "MA.156.M0.100350.01004YA10017.SLMSAGAAAC.M210628.LAY21062803.E220628.V220627.C3")
            << none << QByteArray() << "ma_code" << true
            << "batch=AY21062803;serial=LMSAGAAAC;production=2021-06-28;expiry=2022-06-28" << none
            << none;
        QTest::newRow("ma code V expiry")
            << QByteArray("MA.156.M0.100761.21234561.Sx00008.L20220117.V220130") << "]Q1"
            << QByteArray() << "ma_code" << true << "serial=x00008;batch=20220117;expiry=2022-01-30"
            << none << none;
        QTest::newRow("ma code incomplete")
            << QByteArray("MA.156.M0") << none << QByteArray() << "ma_code" << false << ""
            << "MA 码不完整" << none;
        QTest::newRow("ma code bad country") << QByteArray("MA.15X.M0.100350.01004") << none
                                             << QByteArray() << "ma_code" << false << ""
                                             << "国家代码“15X”应为 3 位数字" << none;
        QTest::newRow("ma code bad date") << QByteArray("MA.156.M0.100350.0100.E221328") << none
                                          << QByteArray() << "ma_code" << false << ""
                                          << "MA 码 .E 段日期无效：“221328”的月份 13 无效" << none;

        // 医保药品编码: PLATFORM.md §4's example.
        QTest::newRow("insurance drug code X")
            << QByteArray("XA01ABD075A002010100483") << none << QByteArray()
            << "insurance_drug_code" << true << "insuranceDrugCode=XA01ABD075A002010100483" << none
            << none;
        QTest::newRow("insurance drug code Z")
            << QByteArray("ZA04AAA0001010103012345") << none << QByteArray()
            << "insurance_drug_code" << true << "" << none << none;
        QTest::newRow("insurance drug code lower case")
            << QByteArray("XA01ABD075a002010100483") << none << QByteArray() << "unknown" << false
            << ""
            << "第 11 个“a”不是大写字母或数字" << none;

        // Codes PharmaPOS prints itself.
        QTest::newRow("internal print confirmation")
            << QByteArray("PPOS-PRN-J42-123456") << "]Q1" << QByteArray() << "internal" << true
            << "token=PPOS-PRN-J42-123456" << none << none;
        QTest::newRow("internal prefix without dash")
            << QByteArray("PPOSPRN") << none << QByteArray() << "unknown" << false << ""
            << "无法识别" << none;
        QTest::newRow("internal prefix only")
            << QByteArray("PPOS-") << none << QByteArray() << "unknown" << false << ""
            << "无法识别" << none;

        // Control characters and nothing at all.
        QTest::newRow("BEL inside") << QByteArray("69012345\x07"
                                                  "67892")
                                    << none << QByteArray() << "unknown" << false << ""
                                    << "包含不可打印字符 0x07（第 9 个字节）" << none;
        QTest::newRow("ESC sequence")
            << QByteArray("\x1b[A") << none << QByteArray() << "unknown" << false << ""
            << "包含不可打印字符 0x1B（第 1 个字节）" << none;
        QTest::newRow("empty") << QByteArray() << none << QByteArray() << "unknown" << false << ""
                               << "扫码内容为空" << none;
        QTest::newRow("only CR LF")
            << QByteArray("\r\n") << none << QByteArray() << "unknown" << false << "raw=<CR><LF>"
            << "扫码内容为空" << none;
        QTest::newRow("url") << QByteArray("http://www.example.com") << "]Q1" << QByteArray()
                             << "unknown" << false << ""
                             << "如为医保电子凭证或电子处方二维码，请在设置中配置其格式" << none;
        QTest::newRow("short text")
            << QByteArray("Hello") << none << QByteArray() << "unknown" << false << ""
            << "无法识别：5 个字符" << none;
    }
    void recognise()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, symbology);
        QFETCH(QByteArray, substitute);
        QFETCH(QString, family);
        QFETCH(bool, accepted);
        QFETCH(QString, fields);
        QFETCH(QString, reason);
        QFETCH(QString, warning);

        RecognitionOptions options;
        options.gsSubstitute = substitute;
        const Recognition r = pos::codes::recognise(payload, symbology, options);
        const QJsonObject json = toJson(r);
        QCOMPARE(familyId(r.family), family);
        QCOMPARE(json.value(QStringLiteral("family")).toString(), family);
        QCOMPARE(r.accepted, accepted);
        QCOMPARE(json.value(QStringLiteral("accepted")).toBool(), accepted);
        QCOMPARE(r.raw, payload); // never normalised
        if (accepted) {
            QVERIFY2(r.reason.isEmpty(), qPrintable(r.reason));
        } else {
            QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
            QCOMPARE(json.value(QStringLiteral("reason")).toString(), r.reason);
        }
        if (warning.isEmpty()) {
            QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'|')));
        } else {
            QCOMPARE(r.warnings.size(), 1);
            QVERIFY2(r.warnings.first().contains(warning), qPrintable(r.warnings.first()));
        }
        for (const QString& kv : fields.split(u';', Qt::SkipEmptyParts)) {
            const QString key = kv.section(u'=', 0, 0);
            const QString value = kv.section(u'=', 1);
            if (key == QLatin1StringView("ais")) {
                QStringList ais;
                for (const QJsonValue& e : json.value(QStringLiteral("elements")).toArray())
                    ais << e[QStringLiteral("ai")].toString();
                QCOMPARE(ais.join(u','), value);
            } else {
                QCOMPARE(json.value(key).toString(), value);
            }
        }
    }

    /// The GS1 elements carry their AI, title and exact value; the figure's URL stays whole.
    void gs1Elements()
    {
        const Recognition r = pos::codes::recognise(kGs1Figure, QStringLiteral("]d2"));
        QCOMPARE(r.elements.size(), 5);
        QCOMPARE(r.elements.at(0).title, QStringLiteral("GTIN"));
        QCOMPARE(r.elements.at(2).title, QStringLiteral("BATCH/LOT"));
        QCOMPARE(r.elements.at(3).value, QStringLiteral("141120"));
        QCOMPARE(r.elements.at(4).ai, QStringLiteral("8200"));
        QCOMPARE(r.elements.at(4).value, QStringLiteral("http://www.gs1.org/demo/"));
        QCOMPARE(r.expiry, QDate(2014, 11, 20));
    }

    /// 医保电子凭证 and e-prescription QR tokens are recognised only by the shapes a store
    /// configures; built-in families still win.
    void tokenShapes_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("token");
        QTest::newRow("voucher by prefix")
            << QByteArray("EC36011234567890ABCDEF") << "insurance_voucher"
            << "EC36011234567890ABCDEF";
        QTest::newRow("voucher too short") << QByteArray("EC12") << "unknown"
                                           << "";
        QTest::newRow("prescription") << QByteArray("RX2026000123") << "e_prescription"
                                      << "RX2026000123";
        QTest::newRow("prescription with UTF-8") << QByteArray("RX-处方-7") << "e_prescription"
                                                 << "RX-处方-7";
        QTest::newRow("invalid UTF-8") << QByteArray("RX\xff\xfe") << "unknown"
                                       << "";
        QTest::newRow("trace code wins over a catch-all")
            << QByteArray("81234567890123456789") << "trace_code"
            << "";
        QTest::newRow("catch-all long token")
            << QByteArray("a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6") << "insurance_voucher"
            << "a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6";
    }
    void tokenShapes()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, family);
        QFETCH(QString, token);
        RecognitionOptions options;
        options.voucherShapes = {TokenShape{QStringLiteral("EC"), 16, 64},
                                 TokenShape{QString(), 20, 64}};
        options.prescriptionShapes = {TokenShape{QStringLiteral("RX"), 4, 40}};
        const Recognition r = pos::codes::recognise(payload, {}, options);
        QCOMPARE(familyId(r.family), family);
        QCOMPARE(r.accepted, family != QLatin1StringView("unknown"));
        QCOMPARE(r.token, token);
        // Without configured shapes the same payloads are not tokens.
        if (family == QLatin1StringView("insurance_voucher")
            || family == QLatin1StringView("e_prescription"))
            QCOMPARE(pos::codes::recognise(payload).family, CodeFamily::Unknown);
    }

    // What the scan diagnostics screen and the journal show of a payload.
    void readableRawNamesControlBytes()
    {
        QCOMPARE(pos::codes::readableRaw(QByteArray("A\x1d"
                                                    "B\r\n\x7f",
                                                    6)),
                 QStringLiteral("A<GS>B<CR><LF><DEL>"));
        QCOMPARE(pos::codes::readableRaw(QByteArray("阿莫\t")), QStringLiteral("阿莫<TAB>"));
    }

    void internalPrefixesAreConfigurable()
    {
        RecognitionOptions options;
        options.internalPrefixes = {QStringLiteral("SHOP")};
        QCOMPARE(pos::codes::recognise("SHOP-SALE-1", {}, options).token,
                 QStringLiteral("SHOP-SALE-1"));
        QCOMPARE(pos::codes::recognise("PPOS-PRN-1", {}, options).family, CodeFamily::Unknown);
    }

    void reportedAndPayloadSymbologyDisagree()
    {
        const Recognition r = pos::codes::recognise("]E06901234567892", QStringLiteral("]C0"));
        QCOMPARE(r.family, CodeFamily::Ean13);
        QCOMPARE(r.symbologyId, QStringLiteral("]C0"));
        QCOMPARE(r.warnings.size(), 1);
    }

    void gs1CheckDigit_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<int>("check");
        QTest::newRow("GTIN-13 of the GS1 figure") << "0950400005910" << 1;
        QTest::newRow("UPC-A example") << "03600029145" << 2;
        QTest::newRow("EAN-8 example") << "9638507" << 4;
        QTest::newRow("check 0") << "978076454420" << 0;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("not digits") << "12a4" << -1;
        QTest::newRow("full-width digit") << "１23" << -1;
    }
    void gs1CheckDigit()
    {
        QFETCH(QString, digits);
        QFETCH(int, check);
        QCOMPARE(pos::codes::gs1CheckDigit(digits), check);
    }

    void everyFamilyHasAnIdAndAName()
    {
        QStringList ids;
        for (int f = int(CodeFamily::Unknown); f <= int(CodeFamily::Internal); ++f) {
            const auto family = static_cast<CodeFamily>(f);
            QVERIFY(!familyDisplayName(family).isEmpty());
            QVERIFY(!ids.contains(familyId(family)));
            ids << familyId(family);
        }
        QCOMPARE(ids.first(), QStringLiteral("unknown"));
    }

    void jsonCarriesEverything()
    {
        const QJsonObject j = toJson(pos::codes::recognise(QByteArray("]d2") + kGs1Figure + "\r"));
        QCOMPARE(j.value(QStringLiteral("symbologyId")).toString(), QStringLiteral("]d2"));
        QCOMPARE(j.value(QStringLiteral("familyName")).toString(), QStringLiteral("GS1 数据码"));
        QVERIFY(j.value(QStringLiteral("raw"))
                    .toString()
                    .startsWith(QStringLiteral("]d20109504000059101")));
        QVERIFY(j.value(QStringLiteral("raw")).toString().endsWith(QStringLiteral("/demo/<CR>")));
        QVERIFY(j.value(QStringLiteral("rawHex")).toString().startsWith(QStringLiteral("5d6432")));
        QVERIFY(j.value(QStringLiteral("warnings")).isArray());
        const QJsonObject e = j.value(QStringLiteral("elements")).toArray().at(2).toObject();
        QCOMPARE(e.value(QStringLiteral("ai")).toString(), QStringLiteral("10"));
        QCOMPARE(e.value(QStringLiteral("title")).toString(), QStringLiteral("BATCH/LOT"));
        QCOMPARE(e.value(QStringLiteral("value")).toString(), QStringLiteral("1234567p"));
        QVERIFY(!j.contains(QStringLiteral("traceCode"))); // absent fields are left out
    }
};

QTEST_APPLESS_MAIN(TestCodeRecognition)
#include "tst_coderecognition.moc"
