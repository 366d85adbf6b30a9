#include "app/core/sale/parkedcart.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParkedCart)
};

QString unitKey(SaleUnit unit)
{
    switch (unit) {
    case SaleUnit::Box: return QStringLiteral("box");
    case SaleUnit::Strip: return QStringLiteral("strip");
    case SaleUnit::Piece: return QStringLiteral("piece");
    }
    return {};
}

std::optional<SaleUnit> unitOfKey(const QString& key)
{
    if (key == u"box")
        return SaleUnit::Box;
    if (key == u"strip")
        return SaleUnit::Strip;
    if (key == u"piece")
        return SaleUnit::Piece;
    return std::nullopt;
}
} // namespace

ParkedCart ParkedCart::of(const Cart& cart, const QString& terminal, const QString& parkedBy,
                          const QDateTime& at, const QString& note)
{
    ParkedCart p;
    p.terminal = terminal;
    p.parkedBy = parkedBy;
    p.parkedAt = at;
    p.note = note.simplified().left(kMaxNote);
    for (const SaleLine& l : cart.lines())
        p.lines.append(ParkedLine{l.product.id, l.product.displayName(), l.unit, l.quantity,
                                  l.unitPrice, l.traceCodes});
    return p;
}

Money ParkedCart::total() const
{
    Money sum;
    for (const ParkedLine& l : lines)
        sum += l.unitPrice * l.quantity;
    return sum;
}

int ParkedCart::itemCount() const
{
    int n = 0;
    for (const ParkedLine& l : lines)
        n += l.quantity;
    return n;
}

QString ParkedCart::describeItems() const
{
    if (lines.isEmpty())
        return Tr::tr("（空）");
    if (lines.size() == 1)
        return lines.first().productName;
    return Tr::tr("%1 等 %2 种").arg(lines.first().productName).arg(lines.size());
}

QString ParkedCart::age(const QDateTime& now) const
{
    const qint64 minutes = std::max<qint64>(0, parkedAt.secsTo(now) / 60);
    if (minutes < 60)
        return Tr::tr("%1 分钟").arg(minutes);
    if (minutes < 24 * 60)
        return minutes % 60 == 0 ? Tr::tr("%1 小时").arg(minutes / 60)
                                 : Tr::tr("%1 小时 %2 分").arg(minutes / 60).arg(minutes % 60);
    return Tr::tr("%1 天").arg(minutes / (24 * 60));
}

QByteArray ParkedCart::toJson() const
{
    QJsonArray items;
    for (const ParkedLine& l : lines)
        items.append(
            QJsonObject{{QStringLiteral("product_id"), l.productId},
                        {QStringLiteral("name"), l.productName},
                        {QStringLiteral("unit"), unitKey(l.unit)},
                        {QStringLiteral("quantity"), l.quantity},
                        {QStringLiteral("unit_price_fen"), l.unitPrice.fen()},
                        {QStringLiteral("trace_codes"), QJsonArray::fromStringList(l.traceCodes)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("park_no"), parkNo},
                                     {QStringLiteral("terminal"), terminal},
                                     {QStringLiteral("parked_by"), parkedBy},
                                     {QStringLiteral("parked_at"),
                                      parkedAt.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("note"), note},
                                     {QStringLiteral("lines"), items}})
        .toJson(QJsonDocument::Compact);
}

Result<ParkedCart> ParkedCart::fromJson(const QByteArray& json)
{
    const auto bad = [](const QString& what) {
        return makeError(ErrorCode::InvalidInput, Tr::tr("挂单内容无法读取：%1").arg(what));
    };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return bad(error.errorString());
    const QJsonObject o = doc.object();
    ParkedCart p;
    p.parkNo = o.value(QStringLiteral("park_no")).toString();
    p.terminal = o.value(QStringLiteral("terminal")).toString();
    p.parkedBy = o.value(QStringLiteral("parked_by")).toString();
    p.parkedAt =
        QDateTime::fromString(o.value(QStringLiteral("parked_at")).toString(), Qt::ISODateWithMs);
    p.note = o.value(QStringLiteral("note")).toString().left(kMaxNote);
    if (p.parkNo.isEmpty() || p.terminal.isEmpty() || !p.parkedAt.isValid())
        return bad(Tr::tr("缺少挂单号、收银台或时间"));
    const QJsonArray items = o.value(QStringLiteral("lines")).toArray();
    if (items.isEmpty() || items.size() > kMaxLines)
        return bad(Tr::tr("商品行数 %1 不在 1–%2 之间").arg(items.size()).arg(kMaxLines));
    for (const QJsonValue& v : items) {
        const QJsonObject l = v.toObject();
        const std::optional<SaleUnit> unit = unitOfKey(l.value(QStringLiteral("unit")).toString());
        const qint64 quantity = l.value(QStringLiteral("quantity")).toInteger();
        const qint64 productId = l.value(QStringLiteral("product_id")).toInteger();
        if (!unit || productId <= 0 || quantity < 1 || quantity > Cart::kMaxQuantity)
            return bad(Tr::tr("商品行不完整"));
        QStringList codes;
        for (const QJsonValue& c : l.value(QStringLiteral("trace_codes")).toArray())
            codes << c.toString();
        p.lines.append(ParkedLine{
            productId, l.value(QStringLiteral("name")).toString(), *unit, int(quantity),
            Money::fromFen(l.value(QStringLiteral("unit_price_fen")).toInteger()), codes});
    }
    return p;
}

} // namespace pos
