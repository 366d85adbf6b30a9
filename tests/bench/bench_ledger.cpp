// Ledger benchmark (issue 12, "Performance"): a store of 50,000 products (one batch each) and N
// stock movements (default 10,000,000 over January–October 2026, about a million a month; pass
// another N as the first argument), then the paths the user runs:
//  - the store is written as a schema-13 store (before the month-end closings), in one
//    transaction sealed once at its commit, then upgraded: migration 0014 fills the closings of
//    the whole history set-based (timed);
//  - posting a 5-line sale through the counter's path — SaleWorkflow: each box scanned by its
//    product code and its traceability code (stock check, trace-code lookup, scan journal), then
//    paid (LedgerSaleRecorder: FEFO, movements, sold codes, platform records, audit entry, seals,
//    synchronous=FULL commit, receipt print recorded) — before the closings (schema 13) and with
//    them; then the very SQL those sales ran, recorded with sqlite3_trace_v2 and replayed by
//    Python's sqlite3 with every statement prepared once, on a copy of the same store
//                                                            target ≤ 1.5× (median and p99)
//  - the month ledger (进销存) exported as `ledger export` does (InventoryService → the
//    repository → the CSV file, in a process of its own), for January and for October, side by
//    side with `sqlite3 -csv` running the repository's own ledger statement with the same
//    parameters (ledgerStatement(): the closings of the month before and the month's movements
//    through the `at` index, grouped by batch and kind, joined to batch and product, sorted;
//    the same page cache, temp_store FILE)          target ≤ 1.5× sqlite3, peak RSS ≤ 100 MB
//  - the month's movement journal (--journal) the same way, balance lookups, verify's check of
//    the closings, the database size.
// Prints its figures; asserts nothing.
//
//   bench_ledger [movements] [--dir DIR] [--sales N] [--keep]
// DIR: where the store is written (default: a temporary directory under /tmp); --keep leaves it.
// N: sales per side (default 300, in 5 rounds). 10,000,000 movements take 6–11 minutes on a
// busy 2-core machine and about 7 GB of disk (the store and its copies); 1,000,000 under one.

#include "app/core/inventory/inventoryservice.h"
#include "app/core/ports/clock.h"
#include "app/core/sale/ledgersalerecorder.h"
#include "app/core/sale/saleworkflow.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqlstaffrepositories.h"
#include "storage/sqltracecoderegistry.h"
#include "storage/stockclosings.h"
#include "tests/fakes/fakes.h"
#include "tests/storage/cryptotestkeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace pos;

