#include "app/keyscommands.h"
#include "app/privacywiring.h"
#include "app/secretinput.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "tests/fakes/fakes.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/stat.h>

using namespace pos;
using namespace pos::app;
using namespace pos::storage::crypto;

/// `pharmapos keys status | rotate | backup | restore` as the lead wires them: over a database
/// opened for the command alone, with secrets from standard input.
class TestKeysCommands : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 30))};

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& args, KeysCommandContext& c)
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        r.code = runKeys(args, c, out, err);
        out.flush();
        err.flush();
        return r;
    }

    /// A store with one ephedrine sale whose buyer ID is encrypted.
    void seed(const QString& dataDir)
    {
        auto store = KeyStore::open(KeyStoreSettings::forDataDir(dataDir, {}), true, m_clock);
        QVERIFY(store.ok());
        auto db =
            storage::Database::open(QDir(dataDir).filePath(QStringLiteral("pharmapos.sqlite")));
        QVERIFY(db.ok());
        OpenSslFieldCipher cipher((*store)->ring());
        QVERIFY((*db)
                    ->exec(QStringLiteral(
                        "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                        "payment_method, tendered_fen, change_fen) VALUES ('XS-1', "
                        "'2026-11-23 09:00:00.000', 'T01', 'zhangsan', 100, 'cash', 100, 0)"))
                    .ok());
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO sale_personal (sale_no, buyer_id_enc, buyer_id_hash) VALUES ('XS-1', ?, ?)"));
        q.bindValue(0, *cipher.encryptText(QStringLiteral("110105199001011234"),
                                           personal::saleBuyerId(QStringLiteral("XS-1"))));
        q.bindValue(
            1, cipher.lookupHash(PersonalKind::IdNumber, QStringLiteral("110105199001011234")));
        QVERIFY(q.exec());
    }

    QString buyerId(const QString& dataDir)
    {
        auto store = KeyStore::open(KeyStoreSettings::forDataDir(dataDir, {}), false, m_clock);
        if (!store)
            return store.error().message;
        auto db =
            storage::Database::open(QDir(dataDir).filePath(QStringLiteral("pharmapos.sqlite")));
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT buyer_id_enc FROM sale_personal WHERE sale_no = 'XS-1'"));
        q.next();
        Result<QString> id = OpenSslFieldCipher((*store)->ring())
                                 .decryptText(q.value(0).toByteArray(),
                                              personal::saleBuyerId(QStringLiteral("XS-1")));
        return id ? *id : id.error().message;
    }

