#include "storage/sqlsalerepository.h"

#include "app/core/inventory/platformpayloads.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/sqlinventoryrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace pos::storage {

namespace {

/// Translation context "SqlSaleRepository" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlSaleRepository)
};

} // namespace

Result<CompletedSale> SqlSaleRepository::record(const CompletedSale& input)
{
    if (input.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("没有商品行的销售不能保存"));
    CompletedSale sale = input;
    if (sale.terminal.isEmpty())
        sale.terminal = QStringLiteral("T01");
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));

    const QString prefix = QStringLiteral("XS-%1-%2")
                               .arg(sale.terminal, sale.time.toString(QStringLiteral("yyyyMMdd")));
    Result<qint64> seq = ledger::nextNumber(m_db, prefix);
    if (!seq)
        return seq.error();
    sale.saleNo = prefix + u'-' + QString::number(*seq).rightJustified(4, u'0');

    QSqlQuery q(m_db.connection());
    Status s = prepare(
        q, QStringLiteral("INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                          "payment_method, tendered_fen, change_fen, buyer_id_number) "
                          "VALUES (?,?,?,?,?,?,?,?,?)"));
    if (!s)
        return s.error();
    q.bindValue(0, sale.saleNo);
    q.bindValue(1, sale.time.toString(kTimeFormat));
    q.bindValue(2, sale.terminal);
    q.bindValue(3, sale.operatorName);
    q.bindValue(4, sale.total.fen());
    q.bindValue(5, QStringLiteral("cash"));
    q.bindValue(6, sale.payment.tendered.fen());
    q.bindValue(7, sale.payment.change.fen());
    q.bindValue(8, nonNull(sale.buyerIdNumber));
    if (!q.exec())
        return sqlError(q, Tr::tr("保存销售单"));
    sale.id = q.lastInsertId().toLongLong();

    QSqlQuery line(m_db.connection());
    if (!(s = prepare(
              line,
              QStringLiteral("INSERT INTO sale_line (sale_id, line_no, product_id, product_name, "
                             "spec, unit, quantity, unit_price_fen, amount_fen, sale_unit, pieces) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?)"))))
        return s.error();
    int no = 0;
    for (const SaleLine& l : sale.lines) {
        line.bindValue(0, sale.id);
        line.bindValue(1, ++no);
        line.bindValue(2, l.product.id);
        line.bindValue(3, l.product.displayName());
        line.bindValue(4, l.product.spec);
        line.bindValue(5, l.unitName());
        line.bindValue(6, l.quantity);
        line.bindValue(7, l.unitPrice.fen());
        line.bindValue(8, l.amount().fen());
        line.bindValue(9, static_cast<int>(l.unit));
        line.bindValue(10, l.pieces());
        if (!line.exec())
            return sqlError(line, Tr::tr("保存销售明细第 %1 行").arg(no));

        // INV-TRACE: the boxes whose codes were scanned leave from their own batch; the rest
        // first-expiry-first-out (INV-EXPIRY), all in this transaction.
        Result<QList<TracedBox>> locked = lockTraceCodes(l, sale.saleNo);
        if (!locked)
            return locked.error();
        QList<TracedBox> boxes = std::move(locked).value();
        QList<qint64> boxBatches;
        for (const TracedBox& b : boxes)
            if (b.batchId != 0)
                boxBatches.append(b.batchId);
        const qint64 perBox = l.unit == SaleUnit::Box ? l.piecesPerUnit() : l.pieces();
        Result<QList<Allocation>> taken =
            allocateWithTracedBoxes(ledger::batchesWithStock(m_db, l.product.id), l.pieces(),
                                    boxBatches, perBox, sale.time.date(), l.product.displayName());
        if (!taken)
            return taken.error();
        if (Status t = recordTraceCodes(sale, no, boxes, *taken); !t)
            return t.error();
        for (const Allocation& a : *taken) {
            if (Status s2 = ledger::insertMovement(m_db, MovementKind::Sale, l.product.id,
                                                   a.batchId, -a.pieces, sale.time,
                                                   sale.operatorName, Tr::tr("零售"), sale.saleNo);
                !s2)
                return s2.error();
            payloads::SaleUpload up;
            up.saleNo = sale.saleNo;
            up.insuranceCode = l.product.insuranceCode;
            up.productCode = l.product.code;
            up.productName = l.product.displayName();
            up.rxFlag = l.product.rxClass == RxClass::Prescription ? QStringLiteral("1")
                                                                   : QStringLiteral("0");
            up.splitPack = l.unit != SaleUnit::Box;
            up.unitPrice = l.unitPrice;
            up.allocation = a;
            for (const TracedBox& b : boxes)
                if (b.soldFromBatch == a.batchId)
                    up.traceCodes.append(b.code);
            up.operatorName = sale.operatorName;
            up.at = sale.time;
            if (Status s3 = ledger::enqueue(m_db, QStringLiteral("3505"), sale.saleNo,
                                            payloads::sale3505(up), sale.time);
                !s3)
                return s3.error();
        }
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    qCInfo(lcStorage) << "recorded sale" << sale.saleNo << "lines" << sale.lines.size();
    return sale;
}

