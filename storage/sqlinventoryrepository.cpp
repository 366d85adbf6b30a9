#include "storage/sqlinventoryrepository.h"

#include "storage/database.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlInventoryRepository)
};
const QString kDay = QStringLiteral("yyyy-MM-dd");
} // namespace

namespace {

QList<BatchStock> batchesWithStock(Database& db, qint64 productId)
{
    QList<BatchStock> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT b.id, b.product_id, b.batch_no, b.production_date, "
                                   "b.expiry_date, b.supplier, b.cost_fen, b.quarantined, s.pieces "
                                   "FROM stock_balance s JOIN batch b ON b.id = s.batch_id "
                                   "WHERE s.product_id = ? AND s.pieces > 0 "
                                   "ORDER BY b.expiry_date, b.id")))
        return out;
    q.bindValue(0, productId);
    if (!q.exec())
        return out;
    while (q.next()) {
        BatchStock s;
        s.batch.id = q.value(0).toLongLong();
        s.batch.productId = q.value(1).toLongLong();
        s.batch.batchNo = q.value(2).toString();
        s.batch.productionDate = QDate::fromString(q.value(3).toString(), kDay);
        s.batch.expiryDate = QDate::fromString(q.value(4).toString(), kDay);
        s.batch.supplier = q.value(5).toString();
        s.batch.cost = Money::fromFen(q.value(6).toLongLong());
        s.batch.quarantined = q.value(7).toBool();
        s.pieces = q.value(8).toLongLong();
        out.append(s);
    }
    return out;
}

Result<qint64> nextNumber(Database& db, const QString& prefix)
{
    QSqlQuery q(db.connection());
    if (Status s =
            prepare(q, QStringLiteral("INSERT INTO doc_sequence (prefix, last) VALUES (?, 1) "
                                      "ON CONFLICT (prefix) DO UPDATE SET last = last + 1"));
        !s)
        return s.error();
    q.bindValue(0, prefix);
    if (!q.exec())
        return sqlError(q, Tr::tr("生成单号"));
    QSqlQuery r(db.connection());
    if (Status s = prepare(r, QStringLiteral("SELECT last FROM doc_sequence WHERE prefix = ?")); !s)
        return s.error();
    r.bindValue(0, prefix);
    if (!r.exec() || !r.next())
        return sqlError(r, Tr::tr("生成单号"));
    return r.value(0).toLongLong();
}

} // namespace

QList<DocumentMovement> SqlInventoryRepository::movementsOf(const QString& docNo) const
{
    QList<DocumentMovement> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT m.product_id, b.batch_no, m.kind, m.pieces, m.batch_id "
                                   "FROM stock_movement m JOIN batch b ON b.id = m.batch_id "
                                   "WHERE m.source_doc = ? ORDER BY m.id")))
        return out;
    q.bindValue(0, docNo);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(DocumentMovement{q.value(0).toLongLong(), q.value(1).toString(),
                                    static_cast<MovementKind>(q.value(2).toInt()),
                                    q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

QList<BatchStock> SqlInventoryRepository::batchesWithStock(qint64 productId) const
{
    return storage::batchesWithStock(m_db, productId);
}

qint64 SqlInventoryRepository::sellablePieces(qint64 productId, const QDate& day) const
{
    qint64 n = 0;
    for (const BatchStock& s : batchesWithStock(productId))
        if (isSellable(s.batch, day))
            n += s.pieces;
    return n;
}

qint64 SqlInventoryRepository::movementSum(qint64 productId) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q,
                 QStringLiteral(
                     "SELECT COALESCE(SUM(pieces), 0) FROM stock_movement WHERE product_id = ?")))
        return 0;
    q.bindValue(0, productId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<StockLine> SqlInventoryRepository::stockOverview() const
{
    QList<StockLine> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT p.code, p.generic_name, p.trade_name, p.spec, p.strips_per_box * p.pieces_per_strip, "
            "b.id, b.batch_no, b.production_date, b.expiry_date, b.supplier, b.quarantined, s.pieces, p.id "
            "FROM stock_balance s JOIN batch b ON b.id = s.batch_id JOIN product p ON p.id = s.product_id "
            "WHERE s.pieces > 0 ORDER BY b.expiry_date, p.code")))
        return out;
    while (q.next()) {
        StockLine l;
        l.productCode = q.value(0).toString();
        const QString trade = q.value(2).toString();
        l.productName =
            trade.isEmpty() ? q.value(1).toString() : q.value(1).toString() + u'(' + trade + u')';
        l.spec = q.value(3).toString();
        l.piecesPerBox = q.value(4).toLongLong();
        l.stock.batch.id = q.value(5).toLongLong();
        l.stock.batch.batchNo = q.value(6).toString();
        l.stock.batch.productionDate = QDate::fromString(q.value(7).toString(), kDay);
        l.stock.batch.expiryDate = QDate::fromString(q.value(8).toString(), kDay);
        l.stock.batch.supplier = q.value(9).toString();
        l.stock.batch.quarantined = q.value(10).toBool();
        l.stock.pieces = q.value(11).toLongLong();
        l.stock.batch.productId = q.value(12).toLongLong();
        out.append(l);
    }
    return out;
}

