#include "storage/sqlpaymentorderstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlPaymentOrderStore)
};

QString columns()
{
    return QStringLiteral("order_no, terminal, wallet, amount_fen, state, transaction_id, reason, "
                          "sale_no, created_at, updated_at");
}

WalletOrder readOrder(const QSqlQuery& q)
{
    WalletOrder o;
    o.orderNo = q.value(0).toString();
    o.terminal = q.value(1).toString();
    o.wallet = tenderFromName(q.value(2).toString()).value_or(TenderKind::WeChat);
    o.amount = Money::fromFen(q.value(3).toLongLong());
    o.state = walletOrderStateFromName(q.value(4).toString()).value_or(WalletOrderState::Unknown);
    o.transactionId = q.value(5).toString();
    o.reason = q.value(6).toString();
    o.saleNo = q.value(7).toString();
    o.createdAt = QDateTime::fromString(q.value(8).toString(), kTimeFormat);
    o.updatedAt = QDateTime::fromString(q.value(9).toString(), kTimeFormat);
    return o;
}
} // namespace

SqlPaymentOrderStore::SqlPaymentOrderStore(Database& db)
    : m_db(db)
{
}

Result<QString> SqlPaymentOrderStore::create(const QString& terminal, TenderKind wallet,
                                             Money amount, const QDateTime& at)
{
    if (!isWallet(wallet) || amount.fen() <= 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("付款单须为微信或支付宝、金额大于零"));
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError().error();
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral("INSERT INTO payment_order (order_no, terminal, "
                                      "wallet, amount_fen, state, created_at, updated_at) "
                                      "VALUES (hex(randomblob(16)), ?, ?, ?, 'created', ?, ?)"));
        !s)
        return s.error();
    const QString when = at.toString(kTimeFormat);
    q.bindValue(0, terminal);
    q.bindValue(1, tenderName(wallet));
    q.bindValue(2, amount.fen());
    q.bindValue(3, when);
    q.bindValue(4, when);
    if (!q.exec())
        return sqlError(q, Tr::tr("保存付款单"));
    const qint64 id = q.lastInsertId().toLongLong();
    const QString orderNo = QStringLiteral("ZF%1-%2-%3")
                                .arg(at.date().toString(QStringLiteral("yyMMdd")), terminal)
                                .arg(id, 6, 10, QLatin1Char('0'));
    QSqlQuery u(m_db.connection());
    if (Status s = prepare(u, QStringLiteral("UPDATE payment_order SET order_no = ? WHERE id = ?"));
        !s)
        return s.error();
    u.bindValue(0, orderNo);
    u.bindValue(1, id);
    if (!u.exec())
        return sqlError(u, Tr::tr("保存付款单"));
    if (Status c = tx.commit(); !c)
        return c.error();
    return orderNo;
}

Status SqlPaymentOrderStore::update(const QString& orderNo, WalletOrderState state,
                                    const QString& transactionId, const QString& reason,
                                    const QDateTime& at)
{
    // A settled order (its sale recorded it, in the sale's own transaction) never moves again.
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(
            q, QStringLiteral("UPDATE payment_order SET state = ?, transaction_id = "
                              "CASE WHEN ? <> '' THEN ? ELSE transaction_id END, reason = ?, "
                              "updated_at = ? WHERE order_no = ? AND state <> 'settled'"));
        !s)
        return s;
    // Never NULL: a provider that said nothing leaves an empty text.
    const QString txn = transactionId.isNull() ? QStringLiteral("") : transactionId;
    const QString why = reason.isNull() ? QStringLiteral("") : reason.left(500);
    q.bindValue(0, walletOrderStateName(state));
    q.bindValue(1, txn);
    q.bindValue(2, txn);
    q.bindValue(3, why);
    q.bindValue(4, at.toString(kTimeFormat));
    q.bindValue(5, orderNo);
    if (!q.exec())
        return sqlError(q, Tr::tr("更新付款单 %1").arg(orderNo));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("付款单 %1 不存在或已随销售记账").arg(orderNo));
    return {};
}

Result<std::optional<WalletOrder>> SqlPaymentOrderStore::find(const QString& orderNo) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(
            q, QStringLiteral("SELECT %1 FROM payment_order WHERE order_no = ?").arg(columns()));
        !s)
        return s.error();
    q.bindValue(0, orderNo);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取付款单 %1").arg(orderNo));
    if (!q.next())
        return std::optional<WalletOrder>();
    return std::optional<WalletOrder>(readOrder(q));
}

Result<QList<WalletOrder>> SqlPaymentOrderStore::unresolved(const QString& terminal) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("SELECT %1 FROM payment_order WHERE terminal = ? AND "
                                             "state IN ('created', 'unknown', 'reversing', "
                                             "'paid') ORDER BY id")
                                  .arg(columns()));
        !s)
        return s.error();
    q.bindValue(0, terminal);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取未了结的付款单"));
    QList<WalletOrder> out;
    while (q.next())
        out << readOrder(q);
    return out;
}

} // namespace pos::storage
