#include "storage/sqlinventoryrepository.h"

#include "app/core/inventory/platformpayloads.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
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

namespace ledger {

Status insertMovement(Database& db, MovementKind kind, qint64 productId, qint64 batchId,
                      qint64 pieces, const QDateTime& at, const QString& operatorName,
                      const QString& reason, const QString& sourceDoc)
{
    QSqlQuery q(db.connection());
    if (Status s =
            prepare(q, QStringLiteral("INSERT INTO stock_movement (kind, product_id, batch_id, "
                                      "pieces, at, operator, reason, source_doc) "
                                      "VALUES (?,?,?,?,?,?,?,?)"));
        !s)
        return s;
    q.bindValue(0, static_cast<int>(kind));
    q.bindValue(1, productId);
    q.bindValue(2, batchId);
    q.bindValue(3, pieces);
    q.bindValue(4, at.toString(kTimeFormat));
    q.bindValue(5, operatorName);
    q.bindValue(6, nonNull(reason));
    q.bindValue(7, sourceDoc);
    if (!q.exec())
        return sqlError(q, Tr::tr("记录库存变动"));
    return {};
}

Status enqueue(Database& db, const QString& infno, const QString& docRef,
               const QJsonObject& payload, const QDateTime& at)
{
    QSqlQuery q(db.connection());
    if (Status s =
            prepare(q, QStringLiteral("INSERT INTO outbox (infno, doc_ref, payload, created_at) "
                                      "VALUES (?,?,?,?)"));
        !s)
        return s;
    q.bindValue(0, infno);
    q.bindValue(1, docRef);
    q.bindValue(2, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.bindValue(3, at.toString(kTimeFormat));
    if (!q.exec())
        return sqlError(q, Tr::tr("写入上传队列"));
    return {};
}

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

} // namespace ledger

Result<QString> SqlInventoryRepository::postPurchase(const PurchaseDocument& doc,
                                                     const QList<ResolvedPurchaseLine>& lines,
                                                     const QString& operatorName,
                                                     const QDateTime& at)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
    const QString prefix = QStringLiteral("GJ-") + at.toString(QStringLiteral("yyyyMMdd"));
    Result<qint64> n = ledger::nextNumber(m_db, prefix);
    if (!n)
        return n.error();
    const QString docNo = prefix + u'-' + QString::number(*n).rightJustified(4, u'0');

    QSqlQuery d(m_db.connection());
    if (Status s =
            prepare(d, QStringLiteral("INSERT INTO purchase_doc (doc_no, supplier, purchase_date, "
                                      "operator, created_at, source) VALUES (?,?,?,?,?,?)"));
        !s)
        return s.error();
    d.bindValue(0, docNo);
    d.bindValue(1, doc.supplier);
    d.bindValue(2, doc.purchaseDate.toString(kDay));
    d.bindValue(3, operatorName);
    d.bindValue(4, at.toString(kTimeFormat));
    d.bindValue(5, doc.source.isEmpty() ? QStringLiteral("manual") : doc.source);
    if (!d.exec())
        return sqlError(d, Tr::tr("保存到货单"));
    const qint64 docId = d.lastInsertId().toLongLong();

