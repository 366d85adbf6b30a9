#include "storage/sqlsalerepository.h"

#include "app/core/inventory/platformpayloads.h"
#include "storage/crypto/personaldata.h"
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

Status SqlSaleRepository::markReceiptPrinted(qint64 saleId, const QString& jobId, bool reprint)
{
    Transaction tx(m_db); // a sealed write (receipt prints are append-only)
    if (!tx.isActive())
        return tx.beginError();
    // After every sale: prepared once.
    Result<QSqlQuery*> q =
        m_db.statement(QStringLiteral("INSERT INTO receipt_print (sale_id, job_id, reprint, "
                                      "printed_at) VALUES (?,?,?,datetime('now','localtime'))"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, saleId);
    (*q)->bindValue(1, jobId);
    (*q)->bindValue(2, reprint ? 1 : 0);
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("记录小票打印"));
    return tx.commit();
}

std::optional<CompletedSale> SqlSaleRepository::findBySaleNo(const QString& saleNo) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral(
                        "SELECT s.id, s.sale_no, s.sold_at, s.terminal, s.operator, s.total_fen, "
                        "s.tendered_fen, s.change_fen, s.buyer_id_number, s.rx_no, p.buyer_id_enc, "
                        "s.payment_method "
                        "FROM sale s LEFT JOIN sale_personal p ON p.sale_no = s.sale_no "
                        "WHERE s.sale_no = ?")))
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
    sale.payment =
        Payment{q.value(11).toString() == QStringLiteral("insurance") ? PaymentMethod::Insurance
                                                                      : PaymentMethod::Cash,
                Money::fromFen(q.value(6).toLongLong()), Money::fromFen(q.value(7).toLongLong())};
    Result<QString> buyerId = crypto::personal::readSaleBuyerId(
        m_cipher, sale.saleNo, q.value(10).toByteArray(), q.value(8).toString());
    if (!buyerId) {
        qCWarning(lcStorage).noquote() << buyerId.error().userText();
        return std::nullopt;
    }
    sale.buyerIdNumber = *buyerId;
    sale.rxNo = q.value(9).toString();
    QSqlQuery l(m_db.connection());
    if (!prepare(l,
                 QStringLiteral("SELECT l.product_id, l.product_name, l.spec, l.unit, "
                                "l.quantity, l.unit_price_fen, l.sale_unit, l.line_no, "
                                "COALESCE(p.manufacturer, ''), l.pieces, COALESCE(p.rx_class, 0) "
                                "FROM sale_line l LEFT JOIN product p ON p.id = l.product_id "
                                "WHERE l.sale_id = ? ORDER BY l.line_no")))
        return std::nullopt;
    l.bindValue(0, sale.id);
    if (!l.exec())
        return std::nullopt;
    QList<int> lineNos;
    QList<qint64> linePieces;
    while (l.next()) {
        SaleLine line;
        line.product.id = l.value(0).toLongLong();
        line.product.genericName = l.value(1).toString(); // the name as sold, trade name included
        line.product.spec = l.value(2).toString();
        line.product.unit = l.value(3).toString();
        line.quantity = l.value(4).toInt();
        line.unitPrice = Money::fromFen(l.value(5).toLongLong());
        const int unit = l.value(6).toInt();
        line.unit = unit == int(SaleUnit::Strip)   ? SaleUnit::Strip
                    : unit == int(SaleUnit::Piece) ? SaleUnit::Piece
                                                   : SaleUnit::Box;
        line.product.manufacturer = l.value(8).toString();
        if (const int rx = l.value(10).toInt(); rx >= 1 && rx <= 3)
            line.product.rxClass = static_cast<RxClass>(rx);
        lineNos.append(l.value(7).toInt());
        linePieces.append(l.value(9).toLongLong());
        sale.lines.append(line);
    }
    // The batches each line left from (GSP: 批号, 有效期 on a reprint too): the sale's movements,
    // given to its lines of that product in line order.
    QSqlQuery m(m_db.connection());
    if (!prepare(m, QStringLiteral("SELECT m.product_id, b.batch_no, b.expiry_date, -m.pieces "
                                   "FROM stock_movement m JOIN batch b ON b.id = m.batch_id "
                                   "WHERE m.source_doc = ? AND m.kind = 3 ORDER BY m.id")))
        return std::nullopt;
    m.bindValue(0, sale.saleNo);
    if (!m.exec())
        return std::nullopt;
    QList<qint64> given(sale.lines.size(), 0);
    while (m.next()) {
        const qint64 product = m.value(0).toLongLong();
        qint64 pieces = m.value(3).toLongLong();
        for (qsizetype i = 0; i < sale.lines.size() && pieces > 0; ++i) {
            if (sale.lines.at(i).product.id != product || given.at(i) >= linePieces.at(i))
                continue;
            const qint64 take = std::min(pieces, linePieces.at(i) - given.at(i));
            sale.lines[i].soldFrom.append(
                SoldBatch{m.value(1).toString(),
                          QDate::fromString(m.value(2).toString(), Qt::ISODate), take});
            given[i] += take;
            pieces -= take;
        }
    }
    // Each box's code as scanned, on its line (a returned box's code stays: it was sold).
    QSqlQuery c(m_db.connection());
    if (!prepare(c, QStringLiteral("SELECT line_no, code FROM sale_trace_code WHERE sale_id = ? "
                                   "ORDER BY id")))
        return std::nullopt;
    c.bindValue(0, sale.id);
    if (!c.exec())
        return std::nullopt;
    while (c.next())
        if (const qsizetype i = lineNos.indexOf(c.value(0).toInt()); i >= 0)
            sale.lines[i].traceCodes.append(c.value(1).toString());
    // PRICE-OVERRIDE: a line sold at another price than its shelf price, and why.
    if (m_db.schemaVersion() >= 27) {
        QSqlQuery o(m_db.connection());
        if (!prepare(o, QStringLiteral("SELECT line_no, list_price_fen, reason, approved_by FROM "
                                       "sale_price_override WHERE sale_id = ? ORDER BY line_no")))
            return std::nullopt;
        o.bindValue(0, sale.id);
        if (!o.exec())
            return std::nullopt;
        while (o.next())
            if (const qsizetype i = lineNos.indexOf(o.value(0).toInt()); i >= 0)
                sale.lines[i].priceOverride =
                    PriceOverride{Money::fromFen(o.value(1).toLongLong()), o.value(2).toString(),
                                  o.value(3).toString()};
    }
    // How it was paid, tender by tender (a receipt printed again shows them).
    QSqlQuery t(m_db.connection());
    if (!prepare(t, QStringLiteral("SELECT kind, amount_fen, reference FROM sale_tender WHERE "
                                   "sale_id = ? ORDER BY seq")))
        return std::nullopt;
    t.bindValue(0, sale.id);
    if (!t.exec())
        return std::nullopt;
    while (t.next()) {
        const std::optional<TenderKind> kind = tenderFromName(t.value(0).toString());
        if (kind)
            sale.payment.tenders << Tender{*kind, Money::fromFen(t.value(1).toLongLong()),
                                           t.value(2).toString()};
    }
    return sale;
}

