#include "app/core/inventory/postings.h"

#include "app/core/inventory/platformpayloads.h"
#include "app/core/ports/ledgerstore.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/upload/platformrecords.h"

#include <QCoreApplication>

#include <algorithm>

namespace pos::postings {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Postings)
};

QString rxFlag(RxClass c)
{
    return c == RxClass::Prescription ? QStringLiteral("1") : QStringLiteral("0");
}

QString day(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

Result<QString> purchase(LedgerTransaction& tx, const PurchaseDocument& doc,
                         const QList<ResolvedPurchaseLine>& lines)
{
    const PostingContext& c = tx.context();
    Result<QString> docNo = tx.nextNumber(QStringLiteral("GJ-") + day(c.at));
    if (!docNo)
        return docNo;
    Result<qint64> docId = tx.addPurchaseDocument(*docNo, doc);
    if (!docId)
        return docId.error();
    int no = 0;
    for (const ResolvedPurchaseLine& r : lines) {
        ++no;
        const PurchaseLine& l = r.line;
        // INV-FIELDS: the same batch number of the same product is one batch; its dates must
        // agree with what was received before.
        Result<std::optional<Batch>> known = tx.findBatch(r.productId, l.batchNo);
        if (!known)
            return known.error();
        qint64 batchId = 0;
        if (*known) {
            if ((*known)->expiryDate != l.expiryDate)
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("第 %1 行：批号 %2 已入库，有效期为 %3，与本次的 %4 不一致")
                                     .arg(no)
                                     .arg(l.batchNo, (*known)->expiryDate.toString(Qt::ISODate),
                                          l.expiryDate.toString(Qt::ISODate)),
                                 QStringLiteral("INV-FIELDS"));
            batchId = (*known)->id;
        } else {
            Batch b;
            b.productId = r.productId;
            b.batchNo = l.batchNo;
            b.productionDate = l.productionDate;
            b.expiryDate = l.expiryDate;
            b.supplier = doc.supplier;
            b.cost = l.price;
            Result<qint64> added = tx.addBatch(b);
            if (!added)
                return added.error();
            batchId = *added;
        }
        if (Status s = tx.addPurchaseLine(*docId, no, r, batchId); !s)
            return s.error();
        // INV-TRACE: each box's code is received once.
        for (const QString& code : l.traceCodes) {
            Result<std::optional<TraceCodeRecord>> seen = tx.traceCode(code);
            if (!seen)
                return seen.error();
            if (*seen)
                return makeError(ErrorCode::RuleViolation,
                                 Tr::tr("第 %1 行：追溯码 %2 已入库过（%3）：同一盒药只能验收一次")
                                     .arg(no)
                                     .arg(code, (*seen)->purchaseDoc.isEmpty()
                                                    ? (*seen)->saleNo
                                                    : (*seen)->purchaseDoc),
                                 QStringLiteral("INV-TRACE"));
            if (Status s = tx.receiveTraceCode(code, r.productId, batchId, *docNo); !s)
                return s.error();
        }
        if (Status s = tx.addMovement(
                *docNo, MovementEntry{MovementKind::Purchase, r.productId, batchId,
                                      qint64(l.boxes) * r.piecesPerBox, Tr::tr("购进验收")});
            !s)
            return s.error();
        if (Status s = tx.queueUpload(
                *docNo, UploadEntry{QStringLiteral("3503"),
                                    payloads::purchase3503(r, doc.supplier, *docNo, no,
                                                           c.operatorName, c.at)});
            !s)
            return s.error();
    }
    return docNo;
}

Result<QString> adjustment(LedgerTransaction& tx, const ProductCatalog& catalog, qint64 batchId,
                           MovementKind kind, qint64 pieces, const QString& reason)
{
    const PostingContext& c = tx.context();
    Result<std::optional<BatchStock>> batch = tx.batch(batchId);
    if (!batch)
        return batch.error();
    if (!*batch)
        return makeError(ErrorCode::NotFound, Tr::tr("没有批次 %1").arg(batchId));
    const Batch& b = (*batch)->batch;
    const std::optional<Product> product = catalog.findById(b.productId);
    if (!product)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("批次 %1 的商品不在商品档案中").arg(b.batchNo));
    const qint64 signedPieces = isInbound(kind) ? pieces : -pieces;
    // INV-LEDGER: a batch never goes below zero.
    if ((*batch)->pieces + signedPieces < 0)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("批次 %1 库存不足：现有 %2（最小单位），%3 %4")
                             .arg(b.batchNo)
                             .arg((*batch)->pieces)
                             .arg(toDisplayString(kind))
                             .arg(pieces),
                         QStringLiteral("INV-LEDGER"));
    Result<QString> docNo = tx.nextNumber(QStringLiteral("BS-") + day(c.at));
    if (!docNo)
        return docNo;
    if (Status s =
            tx.addMovement(*docNo, MovementEntry{kind, b.productId, batchId, signedPieces, reason});
        !s)
        return s.error();
    // A purchase return is its own platform transaction (3504); other changes are 3502.
    const bool purchaseReturn = kind == MovementKind::PurchaseReturn;
    const UploadEntry upload =
        purchaseReturn
            ? UploadEntry{QStringLiteral("3504"),
                          payloads::purchaseReturn3504(
                              product->insuranceCode, product->code, product->genericName,
                              b.batchNo, b.supplier, signedPieces, *docNo, 1, c.operatorName, c.at)}
            : UploadEntry{QStringLiteral("3502"),
                          payloads::stockChange3502(product->insuranceCode, product->code,
                                                    product->genericName, b.batchNo, kind,
                                                    signedPieces, *docNo, 1, c.operatorName, c.at)};
    if (Status s = tx.queueUpload(*docNo, upload); !s)
        return s.error();
    return docNo;
}

