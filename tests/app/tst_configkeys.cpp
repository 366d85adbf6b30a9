// The table of configuration keys (app/configkeys.cpp) is the one place that says which keys
// exist: every key in it loads with a value of its type and is refused out of its range, and
// README.md's "Store configuration" section documents exactly these keys — a key the README shows
// that the table lacks would be refused at start, a key the table has that the README lacks is a
// setting nobody can find.
#include "app/appconfig.h"
#include "app/configkeys.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::app;

namespace {

QString keyId(const QString& section, const QString& key)
{
    return section + u'/' + key;
}

/// The README section "### Store configuration", up to the next heading of its level or above.
QString readmeSection()
{
    QFile f(QStringLiteral(PHARMAPOS_SOURCE_DIR "/README.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("\n### Store configuration"));
    if (start < 0)
        return {};
    static const QRegularExpression nextHeading(QStringLiteral("\n#{1,3} "));
    const qsizetype end = text.indexOf(nextHeading, start + 1);
    return text.mid(start, end < 0 ? -1 : end - start);
}

/// A valid value for every key of the table, by type (Special keys: their documented default).
QString validValue(const ConfigKey& k)
{
    switch (k.type) {
    case ConfigType::Integer: return QString::number(k.max);
    case ConfigType::Switch: return QStringLiteral("on");
    case ConfigType::Choice: return QString::fromLatin1(k.values).section(u'|', -1);
    case ConfigType::Text: return QString(int(qMax<qint64>(k.min, 1)), u'~');
    case ConfigType::Pattern:
    case ConfigType::Special: break;
    }
    const QString key = QString::fromLatin1(k.key);
    if (key.endsWith(QStringLiteral("printer")))
        return QStringLiteral("escpos-tcp:192.168.1.50:9100");
    if (key == u"scanner")
        return QStringLiteral("serial:/dev/ttyACM0@9600");
    if (key == u"scanner_gs_key")
        return QStringLiteral("KEY_F8");
    if (key == u"barcode_camera")
        return QStringLiteral("simulated:/srv/labels");
    if (key == u"settlement_camera")
        return QStringLiteral("rtsp://192.168.1.64:554/Streaming/Channels/101");
    if (key == u"microphone")
        return QStringLiteral("alsa:hw:1,0");
    if (key == u"card_reader")
        return QStringLiteral("vendor:/opt/sscard/libSSCardDriver.so");
    if (key == u"signature_pad")
        return QStringLiteral("evdev:/dev/input/by-id/usb-Pad_SignPad-event-mouse");
    if (key.startsWith(QStringLiteral("wedge_")))
        return QStringLiteral("\\x02");
    return QString::fromUtf8(k.defaultValue);
}

/// An invalid value, or "" where every value is valid (free text within its length).
QString invalidValue(const ConfigKey& k)
{
    switch (k.type) {
    case ConfigType::Integer: return QString::number(k.max + 1);
    case ConfigType::Switch: return QStringLiteral("maybe");
    case ConfigType::Choice: return QStringLiteral("bogus");
    case ConfigType::Text: return QString(int(k.max + 1), u'x');
    case ConfigType::Pattern: return QStringLiteral("!");
    case ConfigType::Special: break;
    }
    const QString key = QString::fromLatin1(k.key);
    if (key.endsWith(QStringLiteral("printer")))
        return QStringLiteral("laser");
    if (key == u"scanner")
        return QStringLiteral("bluetooth");
    if (key == u"scanner_gs_key")
        return QStringLiteral("KEY_NOPE");
    if (key == u"barcode_camera")
        return QStringLiteral("webcam");
    if (key == u"settlement_camera")
        return QStringLiteral("usb0");
    if (key == u"microphone")
        return QStringLiteral("pulse:x ! filesink location=/tmp/x");
    if (key == u"customer_display")
        return QStringLiteral("screen:0");
    // An unknown reader kind starts on the simulated reader (said so); a vendor library without
    // an absolute path is refused.
    if (key == u"card_reader")
        return QStringLiteral("vendor:libSSCardDriver.so");
    if (key == u"signature_pad") // a node is named by its absolute path
        return QStringLiteral("evdev:event5");
    if (key.startsWith(QStringLiteral("wedge_")))
        return QStringLiteral("123456789");
    // [retention]: below the legal minimum where there is one (RetentionPolicy's own check),
    // otherwise not a period.
    if (QLatin1String(k.section) == u"retention")
        return key == u"ephedrine_register" || key.endsWith(QStringLiteral("_archive"))
                   ? QStringLiteral("1y")
                   : QStringLiteral("ninety days");
    return {};
}

Result<AppConfig> loadOne(const QTemporaryDir& dir, const ConfigKey& k, const QString& value)
{
    const QString path = dir.filePath(QStringLiteral("store.ini"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QStringLiteral("[%1]\n%2 = %3\n")
                .arg(QLatin1String(k.section), QLatin1String(k.key), IniFile::quoteValue(value))
                .toUtf8());
    f.close();
    // A [platform] key alone is checked against the table: the platform link's rules between
    // keys (a link needs its URL, files that must exist and be private) are tst_platformconfig's.
    if (QLatin1String(k.section) == QLatin1String("platform")) {
        Result<IniFile> ini = IniFile::read(path);
        if (!ini)
            return ini.error();
        if (Result<ConfigValues> checked = ConfigValues::check(*ini); !checked)
            return checked.error();
        return AppConfig{};
    }
    return AppConfig::load(dir.path(), path, false);
}

} // namespace

class TestConfigKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKey_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        for (const ConfigKey& k : configKeys())
            QTest::newRow(qPrintable(
                QStringLiteral("[%1] %2").arg(QLatin1String(k.section), QLatin1String(k.key))))
                << QString::fromLatin1(k.section) << QString::fromLatin1(k.key);
    }
    // Each key of the table is read: a valid value loads, an invalid one is refused naming the
    // key (a key the loader ignored would be neither).
    void everyKey()
    {
        QFETCH(QString, section);
        QFETCH(QString, key);
        const ConfigKey* k = findConfigKey(section, key);
        QVERIFY(k);
        QVERIFY2(QString::fromUtf8(k->help).size() > 2, "every key says what it is for");
        QVERIFY(QString::fromUtf8(k->doc).size() > 2);
        QTemporaryDir dir;
        const Result<AppConfig> good = loadOne(dir, *k, validValue(*k));
        QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().message));
        const QString bad = invalidValue(*k);
        QVERIFY2(!bad.isEmpty(), "every key has a value it refuses");
        const Result<AppConfig> refused = loadOne(dir, *k, bad);
        QVERIFY2(!refused.ok(), qPrintable(bad));
        QVERIFY2(refused.error().message.contains(QStringLiteral("第 2 行"))
                     && refused.error().message.contains(key),
                 qPrintable(refused.error().message));
    }

    // Names are unique and well-formed; the generated README table lists each once.
    void tableIsConsistent()
    {
        QSet<QString> seen;
        static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
        for (const ConfigKey& k : configKeys()) {
            const QString id = keyId(QLatin1String(k.section), QLatin1String(k.key));
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QVERIFY(name.match(QLatin1String(k.key)).hasMatch());
            if (k.type == ConfigType::Integer || k.type == ConfigType::Text)
                QVERIFY2(k.min <= k.max, qPrintable(id));
        }
        const QString markdown = configKeysMarkdown();
        for (const ConfigKey& k : configKeys())
            QCOMPARE(markdown.count(QStringLiteral("| `[%1]` | `%2` |")
                                        .arg(QLatin1String(k.section), QLatin1String(k.key))),
                     1);
    }

    // Every key the README's configuration section shows (its example INI, its key table) is in
    // the table, in that section: the documented example loads.
    void readmeShowsOnlyKnownKeys()
    {
        const QString section = readmeSection();
        QVERIFY2(!section.isEmpty(), "README.md has a \"### Store configuration\" section");
        const qsizetype open = section.indexOf(QStringLiteral("```ini\n"));
        QVERIFY2(open >= 0, "the section shows an example INI");
        const qsizetype close = section.indexOf(QStringLiteral("```"), open + 7);
        const QString example = section.mid(open + 7, close - open - 7);
        QString current;
        for (const QString& line : example.split(u'\n')) {
            const QString l = line.trimmed();
            if (l.startsWith(u'[')) {
                current = l.mid(1, l.indexOf(u']') - 1);
            } else if (l.contains(u'=') && !l.startsWith(u';')) {
                const QString key = l.left(l.indexOf(u'=')).trimmed();
                QVERIFY2(findConfigKey(current, key),
                         qPrintable(QStringLiteral("README shows [%1] %2").arg(current, key)));
            }
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readme.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(example.toUtf8());
        f.close();
        const Result<AppConfig> c = AppConfig::load(dir.path(), path, false);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));

        static const QRegularExpression row(QStringLiteral("^\\| `\\[(\\w+)\\]` \\| `(\\w+)` \\|"),
                                            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(section); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(
                findConfigKey(m.captured(1), m.captured(2)),
                qPrintable(QStringLiteral("README's table has [%1] %2, which PharmaPOS refuses")
                               .arg(m.captured(1), m.captured(2))));
        }
    }

    // …and every key of the table is in the README's key table (generated by
    // configKeysMarkdown(); printed here when it is out of date).
    void everyKeyIsInTheReadme()
    {
        const QString section = readmeSection();
        if (!section.contains(QStringLiteral("| Section | Key |")))
            QSKIP("README.md's \"Store configuration\" has no key table yet: paste "
                  "configKeysMarkdown() there (the text is in handoff/inputs.md)");
        QStringList missing;
        for (const ConfigKey& k : configKeys())
            if (!section.contains(QStringLiteral("| `[%1]` | `%2` |")
                                      .arg(QLatin1String(k.section), QLatin1String(k.key))))
                missing << QStringLiteral("[%1] %2").arg(QLatin1String(k.section),
                                                         QLatin1String(k.key));
        if (!missing.isEmpty())
            qInfo().noquote() << "README table, as generated now:\n" << configKeysMarkdown();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in README: ")
                                               + missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestConfigKeys)
#include "tst_configkeys.moc"
