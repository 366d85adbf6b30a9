// Checkout benchmark (issue 13 item 8: the paths the cashier runs).
//
// The real path, on the big store bench_startup uses (50,000 products, 50,000 batches in stock,
// 1,000,000 records in the upload history; built once, sealed, reused with --store DIR): the
// counter assembled as the window assembles it (Counter::assemble, MainWindow over its services),
// a cashier logged in, and sales made as a cashier makes them — boxes scanned through the scanner
// port (the simulated scanner's injection point: recognition, the product, STAFF-ROLES, the stock
// check INV-AVAIL, the trace code's INV-TRACE checks, the scan journal, then the window's slots:
// cart model and totals), each scan timed to its return and to the window idle again (repainted);
// then F12 and Enter in the real payment dialog: the posting (FEFO, movements, trace codes, 3505s
// queued, sealed, synchronous=FULL) and the receipt on the simulated printer.
//   target: scan → line ≤ 5 ms median, ≤ 20 ms p99; posting a sale ≤ 5 ms median (README)
// Then 挂单/取单 (issue 19) the same way: carts of 5 boxes parked with F5 + Enter, and recalled
// with F5 + Enter on the oldest (the list read and decrypted, the cart rebuilt under today's
// checks — catalog, price ceiling, each box's code, the stock — the parked row removed, the
// window idle). target: recall ≤ 20 ms
//
// Beside it, the reference the README's earlier figures came from: the sale workflow alone over a
// catalog (no stock, no journal, no window), and trace codes against 5,000,000 sold codes.
// Then search: the index built once, a keystroke, and one product changed (index updated, not
// rebuilt) against a rebuild.
//
//   bench_checkout [--store DIR] [--sales N]        BENCH_SOLD_CODES=200000 for a quicker run
// Prints its figures; asserts nothing.

#include "app/appconfig.h"
#include "app/core/codes/coderecognition.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/scanner.h"
#include "app/core/sale.h"
#include "app/core/sale/ledgersalerecorder.h"
#include "app/core/sale/saleworkflow.h"
#include "app/core/staff/session.h"
#include "app/counter.h"
#include "app/deliverynotes.h"
#include "devices/simulated/simulatedscanner.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqlstaffrepositories.h"
#include "storage/sqltracecoderegistry.h"
#include "tests/bench/bigstore.h"
#include "tests/fakes/fakes.h"
#include "tests/storage/cryptotestkeys.h"
#include "ui/checkoutwidget.h"
#include "ui/mainwindow.h"
#include "ui/parkedcartsdialog.h"
#include "ui/paymentdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pos;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    return v[i];
}

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

QString figures(const std::vector<double>& ms, int decimals = 3)
{
    return QStringLiteral("n=%1: median %2 ms, p99 %3 ms, max %4 ms")
        .arg(ms.size())
        .arg(percentile(ms, 0.5), 0, 'f', decimals)
        .arg(percentile(ms, 0.99), 0, 'f', decimals)
        .arg(percentile(ms, 1.0), 0, 'f', decimals);
}

void print(const QString& s)
{
    std::printf("%s\n", s.toUtf8().constData());
    std::fflush(stdout);
}

/// Handles what the window has waiting (its repaints), as the event loop would before the
/// cashier's next scan.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

int search(storage::Database& db);

