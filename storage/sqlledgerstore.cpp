#include "storage/sqlledgerstore.h"

#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/sqlsettlementstore.h"
#include "storage/sqlstaffrepositories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlLedgerStore)
};
const QString kDay = QStringLiteral("yyyy-MM-dd");
/// The schema that keeps a sale's tenders (migration 0025).
constexpr int kTenderSchema = 25;
constexpr int kPriceOverrideSchema = 27;

/// Binds `values` in order; a null QString binds as '' (every text column is NOT NULL).
void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull()
                           ? QVariant(QString(QLatin1String("")))
                           : v);
    }
}

Batch batchFrom(const QSqlQuery& q, int first)
{
    Batch b;
    b.id = q.value(first).toLongLong();
    b.productId = q.value(first + 1).toLongLong();
    b.batchNo = q.value(first + 2).toString();
    b.productionDate = dayFromText(q.value(first + 3).toString());
    b.expiryDate = dayFromText(q.value(first + 4).toString());
    b.supplier = q.value(first + 5).toString();
    b.cost = Money::fromFen(q.value(first + 6).toLongLong());
    b.quarantined = q.value(first + 7).toBool();
    return b;
}

const QString kBatchColumns = QStringLiteral(
    "b.id, b.product_id, b.batch_no, b.production_date, b.expiry_date, b.supplier, b.cost_fen, "
    "b.quarantined");

class SqlLedgerTransaction final : public LedgerTransaction
{
public:
    SqlLedgerTransaction(Database& db, const FieldCipher& cipher, PostingContext context)
        : m_db(db)
        , m_cipher(cipher)
        , m_context(std::move(context))
        , m_tx(db, m_context.fullDurability ? Durability::Full : Durability::Normal)
    {
    }

    [[nodiscard]] bool isActive() const { return m_tx.isActive(); }
    [[nodiscard]] Status beginError() const { return m_tx.beginError(); }
    [[nodiscard]] const PostingContext& context() const override { return m_context; }

    // ---- reads ----

