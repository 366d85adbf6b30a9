#include "storage/xlsxreader.h"

#include "storage/logging.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTime>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <memory>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

// Excel's grid: a reference beyond it is a corrupt (or hostile) file, not a big sheet.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
// Cells held, counting the empty ones a sparse row pads with: 4 M is ~100 MB; a delivery note is a
// few thousand (ImportLimits bounds rows and columns; this bounds their product).
constexpr qint64 kMaxCells = 4'000'000;
constexpr int kMaxXmlDepth = XlsxReader::kMaxXmlDepth;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("XLSX 文件已损坏：%1").arg(detail));
}

struct UnzCloser
{
    void operator()(void* zf) const
    {
        if (zf)
            unzClose(zf); // also closes a part left open by an early return
    }
};
using Zip = std::unique_ptr<void, UnzCloser>;

/// A part's bytes, capped at `maxBytes` however large the ZIP header says it is; NotFound when the
/// package has no such part.
Result<QByteArray> readPart(unzFile zf, const QString& name, qint64 maxBytes)
{
    const auto tooBig = [&] {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("XLSX 文件的部件 %1 解压后超过 %2 MB，拒绝读取（可能是压缩炸弹）")
                             .arg(name, QString::number(double(maxBytes) / (1024 * 1024), 'g', 3)));
    };
    // OPC part names compare without case (2: case-insensitive).
    if (unzLocateFile(zf, name.toUtf8().constData(), 2) != UNZ_OK)
        return makeError(ErrorCode::NotFound, Tr::tr("XLSX 文件缺少部件 %1").arg(name));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zf, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return corrupt(Tr::tr("部件 %1 的目录项无法读取").arg(name));
    if (info.flag & 1u)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("XLSX 文件的部件 %1 已加密，无法读取").arg(name));
    if (info.uncompressed_size > quint64(maxBytes))
        return tooBig();
    if (unzOpenCurrentFile(zf) != UNZ_OK)
        return corrupt(Tr::tr("部件 %1 无法解压").arg(name));
    QByteArray data;
    data.reserve(qsizetype(info.uncompressed_size));
    char buffer[64 * 1024];
    int n = 0;
    while ((n = unzReadCurrentFile(zf, buffer, sizeof buffer)) > 0) {
        if (data.size() + n > maxBytes)
            return tooBig(); // the header lied
        data.append(buffer, n);
    }
    const int closed = unzCloseCurrentFile(zf); // UNZ_CRCERROR when the bytes are damaged
    if (n < 0 || closed != UNZ_OK)
        return corrupt(
            Tr::tr("部件 %1 解压失败（minizip 错误 %2）").arg(name).arg(n < 0 ? n : closed));
    return data;
}

QString tooDeep()
{
    return Tr::tr("元素嵌套超过 %1 层").arg(kMaxXmlDepth);
}

/// Reads to the end of the current element, as QXmlStreamReader::skipCurrentElement() does, but
/// refuses elements more than `depthLeft` levels below it.
void skipElement(QXmlStreamReader& x, int depthLeft)
{
    int depth = 1; // inside the current element; a child is `depth` levels below it
    while (depth > 0 && !x.atEnd()) {
        const QXmlStreamReader::TokenType token = x.readNext();
        if (token == QXmlStreamReader::StartElement && depth++ > depthLeft)
            x.raiseError(tooDeep());
        else if (token == QXmlStreamReader::EndElement)
            --depth;
    }
}

