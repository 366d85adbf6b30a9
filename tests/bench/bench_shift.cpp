// Issue 19's 交班 figure: the summary of a 2,000-sale shift at one till of a store with years of
// sales (default 1,000,000 at 10 tills over three years), on the path the cashier's 交班 runs —
// ShiftService::handOver over the SQL shift store: the open shift read, its takings summed from
// sale and sale_return (indexed by till and time), the shift closed (FULL durability), audited,
// the 交班单 laid out and handed to the printer (a fake that keeps the document, so the
// simulated printer's files are not in the figure). Also the 日结 of the shift's day, and 查单
// (F1) by each key among the whole history.
//   targets: 交班 summary of a 2,000-sale shift ≤ 200 ms; 查单 by number, trace code or time
//   ≤ 50 ms among 1,000,000 sales
//
//   build/release/tests/bench/bench_shift [history-sales] [--dir DIR]
// Prints its figures; asserts nothing.

#include "app/core/ports/clock.h"
#include "app/core/sale/salelookup.h"
#include "app/core/shift/shiftservice.h"
#include "storage/database.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqlshiftstore.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pos;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// XS-<till>-<day>-<n>, as the counter numbers them.
QString saleNo(const QString& till, const QDateTime& when, qint64 n)
{
    return QStringLiteral("XS-%1-%2-%3")
        .arg(till, when.date().toString(QStringLiteral("yyyyMMdd")))
        .arg(n % 10000, 4, 10, QLatin1Char('0')); // a till's day never reaches 10,000 here
}

QString traceCodeOf(qint64 n)
{
    return QStringLiteral("8%1").arg(n, 19, 10, QLatin1Char('0'));
}

bool insertSales(storage::Database& db, qint64 count, const QDateTime& from, qint64 spanSecs,
                 const QString& onlyTill, qint64& serial)
{
    // Each sale as the ledger writes it for the figures here: the sale, its one tender, one line
    // (of 200 products), and every tenth a box's 追溯码.
    storage::Transaction tx(db);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                             "payment_method, tendered_fen, change_fen) VALUES (?,?,?,?,?,?,?,0)"));
    QSqlQuery t(db.connection());
    t.prepare(QStringLiteral("INSERT INTO sale_tender (sale_id, seq, kind, amount_fen) VALUES "
                             "(?, 1, ?, ?)"));
    QSqlQuery l(db.connection());
    l.prepare(QStringLiteral("INSERT INTO sale_line (sale_id, line_no, product_id, product_name, "
                             "spec, unit, quantity, unit_price_fen, amount_fen, sale_unit, pieces) "
                             "VALUES (?, 1, ?, '测试药品', '', '盒', 1, ?, ?, 1, 1)"));
    QSqlQuery c(db.connection());
    c.prepare(QStringLiteral("INSERT INTO sale_trace_code (sale_id, line_no, code, batch_id) "
                             "VALUES (?, 1, ?, 1)"));
    for (qint64 i = 0; i < count; ++i) {
        const qint64 n = ++serial;
        const QString till = onlyTill.isEmpty()
                                 ? QStringLiteral("T%1").arg(n % 10 + 1, 2, 10, QLatin1Char('0'))
                                 : onlyTill;
        const qint64 fen = 500 + (n * 7919) % 20000;
        const QDateTime when = from.addSecs(spanSecs * i / std::max<qint64>(1, count));
        const QString method = n % 5 == 0 ? QStringLiteral("insurance") : QStringLiteral("cash");
        q.bindValue(0, saleNo(till, when, n));
        q.bindValue(1, when.toString(storage::kTimeFormat));
        q.bindValue(2, till);
        q.bindValue(3, QStringLiteral("张三"));
        q.bindValue(4, fen);
        q.bindValue(5, method);
        q.bindValue(6, fen);
        if (!q.exec())
            return false;
        const qint64 id = q.lastInsertId().toLongLong();
        t.bindValue(0, id);
        t.bindValue(1, method);
        t.bindValue(2, fen);
        l.bindValue(0, id);
        l.bindValue(1, n % 200 + 1);
        l.bindValue(2, fen);
        l.bindValue(3, fen);
        if (!t.exec() || !l.exec())
            return false;
        if (n % 10 == 0) {
            c.bindValue(0, id);
            c.bindValue(1, traceCodeOf(n));
            if (!c.exec())
                return false;
        }
    }
    return tx.commit().ok();
}