Result<std::optional<SaleReturnRecord>> SqlSaleRepository::returnOf(const QString& saleNo) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("SELECT r.return_no, r.returned_at, r.operator, "
                                             "r.reason, r.refund_fen FROM sale_return r JOIN sale "
                                             "s ON s.id = r.sale_id WHERE s.sale_no = ?"));
        !s)
        return s.error();
    q.bindValue(0, saleNo);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取销售单 %1 的退货").arg(saleNo));
    if (!q.next())
        return std::optional<SaleReturnRecord>();
    return std::optional(SaleReturnRecord{
        q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), kTimeFormat),
        q.value(2).toString(), q.value(3).toString(), Money::fromFen(q.value(4).toLongLong())});
}

Result<QStringList> SqlSaleRepository::saleNosByBuyerId(const QString& idNumber) const
{
    QStringList out;
    const QList<QByteArray> hashes = m_cipher.lookupHashes(PersonalKind::IdNumber, idNumber);
    if (hashes.isEmpty() || hashes.first().isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < hashes.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("SELECT s.sale_no FROM sale s JOIN sale_personal p "
                                             "ON p.sale_no = s.sale_no WHERE p.buyer_id_hash IN "
                                             "(%1) ORDER BY s.sold_at, s.id")
                                  .arg(marks.join(u',')));
        !s)
        return s.error();
    for (qsizetype i = 0; i < hashes.size(); ++i)
        q.bindValue(int(i), hashes.at(i));
    if (!q.exec())
        return sqlError(q, Tr::tr("按身份证号查找麻黄碱类药品购买登记"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 SqlSaleRepository::saleCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sale")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<QList<SaleSummary>> SqlSaleRepository::findSales(const SaleQuery& query) const
{
    QStringList where;
    QVariantList binds;
    if (!query.saleNo.isEmpty()) {
        where << QStringLiteral("s.sale_no = ?");
        binds << query.saleNo;
    }
    if (!query.saleNoSuffix.isEmpty()) {
        where << QStringLiteral("s.sale_no LIKE ?");
        binds << QString(u'%' + query.saleNoSuffix);
    }
    if (!query.traceCode.isEmpty()) {
        where << QStringLiteral("s.id IN (SELECT sale_id FROM sale_trace_code WHERE code = ?)");
        binds << query.traceCode;
    }
    if (!query.productIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : query.productIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        where << QStringLiteral("EXISTS (SELECT 1 FROM sale_line l WHERE l.sale_id = s.id AND "
                                "l.product_id IN (%1))")
                     .arg(marks.join(u','));
    }
    if (query.amount) {
        where << QStringLiteral("s.total_fen = ?");
        binds << query.amount->fen();
    }
    if (query.from.isValid()) {
        where << QStringLiteral("s.sold_at >= ?");
        binds << query.from.toString(kTimeFormat);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("s.sold_at < ?");
        binds << query.to.toString(kTimeFormat);
    }
    if (where.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("查单须给出单号、追溯码、商品、金额或时间"));
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT s.id, s.sale_no, s.sold_at, s.terminal, s.operator, "
                                   "s.total_fen, s.payment_method, s.rx_no, (SELECT COUNT(*) FROM "
                                   "sale_return r WHERE r.sale_id = s.id) FROM sale s WHERE %1 "
                                   "ORDER BY s.sold_at DESC, s.id DESC LIMIT ?")
                        .arg(where.join(QStringLiteral(" AND ")))))
        return sqlError(q, Tr::tr("查单"));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(std::clamp(query.limit, 1, 500));
    if (!q.exec())
        return sqlError(q, Tr::tr("查单"));
    QList<SaleSummary> out;
    QList<qint64> ids;
    while (q.next()) {
        SaleSummary s;
        ids << q.value(0).toLongLong();
        s.saleNo = q.value(1).toString();
        s.time = QDateTime::fromString(q.value(2).toString(), kTimeFormat);
        s.terminal = q.value(3).toString();
        s.operatorName = q.value(4).toString();
        s.total = Money::fromFen(q.value(5).toLongLong());
        s.paymentMethod = q.value(6).toString();
        s.rxNo = q.value(7).toString();
        s.returned = q.value(8).toInt() > 0;
        out << s;
    }
    // What each sold, by its first lines (a list row is recognised by its items).
    QSqlQuery l(m_db.connection());
    if (!prepare(l, QStringLiteral("SELECT product_name, quantity, unit FROM sale_line WHERE "
                                   "sale_id = ? ORDER BY line_no")))
        return sqlError(l, Tr::tr("查单"));
    for (qsizetype i = 0; i < out.size(); ++i) {
        l.bindValue(0, ids.at(i));
        if (!l.exec())
            return sqlError(l, Tr::tr("查单"));
        QStringList items;
        while (l.next()) {
            ++out[i].lines;
            if (items.size() < 3)
                items << QStringLiteral("%1×%2%3").arg(l.value(0).toString(), l.value(1).toString(),
                                                       l.value(2).toString());
        }
        out[i].items = items.join(QStringLiteral("、"))
                       + (out[i].lines > 3 ? Tr::tr(" 等 %1 行").arg(out[i].lines) : QString());
    }
    return out;
}

} // namespace pos::storage