private Q_SLOTS:
    void statusRotateBackupRestore()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QVERIFY(QDir().mkpath(data));
        seed(data);
        fakes::FakeAuditLog audit;
        ListSecretInput secrets({QStringLiteral("一个足够长的备份口令 2026")});
        auto db = storage::Database::open(QDir(data).filePath(QStringLiteral("pharmapos.sqlite")));
        PrivacyWiring wiring(**db);
        KeysCommandContext c;
        c.keys = KeyStoreSettings::forDataDir(data, {});
        c.progressPath = QDir(data).filePath(QStringLiteral("key-rotation.progress"));
        c.holders = wiring.holders();
        c.secrets = &secrets;
        c.backupKdf = BackupKdfParams{10, 8, 1};
        c.clock = &m_clock;
        c.audit = &audit;
        c.actor = QStringLiteral("admin");

        Run status = run({QStringLiteral("keys"), QStringLiteral("status")}, c);
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.contains(QStringLiteral("密钥文件")), qPrintable(status.out));
        QVERIFY(status.out.contains(QStringLiteral("sale.buyer_id")));
        QVERIFY(status.out.contains(QStringLiteral("1 项")));
        const QString firstKey = status.out.section(QStringLiteral("当前密钥："), 1).left(16);

        // Backup before the rotation: the passphrase from standard input, once.
        const QString oldBackup = dir.filePath(QStringLiteral("before.backup"));
        Run backup = run(
            {QStringLiteral("keys"), QStringLiteral("backup"), QStringLiteral("--out"), oldBackup},
            c);
        QCOMPARE(backup.code, 0);
        QVERIFY(backup.out.contains(QStringLiteral("丢失密钥")));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(oldBackup).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(audit.count(AuditAction::StoreKeyBackedUp), 1);

        Run rotate = run({QStringLiteral("keys"), QStringLiteral("rotate")}, c);
        QVERIFY2(rotate.code == 0, qPrintable(rotate.err));
        QVERIFY(rotate.out.contains(QStringLiteral("密钥轮换完成")));
        QVERIFY(rotate.out.contains(firstKey)); // the old key, named as destroyed
        QVERIFY(rotate.out.contains(QStringLiteral("keys backup")));
        QCOMPARE(audit.count(AuditAction::StoreKeyRotationStarted), 1);
        QCOMPARE(audit.count(AuditAction::StoreKeyRotationCompleted), 1);
        db->reset();
        QCOMPARE(buyerId(data), QStringLiteral("110105199001011234"));

        // The key file is lost; the pre-rotation backup holds only the retired key: not enough.
        QVERIFY(QDir(KeyStoreSettings::defaultKeyDir(data)).removeRecursively());
        QVERIFY(buyerId(data).contains(QStringLiteral("keys restore")));
        secrets = ListSecretInput({QStringLiteral("一个足够长的备份口令 2026")});
        Run restoreOld = run(
            {QStringLiteral("keys"), QStringLiteral("restore"), QStringLiteral("--in"), oldBackup},
            c);
        QCOMPARE(restoreOld.code, 0);
        QVERIFY(buyerId(data) != QStringLiteral("110105199001011234"));

        // Wrong passphrase: refused, nothing changed.
        secrets = ListSecretInput({QStringLiteral("not the passphrase at all")});
        Run wrong = run(
            {QStringLiteral("keys"), QStringLiteral("restore"), QStringLiteral("--in"), oldBackup},
            c);
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("口令不对")));
        QCOMPARE(audit.count(AuditAction::StoreKeyRestored), 1);
    }

    void backupAfterRotationRestoresEverything()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QVERIFY(QDir().mkpath(data));
        seed(data);
        ListSecretInput secrets({QStringLiteral("correct horse battery staple"),
                                 QStringLiteral("correct horse battery staple")},
                                true);
        KeysCommandContext c;
        c.keys = KeyStoreSettings::forDataDir(data, {});
        c.progressPath = QDir(data).filePath(QStringLiteral("key-rotation.progress"));
        c.secrets = &secrets;
        c.backupKdf = BackupKdfParams{10, 8, 1};
        c.clock = &m_clock;
        const QString backupPath = dir.filePath(QStringLiteral("keys.backup"));
        Run backup = run(
            {QStringLiteral("keys"), QStringLiteral("backup"), QStringLiteral("--out"), backupPath},
            c);
        QCOMPARE(backup.code, 0);
        QCOMPARE(secrets.prompts.size(), 2); // typed at a terminal: asked twice
        QVERIFY(QDir(KeyStoreSettings::defaultKeyDir(data)).removeRecursively());
        secrets = ListSecretInput({QStringLiteral("correct horse battery staple")});
        Run restore = run({QStringLiteral("keys"), QStringLiteral("restore"), backupPath}, c);
        QCOMPARE(restore.code, 0);
        QCOMPARE(buyerId(data), QStringLiteral("110105199001011234"));

        secrets = ListSecretInput({QStringLiteral("short")});
        Run tooShort = run({QStringLiteral("keys"), QStringLiteral("backup"),
                            QStringLiteral("--out"), dir.filePath(QStringLiteral("x"))},
                           c);
        QCOMPARE(tooShort.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x"))));
    }

    void fleetKeyRotatesFromThePreviousOne()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QVERIFY(QDir().mkpath(data));
        QProcessEnvironment env;
        env.insert(QString::fromLatin1(kStoreKeyEnv),
                   QStringLiteral("00000000000000a1:")
                       + QString::fromLatin1(QByteArray(32, 'a').toBase64()));
        KeysCommandContext c;
        c.keys = KeyStoreSettings::forDataDir(data, env);
        c.progressPath = QDir(data).filePath(QStringLiteral("key-rotation.progress"));
        c.clock = &m_clock;
        // Only the current key: nothing to rotate from; the operator is told what to set.
        Run alone = run({QStringLiteral("keys"), QStringLiteral("rotate")}, c);
        QCOMPARE(alone.code, 1);
        QVERIFY2(alone.err.contains(QString::fromLatin1(kPreviousStoreKeyEnv)),
                 qPrintable(alone.err));
        Run status = run({QStringLiteral("keys"), QStringLiteral("status")}, c);
        QVERIFY(status.out.contains(QStringLiteral("环境变量")));
        QVERIFY(status.out.contains(QStringLiteral("00000000000000a1")));
        QVERIFY(!QFile::exists(KeyStoreSettings::defaultKeyDir(data))); // no key file written
    }

    void usageAndMissingKey()
    {
        QTemporaryDir dir;
        KeysCommandContext c;
        c.keys = KeyStoreSettings::forDataDir(dir.filePath(QStringLiteral("store")), {});
        c.clock = &m_clock;
        QCOMPARE(run({QStringLiteral("keys")}, c).code, 2);
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("shred")}, c).code, 2);
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("backup")}, c).code, 2);
        Run rotate = run({QStringLiteral("keys"), QStringLiteral("rotate")}, c);
        QCOMPARE(rotate.code, 1);
        QVERIFY(rotate.err.contains(QStringLiteral("keys restore")));
    }
};

QTEST_GUILESS_MAIN(TestKeysCommands)
#include "tst_keyscommands.moc"
