// Checkout benchmark (issue "The counter runs"): with a 50,000-product catalog,
//  - cold start of the pharmapos executable to a ready checkout (target ≤ 1.0 s);
//  - scan to line added, in-process, through the simulated scanner port (≤ 5 ms median, ≤ 20 ms p99);
//  - (issue "Scanners and every code") with 5,000,000 sold traceability codes, a box's code scanned
//    to its line, the duplicate-code check included (≤ 5 ms median, ≤ 20 ms p99).
// Prints its figures; asserts nothing.

#include "app/core/codes/coderecognition.h"
#include "app/core/ports/clock.h"
#include "app/core/sale/ledgersalerecorder.h"
#include "app/core/sale/saleworkflow.h"
#include "app/democatalog.h"
#include "devices/simulated/simulatedscanner.h"
#include "storage/database.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqltracecoderegistry.h"
#include "tests/fakes/fakes.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pos;

namespace {

QString gs1CheckDigit(const QString& body)
{
    return QString::number(codes::gs1CheckDigit(body));
}

/// 50,000 products: the demo catalog's drugs under new codes, GTINs and 本位码.
QList<Product> bigCatalog(int count)
{
    const QList<Product> base = app::loadDemoCatalog().value();
    QList<Product> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Product p = base.at(i % base.size());
        p.code = QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString g = QStringLiteral("692%1").arg(i, 9, 10, QLatin1Char('0'));
        p.gtin = g + gs1CheckDigit(g);
        const QString s = QStringLiteral("8691%1").arg(i, 9, 10, QLatin1Char('0'));
        p.drugStdCode = s + gs1CheckDigit(s);
        p.spec += QStringLiteral(" #%1").arg(i / base.size());
        out.append(p);
    }
    return out;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    return v[i];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "pos.*.info=false");
    QGuiApplication app(argc, argv);
    const int products = 50'000;
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("pharmapos.sqlite"));
    std::printf("bench_checkout: %d products, database %s\n", products, qPrintable(dbPath));

    QList<Product> catalogRows = bigCatalog(products);
    {
        QElapsedTimer t;
        t.start();
        auto db = storage::Database::open(dbPath).value();
        storage::SqlProductCatalog catalog(*db);
        (void)catalog.upsert(catalogRows).value();
        std::printf("  catalog load: %lld ms\n", static_cast<long long>(t.elapsed()));
    }

    // Scan to line added, in-process, through the scanner port.
    {
        auto db = storage::Database::open(dbPath).value();
        storage::SqlProductCatalog catalog(*db);
        storage::SqlSaleRepository sales(*db);
        storage::SqlLedgerStore ledger(*db);
        LedgerSaleRecorder recorder(ledger);
        fakes::FakePrinter printer;
        SystemClock clock;
        fakes::StaffFixture staff(clock);
        staff.loginAs(QStringLiteral("zhangsan")); // permission checks are on the measured path
        SaleWorkflow workflow(catalog, recorder, sales, printer, clock, staff.access,
                              StoreProfile{});
        devices::SimulatedScanner scanner(clock);
        QObject::connect(&scanner, &Scanner::scanned, &workflow, &SaleWorkflow::onScanned);
        std::vector<double> ms;
        const int scans = 20'000;
        ms.reserve(scans);
        QRandomGenerator rng(42);
        QElapsedTimer t;
        for (int i = 0; i < scans; ++i) {
            const QByteArray code = catalogRows.at(rng.bounded(products)).gtin.toLatin1() + "\r\n";
            const qsizetype before = workflow.cart().itemCount();
            t.start();
            scanner.inject(code, QStringLiteral("]E0"));
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (workflow.cart().itemCount() != before + 1) {
                std::printf("  scan %d did not add a line\n", i);
                return 1;
            }
            if (workflow.cart().size() >= 30)
                (void)workflow.voidSale();
        }
        std::printf(
            "  scan→line (n=%d): median %.3f ms, p99 %.3f ms, max %.3f ms  [target ≤ 5 / ≤ 20]\n",
            scans, percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0));
    }

    // Traceability codes: 5,000,000 boxes already sold, then boxes scanned by their code alone.
    {
        const int sold = qEnvironmentVariableIntValue("BENCH_SOLD_CODES") > 0
                             ? qEnvironmentVariableIntValue("BENCH_SOLD_CODES")
                             : 5'000'000;
        auto db = storage::Database::open(dbPath).value();
        QElapsedTimer t;
        t.start();
        {
            QSqlQuery q(db->connection());
            (void)q.exec(QStringLiteral(
                "INSERT INTO batch (product_id, batch_no, production_date, "
                "expiry_date, supplier, cost_fen, created_at) VALUES "
                "(1, 'BENCH', '2026-01-01', '2028-01-01', 'bench', 100, '2026-01-01')"));
            const qint64 batchId = q.lastInsertId().toLongLong();
            (void)db->connection().transaction();
            (void)q.prepare(
                QStringLiteral("INSERT INTO trace_code (code, product_id, batch_id, received_at, "
                               "purchase_doc, sold_at, sale_no) VALUES (?, 1, ?, '2026-01-02', "
                               "'GJ-BENCH', '2026-02-01 10:00:00.000', 'XS-BENCH')"));
            for (int i = 0; i < sold; ++i) {
                // Sold boxes of the products whose codes the scans below use.
                q.bindValue(0, QString(catalogRows.at(i % products).tracePrefix
                                       + QStringLiteral("%1").arg(i, 13, 10, QLatin1Char('0'))));
                q.bindValue(1, batchId);
                (void)q.exec();
            }
            (void)db->connection().commit();
        }
        std::printf("  %d sold trace codes written in %lld ms\n", sold,
                    static_cast<long long>(t.elapsed()));

        storage::SqlProductCatalog catalog(*db);
        storage::SqlSaleRepository sales(*db);
        storage::SqlLedgerStore ledger(*db);
        LedgerSaleRecorder recorder(ledger);
        storage::SqlTraceCodeRegistry registry(*db);
        fakes::FakePrinter printer;
        SystemClock clock;
        fakes::StaffFixture staff(clock);
        staff.loginAs(QStringLiteral("zhangsan"));
        SaleWorkflow workflow(catalog, recorder, sales, printer, clock, staff.access,
                              StoreProfile{});
        workflow.setTraceCodes(&registry, UnreceivedTracePolicy::Warn);
        storage::SqlScanJournal journal(
            *db); // every scan is journalled at the counter, so here too
        workflow.setScanJournal(&journal);
        devices::SimulatedScanner scanner(clock);
        QObject::connect(&scanner, &Scanner::scanned, &workflow, &SaleWorkflow::onScanned);
        std::vector<double> fresh;
        std::vector<double> dup;
        QRandomGenerator rng(7);
        const int scans = 5'000;
        for (int i = 0; i < scans; ++i) {
            const bool soldBefore = i % 10 == 9; // one in ten: a box sold before, refused
            const int n = rng.bounded(sold);
            const QString code =
                catalogRows.at(n % products).tracePrefix
                + QStringLiteral("%1").arg(soldBefore ? n : sold + i, 13, 10, QLatin1Char('0'));
            const int before = workflow.cart().itemCount();
            t.start();
            scanner.inject(code.toLatin1() + "\r", QStringLiteral("]C0"));
            (soldBefore ? dup : fresh).push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if ((workflow.cart().itemCount() == before + 1) == soldBefore) {
                std::printf("  trace scan %d: wrong outcome\n", i);
                return 1;
            }
            if (workflow.cart().size() >= 30)
                (void)workflow.voidSale();
        }
        std::printf(
            "  trace code→line, %d sold codes (n=%zu): median %.3f ms, p99 %.3f ms  [target ≤ 5 / ≤ 20]\n",
            sold, fresh.size(), percentile(fresh, 0.5), percentile(fresh, 0.99));
        std::printf("  sold-before code refused (n=%zu): median %.3f ms, p99 %.3f ms\n", dup.size(),
                    percentile(dup, 0.5), percentile(dup, 0.99));
    }

    // Pinyin / name search per keystroke, as the cashier types (first 50 hits shown).
    {
        auto db = storage::Database::open(dbPath).value();
        storage::SqlProductCatalog catalog(*db);
        std::vector<double> ms;
        const QStringList typed{
            QStringLiteral("a"),    QStringLiteral("am"), QStringLiteral("amx"),
            QStringLiteral("amxl"), QStringLiteral("b"),  QStringLiteral("bl"),
            QStringLiteral("blg"),  QStringLiteral("西"), QStringLiteral("西林"),
            QStringLiteral("胶囊"), QStringLiteral("z"),  QStringLiteral("zzz")};
        QElapsedTimer t;
        t.start();
        catalog.warmSearchIndex();
        std::printf("  search index build (once, after the window shows): %.0f ms\n",
                    static_cast<double>(t.nsecsElapsed()) / 1e6);
        for (int round = 0; round < 20; ++round)
            for (const QString& text : typed) {
                t.start();
                const QList<Product> hits = catalog.search(text, 50);
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                if (round == 0 && text == QStringLiteral("amxl") && hits.isEmpty()) {
                    std::printf("  search for amxl found nothing\n");
                    return 1;
                }
            }
        std::printf(
            "  search per keystroke (n=%zu): median %.2f ms, p99 %.2f ms, max %.2f ms  [target ≤ 20]\n",
            ms.size(), percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0));
    }

    // Cold start of the executable to a ready checkout.
    std::vector<double> wall;
    for (int run = 0; run < 7; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(PHARMAPOS_BIN),
                {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--quit-when-ready")});
        if (!p.waitForFinished(30'000) || p.exitCode() != 0) {
            std::printf("  start-up run failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        wall.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        const QByteArray out = p.readAllStandardOutput().trimmed();
        if (run == 0)
            std::printf("  first start: %.0f ms wall (%s after main)\n", wall.back(),
                        out.constData());
    }
    std::printf(
        "  start to ready checkout (7 runs): median %.0f ms, max %.0f ms  [target ≤ 1000]\n",
        percentile(wall, 0.5), percentile(wall, 1.0));
    return 0;
}
