#include "app/core/csv/csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

/// Bytes read at a time: large enough that a system call per chunk costs nothing, small enough
/// that a chunk and its decoded text are a rounding error next to the rows.
constexpr qint64 kChunkBytes = 64 * 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

Error tooBig(const QString& what, const QString& size, qint64 limit)
{
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("%1 %2，超过导入文件的上限 %3 MB：请确认选对了文件，或分成几个文件导入")
                         .arg(what, size, megabytes(limit)));
}

/// RFC 4180 as a push parser: text arrives in pieces of any size (a quote pair or a CRLF may be
/// split between them), rows come out whole, and every limit is checked as the text arrives.
class CsvParser
{
public:
    CsvParser(const ImportLimits& limits, QChar delimiter, const QString& what)
        : m_limits(limits)
        , m_delimiter(delimiter)
        , m_what(what)
    {
    }

    Status feed(QStringView text)
    {
        for (const QChar c : text) {
            if (m_afterCr) {
                m_afterCr = false;
                if (c == u'\n')
                    continue; // CRLF: one line break
            }
            if (m_quoted) {
                if (m_quoteInQuoted) {
                    m_quoteInQuoted = false;
                    if (c == u'"') {
                        if (Status s = append(c); !s)
                            return s;
                        continue;
                    }
                    m_quoted = false; // that quote closed the field; c is read as unquoted
                } else if (c == u'"') {
                    m_quoteInQuoted = true;
                    continue;
                } else {
                    if (c == u'\n' || c == u'\r') {
                        ++m_line;
                        m_afterCr = c == u'\r';
                    }
                    if (Status s = append(c); !s)
                        return s;
                    continue;
                }
            }
            if (c == u'"' && !m_fieldStarted) {
                m_quoted = true;
                m_fieldStarted = true;
                m_quoteLine = m_line;
            } else if (c == m_delimiter) {
                if (Status s = endField(); !s)
                    return s;
            } else if (c == u'\n' || c == u'\r') {
                m_afterCr = c == u'\r';
                if (Status s = endRow(); !s)
                    return s;
                ++m_line;
            } else {
                m_fieldStarted = true;
                if (Status s = append(c); !s)
                    return s;
            }
        }
        return {};
    }

    Status finish()
    {
        if (m_quoted && !m_quoteInQuoted)
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("%1 第 %2 行开始的引号直到文件结尾都没有闭合").arg(m_what).arg(m_quoteLine));
        if (m_fieldStarted || !m_row.isEmpty())
            return endRow();
        return {};
    }

    QList<QStringList> takeRows() { return std::move(m_rows); }

private:
    Status append(QChar c)
    {
        if (m_field.size() >= m_limits.maxFieldChars)
            return makeError(
                ErrorCode::InvalidInput,
                (m_quoted ? Tr::tr("%1 第 %2 行第 %3 列超过 %4 个字符的上限（从第 %5 行开始的引号"
                                   "可能没有闭合）")
                                .arg(m_what)
                                .arg(m_quoteLine)
                                .arg(m_row.size() + 1)
                                .arg(m_limits.maxFieldChars)
                                .arg(m_quoteLine)
                          : Tr::tr("%1 第 %2 行第 %3 列超过 %4 个字符的上限")
                                .arg(m_what)
                                .arg(m_line)
                                .arg(m_row.size() + 1)
                                .arg(m_limits.maxFieldChars)));
        m_field += c;
        return {};
    }

    Status endField()
    {
        if (m_row.size() >= m_limits.maxColumns)
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1 第 %2 行超过 %3 列的上限")
                                                          .arg(m_what)
                                                          .arg(m_line)
                                                          .arg(m_limits.maxColumns));
        m_row << m_field;
        m_field.clear();
        m_fieldStarted = false;
        m_quoted = false;
        m_quoteInQuoted = false;
        return {};
    }

    Status endRow()
    {
        if (Status s = endField(); !s)
            return s;
        if (m_rows.size() >= m_limits.maxRows)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 超过 %2 行的上限：请分成几个文件导入")
                                 .arg(m_what)
                                 .arg(m_limits.maxRows));
        m_rows << m_row;
        m_row.clear();
        return {};
    }

    const ImportLimits m_limits;
    const QChar m_delimiter;
    const QString m_what;
    QList<QStringList> m_rows;
    QStringList m_row;
    QString m_field;
    bool m_quoted = false;
    bool m_quoteInQuoted = false; ///< a quote inside a quoted field: closing, or the first of ""
    bool m_fieldStarted = false;
    bool m_afterCr = false;
    qint64 m_line = 1;      ///< the file's line (a line break inside quotes counts)
    qint64 m_quoteLine = 1; ///< where the open quoted field started
};

