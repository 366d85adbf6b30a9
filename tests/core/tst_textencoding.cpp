// How an imported file's bytes are read: UTF-8 (BOM or not) when every sequence is well-formed,
// GB18030/GBK (what Chinese Excel and WPS save as "CSV") otherwise, a damaged file named by the
// line and byte of its first unreadable bytes. The GBK bytes are real: tests/app/purchases/
// gbk_delivery.csv was written by glibc's iconv (iconv -f UTF-8 -t GBK) from gbk_delivery.utf8.csv,
// and the GB18030 four-byte rows by iconv at test time when it is installed.
#include "app/core/text/textencoding.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace pos;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(PHARMAPOS_TEST_PURCHASES "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

/// `text` as glibc's iconv writes it in `encoding`; empty when iconv is not installed.
QByteArray iconvEncode(const QString& text, const char* encoding)
{
    const QString iconv = QStandardPaths::findExecutable(QStringLiteral("iconv"));
    if (iconv.isEmpty())
        return {};
    QProcess p;
    p.start(iconv, {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"),
                    QString::fromLatin1(encoding)});
    p.write(text.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished();
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

Result<EncodingSniffer::Verdict> sniff(const QByteArray& bytes, qsizetype chunk = 0)
{
    EncodingSniffer s;
    if (chunk <= 0) {
        s.feed(bytes);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += chunk)
            s.feed(QByteArrayView(bytes).sliced(i, qMin(chunk, bytes.size() - i)));
    }
    s.finish();
    return s.verdict(QStringLiteral("测试文件"));
}

QString decodeAll(const QByteArray& bytes, TextEncoding e, TextDecoder::Backend backend,
                  qsizetype chunk, bool* error = nullptr)
{
    TextDecoder d(e, backend);
    QString out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        out += d.decode(QByteArrayView(bytes).sliced(i, qMin(chunk, bytes.size() - i)));
    d.finish();
    if (error)
        *error = d.hasError();
    return out;
}

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Which encoding a file is read in, or where it is unreadable ("error: " + words the message
    // must contain).
    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray utf8 = QStringLiteral("供货单位,批号\n南华医药,B1\n").toUtf8();
        QTest::newRow("ASCII only is UTF-8") << QByteArray("a,b\n1,2\n") << "UTF-8/0";
        QTest::newRow("empty file is UTF-8") << QByteArray() << "UTF-8/0";
        QTest::newRow("UTF-8 without BOM") << utf8 << "UTF-8/0";
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + utf8 << "UTF-8/3";
        QTest::newRow("GBK from Chinese Excel (iconv fixture)")
            << fixture("gbk_delivery.csv") << "GB18030/0";
        QTest::newRow("UTF-16LE with BOM (Excel Unicode text)")
            << QByteArray("\xFF\xFE", 2) + QByteArray("a\0\t\0b\0", 6) << "UTF-16LE/2";
        QTest::newRow("UTF-16BE with BOM")
            << QByteArray("\xFE\xFF", 2) + QByteArray("\0a", 2) << "UTF-16BE/2";
        QTest::newRow("NUL byte: not text")
            << QByteArray("a,b\n1,2\0,3\n", 10) << "error: NUL|第 2 行第 4 字节（文件第 8 字节）";
        QTest::newRow("UTF-8 with one damaged byte is damaged UTF-8, not GBK")
            << QStringLiteral("供货单位,批号,通用名称\n南华医药,B1,").toUtf8() + "\xFF"
                   + QStringLiteral("阿莫西林\n").toUtf8()
            << "error: 是 UTF-8 文本|第 2 行第 17 字节|FF";
        QTest::newRow("BOM but not UTF-8")
            << QByteArray("\xEF\xBB\xBF") + fixture("gbk_delivery.csv") << "error: 标明是 UTF-8";
        QTest::newRow("GBK with a byte no encoding has (FF)")
            << fixture("gbk_delivery.csv").replace(",2,9.60,", ",2,\xFF.60,")
            << "error: 既不是 UTF-8 也不是 GB18030|第 2 行|FF";
        QTest::newRow("GBK cut in the middle of a character")
            << fixture("gbk_delivery.csv").left(5) << "error: 第 1 行第 5 字节|B5";
        QTest::newRow("UTF-8 surrogate (ED A0 80) is neither")
            << QByteArray("ab\xED\xA0\x80") << "error: 既不是|第 1 行第 5 字节|80";
        QTest::newRow("GB18030 four-byte code beyond Unicode (FE 39 FE 39)")
            << QByteArray("x\xFE\x39\xFE\x39") << "error: 既不是|第 1 行第 2 字节|FE 39 FE 39";
    }
    void sniffing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(3)}) {
            const Result<EncodingSniffer::Verdict> v = sniff(bytes, chunk);
            if (expected.startsWith(QStringLiteral("error: "))) {
                QVERIFY2(!v.ok(), qPrintable(QStringLiteral("chunk %1").arg(chunk)));
                for (const QString& part : expected.mid(7).split(u'|'))
                    QVERIFY2(v.error().message.contains(part), qPrintable(v.error().message));
                QVERIFY(v.error().message.contains(QStringLiteral("测试文件")));
            } else {
                QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
                QCOMPARE(encodingName(v->encoding).section(u'（', 0, 0) + u'/'
                             + QString::number(v->bomBytes),
                         expected);
            }
        }
    }

    // The GBK fixture decodes to exactly its UTF-8 twin, through ICU (Qt) and through glibc's
    // iconv alike, whichever way the bytes are split into chunks.
    void gbkDecodesToTheSameText_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("chunk");
        QTest::newRow("Qt (ICU), whole") << int(TextDecoder::Backend::Automatic) << (1 << 20);
        QTest::newRow("Qt (ICU), byte by byte") << int(TextDecoder::Backend::Automatic) << 1;
        QTest::newRow("iconv, whole") << int(TextDecoder::Backend::Iconv) << (1 << 20);
        QTest::newRow("iconv, byte by byte") << int(TextDecoder::Backend::Iconv) << 1;
        QTest::newRow("iconv, 3 bytes at a time") << int(TextDecoder::Backend::Iconv) << 3;
    }
    void gbkDecodesToTheSameText()
    {
        QFETCH(int, backend);
        QFETCH(int, chunk);
        TextDecoder probe(TextEncoding::Gb18030, TextDecoder::Backend(backend));
        if (!probe.isValid())
            QSKIP("this machine's Qt has no ICU and its glibc no GB18030 gconv module");
        bool error = true;
        const QString text = decodeAll(fixture("gbk_delivery.csv"), TextEncoding::Gb18030,
                                       TextDecoder::Backend(backend), chunk, &error);
        QVERIFY(!error);
        QCOMPARE(text, QString::fromUtf8(fixture("gbk_delivery.utf8.csv"))
                           .replace(u'\n', QStringLiteral("\r\n")));
    }

    // GB18030 beyond GBK: four-byte codes for the rest of the BMP (㐀 U+3400) and outside it
    // (𠮷 U+20BB7 of 𠮷野家), written by iconv, decode both ways.
    void gb18030FourByteCodes()
    {
        const QString text = QStringLiteral("供货单位,生产厂商\n南华医药,𠮷林制药㐀€\n");
        const QByteArray bytes = iconvEncode(text, "GB18030");
        if (bytes.isEmpty())
            QSKIP("iconv (libc-bin) is not installed: no GB18030 bytes to test with");
        QVERIFY(bytes.contains("\x95\x34\xB2\x35")); // 𠮷 as GB18030 writes it
        QVERIFY(bytes.contains("\x81\x39\xEE\x39")); // 㐀
        const Result<EncodingSniffer::Verdict> v = sniff(bytes, 1);
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
        QCOMPARE(v->encoding, TextEncoding::Gb18030);
        for (const auto backend : {TextDecoder::Backend::Automatic, TextDecoder::Backend::Iconv}) {
            bool error = true;
            QCOMPARE(decodeAll(bytes, TextEncoding::Gb18030, backend, 2, &error), text);
            QVERIFY(!error);
        }
    }

    // A decoder given bytes its encoding does not have says so (the sniffer normally refuses them
    // first; this is the backstop).
    void decoderReportsUnreadableBytes()
    {
        for (const auto backend : {TextDecoder::Backend::Automatic, TextDecoder::Backend::Iconv}) {
            bool error = false;
            const QString text =
                decodeAll(QByteArray("ab\xFF\x80"), TextEncoding::Gb18030, backend, 64, &error);
            QVERIFY(error);
            QVERIFY(text.startsWith(QStringLiteral("ab")));
            QVERIFY(text.contains(QChar(0xFFFD)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
