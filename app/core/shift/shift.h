#pragma once

#include "app/core/money.h"
#include "app/core/printdocument.h"
#include "app/core/storeprofile.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pos {

/// Cash counted by denomination (交班 counts the drawer note by note): fen per piece → pieces.
struct CashCount
{
    /// ¥100, ¥50, ¥20, ¥10, ¥5, ¥1, 5角, 1角 — the denominations in use, largest first.
    [[nodiscard]] static const QList<int>& denominations();
    /// "¥100" / "5角".
    [[nodiscard]] static QString denominationName(int fen);

    QMap<int, int> pieces;
    [[nodiscard]] Money total() const;
    /// "¥100×3 ¥10×2 1角×4".
    [[nodiscard]] QString describe() const;
};

/// What a till took in a span of time (a shift, a day), from what was recorded.
struct TillTotals
{
    int sales = 0;
    Money salesTotal;
    int cashSales = 0;
    Money cashTaken; ///< what cash kept (tendered − change), over every sale with cash in it
    int insuredSales = 0;
    Money insuredTotal; ///< settled with the insurance (its split is on the slips)
    int wechatSales = 0;
    Money wechatTaken; ///< 微信 付款码 tenders
    int alipaySales = 0;
    Money alipayTaken; ///< 支付宝 付款码 tenders
    int cardSales = 0;
    Money cardTaken;     ///< bank-card terminal tenders (by 参考号)
    Money roundingGiven; ///< 抹零 let go
    int returns = 0;     ///< returns of this till's sales recorded in the span
    Money cashRefunded;  ///< of which refunded in cash (the returned sales' cash part)
    Money otherRefunded; ///< …and the rest, back the way it was paid (wallet, card, insurance)
};

/// One cashier's shift at one till (交班): opened with the float counted in, closed with the
/// drawer counted out. A shift belongs to its cashier and its till; one is open at a till at a
/// time.
struct Shift
{
    qint64 id = 0;
    QString shiftNo; ///< BC-<till>-<n>, given by the store
    QString terminal;
    QString cashier;     ///< username
    QString cashierName; ///< as printed
    QDateTime openedAt;
    Money openingFloat; ///< 备用金
    QDateTime closedAt; ///< invalid while open
    QString closedBy;   ///< username (the cashier, or a manager closing for them)
    CashCount counted;
    TillTotals totals; ///< as computed when it was closed (or now, for an open one)

    [[nodiscard]] bool isOpen() const { return !closedAt.isValid(); }
    /// 应有现金: the float, plus the cash sales took, less the cash refunded.
    [[nodiscard]] Money expectedCash() const
    {
        return openingFloat + totals.cashTaken - totals.cashRefunded;
    }
    /// 长短款: counted − expected (negative: short).
    [[nodiscard]] Money difference() const { return counted.total() - expectedCash(); }
};

/// The 交班单 as printed: store, till, cashier, the shift's times, sales by tender, returns, the
/// float, expected vs counted by denomination, the difference, and lines to sign.
[[nodiscard]] PrintDocument handoverSlip(const Shift& shift, const StoreProfile& store,
                                         int widthColumns, bool reprint = false);

/// 日结: the day at one store — each shift (till, cashier, times, totals, counted, difference),
/// each till's totals for the whole day (sales outside any shift included), and the day's.
struct DayClose
{
    QDate day;
    QList<Shift> shifts;
    QMap<QString, TillTotals> tills; ///< by terminal, the whole day
};
[[nodiscard]] QStringList dayCloseSheet(const DayClose& day, const QString& storeName);

} // namespace pos
