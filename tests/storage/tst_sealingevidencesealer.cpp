#include "app/core/ports/clock.h"
#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/sealingevidencesealer.h"
#include "tests/storage/cryptotestkeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage::crypto;

/// The settlement camera's evidence at rest (DATA-PRIVACY, CAM-CONSENT): a segment or face is
/// sealed in place of its plain file; its content hash (what manifests hold) is the recorded
/// content's, found again only with the key; a changed byte, a face moved under another
/// settlement or another store's key all fail.
class TestSealingEvidenceSealer : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 30))};

    static QByteArray content(qsizetype n)
    {
        QByteArray b(n, '\0');
        for (qsizetype i = 0; i < n; ++i)
            b[i] = char((i * 131) ^ (i >> 5));
        return b;
    }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray sha(const QByteArray& b)
    {
        return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
    }

private Q_SLOTS:
    void segmentSealedInPlaceOfThePlainFile()
    {
        QTemporaryDir dir;
        OpenSslFileSealer files(testkeys::freshRing(), m_clock);
        SealingEvidenceSealer sealer(files);
        const QByteArray plain = content(700 * 1024 + 3); // a 2 s 720p segment, odd length
        const QString path = dir.filePath(QStringLiteral("buffer/seg-20261123-093000-000.mkv"));
        write(path, plain);

        const Result<QString> sealed = sealer.seal(path, EvidenceKind::VideoSegment);
        QVERIFY2(sealed.ok(), sealed.ok() ? "" : qPrintable(sealed.error().message));
        QCOMPARE(*sealed, path + QStringLiteral(".sealed"));
        QVERIFY(!QFileInfo::exists(path));                  // no plain copy left
        QVERIFY(!read(*sealed).contains(plain.left(4096))); // not readable without the key
        // Manifests hold the content's hash: the same as of the plain file.
        QCOMPARE(sealer.contentSha256(*sealed).value(), sha(plain));
        // Sealing an already sealed file is a no-op (a recovery that finds it sealed).
        QCOMPARE(sealer.seal(*sealed, EvidenceKind::VideoSegment).value(), *sealed);

        // Readable for a decoder: a decrypted copy in the scratch folder (0600), equal to the plain.
        const QString scratch = dir.filePath(QStringLiteral("video/.scratch"));
        const Result<QString> copy = sealer.readablePath(*sealed, scratch);
        QVERIFY(copy.ok());
        QVERIFY(copy->startsWith(scratch));
        QVERIFY(copy->endsWith(QStringLiteral("seg-20261123-093000-000.mkv")));
        QCOMPARE(read(*copy), plain);
        QCOMPARE(QFileInfo(*copy).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void faceReadInMemoryAndBoundToItsSettlement()
    {
        QTemporaryDir dir;
        OpenSslFileSealer files(testkeys::freshRing(), m_clock);
        SealingEvidenceSealer sealer(files);
        const QByteArray jpeg = content(40 * 1024);
        const QString face = dir.filePath(QStringLiteral("clips/20261123/JS-T01-1/face.jpg"));
        write(face, jpeg);
        const QString sealed = sealer.seal(face, EvidenceKind::FaceImage).value();
        QCOMPARE(sealer.readAll(sealed).value(), jpeg);
        QCOMPARE(sealer.contentSha256(sealed).value(), sha(jpeg));

        // Moved under another settlement's folder: refused (the face is bound to its clip).
        const QString other =
            dir.filePath(QStringLiteral("clips/20261123/JS-T01-2/face.jpg.sealed"));
        QDir().mkpath(QFileInfo(other).absolutePath());
        QVERIFY(QFile::copy(sealed, other));
        QVERIFY(!sealer.readAll(other).ok());
        QVERIFY(!sealer.contentSha256(other).ok());
    }

    void alteredOrForeignFilesFail_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("a changed byte") << QStringLiteral("byte");
        QTest::newRow("cut off") << QStringLiteral("cut");
        QTest::newRow("another store's key") << QStringLiteral("key");
    }
    void alteredOrForeignFilesFail()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        OpenSslFileSealer files(testkeys::freshRing(), m_clock);
        SealingEvidenceSealer sealer(files);
        const QString path = dir.filePath(QStringLiteral("seg-1.mkv"));
        write(path, content(200 * 1024));
        const QString sealed = sealer.seal(path, EvidenceKind::VideoSegment).value();
        QByteArray bytes = read(sealed);
        if (how == QStringLiteral("byte")) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            write(sealed, bytes);
            QVERIFY(!sealer.contentSha256(sealed).ok());
        } else if (how == QStringLiteral("cut")) {
            write(sealed, bytes.left(bytes.size() - 100));
            QVERIFY(!sealer.contentSha256(sealed).ok());
        } else {
            OpenSslFileSealer otherFiles(testkeys::freshRing(), m_clock);
            SealingEvidenceSealer other(otherFiles);
            QVERIFY(!other.contentSha256(sealed).ok());
            QVERIFY(!other.readablePath(sealed, dir.filePath(QStringLiteral("s"))).ok());
            QVERIFY(QDir(dir.filePath(QStringLiteral("s"))).isEmpty()); // nothing half-written
        }
    }

    void plainFilesOfAnOlderRecordingAreReadAsTheyAre()
    {
        QTemporaryDir dir;
        OpenSslFileSealer files(testkeys::freshRing(), m_clock);
        SealingEvidenceSealer sealer(files);
        const QByteArray plain = content(1000);
        const QString path = dir.filePath(QStringLiteral("seg-old.mkv"));
        write(path, plain);
        QCOMPARE(sealer.contentSha256(path).value(), sha(plain));
        QCOMPARE(sealer.readablePath(path, dir.filePath(QStringLiteral("s"))).value(), path);
        QCOMPARE(sealer.readAll(path).value(), plain);
    }
};

QTEST_GUILESS_MAIN(TestSealingEvidenceSealer)
#include "tst_sealingevidencesealer.moc"
