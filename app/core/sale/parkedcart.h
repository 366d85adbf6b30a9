#pragma once

#include "app/core/money.h"
#include "app/core/result.h"
#include "app/core/sale.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pos {

/// One line of a parked cart as the cashier left it: which product, how many of which unit, the
/// boxes' traceability codes, and the price it showed then (a recall charges today's price and says
/// when it changed).
struct ParkedLine
{
    qint64 productId = 0;
    QString productName; ///< for the list of parked carts; the product is looked up again
    SaleUnit unit = SaleUnit::Box;
    int quantity = 1;
    Money unitPrice;
    QStringList traceCodes;
};

/// A cart parked (挂单) at a till to serve the next customer, recalled (取单) later on the same
/// till — after a restart too. It holds what the cart held, never the sale's prescription link
/// (a prescription's cart is not parked, RX-MATCH) nor an ephedrine buyer's ID number (asked again
/// at payment, CTRL-EPHEDRINE). Pure value.
struct ParkedCart
{
    static constexpr qsizetype kMaxNote = 60;
    static constexpr qsizetype kMaxLines = 200;

    QString parkNo; ///< GD-<till>-<n>, given by the store when it is parked
    QString terminal;
    QString parkedBy; ///< username
    QDateTime parkedAt;
    QString note; ///< what the cashier typed (the customer's description, "取钱去了")
    QList<ParkedLine> lines;

    /// The parked cart of `cart` (no number yet); the note trimmed.
    [[nodiscard]] static ParkedCart of(const Cart& cart, const QString& terminal,
                                       const QString& parkedBy, const QDateTime& at,
                                       const QString& note);
    [[nodiscard]] Money total() const;
    [[nodiscard]] int itemCount() const;
    /// "阿莫西林胶囊 等 3 种": the list's description of what it holds.
    [[nodiscard]] QString describeItems() const;
    /// "12 分钟", "2 小时 5 分", "3 天": how long it has waited at `now`.
    [[nodiscard]] QString age(const QDateTime& now) const;

    /// What storage keeps (encrypted): JSON of every field above.
    [[nodiscard]] QByteArray toJson() const;
    /// The parked cart of toJson()'s bytes; InvalidInput naming what is wrong.
    [[nodiscard]] static Result<ParkedCart> fromJson(const QByteArray& json);
};

} // namespace pos