Result<StocktakeResult> stocktake(LedgerTransaction& tx, const ProductCatalog& catalog,
                                  qint64 sheetId, const QString& reason)
{
    const PostingContext& c = tx.context();
    Result<std::optional<StocktakeSheet>> read = tx.stocktake(sheetId);
    if (!read)
        return read.error();
    if (!*read)
        return makeError(ErrorCode::NotFound, Tr::tr("盘点单不存在"));
    const StocktakeSheet& sheet = **read;
    if (sheet.approved)
        return makeError(ErrorCode::WrongState, Tr::tr("盘点单 %1 已审核").arg(sheet.sheetNo));
    const qsizetype uncounted = std::count_if(sheet.lines.cbegin(), sheet.lines.cend(),
                                              [](const StocktakeLine& l) { return !l.counted; });
    if (uncounted > 0)
        return makeError(ErrorCode::WrongState,
                         Tr::tr("盘点单 %1 还有 %2 个批次未录入实盘数量，不能审核")
                             .arg(sheet.sheetNo)
                             .arg(uncounted),
                         QStringLiteral("INV-LEDGER"));
    StocktakeResult result;
    QList<std::pair<MovementEntry, UploadEntry>> adjustments;
    int records = 0; // the sheet's 3501s (one per line), then its 3502s: each its own serial
    // 3501: the counted stock of every batch on the sheet; then each variance with its 3502.
    for (const StocktakeLine& l : sheet.lines) {
        const std::optional<Product> product = catalog.findById(l.productId);
        Result<std::optional<BatchStock>> batch = tx.batch(l.batchId);
        if (!batch)
            return batch.error();
        if (!product || !*batch)
            return makeError(ErrorCode::NotFound,
                             Tr::tr("盘点单上的批次 %1 不在账上").arg(l.batchNo));
        payloads::CountUpload count;
        count.productCode = product->code;
        count.productName = product->genericName;
        count.insuranceCode = product->insuranceCode;
        count.batchNo = l.batchNo;
        count.rxFlag = rxFlag(product->rxClass);
        count.productionDate = (*batch)->batch.productionDate;
        count.expiryDate = (*batch)->batch.expiryDate;
        count.countedPieces = *l.counted;
        count.sheetNo = sheet.sheetNo;
        count.recordNo = ++records;
        count.at = c.at;
        if (Status s = tx.queueUpload(sheet.sheetNo, UploadEntry{QStringLiteral("3501"),
                                                                 payloads::stockCount3501(count)});
            !s)
            return s.error();
        // The difference from the balance now: what sold since the sheet was made is not a loss.
        const qint64 delta = *l.counted - (*batch)->pieces;
        if (delta == 0)
            continue;
        const MovementKind kind =
            delta > 0 ? MovementKind::StocktakeGain : MovementKind::StocktakeLoss;
        adjustments.append(
            {MovementEntry{kind, l.productId, l.batchId, delta, reason},
             UploadEntry{QStringLiteral("3502"),
                         payloads::stockChange3502(product->insuranceCode, product->code,
                                                   product->genericName, l.batchNo, kind, delta,
                                                   sheet.sheetNo,
                                                   // after the sheet's 3501s, one per line
                                                   int(sheet.lines.size() + adjustments.size()) + 1,
                                                   c.operatorName, c.at)}});
    }
    for (const auto& [movement, upload] : adjustments) {
        if (Status s = tx.addMovement(sheet.sheetNo, movement); !s)
            return s.error();
        if (Status s = tx.queueUpload(sheet.sheetNo, upload); !s)
            return s.error();
        ++result.adjustedBatches;
        (movement.pieces > 0 ? result.gainPieces : result.lossPieces) +=
            movement.pieces > 0 ? movement.pieces : -movement.pieces;
    }
    if (Status s = tx.closeStocktake(sheetId); !s)
        return s.error();
    return result;
}

