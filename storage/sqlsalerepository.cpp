#include "storage/sqlsalerepository.h"

#include "app/core/inventory/platformpayloads.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {

/// Translation context "SqlSaleRepository" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlSaleRepository)
};

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

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

    const QString prefix =
        QStringLiteral("XS-%1-%2").arg(sale.terminal, sale.time.toString(QStringLiteral("yyyyMMdd")));
    Result<qint64> seq = ledger::nextNumber(m_db, prefix);
    if (!seq)
        return seq.error();
    sale.saleNo = prefix + u'-' + QString::number(*seq).rightJustified(4, u'0');

    QSqlQuery q(m_db.connection());
    Status s = prepare(q, QStringLiteral(
                              "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                              "payment_method, tendered_fen, change_fen) VALUES (?,?,?,?,?,?,?,?)"));
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
    if (!q.exec())
        return sqlError(q, Tr::tr("保存销售单"));
    sale.id = q.lastInsertId().toLongLong();

    QSqlQuery line(m_db.connection());
    if (!(s = prepare(line, QStringLiteral(
                                "INSERT INTO sale_line (sale_id, line_no, product_id, product_name, "
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

        // INV-LEDGER / INV-EXPIRY: the stock leaves first-expiry-first-out, in this transaction.
        Result<QList<Allocation>> taken =
            allocateFefo(ledger::batchesWithStock(m_db, l.product.id), l.pieces(), sale.time.date(),
                         l.product.displayName());
        if (!taken)
            return taken.error();
        for (const Allocation& a : *taken) {
            if (Status s2 = ledger::insertMovement(m_db, MovementKind::Sale, l.product.id, a.batchId,
                                                   -a.pieces, sale.time, sale.operatorName,
                                                   Tr::tr("零售"), sale.saleNo);
                !s2)
                return s2.error();
            payloads::SaleUpload up;
            up.saleNo = sale.saleNo;
            up.insuranceCode = l.product.insuranceCode;
            up.productCode = l.product.code;
            up.productName = l.product.displayName();
            up.rxFlag = l.product.rxClass == RxClass::Prescription ? QStringLiteral("1") : QStringLiteral("0");
            up.splitPack = l.unit != SaleUnit::Box;
            up.unitPrice = l.unitPrice;
            up.allocation = a;
            up.operatorName = sale.operatorName;
            up.at = sale.time;
            if (Status s3 = ledger::enqueue(m_db, QStringLiteral("3505"), sale.saleNo, payloads::sale3505(up), sale.time);
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
    if (!prepare(q, QStringLiteral("SELECT id, sale_no, sold_at, terminal, operator, total_fen, "
                                   "tendered_fen, change_fen FROM sale WHERE sale_no = ?")))
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
