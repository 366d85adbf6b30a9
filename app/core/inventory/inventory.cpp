#include "app/core/inventory/inventory.h"

#include <QCoreApplication>

#include <algorithm>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Inventory)
};
} // namespace

bool isInbound(MovementKind k)
{
    switch (k) {
    case MovementKind::Purchase:
    case MovementKind::SaleReturn:
    case MovementKind::StocktakeGain:
    case MovementKind::TransferIn: return true;
    default: return false;
    }
}

QString toDisplayString(MovementKind k)
{
    switch (k) {
    case MovementKind::Purchase: return Tr::tr("购进");
    case MovementKind::PurchaseReturn: return Tr::tr("购进退货");
    case MovementKind::Sale: return Tr::tr("销售");
    case MovementKind::SaleReturn: return Tr::tr("销售退货");
    case MovementKind::Loss: return Tr::tr("报损");
    case MovementKind::Destruction: return Tr::tr("销毁");
    case MovementKind::StocktakeGain: return Tr::tr("盘盈");
    case MovementKind::StocktakeLoss: return Tr::tr("盘亏");
    case MovementKind::TransferIn: return Tr::tr("调入");
    case MovementKind::TransferOut: return Tr::tr("调出");
    }
    return {};
}

QString platformChangeType(MovementKind k)
{
    // shared/PLATFORM.md §2, 3502 inv_chg_type.
    switch (k) {
    case MovementKind::TransferIn: return QStringLiteral("101");
    case MovementKind::TransferOut: return QStringLiteral("102");
    case MovementKind::StocktakeGain: return QStringLiteral("103");
    case MovementKind::StocktakeLoss: return QStringLiteral("104");
    case MovementKind::Destruction: return QStringLiteral("105");
    case MovementKind::Loss: return QStringLiteral("107");
    case MovementKind::Purchase: return QStringLiteral("108");
    case MovementKind::PurchaseReturn: return QStringLiteral("109");
    case MovementKind::Sale:
    case MovementKind::SaleReturn: return {}; // uploaded as 3505 / 3506
    }
    return {};
}

bool isSellable(const Batch& b, const QDate& day)
{
    return !b.quarantined && b.expiryDate.isValid() && day <= b.expiryDate;
}

ExpiryState expiryState(const Batch& b, const QDate& day, int nearExpiryDays)
{
    if (!isSellable(b, day))
        return ExpiryState::Unsellable;
    return day.daysTo(b.expiryDate) <= nearExpiryDays ? ExpiryState::NearExpiry
                                                      : ExpiryState::Normal;
}

StockSummary summariseStock(const QList<StockExpiryGroup>& groups, const QDate& day,
                            int nearExpiryDays)
{
    StockSummary s;
    for (const StockExpiryGroup& g : groups) {
        Batch b;
        b.expiryDate = g.expiryDate;
        b.quarantined = g.quarantined;
        s.batches += g.batches;
        switch (expiryState(b, day, nearExpiryDays)) {
        case ExpiryState::Unsellable: s.unsellable += g.batches; break;
        case ExpiryState::NearExpiry: s.nearExpiry += g.batches; break;
        case ExpiryState::Normal: break;
        }
    }
    return s;
}

Result<QList<Allocation>> allocateFefo(QList<BatchStock> batches, qint64 pieces, const QDate& day,
                                       const QString& productName)
{
    if (pieces <= 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("出库数量必须大于 0"));
    std::stable_sort(batches.begin(), batches.end(), [](const BatchStock& a, const BatchStock& b) {
        if (a.batch.expiryDate != b.batch.expiryDate)
            return a.batch.expiryDate < b.batch.expiryDate;
        return a.batch.id < b.batch.id;
    });
    qint64 sellable = 0;
    qint64 expired = 0;
    for (const BatchStock& s : batches) {
        if (isSellable(s.batch, day))
            sellable += s.pieces;
        else
            expired += s.pieces;
    }
    if (sellable < pieces) {
        QString why = Tr::tr("%1 可售库存不足：需要 %2，可售 %3（最小单位）")
                          .arg(productName)
                          .arg(pieces)
                          .arg(sellable);
        if (expired > 0)
            why += Tr::tr("；另有 %1 已过期或待验，不可销售").arg(expired);
        return makeError(ErrorCode::RuleViolation, why, QStringLiteral("INV-AVAIL"));
    }
    QList<Allocation> out;
    qint64 left = pieces;
    for (const BatchStock& s : batches) {
        if (left == 0)
            break;
        if (!isSellable(s.batch, day) || s.pieces <= 0)
            continue;
        const qint64 take = std::min(left, s.pieces);
        out.append(Allocation{s.batch.id, s.batch.batchNo, s.batch.expiryDate, take});
        left -= take;
    }
    return out;
}

Result<QList<Allocation>> allocateWithTracedBoxes(QList<BatchStock> batches, qint64 pieces,
                                                  const QList<qint64>& boxBatchIds,
                                                  qint64 piecesPerBox, const QDate& day,
                                                  const QString& productName)
{
    QList<Allocation> out;
    qint64 left = pieces;
    for (const qint64 batchId : boxBatchIds) {
        if (left < piecesPerBox)
            break;
        auto it = std::find_if(batches.begin(), batches.end(),
                               [&](const BatchStock& s) { return s.batch.id == batchId; });
        if (it == batches.end() || it->pieces < piecesPerBox)
            continue; // the book disagrees with the box in hand: that box leaves by FEFO
        if (!isSellable(it->batch, day))
            return makeError(ErrorCode::RuleViolation,
                             Tr::tr("%1 这盒属于批号 %2（效期 %3），已过期或待验，不能销售")
                                 .arg(productName, it->batch.batchNo,
                                      it->batch.expiryDate.toString(Qt::ISODate)),
                             QStringLiteral("INV-EXPIRY"));
        it->pieces -= piecesPerBox;
        left -= piecesPerBox;
        auto same = std::find_if(out.begin(), out.end(),
                                 [&](const Allocation& a) { return a.batchId == batchId; });
        if (same != out.end())
            same->pieces += piecesPerBox;
        else
            out.append(Allocation{batchId, it->batch.batchNo, it->batch.expiryDate, piecesPerBox});
    }
    if (left == 0)
        return out;
    Result<QList<Allocation>> rest = allocateFefo(std::move(batches), left, day, productName);
    if (!rest)
        return rest;
    for (const Allocation& a : *rest) {
        auto same = std::find_if(out.begin(), out.end(),
                                 [&](const Allocation& b) { return b.batchId == a.batchId; });
        if (same != out.end())
            same->pieces += a.pieces;
        else
            out.append(a);
    }
    return out;
}

} // namespace pos
