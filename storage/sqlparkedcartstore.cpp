#include "storage/sqlparkedcartstore.h"

#include "app/core/ports/fieldcipher.h"
#include "storage/crypto/personaldata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlParkedCartStore)
};
} // namespace

SqlParkedCartStore::SqlParkedCartStore(Database& db, const FieldCipher& cipher)
    : m_db(db)
    , m_cipher(cipher)
{
}

Result<QString> SqlParkedCartStore::park(const ParkedCart& cart)
{
    // The row first (its id is the number), then the cart encrypted under that number, in one
    // transaction: a crash leaves neither.
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError().error();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("INSERT INTO parked_cart (park_no, terminal, "
                                             "parked_by, parked_at, cart_enc) VALUES "
                                             "(hex(randomblob(16)), ?, ?, ?, x'')"));
        !s)
        return s.error();
    q.bindValue(0, cart.terminal);
    q.bindValue(1, cart.parkedBy);
    q.bindValue(2, cart.parkedAt.toString(kTimeFormat));
    if (!q.exec())
        return sqlError(q, Tr::tr("保存挂单"));
    const qint64 id = q.lastInsertId().toLongLong();
    ParkedCart numbered = cart;
    numbered.parkNo =
        QStringLiteral("GD-%1-%2").arg(cart.terminal).arg(id, 4, 10, QLatin1Char('0'));
    Result<QByteArray> blob =
        m_cipher.encrypt(numbered.toJson(), crypto::personal::parkedCart(numbered.parkNo));
    if (!blob)
        return blob.error();
    QSqlQuery u(m_db.connection());
    if (Status s = prepare(u, QStringLiteral("UPDATE parked_cart SET park_no = ?, cart_enc = ? "
                                             "WHERE id = ?"));
        !s)
        return s.error();
    u.bindValue(0, numbered.parkNo);
    u.bindValue(1, *blob);
    u.bindValue(2, id);
    if (!u.exec())
        return sqlError(u, Tr::tr("保存挂单 %1").arg(numbered.parkNo));
    if (Status c = tx.commit(); !c)
        return c.error();
    return numbered.parkNo;
}

Result<ParkedCart> SqlParkedCartStore::read(const QString& parkNo, const QString& terminal,
                                            const QString& parkedBy, const QDateTime& parkedAt,
                                            const QByteArray& blob) const
{
    const auto unreadable = [&](const QString& why) {
        return makeError(
            ErrorCode::StorageFailure,
            Tr::tr("挂单 %1 无法读取（%2）：可能被改动，不能取单，可丢弃").arg(parkNo, why));
    };
    Result<QByteArray> plain = m_cipher.decrypt(blob, crypto::personal::parkedCart(parkNo));
    if (!plain)
        return unreadable(plain.error().message);
    Result<ParkedCart> cart = ParkedCart::fromJson(*plain);
    if (!cart)
        return unreadable(cart.error().message);
    // The plain columns the list shows must be what was sealed with the cart.
    if (cart->parkNo != parkNo || cart->terminal != terminal || cart->parkedBy != parkedBy
        || cart->parkedAt.toMSecsSinceEpoch() / 1000 != parkedAt.toMSecsSinceEpoch() / 1000)
        return unreadable(Tr::tr("收银台、挂单人或时间与加密的内容不符"));
    return cart;
}

Result<QList<ParkedCartStore::Entry>> SqlParkedCartStore::parkedAt(const QString& terminal) const
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral("SELECT park_no, parked_by, parked_at, cart_enc FROM "
                                      "parked_cart WHERE terminal = ? ORDER BY parked_at, id"));
        !s)
        return s.error();
    q.bindValue(0, terminal);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取挂单"));
    QList<Entry> out;
    while (q.next()) {
        const QString parkNo = q.value(0).toString();
        const QString by = q.value(1).toString();
        const QDateTime at = timeFromText(q.value(2).toString());
        Result<ParkedCart> cart = read(parkNo, terminal, by, at, q.value(3).toByteArray());
        Entry e;
        if (cart) {
            e.cart = std::move(cart).value();
        } else {
            e.cart.parkNo = parkNo;
            e.cart.terminal = terminal;
            e.cart.parkedBy = by;
            e.cart.parkedAt = at;
            e.unreadable = cart.error().message;
        }
        out.append(e);
    }
    return out;
}

Result<ParkedCart> SqlParkedCartStore::find(const QString& parkNo) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("SELECT terminal, parked_by, parked_at, cart_enc FROM "
                                             "parked_cart WHERE park_no = ?"));
        !s)
        return s.error();
    q.bindValue(0, parkNo);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取挂单 %1").arg(parkNo));
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("没有挂单 %1（已取回或已丢弃）").arg(parkNo));
    return read(parkNo, q.value(0).toString(), q.value(1).toString(),
                timeFromText(q.value(2).toString()), q.value(3).toByteArray());
}

Status SqlParkedCartStore::remove(const QString& parkNo)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("DELETE FROM parked_cart WHERE park_no = ?")); !s)
        return s;
    q.bindValue(0, parkNo);
    if (!q.exec())
        return sqlError(q, Tr::tr("移除挂单 %1").arg(parkNo));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, Tr::tr("没有挂单 %1（已被取回或丢弃）").arg(parkNo));
    return tx.commit();
}

} // namespace pos::storage