Result<QList<SqlSaleRepository::TracedBox>> SqlSaleRepository::lockTraceCodes(const SaleLine& line,
                                                                              const QString& saleNo)
{
    QList<TracedBox> out;
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral("SELECT batch_id, sale_no FROM trace_code WHERE code = ?"));
        !s)
        return s.error();
    for (const QString& code : line.traceCodes) {
        q.bindValue(0, code);
        if (!q.exec())
            return sqlError(q, Tr::tr("查询追溯码 %1").arg(code));
        TracedBox box{code, 0, 0, false};
        if (q.next()) {
            if (const QString soldIn = q.value(1).toString(); !soldIn.isEmpty())
                return makeError(ErrorCode::RuleViolation,
                                 Tr::tr("追溯码 %1 已随销售单 %2 售出，本单 %3 未保存")
                                     .arg(code, soldIn, saleNo),
                                 QStringLiteral("INV-TRACE"));
            box.batchId = q.value(0).toLongLong();
            box.known = true;
        }
        out.append(box);
    }
    return out;
}

Status SqlSaleRepository::recordTraceCodes(const CompletedSale& sale, int lineNo,
                                           QList<TracedBox>& boxes, const QList<Allocation>& taken)
{
    if (boxes.isEmpty())
        return {};
    const QString at = sale.time.toString(kTimeFormat);
    QSqlQuery sold(m_db.connection());
    QSqlQuery firstSeen(m_db.connection());
    QSqlQuery link(m_db.connection());
    if (Status s = prepare(sold, QStringLiteral("UPDATE trace_code SET sold_at = ?, sale_no = ? "
                                                "WHERE code = ? AND sale_no = ''"));
        !s)
        return s;
    if (Status s =
            prepare(firstSeen, QStringLiteral("INSERT INTO trace_code (code, product_id, batch_id, "
                                              "received_at, purchase_doc, sold_at, sale_no) "
                                              "VALUES (?,?,?,'','',?,?)"));
        !s)
        return s;
    if (Status s = prepare(link, QStringLiteral("INSERT INTO sale_trace_code (sale_id, line_no, "
                                                "code, batch_id) VALUES (?,?,?,?)"));
        !s)
        return s;
    const SaleLine& line = sale.lines.at(lineNo - 1);
    for (TracedBox& b : boxes) {
        // The batch the box left from: its own when the ledger took it from there, else the
        // first batch of the allocation (a box the store never received).
        const bool ownBatch = std::any_of(taken.cbegin(), taken.cend(), [&](const Allocation& a) {
            return a.batchId == b.batchId;
        });
        b.soldFromBatch = ownBatch ? b.batchId : taken.constFirst().batchId;
        if (b.known) {
            sold.bindValue(0, at);
            sold.bindValue(1, sale.saleNo);
            sold.bindValue(2, b.code);
            if (!sold.exec())
                return sqlError(sold, Tr::tr("登记售出追溯码 %1").arg(b.code));
            if (sold.numRowsAffected() != 1)
                return makeError(ErrorCode::RuleViolation,
                                 Tr::tr("追溯码 %1 已售出，本单未保存").arg(b.code),
                                 QStringLiteral("INV-TRACE"));
        } else {
            firstSeen.bindValue(0, b.code);
            firstSeen.bindValue(1, line.product.id);
            firstSeen.bindValue(2, b.soldFromBatch);
            firstSeen.bindValue(3, at);
            firstSeen.bindValue(4, sale.saleNo);
            if (!firstSeen.exec())
                return sqlError(
                    firstSeen,
                    Tr::tr("登记售出追溯码 %1（INV-TRACE：一盒只能卖一次）").arg(b.code));
        }
        link.bindValue(0, sale.id);
        link.bindValue(1, lineNo);
        link.bindValue(2, b.code);
        link.bindValue(3, b.soldFromBatch);
        if (!link.exec())
            return sqlError(link, Tr::tr("保存销售追溯码 %1").arg(b.code));
    }
    return {};
}