Result<StocktakeSheet> SqlInventoryRepository::createStocktake(const QString& scope,
                                                               std::optional<DrugType> drugType,
                                                               const QString& operatorName,
                                                               const QDateTime& at)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
    const QString prefix = QStringLiteral("PD-") + at.toString(QStringLiteral("yyyyMMdd"));
    Result<qint64> n = nextNumber(m_db, prefix);
    if (!n)
        return n.error();
    const QString sheetNo = prefix + u'-' + QString::number(*n).rightJustified(4, u'0');
    QSqlQuery s(m_db.connection());
    if (Status st = prepare(
            s, QStringLiteral("INSERT INTO stocktake (sheet_no, scope, created_at, created_by) "
                              "VALUES (?,?,?,?)"));
        !st)
        return st.error();
    s.bindValue(0, sheetNo);
    s.bindValue(1, scope);
    s.bindValue(2, at.toString(kTimeFormat));
    s.bindValue(3, operatorName);
    if (!s.exec())
        return sqlError(s, Tr::tr("创建盘点单"));
    const qint64 sheetId = s.lastInsertId().toLongLong();
    QSqlQuery l(m_db.connection());
    if (Status st = prepare(
            l, QStringLiteral("INSERT INTO stocktake_line (sheet_id, batch_id, product_id, book) "
                              "SELECT ?, b.batch_id, b.product_id, b.pieces FROM stock_balance b "
                              "JOIN product p ON p.id = b.product_id "
                              "WHERE b.pieces > 0 AND (? = 0 OR p.drug_type = ?)"));
        !st)
        return st.error();
    l.bindValue(0, sheetId);
    l.bindValue(1, drugType ? 1 : 0);
    l.bindValue(2, drugType ? static_cast<int>(*drugType) : 0);
    if (!l.exec())
        return sqlError(l, Tr::tr("生成盘点明细"));
    if (Status c = tx.commit(); !c)
        return c.error();
    std::optional<StocktakeSheet> sheet = stocktake(sheetNo);
    if (!sheet)
        return makeError(ErrorCode::StorageFailure, Tr::tr("盘点单未能读回"));
    return *sheet;
}

std::optional<StocktakeSheet> SqlInventoryRepository::stocktake(const QString& sheetNo) const
{
    QSqlQuery s(m_db.connection());
    if (!prepare(s,
                 QStringLiteral("SELECT id, sheet_no, scope, created_at, created_by, approved_at "
                                "FROM stocktake WHERE sheet_no = ?")))
        return std::nullopt;
    s.bindValue(0, sheetNo);
    if (!s.exec() || !s.next())
        return std::nullopt;
    StocktakeSheet sheet;
    sheet.id = s.value(0).toLongLong();
    sheet.sheetNo = s.value(1).toString();
    sheet.scope = s.value(2).toString();
    sheet.createdAt = QDateTime::fromString(s.value(3).toString(), kTimeFormat);
    sheet.createdBy = s.value(4).toString();
    sheet.approved = !s.value(5).toString().isEmpty();
    QSqlQuery l(m_db.connection());
    if (!prepare(l,
                 QStringLiteral(
                     "SELECT l.batch_id, l.product_id, p.code, p.generic_name, p.spec, b.batch_no, "
                     "b.expiry_date, l.book, l.counted FROM stocktake_line l "
                     "JOIN batch b ON b.id = l.batch_id JOIN product p ON p.id = l.product_id "
                     "WHERE l.sheet_id = ? ORDER BY p.code, b.expiry_date")))
        return std::nullopt;
    l.bindValue(0, sheet.id);
    if (!l.exec())
        return std::nullopt;
    while (l.next()) {
        StocktakeLine line;
        line.batchId = l.value(0).toLongLong();
        line.productId = l.value(1).toLongLong();
        line.productCode = l.value(2).toString();
        line.productName = l.value(3).toString();
        line.spec = l.value(4).toString();
        line.batchNo = l.value(5).toString();
        line.expiryDate = QDate::fromString(l.value(6).toString(), kDay);
        line.book = l.value(7).toLongLong();
        if (!l.value(8).isNull())
            line.counted = l.value(8).toLongLong();
        sheet.lines.append(line);
    }
    return sheet;
}

