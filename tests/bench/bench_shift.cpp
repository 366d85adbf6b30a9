// Issue 19's 交班 figure: the summary of a 2,000-sale shift at one till of a store with years of
// sales (default 1,000,000 at 10 tills over three years), on the path the cashier's 交班 runs —
// ShiftService::handOver over the SQL shift store: the open shift read, its takings summed from
// sale and sale_return (indexed by till and time), the shift closed (FULL durability), audited,
// the 交班单 laid out and handed to the printer (a fake that keeps the document, so the
// simulated printer's files are not in the figure). Also the 日结 of the shift's day.
//   target: 交班 summary of a 2,000-sale shift ≤ 200 ms
//
//   build/release/tests/bench/bench_shift [history-sales] [--dir DIR]
// Prints its figures; asserts nothing.

#include "app/core/ports/clock.h"
#include "app/core/shift/shiftservice.h"
#include "storage/database.h"
#include "storage/sqlshiftstore.h"
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

bool insertSales(storage::Database& db, qint64 count, const QDateTime& from, qint64 spanSecs,
                 const QString& onlyTill, qint64& serial)
{
    storage::Transaction tx(db);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                             "payment_method, tendered_fen, change_fen) VALUES (?,?,?,?,?,?,?,0)"));
    for (qint64 i = 0; i < count; ++i) {
        const qint64 n = ++serial;
        const QString till = onlyTill.isEmpty()
                                 ? QStringLiteral("T%1").arg(n % 10 + 1, 2, 10, QLatin1Char('0'))
                                 : onlyTill;
        const qint64 fen = 500 + (n * 7919) % 20000;
        q.bindValue(0, QStringLiteral("XS-%1").arg(n));
        q.bindValue(
            1,
            from.addSecs(spanSecs * i / std::max<qint64>(1, count)).toString(storage::kTimeFormat));
        q.bindValue(2, till);
        q.bindValue(3, QStringLiteral("张三"));
        q.bindValue(4, fen);
        q.bindValue(5, n % 5 == 0 ? QStringLiteral("insurance") : QStringLiteral("cash"));
        q.bindValue(6, fen);
        if (!q.exec())
            return false;
    }
    return tx.commit().ok();
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
    return 0;
}
