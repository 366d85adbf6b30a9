#include "storage/stockclosings.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StockClosings)
};

QString monthText(qint64 yyyymm)
{
    return QStringLiteral("%1-%2").arg(yyyymm / 100).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<QList<QString>> checkClosings(Database& db)
{
    QList<QString> out;
    // Months with movements that are not kept: the month after one reads stale closings.
    QSqlQuery periods(db.connection());
    periods.setForwardOnly(true);
    if (!periods.exec(QStringLiteral(
            "SELECT DISTINCT CAST(substr(at, 1, 4) || substr(at, 6, 2) AS INTEGER) AS month "
            "FROM stock_movement WHERE month NOT IN (SELECT month FROM stock_period) "
            "ORDER BY month")))
        return sqlError(periods, Tr::tr("核对月末结存"));
    while (periods.next())
        out << Tr::tr("%1 有库存变动，但没有这个月的月末结存记录")
                   .arg(monthText(periods.value(0).toLongLong()));
    if (periods.lastError().isValid())
        return sqlError(periods, Tr::tr("核对月末结存"));

    // What every month's closings must be, from the movements alone (the set-based computation
    // of migration 0014), against what is kept: both ways, so a changed, a missing and an
    // invented closing all show. The months: those kept and those with movements (a month
    // missing above is not reported once more for each of its closings).
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "WITH d AS (SELECT batch_id, CAST(substr(at, 1, 4) || substr(at, 6, 2) AS INTEGER) "
            "AS month, SUM(pieces) AS pieces FROM stock_movement NOT INDEXED GROUP BY 1, 2), "
            "w AS (SELECT batch_id, month, "
            "SUM(pieces) OVER (PARTITION BY batch_id ORDER BY month) AS closing, "
            "LEAD(month) OVER (PARTITION BY batch_id ORDER BY month) AS next FROM d), "
            "months AS (SELECT month FROM stock_period UNION SELECT month FROM d), "
            "e AS (SELECT p.month, w.batch_id, w.closing FROM w JOIN months p "
            "ON p.month >= w.month AND (w.next IS NULL OR p.month < w.next) "
            "WHERE w.closing <> 0 OR p.month = w.month), "
            "diff AS (SELECT COALESCE(e.month, c.month) AS month, "
            "COALESCE(e.batch_id, c.batch_id) AS batch_id, COALESCE(e.closing, 0) AS expected, "
            "c.pieces AS kept FROM e FULL OUTER JOIN stock_closing c "
            "ON c.month = e.month AND c.batch_id = e.batch_id "
            "WHERE COALESCE(e.closing, 0) <> COALESCE(c.pieces, 0)) "
            "SELECT diff.month, diff.batch_id, diff.expected, diff.kept, p.code, p.generic_name, "
            "b.batch_no FROM diff LEFT JOIN batch b ON b.id = diff.batch_id "
            "LEFT JOIN product p ON p.id = b.product_id ORDER BY diff.month, diff.batch_id")))
        return sqlError(q, Tr::tr("核对月末结存"));
    while (q.next()) {
        const QString batch =
            Tr::tr("批次 %1（%2 %3 批号 %4）")
                .arg(QString::number(q.value(1).toLongLong()), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toString());
        const QString month = monthText(q.value(0).toLongLong());
        out << (q.value(3).isNull()
                    ? Tr::tr("%1 %2月末结存缺失：库存变动合计为 %3")
                          .arg(month, batch, QString::number(q.value(2).toLongLong()))
                    : Tr::tr("%1 %2月末结存记为 %3，库存变动合计为 %4")
                          .arg(month, batch, QString::number(q.value(3).toLongLong()),
                               QString::number(q.value(2).toLongLong())));
    }
    if (q.lastError().isValid())
        return sqlError(q, Tr::tr("核对月末结存"));
    return out;
}

} // namespace pos::storage