Status SqlInventoryRepository::setCounted(qint64 sheetId, qint64 batchId, qint64 pieces)
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(
            q, QStringLiteral(
                   "UPDATE stocktake_line SET counted = ? WHERE sheet_id = ? AND batch_id = ?"));
        !s)
        return s;
    q.bindValue(0, pieces);
    q.bindValue(1, sheetId);
    q.bindValue(2, batchId);
    if (!q.exec())
        return sqlError(q, Tr::tr("记录实盘数量"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, Tr::tr("盘点单上没有批次 %1").arg(batchId));
    return {};
}

OutboxStatus SqlInventoryRepository::outboxStatus() const
{
    // The counts are kept per state by the queue's triggers (migration 0008): nothing is counted
    // here, however many records a store has sent. Waiting = pending, sending, rejected, unknown.
    OutboxStatus s;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT state, n FROM outbox_counter")))
        while (q.next()) {
            const int state = q.value(0).toInt();
            if (state == 3)
                s.sent = q.value(1).toLongLong();
            else if (state != 6)
                s.pending += q.value(1).toLongLong();
        }
    QSqlQuery oldest(m_db.connection());
    if (oldest.exec(QStringLiteral("SELECT created_at FROM outbox ORDER BY id LIMIT 1"))
        && oldest.next())
        s.oldestPending = QDateTime::fromString(oldest.value(0).toString(), kTimeFormat);
    return s;
}

Result<QList<LedgerRow>> SqlInventoryRepository::ledger(const QDate& from, const QDate& to) const
{
    QList<LedgerRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q,
                 QStringLiteral(
                     "SELECT m.batch_id, m.kind, "
                     "SUM(CASE WHEN m.at < :from THEN m.pieces ELSE 0 END), "
                     "SUM(CASE WHEN m.at >= :from THEN m.pieces ELSE 0 END), "
                     "p.code, p.generic_name, p.trade_name, p.spec, b.batch_no, b.expiry_date, "
                     "p.strips_per_box * p.pieces_per_strip "
                     "FROM stock_movement m JOIN batch b ON b.id = m.batch_id "
                     "JOIN product p ON p.id = m.product_id "
                     "WHERE m.at < :end "
                     "GROUP BY m.batch_id, m.kind, p.code, p.generic_name, p.trade_name, p.spec, "
                     "b.batch_no, b.expiry_date, p.strips_per_box, p.pieces_per_strip "
                     "ORDER BY p.code, b.expiry_date, m.batch_id")))
        return makeError(ErrorCode::StorageFailure, Tr::tr("读取进销存失败：无法准备查询"));
    q.bindValue(QStringLiteral(":from"), QDateTime(from, QTime(0, 0)).toString(kTimeFormat));
    q.bindValue(QStringLiteral(":end"),
                QDateTime(to.addDays(1), QTime(0, 0)).toString(kTimeFormat));
    if (!q.exec())
        return sqlError(q, Tr::tr("读取进销存"));
    qint64 currentBatch = -1;
    while (q.next()) {
        const qint64 batchId = q.value(0).toLongLong();
        if (batchId != currentBatch) {
            currentBatch = batchId;
            LedgerRow r;
            r.productCode = q.value(4).toString();
            const QString trade = q.value(6).toString();
            r.productName = trade.isEmpty() ? q.value(5).toString()
                                            : q.value(5).toString() + u'(' + trade + u')';
            r.spec = q.value(7).toString();
            r.batchNo = q.value(8).toString();
            r.expiryDate = QDate::fromString(q.value(9).toString(), kDay);
            r.piecesPerBox = q.value(10).toLongLong();
            rows.append(r);
        }
        LedgerRow& r = rows.last();
        const auto kind = static_cast<MovementKind>(q.value(1).toInt());
        const qint64 before = q.value(2).toLongLong();
        const qint64 within = q.value(3).toLongLong();
        r.opening += before;
        if (within != 0)
            r.moved[kind] += within;
        r.closing += before + within;
    }
    // next() also ends on a read error (a damaged page): that is a failure, never a short ledger.
    if (q.lastError().isValid())
        return sqlError(q, Tr::tr("读取进销存"));
    rows.removeIf([](const LedgerRow& r) { return r.opening == 0 && r.moved.isEmpty(); });
    return rows;
}

