#include "app/processhygiene.h"
#include "app/secretinput.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace pos;
using namespace pos::app;

/// Nothing leaks on the side (DATA-PRIVACY): private files, no core dumps; secrets read from a pipe
/// one line at a time.
class TestProcessHygiene : public QObject
{
    Q_OBJECT

    static mode_t modeOf(const QString& path)
    {
        struct stat st
        {
        };
        ::lstat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 07777;
    }

private Q_SLOTS:
    void dataDirectoryMadePrivate()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/prints")));
        ::chmod(QFile::encodeName(data).constData(), 0755);
        ::chmod(QFile::encodeName(data + QStringLiteral("/prints")).constData(), 0775);
        for (const QString& name :
             {QStringLiteral("pharmapos.sqlite"), QStringLiteral("pharmapos.sqlite-wal"),
              QStringLiteral("pharmapos.ini"), QStringLiteral("prints/receipt.png")}) {
            QFile f(QDir(data).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            ::chmod(QFile::encodeName(f.fileName()).constData(), 0644);
        }
        Result<QStringList> changed = secureDataDirectory(data);
        QVERIFY(changed.ok());
        QCOMPARE(changed->size(), 6);
        QCOMPARE(modeOf(data), mode_t(0700));
        QCOMPARE(modeOf(data + QStringLiteral("/prints")), mode_t(0700));
        QCOMPARE(modeOf(data + QStringLiteral("/pharmapos.sqlite")), mode_t(0600));
        QCOMPARE(modeOf(data + QStringLiteral("/pharmapos.sqlite-wal")), mode_t(0600));
        QCOMPARE(modeOf(data + QStringLiteral("/pharmapos.ini")), mode_t(0600));
        QCOMPARE(modeOf(data + QStringLiteral("/prints/receipt.png")), mode_t(0600));
        QCOMPARE(secureDataDirectory(data)->size(), 0); // nothing left to tighten
        const QString fresh = dir.filePath(QStringLiteral("new/store"));
        QVERIFY(secureDataDirectory(fresh).ok());
        QCOMPARE(modeOf(fresh), mode_t(0700));
    }

    void processHardened()
    {
        const HardeningReport r = hardenProcess(true);
        QVERIFY(r.problems.isEmpty());
        QVERIFY(r.umaskSet && r.coreDumpsOff && r.notDumpable);
        struct rlimit core
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        // umask 077: what the process creates is its own.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("new.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(modeOf(f.fileName()), mode_t(0600));
        QVERIFY(QDir().mkdir(dir.filePath(QStringLiteral("sub"))));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("sub"))), mode_t(0700));
    }

    void localTimeZoneNamedOnceUnlessSet()
    {
        const QByteArray before = qgetenv("TZ");
        const bool wasSet = qEnvironmentVariableIsSet("TZ");
        const QDateTime instant = QDateTime::fromSecsSinceEpoch(1'764'000'000);
        const QString localBefore = instant.toLocalTime().toString(Qt::ISODate);
        qunsetenv("TZ");
        readLocalTimeZoneOnce();
        QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
        // The same local time as the machine's zone gave before (when TZ did not name another).
        if (!wasSet)
            QCOMPARE(instant.toLocalTime().toString(Qt::ISODate), localBefore);
        qputenv("TZ", "Asia/Shanghai");
        readLocalTimeZoneOnce();
        QCOMPARE(qgetenv("TZ"), QByteArray("Asia/Shanghai")); // the user's choice stands
        if (wasSet)
            qputenv("TZ", before);
        else
            qunsetenv("TZ");
    }

    void secretsFromOnePipeLineByLine()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const QByteArray input = QByteArrayLiteral("demo1234\r\nthe backup passphrase\nlast");
        QCOMPARE(::write(fds[1], input.constData(), size_t(input.size())), ssize_t(input.size()));
        ::close(fds[1]);
        StdinSecretInput secrets(fds[0]);
        QVERIFY(!secrets.interactive());
        // The login password and the passphrase come down one pipe: neither swallows the other.
        QCOMPARE(readSecretLine(fds[0])->view(), QByteArrayView("demo1234"));
        QCOMPARE(secrets.read(QStringLiteral("口令："))->view(),
                 QByteArrayView("the backup passphrase"));
        QCOMPARE(secrets.read(QString())->view(), QByteArrayView("last"));
        QVERIFY(!secrets.read(QString()).ok()); // end of input is an error, not an empty secret
        ::close(fds[0]);
    }
};

QTEST_GUILESS_MAIN(TestProcessHygiene)
#include "tst_processhygiene.moc"
