#include "storage/crypto/sqlencryptedcolumns.h"

#include "storage/crypto/opensslfieldcipher.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace pos::storage::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlColumnHolder)
};
} // namespace

SqlColumnHolder::SqlColumnHolder(Database& db, SqlHolderSpec spec)
    : m_db(db)
    , m_spec(std::move(spec))
{
}

Result<HolderCensus> SqlColumnHolder::census()
{
    HolderCensus c;
    for (const SqlEncryptedColumn& col : m_spec.columns) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT substr(%1, %2, %3), COUNT(*) FROM %4 WHERE %1 IS NOT "
                                   "NULL GROUP BY 1")
                        .arg(col.column)
                        .arg(kFieldBlobKeyIdOffset + 1)
                        .arg(kKeyIdBytes)
                        .arg(m_spec.table)))
            return sqlError(q, Tr::tr("统计 %1.%2 的加密数据").arg(m_spec.table, col.column));
        while (q.next())
            c.byKeyId[q.value(0).toByteArray()] += q.value(1).toLongLong();
    }
    if (!m_spec.plainCountSql.isEmpty()) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(m_spec.plainCountSql) || !q.next())
            return sqlError(q, Tr::tr("统计 %1 的明文个人信息").arg(m_spec.table));
        c.plain = q.value(0).toLongLong();
    }
    return c;
}

