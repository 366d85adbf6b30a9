#include "storage/sqlshiftstore.h"

#include "app/core/payment/tender.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace pos::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlShiftStore)
};

const QString kColumns = QStringLiteral(
    "id, shift_no, terminal, cashier, cashier_name, opened_at, float_fen, closed_at, closed_by, "
    "counted, totals");

QByteArray countedJson(const CashCount& c)
{
    QJsonObject o;
    for (auto it = c.pieces.cbegin(); it != c.pieces.cend(); ++it)
        if (it.value() > 0)
            o.insert(QString::number(it.key()), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

CashCount countedOf(const QString& json)
{
    CashCount c;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        c.pieces.insert(it.key().toInt(), it.value().toInt());
    return c;
}

QByteArray totalsJson(const TillTotals& t)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("sales"), t.sales},
                                     {QStringLiteral("sales_fen"), t.salesTotal.fen()},
                                     {QStringLiteral("cash_sales"), t.cashSales},
                                     {QStringLiteral("cash_fen"), t.cashTaken.fen()},
                                     {QStringLiteral("insured_sales"), t.insuredSales},
                                     {QStringLiteral("insured_fen"), t.insuredTotal.fen()},
                                     {QStringLiteral("wechat_sales"), t.wechatSales},
                                     {QStringLiteral("wechat_fen"), t.wechatTaken.fen()},
                                     {QStringLiteral("alipay_sales"), t.alipaySales},
                                     {QStringLiteral("alipay_fen"), t.alipayTaken.fen()},
                                     {QStringLiteral("card_sales"), t.cardSales},
                                     {QStringLiteral("card_fen"), t.cardTaken.fen()},
                                     {QStringLiteral("rounding_fen"), t.roundingGiven.fen()},
                                     {QStringLiteral("returns"), t.returns},
                                     {QStringLiteral("cash_refunded_fen"), t.cashRefunded.fen()},
                                     {QStringLiteral("other_refunded_fen"), t.otherRefunded.fen()}})
        .toJson(QJsonDocument::Compact);
}

TillTotals totalsOf(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    TillTotals t;
    t.sales = o.value(QStringLiteral("sales")).toInt();
    t.salesTotal = Money::fromFen(o.value(QStringLiteral("sales_fen")).toInteger());
    t.cashSales = o.value(QStringLiteral("cash_sales")).toInt();
    t.cashTaken = Money::fromFen(o.value(QStringLiteral("cash_fen")).toInteger());
    t.insuredSales = o.value(QStringLiteral("insured_sales")).toInt();
    t.insuredTotal = Money::fromFen(o.value(QStringLiteral("insured_fen")).toInteger());
    t.returns = o.value(QStringLiteral("returns")).toInt();
    t.cashRefunded = Money::fromFen(o.value(QStringLiteral("cash_refunded_fen")).toInteger());
    t.wechatSales = o.value(QStringLiteral("wechat_sales")).toInt();
    t.wechatTaken = Money::fromFen(o.value(QStringLiteral("wechat_fen")).toInteger());
    t.alipaySales = o.value(QStringLiteral("alipay_sales")).toInt();
    t.alipayTaken = Money::fromFen(o.value(QStringLiteral("alipay_fen")).toInteger());
    t.cardSales = o.value(QStringLiteral("card_sales")).toInt();
    t.cardTaken = Money::fromFen(o.value(QStringLiteral("card_fen")).toInteger());
    t.roundingGiven = Money::fromFen(o.value(QStringLiteral("rounding_fen")).toInteger());
    t.otherRefunded = Money::fromFen(o.value(QStringLiteral("other_refunded_fen")).toInteger());
    return t;
}

Shift shiftOf(const QSqlQuery& q)
{
    Shift s;
    s.id = q.value(0).toLongLong();
    s.shiftNo = q.value(1).toString();
    s.terminal = q.value(2).toString();
    s.cashier = q.value(3).toString();
    s.cashierName = q.value(4).toString();
    s.openedAt = timeFromText(q.value(5).toString());
    s.openingFloat = Money::fromFen(q.value(6).toLongLong());
    if (!q.value(7).isNull())
        s.closedAt = timeFromText(q.value(7).toString());
    s.closedBy = q.value(8).toString();
    s.counted = countedOf(q.value(9).toString());
    s.totals = totalsOf(q.value(10).toString());
    return s;
}
} // namespace

