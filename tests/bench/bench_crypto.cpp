// Personal data protection benchmark (issue 14). Prints its figures; asserts nothing.
//   cmake --build --preset release --target bench_crypto
//   build/release/tests/bench/bench_crypto [--fields 1000000] [--file-mb 1024] [--dir /dev/shm]
//
//  1. AES-256-GCM as `openssl speed -evp aes-256-gcm` reports it on this machine (run side by side)
//     and as this code calls it (16 KiB messages).
//  2. Field encryption per sale: a cash sale with 5 lines and 3 personal fields (buyer's ID number,
//     name, phone) plus 2 lookup hashes, against the cost of writing that sale (sale + 5 lines in
//     one SQLite transaction, synchronous=FULL, as the sale repository commits it).
//  3. File sealing and opening throughput (64 KiB chunks), against openssl.
//  4. Key rotation: N encrypted fields (one blob and one lookup hash per row, batches of 2000 in
//     synchronous=FULL transactions) and M MiB of sealed files, against openssl.
//  5. Sealing 720p15 video segments (2 s, 2 Mbit/s H.264 ≈ 500 KB) as the recorder closes them:
//     the CPU it adds, as a share of one core and of the recorder's own ≈16 % (issue 15).

#include "app/core/ports/clock.h"
#include "storage/crypto/keyrotation.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/opensslutil.h"
#include "storage/crypto/sealedfilefolder.h"
#include "storage/crypto/sqlencryptedcolumns.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace pos;
using namespace pos::storage;
using namespace pos::storage::crypto;

namespace {

/// CPU time of the whole process (all threads), precise to the nanosecond (not tick-based).
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(double(v.size()) * p)));
}

/// `openssl speed -evp aes-256-gcm` at 16 KiB blocks, bytes per second (0 when unavailable).
double opensslSpeed()
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("speed"), QStringLiteral("-evp"), QStringLiteral("aes-256-gcm"),
             QStringLiteral("-seconds"), QStringLiteral("3"), QStringLiteral("-bytes"),
             QStringLiteral("16384")});
    if (!p.waitForFinished(60'000))
        return 0;
    const QString out = QString::fromLatin1(p.readAllStandardOutput());
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("AES-256-GCM\\s+([0-9.]+)k")).match(out);
    return m.hasMatch() ? m.captured(1).toDouble() * 1000.0 : 0;
}

double gib(double bytesPerSecond)
{
    return bytesPerSecond / double(1 << 30);
}

