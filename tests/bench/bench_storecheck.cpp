// What checking a store for damage costs (issue 12): the O(1) header check every open makes
// (storage::checkStoreFile), a whole Database::open, and the on-demand PRAGMA quick_check and
// integrity_check `pharmapos verify` runs — with the file in the page cache and evicted from it
// (posix_fadvise DONTNEED: a counter PC after a reboot). Builds a store of 50,000 products and N
// movements as bench_ledger does (default 2,000,000), or checks an existing one:
//   bench_storecheck [movements] | bench_storecheck --store FILE
// Prints its figures; asserts nothing.
#include "app/core/ports/clock.h"
#include "storage/database.h"
#include "storage/databasehealth.h"
#include "storage/sqlproductcatalog.h"
#include "tests/fakes/fakes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pos;

namespace {
const QString kTime = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

void buildStore(const QString& path, qint64 movements)
{
    const int products = 50'000;
    auto db = storage::Database::open(path).value();
    storage::SqlProductCatalog catalog(*db);
    QList<Product> rows;
    for (int i = 1; i <= products; ++i) {
        Product p = fakes::makeProduct(i, QStringLiteral("测试药品%1").arg(i), 1000 + i % 5000);
        p.gtin = QStringLiteral("692%1").arg(i, 10, 10, QLatin1Char('0'));
        p.category = InsuranceCategory::NotCovered;
        rows << p;
    }
    (void)catalog.upsert(rows).value();
    storage::Transaction tx(*db);
    QSqlQuery batch(db->connection());
    batch.prepare(QStringLiteral(
        "INSERT INTO batch (id, product_id, batch_no, production_date, expiry_date, supplier, "
        "cost_fen, created_at) VALUES (?, ?, 'B1', '2025-12-01', '2029-12-31', '南华医药', 700, "
        "'2026-01-01')"));
    for (int i = 1; i <= products; ++i) {
        batch.bindValue(0, i);
        batch.bindValue(1, i);
        (void)batch.exec();
    }
    QSqlQuery m(db->connection());
    m.prepare(QStringLiteral(
        "INSERT INTO stock_movement (kind, product_id, batch_id, pieces, at, operator, reason, "
        "source_doc) VALUES (?, ?, ?, ?, ?, '王五', '', ?)"));
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
    for (int i = 1; i <= products; ++i) {
        m.bindValue(0, 1);
        m.bindValue(1, i);
        m.bindValue(2, i);
        m.bindValue(3, 1'000'000);
        m.bindValue(4, start.toString(kTime));
        m.bindValue(5, QStringLiteral("GJ-OPEN"));
        (void)m.exec();
    }
    QRandomGenerator rng(7);
    const qint64 spanMs = start.msecsTo(start.addMonths(10));
    for (qint64 k = products; k < movements; ++k) {
        const int p = static_cast<int>(rng.bounded(products)) + 1;
        m.bindValue(0, 3);
        m.bindValue(1, p);
        m.bindValue(2, p);
        m.bindValue(3, -static_cast<int>(rng.bounded(1, 4)));
        m.bindValue(4, start.addMSecs(spanMs * (k - products) / std::max<qint64>(1, movements))
                           .toString(kTime));
        m.bindValue(5, QStringLiteral("XS-%1").arg(k));
        (void)m.exec();
    }
    (void)tx.commit();
    (void)db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

/// Drops the file's pages from the page cache (clean pages only; no root needed).
void evict(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "pos.*.info=false");
    QTemporaryDir dir;
    QString path;
    if (argc > 2 && QByteArray(argv[1]) == "--store") {
        path = QString::fromLocal8Bit(argv[2]);
    } else {
        const qint64 movements = argc > 1 ? QByteArray(argv[1]).toLongLong() : 2'000'000;
        path = dir.filePath(QStringLiteral("store.sqlite"));
        std::printf("bench_storecheck: building a store of %lld movements…\n",
                    static_cast<long long>(movements));
        buildStore(path, movements);
    }
    const double mb = QFileInfo(path).size() / 1048576.0;
    std::printf("bench_storecheck: %s, %.0f MB\n", qPrintable(path), mb);

    QElapsedTimer t;
    t.start();
    const int headerRuns = 10'000;
    for (int i = 0; i < headerRuns; ++i)
        (void)storage::checkStoreFile(path);
    std::printf("  checkStoreFile (every open): %.1f µs\n",
                double(t.nsecsElapsed()) / headerRuns / 1000.0);

    std::vector<double> opens;
    for (int i = 0; i < 21; ++i) {
        t.start();
        auto db = storage::Database::open(path);
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("  Database::open, whole (median of 21): %.2f ms\n", median(opens));

    for (const auto depth : {storage::IntegrityDepth::Quick, storage::IntegrityDepth::Full}) {
        const char* name =
            depth == storage::IntegrityDepth::Quick ? "quick_check" : "integrity_check";
        for (const bool cold : {true, false}) {
            if (cold)
                evict(path);
            const Result<storage::IntegrityReport> r = storage::checkIntegrity(path, depth);
            if (!r) {
                std::printf("  %s: %s\n", name, qPrintable(r.error().message));
                continue;
            }
            std::printf("  %s, %s cache: %.1f s (%.0f MB/s, %s; %.0f s for 1.4 GB)\n", name,
                        cold ? "cold" : "warm", r->elapsedMs / 1000.0,
                        mb / std::max(0.001, r->elapsedMs / 1000.0),
                        r->intact() ? "intact" : "DAMAGED",
                        1434.0 / std::max(0.001, mb / std::max(0.001, r->elapsedMs / 1000.0)));
        }
    }
    return 0;
}
