// The subcommand table (issue 13): main() dispatches from it, and `--help`, the man page and the
// README's command list are checked against it — a command added to the table but not documented,
// or documented but gone, fails here.

#include "app/commandtable.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pos::app;

class TestCommandTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreUniqueAndEachHasARunAndHelp()
    {
        QSet<QString> seen;
        QVERIFY(subcommands().size() >= 25);
        for (const Subcommand& c : subcommands()) {
            QVERIFY2(!seen.contains(c.name()), qPrintable(c.name()));
            seen.insert(c.name());
            QVERIFY2(bool(c.run), qPrintable(c.name()));
            QVERIFY2(c.help && *c.help, qPrintable(c.name()));
        }
    }

    void theLongestMatchWins()
    {
        const Subcommand* c = findSubcommand(
            {QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("extra")});
        QVERIFY(c);
        QCOMPARE(c->name(), QStringLiteral("ledger export"));
        QCOMPARE(findSubcommand({QStringLiteral("verify")})->name(), QStringLiteral("verify"));
        QCOMPARE(findSubcommand({QStringLiteral("audit"), QStringLiteral("verify")})->name(),
                 QStringLiteral("audit verify"));
        QVERIFY(!findSubcommand({QStringLiteral("ledger")}));
        QVERIFY(!findSubcommand({QStringLiteral("nosuch")}));
        QVERIFY(!findSubcommand({}));
    }

    void everyCommandIsInTheHelpTheManPageAndTheReadme()
    {
        const QString help = commandsHelp();
        const QString man = manPage();
        QFile f(QStringLiteral(PHARMAPOS_SOURCE_DIR "/README.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(f.readAll());
        for (const Subcommand& c : subcommands()) {
            QVERIFY2(help.contains(QStringLiteral("  ") + c.name()), qPrintable(c.name()));
            QString troffName = c.name();
            troffName.replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(man.contains(QStringLiteral(".B ") + troffName), qPrintable(c.name()));
            // In the README as `pharmapos WORDS`, or in a family line `pharmapos sync a|b|c`
            // (`pharmapos keys status | backup`).
            const QString first = QRegularExpression::escape(c.words.first());
            const QString rest = c.words.size() > 1
                                     ? QStringLiteral(R"(([\w-]+ ?\| ?)*%1\b)")
                                           .arg(QRegularExpression::escape(c.words.at(1)))
                                     : QString();
            QVERIFY2(
                readme.contains(QRegularExpression(
                    QStringLiteral(R"(pharmapos %1%2)")
                        .arg(first, c.words.size() > 1 ? QStringLiteral(" ") + rest : QString()))),
                qPrintable(QStringLiteral("README has no \"pharmapos %1\"").arg(c.name())));
        }
    }

    void theManPageIsWellFormedTroff()
    {
        const QString man = manPage();
        QVERIFY(man.startsWith(QStringLiteral(".TH PHARMAPOS 1 ")));
        for (const char* section :
             {".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH OPTIONS", ".SH EXIT STATUS"})
            QVERIFY2(man.contains(QLatin1String(section)), section);
        // Every line that starts with a dot is a request the page uses, never stray text.
        const QStringList lines = man.split(u'\n');
        for (const QString& l : lines)
            if (l.startsWith(u'.'))
                QVERIFY2(
                    QRegularExpression(QStringLiteral(R"(^\.(TH|SH|TP|B)\b)")).match(l).hasMatch(),
                    qPrintable(l));
        // Hidden options stay hidden.
        QVERIFY(!man.contains(QStringLiteral("quit\\-when\\-ready")));
    }

    void windowOrNotIsDecidedFromTheWords()
    {
        const auto decide = [](QList<QByteArray> args) {
            args.prepend("pharmapos");
            QList<char*> argv;
            for (QByteArray& a : args)
                argv << a.data();
            return runsWithoutWindow(int(argv.size()), argv.data());
        };
        QVERIFY(!decide({}));
        QVERIFY(!decide({"--data-dir", "verify"})); // an option's value is not a command
        QVERIFY(!decide({"--demo"}));
        QVERIFY(decide({"--data-dir", "/tmp/x", "verify"}));
        QVERIFY(decide({"sync", "status"}));
        QVERIFY(decide({"nosuch"})); // refused without needing a display
        QVERIFY(decide({"--man"}));
        QVERIFY(decide({"--headless"}));
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
