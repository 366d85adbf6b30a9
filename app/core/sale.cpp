#include "app/core/sale.h"

#include <QCoreApplication>
#include <QMap>
#include <QPair>

#include <algorithm>

namespace pos {

namespace {
/// Translation context "Cart" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cart)
};
} // namespace

qint64 SaleLine::piecesPerUnit() const
{
    switch (unit) {
    case SaleUnit::Box: return product.piecesPerBox();
    case SaleUnit::Strip: return product.piecesPerStrip;
    case SaleUnit::Piece: return 1;
    }
    return 1;
}

int SaleLine::missingTraceCodes() const
{
    if (traceCodes.isEmpty() || unit != SaleUnit::Box)
        return 0;
    return std::max(0, quantity - int(traceCodes.size()));
}

QString SaleLine::unitName() const
{
    switch (unit) {
    case SaleUnit::Box: return product.unit;
    case SaleUnit::Strip: return Tr::tr("板");
    case SaleUnit::Piece: return product.pieceUnit();
    }
    return {};
}

qint64 Cart::piecesOf(qint64 productId) const
{
    qint64 n = 0;
    for (const SaleLine& l : m_lines)
        if (l.product.id == productId)
            n += l.pieces();
    return n;
}

Status Cart::setUnit(qsizetype line, SaleUnit unit)
{
    if (line < 0 || line >= m_lines.size())
        return makeError(ErrorCode::NotFound, Tr::tr("没有第 %1 行").arg(line + 1));
    SaleLine& l = m_lines[line];
    if (unit != SaleUnit::Box && l.traceCodes.size() > 1)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%1 已扫 %2 盒追溯码：拆零只能拆一盒，请把要拆的那盒单独扫一行")
                             .arg(l.product.displayName())
                             .arg(l.traceCodes.size()),
                         QStringLiteral("INV-TRACE"));
    Money price;
    switch (unit) {
    case SaleUnit::Box: price = l.product.price; break;
    case SaleUnit::Strip:
        price = l.product.stripsPerBox > 1 ? l.product.stripPrice : Money();
        break;
    case SaleUnit::Piece:
        price = l.product.piecesPerBox() > 1 ? l.product.piecePrice : Money();
        break;
    }
    if (unit != SaleUnit::Box && price.fen() <= 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 没有按%2拆零的售价，不能拆零销售")
                             .arg(l.product.displayName(),
                                  unit == SaleUnit::Strip ? Tr::tr("板") : l.product.pieceUnit()));
    l.unit = unit;
    l.unitPrice = price;
    l.priceOverride.reset(); // the new unit's shelf price: a price change is made again
    return {};
}

QString Cart::contentKey() const
{
    // Summed per product and unit: how the lines are split does not change what is sold.
    QMap<QPair<qint64, int>, qint64> quantities;
    for (const SaleLine& l : m_lines)
        quantities[{l.product.id, int(l.unit)}] += l.quantity;
    QStringList parts;
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it)
        parts
            << QStringLiteral("%1/%2/%3").arg(it.key().first).arg(it.key().second).arg(it.value());
    return parts.join(u';');
}

QList<qsizetype> Cart::prescriptionOnlyLines() const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].product.rxClass == RxClass::Prescription)
            out << i;
    return out;
}

Cart Cart::keepOnly(const QList<int>& indexes) const
{
    Cart kept;
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (indexes.contains(int(i)))
            kept.m_lines << m_lines.at(i);
    return kept;
}

Money Cart::total() const
{
    Money sum;
    for (const SaleLine& l : m_lines)
        sum += l.amount();
    return sum;
}

Money Cart::discountTotal() const
{
    Money sum;
    for (const SaleLine& l : m_lines)
        sum += l.discount();
    return sum;
}

Status Cart::overridePrice(qsizetype line, Money price, PriceOverride why)
{
    if (line < 0 || line >= m_lines.size())
        return makeError(ErrorCode::NotFound, Tr::tr("没有第 %1 行").arg(line + 1));
    SaleLine& l = m_lines[line];
    why.listPrice = l.listPrice();
    l.unitPrice = price;
    if (price == why.listPrice)
        l.priceOverride.reset();
    else
        l.priceOverride = std::move(why);
    return {};
}

int Cart::itemCount() const
{
    int n = 0;
    for (const SaleLine& l : m_lines)
        n += l.quantity;
    return n;
}