QByteArray pattern(qsizetype n, int seed)
{
    QByteArray b(n, '\0');
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char((i * 2654435761u + seed) >> 13);
    return b;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int fields = option("--fields", QStringLiteral("200000")).toInt();
    const int fileMb = option("--file-mb", QStringLiteral("1024")).toInt();
    const QString base =
        option("--dir", QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                  : QDir::tempPath());
    QTemporaryDir tmp(QDir(base).filePath(QStringLiteral("bench_crypto-XXXXXX")));
    SystemClock clock;
    std::printf("bench_crypto: files in %s\n\n", qPrintable(tmp.path()));

    // 1. AES-256-GCM: openssl speed and our own calls.
    const double openssl = opensslSpeed();
    std::printf("openssl speed -evp aes-256-gcm (16 KiB): %.2f GiB/s\n", gib(openssl));
    KeyStoreSettings keys{QDir(tmp.path()).filePath(QStringLiteral("keys")), {}, {}, {}};
    auto store = KeyStore::open(keys, true, clock);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    {
        GcmContext gcm;
        QByteArray block = pattern(16384, 1);
        unsigned char tag[16];
        unsigned char nonce[12] = {};
        const auto* key = (*store)->ring()->current().fieldKey.data();
        auto* p = reinterpret_cast<unsigned char*>(block.data());
        QElapsedTimer t;
        t.start();
        qint64 bytes = 0;
        while (t.elapsed() < 2000) {
            for (int i = 0; i < 256; ++i) {
                nonce[0] = char(i);
                (void)gcm.encrypt(key, nonce, {}, p, block.size(), p, tag);
                bytes += block.size();
            }
        }
        std::printf("AES-256-GCM as PharmaPOS calls it (16 KiB): %.2f GiB/s\n\n",
                    gib(double(bytes) / (double(t.nsecsElapsed()) / 1e9)));
    }

    // 2. Fields per sale, against writing the sale.
    OpenSslFieldCipher cipher((*store)->ring());
    {
        QList<double> perSale;
        for (int s = 0; s < 20'000; ++s) {
            const QString saleNo =
                QStringLiteral("XS-T01-20261123-%1").arg(s, 4, 10, QLatin1Char('0'));
            QElapsedTimer t;
            t.start();
            const QByteArray id = *cipher.encryptText(
                QStringLiteral("110105199001011234"),
                {QStringLiteral("sale"), QStringLiteral("buyer_id_enc"), saleNo});
            const QByteArray name = *cipher.encryptText(
                QStringLiteral("欧阳秀英"),
                {QStringLiteral("sale"), QStringLiteral("buyer_name_enc"), saleNo});
            const QByteArray phone =
                *cipher.encryptText(QStringLiteral("13812345678"),
                                    {QStringLiteral("sale"), QStringLiteral("phone_enc"), saleNo});
            const QByteArray h1 =
                cipher.lookupHash(PersonalKind::IdNumber, QStringLiteral("110105199001011234"));
            const QByteArray h2 =
                cipher.lookupHash(PersonalKind::Phone, QStringLiteral("13812345678"));
            perSale << double(t.nsecsElapsed()) / 1000.0;
            Q_UNUSED(id);
            Q_UNUSED(name);
            Q_UNUSED(phone);
            Q_UNUSED(h1);
            Q_UNUSED(h2);
        }
        const QByteArray blob = *cipher.encryptText(
            QStringLiteral("110105199001011234"),
            {QStringLiteral("sale"), QStringLiteral("buyer_id_enc"), QStringLiteral("X")});
        QList<double> dec;
        for (int i = 0; i < 20'000; ++i) {
            QElapsedTimer t;
            t.start();
            Q_UNUSED(cipher.decrypt(blob, {QStringLiteral("sale"), QStringLiteral("buyer_id_enc"),
                                           QStringLiteral("X")}));
            dec << double(t.nsecsElapsed()) / 1000.0;
        }

        // On the disk the data directory lives on (not tmpfs): the commit's fsync is the real cost.
        QTemporaryDir diskDir;
        auto db = Database::open(QDir(diskDir.path()).filePath(QStringLiteral("sale.sqlite")));
        QList<double> post;
        for (int s = 0; s < 300; ++s) {
            QElapsedTimer t;
            t.start();
            Transaction tx(**db, Durability::Full);
            QSqlQuery q((*db)->connection());
            q.prepare(
                QStringLiteral("INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                               "payment_method, tendered_fen, change_fen) VALUES (?, '2026-11-23 "
                               "09:30:00.000', 'T01', 'zhangsan', 500, 'cash', 500, 0)"));
            q.bindValue(0, QStringLiteral("XS-%1").arg(s));
            q.exec();
            const qint64 saleId = q.lastInsertId().toLongLong();
            for (int l = 1; l <= 5; ++l) {
                QSqlQuery line((*db)->connection());
                line.prepare(QStringLiteral(
                    "INSERT INTO sale_line (sale_id, line_no, product_id, product_name, "
                    "spec, unit, quantity, unit_price_fen, amount_fen) VALUES "
                    "(?, ?, 1, '阿莫西林胶囊', '0.25g*24粒', '盒', 1, 100, 100)"));
                line.bindValue(0, saleId);
                line.bindValue(1, l);
                line.exec();
            }
            (void)tx.commit();
            post << double(t.nsecsElapsed()) / 1000.0;
        }
        (void)(*db)->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        const double perSaleUs = median(perSale);
        std::printf(
            "fields per sale (3 encrypted + 2 lookup hashes): median %.1f µs, p99 %.1f µs\n",
            perSaleUs, percentile(perSale, 0.99));
        std::printf("decrypting one field: median %.2f µs\n", median(dec));
        std::printf("writing that sale (sale + 5 lines, synchronous=FULL, %s): median %.0f µs\n",
                    qPrintable(QDir::tempPath()), median(post));
        std::printf("  → encryption adds %.2f %% to the sale's write here; %.3f %% of the 2.25 ms "
                    "median of bench_checkout's whole posting (README)\n\n",
                    100.0 * perSaleUs / median(post), 100.0 * perSaleUs / 2250.0);
    }

    // 3. Sealing and opening files.
    OpenSslFileSealer sealer((*store)->ring(), clock);
    const QString filesDir = QDir(tmp.path()).filePath(QStringLiteral("clips"));
    QDir().mkpath(filesDir);
    const qsizetype fileBytes = qsizetype(64) << 20;
    const int files = qMax(1, fileMb / 64);
    {
        const QByteArray block = pattern(1 << 20, 7);
        QElapsedTimer t;
        t.start();
        for (int f = 0; f < files; ++f) {
            auto w =
                sealer.createSealed(QDir(filesDir).filePath(QStringLiteral("clip%1.sealed").arg(f)),
                                    FileContext{QStringLiteral("clip:%1").arg(f)});
            for (qsizetype done = 0; done < fileBytes; done += block.size())
                (void)(*w)->write(block);
            (void)(*w)->finish();
        }
        const double sealRate =
            double(files) * double(fileBytes) / (double(t.nsecsElapsed()) / 1e9);
        t.restart();
        qint64 read = 0;
        for (int f = 0; f < files; ++f) {
            auto r =
                sealer.openSealed(QDir(filesDir).filePath(QStringLiteral("clip%1.sealed").arg(f)));
            while (!(*r)->atEnd())
                read += (*r)->readChunk()->size();
        }
        const double openRate = double(read) / (double(t.nsecsElapsed()) / 1e9);
        std::printf(
            "sealing %d MiB (64 KiB chunks, written and fsynced): %.2f GiB/s = %.2f× openssl\n",
            files * 64, gib(sealRate), sealRate / openssl);
        std::printf(
            "opening them (read and authenticated):           %.2f GiB/s = %.2f× openssl\n\n",
            gib(openRate), openRate / openssl);
    }

    // 4. Rotation: fields and files.
    {
        auto db = Database::open(QDir(tmp.path()).filePath(QStringLiteral("rotation.sqlite")));
        (void)(*db)->exec(
            QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, ref TEXT NOT NULL, "
                           "id_enc BLOB, id_hash BLOB)"));
        {
            Transaction tx(**db);
            QSqlQuery q((*db)->connection());
            q.prepare(QStringLiteral("INSERT INTO person (ref, id_enc, id_hash) VALUES (?, ?, ?)"));
            for (int i = 0; i < fields; ++i) {
                const QString ref = QStringLiteral("XS-%1").arg(i);
                const QString id = QStringLiteral("1101051990%1").arg(i, 8, 10, QLatin1Char('0'));
                q.bindValue(0, ref);
                q.bindValue(1, *cipher.encryptText(
                                   id, {QStringLiteral("person"), QStringLiteral("id_enc"), ref}));
                q.bindValue(2, cipher.lookupHash(PersonalKind::IdNumber, id));
                q.exec();
            }
            (void)tx.commit();
        }
        SqlColumnHolder person(
            **db, SqlHolderSpec{
                      QStringLiteral("person"),
                      QStringLiteral("person"),
                      QStringLiteral("ref"),
                      {SqlEncryptedColumn{
                          QStringLiteral("id_enc"),
                          {SqlHashColumn{QStringLiteral("id_hash"), PersonalKind::IdNumber, {}}}}},
                      {}});
        SealedFileFolder clips(SealedFileFolder::Spec{QStringLiteral("files:clips"),
                                                      filesDir,
                                                      {QStringLiteral("*.sealed")},
                                                      RetentionKind::VideoClip,
                                                      QStringLiteral("clips"),
                                                      {}});
        // One rotation over both (the old key is retired at its end); the progress line after each
        // holder gives the split.
        QElapsedTimer t;
        QList<std::pair<double, double>> marks; // wall s, CPU s
        RotationOptions options;
        options.progress = [&](const QString&) {
            marks << std::pair{double(t.nsecsElapsed()) / 1e9, cpuSeconds()};
        };
        KeyRotation rotation(**store, {&person, &clips},
                             QDir(tmp.path()).filePath(QStringLiteral("p")), options);
        t.start();
        auto outcome = rotation.run();
        if (!outcome || marks.size() < 3) {
            std::fprintf(stderr, "rotation failed: %s\n",
                         outcome ? "no progress" : qPrintable(outcome.error().message));
            return 1;
        }
        // marks: the new key written, the fields done, the files done.
        const double fieldSeconds = marks.at(1).first - marks.at(0).first;
        const double fieldCpu = marks.at(1).second - marks.at(0).second;
        const double fileSeconds = marks.at(2).first - marks.at(1).first;
        const double fileCpu = marks.at(2).second - marks.at(1).second;
        const double fieldBlobBytes = double(fields) * 69.0; // an 18-char ID number's blob
        std::printf(
            "rotating %d fields (blob + hash, 2000 per FULL transaction): %.1f s, %.0f fields/s "
            "(%.1f s CPU)\n",
            fields, fieldSeconds, double(fields) / fieldSeconds, fieldCpu);
        std::printf("  → 1,000,000 fields take ≈ %.0f s\n", 1e6 / (double(fields) / fieldSeconds));
        const double fileRate = double(files) * double(fileBytes) / fileSeconds;
        std::printf(
            "rotating %d MiB of sealed files (decrypt + encrypt + write + fsync): %.2f GiB/s = "
            "%.2f× openssl (%.1f s CPU for %.1f s)\n",
            files * 64, gib(fileRate), fileRate / openssl, fileCpu, fileSeconds);
        std::printf(
            "  → 10 GB of clips take ≈ %.0f s; 1,000,000 fields + 10 GB ≈ %.0f s, i.e. %.2f× openssl "
            "over the bytes rotated\n\n",
            1e10 / fileRate, 1e6 / (double(fields) / fieldSeconds) + 1e10 / fileRate,
            ((1e10 + 1e6 * fieldBlobBytes / double(fields))
             / (1e6 / (double(fields) / fieldSeconds) + 1e10 / fileRate))
                / openssl);
    }

    // 5. Video segments as the recorder closes them.
    {
        const qsizetype segmentBytes = 500'000; // 2 s at 2 Mbit/s
        const QByteArray segment = pattern(segmentBytes, 3);
        const QString plain = QDir(tmp.path()).filePath(QStringLiteral("seg.mkv"));
        const int segments = 400;
        double sealCpu = 0;
        QElapsedTimer t;
        qint64 sealNs = 0;
        for (int s = 0; s < segments; ++s) {
            // The recorder has written the plain segment anyway; only sealing it is counted.
            QFile f(plain);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(segment);
            f.close();
            const double before = cpuSeconds();
            t.start();
            (void)sealer.sealFile(plain,
                                  QDir(filesDir).filePath(QStringLiteral("seg%1.sealed").arg(s)),
                                  FileContext{QStringLiteral("clip:seg%1").arg(s)}, true);
            sealNs += t.nsecsElapsed();
            sealCpu += cpuSeconds() - before;
        }
        const double cpu = sealCpu;
        const double perSegmentMs = 1000.0 * cpu / segments;
        const double coreShare = perSegmentMs / 2000.0; // a segment is 2 s of video
        std::printf(
            "sealing 720p15 segments (2 s, 500 KB, plain file removed): %.2f ms CPU each "
            "(%.2f ms wall) → %.3f %% of one core while recording, %.2f %% of the recorder's "
            "≈16 %% of a core\n",
            perSegmentMs, double(sealNs) / 1e6 / segments, 100.0 * coreShare,
            100.0 * coreShare / 0.16);
    }
    return 0;
}
