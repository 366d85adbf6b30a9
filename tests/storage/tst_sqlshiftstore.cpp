// Shifts in the database (交班/日结, issue 19, migration 0024): one open per till, closed once,
// the takings of a till in a span read from its recorded sales and returns — by payment, other
// tills and other times left out — and kept as they were at the close.
#include "storage/database.h"
#include "storage/sqlshiftstore.h"
#include "tests/support/teststore.h"

#include <QSqlQuery>
#include <QTest>

using namespace pos;
using namespace pos::storage;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute));
}

/// A sale row as the ledger writes it (total = tendered − change).
bool sale(Database& db, const QString& no, const QString& till, const QDateTime& when,
          qint64 totalFen, const QString& method)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                             "payment_method, tendered_fen, change_fen) VALUES (?,?,?,?,?,?,?,0)"));
    for (const QVariant& v : {QVariant(no), QVariant(when.toString(kTimeFormat)), QVariant(till),
                              QVariant(QStringLiteral("张三")), QVariant(totalFen),
                              QVariant(method), QVariant(totalFen)})
        q.addBindValue(v);
    if (!q.exec())
        return false;
    // …with its one tender, as the ledger writes it.
    QSqlQuery t(db.connection());
    t.prepare(QStringLiteral("INSERT INTO sale_tender (sale_id, seq, kind, amount_fen) SELECT id, "
                             "1, payment_method, total_fen FROM sale WHERE sale_no = ?"));
    t.addBindValue(no);
    return t.exec() && t.numRowsAffected() == 1;
}

bool returned(Database& db, const QString& saleNo, const QDateTime& when, qint64 refundFen)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sale_return (return_no, sale_id, returned_at, operator, "
                             "reason, refund_fen) SELECT ?, id, ?, 'wangwu', '质量', ? FROM sale "
                             "WHERE sale_no = ?"));
    q.addBindValue(QString(QStringLiteral("TH-") + saleNo));
    q.addBindValue(when.toString(kTimeFormat));
    q.addBindValue(refundFen);
    q.addBindValue(saleNo);
    return q.exec() && q.numRowsAffected() == 1;
}

Shift draft(const QString& till, const QString& cashier, const QDateTime& when, qint64 floatFen)
{
    Shift s;
    s.terminal = till;
    s.cashier = cashier;
    s.cashierName = cashier == u"zhangsan" ? QStringLiteral("张三") : QStringLiteral("李四");
    s.openedAt = when;
    s.openingFloat = Money::fromFen(floatFen);
    return s;
}

} // namespace

class TestSqlShiftStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneShiftOpenPerTillClosedOnce()
    {
        testsupport::StoreFile file;
        SqlShiftStore store(file.db());
        QVERIFY(!store.openAt(QStringLiteral("T01"))->has_value());
        Result<Shift> a =
            store.open(draft(QStringLiteral("T01"), QStringLiteral("zhangsan"), at(8), 20000));
        QVERIFY(a.ok());
        QCOMPARE(a->shiftNo, QStringLiteral("BC-T01-0001"));
        // A second at the same till is refused, another till is its own.
        Result<Shift> again =
            store.open(draft(QStringLiteral("T01"), QStringLiteral("lisi"), at(9), 0));
        QCOMPARE(again.error().code, ErrorCode::WrongState);
        QVERIFY(again.error().message.contains(a->shiftNo));
        QVERIFY(store.open(draft(QStringLiteral("T02"), QStringLiteral("lisi"), at(9), 0)).ok());

        // Survives a restart; closed once, with its count and totals kept.
        QVERIFY(file.reopen().ok());
        SqlShiftStore after(file.db());
        Result<std::optional<Shift>> open = after.openAt(QStringLiteral("T01"));
        QVERIFY(open->has_value());
        Shift s = **open;
        QCOMPARE(s.openingFloat, Money::fromFen(20000));
        QCOMPARE(s.openedAt, at(8));
        s.closedAt = at(16);
        s.closedBy = QStringLiteral("zhangsan");
        s.counted.pieces = {{10000, 2}, {10, 3}};
        s.totals.sales = 7;
        s.totals.cashTaken = Money::fromFen(12345);
        QVERIFY(after.close(s).ok());
        QCOMPARE(after.close(s).error().code, ErrorCode::NotFound);
        QVERIFY(!after.openAt(QStringLiteral("T01"))->has_value());
        Result<QList<Shift>> day = after.shiftsOn(QDate(2026, 11, 23));
        QCOMPARE(day->size(), 2);
        const Shift& kept = day->first();
        QCOMPARE(kept.closedAt, at(16));
        QCOMPARE(kept.counted.total(), Money::fromFen(20030));
        QCOMPARE(kept.totals.sales, 7);
        QCOMPARE(kept.difference(), Money::fromFen(20030 - 20000 - 12345));
        QVERIFY(day->last().isOpen());
        QVERIFY(after.shiftsOn(QDate(2026, 11, 24))->isEmpty());
        // The next shift at T01 may open now.
        QVERIFY(
            after.open(draft(QStringLiteral("T01"), QStringLiteral("lisi"), at(16, 5), 0)).ok());
    }

    void takingsOfATillInASpan()
    {
        testsupport::StoreFile file;
        Database& db = file.db();
        QVERIFY(sale(db, QStringLiteral("S1"), QStringLiteral("T01"), at(7, 59), 999,
                     QStringLiteral("cash")));
        QVERIFY(sale(db, QStringLiteral("S2"), QStringLiteral("T01"), at(8), 1000,
                     QStringLiteral("cash")));
        QVERIFY(sale(db, QStringLiteral("S3"), QStringLiteral("T01"), at(9), 2000,
                     QStringLiteral("insurance")));
        QVERIFY(sale(db, QStringLiteral("S4"), QStringLiteral("T02"), at(9), 4000,
                     QStringLiteral("cash")));
        QVERIFY(sale(db, QStringLiteral("S5"), QStringLiteral("T01"), at(11, 59), 300,
                     QStringLiteral("cash")));
        QVERIFY(sale(db, QStringLiteral("S6"), QStringLiteral("T01"), at(12), 5000,
                     QStringLiteral("cash")));
        QVERIFY(returned(db, QStringLiteral("S2"), at(10), 1000));    // cash, in the span
        QVERIFY(returned(db, QStringLiteral("S3"), at(10), 2000));    // insured: not cash
        QVERIFY(returned(db, QStringLiteral("S1"), at(12, 30), 999)); // after the span
        QVERIFY(returned(db, QStringLiteral("S4"), at(10), 4000));    // another till's sale
        SqlShiftStore store(db);
        Result<TillTotals> t = store.totals(QStringLiteral("T01"), at(8), at(12));
        QVERIFY(t.ok());
        QCOMPARE(t->sales, 3); // S2, S3, S5: from 08:00 included to 12:00 excluded
        QCOMPARE(t->salesTotal, Money::fromFen(3300));
        QCOMPARE(t->cashSales, 2);
        QCOMPARE(t->cashTaken, Money::fromFen(1300));
        QCOMPARE(t->insuredSales, 1);
        QCOMPARE(t->insuredTotal, Money::fromFen(2000));
        QCOMPARE(t->returns, 2);
        QCOMPARE(t->cashRefunded, Money::fromFen(1000));
        Result<TillTotals> none = store.totals(QStringLiteral("T09"), at(0), at(23));
        QCOMPARE(none->sales, 0);
        QCOMPARE(none->salesTotal, Money());
        QCOMPARE(*store.tillsOn(QDate(2026, 11, 23)),
                 (QStringList{QStringLiteral("T01"), QStringLiteral("T02")}));
    }
};

QTEST_GUILESS_MAIN(TestSqlShiftStore)
#include "tst_sqlshiftstore.moc"
