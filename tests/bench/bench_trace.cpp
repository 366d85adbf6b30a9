// DATA-TRACE benchmark (issue 18: `trace` of a code among 5,000,000 sold ≤ 50 ms). Builds a store
// file with N sold boxes (default 5,000,000: 1,000 products, 50,000 batches, two boxes a sale, a
// tenth of the sales dispensing a reviewed prescription, one box in a hundred returned), then
// times the path `pharmapos trace` runs after its login — the core's TraceService (permission,
// audit) over SqlTraceQuery — for random codes and random batches, beside a bare prepared
// SELECT of the code's row. Figures printed, nothing asserted.
//   build/release/tests/bench/bench_trace [boxes] [--dir DIR]

#include "app/core/inventory/boxtrace.h"
#include "storage/database.h"
#include "storage/sqltracequery.h"
#include "tests/fakes/fakes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pos;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

/// `sql` with "{N}" replaced by `n` (QString::arg would read the printf formats' "%08d").
QString withN(QString sql, qint64 n)
{
    return sql.replace(QStringLiteral("{N}"), QString::number(n));
}

void run(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
}

/// The store's rows, written in bulk with SQL (what years of receiving and selling leave).
void populate(storage::Database& db, qint64 boxes)
{
    QSqlQuery q(db.connection());
    const qint64 n = boxes;
    const qint64 sales = (boxes + 1) / 2;
    run(q, QStringLiteral("BEGIN"));
    run(q, QStringLiteral(
               "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 1000) "
               "INSERT INTO product (id, code, generic_name, spec, manufacturer, approval_no, "
               "insurance_category, rx_class, drug_type, price_fen) SELECT i, printf('P%05d', i), "
               "'药品' || i, '0.25g*24粒', '江西制药有限公司', printf('国药准字H%08d', i), 1, "
               "1 + i % 2, 1, 1580 FROM k"));
    run(q,
        QStringLiteral(
            "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 50000) "
            "INSERT INTO batch (id, product_id, batch_no, production_date, expiry_date, "
            "supplier, cost_fen, created_at) SELECT i, ((i - 1) % 1000) + 1, printf('B%06d', i), "
            "'2025-01-01', '2028-01-01', '江西南华医药有限公司', 900, '2026-01-01 09:00:00.000' "
            "FROM k"));
    run(q, QStringLiteral(
               "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 100) "
               "INSERT INTO purchase_doc (id, doc_no, supplier, purchase_date, operator, "
               "created_at, source) SELECT i, printf('GJ-%04d', i), '江西南华医药有限公司', "
               "'2026-01-01', '王五', '2026-01-01 09:00:00.000', 'bench' FROM k"));
    run(q, QStringLiteral(
               "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 50000) "
               "INSERT INTO purchase_line (doc_id, line_no, product_id, batch_id, generic_name, "
               "manufacturer, dosage_form, spec, batch_no, production_date, expiry_date, "
               "approval_no, insurance_code, boxes, price_fen) SELECT (i % 100) + 1, i, "
               "((i - 1) % 1000) + 1, i, '药品', '江西制药有限公司', '胶囊剂', '0.25g*24粒', "
               "printf('B%06d', i), '2025-01-01', '2028-01-01', '国药准字', '', 100, 900 FROM k"));
    run(q, withN(QStringLiteral(
                     "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE "
                     "i < {N}) INSERT INTO sale (id, sale_no, sold_at, terminal, operator, "
                     "total_fen, payment_method, tendered_fen, change_fen, rx_no) SELECT i, "
                     "printf('XS-T01-%08d', i), '2026-06-01 10:00:00.000', 'T01', '张三', "
                     "3160, 'cash', 3160, 0, CASE WHEN i % 10 = 0 THEN printf('RX%08d', i) "
                     "ELSE '' END FROM k"),
                 sales));
    run(q, withN(QStringLiteral(
                     "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE "
                     "i < {N}) INSERT INTO prescription_review (rx_no, decision, opinion, "
                     "pharmacist_user_id, pharmacist_name, licence_no, insurance_phar_code, "
                     "reviewed_at, content_hash, long_term_confirmed) SELECT "
                     "printf('RX%08d', i * 10), 1, '', 2, '李四', '36201801234567', '', "
                     "'2026-06-01 09:50:00.000', 'h', 0 FROM k"),
                 (boxes + 1) / 20));
    // Box i: product i % 1000 + 1, batch i % 50000 + 1 (of that product), sold in sale (i+1)/2.
    run(q, withN(QStringLiteral(
                     "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE "
                     "i < {N}) INSERT INTO sale_line (sale_id, line_no, product_id, "
                     "product_name, spec, unit, quantity, unit_price_fen, amount_fen, "
                     "sale_unit, pieces) SELECT (i + 1) / 2, (i + 1) % 2 + 1, (i % 1000) + 1, "
                     "'药品', '0.25g*24粒', '盒', 1, 1580, 1580, 1, 24 FROM k"),
                 n));
    run(q, withN(QStringLiteral(
                     "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE "
                     "i < {N}) INSERT INTO trace_code (code, product_id, batch_id, received_at, "
                     "purchase_doc, sold_at, sale_no) SELECT printf('8%019d', i), "
                     "(i % 1000) + 1, (i % 50000) + 1, '2026-01-01 09:00:00.000', "
                     "printf('GJ-%04d', ((i % 50000) + 1) % 100 + 1), "
                     "'2026-06-01 10:00:00.000', printf('XS-T01-%08d', (i + 1) / 2) FROM k"),
                 n));
    run(q,
        withN(QStringLiteral("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE "
                             "i < {N}) INSERT INTO sale_trace_code (id, sale_id, line_no, code, "
                             "batch_id, returned_at, return_no) SELECT i, (i + 1) / 2, "
                             "(i + 1) % 2 + 1, printf('8%019d', i), (i % 50000) + 1, "
                             "CASE WHEN i % 100 = 0 THEN '2026-06-02 10:00:00.000' ELSE '' END, "
                             "CASE WHEN i % 100 = 0 THEN printf('TH-%08d', i) ELSE '' END FROM k"),
              n));
    run(q, withN(QStringLiteral(
                     "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE "
                     "i < {N}) INSERT INTO sale_return (return_no, sale_id, returned_at, "
                     "operator, reason, refund_fen) SELECT printf('TH-%08d', i * 100), "
                     "(i * 100 + 1) / 2, '2026-06-02 10:00:00.000', '王五', '顾客退货', 1580 "
                     "FROM k"),
                 boxes / 100));
    run(q, QStringLiteral("COMMIT"));
    run(q, QStringLiteral("ANALYZE"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "pos.*.info=false");
    qint64 boxes = 5'000'000;
    QString dirPath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--dir") && i + 1 < args.size())
            dirPath = args.at(++i);
        else
            boxes = std::max<qint64>(1000, args.at(i).toLongLong());
    }
    QTemporaryDir tmp;
    if (dirPath.isEmpty())
        dirPath = tmp.path();
    const QString path = dirPath + QStringLiteral("/trace-bench.sqlite");
    {
        auto db = storage::Database::open(path).value();
        QSqlQuery count(db->connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM sale_trace_code")) || !count.next()
            || count.value(0).toLongLong() != boxes) {
            count.finish();
            QElapsedTimer t;
            t.start();
            populate(*db, boxes);
            std::printf("store with %lld sold boxes written in %.1f s\n", boxes,
                        double(t.elapsed()) / 1000);
        }
    }

    // The path `pharmapos trace` runs after its login: a fresh connection to the store, the
    // manager's permission, the lookup, the audit entry.
    QElapsedTimer opened;
    opened.start();
    auto db = storage::Database::open(path).value();
    ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0)));
    fakes::StaffFixture staff(clock);
    staff.loginAs(QStringLiteral("wangwu"));
    storage::SqlTraceQuery query(*db);
    TraceService trace(query, staff.access);
    QElapsedTimer first;
    first.start();
    const QString firstCode = QStringLiteral("8%1").arg(boxes / 3, 19, 10, QLatin1Char('0'));
    if (!trace.box(firstCode))
        qFatal("first lookup failed");
    std::printf("store opened in %.1f ms; first trace (cold) %.2f ms\n",
                double(opened.nsecsElapsed() - first.nsecsElapsed()) / 1e6,
                double(first.nsecsElapsed()) / 1e6);

    QRandomGenerator rng(18);
    std::vector<double> traced, bare, batches;
    int sales = 0, reviewed = 0, returned = 0;
    QSqlQuery row(db->connection());
    row.prepare(QStringLiteral("SELECT * FROM trace_code WHERE code = ?"));
    for (int i = 0; i < 2000; ++i) {
        const QString code = QStringLiteral("8%1").arg(1 + qint64(rng.bounded(quint32(boxes))), 19,
                                                       10, QLatin1Char('0'));
        QElapsedTimer t;
        t.start();
        Result<BoxTrace> r = trace.box(code);
        traced.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r)
            qFatal("trace %s: %s", qPrintable(code), qPrintable(r.error().message));
        sales += int(r->sales.size());
        for (const BoxSale& s : r->sales) {
            reviewed += s.pharmacist.isEmpty() ? 0 : 1;
            returned += s.returned() ? 1 : 0;
        }
        t.start();
        row.bindValue(0, code);
        if (!row.exec() || !row.next())
            qFatal("bare lookup");
        row.finish();
        bare.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 200; ++i) {
        const QString batchNo =
            QStringLiteral("B%1").arg(1 + rng.bounded(50000), 6, 10, QLatin1Char('0'));
        QElapsedTimer t;
        t.start();
        Result<QList<BatchTrace>> r = trace.batch(batchNo);
        batches.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r)
            qFatal("batch %s", qPrintable(batchNo));
    }
    std::printf("trace CODE among %lld sold boxes (2,000 random codes; %d sales, %d with their "
                "approving pharmacist, %d returns found):\n",
                boxes, sales, reviewed, returned);
    std::printf("  TraceService (permission, 4 queries, audit): median %.3f ms, p99 %.3f ms, max "
                "%.3f ms  [target <= 50]\n",
                percentile(traced, 0.5), percentile(traced, 0.99),
                *std::max_element(traced.begin(), traced.end()));
    std::printf("  bare prepared SELECT of the code's row:      median %.3f ms, p99 %.3f ms\n",
                percentile(bare, 0.5), percentile(bare, 0.99));
    std::printf("trace --batch NO (%lld boxes a batch, 200 random batches): median %.3f ms, p99 "
                "%.3f ms, max %.3f ms\n",
                boxes / 50000, percentile(batches, 0.5), percentile(batches, 0.99),
                *std::max_element(batches.begin(), batches.end()));
    std::printf("audit entries written: %d\n", staff.audit.count(AuditAction::TraceViewed));
    return 0;
}