Result<qint64> SqlInventoryRepository::writeJournalCsv(const QDate& from, const QDate& to,
                                                       QIODevice& out,
                                                       const ExportProgress& progress) const
{
    const QString start = QDateTime(from, QTime(0, 0)).toString(kTimeFormat);
    const QString end = QDateTime(to.addDays(1), QTime(0, 0)).toString(kTimeFormat);
    qint64 total = 0;
    if (progress) {
        // Counting costs one index range scan; only a progress bar needs it.
        QSqlQuery count(m_db.connection());
        if (Status s = prepare(
                count,
                QStringLiteral("SELECT COUNT(*) FROM stock_movement WHERE at >= ? AND at < ?"));
            !s)
            return s.error();
        count.bindValue(0, start);
        count.bindValue(1, end);
        if (!count.exec() || !count.next())
            return sqlError(count, Tr::tr("读取库存流水"));
        total = count.value(0).toLongLong();
        if (!progress(0, total))
            return makeError(ErrorCode::Cancelled, Tr::tr("导出已取消"));
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = prepare(
            q, QStringLiteral(
                   "SELECT m.id, m.at, m.kind, p.code, p.generic_name, b.batch_no, m.pieces, "
                   "m.operator, m.reason, m.source_doc FROM stock_movement m "
                   "JOIN product p ON p.id = m.product_id JOIN batch b ON b.id = m.batch_id "
                   "WHERE m.at >= ? AND m.at < ? ORDER BY m.at, m.id"));
        !s)
        return s.error();
    q.bindValue(0, start);
    q.bindValue(1, end);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取库存流水"));
    QString kinds[11];
    for (int k = 1; k <= 10; ++k)
        kinds[k] = toDisplayString(static_cast<MovementKind>(k));
    QByteArray buf("\xEF\xBB\xBF");
    buf +=
        Tr::tr(
            "流水号,时间,类型,商品编码,品名,批号,数量（最小单位，入正出负）,操作人,原因,单据号\n")
            .toUtf8();
    qint64 rows = 0;
    while (q.next()) {
        const int kind = q.value(2).toInt();
        buf += QByteArray::number(q.value(0).toLongLong()) + ',' + q.value(1).toString().toUtf8()
               + ',' + (kind >= 1 && kind <= 10 ? kinds[kind] : QString()).toUtf8() + ','
               + csvField(q.value(3).toString()).toUtf8() + ','
               + csvField(q.value(4).toString()).toUtf8() + ','
               + csvField(q.value(5).toString()).toUtf8() + ','
               + QByteArray::number(q.value(6).toLongLong()) + ','
               + csvField(q.value(7).toString()).toUtf8() + ','
               + csvField(q.value(8).toString()).toUtf8() + ','
               + csvField(q.value(9).toString()).toUtf8() + '\n';
        ++rows;
        if (progress && rows % 4096 == 0 && !progress(rows, total))
            return makeError(ErrorCode::Cancelled, Tr::tr("导出已取消"));
        if (buf.size() > (1 << 20)) {
            if (out.write(buf) != buf.size())
                return makeError(ErrorCode::StorageFailure, Tr::tr("写入流水文件失败"));
            buf.clear();
        }
    }
    // next() also ends on a read error (a damaged page): that is a failure, never a short journal.
    if (q.lastError().isValid())
        return sqlError(q, Tr::tr("读取库存流水（第 %1 行之后）").arg(rows));
    if (out.write(buf) != buf.size())
        return makeError(ErrorCode::StorageFailure, Tr::tr("写入流水文件失败"));
    if (progress && !progress(rows, total))
        return makeError(ErrorCode::Cancelled, Tr::tr("导出已取消"));
    return rows;
}

bool SqlInventoryRepository::traceCodeKnown(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT 1 FROM trace_code WHERE code = ?")))
        return false;
    q.bindValue(0, code);
    return q.exec() && q.next();
}

} // namespace pos::storage