Result<QString> SqlSaleRepository::recordReturn(const QString& saleNo, const QString& operatorName,
                                                const QString& reason, const QDateTime& at)
{
    const std::optional<CompletedSale> sale = findBySaleNo(saleNo);
    if (!sale)
        return makeError(ErrorCode::NotFound, Tr::tr("没有销售单 %1").arg(saleNo));
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
    const QString prefix =
        QStringLiteral("TH-%1-%2").arg(sale->terminal, at.toString(QStringLiteral("yyyyMMdd")));
    Result<qint64> seq = ledger::nextNumber(m_db, prefix);
    if (!seq)
        return seq.error();
    const QString returnNo = prefix + u'-' + QString::number(*seq).rightJustified(4, u'0');

    QSqlQuery head(m_db.connection());
    if (Status s = prepare(head, QStringLiteral("INSERT INTO sale_return (return_no, sale_id, "
                                                "returned_at, operator, reason, refund_fen) "
                                                "VALUES (?,?,?,?,?,?)"));
        !s)
        return s.error();
    head.bindValue(0, returnNo);
    head.bindValue(1, sale->id);
    head.bindValue(2, at.toString(kTimeFormat));
    head.bindValue(3, operatorName);
    head.bindValue(4, reason);
    head.bindValue(5, sale->total.fen());
    if (!head.exec())
        return makeError(ErrorCode::WrongState,
                         Tr::tr("销售单 %1 已经退过货，不能再退").arg(saleNo));

    // The stock goes back to the very batches it left, and each box's code back into stock.
    QSqlQuery moved(m_db.connection());
    if (Status s = prepare(
            moved, QStringLiteral("SELECT product_id, batch_id, -pieces FROM stock_movement "
                                  "WHERE source_doc = ? AND kind = ? ORDER BY id"));
        !s)
        return s.error();
    moved.bindValue(0, saleNo);
    moved.bindValue(1, static_cast<int>(MovementKind::Sale));
    if (!moved.exec())
        return sqlError(moved, Tr::tr("读取销售单 %1 的出库").arg(saleNo));
    while (moved.next())
        if (Status m =
                ledger::insertMovement(m_db, MovementKind::SaleReturn, moved.value(0).toLongLong(),
                                       moved.value(1).toLongLong(), moved.value(2).toLongLong(), at,
                                       operatorName, reason, returnNo);
            !m)
            return m.error();
    // Each 3505 the sale sent is reversed by a 3506 made from it.
    QSqlQuery sold(m_db.connection());
    if (Status s =
            prepare(sold, QStringLiteral("SELECT payload FROM (SELECT id, payload FROM outbox "
                                         "WHERE infno = '3505' AND doc_ref = ? UNION ALL "
                                         "SELECT id, payload FROM outbox_archive WHERE "
                                         "infno = '3505' AND doc_ref = ?) ORDER BY id"));
        !s)
        return s.error();
    sold.bindValue(0, saleNo);
    sold.bindValue(1, saleNo);
    if (!sold.exec())
        return sqlError(sold, Tr::tr("读取销售单 %1 的上传记录").arg(saleNo));
    while (sold.next()) {
        const QJsonObject sale3505 =
            QJsonDocument::fromJson(sold.value(0).toString().toUtf8()).object();
        if (Status e =
                ledger::enqueue(m_db, QStringLiteral("3506"), returnNo,
                                payloads::saleReturn3506(sale3505, returnNo, operatorName, at), at);
            !e)
            return e.error();
    }
    QSqlQuery back(m_db.connection());
    if (Status s = prepare(back, QStringLiteral("UPDATE trace_code SET sold_at = '', sale_no = '' "
                                                "WHERE sale_no = ?"));
        !s)
        return s.error();
    back.bindValue(0, saleNo);
    if (!back.exec())
        return sqlError(back, Tr::tr("追溯码退回库存"));
    QSqlQuery mark(m_db.connection());
    if (Status s = prepare(mark, QStringLiteral("UPDATE sale_trace_code SET returned_at = ?, "
                                                "return_no = ? WHERE sale_id = ?"));
        !s)
        return s.error();
    mark.bindValue(0, at.toString(kTimeFormat));
    mark.bindValue(1, returnNo);
    mark.bindValue(2, sale->id);
    if (!mark.exec())
        return sqlError(mark, Tr::tr("标记退货追溯码"));
    if (Status c = tx.commit(); !c)
        return c.error();
    qCInfo(lcStorage) << "returned sale" << saleNo << "as" << returnNo;
    return returnNo;
}

