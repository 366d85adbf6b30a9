// PharmaPOS: the counter software of a designated retail pharmacy (定点零售药店).
// The composition root: parses the command line, reads the store's configuration and starts the
// GUI or a subcommand from the table in commandtable.h. Only app/ names concrete classes.

#include "app/appconfig.h"
#include "app/commands.h"
#include "app/commandtable.h"
#include "app/processhygiene.h"
#include "app/secretinput.h"
#include "app/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    const bool headless = pos::app::runsWithoutWindow(argc, argv);
    // DATA-PRIVACY, before anything is created or read: umask 077, no core dumps, and the counter
    // window's process not dumpable or traceable. What could not be done is said once the
    // streams exist; the process runs regardless.
    const pos::app::HardeningReport hardening = pos::app::hardenProcess(!headless);
    pos::app::readLocalTimeZoneOnce();
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // printers render fonts; no display needed
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PharmaPOS"));
    QCoreApplication::setApplicationName(QStringLiteral("pharmapos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHARMAPOS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PharmaPOS 药店收银系统\n\n")
                                     + pos::app::commandsHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    for (const pos::app::CommandOption& o : pos::app::commandOptions()) {
        QCommandLineOption option(o.name, QCoreApplication::translate("commands", o.help),
                                  o.valueName);
        if (o.hidden)
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "子命令（见上）"));
    parser.process(*app);

    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang"))
                                 : QLocale().name();
    (void)pos::app::installTranslations(language); // untranslated texts stay readable Chinese

    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const QString& problem : hardening.problems)
        err << QCoreApplication::translate("main", "警告：%1").arg(problem) << Qt::endl;
    if (parser.isSet(QStringLiteral("man"))) {
        out << pos::app::manPage();
        return 0;
    }

    QStringList words = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("headless")) && words.isEmpty())
        words << QStringLiteral("demo");
    const pos::app::Subcommand* command = nullptr;
    if (!words.isEmpty()) {
        command = pos::app::findSubcommand(words);
        if (!command) {
            err << QCoreApplication::translate("main", "未知子命令：%1（见 --help）")
                       .arg(words.join(u' '))
                << Qt::endl;
            return 2;
        }
    }
    const pos::app::CommandLine line(parser, words);
    pos::app::StdinSecretInput secrets;
    const pos::app::CommandNeeds needs = command ? command->needs : pos::app::CommandNeeds::Store;
    if (needs == pos::app::CommandNeeds::Nothing)
        return command->run(pos::app::CommandContext{line, nullptr, out, err, secrets});

    // A script without --data-dir runs in a throw-away demo store, never in the real one.
    QTemporaryDir scratch;
    QString dir = parser.value(QStringLiteral("data-dir"));
    const bool scratchStore = needs == pos::app::CommandNeeds::ScriptStore && dir.isEmpty();
    if (scratchStore)
        dir = scratch.path();
    const bool isDemo = parser.isSet(QStringLiteral("demo"))
                        || needs == pos::app::CommandNeeds::DemoStore || scratchStore;
    pos::Result<pos::app::AppConfig> cfg =
        pos::app::AppConfig::load(dir, parser.value(QStringLiteral("config")), isDemo);
    if (!cfg) {
        err << cfg.error().userText() << Qt::endl;
        // A counter started from the desktop has no terminal: the window says what is wrong.
        if (!headless && !parser.isSet(QStringLiteral("quit-when-ready")))
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("main", "PharmaPOS 无法启动"),
                                  cfg.error().userText());
        return 2;
    }
    // DATA-PRIVACY: the data directory 0700 and everything in it 0600 (a copy made by someone
    // else reveals nothing more), the configuration given with --config too. Not fatal: a file
    // that cannot be tightened is named and the store still opens.
    if (pos::Result<QStringList> tightened = pos::app::secureDataDirectory(cfg->dataDir);
        !tightened)
        err << QCoreApplication::translate("main", "警告：%1").arg(tightened.error().userText())
            << Qt::endl;
    if (!cfg->configPath.isEmpty())
        if (pos::Result<bool> own = pos::app::makeFilePrivate(cfg->configPath); !own)
            err << QCoreApplication::translate("main", "警告：%1").arg(own.error().userText())
                << Qt::endl;
    // The throw-away store's key goes with it.
    QTemporaryDir scratchKeys;
    if (scratchStore)
        cfg->keyDir = scratchKeys.path();

    if (command)
        return command->run(pos::app::CommandContext{line, &*cfg, out, err, secrets});
    return pos::app::runGui(*cfg, parser.isSet(QStringLiteral("quit-when-ready")));
}
