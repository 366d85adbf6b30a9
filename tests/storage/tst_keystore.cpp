#include "app/core/ports/clock.h"
#include "storage/crypto/keybackup.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "tests/storage/cryptotestkeys.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pos;
using namespace pos::storage::crypto;

/// The store key's home: created at first start 0600 in 0700, refused when wider, never silently
/// replaced; the environment for a fleet; passphrase-protected backups; the use lock.
class TestKeyStore : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 30))};
    const BackupKdfParams m_fastKdf{10, 8, 1};

    static mode_t modeOf(const QString& path)
    {
        struct stat st
        {
        };
        ::lstat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 07777;
    }
    static KeyStoreSettings settingsIn(const QTemporaryDir& dir)
    {
        KeyStoreSettings s;
        s.keyDir = dir.filePath(QStringLiteral("store.keys"));
        s.lockPath = dir.filePath(QStringLiteral("store/.keyuse.lock"));
        return s;
    }

private Q_SLOTS:
    void createdAtFirstStartPrivately()
    {
        QTemporaryDir dir;
        const KeyStoreSettings s = settingsIn(dir);
        QByteArray id;
        {
            auto store = KeyStore::open(s, true, m_clock);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            QVERIFY((*store)->createdNow());
            QCOMPARE((*store)->source(), KeySource::File);
            QCOMPARE(modeOf(s.keyDir), mode_t(0700));
            QCOMPARE(modeOf((*store)->keyFilePath()), mode_t(0600));
            id = (*store)->ring()->current().id;
            QCOMPARE((*store)->ring()->current().created, m_clock.now());
        }
        auto again = KeyStore::open(s, true, m_clock);
        QVERIFY(again.ok());
        QVERIFY(!(*again)->createdNow());
        QCOMPARE((*again)->ring()->current().id, id);
        // The default key directory is beside the data directory, never inside it.
        QCOMPARE(KeyStoreSettings::defaultKeyDir(QStringLiteral("/srv/pos/store/")),
                 QStringLiteral("/srv/pos/store.keys"));
    }

    void missingKeyIsNotSilentlyReplaced()
    {
        QTemporaryDir dir;
        auto store = KeyStore::open(settingsIn(dir), false, m_clock);
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(QStringLiteral("keys restore")));
    }

    void refusesWiderPermissions_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("mode");
        QTest::newRow("DATA-PRIVACY key file 0644") << "file" << 0644;
        QTest::newRow("DATA-PRIVACY key file 0640") << "file" << 0640;
        QTest::newRow("DATA-PRIVACY key file 0604") << "file" << 0604;
        QTest::newRow("DATA-PRIVACY key file 0660") << "file" << 0660;
        QTest::newRow("DATA-PRIVACY key dir 0755") << "dir" << 0755;
        QTest::newRow("DATA-PRIVACY key dir 0750") << "dir" << 0750;
        QTest::newRow("DATA-PRIVACY key dir 0701") << "dir" << 0701;
    }
    void refusesWiderPermissions()
    {
        QFETCH(QString, what);
        QFETCH(int, mode);
        QTemporaryDir dir;
        const KeyStoreSettings s = settingsIn(dir);
        QString file;
        {
            auto store = KeyStore::open(s, true, m_clock);
            QVERIFY(store.ok());
            file = (*store)->keyFilePath();
        }
        const QString target = what == QStringLiteral("file") ? file : s.keyDir;
        QCOMPARE(::chmod(QFile::encodeName(target).constData(), mode_t(mode)), 0);
        auto store = KeyStore::open(s, true, m_clock);
        QVERIFY(!store.ok());
        const QString message = store.error().message;
        QVERIFY2(message.contains(target), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'))),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("chmod")), qPrintable(message));
    }

    void refusesSymlinkAndForeignOwner()
    {
        QTemporaryDir dir;
        const KeyStoreSettings s = settingsIn(dir);
        QString file;
        {
            auto store = KeyStore::open(s, true, m_clock);
            file = (*store)->keyFilePath();
        }
        QVERIFY(QFile::rename(file, dir.filePath(QStringLiteral("elsewhere.key"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere.key")), file));
        auto linked = KeyStore::open(s, true, m_clock);
        QVERIFY(!linked.ok());
        QVERIFY(linked.error().message.contains(QStringLiteral("符号链接")));
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("elsewhere.key")), file));
        if (::geteuid() != 0)
            QSKIP("chown to another user needs root (CI runs as root)");
        QCOMPARE(::chown(QFile::encodeName(file).constData(), 65534, 65534), 0);
        auto foreign = KeyStore::open(s, true, m_clock);
        QVERIFY(!foreign.ok());
        QVERIFY(foreign.error().message.contains(QStringLiteral("65534")));
    }

    void damagedKeyFileRefused()
    {
        QTemporaryDir dir;
        const KeyStoreSettings s = settingsIn(dir);
        QString file;
        {
            auto store = KeyStore::open(s, true, m_clock);
            file = (*store)->keyFilePath();
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[30] = char(bytes.at(30) ^ 1);
        f.seek(0);
        f.write(bytes);
        f.close();
        auto store = KeyStore::open(s, true, m_clock);
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(QStringLiteral("损坏")));
    }

    void keyFromTheEnvironment()
    {
        QTemporaryDir dir;
        KeyStoreSettings s = settingsIn(dir);
        const QByteArray secret(32, '\x11');
        s.currentFromEnv =
            QStringLiteral("0123456789abcdef:") + QString::fromLatin1(secret.toBase64());
        auto store = KeyStore::open(s, true, m_clock);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->source(), KeySource::Environment);
        QCOMPARE(keyIdHex((*store)->ring()->current().id), QStringLiteral("0123456789abcdef"));
        QVERIFY(!QFile::exists(s.keyDir)); // no key file written anywhere
        QVERIFY(!(*store)->addGenerationAsCurrent().ok());
        // Another till with the same variable reads this till's blobs.
        OpenSslFieldCipher a((*store)->ring());
        const FieldContext ctx{QStringLiteral("sale"), QStringLiteral("buyer_id_enc"),
                               QStringLiteral("X")};
        const QByteArray blob = *a.encryptText(QStringLiteral("110105199001011234"), ctx);
        store->reset();
        auto other = KeyStore::open(s, true, m_clock);
        QCOMPARE(*OpenSslFieldCipher((*other)->ring()).decryptText(blob, ctx),
                 QStringLiteral("110105199001011234"));

        s.currentFromEnv = QStringLiteral("not-a-key-AAAAsecretvalue");
        other->reset();
        auto bad = KeyStore::open(s, true, m_clock);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QString::fromLatin1(kStoreKeyEnv)));
        QVERIFY(!bad.error().message.contains(QStringLiteral("AAAAsecretvalue")));
    }

    void rotationStepsAndRetiredPublicKeys()
    {
        QTemporaryDir dir;
        const KeyStoreSettings s = settingsIn(dir);
        auto store = KeyStore::open(s, true, m_clock);
        const QByteArray first = (*store)->ring()->current().id;
        const QByteArray firstPublic = (*store)->ring()->current().signingPublicKey;
        QVERIFY((*store)->addGenerationAsCurrent().ok());
        QCOMPARE((*store)->ring()->generations().size(), 2);
        QVERIFY((*store)->ring()->current().id != first);
        QVERIFY((*store)->ring()->find(first));
        QVERIFY((*store)->retireAllButCurrent().ok());
        QCOMPARE((*store)->ring()->generations().size(), 1);
        QCOMPARE((*store)->ring()->retired().size(), 1);
        QCOMPARE((*store)->ring()->signingPublicKey(first), firstPublic);
        // Durable: a fresh open sees the same.
        store->reset();
        auto again = KeyStore::open(s, false, m_clock);
        QCOMPARE((*again)->ring()->retired().first().id, first);
        QVERIFY(!(*again)->ring()->find(first));
    }

    void useLockKeepsRotationAlone()
    {
        QTemporaryDir dir;
        const KeyStoreSettings s = settingsIn(dir);
        auto counter = KeyStore::open(s, true, m_clock);
        auto command = KeyStore::open(s, true, m_clock);
        QVERIFY(command.ok()); // two users of the key at once are fine…
        Status exclusive = (*command)->lockExclusive();
        QVERIFY(!exclusive.ok()); // …but not rotation while the counter runs
        QVERIFY(exclusive.error().message.contains(QStringLiteral("关闭")));
        counter->reset();
        QVERIFY((*command)->lockExclusive().ok());
        auto late = KeyStore::open(s, true, m_clock); // a counter starting during the rotation
        QVERIFY(!late.ok());
    }

    void staleTemporaryKeyFilesRemoved()
    {
        QTemporaryDir dir;
        const KeyStoreSettings s = settingsIn(dir);
        {
            auto store = KeyStore::open(s, true, m_clock);
        }
        const QString stale = QDir(s.keyDir).filePath(QStringLiteral("store.key.tmp-abcdef"));
        QFile f(stale);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old secret");
        f.close();
        auto store = KeyStore::open(s, true, m_clock);
        QVERIFY(store.ok());
        QVERIFY(!QFile::exists(stale));
    }

    void backupAndRestore()
    {
        QTemporaryDir dir;
        const KeyStoreSettings s = settingsIn(dir);
        const QString backup = dir.filePath(QStringLiteral("keys.backup"));
        const QByteArray pass = QByteArrayLiteral("长城长城 correct horse");
        QByteArray id;
        KeyMaterial saved;
        {
            auto store = KeyStore::open(s, true, m_clock);
            id = (*store)->ring()->current().id;
            saved = (*store)->material().copy();
            QVERIFY(!writeKeyBackup(backup, (*store)->material(), "short", m_fastKdf).ok());
            QVERIFY(writeKeyBackup(backup, (*store)->material(), pass, m_fastKdf).ok());
            QCOMPARE(modeOf(backup), mode_t(0600));
            QVERIFY(!writeKeyBackup(backup, (*store)->material(), pass, m_fastKdf).ok()); // exists
        }
        QVERIFY(!readKeyBackup(backup, "wrong passphrase!!").ok());
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(!bytes.contains(saved.generations.front().secret.view().toByteArray()));
        QByteArray tampered = bytes;
        tampered[tampered.size() - 20] = char(tampered.at(tampered.size() - 20) ^ 1);
        const QString tamperedPath = dir.filePath(QStringLiteral("tampered.backup"));
        QFile t(tamperedPath);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(tampered);
        t.close();
        QVERIFY(!readKeyBackup(tamperedPath, pass).ok());

        // The key file is lost: restore brings the same key back.
        QVERIFY(QDir(s.keyDir).removeRecursively());
        Result<KeyMaterial> material = readKeyBackup(backup, pass);
        QVERIFY(material.ok());
        Result<QList<QByteArray>> added = KeyStore::restore(s, *material, m_clock);
        QVERIFY(added.ok());
        QCOMPARE(*added, QList<QByteArray>{id});
        auto restored = KeyStore::open(s, false, m_clock);
        QVERIFY(restored.ok());
        QCOMPARE((*restored)->ring()->current().id, id);
        QCOMPARE(modeOf((*restored)->keyFilePath()), mode_t(0600));
        restored->reset();

        // A store with a new key restores an old backup to read old data: merged, not replaced.
        QVERIFY(QDir(s.keyDir).removeRecursively());
        QByteArray newId;
        {
            auto fresh = KeyStore::open(s, true, m_clock);
            newId = (*fresh)->ring()->current().id;
        }
        added = KeyStore::restore(s, *material, m_clock);
        QCOMPARE(*added, QList<QByteArray>{id});
        auto merged = KeyStore::open(s, false, m_clock);
        QCOMPARE((*merged)->ring()->current().id, newId);
        QVERIFY((*merged)->ring()->find(id));
        merged->reset();
        QCOMPARE(KeyStore::restore(s, *material, m_clock)->size(),
                 0); // nothing new the second time
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
