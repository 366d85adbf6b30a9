#include "storage/crypto/keyrotation.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "tests/storage/rotationrig.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pos;
using namespace pos::storage::crypto;

/// `keys rotate` re-encrypts every field and file under a new key without losing anything, and a
/// rotation killed at any point (SIGKILL in a child process, at random crash points: mid-batch,
/// mid-file, mid key-file write, between the last rewrite and the old key's retirement) resumes
/// and ends with every record readable.
class TestKeyRotation : public QObject
{
    Q_OBJECT

    static constexpr int kRows = 120;
    static constexpr int kFiles = 4;
    SystemClock m_clock;

    void createStore(const QString& root)
    {
        QVERIFY(QDir().mkpath(rotationrig::filesDir(root)));
        auto db = storage::Database::open(rotationrig::dbPath(root));
        QVERIFY(db.ok());
        QVERIFY((*db)
                    ->exec(QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, ref TEXT "
                                          "NOT NULL, name_enc BLOB, id_enc BLOB, id_hash BLOB)"))
                    .ok());
        auto store = KeyStore::open(rotationrig::keySettings(root), true, m_clock);
        QVERIFY(store.ok());
        OpenSslFieldCipher cipher((*store)->ring());
        storage::Transaction tx(**db);
        for (int i = 0; i < kRows; ++i) {
            const QString ref = QStringLiteral("XS-%1").arg(i);
            QSqlQuery q((*db)->connection());
            q.prepare(QStringLiteral(
                "INSERT INTO person (ref, name_enc, id_enc, id_hash) VALUES (?,?,?,?)"));
            q.bindValue(0, ref);
            // Every fifth row has no name: NULLs stay NULL through a rotation.
            q.bindValue(1, i % 5 == 0
                               ? QVariant(QMetaType(QMetaType::QByteArray))
                               : QVariant(*cipher.encryptText(
                                   rotationrig::nameOf(i),
                                   {QStringLiteral("person"), QStringLiteral("name_enc"), ref})));
            q.bindValue(
                2, *cipher.encryptText(rotationrig::idOf(i),
                                       {QStringLiteral("person"), QStringLiteral("id_enc"), ref}));
            q.bindValue(3, cipher.lookupHash(PersonalKind::IdNumber, rotationrig::idOf(i)));
            QVERIFY(q.exec());
        }
        QVERIFY(tx.commit().ok());
        OpenSslFileSealer sealer((*store)->ring(), m_clock);
        for (int i = 0; i < kFiles; ++i)
            QVERIFY(sealer
                        .writeAll(QDir(rotationrig::filesDir(root))
                                      .filePath(QStringLiteral("face%1.sealed").arg(i)),
                                  FileContext{QStringLiteral("face:%1").arg(i)},
                                  rotationrig::fileContent(i))
                        .ok());
    }

    /// Every record decrypts to what it was, every hash finds its row, every file reads back whole;
    /// returns the number of live key generations.
    int verifyEverything(const QString& root, const QString& when)
    {
        auto store = KeyStore::open(rotationrig::keySettings(root), false, m_clock);
        if (!store) {
            QTest::qFail(qPrintable(when + QStringLiteral(": key store: ") + store.error().message),
                         __FILE__, __LINE__);
            return -1;
        }
        struct stat st
        {
        };
        ::stat(QFile::encodeName((*store)->keyFilePath()).constData(), &st);
        if ((st.st_mode & 0777) != 0600)
            QTest::qFail(qPrintable(when + QStringLiteral(": key file mode")), __FILE__, __LINE__);
        OpenSslFieldCipher cipher((*store)->ring());
        auto db = storage::Database::open(rotationrig::dbPath(root));
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT ref, name_enc, id_enc, id_hash FROM person ORDER BY id"));
        int i = 0;
        while (q.next()) {
            const QString ref = q.value(0).toString();
            const QString what = QStringLiteral("%1: row %2").arg(when).arg(i);
            if (i % 5 == 0) {
                if (!q.value(1).isNull())
                    QTest::qFail(qPrintable(what + QStringLiteral(" gained a name")), __FILE__,
                                 __LINE__);
            } else {
                Result<QString> name =
                    cipher.decryptText(q.value(1).toByteArray(),
                                       {QStringLiteral("person"), QStringLiteral("name_enc"), ref});
                if (!name || *name != rotationrig::nameOf(i)) {
                    QTest::qFail(qPrintable(what + QStringLiteral(" name: ")
                                            + (name ? *name : name.error().message)),
                                 __FILE__, __LINE__);
                    return -1;
                }
            }
            Result<QString> id =
                cipher.decryptText(q.value(2).toByteArray(),
                                   {QStringLiteral("person"), QStringLiteral("id_enc"), ref});
            if (!id || *id != rotationrig::idOf(i)) {
                QTest::qFail(
                    qPrintable(what + QStringLiteral(" id: ") + (id ? *id : id.error().message)),
                    __FILE__, __LINE__);
                return -1;
            }
            if (!cipher.lookupHashes(PersonalKind::IdNumber, rotationrig::idOf(i))
                     .contains(q.value(3).toByteArray())) {
                QTest::qFail(qPrintable(what + QStringLiteral(" hash does not find it")), __FILE__,
                             __LINE__);
                return -1;
            }
            ++i;
        }
        if (i != kRows) {
            QTest::qFail(qPrintable(when + QStringLiteral(": rows lost")), __FILE__, __LINE__);
            return -1;
        }
        OpenSslFileSealer sealer((*store)->ring(), m_clock);
        for (int f = 0; f < kFiles; ++f) {
            Result<QByteArray> content = sealer.readAll(
                QDir(rotationrig::filesDir(root)).filePath(QStringLiteral("face%1.sealed").arg(f)),
                FileContext{QStringLiteral("face:%1").arg(f)}, 1 << 24);
            if (!content || *content != rotationrig::fileContent(f)) {
                QTest::qFail(qPrintable(QStringLiteral("%1: file %2: %3")
                                            .arg(when)
                                            .arg(f)
                                            .arg(content ? QStringLiteral("differs")
                                                         : content.error().message)),
                             __FILE__, __LINE__);
                return -1;
            }
        }
        return int((*store)->ring()->generations().size());
    }

