#include "storage/sqltracecoderegistry.h"

#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

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
    // A credential's payload goes to its side table in the row's own transaction (the id is the
    // row's): never to payload_hex.
    const bool personal = !e.payload.isEmpty() && crypto::personal::isPersonalScanFamily(e.family);
    std::optional<Transaction> tx;
    if (personal && !m_db.inTransaction()) {
        tx.emplace(m_db);
        if (!tx->isActive()) {
            qCWarning(lcStorage).noquote()
                << "scan journal write failed:" << tx->beginError().error().message;
            return;
        }
    }
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
    q.bindValue(3, personal ? QString(QLatin1String("")) : QString::fromLatin1(e.payload.toHex()));
    q.bindValue(4, nonNull(e.family));
    q.bindValue(5, nonNull(e.outcome));
    q.bindValue(6, nonNull(e.reason));
    q.bindValue(7, e.elapsedUs);
    q.bindValue(8, nonNull(e.operatorName));
    if (!q.exec()) {
        qCWarning(lcStorage) << "scan journal write failed:" << sqlError(q, QString()).message;
        return;
    }
    if (personal) {
        const qint64 id = q.lastInsertId().toLongLong();
        if (Status s = crypto::personal::writeScanPayload(m_db, m_cipher, id, e.payload); !s)
            qCWarning(lcStorage).noquote()
                << "scan journal: payload of scan" << id << "not kept:" << s.error().message;
    }
    if (tx)
        if (Status c = tx->commit(); !c)
            qCWarning(lcStorage).noquote() << "scan journal write failed:" << c.error().message;
}

QString SqlScanJournal::encryptedPayloadText()
{
    return Tr::tr("（已加密的医保电子凭证）");
}

Result<QByteArray> SqlScanJournal::decryptedPayload(qint64 scanId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("SELECT j.payload_hex, p.payload_enc FROM "
                                             "scan_journal j LEFT JOIN scan_journal_personal p "
                                             "ON p.scan_id = j.id WHERE j.id = ?"));
        !s)
        return s.error();
    q.bindValue(0, scanId);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取扫码日志"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("扫码日志中没有第 %1 条").arg(scanId));
    if (q.value(1).isNull())
        return QByteArray::fromHex(q.value(0).toString().toLatin1());
    return m_cipher.decrypt(q.value(1).toByteArray(), crypto::personal::scanPayload(scanId));
}

QList<ScanJournalEntry> SqlScanJournal::recent(int limit) const
{
    QList<ScanJournalEntry> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT j.scanned_at, j.source, j.symbology, j.payload_hex, "
                                   "j.family, j.outcome, j.reason, j.elapsed_us, j.operator, "
                                   "p.scan_id IS NOT NULL FROM scan_journal j LEFT JOIN "
                                   "scan_journal_personal p ON p.scan_id = j.id "
                                   "ORDER BY j.id DESC LIMIT ?")))
        return out;
    q.bindValue(0, limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        ScanJournalEntry e;
        e.at = QDateTime::fromString(q.value(0).toString(), kTimeFormat);
        e.source = q.value(1).toString();
        e.symbology = q.value(2).toString();
        e.payload = q.value(9).toBool() ? encryptedPayloadText().toUtf8()
                                        : QByteArray::fromHex(q.value(3).toString().toLatin1());
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
