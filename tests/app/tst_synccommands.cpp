#include "app/core/upload/platformrecords.h"
#include "app/secretinput.h"
#include "app/synccommands.h"
#include "storage/database.h"
#include "storage/opensslpasswordhasher.h"
#include "storage/sqlstaffrepositories.h"
#include "storage/sqluploadqueue.h"
#include "tests/sync/gatewaytesting.h"
#include "tests/sync/simfixture.h"

#include <QTest>

using namespace pos;
using namespace pos::app;
using namespace pos::testing;

/// `pharmapos sync …` called as main() will call it: status, run, show, retry, correct,
/// withdraw, reconcile and catalog against the simulator, with the store manager's password on
/// "stdin" and a cashier refused.
class TestSyncCommands : public QObject
{
    Q_OBJECT
    SimFixture m_sim;
    QTemporaryDir m_dir;
    AppConfig m_config;

    struct Ran
    {
        int code = -1;
        QString out;
        QString err;
    };
    /// `sync args`, as the store manager unless `args` name another user.
    Ran sync(QStringList args, const QString& password = QStringLiteral("pass1234"))
    {
        if (!args.contains(QStringLiteral("--user")))
            args << QStringLiteral("--user") << QStringLiteral("wangwu");
        return syncAs(args, password);
    }
    Ran syncAs(const QStringList& args, const QString& password)
    {
        Ran r;
        ListSecretInput in({password});
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = runSync(m_config, args, in, out, err);
        out.flush();
        err.flush();
        return r;
    }
    qint64 enqueue(const QString& infno, const QJsonObject& payload)
    {
        auto q =
            storage::SqlUploadQueue::open(m_config.databasePath(), QStringLiteral("P36010200001"));
        return (*q)
            ->enqueue(infno, QStringLiteral("XS"), payload, QDateTime::currentDateTime())
            .value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--auth"), QStringLiteral("csb"),
                              QStringLiteral("--crypto"), QStringLiteral("on")}),
                 qPrintable(m_sim.error()));
        // The store's INI: its own section and the [platform] section the simulator wrote.
        const QString ini = m_dir.filePath(QStringLiteral("pharmapos.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[store]\nname=测试大药房\nfixmedins_code=P36010200001\nterminal=T01\n\n");
        f.write(readFile(m_sim.storeDir() + QStringLiteral("/platform.ini")));
        f.close();
        Result<AppConfig> c = AppConfig::load(m_dir.path(), ini, false);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        m_config = *c;
        m_config.passwordIterations = 1000;
        m_config.keyDir = m_dir.filePath(QStringLiteral("keys")); // not beside the temporary dir
        auto db = storage::Database::open(m_config.databasePath());
        QVERIFY(db.ok());
        storage::SqlUserRepository users(**db);
        storage::OpenSslPasswordHasher hasher(1000);
        User manager;
        manager.username = QStringLiteral("wangwu");
        manager.displayName = QStringLiteral("王五");
        manager.role = Role::StoreManager;
        QVERIFY(users.add(manager, hasher.hash(QStringLiteral("pass1234"))).ok());
        User cashier = manager;
        cashier.username = QStringLiteral("zhangsan");
        cashier.displayName = QStringLiteral("张三");
        cashier.role = Role::Cashier;
        QVERIFY(users.add(cashier, hasher.hash(QStringLiteral("pass1234"))).ok());
    }

    // Issue 12: the queue is store data — no login, or a cashier's, shows nothing.
    void everyCommandNeedsAManagersLogin()
    {
        Ran r = syncAs({QStringLiteral("status")}, QStringLiteral("pass1234"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("待上传")));
        r = sync({QStringLiteral("status"), QStringLiteral("--user"), QStringLiteral("zhangsan")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("STAFF-ROLES")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("待上传")));
    }

    void statusRunAndTheManagersActions()
    {
        for (int i = 1; i <= 3; ++i)
            enqueue(QStringLiteral("3505"), sale3505(600 + i));
        Ran r = sync({QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("待上传：3 条")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("医保目录尚未下载")));

        r = sync({QStringLiteral("run"), QStringLiteral("--timeout-s"), QStringLiteral("30")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("本次上传成功 3 条")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("全部已上传")));
        QCOMPARE(m_sim.records().size(), 3);

        // A refusal: listed by status, retried by the manager, refused to a cashier.
        m_sim.fault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("business_error")},
                                {QStringLiteral("infno"), QStringLiteral("3505")},
                                {QStringLiteral("message"), QStringLiteral("库存不足")}});
        const qint64 id = enqueue(QStringLiteral("3505"), sale3505(604));
        r = sync({QStringLiteral("run")});
        QCOMPARE(r.code, 1);
        r = sync({QStringLiteral("status")});
        QVERIFY2(r.out.contains(QStringLiteral("#%1 3505 XS 被拒：库存不足").arg(id)),
                 qPrintable(r.out));
        r = sync({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("selinfo")));
        r = sync({QStringLiteral("retry"), QString::number(id), QStringLiteral("--user"),
                  QStringLiteral("zhangsan")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("STAFF-ROLES")), qPrintable(r.err));
        r = sync({QStringLiteral("retry"), QString::number(id), QStringLiteral("--user"),
                  QStringLiteral("wangwu")},
                 QStringLiteral("wrong"));
        QCOMPARE(r.code, 1);
        r = sync({QStringLiteral("retry"), QString::number(id), QStringLiteral("--user"),
                  QStringLiteral("wangwu")});
        QCOMPARE(r.code, 0);
        QCOMPARE(sync({QStringLiteral("run")}).code, 0);
        QCOMPARE(m_sim.records().size(), 4);

        // A correction of a refused record, from a JSON file.
        m_sim.fault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("business_error")},
                                {QStringLiteral("infno"), QStringLiteral("3505")}});
        const qint64 bad = enqueue(QStringLiteral("3505"), sale3505(605));
        QCOMPARE(sync({QStringLiteral("run")}).code, 1);
        const QString file = m_dir.filePath(QStringLiteral("fixed.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(sale3505(606)).toJson());
        f.close();
        r = sync({QStringLiteral("correct"), QString::number(bad), file, QStringLiteral("--user"),
                  QStringLiteral("wangwu")});
        QCOMPARE(r.code, 0);
        QCOMPARE(sync({QStringLiteral("run")}).code, 0);
        QCOMPARE(m_sim.records().last().toObject().value(QStringLiteral("payload")).toObject(),
                 sale3505(606));

        // Withdrawing an accepted record sends its 3507.
        r = sync({QStringLiteral("withdraw"), QString::number(id), QStringLiteral("--user"),
                  QStringLiteral("wangwu")});
        QCOMPARE(r.code, 1); // a reason is required
        r = sync({QStringLiteral("withdraw"), QString::number(id), QStringLiteral("--reason"),
                  QStringLiteral("重复录入"), QStringLiteral("--user"), QStringLiteral("wangwu")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("3507")), qPrintable(r.out));
        QCOMPARE(sync({QStringLiteral("run")}).code, 0);
        QCOMPARE(m_sim.records().size(), 4);

        // Reconciliation: the store and the platform agree.
        const QString today = QDate(2026, 11, 23).toString(Qt::ISODate);
        r = sync({QStringLiteral("reconcile"), QStringLiteral("--from"), today,
                  QStringLiteral("--to"), today, QStringLiteral("--user"),
                  QStringLiteral("wangwu")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("对账一致")));
        // A difference planted on the platform makes it exit 1 and name it.
        (void)m_sim.control(QStringLiteral("/sim/records/insert"),
                            QJsonObject{{QStringLiteral("infno"), QStringLiteral("3505")},
                                        {QStringLiteral("payload"), sale3505(700)}});
        r = sync({QStringLiteral("reconcile"), QStringLiteral("--from"), today,
                  QStringLiteral("--to"), today, QStringLiteral("--user"),
                  QStringLiteral("wangwu")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("平台多出")));
        QVERIFY(r.out.contains(upload::recordKey(QStringLiteral("3505"), sale3505(700))));

        // The catalogue.
        r = sync({QStringLiteral("catalog"), QStringLiteral("--user"), QStringLiteral("wangwu")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2026-01-01 版")));
        QVERIFY(sync({QStringLiteral("status")})
                    .out.contains(QStringLiteral("医保目录 2026-01-01 版")));
    }

    void usageErrors()
    {
        QCOMPARE(sync({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(
            sync({QStringLiteral("reconcile"), QStringLiteral("--user"), QStringLiteral("wangwu")})
                .code,
            2);
        QCOMPARE(sync({QStringLiteral("retry"), QStringLiteral("1")}).code, 1); // no --user
    }
};

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "tst_synccommands.moc"