    Result<QList<BatchStock>> batchesWithStock(qint64 productId) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("SELECT ") + kBatchColumns
            + QStringLiteral(", s.pieces FROM stock_balance s JOIN batch b ON b.id = s.batch_id "
                             "WHERE s.product_id = ? AND s.pieces > 0 "
                             "ORDER BY b.expiry_date, b.id"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, productId);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("读取批次库存"));
        QList<BatchStock> out;
        while ((*q)->next())
            out.append(BatchStock{batchFrom(**q, 0), (*q)->value(8).toLongLong()});
        (*q)->finish();
        return out;
    }

    Result<std::optional<BatchStock>> batch(qint64 batchId) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("SELECT ") + kBatchColumns
            + QStringLiteral(", COALESCE(s.pieces, 0) FROM batch b "
                             "LEFT JOIN stock_balance s ON s.batch_id = b.id WHERE b.id = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, batchId);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("读取批次"));
        std::optional<BatchStock> out;
        if ((*q)->next())
            out = BatchStock{batchFrom(**q, 0), (*q)->value(8).toLongLong()};
        (*q)->finish();
        return out;
    }

    Result<std::optional<Batch>> findBatch(qint64 productId, const QString& batchNo) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("SELECT ") + kBatchColumns
            + QStringLiteral(" FROM batch b WHERE b.product_id = ? AND b.batch_no = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, productId);
        (*q)->bindValue(1, batchNo);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("查找批次"));
        std::optional<Batch> out;
        if ((*q)->next())
            out = batchFrom(**q, 0);
        (*q)->finish();
        return out;
    }

    Result<std::optional<TraceCodeRecord>> traceCode(const QString& code) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("SELECT product_id, batch_id, received_at, purchase_doc, sale_no, "
                           "sold_at FROM trace_code WHERE code = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, code);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("查询追溯码 %1").arg(code));
        std::optional<TraceCodeRecord> out;
        if ((*q)->next()) {
            TraceCodeRecord r;
            r.code = code;
            r.productId = (*q)->value(0).toLongLong();
            r.batchId = (*q)->value(1).toLongLong();
            r.received = !(*q)->value(2).toString().isEmpty();
            r.purchaseDoc = (*q)->value(3).toString();
            r.saleNo = (*q)->value(4).toString();
            r.soldAt = timeFromText((*q)->value(5).toString());
            out = r;
        }
        (*q)->finish();
        return out;
    }

    Result<std::optional<SettledPrescription>> settledPrescription(const QString& rxNo) override
    {
        Result<QSqlQuery*> q = m_db.statement(QStringLiteral(
            "SELECT settled_at, place, reference FROM prescription_settled WHERE rx_no = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, rxNo);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("查询处方 %1 的结算记录").arg(rxNo));
        std::optional<SettledPrescription> out;
        if ((*q)->next())
            out = SettledPrescription{
                rxNo, QDateTime::fromString((*q)->value(0).toString(), kTimeFormat),
                (*q)->value(1).toInt() == 2 ? SettledPrescription::Where::Platform
                                            : SettledPrescription::Where::Here,
                (*q)->value(2).toString()};
        (*q)->finish();
        return out;
    }

    Result<QList<DocumentMovement>> movementsOf(const QString& docNo) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("SELECT m.product_id, b.batch_no, m.kind, m.pieces, m.batch_id "
                           "FROM stock_movement m JOIN batch b ON b.id = m.batch_id "
                           "WHERE m.source_doc = ? ORDER BY m.id"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, docNo);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("读取单据 %1 的库存变动").arg(docNo));
        QList<DocumentMovement> out;
        while ((*q)->next())
            out.append(DocumentMovement{(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                                        static_cast<MovementKind>((*q)->value(2).toInt()),
                                        (*q)->value(3).toLongLong(), (*q)->value(4).toLongLong()});
        (*q)->finish();
        return out;
    }

    Result<QList<QJsonObject>> uploadsOf(const QString& infno, const QString& docNo) override
    {
        // Queued or already sent (archived): a return long after its sale still finds them.
        Result<QSqlQuery*> q = m_db.statement(QStringLiteral(
            "SELECT payload FROM (SELECT id, payload FROM outbox WHERE infno = ? AND doc_ref = ? "
            "UNION ALL SELECT id, payload FROM outbox_archive WHERE infno = ? AND doc_ref = ?) "
            "ORDER BY id"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, infno);
        (*q)->bindValue(1, docNo);
        (*q)->bindValue(2, infno);
        (*q)->bindValue(3, docNo);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("读取单据 %1 的上传记录").arg(docNo));
        QList<QJsonObject> out;
        while ((*q)->next())
            out.append(QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object());
        (*q)->finish();
        return out;
    }

    Result<std::optional<CompletedSale>> sale(const QString& saleNo) override
    {
        Result<QSqlQuery*> q = m_db.statement(QStringLiteral(
            "SELECT s.id, s.sold_at, s.terminal, s.operator, s.total_fen, s.tendered_fen, "
            "s.change_fen, s.buyer_id_number, s.rx_no, p.buyer_id_enc, s.payment_method "
            "FROM sale s LEFT JOIN sale_personal p ON p.sale_no = s.sale_no WHERE s.sale_no = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, saleNo);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("读取销售单 %1").arg(saleNo));
        if (!(*q)->next()) {
            (*q)->finish();
            return std::optional<CompletedSale>();
        }
        CompletedSale s;
        s.id = (*q)->value(0).toLongLong();
        s.saleNo = saleNo;
        s.time = QDateTime::fromString((*q)->value(1).toString(), kTimeFormat);
        s.terminal = (*q)->value(2).toString();
        s.operatorName = (*q)->value(3).toString();
        s.total = Money::fromFen((*q)->value(4).toLongLong());
        // REFUND-ORIGINAL reads it: an insured sale is never returned in cash.
        s.payment = Payment{(*q)->value(10).toString() == QStringLiteral("insurance")
                                ? PaymentMethod::Insurance
                                : PaymentMethod::Cash,
                            Money::fromFen((*q)->value(5).toLongLong()),
                            Money::fromFen((*q)->value(6).toLongLong())};
        const QString legacyBuyerId = (*q)->value(7).toString();
        s.rxNo = (*q)->value(8).toString();
        const QByteArray buyerIdBlob = (*q)->value(9).toByteArray();
        (*q)->finish();
        Result<QString> buyerId =
            crypto::personal::readSaleBuyerId(m_cipher, saleNo, buyerIdBlob, legacyBuyerId);
        if (!buyerId)
            return buyerId.error();
        s.buyerIdNumber = *buyerId;
        Result<QSqlQuery*> l = m_db.statement(
            QStringLiteral("SELECT product_id, product_name, spec, unit, quantity, "
                           "unit_price_fen, sale_unit FROM sale_line WHERE sale_id = ? "
                           "ORDER BY line_no"));
        if (!l)
            return l.error();
        (*l)->bindValue(0, s.id);
        if (!(*l)->exec())
            return sqlError(**l, Tr::tr("读取销售单 %1 的明细").arg(saleNo));
        while ((*l)->next()) {
            SaleLine line;
            line.product.id = (*l)->value(0).toLongLong();
            line.product.genericName = (*l)->value(1).toString();
            line.product.spec = (*l)->value(2).toString();
            line.product.unit = (*l)->value(3).toString();
            line.quantity = (*l)->value(4).toInt();
            line.unitPrice = Money::fromFen((*l)->value(5).toLongLong());
            line.unit = static_cast<SaleUnit>((*l)->value(6).toInt());
            s.lines.append(line);
        }
        (*l)->finish();
        return std::optional<CompletedSale>(s);
    }

    Result<std::optional<StocktakeSheet>> stocktake(qint64 sheetId) override
    {
        Result<QSqlQuery*> h = m_db.statement(QStringLiteral(
            "SELECT sheet_no, scope, created_at, created_by, approved_at FROM stocktake WHERE id = ?"));
        if (!h)
            return h.error();
        (*h)->bindValue(0, sheetId);
        if (!(*h)->exec())
            return sqlError(**h, Tr::tr("读取盘点单"));
        if (!(*h)->next()) {
            (*h)->finish();
            return std::optional<StocktakeSheet>();
        }
        StocktakeSheet sheet;
        sheet.id = sheetId;
        sheet.sheetNo = (*h)->value(0).toString();
        sheet.scope = (*h)->value(1).toString();
        sheet.createdAt = QDateTime::fromString((*h)->value(2).toString(), kTimeFormat);
        sheet.createdBy = (*h)->value(3).toString();
        sheet.approved = !(*h)->value(4).toString().isEmpty();
        (*h)->finish();
        Result<QSqlQuery*> l = m_db.statement(QStringLiteral(
            "SELECT l.batch_id, l.product_id, p.code, p.generic_name, p.spec, b.batch_no, "
            "b.expiry_date, l.book, l.counted FROM stocktake_line l "
            "JOIN batch b ON b.id = l.batch_id JOIN product p ON p.id = l.product_id "
            "WHERE l.sheet_id = ? ORDER BY p.code, b.expiry_date"));
        if (!l)
            return l.error();
        (*l)->bindValue(0, sheetId);
        if (!(*l)->exec())
            return sqlError(**l, Tr::tr("读取盘点明细"));
        while ((*l)->next()) {
            StocktakeLine line;
            line.batchId = (*l)->value(0).toLongLong();
            line.productId = (*l)->value(1).toLongLong();
            line.productCode = (*l)->value(2).toString();
            line.productName = (*l)->value(3).toString();
            line.spec = (*l)->value(4).toString();
            line.batchNo = (*l)->value(5).toString();
            line.expiryDate = QDate::fromString((*l)->value(6).toString(), kDay);
            line.book = (*l)->value(7).toLongLong();
            if (!(*l)->value(8).isNull())
                line.counted = (*l)->value(8).toLongLong();
            sheet.lines.append(line);
        }
        (*l)->finish();
        return std::optional<StocktakeSheet>(sheet);
    }

    Result<qint64> balance(qint64 batchId) override
    {
        Result<QSqlQuery*> q =
            m_db.statement(QStringLiteral("SELECT pieces FROM stock_balance WHERE batch_id = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, batchId);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("读取批次余额"));
        const qint64 pieces = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
        (*q)->finish();
        return pieces;
    }

    Result<QString> nextNumber(const QString& prefix) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("INSERT INTO doc_sequence (prefix, last) VALUES (?, 1) "
                           "ON CONFLICT (prefix) DO UPDATE SET last = last + 1 RETURNING last"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, prefix);
        if (!(*q)->exec() || !(*q)->next())
            return sqlError(**q, Tr::tr("生成单号"));
        const qint64 n = (*q)->value(0).toLongLong();
        (*q)->finish();
        return QString(prefix + u'-' + QString::number(n).rightJustified(4, u'0'));
    }

    // ---- writes ----

    Result<qint64> addBatch(const Batch& b) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("INSERT INTO batch (product_id, batch_no, production_date, "
                           "expiry_date, supplier, cost_fen, created_at) VALUES (?,?,?,?,?,?,?)"));
        if (!q)
            return q.error();
        bindAll(**q, {b.productId, b.batchNo, b.productionDate.toString(kDay),
                      b.expiryDate.toString(kDay), b.supplier, b.cost.fen(), time()});
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("保存批次 %1").arg(b.batchNo));
        return (*q)->lastInsertId().toLongLong();
    }

    Status addMovement(const QString& docNo, const MovementEntry& m) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("INSERT INTO stock_movement (kind, product_id, batch_id, pieces, at, "
                           "operator, reason, source_doc) VALUES (?,?,?,?,?,?,?,?)"));
        if (!q)
            return q.error();
        bindAll(**q, {static_cast<int>(m.kind), m.productId, m.batchId, m.pieces, time(),
                      m_context.operatorName, m.reason, docNo});
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("记录库存变动"));
        return {};
    }

    Status queueUpload(const QString& docNo, const UploadEntry& u) override
    {
        Result<QSqlQuery*> q = m_db.statement(QStringLiteral(
            "INSERT INTO outbox (infno, doc_ref, payload, created_at) VALUES (?,?,?,?)"));
        if (!q)
            return q.error();
        bindAll(**q, {u.infno, docNo,
                      QString::fromUtf8(QJsonDocument(u.payload).toJson(QJsonDocument::Compact)),
                      time()});
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("写入上传队列"));
        return {};
    }

    Result<qint64> addPurchaseDocument(const QString& docNo, const PurchaseDocument& doc) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("INSERT INTO purchase_doc (doc_no, supplier, purchase_date, operator, "
                           "created_at, source) VALUES (?,?,?,?,?,?)"));
        if (!q)
            return q.error();
        bindAll(**q, {docNo, doc.supplier, doc.purchaseDate.toString(kDay), m_context.operatorName,
                      time(), doc.source.isEmpty() ? QStringLiteral("manual") : doc.source});
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("保存到货单"));
        return (*q)->lastInsertId().toLongLong();
    }

    Status addPurchaseLine(qint64 docId, int lineNo, const ResolvedPurchaseLine& r,
                           qint64 batchId) override
    {
        Result<QSqlQuery*> q = m_db.statement(QStringLiteral(
            "INSERT INTO purchase_line (doc_id, line_no, product_id, batch_id, generic_name, "
            "manufacturer, dosage_form, spec, batch_no, production_date, expiry_date, "
            "approval_no, insurance_code, boxes, price_fen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        if (!q)
            return q.error();
        const PurchaseLine& l = r.line;
        bindAll(**q,
                {docId, lineNo, r.productId, batchId, l.genericName, l.manufacturer, l.dosageForm,
                 l.spec, l.batchNo, l.productionDate.toString(kDay), l.expiryDate.toString(kDay),
                 l.approvalNo, l.insuranceCode, l.boxes, l.price.fen()});
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("保存到货明细第 %1 行").arg(lineNo));
        return {};
    }

    Status receiveTraceCode(const QString& code, qint64 productId, qint64 batchId,
                            const QString& docNo) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("INSERT INTO trace_code (code, product_id, batch_id, received_at, "
                           "purchase_doc) VALUES (?,?,?,?,?)"));
        if (!q)
            return q.error();
        bindAll(**q, {code, productId, batchId, time(), docNo});
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("登记追溯码 %1（INV-TRACE：一盒只能入库一次）").arg(code));
        return {};
    }

    /// sale.payment_method: cash, insurance, the one other tender (wechat, alipay, card), or mixed.
    static QString paymentMethodName(const CompletedSale& sale, const QList<Tender>& tenders)
    {
        if (sale.payment.method == PaymentMethod::Insurance)
            return QStringLiteral("insurance");
        QString kind;
        for (const Tender& t : tenders) {
            if (t.kind == TenderKind::Rounding || t.kind == TenderKind::Cash)
                continue;
            if (!kind.isEmpty() && kind != tenderName(t.kind))
                return QStringLiteral("mixed");
            kind = tenderName(t.kind);
        }
        if (kind.isEmpty())
            return QStringLiteral("cash");
        for (const Tender& t : tenders) {
            if (t.kind == TenderKind::Cash)
                return QStringLiteral("mixed");
        }
        return kind;
    }

    /// The sale's tenders; a wallet tender settles its paid order in the same transaction (an
    /// order pays one sale, once: the order must be paid and not yet settled).
    /// PRICE-OVERRIDE: the line's shelf price, reason and approver beside it.
    Status addPriceOverride(const CompletedSale& sale, qint64 saleId, int lineNo, const SaleLine& l)
    {
        if (m_db.schemaVersion() < kPriceOverrideSchema)
            return makeError(
                ErrorCode::StorageFailure,
                Tr::tr("数据库版本 %1 不能记录改价：请先升级数据库").arg(m_db.schemaVersion()));
        Result<QSqlQuery*> q = m_db.statement(QStringLiteral(
            "INSERT INTO sale_price_override (sale_id, line_no, list_price_fen, unit_price_fen, "
            "reason, approved_by) VALUES (?,?,?,?,?,?)"));
        if (!q)
            return q.error();
        bindAll(**q, {saleId, lineNo, l.priceOverride->listPrice.fen(), l.unitPrice.fen(),
                      l.priceOverride->reason, l.priceOverride->approvedBy});
        if (!(*q)->exec())
            return sqlError(**q,
                            Tr::tr("保存销售单 %1 第 %2 行的改价").arg(sale.saleNo).arg(lineNo));
        return {};
    }

    Status addTenders(const CompletedSale& sale, qint64 saleId, const QList<Tender>& tenders)
    {
        // A store held at an older schema (the upgrade tests write history there) has no tender
        // table yet: migration 0025 derives its sales' tenders from payment_method.
        if (m_db.schemaVersion() < kTenderSchema)
            return {};
        Money sum;
        for (const Tender& t : tenders)
            sum += t.amount;
        if (sum != sale.total)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("销售单 %1 的支付合计 %2 与应收 %3 不符，未保存")
                                 .arg(sale.saleNo, sum.display(), sale.total.display()));
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("INSERT INTO sale_tender (sale_id, seq, kind, amount_fen, reference) "
                           "VALUES (?,?,?,?,?)"));
        if (!q)
            return q.error();
        int seq = 0;
        for (const Tender& t : tenders) {
            if (t.amount.isZero())
                continue;
            bindAll(**q, {saleId, ++seq, tenderName(t.kind), t.amount.fen(), t.reference});
            if (!(*q)->exec())
                return sqlError(**q, Tr::tr("保存销售单 %1 的支付方式（%2）")
                                         .arg(sale.saleNo, toDisplayString(t.kind)));
            if (!isWallet(t.kind))
                continue;
            Result<QSqlQuery*> o = m_db.statement(QStringLiteral(
                "UPDATE payment_order SET state = 'settled', sale_no = ?, updated_at = ? "
                "WHERE order_no = ? AND state = 'paid' AND amount_fen = ?"));
            if (!o)
                return o.error();
            bindAll(**o,
                    {sale.saleNo, sale.time.toString(kTimeFormat), t.reference, t.amount.fen()});
            if (!(*o)->exec())
                return sqlError(**o, Tr::tr("登记付款单 %1").arg(t.reference));
            if ((*o)->numRowsAffected() != 1)
                return makeError(
                    ErrorCode::RuleViolation,
                    Tr::tr("%1付款单 %2 不是已付款、未记账的 %3，本单未保存")
                        .arg(toDisplayString(t.kind), t.reference, t.amount.display()));
        }
        return {};
    }

    Result<qint64> addSale(const CompletedSale& sale) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                           "payment_method, tendered_fen, change_fen, buyer_id_number, rx_no) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?)"));
        if (!q)
            return q.error();
        const QList<Tender> tenders = sale.payment.tendersOr(sale.total);
        bindAll(**q,
                {sale.saleNo, sale.time.toString(kTimeFormat), sale.terminal, sale.operatorName,
                 sale.total.fen(), paymentMethodName(sale, tenders), sale.payment.tendered.fen(),
                 sale.payment.change.fen(), QString(), sale.rxNo}); // DATA-PRIVACY: never plain
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("保存销售单"));
        const qint64 id = (*q)->lastInsertId().toLongLong();
        if (Status t = addTenders(sale, id, tenders); !t)
            return t.error();
        if (Status buyer =
                crypto::personal::writeSaleBuyerId(m_db, m_cipher, sale.saleNo, sale.buyerIdNumber);
            !buyer)
            return buyer.error();
        // SETTLE-SLIP: a prescription sold without insurance is owed its archive record (an
        // insured one is owed it by its settlement).
        if (!sale.rxNo.isEmpty() && sale.payment.method != PaymentMethod::Insurance) {
            Result<QSqlQuery*> due = m_db.statement(
                QStringLiteral("INSERT INTO sale_archive_due (sale_no, sold_at) VALUES (?,?)"));
            if (!due)
                return due.error();
            bindAll(**due, {sale.saleNo, sale.time.toString(kTimeFormat)});
            if (!(*due)->exec())
                return sqlError(**due, Tr::tr("登记待归档的处方销售 %1").arg(sale.saleNo));
        }
        Result<QSqlQuery*> line = m_db.statement(QStringLiteral(
            "INSERT INTO sale_line (sale_id, line_no, product_id, product_name, spec, unit, "
            "quantity, unit_price_fen, amount_fen, sale_unit, pieces) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        if (!line)
            return line.error();
        int no = 0;
        for (const SaleLine& l : sale.lines) {
            bindAll(**line, {id, ++no, l.product.id, l.product.displayName(), l.product.spec,
                             l.unitName(), l.quantity, l.unitPrice.fen(), l.amount().fen(),
                             static_cast<int>(l.unit), l.pieces()});
            if (!(*line)->exec())
                return sqlError(**line, Tr::tr("保存销售明细第 %1 行").arg(no));
            if (l.priceOverride)
                if (Status o = addPriceOverride(sale, id, no, l); !o)
                    return o.error();
        }
        return id;
    }

    Status sellTraceCode(const CompletedSale& sale, int lineNo, const QString& code,
                         qint64 productId, qint64 batchId, bool received) override
    {
        if (received) {
            Result<QSqlQuery*> q = m_db.statement(QStringLiteral(
                "UPDATE trace_code SET sold_at = ?, sale_no = ? WHERE code = ? AND sale_no = ''"));
            if (!q)
                return q.error();
            bindAll(**q, {sale.time.toString(kTimeFormat), sale.saleNo, code});
            if (!(*q)->exec())
                return sqlError(**q, Tr::tr("登记售出追溯码 %1").arg(code));
            if ((*q)->numRowsAffected() != 1)
                return makeError(ErrorCode::RuleViolation,
                                 Tr::tr("追溯码 %1 已售出，本单未保存").arg(code),
                                 QStringLiteral("INV-TRACE"));
        } else {
            Result<QSqlQuery*> q = m_db.statement(
                QStringLiteral("INSERT INTO trace_code (code, product_id, batch_id, received_at, "
                               "purchase_doc, sold_at, sale_no) VALUES (?,?,?,'','',?,?)"));
            if (!q)
                return q.error();
            bindAll(**q, {code, productId, batchId, sale.time.toString(kTimeFormat), sale.saleNo});
            if (!(*q)->exec())
                return sqlError(**q,
                                Tr::tr("登记售出追溯码 %1（INV-TRACE：一盒只能卖一次）").arg(code));
        }
        Result<QSqlQuery*> link = m_db.statement(QStringLiteral(
            "INSERT INTO sale_trace_code (sale_id, line_no, code, batch_id) VALUES (?,?,?,?)"));
        if (!link)
            return link.error();
        bindAll(**link, {sale.id, lineNo, code, batchId});
        if (!(*link)->exec())
            return sqlError(**link, Tr::tr("保存销售追溯码 %1").arg(code));
        return {};
    }

    Status usePrescription(const SettledPrescription& settled) override
    {
        Result<QSqlQuery*> q = m_db.statement(
            QStringLiteral("INSERT INTO prescription_settled (rx_no, settled_at, place, reference) "
                           "VALUES (?,?,?,?)"));
        if (!q)
            return q.error();
        bindAll(**q,
                {settled.rxNo, settled.settledAt.toString(kTimeFormat),
                 settled.where == SettledPrescription::Where::Platform ? 2 : 1, settled.reference});
        if (!(*q)->exec())
            return makeError(
                ErrorCode::RuleViolation,
                Tr::tr("处方 %1 已经调配或结算过，%2 未保存").arg(settled.rxNo, settled.reference),
                QStringLiteral("RX-SINGLE"));
        return {};
    }

    Status addSaleReturn(const QString& returnNo, const CompletedSale& sale,
                         const QString& reason) override
    {
        Result<QSqlQuery*> head = m_db.statement(
            QStringLiteral("INSERT INTO sale_return (return_no, sale_id, returned_at, operator, "
                           "reason, refund_fen) VALUES (?,?,?,?,?,?)"));
        if (!head)
            return head.error();
        bindAll(**head,
                {returnNo, sale.id, time(), m_context.operatorName, reason, sale.total.fen()});
        if (!(*head)->exec())
            return makeError(ErrorCode::WrongState,
                             Tr::tr("销售单 %1 已经退过货，不能再退").arg(sale.saleNo));
        Result<QSqlQuery*> back = m_db.statement(
            QStringLiteral("UPDATE trace_code SET sold_at = '', sale_no = '' WHERE sale_no = ?"));
        if (!back)
            return back.error();
        (*back)->bindValue(0, sale.saleNo);
        if (!(*back)->exec())
            return sqlError(**back, Tr::tr("追溯码退回库存"));
        Result<QSqlQuery*> mark = m_db.statement(QStringLiteral(
            "UPDATE sale_trace_code SET returned_at = ?, return_no = ? WHERE sale_id = ?"));
        if (!mark)
            return mark.error();
        bindAll(**mark, {time(), returnNo, sale.id});
        if (!(*mark)->exec())
            return sqlError(**mark, Tr::tr("标记退货追溯码"));
        // SETTLE-SLIP: a returned cash prescription sale is owed the record of its return (an
        // insured one's refund is sealed with its settlement).
        if (!sale.rxNo.isEmpty() && sale.payment.method != PaymentMethod::Insurance) {
            Result<QSqlQuery*> due = m_db.statement(QStringLiteral(
                "INSERT INTO sale_return_archive_due (sale_no, returned_at) VALUES (?,?)"));
            if (!due)
                return due.error();
            bindAll(**due, {sale.saleNo, time()});
            if (!(*due)->exec())
                return sqlError(**due, Tr::tr("登记待归档的处方退货 %1").arg(sale.saleNo));
        }
        return {};
    }

    Status closeStocktake(qint64 sheetId) override
    {
        Result<QSqlQuery*> q = m_db.statement(QStringLiteral(
            "UPDATE stocktake SET approved_at = ?, approved_by = ? WHERE id = ? AND approved_at = ''"));
        if (!q)
            return q.error();
        bindAll(**q, {time(), m_context.operatorName, sheetId});
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("审核盘点单"));
        if ((*q)->numRowsAffected() != 1)
            return makeError(ErrorCode::WrongState, Tr::tr("盘点单已审核或不存在"));
        return {};
    }

    Status commitSettlement(const InsuredSettlementRecord& settled,
                            const PlatformCallRecord& answered) override
    {
        if (Status s = SqlSettlementStore::writeSettlement(m_db, m_cipher, settled); !s)
            return s;
        return SqlSettlementStore::writeCall(m_db, m_cipher, answered);
    }

    Status appendAudit(const AuditEvent& event) override { return appendAuditEntry(m_db, event); }

    Status commit() override { return m_tx.commit(); }

private:
    [[nodiscard]] QString time() const { return m_context.at.toString(kTimeFormat); }

    Database& m_db;
    const FieldCipher& m_cipher;
    PostingContext m_context;
    Transaction m_tx;
};

} // namespace

Result<std::unique_ptr<LedgerTransaction>> SqlLedgerStore::begin(const PostingContext& context)
{
    auto tx = std::make_unique<SqlLedgerTransaction>(m_db, m_cipher, context);
    if (!tx->isActive())
        return tx->beginError().error();
    return std::unique_ptr<LedgerTransaction>(std::move(tx));
}

} // namespace pos::storage