    QSqlQuery batch(m_db.connection());
    QSqlQuery findBatch(m_db.connection());
    QSqlQuery line(m_db.connection());
    QSqlQuery code(m_db.connection());
    if (Status s = prepare(
            batch,
            QStringLiteral("INSERT INTO batch (product_id, batch_no, production_date, "
                           "expiry_date, supplier, cost_fen, created_at) VALUES (?,?,?,?,?,?,?)"));
        !s)
        return s.error();
    if (Status s =
            prepare(findBatch, QStringLiteral("SELECT id, production_date, expiry_date FROM batch "
                                              "WHERE product_id = ? AND batch_no = ?"));
        !s)
        return s.error();
    if (Status s = prepare(
            line, QStringLiteral(
                      "INSERT INTO purchase_line (doc_id, line_no, product_id, batch_id, "
                      "generic_name, manufacturer, dosage_form, spec, batch_no, production_date, "
                      "expiry_date, approval_no, insurance_code, boxes, price_fen) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        !s)
        return s.error();
    if (Status s =
            prepare(code, QStringLiteral("INSERT INTO trace_code (code, product_id, batch_id, "
                                         "received_at, purchase_doc) VALUES (?,?,?,?,?)"));
        !s)
        return s.error();

    int no = 0;
    for (const ResolvedPurchaseLine& r : lines) {
        ++no;
        const PurchaseLine& l = r.line;
        // The same batch number of the same product is one batch; its dates must agree.
        qint64 batchId = 0;
        findBatch.bindValue(0, r.productId);
        findBatch.bindValue(1, l.batchNo);
        if (!findBatch.exec())
            return sqlError(findBatch, Tr::tr("查找批次"));
        if (findBatch.next()) {
            batchId = findBatch.value(0).toLongLong();
            if (findBatch.value(2).toString() != l.expiryDate.toString(kDay))
                return makeError(
                    ErrorCode::InvalidInput,
                    Tr::tr("第 %1 行：批号 %2 已入库，有效期为 %3，与本次的 %4 不一致")
                        .arg(no)
                        .arg(l.batchNo, findBatch.value(2).toString(), l.expiryDate.toString(kDay)),
                    QStringLiteral("INV-FIELDS"));
        }
        findBatch.finish();
        if (batchId == 0) {
            batch.bindValue(0, r.productId);
            batch.bindValue(1, l.batchNo);
            batch.bindValue(2, l.productionDate.toString(kDay));
            batch.bindValue(3, l.expiryDate.toString(kDay));
            batch.bindValue(4, doc.supplier);
            batch.bindValue(5, l.price.fen());
            batch.bindValue(6, at.toString(kTimeFormat));
            if (!batch.exec())
                return sqlError(batch, Tr::tr("保存批次 %1").arg(l.batchNo));
            batchId = batch.lastInsertId().toLongLong();
        }
        const QVariantList values{docId,
                                  no,
                                  r.productId,
                                  batchId,
                                  l.genericName,
                                  l.manufacturer,
                                  l.dosageForm,
                                  l.spec,
                                  l.batchNo,
                                  l.productionDate.toString(kDay),
                                  l.expiryDate.toString(kDay),
                                  l.approvalNo,
                                  l.insuranceCode,
                                  l.boxes,
                                  l.price.fen()};
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            line.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull()
                                  ? QVariant(QString(QLatin1String("")))
                                  : v);
        }
        if (!line.exec())
            return sqlError(line, Tr::tr("保存到货明细第 %1 行").arg(no));
        for (const QString& c : l.traceCodes) {
            code.bindValue(0, c);
            code.bindValue(1, r.productId);
            code.bindValue(2, batchId);
            code.bindValue(3, at.toString(kTimeFormat));
            code.bindValue(4, docNo);
            if (!code.exec())
                return sqlError(code,
                                Tr::tr("登记追溯码 %1（INV-TRACE：一盒只能入库一次）").arg(c));
        }
        if (Status s = ledger::insertMovement(m_db, MovementKind::Purchase, r.productId, batchId,
                                              qint64(l.boxes) * r.piecesPerBox, at, operatorName,
                                              Tr::tr("购进验收"), docNo);
            !s)
            return s.error();
        if (Status s = ledger::enqueue(
                m_db, QStringLiteral("3503"), docNo,
                payloads::purchase3503(r, doc.supplier, docNo, operatorName, at), at);
            !s)
            return s.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    qCInfo(lcStorage) << "received" << docNo << "lines" << lines.size();
    return docNo;
}

QList<BatchStock> SqlInventoryRepository::batchesWithStock(qint64 productId) const
{
    return ledger::batchesWithStock(m_db, productId);
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

Result<QString> SqlInventoryRepository::postAdjustment(qint64 batchId, MovementKind kind,
                                                       qint64 pieces, const QString& operatorName,
                                                       const QString& reason, const QDateTime& at)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(
            q, QStringLiteral(
                   "SELECT b.product_id, b.batch_no, p.code, p.generic_name, p.insurance_code, "
                   "b.supplier FROM batch b JOIN product p ON p.id = b.product_id "
                   "WHERE b.id = ?"));
        !s)
        return s.error();
    q.bindValue(0, batchId);
    if (!q.exec() || !q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("没有批次 %1").arg(batchId));
    const qint64 productId = q.value(0).toLongLong();
    const QString batchNo = q.value(1).toString(), code = q.value(2).toString(),
                  name = q.value(3).toString(), insurance = q.value(4).toString(),
                  supplier = q.value(5).toString();
    q.finish();
    const QString prefix = QStringLiteral("BS-") + at.toString(QStringLiteral("yyyyMMdd"));
    Result<qint64> n = ledger::nextNumber(m_db, prefix);
    if (!n)
        return n.error();
    const QString docNo = prefix + u'-' + QString::number(*n).rightJustified(4, u'0');
    if (Status s = ledger::insertMovement(m_db, kind, productId, batchId, pieces, at, operatorName,
                                          reason, docNo);
        !s)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("批次 %1 库存不足或数量无效：%2").arg(batchNo, s.error().message),
                         QStringLiteral("INV-LEDGER"));
    // A purchase return is its own platform transaction (3504); other changes are 3502.
    const bool purchaseReturn = kind == MovementKind::PurchaseReturn;
    if (Status s = ledger::enqueue(
            m_db, purchaseReturn ? QStringLiteral("3504") : QStringLiteral("3502"), docNo,
            purchaseReturn ? payloads::purchaseReturn3504(insurance, code, name, batchNo, supplier,
                                                          pieces, docNo, operatorName, at)
                           : payloads::stockChange3502(insurance, code, name, batchNo, kind, pieces,
                                                       docNo, operatorName, at),
            at);
        !s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return docNo;
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
    Result<qint64> n = ledger::nextNumber(m_db, prefix);
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

Result<StocktakeResult> SqlInventoryRepository::approveStocktake(qint64 sheetId,
                                                                 const QString& operatorName,
                                                                 const QString& reason,
                                                                 const QDateTime& at)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
    QSqlQuery head(m_db.connection());
    if (Status s = prepare(
            head, QStringLiteral("SELECT sheet_no, approved_at FROM stocktake WHERE id = ?"));
        !s)
        return s.error();
    head.bindValue(0, sheetId);
    if (!head.exec() || !head.next())
        return makeError(ErrorCode::NotFound, Tr::tr("盘点单不存在"));
    const QString sheetNo = head.value(0).toString();
    if (!head.value(1).toString().isEmpty())
        return makeError(ErrorCode::WrongState, Tr::tr("盘点单 %1 已审核").arg(sheetNo));
    head.finish();
    QSqlQuery lines(m_db.connection());
    if (Status s = prepare(
            lines,
            QStringLiteral(
                "SELECT l.batch_id, l.product_id, l.counted, COALESCE(s.pieces, 0), p.code, "
                "p.generic_name, p.insurance_code, b.batch_no, p.rx_class, "
                "b.production_date, b.expiry_date FROM stocktake_line l "
                "JOIN product p ON p.id = l.product_id JOIN batch b ON b.id = l.batch_id "
                "LEFT JOIN stock_balance s ON s.batch_id = l.batch_id WHERE l.sheet_id = ?"));
        !s)
        return s.error();
    lines.bindValue(0, sheetId);
    if (!lines.exec())
        return sqlError(lines, Tr::tr("读取盘点明细"));
    struct Adjust
    {
        qint64 batch, product, delta;
        QString code, name, insurance, batchNo;
    };
    QList<Adjust> adjustments;
    QList<payloads::CountUpload> counts;
    int uncounted = 0;
    while (lines.next()) {
        if (lines.value(2).isNull()) {
            ++uncounted;
            continue;
        }
        payloads::CountUpload count;
        count.productCode = lines.value(4).toString();
        count.productName = lines.value(5).toString();
        count.insuranceCode = lines.value(6).toString();
        count.batchNo = lines.value(7).toString();
        count.rxFlag = lines.value(8).toInt() == static_cast<int>(RxClass::Prescription)
                           ? QStringLiteral("1")
                           : QStringLiteral("0");
        count.productionDate = QDate::fromString(lines.value(9).toString(), Qt::ISODate);
        count.expiryDate = QDate::fromString(lines.value(10).toString(), Qt::ISODate);
        count.countedPieces = lines.value(2).toLongLong();
        count.sheetNo = sheetNo;
        count.at = at;
        counts.append(count);
        const qint64 delta = lines.value(2).toLongLong() - lines.value(3).toLongLong();
        if (delta != 0)
            adjustments.append({lines.value(0).toLongLong(), lines.value(1).toLongLong(), delta,
                                lines.value(4).toString(), lines.value(5).toString(),
                                lines.value(6).toString(), lines.value(7).toString()});
    }
    lines.finish();
    if (uncounted > 0)
        return makeError(
            ErrorCode::WrongState,
            Tr::tr("盘点单 %1 还有 %2 个批次未录入实盘数量，不能审核").arg(sheetNo).arg(uncounted),
            QStringLiteral("INV-LEDGER"));
    StocktakeResult result;
    // 3501: the counted stock of every batch on the sheet; then 3502 for each variance.
    for (const payloads::CountUpload& count : counts)
        if (Status s = ledger::enqueue(m_db, QStringLiteral("3501"), sheetNo,
                                       payloads::stockCount3501(count), at);
            !s)
            return s.error();
    for (const Adjust& a : adjustments) {
        const MovementKind kind =
            a.delta > 0 ? MovementKind::StocktakeGain : MovementKind::StocktakeLoss;
        if (Status s = ledger::insertMovement(m_db, kind, a.product, a.batch, a.delta, at,
                                              operatorName, reason, sheetNo);
            !s)
            return s.error();
        if (Status s =
                ledger::enqueue(m_db, QStringLiteral("3502"), sheetNo,
                                payloads::stockChange3502(a.insurance, a.code, a.name, a.batchNo,
                                                          kind, a.delta, sheetNo, operatorName, at),
                                at);
            !s)
            return s.error();
        ++result.adjustedBatches;
        (a.delta > 0 ? result.gainPieces : result.lossPieces) += a.delta > 0 ? a.delta : -a.delta;
    }
    QSqlQuery close(m_db.connection());
    if (Status s = prepare(
            close,
            QStringLiteral("UPDATE stocktake SET approved_at = ?, approved_by = ? WHERE id = ?"));
        !s)
        return s.error();
    close.bindValue(0, at.toString(kTimeFormat));
    close.bindValue(1, operatorName);
    close.bindValue(2, sheetId);
    if (!close.exec())
        return sqlError(close, Tr::tr("审核盘点单"));
    if (Status c = tx.commit(); !c)
        return c.error();
    return result;
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

QList<LedgerRow> SqlInventoryRepository::ledger(const QDate& from, const QDate& to) const
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
        return rows;
    q.bindValue(QStringLiteral(":from"), QDateTime(from, QTime(0, 0)).toString(kTimeFormat));
    q.bindValue(QStringLiteral(":end"),
                QDateTime(to.addDays(1), QTime(0, 0)).toString(kTimeFormat));
    if (!q.exec()) {
        (void)sqlError(q, Tr::tr("读取进销存"));
        return rows;
    }
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
