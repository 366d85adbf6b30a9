#pragma once

#include "app/core/money.h"
#include "app/core/product.h"
#include "app/core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pos {

/// The kinds of stock movement (INV-LEDGER). The numbers are stored; never renumber.
enum class MovementKind
{
    Purchase = 1,
    PurchaseReturn = 2,
    Sale = 3,
    SaleReturn = 4,
    Loss = 5,
    Destruction = 6,
    StocktakeGain = 7,
    StocktakeLoss = 8,
    TransferIn = 9,
    TransferOut = 10,
};

[[nodiscard]] bool isInbound(MovementKind k);
[[nodiscard]] QString toDisplayString(MovementKind k);
/// The platform's 3502 inv_chg_type for movements that are uploaded as stock changes.
[[nodiscard]] QString platformChangeType(MovementKind k);

/// A batch (批次) of one product as it was received.
struct Batch
{
    qint64 id = 0;
    qint64 productId = 0;
    QString batchNo; ///< 批号
    QDate productionDate;
    QDate expiryDate; ///< 有效期至: the last day it may be sold
    QString supplier;
    Money cost;               ///< purchase price per box
    bool quarantined = false; ///< 待验 / 不合格: not sellable, not available (INV-AVAIL)
};

/// A batch with what is left of it, in pieces.
struct BatchStock
{
    Batch batch;
    qint64 pieces = 0;
};

/// INV-EXPIRY / INV-AVAIL: may this batch be sold on `day`?
[[nodiscard]] bool isSellable(const Batch& b, const QDate& day);

/// How the stock screen shows a batch on `day`: sellable, sellable but expiring within
/// `nearExpiryDays` (INV-EXPIRY: 近效期), or not sellable (expired or quarantined, INV-AVAIL).
enum class ExpiryState
{
    Normal = 1,
    NearExpiry,
    Unsellable
};
[[nodiscard]] ExpiryState expiryState(const Batch& b, const QDate& day, int nearExpiryDays);

/// How many batches with stock expire on one day, quarantined ones counted apart: what the stock
/// screen's counts are made of, without reading every batch.
struct StockExpiryGroup
{
    QDate expiryDate;
    bool quarantined = false;
    qint64 batches = 0;
};

/// The stock screen's counts on `day`.
struct StockSummary
{
    qint64 batches = 0;    ///< batches with stock
    qint64 nearExpiry = 0; ///< sellable, expiring within the near-expiry days
    qint64 unsellable = 0; ///< expired or quarantined
};
[[nodiscard]] StockSummary summariseStock(const QList<StockExpiryGroup>& groups, const QDate& day,
                                          int nearExpiryDays);

/// A part of a sale line taken from one batch.
struct Allocation
{
    qint64 batchId = 0;
    QString batchNo;
    QDate expiryDate;
    qint64 pieces = 0;
};

/// FEFO (INV-EXPIRY): takes `pieces` from the sellable batches, earliest expiry first (ties: the
/// older batch id first). Expired and quarantined batches are never touched. Refuses with
/// INV-AVAIL when the sellable stock is short, naming what is needed and what is there.
[[nodiscard]] Result<QList<Allocation>> allocateFefo(QList<BatchStock> batches, qint64 pieces,
                                                     const QDate& day, const QString& productName);

/// As allocateFefo, but the boxes whose traceability code names their batch (`boxBatchIds`, one
/// entry per box of `piecesPerBox` pieces) leave from that batch: the box in the customer's hand
/// is the box the ledger books out. A box of an expired or quarantined batch is refused
/// (INV-EXPIRY); a box the book has no stock for leaves by FEFO like the rest.
[[nodiscard]] Result<QList<Allocation>>
allocateWithTracedBoxes(QList<BatchStock> batches, qint64 pieces, const QList<qint64>& boxBatchIds,
                        qint64 piecesPerBox, const QDate& day, const QString& productName);

/// One line of a supplier's delivery as received (购进验收), with every INV-FIELDS field.
struct PurchaseLine
{
    QString productCode;    ///< the store's product code, GTIN or 本位码 of the product
    QString genericName;    ///< 通用名称
    QString manufacturer;   ///< 生产厂商 (中药饮片: 产地)
    QString dosageForm;     ///< 剂型
    QString spec;           ///< 规格
    QString batchNo;        ///< 批号
    QDate productionDate;   ///< 生产日期
    QDate expiryDate;       ///< 有效期
    QString approvalNo;     ///< 批准文号 (none for 中药饮片)
    QString insuranceCode;  ///< 医保药品编码 (none for 非医保)
    int boxes = 0;          ///< 数量, in whole packs
    Money price;            ///< 价格, per pack
    QStringList traceCodes; ///< 药品追溯码, one per box, exactly as scanned
    /// 处方类别 where the delivery note states it (RX-ONLY): must equal the product master's.
    std::optional<RxClass> rxClass = std::nullopt;
};

/// A supplier's delivery note: one document, received whole or not at all.
struct PurchaseDocument
{
    QString supplier;   ///< 供货单位
    QDate purchaseDate; ///< 购进日期
    QString reference;  ///< the supplier's delivery note number, if any
    QString source;     ///< "manual", "import:FILE", "demo"
    QList<PurchaseLine> lines;
};

} // namespace pos
