#include "storage/sqlinventoryrepository.h"

#include "storage/database.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QHash>
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
    // Asked at every scan (INV-AVAIL): prepared once.
    Result<QSqlQuery*> prepared = db.statement(
        QStringLiteral("SELECT b.id, b.product_id, b.batch_no, b.production_date, "
                       "b.expiry_date, b.supplier, b.cost_fen, b.quarantined, s.pieces "
                       "FROM stock_balance s JOIN batch b ON b.id = s.batch_id "
                       "WHERE s.product_id = ? AND s.pieces > 0 "
                       "ORDER BY b.expiry_date, b.id"));
    if (!prepared)
        return out;
    QSqlQuery& q = **prepared;
    q.bindValue(0, productId);
    if (!q.exec())
        return out;
    while (q.next()) {
        BatchStock s;
        s.batch.id = q.value(0).toLongLong();
        s.batch.productId = q.value(1).toLongLong();
        s.batch.batchNo = q.value(2).toString();
        s.batch.productionDate = dayFromText(q.value(3).toString());
        s.batch.expiryDate = dayFromText(q.value(4).toString());
        s.batch.supplier = q.value(5).toString();
        s.batch.cost = Money::fromFen(q.value(6).toLongLong());
        s.batch.quarantined = q.value(7).toBool();
        s.pieces = q.value(8).toLongLong();
        out.append(s);
    }
    q.finish();
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

namespace {

const QString kStockColumns = QStringLiteral(
    "SELECT p.code, p.generic_name, p.trade_name, p.spec, p.strips_per_box * p.pieces_per_strip, "
    "b.id, b.batch_no, b.production_date, b.expiry_date, b.supplier, b.quarantined, s.pieces, p.id "
    "FROM batch b JOIN stock_balance s ON s.batch_id = b.id JOIN product p ON p.id = b.product_id "
    "WHERE s.pieces > 0 ");
const QString kStockOrder = QStringLiteral(" ORDER BY b.expiry_date, p.code, b.id");

/// A stored day ("yyyy-MM-dd"), read once per distinct text: a page of batches shares few expiry
/// days, and QDate::fromString with a format is the slow part of reading a row.
class DayReader
{
public:
    QDate operator()(const QString& text)
    {
        if (const auto it = m_seen.constFind(text); it != m_seen.cend())
            return *it;
        const QDate d = QDate::fromString(text, kDay);
        m_seen.insert(text, d);
        return d;
    }

private:
    QHash<QString, QDate> m_seen;
};

QList<StockLine> readStockLines(QSqlQuery& q)
{
    QList<StockLine> out;
    DayReader day;
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
        l.stock.batch.productionDate = day(q.value(7).toString());
        l.stock.batch.expiryDate = day(q.value(8).toString());
        l.stock.batch.supplier = q.value(9).toString();
        l.stock.batch.quarantined = q.value(10).toBool();
        l.stock.pieces = q.value(11).toLongLong();
        l.stock.batch.productId = q.value(12).toLongLong();
        out.append(l);
    }
    return out;
}

} // namespace

QList<StockLine> SqlInventoryRepository::stockOverview() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kStockColumns + kStockOrder))
        return {};
    return readStockLines(q);
}

QList<StockLine> SqlInventoryRepository::stockPage(const std::optional<StockPageKey>& after,
                                                   int limit) const
{
    // Keyset paging over batch_by_expiry (migration 0014): a page costs the same at the end of
    // 50,000 batches as at the start.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql =
        kStockColumns
        + (after ? QStringLiteral("AND b.expiry_date >= :e AND (b.expiry_date > :e OR p.code > :c "
                                  "OR (p.code = :c AND b.id > :id))")
                 : QString())
        + kStockOrder + QStringLiteral(" LIMIT :n");
    if (!prepare(q, sql))
        return {};
    if (after) {
        q.bindValue(QStringLiteral(":e"), after->expiryDate.toString(kDay));
        q.bindValue(QStringLiteral(":c"), nonNull(after->productCode));
        q.bindValue(QStringLiteral(":id"), after->batchId);
    }
    q.bindValue(QStringLiteral(":n"), limit);
    if (!q.exec()) {
        (void)sqlError(q, QStringLiteral("stockPage"));
        return {};
    }
    return readStockLines(q);
}

