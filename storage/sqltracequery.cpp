#include "storage/sqltracequery.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlTraceQuery)
};

QString productName(const QString& generic, const QString& trade)
{
    return trade.isEmpty() || trade == generic ? generic
                                               : QStringLiteral("%1（%2）").arg(generic, trade);
}

} // namespace

Result<std::optional<BoxTrace>> SqlTraceQuery::traceBox(const QString& code) const
{
    QSqlQuery box(m_db.connection());
    box.setForwardOnly(true);
    if (Status s =
            prepare(box, QStringLiteral(
                             "SELECT t.product_id, t.batch_id, t.received_at, t.purchase_doc, "
                             "p.generic_name, p.trade_name, p.spec, p.manufacturer, p.approval_no, "
                             "b.batch_no, b.production_date, b.expiry_date, p.unit "
                             "FROM trace_code t JOIN product p ON p.id = t.product_id "
                             "JOIN batch b ON b.id = t.batch_id WHERE t.code = ?"));
        !s)
        return s.error();
    box.bindValue(0, code);
    if (!box.exec())
        return sqlError(box, Tr::tr("读取追溯码"));
    if (!box.next())
        return std::optional<BoxTrace>();
    BoxTrace t;
    t.code = code;
    t.productId = box.value(0).toLongLong();
    t.batchId = box.value(1).toLongLong();
    t.receivedAt = timeFromText(box.value(2).toString());
    t.received = t.receivedAt.isValid();
    t.purchaseDoc = box.value(3).toString();
    t.productName = productName(box.value(4).toString(), box.value(5).toString());
    t.spec = box.value(6).toString();
    t.manufacturer = box.value(7).toString();
    t.approvalNo = box.value(8).toString();
    t.batchNo = box.value(9).toString();
    t.productionDate = dayFromText(box.value(10).toString());
    t.expiryDate = dayFromText(box.value(11).toString());
    t.packUnit = box.value(12).toString();
    box.finish();

    if (t.received) {
        QSqlQuery in(m_db.connection());
        if (Status s = prepare(
                in, QStringLiteral("SELECT d.supplier, d.purchase_date, d.operator, "
                                   "(SELECT l.price_fen FROM purchase_line l WHERE l.doc_id = "
                                   "d.id AND l.batch_id = ? LIMIT 1) "
                                   "FROM purchase_doc d WHERE d.doc_no = ?"));
            !s)
            return s.error();
        in.bindValue(0, t.batchId);
        in.bindValue(1, t.purchaseDoc);
        if (!in.exec())
            return sqlError(in, Tr::tr("读取购进记录"));
        if (in.next()) {
            t.supplier = in.value(0).toString();
            t.purchaseDate = dayFromText(in.value(1).toString());
            t.receivedBy = in.value(2).toString();
            t.purchasePrice = Money::fromFen(in.value(3).toLongLong());
        }
    }

    // Each sale of the box, oldest first, with its line, its return and the approving review of
    // the prescription it dispensed (the latest approval of that prescription).
    QSqlQuery sold(m_db.connection());
    sold.setForwardOnly(true);
    if (Status s = prepare(
            sold,
            QStringLiteral(
                "SELECT s.sale_no, s.sold_at, s.terminal, s.operator, s.rx_no, l.unit_price_fen, "
                "l.unit, st.return_no, r.returned_at, r.operator, r.reason, "
                "v.pharmacist_name, v.licence_no, v.reviewed_at "
                "FROM sale_trace_code st JOIN sale s ON s.id = st.sale_id "
                "LEFT JOIN sale_line l ON l.sale_id = st.sale_id AND l.line_no = st.line_no "
                "LEFT JOIN sale_return r ON r.return_no = st.return_no AND st.return_no <> '' "
                "LEFT JOIN prescription_review v ON v.id = (SELECT max(id) FROM "
                "prescription_review WHERE rx_no = s.rx_no AND decision = 1) AND s.rx_no <> '' "
                "WHERE st.code = ? ORDER BY st.id"));
        !s)
        return s.error();
    sold.bindValue(0, code);
    if (!sold.exec())
        return sqlError(sold, Tr::tr("读取销售记录"));
    while (sold.next()) {
        BoxSale s;
        s.saleNo = sold.value(0).toString();
        s.soldAt = timeFromText(sold.value(1).toString());
        s.terminal = sold.value(2).toString();
        s.operatorName = sold.value(3).toString();
        s.rxNo = sold.value(4).toString();
        s.unitPrice = Money::fromFen(sold.value(5).toLongLong());
        s.unit = sold.value(6).toString();
        s.returnNo = sold.value(7).toString();
        s.returnedAt = timeFromText(sold.value(8).toString());
        s.returnOperator = sold.value(9).toString();
        s.returnReason = sold.value(10).toString();
        s.pharmacist = sold.value(11).toString();
        s.licenceNo = sold.value(12).toString();
        s.reviewedAt = timeFromText(sold.value(13).toString());
        t.sales.append(s);
    }
    sold.finish();
    if (Status s = addSettlements(t.sales); !s)
        return s.error();
    return std::optional<BoxTrace>(t);
}

