#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/ports/inventoryrepository.h"

#include <QJsonObject>

namespace pos {

/// The upload records the ledger queues, in the shape of the platform's transactions
/// (shared/PLATFORM.md §2). Field names are the platform's; values come from the ledger.
///
/// Counts: every record counts in pieces (最小单位, the ledger's unit: a purchase of 2 boxes of
/// a 10-piece pack is 20), so the platform's stock arithmetic — counted (3501) + changes (3502)
/// + purchases (3503) − purchase returns (3504) − sales (3505) + sale returns (3506) — adds like
/// with like; `finl_trns_pric` is the price of one piece to match (a box's price ÷ its pieces),
/// `trdn_flag` still says whether the sale was split (拆零).
///
/// fixmedins_bchno (定点医药机构批次流水号, the key 3507 deletes by together with the data
/// type) is unique per record: the document's number and the record's number within what that
/// document queues, "XS-T01-20261123-0007-02" (recordSerial). A 3506 has its own and names the
/// sold record's in `medins_prod_sel_no`. Records queued before this scheme keep the old
/// "document-batch" key; they are read and resolved by whatever key they carry.
namespace payloads {

/// fixmedins_bchno of the `recordNo`-th record (1-based) that document `docNo` queues.
[[nodiscard]] QString recordSerial(const QString& docNo, int recordNo);
/// The price of one piece when `perUnit` buys `piecesPerUnit` pieces, in yuan with up to six
/// decimals ("12.80", "0.533333").
[[nodiscard]] QString piecePrice(Money perUnit, qint64 piecesPerUnit);

/// 3503 商品采购: one per received line (`recordNo`: the line's number), in pieces.
[[nodiscard]] QJsonObject purchase3503(const ResolvedPurchaseLine& l, const QString& supplier,
                                       const QString& docNo, int recordNo,
                                       const QString& operatorName, const QDateTime& at);

/// 3502 商品库存变更: a stock change other than purchase and sale (stocktake, loss, transfer).
[[nodiscard]] QJsonObject stockChange3502(const QString& insuranceCode, const QString& productCode,
                                          const QString& productName, const QString& batchNo,
                                          MovementKind kind, qint64 pieces, const QString& docNo,
                                          int recordNo, const QString& operatorName,
                                          const QDateTime& at);

/// What a sold part of a line carries into its 3505 record.
struct SaleUpload
{
    QString saleNo;
    QString insuranceCode;
    QString productCode;
    QString productName;
    QString rxFlag;
    bool splitPack = false; ///< 拆零
    Money unitPrice;
    Allocation allocation;
    QDate productionDate;
    QStringList traceCodes;
    QString operatorName;
    QDateTime at;
    QString rxNo;             ///< the prescription the sale dispensed (RX-ONLY), empty for none
    int recordNo = 1;         ///< this record's number among the sale's 3505s (1-based)
    qint64 piecesPerUnit = 1; ///< pieces `unitPrice` buys (a box's or a strip's; 1 a piece)
};

/// 3504 商品采购退货: a purchase return of `pieces` (positive) from one batch.
[[nodiscard]] QJsonObject purchaseReturn3504(const QString& insuranceCode,
                                             const QString& productCode, const QString& productName,
                                             const QString& batchNo, const QString& supplier,
                                             qint64 pieces, const QString& docNo, int recordNo,
                                             const QString& operatorName, const QDateTime& at);

/// What one counted batch of an approved stocktake carries into its 3501 record.
struct CountUpload
{
    QString insuranceCode;
    QString productCode;
    QString productName;
    QString rxFlag;
    QString batchNo;
    QDate productionDate;
    QDate expiryDate;
    qint64 countedPieces = 0;
    QString sheetNo;
    int recordNo = 1; ///< this record's number among the sheet's records (1-based)
    QDateTime at;
};

/// 3501 商品盘存: the counted stock of one batch, as approved.
[[nodiscard]] QJsonObject stockCount3501(const CountUpload& c);

/// 3505 商品销售: one per batch a line was taken from.
[[nodiscard]] QJsonObject sale3505(const SaleUpload& s);
/// 3506 商品销售退货: the reversal of one 3505 record of the returned sale (one per batch it took
/// stock from), made from that record itself so the return names exactly what was sold; its
/// own fixmedins_bchno is the return's `recordNo`-th, the sold record's is kept in
/// medins_prod_sel_no.
[[nodiscard]] QJsonObject saleReturn3506(const QJsonObject& sale3505, const QString& returnNo,
                                         int recordNo, const QString& operatorName,
                                         const QDateTime& at);

} // namespace payloads
} // namespace pos
