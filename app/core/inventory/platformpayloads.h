#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/ports/inventoryrepository.h"

#include <QJsonObject>

namespace pos {

/// The upload records the ledger queues, in the shape of the platform's transactions
/// (shared/PLATFORM.md §2). Field names are the platform's; values come from the ledger.
namespace payloads {

/// 3503 商品采购: one per received line.
[[nodiscard]] QJsonObject purchase3503(const ResolvedPurchaseLine& l, const QString& supplier,
                                       const QString& docNo, const QString& operatorName,
                                       const QDateTime& at);

/// 3502 商品库存变更: a stock change other than purchase and sale (stocktake, loss, transfer).
[[nodiscard]] QJsonObject stockChange3502(const QString& insuranceCode, const QString& productCode,
                                          const QString& productName, const QString& batchNo,
                                          MovementKind kind, qint64 pieces, const QString& docNo,
                                          const QString& operatorName, const QDateTime& at);

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
    QString rxNo; ///< the prescription the sale dispensed (RX-ONLY), empty for none
};

/// 3504 商品采购退货: a purchase return of `pieces` (positive) from one batch.
[[nodiscard]] QJsonObject purchaseReturn3504(const QString& insuranceCode,
                                             const QString& productCode, const QString& productName,
                                             const QString& batchNo, const QString& supplier,
                                             qint64 pieces, const QString& docNo,
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
    QDateTime at;
};

/// 3501 商品盘存: the counted stock of one batch, as approved.
[[nodiscard]] QJsonObject stockCount3501(const CountUpload& c);

/// 3505 商品销售: one per batch a line was taken from.
[[nodiscard]] QJsonObject sale3505(const SaleUpload& s);
/// 3506 商品销售退货: the reversal of one 3505 record of the returned sale (one per batch it took
/// stock from), made from that record itself so the return names exactly what was sold.
[[nodiscard]] QJsonObject saleReturn3506(const QJsonObject& sale3505, const QString& returnNo,
                                         const QString& operatorName, const QDateTime& at);

} // namespace payloads
} // namespace pos