namespace {

constexpr int kProducts = 50'000;
constexpr int kLines = 5;
const QDateTime kStart(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
constexpr int kMonths = 10;
/// The schema before migration 0014 (the month-end closings).
constexpr int kBeforeClosings = 13;

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
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

void fail(const char* what, const QString& why)
{
    std::printf("  FAILED: %s: %s\n", what, qPrintable(why));
    std::fflush(stdout);
    std::exit(1);
}

template <typename T> T must(Result<T> r, const char* what)
{
    if (!r)
        fail(what, r.error().message);
    return std::move(r).value();
}

void must(const Status& s, const char* what)
{
    if (!s)
        fail(what, s.error().message);
}

void exec(QSqlQuery& q, const char* what)
{
    if (!q.exec())
        fail(what, q.lastError().text());
}

/// A process run to its end: wall time and peak resident memory (wait4's ru_maxrss).
struct Run
{
    double ms = 0;
    long rssKb = 0;
    int status = -1;
};

bool writeAll(int fd, const void* data, size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = write(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

bool readAll(int fd, void* data, size_t size)
{
    char* p = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = read(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

/// Runs argv (stdin from `in`, stdout to `out`, either may be empty), timed from fork to exit.
Run runHere(const std::vector<std::string>& argv, const std::string& in, const std::string& out)
{
    std::vector<char*> cargv;
    for (const std::string& a : argv)
        cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        if (!in.empty()) {
            const int fd = open(in.c_str(), O_RDONLY);
            dup2(fd, 0);
            close(fd);
        }
        if (!out.empty()) {
            const int fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            dup2(fd, 1);
            close(fd);
        }
        execvp(cargv[0], cargv.data());
        _exit(127);
    }
    Run r;
    struct rusage usage = {};
    int status = 0;
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        clock_gettime(CLOCK_MONOTONIC, &end);
        r.ms = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
        r.rssKb = usage.ru_maxrss;
        r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return r;
}

/// The processes the benchmark measures are started by a small process forked at the start of
/// main(), before anything big is allocated: Linux keeps a process's peak RSS across exec, so a
/// child forked from the benchmark itself (which holds a million rows while it seals the store)
/// reports the benchmark's peak as its own. Requests and answers go over a socket pair.
class Spawner
{
public:
    static void start()
    {
        int fds[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
            return;
        s_pid = fork();
        if (s_pid == 0) {
            close(fds[0]);
            serve(fds[1]);
        }
        close(fds[1]);
        s_fd = fds[0];
    }
    /// Ends the spawner (it exits when its socket closes) and reaps it.
    static void stop()
    {
        if (s_fd < 0)
            return;
        close(s_fd);
        s_fd = -1;
        waitpid(s_pid, nullptr, 0);
    }
    static Run run(const QStringList& argv, const QString& in, const QString& out)
    {
        // in \0 out \0 argv[0] \0 argv[1] …
        QByteArray request = in.toLocal8Bit() + '\0' + out.toLocal8Bit();
        for (const QString& a : argv)
            request += '\0' + a.toLocal8Bit();
        const auto size = static_cast<quint32>(request.size());
        Run r;
        if (s_fd < 0 || !writeAll(s_fd, &size, sizeof size)
            || !writeAll(s_fd, request.constData(), size) || !readAll(s_fd, &r, sizeof r))
            return Run{};
        return r;
    }

private:
    [[noreturn]] static void serve(int fd)
    {
        for (;;) {
            quint32 size = 0;
            if (!readAll(fd, &size, sizeof size))
                _exit(0);
            std::string request(size, '\0');
            if (!readAll(fd, request.data(), size))
                _exit(0);
            std::vector<std::string> parts;
            for (size_t at = 0;;) {
                const size_t zero = request.find('\0', at);
                parts.push_back(request.substr(at, zero == std::string::npos ? zero : zero - at));
                if (zero == std::string::npos)
                    break;
                at = zero + 1;
            }
            const Run r = runHere(std::vector<std::string>(parts.begin() + 2, parts.end()),
                                  parts[0], parts[1]);
            if (!writeAll(fd, &r, sizeof r))
                _exit(0);
        }
    }
    static inline int s_fd = -1;
    static inline pid_t s_pid = -1;
};

Run runMeasured(const QStringList& argv, const QString& in, const QString& out)
{
    return Spawner::run(argv, in, out);
}

QString timeText(const QDateTime& t)
{
    return t.toString(storage::kTimeFormat);
}

/// The box sold by line `k` of the benchmark's sales: its product and its 20-digit code, received
/// into the product's batch when the store was written.
struct Box
{
    int product = 0;
    QString code;
    QByteArray gtin; ///< the product's barcode, as the scanner reads it
};
QList<Box> boxes(int count)
{
    QRandomGenerator rng(11);
    QList<Box> out;
    for (int k = 0; k < count; ++k) {
        const int product = int(rng.bounded(kProducts)) + 1;
        out.append(Box{product, QStringLiteral("8%1").arg(k + 1, 19, 10, QLatin1Char('0')),
                       fakes::makeProduct(product, QString(), 0).gtin.toLatin1()});
    }
    return out;
}

/// Writes the store as schema 13 had it: products, batches, N movements spread evenly over
/// January–October 2026 (sales mostly, some returns, losses, purchases, transfers in), the boxes'
/// codes; one transaction, sealed at its commit.
void writeStore(const QString& path, qint64 movements, const QList<Box>& codes)
{
    auto db = must(storage::Database::openAtVersion(path, kBeforeClosings), "open at schema 13");
    {
        storage::SqlProductCatalog catalog(*db);
        QList<Product> rows;
        for (int i = 1; i <= kProducts; ++i) {
            Product p = fakes::makeProduct(i, QStringLiteral("测试药品%1").arg(i), 1000 + i % 5000);
            p.category = InsuranceCategory::NotCovered;
            rows << p;
        }
        (void)must(catalog.upsert(rows), "products");
    }
    QElapsedTimer t;
    t.start();
    storage::Transaction tx(*db);
    if (!tx.isActive())
        fail("begin", tx.beginError().error().message);
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO batch (id, product_id, batch_no, production_date, expiry_date, supplier, "
        "cost_fen, created_at) SELECT id, id, 'B1', '2025-12-01', '2029-12-31', '南华医药', 700, "
        "'2026-01-01 00:00:00.000' FROM product"));
    exec(q, "batches");
    q.prepare(QStringLiteral(
        "INSERT INTO stock_movement (kind, product_id, batch_id, pieces, at, operator, reason, "
        "source_doc) SELECT 1, id, id, 1000000, '2026-01-01 00:00:00.000', '王五', '期初', "
        "'GJ-20260101-0001' FROM product"));
    exec(q, "opening stock");
    // Movement n: a product spread by a multiplicative hash, a kind by n mod 100, a time n/N of
    // the way through the ten months.
    q.prepare(QStringLiteral(
        "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n + 1 < :count) "
        "INSERT INTO stock_movement (kind, product_id, batch_id, pieces, at, operator, reason, "
        "source_doc) "
        "SELECT kind, p, p, CASE kind WHEN 3 THEN -1 - n % 3 WHEN 5 THEN -1 WHEN 1 THEN 240 "
        "ELSE 1 END, strftime('%Y-%m-%d %H:%M:%f', :start + n * :span / :count, 'unixepoch'), "
        "'张三', '', 'XS-T01-' || n FROM (SELECT n, (n * 2654435761) % :products + 1 AS p, "
        "CASE WHEN n % 100 < 94 THEN 3 WHEN n % 100 < 97 THEN 4 WHEN n % 100 < 98 THEN 5 "
        "WHEN n % 100 < 99 THEN 1 ELSE 9 END AS kind FROM k)"));
    q.bindValue(QStringLiteral(":count"), std::max<qint64>(1, movements - kProducts));
    q.bindValue(QStringLiteral(":start"), kStart.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":span"),
                static_cast<double>(kStart.secsTo(kStart.addMonths(kMonths))));
    q.bindValue(QStringLiteral(":products"), kProducts);
    exec(q, "movements");
    q.prepare(QStringLiteral("INSERT INTO trace_code (code, product_id, batch_id, received_at, "
                             "purchase_doc) VALUES (?, ?, ?, '2026-01-01 00:00:00.000', "
                             "'GJ-20260101-0001')"));
    for (const Box& b : codes) {
        q.bindValue(0, b.code);
        q.bindValue(1, b.product);
        q.bindValue(2, b.product);
        exec(q, "trace codes");
    }
    const double written = t.elapsed() / 1000.0;
    t.start();
    q.finish();
    must(tx.commit(), "commit"); // seals every row written: once
    std::printf("  writing %lld movements (schema 13, balances by trigger): %.1f s (%.0f per "
                "second); sealing them at the commit: %.1f s\n",
                static_cast<long long>(movements), written, movements / std::max(0.001, written),
                t.elapsed() / 1000.0);
    // Closing the last connection checkpoints the WAL into the file.
}

/// The page cache Database::open gave the store, in KiB.
qint64 cacheKiB(storage::Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? -q.value(0).toLongLong()
                                                                   : 2000;
}

/// Every statement the connection runs, with its bound values, by sale (sqlite3_trace_v2).
struct Recorder
{
    QJsonArray sales;
    QJsonArray current;
    int unparsed = 0;

    /// The values sqlite3_expanded_sql() put where `sql` has parameters, in order.
    static bool values(const char* sql, const char* expanded, QJsonArray& out, QStringList& names)
    {
        const char* a = sql;
        const char* b = expanded;
        while (*a) {
            if (*a == '\'' || *a == '"') { // a literal of the statement itself: in both
                const char quote = *a;
                if (*b != quote)
                    return false;
                ++a, ++b;
                while (*a) {
                    if (*a != *b)
                        return false;
                    if (*a == quote && a[1] == quote) { // an escaped quote
                        if (b[1] != quote)
                            return false;
                        a += 2, b += 2;
                        continue;
                    }
                    ++a, ++b;
                    if (a[-1] == quote)
                        break;
                }
                continue;
            }
            // Qt hands SQLite its `?` as :0, :1, …; the statements' own names are :from etc.
            const bool named = (*a == ':' || *a == '@' || *a == '$')
                               && (std::isalnum(static_cast<unsigned char>(a[1])) || a[1] == '_');
            if (*a == '?' || named) {
                const char* nameStart = a + 1;
                ++a;
                while (std::isalnum(static_cast<unsigned char>(*a)) || *a == '_')
                    ++a;
                if (named)
                    names << QString::fromLatin1(nameStart, int(a - nameStart));
                else
                    names << QString();
                if (std::strncmp(b, "NULL", 4) == 0) {
                    out.append(QJsonValue::Null);
                    b += 4;
                } else if (*b == '\'') {
                    QByteArray text;
                    ++b;
                    while (*b && !(*b == '\'' && b[1] != '\'')) {
                        if (*b == '\'')
                            ++b; // '' is one quote
                        text += *b++;
                    }
                    if (*b != '\'')
                        return false;
                    ++b;
                    out.append(QString::fromUtf8(text));
                } else if ((*b == 'x' || *b == 'X') && b[1] == '\'') {
                    const char* end = std::strchr(b + 2, '\'');
                    if (!end)
                        return false;
                    out.append(QJsonObject{
                        {QStringLiteral("x"), QString::fromLatin1(b + 2, int(end - b - 2))}});
                    b = end + 1;
                } else {
                    const char* start = b;
                    bool real = false;
                    while (*b == '-' || *b == '+' || *b == '.' || *b == 'e' || *b == 'E'
                           || std::isdigit(static_cast<unsigned char>(*b))) {
                        real = real || *b == '.' || *b == 'e' || *b == 'E';
                        ++b;
                    }
                    if (b == start)
                        return false;
                    const QByteArray n(start, int(b - start));
                    if (real)
                        out.append(n.toDouble());
                    else
                        out.append(n.toLongLong());
                }
                continue;
            }
            if (*a != *b)
                return false;
            ++a, ++b;
        }
        return *b == '\0';
    }

    static int trace(unsigned type, void* self, void* p, void* x)
    {
        if (type != SQLITE_TRACE_STMT)
            return 0;
        const char* text = static_cast<const char*>(x);
        if (std::strncmp(text, "--", 2) == 0)
            return 0; // a trigger's program starting: replayed by its statement
        auto* r = static_cast<Recorder*>(self);
        auto* stmt = static_cast<sqlite3_stmt*>(p);
        char* expanded = sqlite3_expanded_sql(stmt);
        QJsonArray values;
        QStringList names;
        const char* sql = sqlite3_sql(stmt);
        if (!expanded || !Recorder::values(sql, expanded, values, names)
            || values.size() != names.size())
            ++r->unparsed;
        // Named parameters as a mapping (each name once), `?` as a list: as Python binds them.
        QJsonValue params = values;
        if (!names.isEmpty() && !names.first().isEmpty()) {
            QJsonObject byName;
            for (qsizetype i = 0; i < names.size() && i < values.size(); ++i)
                if (!byName.contains(names[i]))
                    byName.insert(names[i], values[i]);
            params = byName;
        }
        r->current.append(QJsonArray{QString::fromUtf8(sql), params});
        sqlite3_free(expanded);
        return 0;
    }
};

sqlite3* handleOf(storage::Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

/// CPU time of this thread, in milliseconds (user + system: SQLite's work and the app's, not the
/// wait for the disk).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// The counter's path for one sale of 5 lines, on `db` at `clock`'s time.
class Counter
{
public:
    Counter(storage::Database& db, ManualClock& clock)
        : m_clock(clock)
        , m_catalog(db)
        , m_inventory(db)
        , m_sales(db, m_cipher)
        , m_ledger(db, m_cipher)
        , m_recorder(m_ledger)
        , m_registry(db)
        , m_journal(db, m_cipher)
        , m_staff(clock)
        , m_workflow(m_catalog, m_recorder, m_sales, m_printer, clock, m_staff.access,
                     StoreProfile{})
    {
        m_staff.loginAs(QStringLiteral("zhangsan"));
        m_workflow.setStockLevels(&m_inventory);
        m_workflow.setTraceCodes(&m_registry, UnreceivedTracePolicy::Refuse);
        m_workflow.setScanJournal(&m_journal);
    }

    /// Scans each box's product code and its traceability code, pays; milliseconds of the whole
    /// sale and of the payment alone.
    std::pair<double, double> sell(const QList<Box>& lines)
    {
        QElapsedTimer t;
        t.start();
        for (const Box& b : lines) {
            if (!m_workflow
                     .scan(ScanEvent{b.gtin, QStringLiteral("]E0"), QStringLiteral("bench"),
                                     m_clock.now()})
                     .ok())
                fail("scan product", QString::fromLatin1(b.gtin));
            if (!m_workflow
                     .scan(ScanEvent{b.code.toLatin1(), QStringLiteral("]C0"),
                                     QStringLiteral("bench"), m_clock.now()})
                     .ok())
                fail("scan trace code", b.code);
        }
        const qint64 scanned = t.nsecsElapsed();
        Result<PaymentOutcome> paid = m_workflow.payCash(m_workflow.cart().total());
        if (!paid)
            fail("pay", paid.error().message);
        const qint64 all = t.nsecsElapsed();
        m_clock.advanceMs(60'000);
        return {all / 1e6, (all - scanned) / 1e6};
    }

    void sellMany(const QList<Box>& codes, int& next, int count, std::vector<double>* whole,
                  std::vector<double>* payment, std::vector<double>* cpu = nullptr,
                  Recorder* recorder = nullptr)
    {
        for (int i = 0; i < count; ++i) {
            const double cpuBefore = threadCpuMs();
            const auto [ms, payMs] = sell(codes.mid(next, kLines));
            if (cpu)
                cpu->push_back(threadCpuMs() - cpuBefore);
            next += kLines;
            if (whole)
                whole->push_back(ms);
            if (payment)
                payment->push_back(payMs);
            if (recorder) {
                recorder->sales.append(recorder->current);
                recorder->current = QJsonArray();
            }
        }
    }

private:
    ManualClock& m_clock;
    storage::SqlProductCatalog m_catalog;
    storage::SqlInventoryRepository m_inventory;
    // The store key's field encryption, as at the counter (a sale's buyer ID, credential scans).
    storage::crypto::OpenSslFieldCipher m_cipher{testkeys::freshRing()};
    storage::SqlSaleRepository m_sales;
    storage::SqlLedgerStore m_ledger;
    LedgerSaleRecorder m_recorder;
    storage::SqlTraceCodeRegistry m_registry;
    storage::SqlScanJournal m_journal;
    fakes::StaffFixture m_staff;
    fakes::FakePrinter m_printer;
    SaleWorkflow m_workflow;
};

void printTimes(const char* what, const std::vector<double>& ms)
{
    std::printf("  %s (n=%zu): median %.2f ms, p99 %.2f ms, max %.2f ms\n", what, ms.size(),
                percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0));
}

/// Child mode: the month ledger exported as `pharmapos ledger export` does it — the store opened,
/// the manager's InventoryService (audited in the store's own trail) writing the CSV file.
int exportChild(const QString& path, const QDate& from, const QDate& to, const QString& out)
{
    auto db = must(storage::Database::open(path), "open");
    storage::SqlProductCatalog catalog(*db);
    storage::SqlInventoryRepository inventory(*db);
    storage::crypto::OpenSslFieldCipher cipher(testkeys::freshRing());
    storage::SqlLedgerStore ledger(*db, cipher);
    storage::SqlAuditLog audit(*db);
    ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(18, 0)));
    fakes::StaffFixture staff(clock);
    staff.loginAs(QStringLiteral("wangwu"));
    InventoryService service(catalog, inventory, ledger, staff.access, audit, clock);
    if (qEnvironmentVariableIsSet("BENCH_LEDGER_STEPS")) { // where the time goes, to stderr
        QElapsedTimer t;
        t.start();
        const QList<LedgerRow> rows = must(inventory.ledger(from, to), "ledger");
        std::fprintf(stderr, "ledger(): %lld rows %lld ms\n", static_cast<long long>(rows.size()),
                     static_cast<long long>(t.restart()));
        QFile f(out);
        f.open(QIODevice::WriteOnly);
        (void)writeLedgerCsv(rows, from, to, QString(), f);
        std::fprintf(stderr, "csv: %lld ms\n", static_cast<long long>(t.restart()));
        must(audit.append(AuditEvent{clock.now(), QStringLiteral("wangwu"), AuditAction::Export,
                                     QStringLiteral("bench"), QString()}),
             "audit");
        std::fprintf(stderr, "audit: %lld ms\n", static_cast<long long>(t.restart()));
    }
    must(service.exportLedger(from, to, QStringLiteral("基准药房"), ExportFormat::Csv, out),
         "export");
    std::printf("%ld\n", peakRssKb());
    return 0;
}

qint64 lineCount(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 n = 0;
    char buf[1 << 16];
    for (qint64 got; (got = f.read(buf, sizeof buf)) > 0;)
        n += std::count(buf, buf + got, '\n');
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--export-child") != 0)
        Spawner::start(); // first: while this process is small
    std::atexit(&Spawner::stop);
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "pos.*.info=false");
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QStringLiteral("--export-child"))
        return exportChild(args.value(1), QDate::fromString(args.value(2), Qt::ISODate),
                           QDate::fromString(args.value(3), Qt::ISODate), args.value(4));

    qint64 movements = 10'000'000;
    int salesPerPhase = 300;
    QString dirArg;
    bool keep = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--dir"))
            dirArg = args.value(++i);
        else if (args[i] == QStringLiteral("--sales"))
            salesPerPhase = args.value(++i).toInt();
        else if (args[i] == QStringLiteral("--keep"))
            keep = true;
        else
            movements = args[i].toLongLong();
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_ledger-XXXXXX")
                                       : dirArg + QStringLiteral("/bench_ledger-XXXXXX"));
    tmp.setAutoRemove(!keep);
    const QDir dir(tmp.path());
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    std::printf("bench_ledger: %d products, %lld movements, database %s\n", kProducts,
                static_cast<long long>(movements), qPrintable(path));
    std::fflush(stdout);