Result<CompletedSale> sale(LedgerTransaction& tx, const CompletedSale& input)
{
    if (input.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("没有商品行的销售不能保存"));
    CompletedSale s = input;
    if (s.terminal.isEmpty())
        s.terminal = QStringLiteral("T01");
    Result<QString> no = tx.nextNumber(QStringLiteral("XS-%1-%2").arg(s.terminal, day(s.time)));
    if (!no)
        return no.error();
    s.saleNo = *no;
    // RX-SINGLE: the prescription this sale dispensed is used up with it.
    if (!s.rxNo.isEmpty()) {
        Result<std::optional<SettledPrescription>> used = tx.settledPrescription(s.rxNo);
        if (!used)
            return used.error();
        if (*used)
            return makeError(
                ErrorCode::RuleViolation,
                Tr::tr("处方 %1 已于 %2 调配或结算（%3），不能再用：本单未保存")
                    .arg(s.rxNo, (*used)->settledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         (*used)->reference),
                QStringLiteral("RX-SINGLE"));
        if (Status u = tx.usePrescription(
                SettledPrescription{s.rxNo, s.time, SettledPrescription::Where::Here, s.saleNo});
            !u)
            return u.error();
    }
    Result<qint64> id = tx.addSale(s);
    if (!id)
        return id.error();
    s.id = *id;

    int lineNo = 0;
    int records = 0;                                  // the sale's 3505s, each its own serial
    QList<QList<SoldBatch>> soldFrom(s.lines.size()); // set on the lines once they are posted
    upload::RxSaleUpload rxSale;                      // 7207, for an e-prescription's sale
    for (const SaleLine& l : s.lines) {
        ++lineNo;
        // INV-TRACE: the boxes whose codes were scanned, each sold once.
        struct Box
        {
            QString code;
            qint64 batchId = 0; ///< the batch it was received into; 0: never received
            bool known = false;
        };
        QList<Box> boxes;
        QList<qint64> boxBatches;
        for (const QString& code : l.traceCodes) {
            Result<std::optional<TraceCodeRecord>> rec = tx.traceCode(code);
            if (!rec)
                return rec.error();
            if (*rec && !(*rec)->saleNo.isEmpty())
                return makeError(ErrorCode::RuleViolation,
                                 Tr::tr("追溯码 %1 已随销售单 %2 售出，本单 %3 未保存")
                                     .arg(code, (*rec)->saleNo, s.saleNo),
                                 QStringLiteral("INV-TRACE"));
            const Box box{code, *rec ? (*rec)->batchId : 0, rec->has_value()};
            if (box.batchId != 0)
                boxBatches.append(box.batchId);
            boxes.append(box);
        }
        // The boxes whose codes were scanned leave from their own batch; the rest
        // first-expiry-first-out (INV-EXPIRY).
        Result<QList<BatchStock>> batches = tx.batchesWithStock(l.product.id);
        if (!batches)
            return batches.error();
        const qint64 perBox = l.unit == SaleUnit::Box ? l.piecesPerUnit() : l.pieces();
        Result<QList<Allocation>> taken = allocateWithTracedBoxes(
            *batches, l.pieces(), boxBatches, perBox, s.time.date(), l.product.displayName());
        if (!taken)
            return taken.error();
        QHash<qint64, QStringList> codesByBatch;
        for (const Box& b : boxes) {
            // The batch the box left from: its own when the ledger took it from there, else the
            // first batch of the allocation (a box the store never received).
            const bool ownBatch =
                std::any_of(taken->cbegin(), taken->cend(),
                            [&b](const Allocation& a) { return a.batchId == b.batchId; });
            const qint64 from = ownBatch ? b.batchId : taken->constFirst().batchId;
            if (Status t = tx.sellTraceCode(s, lineNo, b.code, l.product.id, from, b.known); !t)
                return t.error();
            codesByBatch[from] << b.code;
        }
        QStringList batchNos;
        for (const Allocation& a : *taken)
            for (const BatchStock& b : *batches)
                if (b.batch.id == a.batchId) {
                    if (!batchNos.contains(b.batch.batchNo))
                        batchNos << b.batch.batchNo;
                    // GSP: the voucher names each batch the line left from, with its expiry.
                    soldFrom[lineNo - 1].append(
                        SoldBatch{b.batch.batchNo, b.batch.expiryDate, a.pieces});
                }
        rxSale.lines.append(upload::RxSaleLine{
            l.product.insuranceCode, l.product.code, l.product.displayName(),
            batchNos.join(QLatin1Char(',')), l.quantity, l.unitPrice, l.traceCodes});
        for (const Allocation& a : *taken) {
            if (Status m =
                    tx.addMovement(s.saleNo, MovementEntry{MovementKind::Sale, l.product.id,
                                                           a.batchId, -a.pieces, Tr::tr("零售")});
                !m)
                return m.error();
            payloads::SaleUpload up;
            up.saleNo = s.saleNo;
            up.insuranceCode = l.product.insuranceCode;
            up.productCode = l.product.code;
            up.productName = l.product.displayName();
            up.rxFlag = rxFlag(l.product.rxClass);
            up.splitPack = l.unit != SaleUnit::Box;
            up.unitPrice = l.unitPrice;
            up.allocation = a;
            for (const BatchStock& b : *batches)
                if (b.batch.id == a.batchId)
                    up.productionDate = b.batch.productionDate;
            up.traceCodes = codesByBatch.value(a.batchId);
            up.operatorName = s.operatorName;
            up.at = s.time;
            up.rxNo = s.rxNo;
            up.recordNo = ++records;
            up.piecesPerUnit = l.piecesPerUnit(); // the price per piece, as the count
            if (Status u = tx.queueUpload(
                    s.saleNo, UploadEntry{QStringLiteral("3505"), payloads::sale3505(up)});
                !u)
                return u.error();
        }
    }
    // DATA-UPLOAD: an e-prescription's sale-out record (7207) travels with the sale's 3505s, in the
    // same transaction; the platform then knows the prescription was dispensed (RX-SINGLE there).
    if (!s.platformRxNo.isEmpty()) {
        rxSale.hiRxNo = s.platformRxNo;
        rxSale.saleNo = s.saleNo;
        rxSale.soldAt = s.time;
        rxSale.operatorName = s.operatorName;
        if (Status u = tx.queueUpload(
                s.saleNo, UploadEntry{QStringLiteral("7207"), upload::rxSale7207(rxSale)});
            !u)
            return u.error();
    }
    for (qsizetype i = 0; i < s.lines.size(); ++i)
        s.lines[i].soldFrom = soldFrom.at(i);
    return s;
}