Status SqlTraceQuery::addSettlements(QList<BoxSale>& sales) const
{
    if (sales.isEmpty())
        return {};
    // The settlement that paid for a sale (the newest one the platform answered: an abandoned or
    // cancelled attempt before it never settled), then the sealed records of the sale and of its
    // settlement. Each by index: insured_settlement_by_sale, archive_record_by_subject.
    QSqlQuery settled(m_db.connection());
    settled.setForwardOnly(true);
    if (Status s = prepare(
            settled,
            QStringLiteral("SELECT settlement_no, setl_id, state, fund_fen, acct_fen, cash_fen, "
                           "settled_at FROM insured_settlement WHERE sale_no = ? AND "
                           "settled_at <> '' ORDER BY settled_at DESC, settlement_no DESC"));
        !s)
        return s;
    QSqlQuery records(m_db.connection());
    records.setForwardOnly(true);
    if (Status s =
            prepare(records, QStringLiteral("SELECT seq, kind, sealed_at FROM archive_record "
                                            "WHERE subject = ? OR subject = ? ORDER BY seq"));
        !s)
        return s;
    QSqlQuery documents(m_db.connection());
    documents.setForwardOnly(true);
    if (Status s =
            prepare(documents, QStringLiteral("SELECT name FROM archive_document WHERE seq = ?"));
        !s)
        return s;
    for (BoxSale& sale : sales) {
        settled.bindValue(0, sale.saleNo);
        if (!settled.exec())
            return sqlError(settled, Tr::tr("读取销售的医保结算"));
        if (settled.next()) {
            sale.settlementNo = settled.value(0).toString();
            sale.setlId = settled.value(1).toString();
            sale.settlementState = settled.value(2).toString();
            sale.fund = Money::fromFen(settled.value(3).toLongLong());
            sale.account = Money::fromFen(settled.value(4).toLongLong());
            sale.cash = Money::fromFen(settled.value(5).toLongLong());
            sale.settledAt = timeFromText(settled.value(6).toString());
        }
        settled.finish();
        records.bindValue(0, sale.saleNo);
        records.bindValue(1, sale.settlementNo.isEmpty() ? sale.saleNo : sale.settlementNo);
        if (!records.exec())
            return sqlError(records, Tr::tr("读取销售的归档记录"));
        while (records.next()) {
            BoxArchiveRecord a;
            a.seq = records.value(0).toLongLong();
            a.kind = records.value(1).toString();
            a.sealedAt = timeFromText(records.value(2).toString());
            sale.archive.append(a);
        }
        records.finish();
        for (BoxArchiveRecord& a : sale.archive) {
            documents.bindValue(0, a.seq);
            if (!documents.exec())
                return sqlError(documents, Tr::tr("读取归档记录的文件"));
            while (documents.next())
                a.documents << documents.value(0).toString();
            documents.finish();
        }
    }
    return {};
}

Result<QList<BatchTrace>> SqlTraceQuery::traceBatch(const QString& batchNo) const
{
    QSqlQuery batches(m_db.connection());
    batches.setForwardOnly(true);
    if (Status s = prepare(
            batches, QStringLiteral("SELECT b.id, b.product_id, p.generic_name, p.trade_name, "
                                    "p.spec, b.production_date, b.expiry_date, b.supplier "
                                    "FROM batch b JOIN product p ON p.id = b.product_id "
                                    "WHERE b.batch_no = ? ORDER BY b.id"));
        !s)
        return s.error();
    batches.bindValue(0, batchNo);
    if (!batches.exec())
        return sqlError(batches, Tr::tr("读取批号"));
    QList<BatchTrace> out;
    while (batches.next()) {
        BatchTrace b;
        b.batchId = batches.value(0).toLongLong();
        b.productId = batches.value(1).toLongLong();
        b.productName = productName(batches.value(2).toString(), batches.value(3).toString());
        b.spec = batches.value(4).toString();
        b.batchNo = batchNo;
        b.productionDate = dayFromText(batches.value(5).toString());
        b.expiryDate = dayFromText(batches.value(6).toString());
        b.supplier = batches.value(7).toString();
        out.append(b);
    }
    batches.finish();

    QSqlQuery boxes(m_db.connection());
    boxes.setForwardOnly(true);
    if (Status s = prepare(
            boxes, QStringLiteral("SELECT t.code, t.received_at, t.purchase_doc, t.sale_no, "
                                  "t.sold_at, (SELECT count(*) FROM sale_trace_code st "
                                  "WHERE st.code = t.code AND st.return_no <> '') "
                                  "FROM trace_code t WHERE t.batch_id = ? ORDER BY t.code"));
        !s)
        return s.error();
    for (BatchTrace& b : out) {
        boxes.bindValue(0, b.batchId);
        if (!boxes.exec())
            return sqlError(boxes, Tr::tr("读取批号的追溯码"));
        while (boxes.next()) {
            BatchBox x;
            x.code = boxes.value(0).toString();
            x.received = !boxes.value(1).toString().isEmpty();
            x.purchaseDoc = boxes.value(2).toString();
            x.saleNo = boxes.value(3).toString();
            x.soldAt = timeFromText(boxes.value(4).toString());
            x.returns = boxes.value(5).toInt();
            b.boxes.append(x);
        }
        boxes.finish();
    }
    return out;
}

} // namespace pos::storage