Result<std::optional<Shift>> SqlShiftStore::openAt(const QString& terminal) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("SELECT %1 FROM shift WHERE terminal = ? AND "
                                             "closed_at IS NULL")
                                  .arg(kColumns));
        !s)
        return s.error();
    q.bindValue(0, terminal);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取收银台 %1 的班次").arg(terminal));
    if (!q.next())
        return std::optional<Shift>();
    return std::optional<Shift>(shiftOf(q));
}

Result<Shift> SqlShiftStore::open(const Shift& shift)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError().error();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("INSERT INTO shift (shift_no, terminal, cashier, "
                                             "cashier_name, opened_at, float_fen) VALUES "
                                             "(hex(randomblob(16)), ?, ?, ?, ?, ?)"));
        !s)
        return s.error();
    q.bindValue(0, shift.terminal);
    q.bindValue(1, shift.cashier);
    q.bindValue(2, shift.cashierName);
    q.bindValue(3, shift.openedAt.toString(kTimeFormat));
    q.bindValue(4, shift.openingFloat.fen());
    if (!q.exec()) {
        // shift_open_per_till: another shift is open at this till (another window got there).
        if (Result<std::optional<Shift>> other = openAt(shift.terminal);
            other && other->has_value())
            return makeError(ErrorCode::WrongState,
                             Tr::tr("收银台 %1 已有未交班的班次 %2（%3）")
                                 .arg(shift.terminal, (*other)->shiftNo, (*other)->cashierName));
        return sqlError(q, Tr::tr("开班"));
    }
    Shift opened = shift;
    opened.id = q.lastInsertId().toLongLong();
    opened.shiftNo =
        QStringLiteral("BC-%1-%2").arg(shift.terminal).arg(opened.id, 4, 10, QLatin1Char('0'));
    QSqlQuery u(m_db.connection());
    if (Status s = prepare(u, QStringLiteral("UPDATE shift SET shift_no = ? WHERE id = ?")); !s)
        return s.error();
    u.bindValue(0, opened.shiftNo);
    u.bindValue(1, opened.id);
    if (!u.exec())
        return sqlError(u, Tr::tr("开班"));
    if (Status c = tx.commit(); !c)
        return c.error();
    return opened;
}

Status SqlShiftStore::close(const Shift& shift)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral("UPDATE shift SET closed_at = ?, closed_by = ?, "
                                      "counted_fen = ?, counted = ?, totals = ? WHERE id = ? "
                                      "AND closed_at IS NULL"));
        !s)
        return s;
    q.bindValue(0, shift.closedAt.toString(kTimeFormat));
    q.bindValue(1, shift.closedBy);
    q.bindValue(2, shift.counted.total().fen());
    q.bindValue(3, QString::fromUtf8(countedJson(shift.counted)));
    q.bindValue(4, QString::fromUtf8(totalsJson(shift.totals)));
    q.bindValue(5, shift.id);
    if (!q.exec())
        return sqlError(q, Tr::tr("交班 %1").arg(shift.shiftNo));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("班次 %1 已经交班（在别处先交了）").arg(shift.shiftNo));
    return tx.commit();
}