/// Hands every start element of a part to `onStart(x, depthLeft)` (which may read into it,
/// `depthLeft` levels deeper at most) and stops at the first error. DTDs are refused: OOXML has
/// none, and entity declarations are how XML bombs start (QXmlStreamReader never resolves
/// external entities either). Elements nest at most kMaxXmlDepth deep.
template <typename OnStart>
Status walk(const QByteArray& xml, const QString& part, OnStart&& onStart)
{
    QXmlStreamReader x(xml);
    int depth = 0;
    while (!x.atEnd()) {
        const QXmlStreamReader::TokenType token = x.readNext();
        if (token == QXmlStreamReader::DTD) {
            x.raiseError(Tr::tr("含 DTD"));
        } else if (token == QXmlStreamReader::StartElement) {
            if (++depth > kMaxXmlDepth) {
                x.raiseError(tooDeep());
                break;
            }
            Status s = onStart(x, kMaxXmlDepth - depth);
            if (!s)
                return s;
            if (x.tokenType() == QXmlStreamReader::EndElement)
                --depth; // onStart read the whole element
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (x.hasError())
        return corrupt(Tr::tr("部件 %1 不是有效的 XML：%2（第 %3 行）")
                           .arg(part, x.errorString())
                           .arg(x.lineNumber()));
    return {};
}

struct Relationship
{
    QString id;
    QString type;
    QString part; ///< the target, resolved to a part name
};

/// The relationships of `sourcePart` ("" for the package): none when it has no .rels part.
Result<QList<Relationship>> relationships(unzFile zf, const QString& sourcePart, qint64 maxBytes)
{
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    const QString dir = sourcePart.left(slash + 1);
    const QString relsPart =
        dir + QStringLiteral("_rels/") + sourcePart.mid(slash + 1) + QStringLiteral(".rels");
    Result<QByteArray> xml = readPart(zf, relsPart, maxBytes);
    if (!xml)
        return xml.error().code == ErrorCode::NotFound
                   ? Result<QList<Relationship>>(QList<Relationship>{})
                   : xml.error();
    QList<Relationship> rels;
    Status s = walk(*xml, relsPart, [&](QXmlStreamReader& x, int) -> Status {
        const QXmlStreamAttributes a = x.attributes();
        if (x.name() != u"Relationship" || a.value(QLatin1String("TargetMode")) == u"External")
            return {};
        const QString target = a.value(QLatin1String("Target")).toString();
        rels.append(Relationship{
            a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(),
            QDir::cleanPath(target.startsWith(u'/') ? target.mid(1) : dir + target)});
        return {};
    });
    if (!s)
        return s.error();
    return rels;
}

QString partOfType(const QList<Relationship>& rels, QStringView typeSuffix)
{
    for (const Relationship& r : rels)
        if (r.type.endsWith(typeSuffix))
            return r.part;
    return {};
}

/// ST_Xstring escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_).
QString unescapeXString(const QString& s)
{
    if (!s.contains(u"_x"))
        return s;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = escape.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QChar(m.capturedView(1).toUShort(nullptr, 16));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

/// The text of an <si> or <is> element: its <t>, or its rich-text runs' <t> joined. Phonetic runs
/// (<rPh>) hold readings, not text. Nothing more than `depthLeft` levels below the element.
QString readText(QXmlStreamReader& x, int depthLeft)
{
    QString text;
    int depth = 1; // inside the element; a child is `depth` levels below it
    while (depth > 0 && !x.atEnd()) {
        const QXmlStreamReader::TokenType token = x.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth > depthLeft)
                x.raiseError(tooDeep());
            else if (x.name() == u"rPh")
                skipElement(x, depthLeft - depth);
            else if (x.name() == u"t")
                text += x.readElementText();
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return unescapeXString(text);
}

Result<QStringList> readSharedStrings(const QByteArray& xml, const QString& part)
{
    QStringList strings;
    Status s = walk(xml, part, [&](QXmlStreamReader& x, int depthLeft) -> Status {
        if (x.name() != u"si")
            return {};
        if (strings.size() >= XlsxReader::kMaxSharedStrings)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("XLSX 文件的共享字符串超过 %1 个的上限，拒绝读取")
                                 .arg(XlsxReader::kMaxSharedStrings));
        strings << readText(x, depthLeft);
        return {};
    });
    if (!s)
        return s.error();
    return strings;
}

/// How a number is shown, as far as its text here is concerned.
enum class NumberKind
{
    Plain = 1,
    Date,
    Time,
    DateTime
};

/// The built-in formats of ECMA-376 Part 1 §18.8.30 (numFmt), with the East Asian ids as zh-CN
/// Excel and WPS write them (27–36, 50–58: yyyy"年"m"月"d"日", h"时"mm"分"…).
NumberKind builtinKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54)
        || id == 57 || id == 58)
        return NumberKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55
        || id == 56)
        return NumberKind::Time;
    return id == 22 ? NumberKind::DateTime : NumberKind::Plain;
}

