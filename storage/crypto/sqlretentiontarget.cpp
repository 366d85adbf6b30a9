#include "storage/crypto/sqlretentiontarget.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pos::storage::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlRetentionTarget)
};
} // namespace

SqlRetentionTarget::SqlRetentionTarget(Database& db, SqlRetentionSpec spec)
    : m_db(db)
    , m_spec(std::move(spec))
{
}

Result<RetentionPage> SqlRetentionTarget::candidates(const QDateTime& cutoff, int limit,
                                                     const QString& cursor)
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(
            q, QStringLiteral("SELECT rowid, %1, %2, %3 FROM %4 WHERE rowid > ? AND "
                              "(%5) AND %2 <= ? ORDER BY rowid LIMIT ?")
                   .arg(m_spec.idSql, m_spec.timeSql,
                        m_spec.heldUntilSql.isEmpty() ? QStringLiteral("''") : m_spec.heldUntilSql,
                        m_spec.table, m_spec.holdsSql));
        !s)
        return s.error();
    q.bindValue(0, cursor.isEmpty() ? 0 : cursor.toLongLong());
    q.bindValue(1, cutoff.toString(kTimeFormat));
    q.bindValue(2, limit);
    if (!q.exec())
        return sqlError(q, Tr::tr("查找 %1 中到期的个人信息").arg(m_spec.table));
    RetentionPage page;
    page.nextCursor = cursor;
    while (q.next()) {
        RetentionItem item;
        item.handle = q.value(0).toString();
        item.id = q.value(1).toString();
        item.referenceTime = QDateTime::fromString(q.value(2).toString(), kTimeFormat);
        item.heldUntil = QDateTime::fromString(q.value(3).toString(), kTimeFormat);
        page.items.append(item);
        page.nextCursor = item.handle;
    }
    page.done = page.items.size() < limit;
    return page;
}

Status SqlRetentionTarget::remove(const RetentionItem& item)
{
    // The row's old bytes are overwritten in the file, not left in a free page for anyone with a
    // copy of the database to read (the WAL is truncated by the caller's checkpoint).
    if (Status s = m_db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s;
    // Normal durability: an anonymisation lost to a power cut is simply done again the next day.
    Transaction tx(m_db, Durability::Normal);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
    QSqlQuery q(m_db.connection());
    const QString sql =
        m_spec.action == RetentionAction::Delete
            ? QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(m_spec.table)
            : QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?")
                  .arg(m_spec.table, m_spec.anonymiseSets.join(QStringLiteral(", ")));
    if (Status s = prepare(q, sql); !s)
        return s;
    q.bindValue(0, item.handle.toLongLong());
    if (!q.exec())
        return sqlError(q, Tr::tr("清除 %1 %2 的个人信息").arg(m_spec.table, item.id));
    return tx.commit();
}

Result<RetentionHolding> SqlRetentionTarget::holding(const QList<QDateTime>& bucketStarts)
{
    QString buckets;
    for (const QDateTime& start : bucketStarts)
        buckets +=
            QStringLiteral(", SUM(%1 >= '%2')").arg(m_spec.timeSql, start.toString(kTimeFormat));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), MIN(%1)%2 FROM %3 WHERE %4")
                    .arg(m_spec.timeSql, buckets, m_spec.table, m_spec.holdsSql))
        || !q.next())
        return sqlError(q, Tr::tr("统计 %1 的个人信息").arg(m_spec.table));
    RetentionHolding h;
    h.count = q.value(0).toLongLong();
    h.oldest = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
    // SUM(time >= start_i) counts everything newer than each boundary; buckets are the differences.
    qint64 newer = 0;
    for (qsizetype i = 0; i < bucketStarts.size(); ++i) {
        const qint64 atLeast = q.value(int(2 + i)).toLongLong();
        h.byAge.append(atLeast - newer);
        newer = atLeast;
    }
    h.byAge.append(h.count - newer);
    return h;
}

} // namespace pos::storage::crypto
