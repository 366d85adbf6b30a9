#pragma once

#include "app/core/result.h"
#include "app/inifile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace pos::app {

/// What a configuration value must look like.
enum class ConfigType
{
    Text = 1, ///< any characters but control characters; min–max characters long
    Integer,  ///< a whole number, min–max (no overflow: 99999999999 is out of range, not wrapped)
    Switch,   ///< on/off, yes/no, true/false, 1/0
    Choice,   ///< one of `values` ("80|58"), case-insensitive
    Pattern,  ///< matches the regular expression `values` entirely
    Special   ///< checked by its own parser (a device address…); `values` shows its forms
};

/// One key PharmaPOS reads from the store's INI file. The table of them (configKeys()) is the one
/// place that says which keys exist, what they accept and what they default to: the loader checks
/// every file against it, and README.md's configuration table is checked against it by a test.
struct ConfigKey
{
    const char* section;
    const char* key;
    ConfigType type;
    qint64 min;               ///< Integer: smallest value; Text: fewest characters
    qint64 max;               ///< Integer: largest value; Text: most characters
    const char* values;       ///< Choice: "a|b"; Pattern: a regular expression; Special: its forms
    const char* defaultValue; ///< as the README shows it; "" for none
    const char* help;         ///< Chinese, for messages (translation context "ConfigKeys")
    const char* doc;          ///< English, for README.md's table
};

/// Every key, in README order.
[[nodiscard]] const QList<ConfigKey>& configKeys();
[[nodiscard]] const ConfigKey* findConfigKey(QStringView section, QStringView key);
/// What a key accepts, for messages: "1–20 的整数", "80、58", "on 或 off（yes/no）"…
[[nodiscard]] QString allowedValues(const ConfigKey& key);
/// README.md's configuration table, generated from configKeys() (Markdown, one row per key).
[[nodiscard]] QString configKeysMarkdown();

/// A configuration file checked against configKeys(): every section and key is known (a typo is
/// refused naming the key it probably meant — a mistyped max_failed_logins must not leave the
/// default in force unnoticed), and every value has its type and lies in its range. The typed
/// getters then only read what was checked; a key the file does not set gives `fallback`.
class ConfigValues
{
public:
    [[nodiscard]] static Result<ConfigValues> check(const IniFile& ini);

    [[nodiscard]] bool has(const char* section, const char* key) const;
    [[nodiscard]] QString text(const char* section, const char* key,
                               const QString& fallback = {}) const;
    [[nodiscard]] qint64 integer(const char* section, const char* key, qint64 fallback) const;
    [[nodiscard]] bool isOn(const char* section, const char* key, bool fallback) const;
    /// A Choice value in lower case.
    [[nodiscard]] QString choice(const char* section, const char* key,
                                 const QString& fallback) const;
    /// An error about the entry for `section`/`key`, in the same words as the table's checks:
    /// "配置文件 F 第 N 行：[section] key = “value” why". For Special keys the caller parses.
    [[nodiscard]] Error bad(const char* section, const char* key, const QString& why) const;

private:
    [[nodiscard]] const IniEntry* entry(const char* section, const char* key) const;

    QString m_path;
    QHash<QString, IniEntry> m_entries; ///< "section/key" → entry
};

} // namespace pos::app
