#include "app/core/sale.h"

#include <QCoreApplication>

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
                             .arg(l.product.displayName(), unit == SaleUnit::Strip ? Tr::tr("板") : l.product.pieceUnit()));
    l.unit = unit;
    l.unitPrice = price;
    return {};
}

Money Cart::total() const
{
    Money sum;
    for (const SaleLine& l : m_lines)
        sum += l.amount();
    return sum;
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
    m_lines.append(SaleLine{product, 1, product.price});
    return m_lines.size() - 1;
}

Status Cart::setQuantity(qsizetype line, int quantity)
{
    if (line < 0 || line >= m_lines.size())
        return makeError(ErrorCode::NotFound, Tr::tr("没有第 %1 行").arg(line + 1));
    if (quantity < 1 || quantity > kMaxQuantity)
        return makeError(ErrorCode::InvalidInput,
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
