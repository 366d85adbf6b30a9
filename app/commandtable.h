#pragma once

#include "app/appconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QTextStream;

namespace pos::app {

class SecretInput;

/// The command line after parsing: the words (`ledger export …`) and the options.
class CommandLine
{
public:
    CommandLine(const QCommandLineParser& parser, QStringList words);
    [[nodiscard]] const QStringList& words() const { return m_words; }
    [[nodiscard]] QString word(qsizetype i) const { return m_words.value(i); }
    [[nodiscard]] bool isSet(const QString& option) const;
    [[nodiscard]] QString value(const QString& option) const;
    /// The given options that are set, as `--name value` (or `--name`) words for commands that
    /// read their own arguments.
    [[nodiscard]] QStringList asWords(const QStringList& options) const;

private:
    const QCommandLineParser& m_parser;
    QStringList m_words;
};

/// What a subcommand runs with.
struct CommandContext
{
    const CommandLine& line;
    const AppConfig* config =
        nullptr; ///< the store's configuration; null for CommandNeeds::Nothing
    QTextStream& out;
    QTextStream& err;
    SecretInput& secrets; ///< passwords and passphrases: the terminal without echo, or a pipe
};

/// What a subcommand needs before it runs.
enum class CommandNeeds
{
    Nothing,    ///< no configuration, database or device (an installer's or a developer's tool)
    Store,      ///< the store's configuration (and through it the database)
    DemoStore,  ///< the demo store's configuration
    ScriptStore ///< the store given by --data-dir, else a throw-away demo store
};

/// One subcommand of `pharmapos`: the table entry from which main() dispatches and `--help` and
/// the man page are written. Adding a command is one entry (in its family's file) and one function.
struct Subcommand
{
    QStringList words; ///< e.g. {"ledger", "export"}: matched against the first words given
    QString synopsis;  ///< the arguments after the words, e.g. "--from D --to D --out FILE"
    const char* help;  ///< one line, Chinese; translated in the "commands" context
    CommandNeeds needs = CommandNeeds::Store;
    bool login = false; ///< takes --user NAME, the password read from standard input
    std::function<int(const CommandContext&)> run;

    [[nodiscard]] QString name() const { return words.join(u' '); }
    [[nodiscard]] QString helpText() const;
};

/// One command-line option (all commands share one option set).
struct CommandOption
{
    QString name;
    QString valueName; ///< empty for a switch
    const char* help;  ///< Chinese; "commands" context
    bool hidden = false;
};

/// Every subcommand, family by family.
[[nodiscard]] const QList<Subcommand>& subcommands();
/// Every option.
[[nodiscard]] const QList<CommandOption>& commandOptions();
/// The entry the words name (the longest match), or null.
[[nodiscard]] const Subcommand* findSubcommand(const QStringList& words);
/// True when argv holds a command word (every subcommand runs without a window; an unknown one is
/// refused without one) or asks for help, the version or the man page: decided before the
/// application object exists.
[[nodiscard]] bool runsWithoutWindow(int argc, char** argv);

/// `--help`'s list of commands.
[[nodiscard]] QString commandsHelp();
/// The man page pharmapos(1), troff, from the same table.
[[nodiscard]] QString manPage();

// The families (each in its own file).
[[nodiscard]] QList<Subcommand> counterSubcommands();   ///< demo, run-script (commands.cpp)
[[nodiscard]] QList<Subcommand> staffSubcommands();     ///< users, duty, audit, verify, keys
[[nodiscard]] QList<Subcommand> inventorySubcommands(); ///< inventory, ledger, stocktake, sale
[[nodiscard]] QList<Subcommand> syncSubcommands();      ///< sync … (synccommands.cpp)
[[nodiscard]] QList<Subcommand> toolSubcommands();      ///< codes, devices (codescommand.cpp)

} // namespace pos::app