/// A custom format code's kind from its date and time tokens. Only the first section (positive
/// numbers) counts; quoted literals ("年"), escapes (\- _) *x) and brackets ([Red], [$-804],
/// [DBNum1]) are not tokens, except the elapsed times [h] [mm] [ss].
NumberKind customKind(const QString& format)
{
    QString tokens;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'"') {
            const qsizetype end = format.indexOf(u'"', i + 1);
            i = end < 0 ? format.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = format.indexOf(u']', i);
            const QString inner = format.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            if (!inner.isEmpty() && QStringLiteral("hms").contains(inner.at(0))
                && inner.count(inner.at(0)) == inner.size())
                tokens += u'h';
            i = end < 0 ? format.size() : end;
        } else if (c == u';') {
            break;
        } else {
            tokens += c.toLower();
        }
    }
    tokens.remove(QStringLiteral("am/pm")).remove(QStringLiteral("a/p"));
    const bool date = tokens.contains(u'y') || tokens.contains(u'd');
    const bool time = tokens.contains(u'h') || tokens.contains(u's');
    if (date)
        return time ? NumberKind::DateTime : NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return tokens.contains(u'm') ? NumberKind::Date : NumberKind::Plain; // "mmm": a month
}

/// The number kind of each cell format (<cellXfs><xf>), by the index cells give in s="…".
Result<QList<NumberKind>> readStyles(const QByteArray& xml, const QString& part)
{
    QHash<int, QString> custom;
    QList<int> formatIds;
    Status s = walk(xml, part, [&](QXmlStreamReader& x, int depthLeft) -> Status {
        if (x.name() == u"numFmt") {
            custom.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                          x.attributes().value(QLatin1String("formatCode")).toString());
        } else if (x.name() == u"cellXfs") {
            while (x.readNextStartElement()) {
                if (x.name() == u"xf")
                    formatIds << x.attributes().value(QLatin1String("numFmtId")).toInt();
                skipElement(x, depthLeft - 1);
            }
        }
        return {};
    });
    if (!s)
        return s.error();
    QList<NumberKind> kinds;
    for (int id : formatIds)
        kinds << (custom.contains(id) ? customKind(custom.value(id)) : builtinKind(id));
    return kinds;
}

/// A number as its shortest decimal text: "9.6" for 9.6000000000000014, integers without ".0" or
/// an exponent while a double holds them exactly (EAN-13 codes typed as numbers survive).
QString numberText(const QString& v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v;
    if (std::abs(d) < 9007199254740992.0 && d == std::floor(d))
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

/// An Excel serial date. The 1900 system counts 1900-01-01 as day 1 and keeps Lotus 1-2-3's
/// 1900-02-29 (day 60) that never was; the 1904 system counts from 1904-01-01 as day 0. A serial
/// with no calendar date (negative, day 0 of 1900) keeps its number.
QString serialText(const QString& v, NumberKind kind, bool date1904)
{
    bool ok = false;
    const double serial = v.toDouble(&ok);
    if (!ok || !(serial >= 0) || serial >= 2958466) // 2958466: 10000-01-01
        return numberText(v);
    const qint64 seconds = std::llround(serial * 86400);
    const qint64 days = seconds / 86400;
    const QString time =
        QTime(0, 0).addSecs(int(seconds % 86400)).toString(QStringLiteral("HH:mm:ss"));
    if (kind == NumberKind::Time)
        return time;
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        date = QStringLiteral("1900-02-29");
    else if (days == 0)
        return numberText(v);
    else
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    return kind == NumberKind::DateTime && seconds % 86400 != 0 ? date + u' ' + time : date;
}

/// t="d" cells hold an ISO 8601 date (strict OOXML, some exporters).
QString isoDateText(const QString& v)
{
    const QDateTime dt = QDateTime::fromString(v.trimmed(), Qt::ISODate);
    if (!dt.isValid())
        return v;
    const QString date = dt.date().toString(Qt::ISODate);
    return dt.time() == QTime(0, 0) ? date
                                    : date + u' ' + dt.time().toString(QStringLiteral("HH:mm:ss"));
}

/// The zero-based column of a reference like "AB12", or -1.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128; ++i) {
        column = column * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i > 0 && i < ref.size() ? column - 1 : -1;
}