QList<StockExpiryGroup> SqlInventoryRepository::stockByExpiry() const
{
    QList<StockExpiryGroup> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT b.expiry_date, b.quarantined, COUNT(*) FROM stock_balance s JOIN batch b ON "
            "b.id = s.batch_id WHERE s.pieces > 0 GROUP BY b.expiry_date, b.quarantined"))) {
        (void)sqlError(q, QStringLiteral("stockByExpiry"));
        return out;
    }
    while (q.next())
        out.append(StockExpiryGroup{QDate::fromString(q.value(0).toString(), kDay),
                                    q.value(1).toBool(), q.value(2).toLongLong()});
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

namespace {

/// yyyymm, as stock_period and stock_closing key a month.
int monthKey(const QDate& d)
{
    return d.year() * 100 + d.month();
}

QString startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toString(kTimeFormat);
}

// The ledger of [:from, :end) in one statement. Rows per batch, summed:
//   o  the closings of the latest month with movements before the period's month (:openMonth):
//      the stock at the start of that month;
//   m  the movements from that month's start (:start) to the period's end, through the `at`
//      index, by kind: before :from they are opening stock (a period starting mid-month), from
//      :from on they are the period's;
//   q  the store's own closing at the period's end (:refMonth), and
//   x  minus the movements after the period's end up to that month's end (:refEnd) — or, when no
//      movement is later than the period (:useBalance), the balance kept with the movements.
// Nothing before the period's month is read but its closings (the `at` index is named: grouping
// by batch through the batch index would read every movement ever); the sorts spill to disk.
const QString kLedgerSql = QStringLiteral(
    "WITH o AS (SELECT batch_id, pieces AS opening, 0 AS kind, 0 AS moved, 0 AS ref "
    "FROM stock_closing WHERE month = :openMonth AND pieces <> 0), "
    "m AS (SELECT batch_id, SUM(CASE WHEN at < :from THEN pieces ELSE 0 END) AS opening, kind, "
    "SUM(CASE WHEN at >= :from THEN pieces ELSE 0 END) AS moved, 0 AS ref FROM stock_movement "
    "INDEXED BY stock_movement_at WHERE at >= :start AND at < :end GROUP BY batch_id, kind), "
    "q AS (SELECT batch_id, 0 AS opening, 0 AS kind, 0 AS moved, pieces AS ref "
    "FROM stock_closing WHERE month = :refMonth), "
    "x AS (SELECT batch_id, 0 AS opening, 0 AS kind, 0 AS moved, -SUM(pieces) AS ref "
    "FROM stock_movement INDEXED BY stock_movement_at WHERE at >= :end AND at < :refEnd "
    "GROUP BY batch_id), "
    "r AS (SELECT batch_id, SUM(opening) AS opening, SUM(opening + moved) AS closing, "
    "SUM(ref) AS ref, "
    "SUM(CASE kind WHEN 1 THEN moved ELSE 0 END) AS k1, "
    "SUM(CASE kind WHEN 2 THEN moved ELSE 0 END) AS k2, "
    "SUM(CASE kind WHEN 3 THEN moved ELSE 0 END) AS k3, "
    "SUM(CASE kind WHEN 4 THEN moved ELSE 0 END) AS k4, "
    "SUM(CASE kind WHEN 5 THEN moved ELSE 0 END) AS k5, "
    "SUM(CASE kind WHEN 6 THEN moved ELSE 0 END) AS k6, "
    "SUM(CASE kind WHEN 7 THEN moved ELSE 0 END) AS k7, "
    "SUM(CASE kind WHEN 8 THEN moved ELSE 0 END) AS k8, "
    "SUM(CASE kind WHEN 9 THEN moved ELSE 0 END) AS k9, "
    "SUM(CASE kind WHEN 10 THEN moved ELSE 0 END) AS k10 "
    "FROM (SELECT * FROM o UNION ALL SELECT * FROM m UNION ALL SELECT * FROM q "
    "UNION ALL SELECT * FROM x) GROUP BY batch_id) "
    "SELECT p.code, p.generic_name || CASE WHEN p.trade_name <> '' "
    "THEN '(' || p.trade_name || ')' ELSE '' END, p.spec, b.batch_no, b.expiry_date, "
    "p.strips_per_box * p.pieces_per_strip, r.opening, r.k1, r.k2, r.k3, r.k4, r.k5, r.k6, r.k7, "
    "r.k8, r.k9, r.k10, r.closing, "
    "CASE WHEN :useBalance THEN COALESCE(s.pieces, 0) ELSE r.ref END AS stored "
    "FROM r JOIN batch b ON b.id = r.batch_id JOIN product p ON p.id = b.product_id "
    "LEFT JOIN stock_balance s ON s.batch_id = r.batch_id "
    "WHERE r.opening <> 0 OR r.k1 <> 0 OR r.k2 <> 0 OR r.k3 <> 0 OR r.k4 <> 0 OR r.k5 <> 0 "
    "OR r.k6 <> 0 OR r.k7 <> 0 OR r.k8 <> 0 OR r.k9 <> 0 OR r.k10 <> 0 OR stored <> r.closing "
    "ORDER BY p.code, b.expiry_date, r.batch_id");

} // namespace