Result<RotationBatch> SqlColumnHolder::rotateBatch(const QString& cursor,
                                                   const Reencryptor& reencryptor, int maxItems)
{
    const QByteArray target = reencryptor.targetKeyId();
    QStringList cols, stale;
    for (const SqlEncryptedColumn& col : m_spec.columns) {
        cols << col.column;
        stale << QStringLiteral("substr(%1, %2, %3) <> :kid")
                     .arg(col.column)
                     .arg(kFieldBlobKeyIdOffset + 1)
                     .arg(kKeyIdBytes);
    }
    QSqlQuery select(m_db.connection());
    if (Status s = prepare(select, QStringLiteral("SELECT rowid, %1, %2 FROM %3 WHERE rowid > "
                                                  ":cursor AND (%4) ORDER BY rowid LIMIT :n")
                                       .arg(m_spec.rowKeySql, cols.join(u','), m_spec.table,
                                            stale.join(QStringLiteral(" OR "))));
        !s)
        return s.error();
    select.bindValue(QStringLiteral(":cursor"), cursor.isEmpty() ? 0 : cursor.toLongLong());
    select.bindValue(QStringLiteral(":kid"), target);
    select.bindValue(QStringLiteral(":n"), maxItems);
    if (!select.exec())
        return sqlError(select, Tr::tr("读取 %1 的加密数据").arg(m_spec.table));

    struct Row
    {
        qint64 rowid;
        QString key;
        QList<QByteArray> blobs;
    };
    QList<Row> rows;
    while (select.next()) {
        Row r{select.value(0).toLongLong(), select.value(1).toString(), {}};
        for (qsizetype i = 0; i < cols.size(); ++i)
            r.blobs << select.value(int(2 + i)).toByteArray();
        rows << r;
    }
    select.finish();

    RotationBatch batch;
    batch.nextCursor = rows.isEmpty() ? cursor : QString::number(rows.last().rowid);
    batch.finished = rows.size() < maxItems;
    if (rows.isEmpty())
        return batch;

    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
    // Rows mostly rewrite the same columns: one prepared UPDATE per set of columns.
    QHash<QString, std::shared_ptr<QSqlQuery>> updates;
    for (const Row& r : rows) {
        QStringList sets;
        QList<QByteArray> values;
        qint64 blobsRewritten = 0;
        for (qsizetype i = 0; i < m_spec.columns.size(); ++i) {
            const SqlEncryptedColumn& col = m_spec.columns.at(i);
            const QByteArray& blob = r.blobs.at(i);
            if (blob.isNull() || Reencryptor::fieldKeyId(blob) == target)
                continue;
            QByteArray plain;
            Result<QByteArray> fresh =
                reencryptor.reencryptField(blob, FieldContext{m_spec.table, col.column, r.key},
                                           col.hashes.isEmpty() ? nullptr : &plain);
            if (!fresh)
                return makeError(fresh.error().code, Tr::tr("%1 第 %2 行：%3")
                                                         .arg(m_spec.table)
                                                         .arg(r.rowid)
                                                         .arg(fresh.error().message));
            sets << col.column + QStringLiteral(" = ?");
            values << *fresh;
            ++blobsRewritten;
            for (const SqlHashColumn& h : col.hashes) {
                QString value = h.extract ? h.extract(plain) : QString::fromUtf8(plain);
                const QByteArray hash = reencryptor.lookupHash(h.kind, value);
                cleanse(value);
                sets << h.column + QStringLiteral(" = ?");
                values << (hash.isEmpty() ? QByteArray() : hash);
            }
            cleanse(plain);
        }
        if (sets.isEmpty())
            continue;
        const QString setList = sets.join(QStringLiteral(", "));
        std::shared_ptr<QSqlQuery>& update = updates[setList];
        if (!update) {
            update = std::make_shared<QSqlQuery>(m_db.connection());
            if (Status s = prepare(
                    *update,
                    QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?").arg(m_spec.table, setList));
                !s)
                return s.error();
        }
        int i = 0;
        for (const QByteArray& v : values)
            update->bindValue(i++, v.isNull() ? QVariant(QMetaType(QMetaType::QByteArray))
                                              : QVariant(v));
        update->bindValue(i, r.rowid);
        if (!update->exec())
            return sqlError(*update, Tr::tr("改写 %1 的加密数据").arg(m_spec.table));
        batch.rewritten += blobsRewritten;
        reencryptor.crashPoint("row-rewritten");
    }
    for (auto& u : updates)
        u->finish();
    if (Status s = tx.commit(); !s)
        return s.error();
    reencryptor.crashPoint("batch-committed");
    return batch;
}

SqlMacHolder::SqlMacHolder(Database& db, SqlMacHolderSpec spec)
    : m_db(db)
    , m_spec(std::move(spec))
{
}

Result<HolderCensus> SqlMacHolder::census()
{
    HolderCensus c;
    QSqlQuery q(m_db.connection());
    // A MAC token is "M1" | key id (8) | MAC.
    if (!q.exec(QStringLiteral("SELECT substr(%1, 3, %2), COUNT(*) FROM %3 WHERE %1 IS NOT NULL "
                               "GROUP BY 1")
                    .arg(m_spec.tokenColumn)
                    .arg(kKeyIdBytes)
                    .arg(m_spec.table)))
        return sqlError(q, Tr::tr("统计 %1 的校验码").arg(m_spec.table));
    while (q.next())
        c.byKeyId[q.value(0).toByteArray()] += q.value(1).toLongLong();
    return c;
}

Result<RotationBatch> SqlMacHolder::rotateBatch(const QString& cursor,
                                                const Reencryptor& reencryptor, int maxItems)
{
    QSqlQuery select(m_db.connection());
    if (Status s = prepare(select, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? AND "
                                                  "%1 IS NOT NULL AND substr(%1, 3, %3) <> ? "
                                                  "ORDER BY rowid LIMIT ?")
                                       .arg(m_spec.tokenColumn, m_spec.table)
                                       .arg(kKeyIdBytes));
        !s)
        return s.error();
    select.bindValue(0, cursor.isEmpty() ? 0 : cursor.toLongLong());
    select.bindValue(1, reencryptor.targetKeyId());
    select.bindValue(2, maxItems);
    if (!select.exec())
        return sqlError(select, Tr::tr("读取 %1 的校验码").arg(m_spec.table));
    QList<std::pair<qint64, QByteArray>> rows;
    while (select.next())
        rows.append({select.value(0).toLongLong(), select.value(1).toByteArray()});
    select.finish();
    RotationBatch batch;
    batch.nextCursor = rows.isEmpty() ? cursor : QString::number(rows.last().first);
    batch.finished = rows.size() < maxItems;
    if (rows.isEmpty())
        return batch;
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
    QSqlQuery update(m_db.connection());
    if (Status s = prepare(update, QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?")
                                       .arg(m_spec.table, m_spec.tokenColumn));
        !s)
        return s.error();
    for (const auto& [rowid, token] : rows) {
        Result<QByteArray> data = m_spec.data(m_db, rowid);
        if (!data)
            return data.error();
        Result<QByteArray> fresh = reencryptor.remac(*data, token, m_spec.purpose);
        if (!fresh)
            return makeError(fresh.error().code,
                             Tr::tr("%1 第 %2 行的校验码不符（内容被改动？）：%3")
                                 .arg(m_spec.table)
                                 .arg(rowid)
                                 .arg(fresh.error().message));
        update.bindValue(0, *fresh);
        update.bindValue(1, rowid);
        if (!update.exec())
            return sqlError(update, Tr::tr("改写 %1 的校验码").arg(m_spec.table));
        ++batch.rewritten;
        reencryptor.crashPoint("row-rewritten");
    }
    update.finish();
    if (Status s = tx.commit(); !s)
        return s.error();
    reencryptor.crashPoint("batch-committed");
    return batch;
}

} // namespace pos::storage::crypto