struct SheetContext
{
    QString part;
    QStringList sharedStrings;
    QList<NumberKind> styles;
    bool date1904 = false;
};

/// One cell's text, from its type, value, inline string and style.
Result<QString> cellText(const SheetContext& sheet, const QString& ref, QStringView type, int style,
                         const QString& value, const QString& inlineText)
{
    if (type == u"s") {
        bool ok = false;
        const int i = value.trimmed().toInt(&ok);
        if (!ok || i < 0 || i >= sheet.sharedStrings.size())
            return corrupt(Tr::tr("单元格 %1 引用的共享字符串 %2 不存在").arg(ref, value));
        return sheet.sharedStrings.at(i);
    }
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"b")
        return value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e")
        return value;
    if (type == u"d")
        return isoDateText(value);
    if (value.isEmpty())
        return QString();
    const NumberKind kind =
        style >= 0 && style < sheet.styles.size() ? sheet.styles.at(style) : NumberKind::Plain;
    return kind == NumberKind::Plain ? numberText(value.trimmed())
                                     : serialText(value.trimmed(), kind, sheet.date1904);
}

Result<QList<QStringList>> readSheet(const QByteArray& xml, const SheetContext& sheet,
                                     const ImportLimits& limits)
{
    QList<QStringList> rows;
    bool inRow = false;
    int column = -1;
    qint64 cells = 0;
    Status s = walk(xml, sheet.part, [&](QXmlStreamReader& x, int depthLeft) -> Status {
        const QXmlStreamAttributes a = x.attributes();
        if (x.name() == u"row") {
            bool ok = true;
            const QStringView r = a.value(QLatin1String("r"));
            const int number = r.isEmpty() ? int(rows.size()) + 1 : r.toInt(&ok);
            if (!ok || number <= rows.size() || number > kMaxRows)
                return corrupt(Tr::tr("%1 的行号“%2”无效或未按顺序").arg(sheet.part, r));
            if (number > limits.maxRows)
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("工作表第 %1 行超过 %2 行的上限：请分成几个文件导入")
                                     .arg(number)
                                     .arg(limits.maxRows));
            while (rows.size() < number)
                rows.append(QStringList()); // rows the file leaves out
            inRow = true;
            column = -1;
            return {};
        }
        if (x.name() != u"c" || !inRow)
            return {};
        const QString ref = a.value(QLatin1String("r")).toString();
        column = ref.isEmpty() ? column + 1 : columnOf(ref);
        if (column < 0 || column >= kMaxColumns)
            return corrupt(Tr::tr("单元格引用“%1”无效").arg(ref));
        if (column >= limits.maxColumns)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("单元格 %1 超出 %2 列的上限").arg(ref).arg(limits.maxColumns));
        const QString type = a.value(QLatin1String("t")).toString();
        const int style = a.value(QLatin1String("s")).toInt();
        QString value;
        QString inlineText;
        while (x.readNextStartElement()) {
            if (x.name() == u"v")
                value = x.readElementText();
            else if (x.name() == u"is")
                inlineText = readText(x, depthLeft - 1);
            else
                skipElement(x, depthLeft - 1); // <f>: never evaluated; its cached <v> is read
        }
        Result<QString> text = cellText(sheet, ref.isEmpty() ? QString::number(column + 1) : ref,
                                        type, style, value, inlineText);
        if (!text)
            return text.error();
        if (text->size() > limits.maxFieldChars)
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("单元格 %1 超过 %2 个字符的上限").arg(ref).arg(limits.maxFieldChars));
        if (!text->isEmpty()) {
            QStringList& row = rows.last();
            if (row.size() <= column) {
                cells += column + 1 - row.size();
                if (cells > kMaxCells)
                    return makeError(ErrorCode::InvalidInput,
                                     Tr::tr("工作表超过 %1 个单元格，拒绝读取").arg(kMaxCells));
                row.resize(column + 1);
            }
            row[column] = *text;
        }
        return {};
    });
    if (!s)
        return s.error();
    return rows;
}