Result<qsizetype> Cart::addOne(const Product& product)
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].product.id == product.id && m_lines[i].unit == SaleUnit::Box) {
            if (m_lines[i].quantity >= kMaxQuantity)
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("数量不能超过 %1").arg(kMaxQuantity));
            ++m_lines[i].quantity;
            return i;
        }
    }
    m_lines.append(SaleLine{product, 1, product.price, SaleUnit::Box, {}});
    return m_lines.size() - 1;
}

qsizetype Cart::lineOfTraceCode(const QString& code) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].traceCodes.contains(code))
            return i;
    return -1;
}

Result<qsizetype> Cart::addTracedBox(const Product& product, const QString& code)
{
    if (const qsizetype held = lineOfTraceCode(code); held >= 0)
        return makeError(
            ErrorCode::RuleViolation,
            Tr::tr("追溯码 %1 已在本单第 %2 行扫过：同一盒不能卖两次").arg(code).arg(held + 1),
            QStringLiteral("INV-TRACE"));
    qsizetype target = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const SaleLine& l = m_lines[i];
        if (l.product.id != product.id || l.unit != SaleUnit::Box)
            continue;
        if (l.quantity > l.traceCodes.size()) { // a box scanned by its product code, waiting
            m_lines[i].traceCodes.append(code);
            return i;
        }
        target = i;
    }
    if (target >= 0) {
        if (m_lines[target].quantity >= kMaxQuantity)
            return makeError(ErrorCode::InvalidInput, Tr::tr("数量不能超过 %1").arg(kMaxQuantity));
        ++m_lines[target].quantity;
        m_lines[target].traceCodes.append(code);
        return target;
    }
    SaleLine line{product, 1, product.price, SaleUnit::Box, {code}};
    m_lines.append(line);
    return m_lines.size() - 1;
}

Result<qsizetype> Cart::restoreLine(const Product& product, SaleUnit unit, int quantity,
                                    const QStringList& traceCodes)
{
    if (quantity < 1 || quantity > kMaxQuantity)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("数量必须在 1 到 %1 之间（输入的是 %2）").arg(kMaxQuantity).arg(quantity));
    for (qsizetype i = 0; i < traceCodes.size(); ++i) {
        const QString& code = traceCodes.at(i);
        if (lineOfTraceCode(code) >= 0 || traceCodes.indexOf(code) != i)
            return makeError(ErrorCode::RuleViolation,
                             Tr::tr("追溯码 %1 在本单中出现两次：同一盒不能卖两次").arg(code),
                             QStringLiteral("INV-TRACE"));
    }
    if (unit == SaleUnit::Box && traceCodes.size() > quantity)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%1 有 %2 个追溯码，却只有 %3 盒")
                             .arg(product.displayName())
                             .arg(traceCodes.size())
                             .arg(quantity),
                         QStringLiteral("INV-TRACE"));
    m_lines.append(SaleLine{product, quantity, product.price, SaleUnit::Box, traceCodes});
    if (unit != SaleUnit::Box)
        if (Status split = setUnit(m_lines.size() - 1, unit); !split) {
            m_lines.removeLast();
            return split.error();
        }
    return m_lines.size() - 1;
}

Status Cart::setQuantity(qsizetype line, int quantity)
{
    if (line < 0 || line >= m_lines.size())
        return makeError(ErrorCode::NotFound, Tr::tr("没有第 %1 行").arg(line + 1));
    if (m_lines[line].isTraced() && m_lines[line].unit == SaleUnit::Box
        && quantity != m_lines[line].quantity)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%1 按追溯码逐盒计数：请扫描每一盒的追溯码，或删除整行重扫")
                             .arg(m_lines[line].product.displayName()),
                         QStringLiteral("INV-TRACE"));
    if (quantity < 1 || quantity > kMaxQuantity)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("数量必须在 1 到 %1 之间（输入的是 %2）").arg(kMaxQuantity).arg(quantity));
    m_lines[line].quantity = quantity;
    return {};
}

Status Cart::remove(qsizetype line)
{
    if (line < 0 || line >= m_lines.size())
        return makeError(ErrorCode::NotFound, Tr::tr("没有第 %1 行").arg(line + 1));
    m_lines.removeAt(line);
    return {};
}

} // namespace pos
