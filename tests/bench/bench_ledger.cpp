// Ledger benchmark (issue "The inventory ledger"): 50,000 products and N stock movements
// (default 10,000,000; pass another N as the first argument), then
//  - balance lookup (sellable stock of a product)           target ≤ 1 ms
//  - posting a 5-line sale (FEFO, movements, outbox)        target ≤ 5 ms median
//  - exporting a month's movement journal to CSV, side by side with `sqlite3 -csv` dumping the
//    same rows                                               target ≤ 3× sqlite3, peak RSS ≤ 300 MB
//  - database size per million movements.
// Prints its figures; asserts nothing.

#include "app/core/ports/clock.h"
#include "app/core/sale/ledgersalerecorder.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "tests/fakes/fakes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pos;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}
long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}
const QString kTime = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "pos.*.info=false");
    const qint64 movements = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;
    const int products = 50'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    std::printf("bench_ledger: %d products, %lld movements, database %s\n", products,
                static_cast<long long>(movements), qPrintable(path));

    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
    const int months = 10;
    {
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

        QElapsedTimer t;
        t.start();
        storage::Transaction tx(*db);
        QSqlQuery batch(db->connection());
        batch.prepare(QStringLiteral(
            "INSERT INTO batch (id, product_id, batch_no, production_date, expiry_date, "
            "supplier, cost_fen, created_at) VALUES (?, ?, 'B1', '2025-12-01', "
            "'2029-12-31', '南华医药', 700, '2026-01-01')"));
        for (int i = 1; i <= products; ++i) {
            batch.bindValue(0, i);
            batch.bindValue(1, i);
            (void)batch.exec();
        }
        QSqlQuery m(db->connection());
        m.prepare(QStringLiteral(
            "INSERT INTO stock_movement (kind, product_id, batch_id, pieces, at, operator, "
            "reason, source_doc) VALUES (?, ?, ?, ?, ?, '王五', '', ?)"));
        for (int i = 1; i <= products; ++i) { // opening stock
            m.bindValue(0, 1);
            m.bindValue(1, i);
            m.bindValue(2, i);
            m.bindValue(3, 1'000'000);
            m.bindValue(4, start.toString(kTime));
            m.bindValue(5, QStringLiteral("GJ-OPEN"));
            (void)m.exec();
        }
        QRandomGenerator rng(7);
        const qint64 spanMs = start.msecsTo(start.addMonths(months));
        for (qint64 k = products; k < movements; ++k) {
            const int p = static_cast<int>(rng.bounded(products)) + 1;
            const QDateTime at =
                start.addMSecs(spanMs * (k - products) / std::max<qint64>(1, movements - products));
            m.bindValue(0, 3);
            m.bindValue(1, p);
            m.bindValue(2, p);
            m.bindValue(3, -static_cast<int>(rng.bounded(1, 4)));
            m.bindValue(4, at.toString(kTime));
            m.bindValue(5, QStringLiteral("XS-%1").arg(k));
            (void)m.exec();
            if (k % 2'000'000 == 0 && k > 0)
                std::printf("  … %lld movements written\n", static_cast<long long>(k));
        }
        (void)tx.commit();
        std::printf(
            "  writing %lld movements: %.1f s (%.0f per second, balances kept by trigger)\n",
            static_cast<long long>(movements), t.elapsed() / 1000.0,
            movements / std::max(0.001, t.elapsed() / 1000.0));
        (void)db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const double mb = QFileInfo(path).size() / 1048576.0;
    std::printf("  database size: %.0f MB, %.1f MB per million movements\n", mb,
                mb / (movements / 1e6));

    auto db = storage::Database::open(path).value();
    storage::SqlProductCatalog catalog(*db);
    storage::SqlInventoryRepository inventory(*db);
    storage::SqlLedgerStore ledger(*db);
    LedgerSaleRecorder recorder(ledger);
    QRandomGenerator rng(11);
    {
        std::vector<double> ms;
        QElapsedTimer t;
        qint64 sink = 0;
        for (int i = 0; i < 20'000; ++i) {
            const qint64 p = rng.bounded(products) + 1;
            t.start();
            sink += inventory.sellablePieces(p, QDate(2026, 11, 1));
            ms.push_back(t.nsecsElapsed() / 1e6);
        }
        std::printf(
            "  balance lookup (n=20000): median %.3f ms, p99 %.3f ms  [target ≤ 1]  (%lld)\n",
            percentile(ms, 0.5), percentile(ms, 0.99), static_cast<long long>(sink % 10));
    }
    {
        std::vector<double> ms;
        QElapsedTimer t;
        for (int i = 0; i < 300; ++i) {
            CompletedSale s;
            s.time = start.addMonths(months).addSecs(i);
            s.terminal = QStringLiteral("T01");
            s.operatorName = QStringLiteral("张三");
            for (int l = 0; l < 5; ++l) {
                const Product p = *catalog.findById(rng.bounded(products) + 1);
                s.lines << SaleLine{p, 1, p.price};
                s.total += p.price;
            }
            s.payment = Payment{PaymentMethod::Cash, s.total, Money()};
            t.start();
            if (!recorder.record(
                    s,
                    AuditEvent{
                        s.time, QStringLiteral("zhangsan"), AuditAction::SaleCompleted, {}, {}})) {
                std::printf("  sale %d failed\n", i);
                return 1;
            }
            ms.push_back(t.nsecsElapsed() / 1e6);
        }
        std::printf(
            "  posting a 5-line sale (n=300, synchronous=FULL): median %.2f ms, p99 %.2f ms  [target ≤ 5 median]\n",
            percentile(ms, 0.5), percentile(ms, 0.99));
    }
    {
        const QDate from(2026, 3, 1), to(2026, 3, 31);
        QSqlQuery count(db->connection());
        count.exec(QStringLiteral(
            "SELECT COUNT(*) FROM stock_movement WHERE at >= '2026-03-01' AND at < '2026-04-01'"));
        count.next();
        const qint64 rows = count.value(0).toLongLong();
        QElapsedTimer t;
        t.start();
        QFile out(dir.filePath(QStringLiteral("journal.csv")));
        out.open(QIODevice::WriteOnly);
        const qint64 written = inventory.writeJournalCsv(from, to, out).value();
        out.close();
        const double ours = t.elapsed() / 1000.0;
        t.start();
        QProcess sqlite;
        sqlite.setStandardOutputFile(dir.filePath(QStringLiteral("sqlite3.csv")));
        sqlite.start(
            QStringLiteral("sqlite3"),
            {QStringLiteral("-csv"), path,
             QStringLiteral(
                 "SELECT m.id, m.at, m.kind, p.code, p.generic_name, b.batch_no, m.pieces, "
                 "m.operator, m.reason, m.source_doc FROM stock_movement m "
                 "JOIN product p ON p.id = m.product_id JOIN batch b ON b.id = m.batch_id "
                 "WHERE m.at >= '2026-03-01 00:00:00.000' AND m.at < '2026-04-01 00:00:00.000' "
                 "ORDER BY m.at, m.id")});
        sqlite.waitForFinished(600'000);
        const double shell = t.elapsed() / 1000.0;
        std::printf(
            "  month journal export: %lld rows (of %lld) in %.2f s; sqlite3 -csv same rows %.2f s; "
            "ratio %.2f×  [target ≤ 3×]\n",
            static_cast<long long>(written), static_cast<long long>(rows), ours, shell,
            ours / std::max(0.001, shell));
        std::printf("  peak resident memory of this process: %ld MB  [target ≤ 300]\n",
                    peakRssKb() / 1024);
    }
    return 0;
}