Result<TillTotals> SqlShiftStore::totals(const QString& terminal, const QDateTime& from,
                                         const QDateTime& to) const
{
    TillTotals t;
    const QString a = from.toString(kTimeFormat);
    const QString b = to.toString(kTimeFormat);
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total_fen), 0) FROM "
                                             "sale WHERE terminal = ? AND sold_at >= ? AND "
                                             "sold_at < ?"));
        !s)
        return s.error();
    q.bindValue(0, terminal);
    q.bindValue(1, a);
    q.bindValue(2, b);
    if (!q.exec() || !q.next())
        return sqlError(q, Tr::tr("统计收银台 %1 的销售").arg(terminal));
    t.sales = q.value(0).toInt();
    t.salesTotal = Money::fromFen(q.value(1).toLongLong());
    // By tender: how many sales each took part in, and what it paid.
    QSqlQuery k(m_db.connection());
    if (Status s = prepare(k, QStringLiteral("SELECT t.kind, COUNT(DISTINCT t.sale_id), "
                                             "SUM(t.amount_fen) FROM sale s JOIN sale_tender t ON "
                                             "t.sale_id = s.id WHERE s.terminal = ? AND s.sold_at "
                                             ">= ? AND s.sold_at < ? GROUP BY t.kind"));
        !s)
        return s.error();
    k.bindValue(0, terminal);
    k.bindValue(1, a);
    k.bindValue(2, b);
    if (!k.exec())
        return sqlError(k, Tr::tr("统计收银台 %1 的支付方式").arg(terminal));
    while (k.next()) {
        const int n = k.value(1).toInt();
        const Money m = Money::fromFen(k.value(2).toLongLong());
        switch (tenderFromName(k.value(0).toString()).value_or(TenderKind::Rounding)) {
        case TenderKind::Cash:
            t.cashSales = n;
            t.cashTaken = m;
            break;
        case TenderKind::Insurance:
            t.insuredSales = n;
            t.insuredTotal = m;
            break;
        case TenderKind::WeChat:
            t.wechatSales = n;
            t.wechatTaken = m;
            break;
        case TenderKind::Alipay:
            t.alipaySales = n;
            t.alipayTaken = m;
            break;
        case TenderKind::BankCard:
            t.cardSales = n;
            t.cardTaken = m;
            break;
        case TenderKind::Rounding: t.roundingGiven = m; break;
        }
    }
    // Returns: the returned sale's cash part went back in cash, the rest the way it was paid.
    QSqlQuery r(m_db.connection());
    if (Status s = prepare(
            r, QStringLiteral("SELECT COUNT(*), COALESCE(SUM((SELECT SUM(c.amount_fen) FROM "
                              "sale_tender c WHERE c.sale_id = r.sale_id AND c.kind = 'cash')), "
                              "0), COALESCE(SUM(r.refund_fen), 0) FROM sale_return r JOIN sale s "
                              "ON s.id = r.sale_id WHERE s.terminal = ? AND r.returned_at >= ? "
                              "AND r.returned_at < ?"));
        !s)
        return s.error();
    r.bindValue(0, terminal);
    r.bindValue(1, a);
    r.bindValue(2, b);
    if (!r.exec() || !r.next())
        return sqlError(r, Tr::tr("统计收银台 %1 的退货").arg(terminal));
    t.returns = r.value(0).toInt();
    t.cashRefunded = Money::fromFen(std::min(r.value(1).toLongLong(), r.value(2).toLongLong()));
    t.otherRefunded = Money::fromFen(r.value(2).toLongLong()) - t.cashRefunded;
    return t;
}

Result<QList<Shift>> SqlShiftStore::shiftsOn(const QDate& day) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("SELECT %1 FROM shift WHERE opened_at >= ? AND "
                                             "opened_at < ? ORDER BY opened_at, id")
                                  .arg(kColumns));
        !s)
        return s.error();
    q.bindValue(0, day.startOfDay().toString(kTimeFormat));
    q.bindValue(1, day.addDays(1).startOfDay().toString(kTimeFormat));
    if (!q.exec())
        return sqlError(q, Tr::tr("读取 %1 的班次").arg(day.toString(Qt::ISODate)));
    QList<Shift> out;
    while (q.next())
        out.append(shiftOf(q));
    return out;
}

Result<QStringList> SqlShiftStore::tillsOn(const QDate& day) const
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral("SELECT DISTINCT terminal FROM sale WHERE sold_at >= ? "
                                      "AND sold_at < ? ORDER BY terminal"));
        !s)
        return s.error();
    q.bindValue(0, day.startOfDay().toString(kTimeFormat));
    q.bindValue(1, day.addDays(1).startOfDay().toString(kTimeFormat));
    if (!q.exec())
        return sqlError(q, Tr::tr("读取 %1 的收银台").arg(day.toString(Qt::ISODate)));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace pos::storage
