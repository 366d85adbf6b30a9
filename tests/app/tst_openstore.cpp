#include "app/core/ports/clock.h"
#include "app/openstore.h"
#include "storage/database.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pos;

namespace {

constexpr char kKeyVariable[] = "PHARMAPOS_STORE_KEY";
// A fleet key as `openssl rand -hex 8`:`openssl rand -base64 32` makes one.
constexpr char kFleetKey[] = "0123456789abcdef:q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

Result<std::unique_ptr<app::OpenStore>> openAt(const QString& dataDir, const Clock& clock)
{
    Result<app::AppConfig> config = app::AppConfig::load(dataDir, QString(), false);
    if (!config)
        return config.error();
    return app::OpenStore::open(*config, clock);
}

} // namespace

class TestOpenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { qunsetenv(kKeyVariable); }

    // A store keyed from the environment (a fleet's key): the directory beside the data
    // directory, which holds the seals' anchors, is private from the start (0700) like the key
    // store's own, so the same store later run with a key file is not refused for its mode.
    void environmentKeyedStoreKeepsItsAnchorsPrivate()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dataDir = tmp.filePath(QStringLiteral("store"));
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
        qputenv(kKeyVariable, kFleetKey);
        {
            Result<std::unique_ptr<app::OpenStore>> store = openAt(dataDir, clock);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().userText()));
        }
        const QString keyDir = dataDir + QStringLiteral(".keys");
        QCOMPARE(modeOf(keyDir), mode_t(0700));
        QVERIFY(QFile::exists(keyDir + QStringLiteral("/integrity-anchors.jsonl")));
        QVERIFY(!QFile::exists(keyDir + QStringLiteral("/store.key")));

        // A copy of the data directory alone opens with the same fleet key...
        const QString copy = tmp.filePath(QStringLiteral("copy"));
        QVERIFY(QDir().mkpath(copy));
        QVERIFY(QFile::copy(dataDir + QStringLiteral("/pharmapos.sqlite"),
                            copy + QStringLiteral("/pharmapos.sqlite")));
        {
            Result<std::unique_ptr<app::OpenStore>> store = openAt(copy, clock);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().userText()));
        }
        // ...and without it is refused for the missing key, not a new one made (nor for a mode).
        qunsetenv(kKeyVariable);
        Result<std::unique_ptr<app::OpenStore>> keyless = openAt(dataDir, clock);
        QVERIFY(!keyless.ok());
        QVERIFY2(keyless.error().message.contains(QStringLiteral("keys restore")),
                 qPrintable(keyless.error().message));
        QVERIFY(!keyless.error().message.contains(QStringLiteral("chmod")));
        QVERIFY(!QFile::exists(keyDir + QStringLiteral("/store.key")));
    }
};

QTEST_GUILESS_MAIN(TestOpenStore)
#include "tst_openstore.moc"
