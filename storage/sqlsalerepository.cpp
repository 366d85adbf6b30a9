#include "storage/sqlsalerepository.h"

#include "storage/database.h"
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

/// Next number in a per-prefix sequence, inside the caller's transaction.
Result<qint64> nextInSequence(Database& db, const QString& prefix)
{
    QSqlQuery q(db.connection());
    Status s = prepare(q, QStringLiteral("INSERT INTO doc_sequence (prefix, last) VALUES (?, 1) "
                                         "ON CONFLICT (prefix) DO UPDATE SET last = last + 1"));
    if (!s)
        return s.error();
    q.bindValue(0, prefix);
    if (!q.exec())
        return sqlError(q, Tr::tr("生成单号"));
    QSqlQuery r(db.connection());
    if (!(s = prepare(r, QStringLiteral("SELECT last FROM doc_sequence WHERE prefix = ?"))))
        return s.error();
    r.bindValue(0, prefix);
    if (!r.exec() || !r.next())
        return sqlError(r, Tr::tr("生成单号"));
    return r.value(0).toLongLong();
}

} // namespace

Result<CompletedSale> SqlSaleRepository::record(const CompletedSale& input)
{
    if (input.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("没有商品行的销售不能保存"));
    CompletedSale sale = input;
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));

    const QString prefix = QStringLiteral("XS-%1-%2").arg(
        sale.terminal.isEmpty() ? QStringLiteral("T01") : sale.terminal,
        sale.time.toString(QStringLiteral("yyyyMMdd")));
    Result<qint64> seq = nextInSequence(m_db, prefix);
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
                                "spec, unit, quantity, unit_price_fen, amount_fen) "
                                "VALUES (?,?,?,?,?,?,?,?,?)"))))
        return s.error();
    int no = 0;
    for (const SaleLine& l : sale.lines) {
        line.bindValue(0, sale.id);
        line.bindValue(1, ++no);
        line.bindValue(2, l.product.id);
        line.bindValue(3, l.product.displayName());
        line.bindValue(4, l.product.spec);
        line.bindValue(5, l.product.unit);
        line.bindValue(6, l.quantity);
        line.bindValue(7, l.unitPrice.fen());
        line.bindValue(8, l.amount().fen());
        if (!line.exec())
            return sqlError(line, Tr::tr("保存销售明细第 %1 行").arg(no));
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
