#include "app/core/inventory/ledgerreport.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReport)
};
const MovementKind kKinds[] = {MovementKind::Purchase,       MovementKind::SaleReturn,
                               MovementKind::StocktakeGain,  MovementKind::TransferIn,
                               MovementKind::PurchaseReturn, MovementKind::Sale,
                               MovementKind::Loss,           MovementKind::Destruction,
                               MovementKind::StocktakeLoss,  MovementKind::TransferOut};
} // namespace

qint64 LedgerRow::totalIn() const
{
    qint64 n = 0;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        if (isInbound(it.key()))
            n += it.value();
    return n;
}

qint64 LedgerRow::totalOut() const
{
    qint64 n = 0;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        if (!isInbound(it.key()))
            n -= it.value();
    return n;
}

QStringList ledgerColumnTitles()
{
    QStringList header{Tr::tr("商品编码"), Tr::tr("品名"),     Tr::tr("规格"), Tr::tr("批号"),
                       Tr::tr("有效期"),   Tr::tr("每盒数量"), Tr::tr("期初")};
    for (MovementKind k : kKinds)
        header << toDisplayString(k);
    header << Tr::tr("入库合计") << Tr::tr("出库合计") << Tr::tr("期末") << Tr::tr("核对");
    return header;
}

QList<MovementKind> ledgerKindColumns()
{
    return QList<MovementKind>(std::begin(kKinds), std::end(kKinds));
}

QString ledgerFooter(const QList<LedgerRow>& rows)
{
    int bad = 0;
    for (const LedgerRow& r : rows)
        bad += r.reconciles() ? 0 : 1;
    return bad == 0 ? Tr::tr("核对：全部 %1 行 期初 + 入库 − 出库 = 期末").arg(rows.size())
                    : Tr::tr("核对：%1 行不平，请检查").arg(bad);
}

QByteArray ledgerCsv(const QList<LedgerRow>& rows, const QDate& from, const QDate& to,
                     const QString& storeName)
{
    QString out;
    out.reserve(rows.size() * 160 + 512);
    out += csvField(Tr::tr("%1 进销存台账 %2 至 %3（数量单位：最小单位）")
                        .arg(storeName, from.toString(Qt::ISODate), to.toString(Qt::ISODate)))
           + u'\n';
    out += ledgerColumnTitles().join(u',') + u'\n';
    qint64 opening = 0, in = 0, outSum = 0, closing = 0;
    for (const LedgerRow& r : rows) {
        const bool ok = r.reconciles();
        opening += r.opening;
        in += r.totalIn();
        outSum += r.totalOut();
        closing += r.closing;
        out += csvField(r.productCode) + u',' + csvField(r.productName) + u',' + csvField(r.spec)
               + u',' + csvField(r.batchNo) + u',' + r.expiryDate.toString(Qt::ISODate) + u','
               + QString::number(r.piecesPerBox) + u',' + QString::number(r.opening);
        for (MovementKind k : kKinds) {
            const qint64 v = r.moved.value(k);
            out += u',' + QString::number(isInbound(k) ? v : -v);
        }
        out += u',' + QString::number(r.totalIn()) + u',' + QString::number(r.totalOut()) + u','
               + QString::number(r.closing) + u',' + (ok ? Tr::tr("平") : Tr::tr("不平")) + u'\n';
    }
    out += Tr::tr("合计") + QStringLiteral(",,,,,,") + QString::number(opening)
           + QString(int(std::size(kKinds)), u',') + u',' + QString::number(in) + u','
           + QString::number(outSum) + u',' + QString::number(closing) + u'\n';
    out += csvField(ledgerFooter(rows)) + u'\n';
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace pos