/// Sales through the counter as the window runs it, on the big store; then search on its catalog.
int realPath(const bench::BigStore& store, int sales)
{
    Result<app::AppConfig> config = app::AppConfig::load(store.dataDir, {}, false);
    if (!config) {
        print(config.error().userText());
        return 1;
    }
    Result<std::unique_ptr<app::Counter>> counter = app::Counter::assemble(
        *config, std::make_unique<SystemClock>(), app::Counter::Devices::AsConfigured);
    if (!counter) {
        print(counter.error().userText());
        return 1;
    }
    app::Counter& c = **counter;
    ScanInjector* injector = c.scanInjector();
    if (!injector) {
        print(QStringLiteral("no simulated scanner"));
        return 1;
    }
    // The window as runGui builds it.
    ui::ShellOptions options;
    options.idleLockMinutes = 0;
    ui::MainWindow window(
        config->store,
        ui::CounterServices{c.sale(), c.session(), c.auth(), c.duty(), c.printer(), c.users(),
                            &c.inventory(), &c.ledger(), &c.clock(), &c.catalog(), &c.scanner(),
                            &c.scanJournal(), &c.products(), &c.gate(), &c.reviews(), &c.intake(),
                            &app::readDeliveryNote, &c.uploads(), &c.access()},
        c.deviceSummary(), options);
    window.show();
    settle();
    if (!c.session().login(QStringLiteral("zhangsan"),
                           QString::fromLatin1(bench::BigStore::kPassword))) {
        print(QStringLiteral("login failed"));
        return 1;
    }
    settle();
    c.catalog().buildSearchIndex();

    // What a cashier sells without a prescription or an ID: OTC drugs without ephedrine, each
    // with its received boxes' codes. Every product is sold in one sale only, so each scan finds
    // stock (a product has 1–3 boxes).
    QHash<qint64, QStringList> boxes;
    {
        QSqlQuery q(c.database().connection());
        q.setForwardOnly(true);
        (void)q.exec(QStringLiteral("SELECT product_id, code FROM trace_code WHERE sold_at = '' "
                                    "ORDER BY product_id, code"));
        while (q.next())
            boxes[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    // …and never sold before (an earlier run of this bench on the same store sold some).
    QSet<qint64> soldBefore;
    {
        QSqlQuery q(c.database().connection());
        q.setForwardOnly(true);
        (void)q.exec(QStringLiteral("SELECT DISTINCT product_id FROM sale_line"));
        while (q.next())
            soldBefore.insert(q.value(0).toLongLong());
    }
    QList<Product> sellable;
    for (const Product& p : c.catalog().firstProducts(1'000'000))
        if (p.rxClass != RxClass::Prescription && !p.ephedrine && !boxes.value(p.id).isEmpty()
            && !soldBefore.contains(p.id))
            sellable.append(p);
    const int linesPerSale = 5;
    sales = std::min(sales, static_cast<int>(sellable.size()) / linesPerSale);
    QRandomGenerator rng(11);
    std::shuffle(sellable.begin(), sellable.end(), rng);
    print(
        QStringLiteral("real path: %1 sales of %2 lines (3 boxes by their trace code, 2 by GTIN), "
                       "%3 sellable products")
            .arg(sales)
            .arg(linesPerSale)
            .arg(sellable.size()));

    std::vector<double> gtinSync, gtinShown, traceSync, traceShown, pay;
    QElapsedTimer all;
    all.start();
    for (int s = 0; s < sales; ++s) {
        for (int l = 0; l < linesPerSale; ++l) {
            const Product& p = sellable.at(s * linesPerSale + l);
            const bool byTrace = l < 3;
            const QByteArray code =
                (byTrace ? boxes.value(p.id).constFirst() : p.gtin).toLatin1() + "\r";
            const int before = c.sale().cart().itemCount();
            QElapsedTimer t;
            t.start();
            injector->inject(code, byTrace ? QStringLiteral("]C0") : QStringLiteral("]E0"));
            (byTrace ? traceSync : gtinSync).push_back(msSince(t));
            settle();
            (byTrace ? traceShown : gtinShown).push_back(msSince(t));
            if (c.sale().cart().itemCount() != before + 1) {
                print(
                    QStringLiteral("  sale %1: %2 was not added: %3")
                        .arg(s)
                        .arg(QString::fromLatin1(code).trimmed(), window.checkout()->noticeText()));
                return 1;
            }
        }
        // F12, the amount due pre-filled, Enter.
        QElapsedTimer t;
        t.start();
        window.checkout()->openPayment();
        ui::PaymentDialog* dialog = window.checkout()->paymentDialog();
        if (!dialog) {
            print(QStringLiteral("  sale %1: no payment dialog: %2")
                      .arg(s)
                      .arg(window.checkout()->noticeText()));
            return 1;
        }
        dialog->accept();
        settle();
        pay.push_back(msSince(t));
        if (c.sale().cart().itemCount() != 0 || window.checkout()->paymentDialog()) {
            print(QStringLiteral("  sale %1 was not paid: %2 %3")
                      .arg(s)
                      .arg(dialog ? dialog->errorText() : QString(),
                           window.checkout()->noticeText()));
            return 1;
        }
    }
    const double seconds = msSince(all) / 1000.0;
    // What printing takes of the payment: F9 prints the last receipt again (【补打】), the same
    // document on the same simulated printer (PNG, PDF and text files), with no posting.
    std::vector<double> reprint;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        (void)c.sale().reprintLast();
        settle();
        reprint.push_back(msSince(t));
    }
    print(QStringLiteral("  scan of a box's trace code → its line, returned:     %1  [≤ 5 / ≤ 20]")
              .arg(figures(traceSync)));
    print(QStringLiteral("    … and the window repainted:                       %1")
              .arg(figures(traceShown)));
    print(QStringLiteral("  scan of a GTIN → its line, returned:                 %1  [≤ 5 / ≤ 20]")
              .arg(figures(gtinSync)));
    print(QStringLiteral("    … and the window repainted:                       %1")
              .arg(figures(gtinShown)));
    print(
        QStringLiteral("  F12 + Enter → sale posted (FULL sync), receipt printed, window idle: %1")
            .arg(figures(pay, 2)));
    print(QStringLiteral("    of which the simulated printer (F9 reprint of the receipt: PNG, PDF "
                         "and text written): %1")
              .arg(figures(reprint, 2)));
    print(QStringLiteral("  %1 sales in %2 s: %3 sales a minute at machine speed")
              .arg(sales)
              .arg(seconds, 0, 'f', 1)
              .arg(sales / seconds * 60, 0, 'f', 0));

    // 挂单 / 取单 with products no sale above used.
    const int carts = std::min(30, static_cast<int>(sellable.size()) / linesPerSale - sales);
    std::vector<double> parkMs, recallMs;
    for (int k = 0; k < carts; ++k) {
        for (int l = 0; l < linesPerSale; ++l) {
            const Product& p = sellable.at((sales + k) * linesPerSale + l);
            injector->inject((l < 3 ? boxes.value(p.id).constFirst() : p.gtin).toLatin1() + "\r",
                             l < 3 ? QStringLiteral("]C0") : QStringLiteral("]E0"));
        }
        settle();
        QElapsedTimer t;
        t.start();
        window.checkout()->openParkedCarts();
        ui::ParkedCartsDialog* dialog = window.checkout()->parkedCartsDialog();
        if (!dialog) {
            print(QStringLiteral("  no 挂单 dialog"));
            return 1;
        }
        dialog->park();
        settle();
        parkMs.push_back(msSince(t));
        if (!c.sale().cart().isEmpty()) {
            print(QStringLiteral("  cart %1 was not parked: %2").arg(k).arg(dialog->messageText()));
            return 1;
        }
    }
    for (int k = 0; k < carts; ++k) {
        QElapsedTimer t;
        t.start();
        window.checkout()->openParkedCarts();
        ui::ParkedCartsDialog* dialog = window.checkout()->parkedCartsDialog();
        if (!dialog || dialog->table()->rowCount() != carts - k) {
            print(QStringLiteral("  the 挂单 list does not hold %1 carts").arg(carts - k));
            return 1;
        }
        dialog->recall();
        settle();
        recallMs.push_back(msSince(t));
        if (c.sale().cart().itemCount() != linesPerSale) {
            print(QStringLiteral("  cart %1 was not recalled: %2")
                      .arg(k)
                      .arg(window.checkout()->noticeText()));
            return 1;
        }
        (void)c.sale().voidSale(); // the products stay unsold for the next run
        settle();
    }
    print(QStringLiteral("  F5 + Enter → cart of %1 lines parked, window idle:     %2")
              .arg(linesPerSale)
              .arg(figures(parkMs, 2)));
    print(
        QStringLiteral("  F5 + Enter → oldest of up to %1 parked recalled, window idle: %2  [≤ 20]")
            .arg(carts)
            .arg(figures(recallMs, 2)));
    return search(c.database());
}

/// Search as the cashier types (first 50 hits shown) on the big store's catalog, and what one
/// changed product costs the search: its entry updated (now) against a rebuild (before).
int search(storage::Database& db)
{
    storage::SqlProductCatalog catalog(db);
    QElapsedTimer t;
    t.start();
    catalog.buildSearchIndex();
    print(
        QStringLiteral("search: index build, all at once: %1 ms (the window builds it in slices of "
                       "%2 products after it shows)")
            .arg(msSince(t), 0, 'f', 0)
            .arg(storage::SqlProductCatalog::kIndexSliceRows));
    std::vector<double> ms;
    const QStringList typed{QStringLiteral("a"),    QStringLiteral("am"), QStringLiteral("amx"),
                            QStringLiteral("amxl"), QStringLiteral("b"),  QStringLiteral("bl"),
                            QStringLiteral("blg"),  QStringLiteral("西"), QStringLiteral("西林"),
                            QStringLiteral("胶囊"), QStringLiteral("z"),  QStringLiteral("zzz")};
    const int queriesBefore = catalog.searchStats().productQueries;
    int keystrokes = 0;
    for (int round = 0; round < 20; ++round)
        for (const QString& text : typed) {
            t.start();
            const QList<Product> hits = catalog.search(text, 50);
            ms.push_back(msSince(t));
            ++keystrokes;
            if (round == 0 && text == QStringLiteral("amxl") && hits.isEmpty()) {
                print(QStringLiteral("  search for amxl found nothing"));
                return 1;
            }
        }
    print(QStringLiteral("  per keystroke, 50 hits shown: %1  [≤ 20]; %2 product reads for %3 "
                         "keystrokes")
              .arg(figures(ms, 2))
              .arg(catalog.searchStats().productQueries - queriesBefore)
              .arg(keystrokes));
    // One product changed (a price, as the product master saves it), then the next keystroke.
    std::vector<double> update, rebuild;
    Product p = *catalog.findByCode(QStringLiteral("B000123"));
    for (int i = 0; i < 10; ++i) {
        p.price = Money::fromFen(p.price.fen() + 1);
        t.start();
        (void)catalog.upsert({p});
        (void)catalog.search(QStringLiteral("amxl"), 50);
        update.push_back(msSince(t));
        storage::SqlProductCatalog fresh(db); // what upsert() used to cost: a rebuild
        t.start();
        (void)fresh.search(QStringLiteral("amxl"), 50);
        rebuild.push_back(msSince(t));
    }
    print(QStringLiteral("  one product saved, then the next keystroke: %1 (index builds: %2) — a "
                         "rebuild instead: %3")
              .arg(figures(update, 1))
              .arg(catalog.searchStats().indexBuilds)
              .arg(figures(rebuild, 1)));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "pos.*.info=false");
    QApplication app(argc, argv);
    QString storeRoot;
    int salesWanted = 1000;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--store")
            storeRoot = args.at(i + 1);
        else if (args.at(i) == u"--sales")
            salesWanted = args.at(i + 1).toInt();
    }
    QTemporaryDir scratch;
    if (storeRoot.isEmpty())
        storeRoot = scratch.path();
    Result<bench::BigStore> store = bench::makeBigStore(storeRoot, bench::BigStoreSize{}, print);
    if (!store) {
        print(QStringLiteral("cannot build the store: ") + store.error().userText());
        return 1;
    }
    print(QStringLiteral("bench_checkout: %1").arg(bench::BigStoreSize{}.describe()));
    if (int rc = realPath(*store, salesWanted); rc != 0)
        return rc;

    // ---- the reference: the workflow alone, as the earlier figures were taken ----------------
    const int products = 50'000;
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("pharmapos.sqlite"));
    print(QStringLiteral("reference (the sale workflow alone over a catalog; no stock checks, no "
                         "window; unsealed database %1):")
              .arg(dbPath));
    QList<Product> catalogRows = bench::bigCatalog(products);
    {
        auto db = storage::Database::open(dbPath).value();
        storage::SqlProductCatalog catalog(*db);
        (void)catalog.upsert(catalogRows).value();
    }

    // Scan to line added, in-process, through the scanner port.
    {
        auto db = storage::Database::open(dbPath).value();
        storage::SqlProductCatalog catalog(*db);
        // The store key's field encryption, as at the counter.
        storage::crypto::OpenSslFieldCipher cipher(testkeys::freshRing());
        storage::SqlSaleRepository sales(*db, cipher);
        storage::SqlLedgerStore ledger(*db, cipher);
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
        // The store key's field encryption, as at the counter.
        storage::crypto::OpenSslFieldCipher cipher(testkeys::freshRing());
        storage::SqlSaleRepository sales(*db, cipher);
        storage::SqlLedgerStore ledger(*db, cipher);
        LedgerSaleRecorder recorder(ledger);
        storage::SqlTraceCodeRegistry registry(*db);
        fakes::FakePrinter printer;
        SystemClock clock;
        fakes::StaffFixture staff(clock);
        staff.loginAs(QStringLiteral("zhangsan"));
        SaleWorkflow workflow(catalog, recorder, sales, printer, clock, staff.access,
                              StoreProfile{});
        workflow.setTraceCodes(&registry, UnreceivedTracePolicy::Warn);
        // Every scan is journalled at the counter, so here too.
        storage::SqlScanJournal journal(*db, cipher);
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

    return 0;
}
