// Imported CSV (delivery notes, counted stocktake sheets) is read as it streams in, within
// ImportLimits: a file over a limit is refused naming the limit, without holding more than the
// limit in memory (the probe's 150 MB note once took 4 GB and aborted; /dev/zero grew until the
// machine ran out). Encodings as tst_textencoding; the GBK fixture is real iconv output.
#include "app/core/csv/csvreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
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

/// A pipe-like device: sequential, `chunk` bytes per read at most, `pattern` repeated `repeats`
/// times (-1: for ever, like /dev/zero). Counts the bytes it handed out.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray pattern, qint64 repeats, qint64 chunk)
        : m_pattern(std::move(pattern))
        , m_total(repeats < 0 ? -1 : repeats * m_pattern.size())
        , m_chunk(chunk)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 handedOut() const { return m_pos; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        qint64 n = qMin(max, m_chunk);
        if (m_total >= 0)
            n = qMin(n, m_total - m_pos);
        for (qint64 i = 0; i < n; ++i)
            data[i] = m_pattern.at((m_pos + i) % m_pattern.size());
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_pattern;
    qint64 m_total;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

Result<CsvTable> readBytes(const QByteArray& bytes, const ImportLimits& limits = {})
{
    QByteArray copy = bytes;
    QBuffer b(&copy);
    b.open(QIODevice::ReadOnly);
    return readCsv(b, QStringLiteral("到货单 t.csv"), limits);
}

QString joined(const QList<QStringList>& rows)
{
    QStringList lines;
    for (const QStringList& r : rows)
        lines << r.join(u'|');
    return lines.join(u'\n');
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // RFC 4180 as before the reader streamed: quotes, doubled quotes, line breaks in quotes, CRLF,
    // CR, empty fields, a last line without a line break — also when every byte arrives alone
    // (a quote pair or a CRLF split between two reads).
    void parsing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("rows");
        QTest::newRow("quotes, CRLF, line break in quotes")
            << QByteArray("\xEF\xBB\xBF"
                          "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n3,,\n")
            << "a|b|c\nx,1|say \"hi\"|two\nlines\n3||";
        QTest::newRow("last line without a line break") << QByteArray("a,b\n1,2") << "a|b\n1|2";
        QTest::newRow("CR alone ends a line") << QByteArray("a\rb\r\n") << "a\nb";
        QTest::newRow("blank line is one empty cell") << QByteArray("a\n\nb\n") << "a\n\nb";
        QTest::newRow("quote inside an unquoted field is text")
            << QByteArray("5\"x,\"y\"z\n") << "5\"x|yz";
        QTest::newRow("UTF-16LE tab-separated (Excel Unicode text)")
            << QByteArray("\xFF\xFE", 2) + QByteArray("a\0\t\0\x9b\x4f\n\0", 8) << "a|供";
    }
    void parsing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, rows);
        const Result<CsvTable> whole = readBytes(csv);
        QVERIFY2(whole.ok(), whole.ok() ? "" : qPrintable(whole.error().message));
        QCOMPARE(joined(whole->rows), rows);
        for (const qint64 chunk : {1, 2, 3}) {
            TrickleDevice pipe(csv, 1, chunk);
            const Result<CsvTable> trickled = readCsv(pipe, QStringLiteral("pipe"));
            QVERIFY(trickled.ok());
            QCOMPARE(joined(trickled->rows), rows);
        }
        QCOMPARE(parseCsv(csv), whole->rows);
    }

    // A GBK note (Chinese Excel's "CSV") reads as the same rows as its UTF-8 twin, from a file or
    // from a pipe, and says it was GB18030.
    void gbkNoteReadsAsItsUtf8Twin()
    {
        const Result<CsvTable> utf8 = readBytes(fixture("gbk_delivery.utf8.csv"));
        QVERIFY(utf8.ok());
        QCOMPARE(utf8->encoding, TextEncoding::Utf8);
        const Result<CsvTable> file = readCsvFile(
            QStringLiteral(PHARMAPOS_TEST_PURCHASES "/gbk_delivery.csv"), QStringLiteral("到货单"));
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
        QCOMPARE(file->encoding, TextEncoding::Gb18030);
        QCOMPARE(file->rows, utf8->rows);
        QCOMPARE(file->rows.at(0).at(0), QStringLiteral("供货单位"));
        TrickleDevice pipe(fixture("gbk_delivery.csv"), 1, 7);
        const Result<CsvTable> piped = readCsv(pipe, QStringLiteral("pipe"));
        QVERIFY(piped.ok());
        QCOMPARE(piped->rows, utf8->rows);
    }

    // Every limit, hit: the message names it (and where), nothing is returned.
    void limits_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<int>("maxFieldChars");
        QTest::addColumn<int>("maxColumns");
        QTest::addColumn<QString>("message");
        QTest::newRow("too many lines")
            << QByteArray("h\n1\n2\n3\n") << 3 << 100 << 10 << "超过 3 行的上限";
        QTest::newRow("a field too long") << QByteArray("h,h\n1,123456\n") << 10 << 5 << 10
                                          << "第 2 行第 2 列超过 5 个字符的上限";
        QTest::newRow("a quote that never closes runs into the field limit")
            << QByteArray("h\n\"abc\n") + QByteArray(20, 'x') << 100 << 10 << 10
            << "第 2 行第 1 列超过 10 个字符的上限（从第 2 行开始的引号可能没有闭合）";
        QTest::newRow("a quote still open at the end of the file")
            << QByteArray("h\n1\n\"abc") << 100 << 100 << 10
            << "第 3 行开始的引号直到文件结尾都没有闭合";
        QTest::newRow("a line of commas") << QByteArray("h\n") + QByteArray(1000, ',') << 100 << 100
                                          << 16 << "第 2 行超过 16 列的上限";
        QTest::newRow("limits hold in GBK too")
            << fixture("gbk_delivery.csv") << 2 << 1000 << 100 << "超过 2 行的上限";
    }
    void limits()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, maxRows);
        QFETCH(int, maxFieldChars);
        QFETCH(int, maxColumns);
        QFETCH(QString, message);
        ImportLimits limits;
        limits.maxRows = maxRows;
        limits.maxFieldChars = maxFieldChars;
        limits.maxColumns = maxColumns;
        const Result<CsvTable> t = readBytes(csv, limits);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::InvalidInput);
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
        QVERIFY(t.error().message.contains(QStringLiteral("到货单 t.csv")));
    }

    // Bytes no encoding has are named by line and byte, with what to do; nothing is read.
    void unreadableBytesAreNamed()
    {
        const Result<CsvTable> t =
            readBytes(QByteArray("a,b\n") + fixture("gbk_delivery.csv").left(40) + "\xFF\n");
        QVERIFY(!t.ok());
        QVERIFY2(
            t.error().message.contains(QStringLiteral("到货单 t.csv 既不是 UTF-8 也不是 GB18030"))
                && t.error().message.contains(QStringLiteral("第 2 行第 41 字节（文件第 45 字节）"))
                && t.error().message.contains(QStringLiteral("另存为“CSV UTF-8（逗号分隔）”")),
            qPrintable(t.error().message));
    }

    // The defaults are the documented ones.
    void defaultLimits()
    {
        const ImportLimits l;
        QCOMPARE(l.maxFileBytes, 20LL * 1024 * 1024);
        QCOMPARE(l.maxRows, 50'000);
        QCOMPARE(l.maxFieldChars, 65'536);
        QCOMPARE(l.maxColumns, 256);
    }

    // A file over the size limit is refused before a byte of it is read: the probe's 150 MB note
    // (here sparse, so the test writes nothing) costs no time and no memory.
    void aFileOverTheSizeLimitIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(150LL * 1024 * 1024));
        f.close();
        QElapsedTimer t;
        t.start();
        const Result<CsvTable> r = readCsvFile(path, QStringLiteral("到货单 huge.csv"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("大小 150.0 MB"))
                     && r.error().message.contains(QStringLiteral("上限 20.0 MB")),
                 qPrintable(r.error().message));
        QVERIFY2(t.elapsed() < 2000, "the size is known: nothing needs reading");
    }

    // Input of unknown size (a pipe) is counted as it arrives and refused once past the limit:
    // the reader never holds more than the limit and a chunk.
    void anEndlessPipeIsRefusedAtTheLimit()
    {
        ImportLimits limits;
        limits.maxFileBytes = 1024 * 1024;
        TrickleDevice endless("a,b,c\n", -1, 64 * 1024);
        const Result<CsvTable> r = readCsv(endless, QStringLiteral("到货单 管道"), limits);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("上限 1.0 MB")),
                 qPrintable(r.error().message));
        QVERIFY(endless.handedOut() <= limits.maxFileBytes + 64 * 1024);
    }

    // /dev/zero, the probe's endless input: refused at its first chunk (NUL bytes are not text).
    void devZeroIsNotText()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero on this system");
        const Result<CsvTable> r =
            readCsvFile(QStringLiteral("/dev/zero"), QStringLiteral("到货单"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("不是文本文件")),
                 qPrintable(r.error().message));
    }

    void missingFileAndDirectoryAreNamed()
    {
        QTemporaryDir dir;
        const Result<CsvTable> missing = readCsvFile(dir.filePath(QStringLiteral("nope.csv")),
                                                     QStringLiteral("到货单 nope.csv"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.csv")));
        const Result<CsvTable> directory = readCsvFile(dir.path(), QStringLiteral("到货单"));
        QVERIFY(!directory.ok());
        QVERIFY(directory.error().message.contains(QStringLiteral("目录")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
