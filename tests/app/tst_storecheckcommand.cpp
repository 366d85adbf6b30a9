// The storage part of `pharmapos verify` (runStoreCheck): a whole store says so (exit 0), a damaged
// one lists what SQLite found (exit 1) — also one the counter refuses to open — and no store at
// all is a usage error (exit 2).
#include "app/appconfig.h"
#include "app/storecheckcommand.h"
#include "storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::app;

class TestStoreCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeDamagedAndMissing()
    {
        QTemporaryDir dir;
        const AppConfig config = AppConfig::load(dir.path(), QString(), false).value();
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(runStoreCheck(config, false, out, err), 2);
        QVERIFY(errText.contains(QStringLiteral("不存在")));

        QVERIFY(storage::Database::open(config.databasePath()).ok());
        outText.clear();
        QCOMPARE(runStoreCheck(config, true, out, err), 0);
        QVERIFY2(outText.contains(QStringLiteral("完整"))
                     && outText.contains(QStringLiteral("integrity_check")),
                 qPrintable(outText));

        QFile f(config.databasePath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        outText.clear();
        QCOMPARE(runStoreCheck(config, false, out, err), 1);
        QVERIFY2(outText.contains(QStringLiteral("已损坏"))
                     && outText.contains(QStringLiteral("文件被截短"))
                     && outText.contains(QStringLiteral("从备份恢复")),
                 qPrintable(outText));
    }
};

QTEST_GUILESS_MAIN(TestStoreCheckCommand)
#include "tst_storecheckcommand.moc"