/// 200 products and one batch, as the history's lines and boxes refer to them.
bool insertProducts(storage::Database& db)
{
    QSqlQuery q(db.connection());
    for (int i = 1; i <= 200; ++i) {
        q.prepare(QStringLiteral("INSERT INTO product (id, code, generic_name, insurance_category, "
                                 "rx_class, drug_type, price_fen, pinyin) VALUES (?, ?, ?, 1, 3, "
                                 "1, 1000, ?)"));
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("测试药品%1").arg(i));
        q.addBindValue(QStringLiteral("csyp%1").arg(i));
        if (!q.exec())
            return false;
    }
    return q.exec(QStringLiteral("INSERT INTO batch (id, product_id, batch_no, production_date, "
                                 "expiry_date, supplier, cost_fen, created_at) VALUES (1, 1, 'B1', "
                                 "'2023-01-01', '2030-01-01', '供货商', 500, "
                                 "'2023-01-01T00:00:00.000')"));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double worst(const std::vector<double>& v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 history = 1'000'000;
    QString dir;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--dir" && i + 1 < args.size())
            dir = args.at(++i);
        else
            history = args.at(i).toLongLong();
    }
    QTemporaryDir temp;
    if (dir.isEmpty())
        dir = temp.path();
    Result<std::unique_ptr<storage::Database>> opened =
        storage::Database::open(dir + QStringLiteral("/shift.sqlite"));
    if (!opened) {
        std::printf("%s\n", qPrintable(opened.error().userText()));
        return 1;
    }
    storage::Database& db = **opened;
    const QDateTime shiftStart(QDate(2026, 11, 23), QTime(8, 0));
    qint64 serial = 0;
    QElapsedTimer build;
    build.start();
    if (!insertProducts(db)) {
        std::printf("products not written\n");
        return 1;
    }
    // Three years of history before the shift, at ten tills.
    if (!insertSales(db, history, shiftStart.addDays(-3 * 365), 3LL * 365 * 86400, {}, serial)) {
        std::printf("history not written\n");
        return 1;
    }
    std::printf("bench_shift: %lld sales of history written in %.1f s\n", history,
                ms(build) / 1000.0);

    ManualClock clock(shiftStart);
    fakes::StaffFixture staff(clock);
    staff.loginAs(QStringLiteral("zhangsan"));
    fakes::FakeSaleContext sale;
    fakes::FakePrinter printer;
    storage::SqlShiftStore store(db);
    const fakes::FakeFieldCipher cipher;
    StoreProfile profile{QStringLiteral("仁心大药房"),
                         QStringLiteral("P36010200001"),
                         QStringLiteral("T01"),
                         {},
                         {}};
    ShiftService shifts(store, sale, staff.access, clock, printer, profile);
    std::vector<double> handOver, dayClose;
    int shiftSales = 0;
    for (int round = 0; round < 7; ++round) {
        const QDateTime opens = shiftStart.addDays(round);
        clock.set(opens);
        if (!shifts.open(Money::fromYuan(200))) {
            std::printf("open failed\n");
            return 1;
        }
        // The shift's 2,000 sales at T01 over eight hours, and 2,000 at the ten tills meanwhile (a
        // tenth of them at T01 too: the shift's sales are 2,200).
        if (!insertSales(db, 2000, opens.addSecs(1), 8 * 3600 - 60, QStringLiteral("T01"), serial)
            || !insertSales(db, 2000, opens.addSecs(1), 8 * 3600 - 60, {}, serial)) {
            std::printf("shift's sales not written\n");
            return 1;
        }
        clock.set(opens.addSecs(8 * 3600));
        CashCount counted;
        counted.pieces.insert(10000, 100);
        QElapsedTimer t;
        t.start();
        Result<ShiftService::Handover> h = shifts.handOver(counted);
        handOver.push_back(ms(t));
        if (!h || h->shift.totals.sales < 2000) {
            std::printf("hand-over: %s\n", h ? qPrintable(QString::number(h->shift.totals.sales))
                                             : qPrintable(h.error().userText()));
            return 1;
        }
        shiftSales = h->shift.totals.sales;
        staff.loginAs(QStringLiteral("wangwu"));
        t.restart();
        Result<DayClose> day = shifts.dayClose(opens.date());
        dayClose.push_back(ms(t));
        staff.loginAs(QStringLiteral("zhangsan"));
        if (!day) {
            std::printf("day close: %s\n", qPrintable(day.error().userText()));
            return 1;
        }
    }
    std::sort(handOver.begin(), handOver.end());
    std::sort(dayClose.begin(), dayClose.end());
    std::printf("交班 of a %d-sale shift among %lld sales (totals, close FULL, audit, 交班单): "
                "median %.2f ms, max %.2f ms over %zu shifts (target <= 200 ms for 2,000)\n",
                shiftSales, serial, handOver[handOver.size() / 2], handOver.back(),
                handOver.size());
    std::printf("日结 of the shift's day (every till's takings, each shift): median %.2f ms, max "
                "%.2f ms\n",
                dayClose[dayClose.size() / 2], dayClose.back());

    // 查单 among the whole history, as the counter's F1 runs it (SaleLookup over the SQL search,
    // the product found through the SQL catalog), each key 25 times at random.
    storage::SqlSaleRepository sales(db, cipher);
    storage::SqlProductCatalog catalog(db);
    clock.set(shiftStart.addDays(6).addSecs(9 * 3600));
    SaleLookup lookup(sales, catalog, clock);
    QSqlQuery pick(db.connection());
    const auto time = [&](const QString& text, int& found) {
        QElapsedTimer t;
        t.start();
        Result<QList<SaleSummary>> r = lookup.find(text);
        const double took = ms(t);
        found = r ? int(r->size()) : -1;
        return took;
    };
    std::vector<double> byNo, byCode, byTime, byAmount, byProduct, byDigits;
    int foundNo = 0, foundCode = 0, foundTime = 0, foundAmount = 0, foundProduct = 0,
        foundDigits = 0;
    for (int i = 0; i < 25; ++i) {
        const qint64 n = 1 + (qint64(i) * 104729 * 7) % serial;
        pick.prepare(QStringLiteral("SELECT sale_no, sold_at, total_fen FROM sale WHERE id = ?"));
        pick.addBindValue(n);
        if (!pick.exec() || !pick.next())
            continue;
        const QString no = pick.value(0).toString();
        const QDateTime at = QDateTime::fromString(pick.value(1).toString(), storage::kTimeFormat);
        const Money total = Money::fromFen(pick.value(2).toLongLong());
        int f = 0;
        byNo.push_back(time(no, f));
        foundNo += f;
        byCode.push_back(time(traceCodeOf((n / 10 + 1) * 10), f));
        foundCode += f;
        byTime.push_back(time(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), f));
        foundTime += f;
        byAmount.push_back(time(total.toString(), f));
        foundAmount += f;
        byProduct.push_back(
            time(QStringLiteral("P%1").arg(i * 7 % 200 + 1, 5, 10, QLatin1Char('0')), f));
        foundProduct += f;
        // The last four digits of one of today's receipts.
        QSqlQuery today(db.connection());
        today.prepare(QStringLiteral("SELECT sale_no FROM sale WHERE sold_at >= ? ORDER BY "
                                     "sold_at LIMIT 1 OFFSET ?"));
        today.addBindValue(clock.now().date().startOfDay().toString(storage::kTimeFormat));
        today.addBindValue(i * 37);
        if (today.exec() && today.next()) {
            byDigits.push_back(time(today.value(0).toString().right(4), f));
            foundDigits += f;
        }
    }
    std::printf("查单 among %lld sales (SaleLookup, newest 50): median / max ms\n", serial);
    std::printf("  by number          %6.2f / %6.2f  (%d found over 25)\n", median(byNo),
                worst(byNo), foundNo);
    std::printf("  by trace code      %6.2f / %6.2f  (%d)\n", median(byCode), worst(byCode),
                foundCode);
    std::printf("  by time ±15 min    %6.2f / %6.2f  (%d)\n", median(byTime), worst(byTime),
                foundTime);
    std::printf("  by amount (90 d)   %6.2f / %6.2f  (%d)\n", median(byAmount), worst(byAmount),
                foundAmount);
    std::printf("  by product (90 d)  %6.2f / %6.2f  (%d)\n", median(byProduct), worst(byProduct),
                foundProduct);
    std::printf("  by receipt digits  %6.2f / %6.2f  (%d)   (target <= 50 ms by number, trace "
                "code or time)\n",
                median(byDigits), worst(byDigits), foundDigits);
    return 0;
}
