#pragma once

#include "app/core/money.h"
#include "app/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// Which recorded sales to list. Every key given must match; the time window always applies
/// when set. Newest first, at most `limit`.
struct SaleQuery
{
    QString saleNo;              ///< exact
    QString saleNoSuffix;        ///< the receipt's last digits ("-0004"), within the window
    QString traceCode;           ///< a box sold in it (药品追溯码)
    QList<qint64> productIds;    ///< any of these products on one of its lines
    std::optional<Money> amount; ///< its total
    QDateTime from;              ///< inclusive; invalid: no lower bound
    QDateTime to;                ///< exclusive; invalid: no upper bound
    int limit = 50;
};

/// One found sale as a list shows it: nothing personal.
struct SaleSummary
{
    QString saleNo;
    QDateTime time;
    QString terminal;
    QString operatorName;
    Money total;
    QString paymentMethod; ///< cash, wechat, alipay, card, mixed, insurance
    int lines = 0;
    QString items; ///< the first lines' names, for recognising it
    QString rxNo;
    bool returned = false;
};

/// Finding recorded sales (the counter's 查单). Thread: the database's.
class SaleSearch
{
public:
    virtual ~SaleSearch() = default;
    [[nodiscard]] virtual Result<QList<SaleSummary>> findSales(const SaleQuery& query) const = 0;
};

} // namespace pos
