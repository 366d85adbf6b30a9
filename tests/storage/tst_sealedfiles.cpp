#include "app/core/ports/clock.h"
#include "app/core/privacy/sealedfiledevice.h"
#include "storage/crypto/opensslfilesealer.h"
#include "tests/storage/cryptotestkeys.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pos;
using namespace pos::storage::crypto;

/// Faces, signatures, slips and video segments at rest (DATA-PRIVACY, CAM-CONSENT): chunked
/// AES-256-GCM where a changed byte, a cut end, a dropped, repeated or reordered chunk, or a file
/// moved under another record all fail.
class TestSealedFiles : public QObject
{
    Q_OBJECT

    static constexpr qsizetype kChunk = qsizetype(1) << OpenSslFileSealer::kChunkLog2;
    static constexpr qsizetype kRaw = kChunk + 16;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 30))};

    static QByteArray pattern(qsizetype n)
    {
        QByteArray b(n, '\0');
        for (qsizetype i = 0; i < n; ++i)
            b[i] = char((i * 7919) >> 3);
        return b;
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    /// The header's length: the file's size minus its chunks.
    static qsizetype headerBytes(const QByteArray& file, qsizetype plain)
    {
        const qsizetype chunks = plain / kChunk + 1;
        return file.size() - plain - 16 * chunks;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("1 byte") << qsizetype(1);
        QTest::newRow("chunk - 1") << kChunk - 1;
        QTest::newRow("exactly one chunk") << kChunk;
        QTest::newRow("chunk + 1") << kChunk + 1;
        QTest::newRow("three chunks") << 3 * kChunk;
        QTest::newRow("a 2 s 720p segment") << qsizetype(512 * 1024 + 7);
    }
    void roundTrip()
    {
        QFETCH(qsizetype, size);
        QTemporaryDir dir;
        OpenSslFileSealer sealer(testkeys::freshRing(), m_clock);
        const QString path = dir.filePath(QStringLiteral("face.sealed"));
        const QByteArray plain = pattern(size);
        const FileContext ctx{QStringLiteral("face:JS-20261123-0007")};
        {
            auto w = sealer.createSealed(path, ctx);
            QVERIFY(w.ok());
            // Written in odd pieces, as an encoder hands them over.
            for (qsizetype at = 0; at < plain.size(); at += 10007)
                QVERIFY((*w)->write(QByteArrayView(plain).sliced(
                                        at, qMin<qsizetype>(10007, plain.size() - at)))
                            .ok());
            QVERIFY(!QFile::exists(path)); // nothing under the final name before finish()
            QVERIFY((*w)->finish().ok());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("face.sealed")});
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        if (size >= 16)
            QVERIFY(!read(path).contains(plain.left(16)));
        Result<QByteArray> back = sealer.readAll(path, ctx, 1 << 24);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(*back, plain);
        auto header = OpenSslFileSealer::readHeader(path);
        QVERIFY(header.ok());
        QCOMPARE(header->plainSize, size);
        QCOMPARE(header->sealedAt, m_clock.now());
        QCOMPARE(header->context.label, ctx.label);
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("byte changed in chunk 2") << "flip-chunk";
        QTest::newRow("byte changed in the header's context") << "flip-header";
        QTest::newRow("tag changed") << "flip-tag";
        QTest::newRow("truncated mid-chunk") << "truncate-mid";
        QTest::newRow("truncated at a chunk boundary") << "truncate-boundary";
        QTest::newRow("header only") << "header-only";
        QTest::newRow("chunks 1 and 2 swapped") << "swap";
        QTest::newRow("middle chunk dropped") << "drop";
        QTest::newRow("chunk repeated") << "repeat";
        QTest::newRow("bytes appended") << "append";
    }
    void tampering()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        OpenSslFileSealer sealer(testkeys::freshRing(), m_clock);
        const QString path = dir.filePath(QStringLiteral("clip.sealed"));
        const qsizetype size = 3 * kChunk + 1000;
        QVERIFY(sealer.writeAll(path, FileContext{QStringLiteral("clip:T01/0930")}, pattern(size))
                    .ok());
        QByteArray f = read(path);
        const qsizetype h = headerBytes(f, size);
        if (how == QStringLiteral("flip-chunk"))
            f[h + kRaw + 100] = char(f.at(h + kRaw + 100) ^ 0x20);
        else if (how == QStringLiteral("flip-header"))
            f[h - 1] = char(f.at(h - 1) ^ 0x01);
        else if (how == QStringLiteral("flip-tag"))
            f[f.size() - 1] = char(f.back() ^ 0x80);
        else if (how == QStringLiteral("truncate-mid"))
            f.chop(500);
        else if (how == QStringLiteral("truncate-boundary"))
            f.truncate(h + 2 * kRaw);
        else if (how == QStringLiteral("header-only"))
            f.truncate(h);
        else if (how == QStringLiteral("swap"))
            f = f.left(h) + f.mid(h + kRaw, kRaw) + f.mid(h, kRaw) + f.mid(h + 2 * kRaw);
        else if (how == QStringLiteral("drop"))
            f = f.left(h + kRaw) + f.mid(h + 2 * kRaw);
        else if (how == QStringLiteral("repeat"))
            f = f.left(h + kRaw) + f.mid(h, kRaw) + f.mid(h + kRaw);
        else if (how == QStringLiteral("append"))
            f.append(QByteArrayLiteral("appended"));
        write(path, f);
        Result<QByteArray> back = sealer.readAll(path, {}, 1 << 24);
        QVERIFY(!back.ok());
        QCOMPARE(back.error().code, ErrorCode::StorageFailure);
        QVERIFY(!back.error().message.isEmpty());
    }

    void wrongKeyAndWrongRecord()
    {
        QTemporaryDir dir;
        OpenSslFileSealer mine(testkeys::freshRing(), m_clock);
        OpenSslFileSealer other(testkeys::freshRing(), m_clock);
        const QString path = dir.filePath(QStringLiteral("sig.sealed"));
        QVERIFY(
            mine.writeAll(path, FileContext{QStringLiteral("signature:JS-1")}, pattern(300)).ok());
        Result<QByteArray> wrongKey = other.readAll(path, {}, 1 << 20);
        QVERIFY(!wrongKey.ok());
        QCOMPARE(wrongKey.error().code, ErrorCode::Configuration);
        // The signature of settlement JS-1 presented as JS-2's.
        QVERIFY(!mine.readAll(path, FileContext{QStringLiteral("signature:JS-2")}, 1 << 20).ok());
        QVERIFY(mine.readAll(path, FileContext{QStringLiteral("signature:JS-1")}, 1 << 20).ok());
        QVERIFY(!mine.readAll(path, {}, 100).ok()); // larger than the caller allows
    }

    void abandonedWriterLeavesNothing()
    {
        QTemporaryDir dir;
        OpenSslFileSealer sealer(testkeys::freshRing(), m_clock);
        {
            auto w = sealer.createSealed(dir.filePath(QStringLiteral("seg.sealed")), {});
            QVERIFY((*w)->write(pattern(3 * kChunk)).ok());
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        // A crash (no destructor) leaves a "*.part-*" temporary: ciphertext only, removed later.
        write(dir.filePath(QStringLiteral("seg.sealed.part-0a1b2c3d4e5f")), "x");
        QCOMPARE(OpenSslFileSealer::removeAbandonedParts(dir.path()), 1);
    }

    void sealsAFinishedSegmentAndRemovesThePlainFile()
    {
        QTemporaryDir dir;
        OpenSslFileSealer sealer(testkeys::freshRing(), m_clock);
        const QString plain = dir.filePath(QStringLiteral("seg0001.mkv"));
        write(plain, pattern(200'000));
        QVERIFY(sealer
                    .sealFile(plain, plain + QStringLiteral(".sealed"),
                              FileContext{QStringLiteral("clip:T01/seg0001")}, true)
                    .ok());
        QVERIFY(!QFile::exists(plain));
        QCOMPARE(*sealer.readAll(plain + QStringLiteral(".sealed"), {}, 1 << 20), pattern(200'000));
    }

    void deviceStreamsAndStopsAtTampering()
    {
        QTemporaryDir dir;
        OpenSslFileSealer sealer(testkeys::freshRing(), m_clock);
        const QString path = dir.filePath(QStringLiteral("clip.sealed"));
        const QByteArray plain = pattern(2 * kChunk + 333);
        QVERIFY(sealer.writeAll(path, {}, plain).ok());
        {
            SealedFileDevice device(std::move(sealer.openSealed(path).value()));
            QCOMPARE(device.size(), plain.size());
            QByteArray got;
            char buf[4096];
            qint64 n = 0;
            while ((n = device.read(buf, sizeof buf)) > 0)
                got.append(buf, n);
            QCOMPARE(got, plain);
            QVERIFY(device.atEnd());
        }
        QByteArray f = read(path);
        f[f.size() - 10] = char(f.at(f.size() - 10) ^ 1);
        write(path, f);
        SealedFileDevice device(std::move(sealer.openSealed(path).value()));
        const QByteArray got = device.readAll();
        QVERIFY(got.size() <= 2 * kChunk); // the authenticated chunks, never the forged end
        QVERIFY(device.failed());
        QVERIFY(!device.errorString().isEmpty());
    }

    void resealKeepsContextAndTime()
    {
        QTemporaryDir dir;
        KeyGeneration oldGen = testkeys::generation();
        std::vector<KeyGeneration> o;
        o.push_back(oldGen.copy());
        auto oldRing = testkeys::ring(testkeys::material(std::move(o)));
        OpenSslFileSealer oldSealer(oldRing, m_clock);
        const QString path = dir.filePath(QStringLiteral("face.sealed"));
        QVERIFY(oldSealer.writeAll(path, FileContext{QStringLiteral("face:JS-9")}, pattern(70'000))
                    .ok());

        auto stranger = testkeys::freshRing();
        QVERIFY(!OpenSslFileSealer::reseal(*stranger, stranger->current(), path)
                     .ok());                                              // cannot read it
        QCOMPARE(*oldSealer.readAll(path, {}, 1 << 20), pattern(70'000)); // and left it intact

        // During a rotation: the new key current, the old one still readable.
        std::vector<KeyGeneration> b;
        b.push_back(testkeys::generation());
        b.push_back(oldGen.copy());
        auto both = testkeys::ring(testkeys::material(std::move(b)));
        QVERIFY(OpenSslFileSealer::reseal(*both, both->current(), path).ok());
        auto header = OpenSslFileSealer::readHeader(path);
        QCOMPARE(header->keyId, both->current().id);
        QCOMPARE(header->context.label, QStringLiteral("face:JS-9"));
        QCOMPARE(header->sealedAt, m_clock.now());
        QCOMPARE(*OpenSslFileSealer(both, m_clock).readAll(path, {}, 1 << 20), pattern(70'000));
        QVERIFY(!oldSealer.readAll(path, {}, 1 << 20).ok());
    }
};

QTEST_GUILESS_MAIN(TestSealedFiles)
#include "tst_sealedfiles.moc"