    const QList<Box> codes = boxes((salesPerPhase + 10) * kLines);
    writeStore(path, movements, codes);
    const double mb = QFileInfo(path).size() / 1048576.0;
    std::printf("  database size (schema 13): %.0f MB, %.1f MB per million movements\n", mb,
                mb / (movements / 1e6));
    std::fflush(stdout);

    int next = 0;
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(8, 0)));
    // The store before the closings, kept to post the same sales on (before/after).
    const QString before = dir.filePath(QStringLiteral("before-closings.sqlite"));
    if (!QFile::copy(path, before))
        fail("copy", before);

    // The upgrade: migration 0014 fills the closings of the whole history.
    QElapsedTimer t;
    t.start();
    {
        auto db = must(storage::Database::open(path), "upgrade");
        const double migrated = t.elapsed() / 1000.0;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*), (SELECT COUNT(*) FROM stock_period) "
                              "FROM stock_closing"));
        q.next();
        std::printf("  upgrade to schema %d (migration 0014, the closings of %lld movements, "
                    "set-based): %.1f s; %lld closings in %lld months\n",
                    db->schemaVersion(), static_cast<long long>(movements), migrated,
                    q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    const double mbAfter = QFileInfo(path).size() / 1048576.0;
    std::printf("  database size (schema %d): %.0f MB, %.1f MB per million movements (closings: "
                "%.0f MB)\n",
                storage::Database::latestSchemaVersion(), mbAfter, mbAfter / (movements / 1e6),
                mbAfter - mb);
    std::fflush(stdout);

    // Posting with the closings, side by side with the same SQL replayed by Python, in rounds
    // (the machine may be busy with other work: the two sides take turns). Each round starts
    // from the store as it is (closed, so the WAL is in the file) copied twice: the sales are
    // first run on one copy with every statement recorded (sqlite3_trace_v2), then timed on the
    // store itself without recording — the same sales on the same state at the same clock run the
    // same statements — and Python replays the recording on the other copy.
    // Each round also posts the same sales on the schema-13 store (before the closings).
    const QString traced = dir.filePath(QStringLiteral("traced.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("replay.sqlite"));
    std::vector<double> whole, payment, cpu, reference, referenceCpu, wholeBefore, cpuBefore;
    qint64 cache = 0, statementCount = 0, recordedSales = 0;
    int unparsed = 0;
    const int rounds = 5;
    const int perRound = std::max(1, salesPerPhase / rounds);
    bool replayed = true;
    for (int round = 0; round < rounds; ++round) {
        for (const QString& c : {traced, copy}) {
            QFile::remove(c);
            if (!QFile::copy(path, c))
                fail("copy", c);
        }
        const QDateTime at = clock.now();
        const int roundStart = next;
        const QString statements = dir.filePath(QStringLiteral("statements-%1.json").arg(round));
        {
            auto db = must(storage::Database::open(traced), "open");
            ManualClock same(at);
            Counter counter(*db, same);
            Recorder recorder;
            sqlite3_trace_v2(handleOf(*db), SQLITE_TRACE_STMT, &Recorder::trace, &recorder);
            int from = next;
            counter.sellMany(codes, from, perRound, nullptr, nullptr, nullptr, &recorder);
            sqlite3_trace_v2(handleOf(*db), 0, nullptr, nullptr);
            QFile f(statements);
            f.open(QIODevice::WriteOnly);
            f.write(QJsonDocument(recorder.sales).toJson(QJsonDocument::Compact));
            for (const QJsonValue& sale : std::as_const(recorder.sales))
                statementCount += sale.toArray().size();
            recordedSales += recorder.sales.size();
            unparsed += recorder.unparsed;
        }
        const auto ours = [&] {
            auto db = must(storage::Database::open(path), "open");
            cache = cacheKiB(*db);
            Counter counter(*db, clock);
            counter.sellMany(codes, next, perRound, &whole, &payment, &cpu);
        };
        const auto python = [&] {
            const QString out = dir.filePath(QStringLiteral("replay-%1.json").arg(round));
            const Run py = runMeasured({QStringLiteral("python3"),
                                        QStringLiteral(PHARMAPOS_BENCH_DIR "/replay_postings.py"),
                                        copy, statements, QString::number(cache)},
                                       {}, out);
            QFile f(out);
            f.open(QIODevice::ReadOnly);
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            for (const QJsonValue& v : o.value(QStringLiteral("ms")).toArray())
                reference.push_back(v.toDouble());
            for (const QJsonValue& v : o.value(QStringLiteral("cpu_ms")).toArray())
                referenceCpu.push_back(v.toDouble());
            replayed = replayed && py.status == 0;
        };
        const auto beforeClosings = [&] {
            auto db = must(storage::Database::openAtVersion(before, kBeforeClosings),
                           "open at schema 13");
            ManualClock same(at);
            Counter counter(*db, same);
            int from = roundStart;
            counter.sellMany(codes, from, perRound, &wholeBefore, nullptr, &cpuBefore);
        };
        // The three take turns at going first.
        switch (round % 3) {
        case 0: ours(), python(), beforeClosings(); break;
        case 1: python(), ours(), beforeClosings(); break;
        default: beforeClosings(), ours(), python(); break;
        }
    }
    QFile::remove(traced);
    QFile::remove(copy);
    printTimes("5-line sale, scans + payment, before the closings (schema 13)", wholeBefore);
    printTimes("  CPU time of the sale", cpuBefore);
    printTimes("5-line sale, scans + payment, with the closings", whole);
    printTimes("  of which the payment (the posting)", payment);
    printTimes("  CPU time of the sale", cpu);
    if (!replayed || reference.size() != whole.size()) {
        std::printf("  python3 replay failed: is python3 installed?\n");
    } else {
        printTimes("the same SQL replayed by Python's sqlite3, statements prepared once",
                   reference);
        printTimes("  its CPU time", referenceCpu);
        std::printf("  posting a 5-line sale: %.1f statements per sale (%d values not read "
                    "back); ratio to the replay: median %.2f×, p99 %.2f× (CPU median %.2f×)  "
                    "[target ≤ 1.5×]\n",
                    double(statementCount) / std::max<qint64>(1, recordedSales), unparsed,
                    percentile(whole, 0.5) / percentile(reference, 0.5),
                    percentile(whole, 0.99) / percentile(reference, 0.99),
                    percentile(cpu, 0.5) / std::max(1e-9, percentile(referenceCpu, 0.5)));
    }
    std::printf("  the closings' cost on a sale (with / before): median %.2f×, CPU median %.2f×\n",
                percentile(whole, 0.5) / percentile(wholeBefore, 0.5),
                percentile(cpu, 0.5) / std::max(1e-9, percentile(cpuBefore, 0.5)));
    std::fflush(stdout);

    // The first posting of a month copies the closings forward (one row per batch in stock).
    {
        auto db = must(storage::Database::open(path), "open");
        clock.set(QDateTime(QDate(2026, 12, 1), QTime(8, 0)));
        Counter counter(*db, clock);
        std::vector<double> first, second;
        counter.sellMany(codes, next, 1, &first, nullptr);
        counter.sellMany(codes, next, 1, &second, nullptr);
        std::printf("  the month's first sale (copies %d closings forward): %.1f ms; the next: "
                    "%.1f ms\n",
                    kProducts, first.front(), second.front());
    }

    // Month ledger exports: January (the store's first month) and October (its tenth).
    std::printf("  month ledger export (ledger export → CSV, own process) vs sqlite3 -csv of "
                "the same statement, best of 3:\n");
    const QString self = QCoreApplication::applicationFilePath();
    std::printf("    (a process the benchmark starts reports at least %ld MB: /bin/true's peak)\n",
                runMeasured({QStringLiteral("true")}, {}, {}).rssKb / 1024);
    for (const int month : {1, 10}) {
        const QDate from(2026, month, 1), to = from.addMonths(1).addDays(-1);
        auto db = must(storage::Database::open(path), "open");
        storage::SqlInventoryRepository inventory(*db);
        const auto st = must(inventory.ledgerStatement(from, to), "ledger statement");
        QSqlQuery count(db->connection());
        count.prepare(
            QStringLiteral("SELECT COUNT(*) FROM stock_movement WHERE at >= ? AND at < ?"));
        count.addBindValue(timeText(QDateTime(from, QTime(0, 0))));
        count.addBindValue(timeText(QDateTime(to.addDays(1), QTime(0, 0))));
        count.exec();
        count.next();
        const qint64 inMonth = count.value(0).toLongLong();
        cache = cacheKiB(*db);
        db.reset();
        // The sqlite3 side: the same statement, the same parameters, the same page cache and
        // temp_store as Database::open sets.
        const QString script = dir.filePath(QStringLiteral("ledger-%1.sql").arg(month));
        {
            QFile f(script);
            f.open(QIODevice::WriteOnly);
            QByteArray s = ".mode csv\nPRAGMA temp_store = FILE;\n";
            s += "PRAGMA cache_size = -" + QByteArray::number(cache) + ";\n";
            for (const auto& [name, value] : st.bindings)
                s += ".parameter set " + name.toUtf8() + " \""
                     + (value.typeId() == QMetaType::QString ? "'" + value.toString().toUtf8() + "'"
                                                             : value.toString().toUtf8())
                     + "\"\n";
            s += st.sql.toUtf8() + ";\n";
            f.write(s);
        }
        const QString ours = dir.filePath(QStringLiteral("ledger-%1.csv").arg(month));
        const QString theirs = dir.filePath(QStringLiteral("sqlite3-%1.csv").arg(month));
        const QString childOut = dir.filePath(QStringLiteral("child-%1.txt").arg(month));
        Run best, bestShell;
        for (int i = 0; i < 3; ++i) {
            const Run r = runMeasured({self, QStringLiteral("--export-child"), path,
                                       from.toString(Qt::ISODate), to.toString(Qt::ISODate), ours},
                                      {}, childOut);
            if (r.status != 0)
                fail("export", QString::fromUtf8([&] {
                         QFile f(childOut);
                         f.open(QIODevice::ReadOnly);
                         return f.readAll();
                     }()));
            const Run s = runMeasured({QStringLiteral("sqlite3"), path}, script, theirs);
            if (s.status != 0)
                fail("sqlite3", script);
            // The fastest run's time; the highest peak of any run.
            const long rss = std::max(best.rssKb, r.rssKb),
                       shellRss = std::max(bestShell.rssKb, s.rssKb);
            if (i == 0 || r.ms < best.ms)
                best = r;
            if (i == 0 || s.ms < bestShell.ms)
                bestShell = s;
            best.rssKb = std::max(rss, best.rssKb);
            bestShell.rssKb = std::max(shellRss, bestShell.rssKb);
        }
        // The CSV: title, column titles, rows, total, footer — which says whether every computed
        // closing is the store's own (item 4).
        const qint64 rows = lineCount(ours) - 4;
        QFile csv(ours);
        csv.open(QIODevice::ReadOnly);
        csv.seek(std::max<qint64>(0, csv.size() - 4096));
        const bool agrees =
            QString::fromUtf8(csv.readAll()).contains(QStringLiteral("期末与账面结存一致"));
        std::printf("    %s: %lld movements in the month, %lld rows (sqlite3: %lld): %.2f s, "
                    "peak RSS %ld MB; sqlite3 -csv %.2f s, peak RSS %ld MB; ratio %.2f×  "
                    "[targets ≤ 1.5×, ≤ 100 MB]; footer: %s\n",
                    qPrintable(from.toString(QStringLiteral("yyyy-MM"))),
                    static_cast<long long>(inMonth), static_cast<long long>(rows),
                    static_cast<long long>(lineCount(theirs)), best.ms / 1000.0, best.rssKb / 1024,
                    bestShell.ms / 1000.0, bestShell.rssKb / 1024,
                    best.ms / std::max(0.001, bestShell.ms),
                    agrees ? "every closing agrees with the store's" : "DIFFERENCES (see the CSV)");
        std::fflush(stdout);
    }

    auto db = must(storage::Database::open(path), "open");
    storage::SqlInventoryRepository inventory(*db);
    {
        const QDate from(2026, 3, 1), to(2026, 3, 31);
        t.start();
        QFile out(dir.filePath(QStringLiteral("journal.csv")));
        out.open(QIODevice::WriteOnly);
        const qint64 written = must(inventory.writeJournalCsv(from, to, out), "journal");
        out.close();
        const double ours = t.elapsed() / 1000.0;
        const QString script = dir.filePath(QStringLiteral("journal.sql"));
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        f.write(".mode csv\nSELECT m.id, m.at, m.kind, p.code, p.generic_name, b.batch_no, "
                "m.pieces, m.operator, m.reason, m.source_doc FROM stock_movement m "
                "JOIN product p ON p.id = m.product_id JOIN batch b ON b.id = m.batch_id "
                "WHERE m.at >= '2026-03-01 00:00:00.000' AND m.at < '2026-04-01 00:00:00.000' "
                "ORDER BY m.at, m.id;\n");
        f.close();
        const Run shell = runMeasured({QStringLiteral("sqlite3"), path}, script,
                                      dir.filePath(QStringLiteral("sqlite3-journal.csv")));
        std::printf("  month journal export (--journal, in process): %lld rows in %.2f s; sqlite3 "
                    "-csv same rows %.2f s; ratio %.2f×\n",
                    static_cast<long long>(written), ours, shell.ms / 1000.0,
                    ours / std::max(0.001, shell.ms / 1000.0));
    }
    {
        std::vector<double> ms;
        QElapsedTimer lookup;
        qint64 sink = 0;
        QRandomGenerator rng(5);
        for (int i = 0; i < 20'000; ++i) {
            const qint64 p = rng.bounded(kProducts) + 1;
            lookup.start();
            sink += inventory.sellablePieces(p, QDate(2026, 11, 1));
            ms.push_back(lookup.nsecsElapsed() / 1e6);
        }
        std::printf("  balance lookup (n=20000): median %.3f ms, p99 %.3f ms  (%lld)\n",
                    percentile(ms, 0.5), percentile(ms, 0.99), static_cast<long long>(sink % 10));
    }
    {
        t.start();
        const QList<QString> found = must(storage::checkClosings(*db), "check closings");
        std::printf("  verify's check of the closings (checkClosings): %.1f s, %lld differences\n",
                    t.elapsed() / 1000.0, static_cast<long long>(found.size()));
    }
    if (keep)
        std::printf("  kept: %s\n", qPrintable(tmp.path()));
    return 0;
}