Status SqlSaleRepository::markReceiptPrinted(qint64 saleId, const QString& jobId, bool reprint)
{
    QSqlQuery q(m_db.connection());
    Status s = prepare(q, QStringLiteral("INSERT INTO receipt_print (sale_id, job_id, reprint, "
                                         "printed_at) VALUES (?,?,?,datetime('now','localtime'))"));
    if (!s)
        return s;
    q.bindValue(0, saleId);
    q.bindValue(1, jobId);
    q.bindValue(2, reprint ? 1 : 0);
    if (!q.exec())
        return sqlError(q, Tr::tr("记录小票打印"));
    return {};
}

std::optional<CompletedSale> SqlSaleRepository::findBySaleNo(const QString& saleNo) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral(
                        "SELECT id, sale_no, sold_at, terminal, operator, total_fen, "
                        "tendered_fen, change_fen, buyer_id_number FROM sale WHERE sale_no = ?")))
        return std::nullopt;
    q.bindValue(0, saleNo);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CompletedSale sale;
    sale.id = q.value(0).toLongLong();
    sale.saleNo = q.value(1).toString();
    sale.time = QDateTime::fromString(q.value(2).toString(), kTimeFormat);
    sale.terminal = q.value(3).toString();
    sale.operatorName = q.value(4).toString();
    sale.total = Money::fromFen(q.value(5).toLongLong());
    sale.payment = Payment{PaymentMethod::Cash, Money::fromFen(q.value(6).toLongLong()),
                           Money::fromFen(q.value(7).toLongLong())};
    sale.buyerIdNumber = q.value(8).toString();
    QSqlQuery l(m_db.connection());
    if (!prepare(l, QStringLiteral("SELECT product_id, product_name, spec, unit, quantity, "
                                   "unit_price_fen FROM sale_line WHERE sale_id = ? "
                                   "ORDER BY line_no")))
        return std::nullopt;
    l.bindValue(0, sale.id);
    if (!l.exec())
        return std::nullopt;
    while (l.next()) {
        SaleLine line;
        line.product.id = l.value(0).toLongLong();
        line.product.genericName = l.value(1).toString(); // the name as sold, trade name included
        line.product.spec = l.value(2).toString();
        line.product.unit = l.value(3).toString();
        line.quantity = l.value(4).toInt();
        line.unitPrice = Money::fromFen(l.value(5).toLongLong());
        sale.lines.append(line);
    }
    return sale;
}

qint64 SqlSaleRepository::saleCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sale")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace pos::storage
