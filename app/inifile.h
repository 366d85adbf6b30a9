#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pos::app {

/// One `key = value` line of an INI file.
struct IniEntry
{
    QString section; ///< the [section] it is under
    QString key;
    QString value; ///< unquoted, escapes resolved
    int line = 0;  ///< 1-based
};

/// The store's configuration file, read strictly so that nothing in it is silently ignored or
/// silently changed (QSettings, which read it before, accepted binary garbage, turned a value with
/// a comma into a list and dropped it, and let a later duplicate win):
///   - UTF-8 text (a BOM is skipped), at most kMaxBytes; a NUL byte or bytes that are not UTF-8
///     are refused naming the line (and saying so when they look like GBK);
///   - lines are `[section]`, `key = value`, blank, or comments starting with ; or #;
///   - a value may be "quoted" (to keep spaces or a " ;" in it); quoted or not it may hold the C
///     escapes \\ \" \; \n \r \t \0 and \xHH (two hex digits), e.g. wedge_prefix=\x02;
///   - in an unquoted value, " ;" (whitespace, then a semicolon) starts a comment;
///   - section and key names are letters, digits and _; every key is under a section; a key
///     written twice in one section is refused (which one would win is a surprise).
/// Every refusal names the file and the line.
class IniFile
{
public:
    /// 64 KiB: the documented configuration is under 2 KB.
    static constexpr qint64 kMaxBytes = 64 * 1024;

    [[nodiscard]] static Result<IniFile> read(const QString& path);
    [[nodiscard]] static Result<IniFile> parse(const QByteArray& bytes, const QString& path);

    [[nodiscard]] const QList<IniEntry>& entries() const { return m_entries; }
    /// Sections in the order they first appear (a section may be empty).
    [[nodiscard]] const QList<std::pair<QString, int>>& sections() const { return m_sections; }
    [[nodiscard]] const QString& path() const { return m_path; }

    /// `value` as it must be written for parse() to read it back unchanged: quoted with escapes
    /// when it has leading or trailing spaces, a quote, a backslash, a semicolon, a # first, or a
    /// control character; as it is otherwise.
    [[nodiscard]] static QString quoteValue(const QString& value);

private:
    QString m_path;
    QList<IniEntry> m_entries;
    QList<std::pair<QString, int>> m_sections; ///< name, line
};

} // namespace pos::app