/// Excel's "Unicode 文本" is tab-separated: a first line with tabs and no comma.
QChar delimiterOf(QStringView text)
{
    qsizetype end = text.indexOf(u'\n');
    const QStringView first = end < 0 ? text : text.left(end);
    return first.contains(u'\t') && !first.contains(u',') ? QChar(u'\t') : QChar(u',');
}
} // namespace

Result<CsvTable> readCsv(QIODevice& in, const QString& what, const ImportLimits& limits)
{
    if (!in.isSequential() && in.size() > limits.maxFileBytes)
        return tooBig(what, Tr::tr("大小 %1 MB").arg(megabytes(in.size())), limits.maxFileBytes);

    // Pass 1: the encoding, from every byte.
    EncodingSniffer sniffer;
    QByteArray kept; // a pipe cannot be read twice
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    const qint64 start = in.isSequential() ? 0 : in.pos();
    const auto readError = [&] {
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("读取 %1 失败：%2").arg(what, in.errorString()));
    };
    while (true) {
        const qint64 n = in.read(chunk.data(), kChunkBytes);
        if (n < 0)
            return readError();
        if (n == 0)
            break;
        const QByteArrayView bytes(chunk.constData(), n);
        sniffer.feed(bytes);
        if (sniffer.bytesSeen() > limits.maxFileBytes)
            return tooBig(what,
                          Tr::tr("超过 %1 MB（仍未读完）").arg(megabytes(limits.maxFileBytes)),
                          limits.maxFileBytes);
        if (in.isSequential())
            kept.append(bytes.data(), bytes.size());
        if (sniffer.isHopeless())
            break; // a NUL byte in a file without a UTF-16 BOM: not text, whatever follows
    }
    sniffer.finish();
    const Result<EncodingSniffer::Verdict> verdict =
        sniffer.verdict(what, Tr::tr("请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”后再导入"));
    if (!verdict)
        return verdict.error();

    // Pass 2: decode and split, a chunk at a time.
    QBuffer buffer(&kept);
    QIODevice* source = &in;
    if (in.isSequential()) {
        buffer.open(QIODevice::ReadOnly);
        source = &buffer;
    } else if (!in.seek(start)) {
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("读取 %1 失败：%2").arg(what, in.errorString()));
    }
    if (verdict->bomBytes > 0)
        (void)source->read(verdict->bomBytes);
    TextDecoder decoder(verdict->encoding);
    if (!decoder.isValid())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 是 %2 编码，本机无法解码（Qt 没有 ICU，iconv 也没有这种编码）："
                                "请另存为 UTF-8")
                             .arg(what, encodingName(verdict->encoding)));
    CsvTable table;
    table.encoding = verdict->encoding;
    std::optional<CsvParser> parser;
    while (true) {
        const qint64 n = source->read(chunk.data(), kChunkBytes);
        if (n < 0)
            return readError();
        if (n == 0)
            break;
        const QString text = decoder.decode(QByteArrayView(chunk.constData(), n));
        if (!parser) {
            table.delimiter = delimiterOf(text);
            parser.emplace(limits, table.delimiter, what);
        }
        if (Status s = parser->feed(text); !s)
            return s.error();
    }
    decoder.finish();
    if (decoder.hasError())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("%1 按 %2 解码时有无法识别的字节").arg(what, encodingName(table.encoding)));
    if (parser) {
        if (Status s = parser->finish(); !s)
            return s.error();
        table.rows = parser->takeRows();
    }
    return table;
}

Result<CsvTable> readCsvFile(const QString& path, const QString& what, const ImportLimits& limits)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("%1 不存在").arg(what));
    if (info.isDir())
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 是目录，不是文件").arg(what));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Tr::tr("无法读取 %1：%2").arg(what, f.errorString()));
    return readCsv(f, what, limits);
}

QList<QStringList> parseCsv(const QByteArray& data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Result<CsvTable> table = readCsv(buffer, QStringLiteral("CSV"));
    return table ? std::move(table->rows) : QList<QStringList>();
}

} // namespace pos