/// Refuses what is not a ZIP before minizip sees it, telling an .xls or an encrypted workbook (both
/// OLE compound files) from anything else.
Status checkIsZip(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Tr::tr("无法读取 %1").arg(path));
    const QByteArray magic = f.read(8);
    if (magic.startsWith("PK\x03\x04"))
        return {};
    if (magic == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr(
                "%1 是旧版 Excel（.xls）或加了密码的工作簿：请在 Excel/WPS 中另存为不加密的 .xlsx 或 CSV")
                .arg(path));
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("%1 不是 XLSX 文件（不是 ZIP 压缩包）").arg(path));
}

} // namespace

Result<QList<QStringList>> XlsxReader::firstSheet(const QString& path) const
{
    if (Status s = checkIsZip(path); !s)
        return s.error();
    if (const qint64 size = QFileInfo(path).size(); size > m_limits.maxFileBytes)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("%1 大小 %2 MB，超过导入文件的上限 %3 MB：请确认选对了文件，"
                   "或分成几个文件导入")
                .arg(path, QString::number(double(size) / (1024 * 1024), 'f', 1),
                     QString::number(double(m_limits.maxFileBytes) / (1024 * 1024), 'f', 1)));
    const Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip)
        return corrupt(Tr::tr("ZIP 目录无法读取"));
    unzFile zf = zip.get();

    // The package's relationships name the workbook; hand-made packages without them use the usual name.
    Result<QList<Relationship>> packageRels = relationships(zf, QString(), m_maxPartBytes);
    if (!packageRels)
        return packageRels.error();
    QString workbookPart = partOfType(*packageRels, u"/officeDocument");
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    Result<QByteArray> workbook = readPart(zf, workbookPart, m_maxPartBytes);
    if (!workbook)
        return workbook.error().code == ErrorCode::NotFound
                   ? makeError(ErrorCode::InvalidInput,
                               Tr::tr("%1 不是 Excel 工作簿（没有 %2）").arg(path, workbookPart))
                   : workbook.error();
    Result<QList<Relationship>> rels = relationships(zf, workbookPart, m_maxPartBytes);
    if (!rels)
        return rels.error();

    SheetContext sheet;
    QStringList sheetIds; // r:id of each <sheet>, in the workbook's order
    Status s = walk(*workbook, workbookPart, [&](QXmlStreamReader& x, int) -> Status {
        if (x.name() == u"workbookPr") {
            const QStringView v = x.attributes().value(QLatin1String("date1904"));
            sheet.date1904 = v == u"1" || v == u"true";
        } else if (x.name() == u"sheet") {
            for (const QXmlStreamAttribute& a : x.attributes())
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    sheetIds << a.value().toString();
        }
        return {};
    });
    if (!s)
        return s.error();
    for (const QString& id : sheetIds) {
        for (const Relationship& r : *rels)
            if (r.id == id && r.type.endsWith(u"/worksheet"))
                sheet.part = r.part;
        if (!sheet.part.isEmpty())
            break;
    }
    if (sheet.part.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 里没有工作表").arg(path));

    if (const QString part = partOfType(*rels, u"/sharedStrings"); !part.isEmpty()) {
        Result<QByteArray> xml = readPart(zf, part, m_maxPartBytes);
        Result<QStringList> strings =
            xml ? readSharedStrings(*xml, part) : Result<QStringList>(xml.error());
        if (!strings)
            return strings.error();
        sheet.sharedStrings = *strings;
    }
    if (const QString part = partOfType(*rels, u"/styles"); !part.isEmpty()) {
        Result<QByteArray> xml = readPart(zf, part, m_maxPartBytes);
        Result<QList<NumberKind>> styles =
            xml ? readStyles(*xml, part) : Result<QList<NumberKind>>(xml.error());
        if (!styles)
            return styles.error();
        sheet.styles = *styles;
    }
    Result<QByteArray> xml = readPart(zf, sheet.part, m_maxPartBytes);
    if (!xml)
        return xml.error().code == ErrorCode::NotFound
                   ? corrupt(Tr::tr("工作表 %1 不在文件里").arg(sheet.part))
                   : xml.error();
    Result<QList<QStringList>> rows = readSheet(*xml, sheet, m_limits);
    if (rows)
        qCDebug(lcStorage) << "xlsx:" << rows->size() << "rows from" << sheet.part;
    return rows;
}

} // namespace pos::storage
