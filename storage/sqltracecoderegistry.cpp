#include "storage/sqltracecoderegistry.h"

#include "storage/database.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlTraceCodeRegistry)
};

} // namespace

std::optional<TraceCodeRecord> SqlTraceCodeRegistry::find(const QString& code) const
{
    // Asked at every scan of a box's code: prepared once.
    Result<QSqlQuery*> prepared =
        m_db.statement(QStringLiteral("SELECT product_id, batch_id, received_at, purchase_doc, "
                                      "sale_no, sold_at FROM trace_code WHERE code = ?"));
    if (!prepared)
        return std::nullopt;
    QSqlQuery& q = **prepared;
    q.bindValue(0, code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    TraceCodeRecord r;
    r.code = code;
    r.productId = q.value(0).toLongLong();
    r.batchId = q.value(1).toLongLong();
    r.received = !q.value(2).toString().isEmpty();
    r.purchaseDoc = q.value(3).toString();
    r.saleNo = q.value(4).toString();
    r.soldAt = timeFromText(q.value(5).toString());
    q.finish();
    return r;
}

std::optional<qint64> SqlTraceCodeRegistry::productForPrefix(const QString& prefix) const
{
    if (prefix.isEmpty())
        return std::nullopt;
    Result<QSqlQuery*> prepared =
        m_db.statement(QStringLiteral("SELECT id FROM product WHERE trace_prefix = ? "
                                      "UNION ALL SELECT product_id FROM trace_prefix_learned "
                                      "WHERE prefix = ? LIMIT 1"));
    if (!prepared)
        return std::nullopt;
    QSqlQuery& q = **prepared;
    q.bindValue(0, prefix);
    q.bindValue(1, prefix);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 productId = q.value(0).toLongLong();
    q.finish();
    return productId;
}

Status SqlTraceCodeRegistry::learnPrefix(const QString& prefix, qint64 productId,
                                         const QString& operatorName, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("INSERT OR IGNORE INTO trace_prefix_learned "
                                             "(prefix, product_id, learned_at, learned_by) "
                                             "VALUES (?,?,?,?)"));
        !s)
        return s;
    q.bindValue(0, prefix);
    q.bindValue(1, productId);
    q.bindValue(2, at.toString(kTimeFormat));
    q.bindValue(3, operatorName);
    if (!q.exec())
        return sqlError(q, Tr::tr("记住追溯码前缀 %1").arg(prefix));
    qCInfo(lcStorage) << "learned trace prefix" << prefix << "-> product" << productId;
    return {};
}

void SqlScanJournal::record(const ScanJournalEntry& e)
{
    // Every scan writes one: prepared once.
    Result<QSqlQuery*> prepared =
        m_db.statement(QStringLiteral("INSERT INTO scan_journal (scanned_at, source, symbology, "
                                      "payload_hex, family, outcome, reason, elapsed_us, operator) "
                                      "VALUES (?,?,?,?,?,?,?,?,?)"));
    if (!prepared)
        return;
    QSqlQuery& q = **prepared;
    // Unset text (no reason on a clean scan, nobody logged in yet) is bound as empty text.
    q.bindValue(0, e.at.toString(kTimeFormat));
    q.bindValue(1, nonNull(e.source));
    q.bindValue(2, nonNull(e.symbology));
    q.bindValue(3, QString::fromLatin1(e.payload.toHex()));
    q.bindValue(4, nonNull(e.family));
    q.bindValue(5, nonNull(e.outcome));
    q.bindValue(6, nonNull(e.reason));
    q.bindValue(7, e.elapsedUs);
    q.bindValue(8, nonNull(e.operatorName));
    if (!q.exec())
        qCWarning(lcStorage) << "scan journal write failed:" << sqlError(q, QString()).message;
}

QList<ScanJournalEntry> SqlScanJournal::recent(int limit) const
{
    QList<ScanJournalEntry> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT scanned_at, source, symbology, payload_hex, family, "
                                   "outcome, reason, elapsed_us, operator FROM scan_journal "
                                   "ORDER BY id DESC LIMIT ?")))
        return out;
    q.bindValue(0, limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        ScanJournalEntry e;
        e.at = QDateTime::fromString(q.value(0).toString(), kTimeFormat);
        e.source = q.value(1).toString();
        e.symbology = q.value(2).toString();
        e.payload = QByteArray::fromHex(q.value(3).toString().toLatin1());
        e.family = q.value(4).toString();
        e.outcome = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.elapsedUs = q.value(7).toLongLong();
        e.operatorName = q.value(8).toString();
        out.append(e);
    }
    return out;
}

} // namespace pos::storage