Result<SqlInventoryRepository::LedgerStatement>
SqlInventoryRepository::ledgerStatement(const QDate& from, const QDate& to) const
{
    const QString end = startOf(to.addDays(1));
    // Which closings the period needs: a few index probes.
    Result<QSqlQuery*> q = m_db.statement(
        QStringLiteral("SELECT (SELECT MAX(month) FROM stock_period WHERE month < ?), "
                       "EXISTS (SELECT 1 FROM stock_movement WHERE at >= ?), "
                       "(SELECT MAX(month) FROM stock_period), "
                       "(SELECT MAX(month) FROM stock_period WHERE month <= ?)"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, monthKey(from));
    (*q)->bindValue(1, end);
    (*q)->bindValue(2, monthKey(to));
    if (!(*q)->exec() || !(*q)->next())
        return sqlError(**q, Tr::tr("读取进销存"));
    const auto month = [&](int column) {
        return (*q)->value(column).isNull() ? -1 : (*q)->value(column).toInt();
    };
    const int openMonth = month(0);
    // A period followed by movements is checked against the closing kept for its last month; one
    // that ends after the last movement (this month, a future day) against the balance itself.
    const bool later = (*q)->value(1).toBool();
    const int refMonth = later ? month(3) : month(2);
    (*q)->finish();
    LedgerStatement st;
    st.sql = kLedgerSql;
    st.bindings = {
        {QStringLiteral(":openMonth"), openMonth},
        {QStringLiteral(":start"), startOf(QDate(from.year(), from.month(), 1))},
        {QStringLiteral(":from"), startOf(from)},
        {QStringLiteral(":end"), end},
        {QStringLiteral(":refMonth"), refMonth},
        {QStringLiteral(":refEnd"),
         later ? startOf(QDate(to.year(), to.month(), 1).addMonths(1)) : end},
        {QStringLiteral(":useBalance"), later ? 0 : 1},
    };
    return st;
}

Result<QList<LedgerRow>> SqlInventoryRepository::ledger(const QDate& from, const QDate& to) const
{
    QList<LedgerRow> rows;
    if (Status s = forEachLedgerRow(from, to,
                                    [&](const LedgerRow& r) {
                                        rows.append(r);
                                        return true;
                                    });
        !s)
        return s.error();
    return rows;
}

Status
SqlInventoryRepository::forEachLedgerRow(const QDate& from, const QDate& to,
                                         const std::function<bool(const LedgerRow&)>& each) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput, Tr::tr("进销存期间无效"));
    Result<LedgerStatement> st = ledgerStatement(from, to);
    if (!st)
        return st.error();
    Result<QSqlQuery*> prepared = m_db.statement(st->sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    for (const auto& [name, value] : std::as_const(st->bindings))
        q.bindValue(name, value);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取进销存"));
    LedgerRow r; // one at a time: nothing but the current row is held
    while (q.next()) {
        r.productCode = q.value(0).toString();
        r.productName = q.value(1).toString();
        r.spec = q.value(2).toString();
        r.batchNo = q.value(3).toString();
        r.expiryDate = dayFromText(q.value(4).toString());
        r.piecesPerBox = q.value(5).toLongLong();
        r.opening = q.value(6).toLongLong();
        r.moved.clear();
        for (int k = 1; k <= 10; ++k)
            if (const qint64 v = q.value(6 + k).toLongLong(); v != 0)
                r.moved.insert(static_cast<MovementKind>(k), v);
        r.closing = q.value(17).toLongLong();
        r.storedClosing = q.value(18).toLongLong();
        if (!each(r)) {
            q.finish();
            return {};
        }
    }
    // next() also ends on a read error (a damaged page): that is a failure, never a short ledger.
    if (q.lastError().isValid())
        return sqlError(q, Tr::tr("读取进销存"));
    q.finish();
    return {};
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