private Q_SLOTS:
    void rotatesEverythingAndRetiresTheOldKey()
    {
        QTemporaryDir dir;
        createStore(dir.path());
        QByteArray oldId;
        {
            auto db = storage::Database::open(rotationrig::dbPath(dir.path()));
            auto store = KeyStore::open(rotationrig::keySettings(dir.path()), false, m_clock);
            oldId = (*store)->ring()->current().id;
            SqlColumnHolder person(**db, rotationrig::personSpec());
            SealedFileFolder faces(rotationrig::folderSpec(dir.path()));
            QCOMPARE(person.census()->byKeyId.value(oldId), qint64(kRows + kRows - kRows / 5));
            QCOMPARE(faces.census()->byKeyId.value(oldId), qint64(kFiles));
            KeyRotation rotation(**store, {&person, &faces}, rotationrig::progressPath(dir.path()));
            Result<RotationOutcome> outcome = rotation.run();
            QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
            QCOMPARE(outcome->fromKeyId, oldId);
            QCOMPARE(outcome->retiredIds, QList<QByteArray>{oldId});
            QCOMPARE(outcome->rewritten, qint64(kRows + kRows - kRows / 5 + kFiles));
            QCOMPARE(person.census()->byKeyId.keys(), QList<QByteArray>{outcome->toKeyId});
            QCOMPARE(faces.census()->byKeyId.keys(), QList<QByteArray>{outcome->toKeyId});
            QVERIFY(!QFile::exists(rotationrig::progressPath(dir.path())));
        }
        QCOMPARE(verifyEverything(dir.path(), QStringLiteral("after rotation")), 1);
        auto store = KeyStore::open(rotationrig::keySettings(dir.path()), false, m_clock);
        QVERIFY(!(*store)->ring()->find(oldId)); // the old secret is gone from the key file
        QCOMPARE((*store)->ring()->retired().first().id, oldId);
    }

    /// Issue 12's checkpoints: MACs re-made under the new key stay verifiable once the old key is
    /// gone; a checkpoint whose data was changed stops the rotation and keeps the old key.
    void checkpointMacsFollowTheKey()
    {
        QTemporaryDir dir;
        createStore(dir.path());
        auto db = storage::Database::open(rotationrig::dbPath(dir.path()));
        QVERIFY(
            (*db)
                ->exec(QStringLiteral("CREATE TABLE checkpoint (id INTEGER PRIMARY KEY, head TEXT "
                                      "NOT NULL, mac BLOB NOT NULL)"))
                .ok());
        {
            auto store = KeyStore::open(rotationrig::keySettings(dir.path()), false, m_clock);
            OpenSslRecordSealer sealer((*store)->ring());
            for (int i = 0; i < 5; ++i) {
                QSqlQuery q((*db)->connection());
                q.prepare(QStringLiteral("INSERT INTO checkpoint (head, mac) VALUES (?, ?)"));
                const QString head = QStringLiteral("seq %1 hash %2").arg(i * 100).arg(i * 7919);
                q.bindValue(0, head);
                q.bindValue(1, *sealer.mac(head.toUtf8(), QStringLiteral("audit-checkpoint")));
                QVERIFY(q.exec());
            }
        }
        const auto headOf = [](storage::Database& d, qint64 rowid) -> Result<QByteArray> {
            QSqlQuery q(d.connection());
            q.prepare(QStringLiteral("SELECT head FROM checkpoint WHERE rowid = ?"));
            q.bindValue(0, rowid);
            if (!q.exec() || !q.next())
                return makeError(ErrorCode::NotFound, QStringLiteral("no checkpoint"));
            return q.value(0).toString().toUtf8();
        };
        SqlMacHolder checkpoints(
            **db,
            SqlMacHolderSpec{QStringLiteral("checkpoint"), QStringLiteral("checkpoint"),
                             QStringLiteral("mac"), QStringLiteral("audit-checkpoint"), headOf});
        {
            auto store = KeyStore::open(rotationrig::keySettings(dir.path()), false, m_clock);
            KeyRotation rotation(**store, {&checkpoints}, rotationrig::progressPath(dir.path()));
            Result<RotationOutcome> outcome = rotation.run();
            QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
            QCOMPARE(outcome->rewritten, 5);
            QCOMPARE(checkpoints.census()->byKeyId.keys(), QList<QByteArray>{outcome->toKeyId});
            OpenSslRecordSealer sealer((*store)->ring()); // the old key is gone now
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT head, mac FROM checkpoint")));
            while (q.next())
                QVERIFY(sealer
                            .verifyMac(q.value(0).toString().toUtf8(), q.value(1).toByteArray(),
                                       QStringLiteral("audit-checkpoint"))
                            .ok());
        }
        // A forged checkpoint: the next rotation refuses to re-MAC it and keeps both keys.
        QVERIFY(
            (*db)
                ->exec(QStringLiteral("UPDATE checkpoint SET head = 'seq 200 hash 0' WHERE id = 3"))
                .ok());
        auto store = KeyStore::open(rotationrig::keySettings(dir.path()), false, m_clock);
        KeyRotation rotation(**store, {&checkpoints}, rotationrig::progressPath(dir.path()));
        Result<RotationOutcome> refused = rotation.run();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("checkpoint 第 3 行")),
                 qPrintable(refused.error().message));
        QCOMPARE((*store)->ring()->generations().size(), 2);
    }

    void refusesWhileTheCounterHoldsTheKey()
    {
        QTemporaryDir dir;
        createStore(dir.path());
        auto counter = KeyStore::open(rotationrig::keySettings(dir.path()), false, m_clock);
        auto store = KeyStore::open(rotationrig::keySettings(dir.path()), false, m_clock);
        KeyRotation rotation(**store, {}, rotationrig::progressPath(dir.path()));
        QVERIFY(!rotation.run().ok());
        QCOMPARE((*store)->ring()->generations().size(), 1); // nothing was started
    }

    void killedAtRandomPointsLosesNothing()
    {
        const int wantedKills = qEnvironmentVariableIntValue("PHARMAPOS_ROTATION_KILLS") > 0
                                    ? qEnvironmentVariableIntValue("PHARMAPOS_ROTATION_KILLS")
                                    : 50;
        QTemporaryDir dir;
        createStore(dir.path());
        QRandomGenerator rng(20261123);
        int kills = 0, completions = 0, runs = 0;
        QMap<QString, int> killedAt;
        while (kills < wantedKills) {
            ++runs;
            // Half the runs die at any crash point (mostly mid-batch: there are most of those),
            // the other half at one named point, so every step is hit: the key file's write and
            // rename, the new key, mid-file, progress, just before and just after the retirement.
            static const char* const points[] = {"keyfile-partly-written",
                                                 "keyfile-written-before-rename",
                                                 "keyfile-renamed",
                                                 "new-key-written",
                                                 "row-rewritten",
                                                 "batch-committed",
                                                 "file-chunk-written",
                                                 "file-resealed",
                                                 "progress-saved",
                                                 "before-retire",
                                                 "retired"};
            const bool anyPoint = rng.bounded(2) == 0;
            const QString label =
                anyPoint ? QString()
                         : QString::fromLatin1(points[rng.bounded(int(std::size(points)))]);
            const int killAt = anyPoint ? int(rng.bounded(1, 90)) : int(rng.bounded(1, 4));
            QProcess worker;
            QStringList args{dir.path(), QString::number(killAt), QStringLiteral("25")};
            if (!label.isEmpty())
                args << label;
            worker.start(QStringLiteral(ROTATION_WORKER), args);
            QVERIFY(worker.waitForFinished(60'000));
            const QString when =
                QStringLiteral("run %1 (crash point %2 %3)").arg(runs).arg(killAt).arg(label);
            if (worker.exitStatus() == QProcess::CrashExit) {
                ++kills;
                const QString said = QString::fromUtf8(worker.readAllStandardError()).trimmed();
                ++killedAt[said.section(QStringLiteral("killed at "), 1)];
            } else {
                QVERIFY2(worker.exitCode() == 0,
                         qPrintable(when + QStringLiteral(": ")
                                    + QString::fromUtf8(worker.readAllStandardError())));
                ++completions;
            }
            // After every kill the store is whole: the counter could open it right now.
            QVERIFY(verifyEverything(dir.path(), when) >= 1);
            if (QTest::currentTestFailed())
                return;
        }
        // A last, undisturbed run finishes whatever was under way.
        QProcess worker;
        worker.start(QStringLiteral(ROTATION_WORKER), {dir.path(), QStringLiteral("0")});
        QVERIFY(worker.waitForFinished(60'000));
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);
        QCOMPARE(verifyEverything(dir.path(), QStringLiteral("final")), 1);
        auto store = KeyStore::open(rotationrig::keySettings(dir.path()), false, m_clock);
        auto db = storage::Database::open(rotationrig::dbPath(dir.path()));
        SqlColumnHolder person(**db, rotationrig::personSpec());
        QCOMPARE(person.census()->byKeyId.keys(),
                 QList<QByteArray>{(*store)->ring()->current().id});
        QVERIFY(QDir(rotationrig::filesDir(dir.path()))
                    .entryList({QStringLiteral("*.part-*")}, QDir::Files)
                    .isEmpty());
        QVERIFY(QDir(rotationrig::keySettings(dir.path()).keyDir).entryList(QDir::Files).size()
                == 1);
        qInfo("%d kills, %d completed rotations in %d runs; %lld keys retired", kills, completions,
              runs, static_cast<long long>((*store)->ring()->retired().size()));
        QStringList where;
        for (auto it = killedAt.cbegin(); it != killedAt.cend(); ++it)
            where << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
        qInfo("killed at: %s", qPrintable(where.join(QStringLiteral(", "))));
        for (const char* point :
             {"keyfile-written-before-rename", "keyfile-renamed", "row-rewritten",
              "batch-committed", "file-chunk-written", "progress-saved", "before-retire"})
            QVERIFY2(killedAt.contains(QLatin1String(point)), point);
        QVERIFY((*store)->ring()->retired().size() >= qMax(1, completions));
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
