#pragma once

#include "app/core/money.h"
#include "app/core/product.h"
#include "app/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pos {

/// One line of the cart: a product, how many packs, at what price.
struct SaleLine
{
    Product product;
    int quantity = 1;
    Money unitPrice;

    [[nodiscard]] Money amount() const { return unitPrice * quantity; }
};

/// The cart of a sale in progress. Pure value: the workflow owns the rules for changing it.
class Cart
{
public:
    static constexpr int kMaxQuantity = 999;

    [[nodiscard]] const QList<SaleLine>& lines() const { return m_lines; }
    [[nodiscard]] bool isEmpty() const { return m_lines.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_lines.size(); }
    [[nodiscard]] Money total() const;
    [[nodiscard]] int itemCount() const;

    /// Adds one pack; a product already in the cart gets one more on its line. Returns the line.
    [[nodiscard]] Result<qsizetype> addOne(const Product& product);
    [[nodiscard]] Status setQuantity(qsizetype line, int quantity);
    [[nodiscard]] Status remove(qsizetype line);
    void clear() { m_lines.clear(); }

private:
    QList<SaleLine> m_lines;
};

enum class PaymentMethod { Cash = 1 };

struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    Money tendered;
    Money change;
};

/// A finished sale as it is recorded and printed.
struct CompletedSale
{
    qint64 id = 0;        ///< storage key, set when recorded
    QString saleNo;       ///< e.g. S20261123-0001, set when recorded
    QDateTime time;
    QString terminal;
    QString operatorName;
    QList<SaleLine> lines;
    Money total;
    Payment payment;
};

} // namespace pos
