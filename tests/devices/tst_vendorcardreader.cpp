#include "devices/cardreader/cardbasanswer.h"
#include "devices/cardreader/vendorcardreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using devices::VendorCardReader;

namespace {
// The fake library's card (tests/devices/fakevendorcardlib.cpp): made-up values.
const QString kCertNo = QStringLiteral("360102198001011235");
const QString kCardId = QStringLiteral("360100D156000005000123456789ABCD");
const QString kName = QStringLiteral("赵六");

QStringList g_log;
void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}

/// GB18030 bytes of `text` (the test's own encoder: Qt's).
QByteArray gb(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}
} // namespace

class TestVendorCardReader : public QObject
{
    Q_OBJECT
private:
    VendorCardReader::Options options(const QString& library = QStringLiteral(FAKE_VENDOR_LIB))
    {
        VendorCardReader::Options o;
        o.libraryPath = library;
        o.helperPath = QStringLiteral(CARDHELPER);
        o.timeoutMs = 1'500;
        return o;
    }
    Result<CardCredential> readWith(const char* mode, const VendorCardReader::Options& o)
    {
        qputenv("PHARMAPOS_FAKE_CARD", mode);
        VendorCardReader reader(o);
        return reader.readCard();
    }
    /// The message names the problem (`expected`), and no personal value reached it or the log.
    void verifyRefused(const Result<CardCredential>& r, const QString& expected)
    {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        for (const QString& secret : {kCertNo, kCardId, kName}) {
            QVERIFY(!r.error().message.contains(secret));
            for (const QString& line : std::as_const(g_log))
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }

private Q_SLOTS:
    void init()
    {
        g_log.clear();
        qInstallMessageHandler(collect);
    }
    void cleanup() { qInstallMessageHandler(nullptr); }

    // ---- the answer's parser: a pure function, fed hostile input -----------------------------

    void parsesTheStandardAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        // The field order of the 人社部 reader interface (iReadCardBas, tested by LD/T 6001.5-2023):
        // 发卡地区|社会保障号码|卡号|卡识别码|姓名|卡复位信息|规范版本|发卡日期|卡有效期|终端机编号|终端设备号|
        const QByteArray standard = gb(QStringLiteral(
            "360100|360102198001011235|A12345678|360100D156000005000123456789ABCD|赵六|"
            "00814E3536|3.00|20200101|20300101|T0001|D0001|"));
        QTest::newRow("standard, ending in |") << standard;
        QTest::newRow("no final |") << standard.chopped(1);
        QTest::newRow("line end after it") << standard + "\r\n";
        QTest::newRow("extended answer: more fields") << standard + "EXTRA|MORE|";
        QTest::newRow("fields padded with spaces")
            << gb(QStringLiteral("360100| 360102198001011235 |A12345678| "
                                 "360100D156000005000123456789ABCD |赵六 |00|3.00|||T|D|"));
        QTest::newRow("lower-case x in the number")
            << gb(QStringLiteral("360100|360102198001011235|A1|360100D156000005000123456789ABCD|"
                                 "赵六|00|3.00|20200101|20300101|T|D|"));
    }
    void parsesTheStandardAnswer()
    {
        QFETCH(QByteArray, answer);
        Result<CardCredential> card = devices::parseCardBasAnswer(answer);
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        QCOMPARE(card->type, CredentialType::SocialSecurityCard);
        QCOMPARE(card->certNo, kCertNo);
        QCOMPARE(card->cardSn, kCardId);
        QCOMPARE(card->holderName, kName);
    }

    void namesWhatIsWrongWithAnAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expected");
        const auto card = [](const QString& certNo, const QString& cardId, const QString& name) {
            return gb(QStringLiteral("360100|%1|A1|%2|%3|00|3.00|20200101|20300101|T|D|")
                          .arg(certNo, cardId, name));
        };
        QTest::newRow("empty") << QByteArray() << QStringLiteral("内容为空");
        QTest::newRow("only separators")
            << QByteArray("|||||||||||") << QStringLiteral("没有社会保障号码");
        QTest::newRow("too few fields")
            << QByteArray("360100|360102198001011235|") << QStringLiteral("只有 2 项，应有 11 项");
        QTest::newRow("one field short")
            << QByteArray("360100|360102198001011235|A1|360100D15600000500012345|X|00|3.00|1|2|T|")
            << QStringLiteral("只有 10 项");
        QTest::newRow("huge") << QByteArray(100'000, 'A')
                              << QStringLiteral("内容过长（100000 字节）");
        QTest::newRow("just over the limit")
            << QByteArray(devices::kMaxCardBasAnswerBytes + 1, '|') << QStringLiteral("内容过长");
        QTest::newRow("not GB18030: 0xFF") << QByteArray("360100|\xff\xff|") + QByteArray(20, '|')
                                           << QStringLiteral("不是有效的 GBK/GB18030 文本");
        QTest::newRow("not GB18030: broken pair")
            << QByteArray("360100|360102198001011235|A1|ABCDEFGH|\x81\x20|00|3|1|2|T|D|")
            << QStringLiteral("不是有效的 GBK/GB18030 文本");
        QTest::newRow("four-byte sequence cut short")
            << QByteArray("360100|360102198001011235|A1|ABCDEFGH|\x81\x30|00|3|1|2|T|D|")
            << QStringLiteral("不是有效的 GBK/GB18030 文本");
        QTest::newRow("lead byte at the very end")
            << QByteArray("360100|360102198001011235|A1|ABCDEFGH|X|00|3|1|2|T|D|\xd5")
            << QStringLiteral("不是有效的 GBK/GB18030 文本");
        QTest::newRow("NUL inside") << QByteArray("360100|3601\0"
                                                  "02198001011235|",
                                                  27)
                                    << QStringLiteral("含有空字符");
        QTest::newRow("number with letters in it")
            << card(QStringLiteral("36010219800101ABC!"), kCardId, kName)
            << QStringLiteral("社会保障号码格式不对");
        QTest::newRow("number too short") << card(QStringLiteral("3601"), kCardId, kName)
                                          << QStringLiteral("社会保障号码格式不对");
        QTest::newRow("no card identifier")
            << card(kCertNo, QString(), kName) << QStringLiteral("没有卡识别码");
        QTest::newRow("card identifier with spaces")
            << card(kCertNo, QStringLiteral("3601 00D1 5600"), kName)
            << QStringLiteral("卡识别码格式不对");
        QTest::newRow("no name") << card(kCertNo, kCardId, QString()) << QStringLiteral("没有姓名");
        QTest::newRow("name with a control character")
            << card(kCertNo, kCardId, QStringLiteral("赵\x1b六")) << QStringLiteral("控制字符");
        QTest::newRow("name far too long")
            << card(kCertNo, kCardId, QString(60, u'赵')) << QStringLiteral("姓名过长");
    }
    void namesWhatIsWrongWithAnAnswer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);
        Result<CardCredential> card = devices::parseCardBasAnswer(answer);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, ErrorCode::DeviceFailure);
        QVERIFY2(card.error().message.startsWith(QStringLiteral("读卡器返回的卡信息无法识别")),
                 qPrintable(card.error().message));
        QVERIFY2(card.error().message.contains(expected), qPrintable(card.error().message));
        QVERIFY(!card.error().message.contains(kCertNo));
    }

    void decodesAGb18030Name()
    {
        // 欧阳·娜娜: the middle dot is GB18030 A1A4.
        const QByteArray answer = "360100|360102198001011235|A1|360100D156000005000123456789ABCD|"
                                  "\xc5\xb7\xd1\xf4\xa1\xa4\xc4\xc8\xc4\xc8|00|3|1|2|T|D|";
        Result<CardCredential> card = devices::parseCardBasAnswer(answer);
        QVERIFY(card.ok());
        QCOMPARE(card->holderName, QStringLiteral("欧阳·娜娜"));
    }

    // ---- the reader: the real helper process against the fake vendor library ------------------

    void readsACardThroughTheHelper()
    {
        Result<CardCredential> card = readWith("ok", options());
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        QCOMPARE(card->type, CredentialType::SocialSecurityCard);
        QCOMPARE(card->certNo, kCertNo);
        QCOMPARE(card->cardSn, kCardId);
        QCOMPARE(card->holderName, kName);
        for (const QString& line : std::as_const(g_log))
            for (const QString& secret : {kCertNo, kCardId, kName})
                QVERIFY2(!line.contains(secret), qPrintable(line));
        VendorCardReader reader(options());
        QVERIFY(!reader.isSimulated());
        QVERIFY(reader.deviceName().contains(QStringLiteral("libfakevendorcard")));
    }

    void saysWhatWentWrong_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("vendor error code and message")
            << QByteArray("error") << QStringLiteral("厂商动态库返回错误码 -11：卡片未插入")
            << ErrorCode::DeviceFailure;
        QTest::newRow("library aborts")
            << QByteArray("abort") << QStringLiteral("厂商动态库在读卡时崩溃")
            << ErrorCode::DeviceFailure;
        QTest::newRow("library segfaults")
            << QByteArray("segv") << QStringLiteral("厂商动态库在读卡时崩溃")
            << ErrorCode::DeviceFailure;
        QTest::newRow("answer not GBK")
            << QByteArray("garbage") << QStringLiteral("不是有效的 GBK/GB18030 文本")
            << ErrorCode::DeviceFailure;
        QTest::newRow("answer too short")
            << QByteArray("few") << QStringLiteral("只有 2 项") << ErrorCode::DeviceFailure;
        QTest::newRow("answer huge")
            << QByteArray("huge") << QStringLiteral("内容过长") << ErrorCode::DeviceFailure;
    }
    void saysWhatWentWrong()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QString, expected);
        QFETCH(ErrorCode, code);
        Result<CardCredential> r = readWith(mode.constData(), options());
        verifyRefused(r, expected);
        QCOMPARE(r.error().code, code);
        QVERIFY(r.error().message.startsWith(QStringLiteral("医保读卡器（厂商动态库")));
    }

    void killsAHangingLibraryAtItsTimeout()
    {
        QElapsedTimer timer;
        timer.start();
        Result<CardCredential> r = readWith("hang", options());
        verifyRefused(r, QStringLiteral("读卡超时：厂商动态库 1.5 秒内没有回应"));
        QVERIFY2(timer.elapsed() < 6'000, qPrintable(QString::number(timer.elapsed())));
    }

    void refusesALibraryThatIsMissing()
    {
        Result<CardCredential> r =
            readWith("ok", options(QStringLiteral("/nonexistent/libvendor.so")));
        verifyRefused(r, QStringLiteral("厂商动态库 /nonexistent/libvendor.so 不存在"));
        QCOMPARE(r.error().code, ErrorCode::Configuration);
    }

    void refusesARelativeLibraryPath()
    {
        Result<CardCredential> r = readWith("ok", options(QStringLiteral("libvendor.so")));
        verifyRefused(r, QStringLiteral("绝对路径"));
    }

    void refusesALibraryWithoutTheFunction()
    {
        Result<CardCredential> r =
            readWith("ok", options(QStringLiteral(FAKE_VENDOR_LIB_NOSYMBOL)));
        verifyRefused(r, QStringLiteral("中没有 iReadCardBas 函数"));
        QCOMPARE(r.error().code, ErrorCode::Configuration);
    }

    void refusesAFileThatIsNoLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("libnot.so"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an ELF file\n");
        f.close();
        Result<CardCredential> r = readWith("ok", options(path));
        verifyRefused(r, QStringLiteral("无法加载厂商动态库 %1").arg(path));
        QCOMPARE(r.error().code, ErrorCode::Configuration);
    }

    void refusesAMissingHelper()
    {
        VendorCardReader::Options o = options();
        o.helperPath = QStringLiteral("/nonexistent/pharmapos-cardhelper");
        Result<CardCredential> r = readWith("ok", o);
        verifyRefused(r, QStringLiteral("读卡辅助程序 /nonexistent/pharmapos-cardhelper 不存在"));
    }
};

QTEST_GUILESS_MAIN(TestVendorCardReader)
#include "tst_vendorcardreader.moc"
