#include "app/inifile.h"

#include "app/core/text/textencoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace pos::app {

namespace {
/// Translation context "IniFile" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IniFile)
};

bool isName(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (!(c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_')))
            return false;
    return true;
}

/// A line as quoted in a message: at most 40 characters, control characters shown as ?.
QString shown(QStringView line)
{
    QString s = line.left(40).toString();
    for (QChar& c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = u'?';
    return line.size() > 40 ? s + QStringLiteral("…") : s;
}

/// Resolves the escapes of a value (quoted or not). `error` names a bad escape.
QString unescape(QStringView v, QString* error)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (i + 1 >= v.size()) {
            *error = Tr::tr("值以单个反斜杠结尾（反斜杠本身请写成 \\\\）");
            return {};
        }
        const QChar e = v.at(++i);
        switch (e.unicode()) {
        case u'\\':
        case u'"':
        case u';':
        case u'#': out += e; break;
        case u'n': out += u'\n'; break;
        case u'r': out += u'\r'; break;
        case u't': out += u'\t'; break;
        case u'0': out += QChar(0); break;
        case u'x': {
            bool ok = false;
            const uint code = i + 2 < v.size() ? v.mid(i + 1, 2).toUInt(&ok, 16) : 0;
            if (!ok || i + 2 >= v.size()) {
                *error = Tr::tr("“\\x”后须跟两位十六进制数（如 \\x02）");
                return {};
            }
            out += QChar(char16_t(code));
            i += 2;
            break;
        }
        default: *error = Tr::tr("未知的转义“\\%1”（反斜杠本身请写成 \\\\）").arg(e); return {};
        }
    }
    return out;
}
} // namespace

Result<IniFile> IniFile::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::Configuration, Tr::tr("配置文件 %1 不存在").arg(path));
    if (info.isDir())
        return makeError(ErrorCode::Configuration,
                         Tr::tr("配置文件 %1 是目录，不是文件").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Configuration,
                         Tr::tr("配置文件 %1 无法读取：%2").arg(path, f.errorString()));
    // One byte more than allowed tells "too big" from "exactly the limit", also for a pipe.
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("配置文件 %1 超过 %2 KB：这不是 PharmaPOS 的配置文件（它通常不到 "
                                "2 KB）")
                             .arg(path)
                             .arg(kMaxBytes / 1024));
    return parse(bytes, path);
}

Result<IniFile> IniFile::parse(const QByteArray& bytes, const QString& path)
{
    const auto fail = [&path](int line, const QString& why) {
        return makeError(ErrorCode::Configuration,
                         Tr::tr("配置文件 %1 第 %2 行：%3").arg(path).arg(line).arg(why));
    };
    EncodingSniffer sniffer;
    sniffer.feed(bytes);
    sniffer.finish();
    const Result<EncodingSniffer::Verdict> verdict =
        sniffer.verdict(Tr::tr("配置文件 %1").arg(path),
                        Tr::tr("配置文件须是 UTF-8 文本（见 README “Store configuration”）"));
    if (!verdict)
        return makeError(ErrorCode::Configuration, verdict.error().message);
    if (verdict->encoding != TextEncoding::Utf8)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("配置文件 %1 的编码是 %2：请用 UTF-8 保存（任何文本编辑器的"
                                "“另存为”都能选编码）")
                             .arg(path, encodingName(verdict->encoding)));
    const QString text = QString::fromUtf8(bytes.mid(verdict->bomBytes));

    IniFile ini;
    ini.m_path = path;
    QString section;
    QHash<QString, int> seen; // "section/key" → line
    const QStringList lines = text.split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const int lineNo = n + 1;
        QStringView line = QStringView(lines.at(n));
        if (line.endsWith(u'\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype close = line.indexOf(u']');
            if (close < 0)
                return fail(lineNo, Tr::tr("“%1”缺少右方括号 ]").arg(shown(line)));
            const QStringView rest = line.mid(close + 1).trimmed();
            if (!rest.isEmpty() && !rest.startsWith(u';') && !rest.startsWith(u'#'))
                return fail(lineNo, Tr::tr("“%1”：] 之后只能是注释").arg(shown(line)));
            const QStringView name = line.mid(1, close - 1).trimmed();
            if (!isName(name))
                return fail(lineNo,
                            Tr::tr("节名“%1”无效（只能用英文字母、数字和 _）").arg(shown(name)));
            section = name.toString();
            if (std::none_of(ini.m_sections.cbegin(), ini.m_sections.cend(),
                             [&](const auto& s) { return s.first == section; }))
                ini.m_sections.append({section, lineNo});
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            return fail(
                lineNo,
                Tr::tr("“%1”既不是 [节]、键 = 值，也不是注释（; 或 # 开头）").arg(shown(line)));
        const QStringView key = line.left(eq).trimmed();
        if (!isName(key))
            return fail(lineNo, Tr::tr("键名“%1”无效（只能用英文字母、数字和 _）").arg(shown(key)));
        if (section.isEmpty())
            return fail(lineNo, Tr::tr("%1 不在任何 [节] 之下（如 [security]）").arg(key));
        QStringView raw = line.mid(eq + 1).trimmed();
        QString error;
        QString value;
        if (raw.startsWith(u'"')) {
            // The closing quote is the first one not escaped.
            qsizetype end = 1;
            while (end < raw.size() && raw.at(end) != u'"')
                end += raw.at(end) == u'\\' ? 2 : 1;
            if (end >= raw.size())
                return fail(lineNo, Tr::tr("%1 的值缺少结尾的引号").arg(key));
            const QStringView after = raw.mid(end + 1).trimmed();
            if (!after.isEmpty() && !after.startsWith(u';') && !after.startsWith(u'#'))
                return fail(lineNo, Tr::tr("%1 的值在引号之后还有“%2”").arg(key, shown(after)));
            value = unescape(raw.mid(1, end - 1), &error);
        } else {
            // " ;" starts a comment; a ; right after = or inside a word is part of the value.
            for (qsizetype i = 1; i < raw.size(); ++i) {
                if (raw.at(i) == u';' && raw.at(i - 1).isSpace()) {
                    raw = raw.left(i).trimmed();
                    break;
                }
            }
            value = unescape(raw, &error);
        }
        if (!error.isEmpty())
            return fail(lineNo, key + QStringLiteral("：") + error);
        const QString id = section + u'/' + key.toString();
        if (const int first = seen.value(id); first > 0)
            return fail(lineNo, Tr::tr("[%1] %2 在第 %3 行已经写过：每个键只能写一次")
                                    .arg(section, key)
                                    .arg(first));
        seen.insert(id, lineNo);
        ini.m_entries.append(IniEntry{section, key.toString(), value, lineNo});
    }
    return ini;
}

QString IniFile::quoteValue(const QString& value)
{
    bool needs = value.isEmpty() ? false
                                 : value.front().isSpace() || value.back().isSpace()
                                       || value.front() == u'"' || value.front() == u'#';
    for (const QChar c : value)
        needs = needs || c == u'"' || c == u'\\' || c == u';' || c.unicode() < 0x20;
    if (!needs)
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

} // namespace pos::app