Result<QString> saleReturn(LedgerTransaction& tx, const QString& saleNo, const QString& reason)
{
    const PostingContext& c = tx.context();
    Result<std::optional<CompletedSale>> found = tx.sale(saleNo);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, Tr::tr("没有销售单 %1").arg(saleNo));
    const CompletedSale& sold = **found;
    Result<QString> returnNo =
        tx.nextNumber(QStringLiteral("TH-%1-%2").arg(sold.terminal, day(c.at)));
    if (!returnNo)
        return returnNo;
    if (Status r = tx.addSaleReturn(*returnNo, sold, reason); !r)
        return r.error();
    // The stock goes back to the very batches it left.
    Result<QList<DocumentMovement>> moved = tx.movementsOf(saleNo);
    if (!moved)
        return moved.error();
    for (const DocumentMovement& m : *moved)
        if (m.kind == MovementKind::Sale)
            if (Status s =
                    tx.addMovement(*returnNo, MovementEntry{MovementKind::SaleReturn, m.productId,
                                                            m.batchId, -m.pieces, reason});
                !s)
                return s.error();
    // Each 3505 the sale queued is reversed by a 3506 made from it.
    Result<QList<QJsonObject>> uploads = tx.uploadsOf(QStringLiteral("3505"), saleNo);
    if (!uploads)
        return uploads.error();
    int records = 0;
    for (const QJsonObject& sale3505 : *uploads)
        if (Status s = tx.queueUpload(
                *returnNo, UploadEntry{QStringLiteral("3506"),
                                       payloads::saleReturn3506(sale3505, *returnNo, ++records,
                                                                c.operatorName, c.at)});
            !s)
            return s.error();
    // An e-prescription's sale-out record is cancelled with the sale (7208).
    Result<QList<QJsonObject>> rxSales = tx.uploadsOf(QStringLiteral("7207"), saleNo);
    if (!rxSales)
        return rxSales.error();
    for (const QJsonObject& rx7207 : *rxSales) {
        const QString hiRxNo = rx7207.value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("hi_rxno"))
                                   .toString();
        if (Status s = tx.queueUpload(
                *returnNo, UploadEntry{QStringLiteral("7208"),
                                       upload::rxSaleCancel7208(hiRxNo, saleNo, reason, c.at)});
            !s)
            return s.error();
    }
    return returnNo;
}

} // namespace pos::postings
