#include "app/core/inventory/ledgerreport.h"

#include <QBuffer>
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

QString ledgerCheck(const LedgerRow& row)
{
    if (!row.reconciles())
        return Tr::tr("不平");
    if (!row.matchesStore())
        return Tr::tr("与账面不符（账面 %1）").arg(*row.storedClosing);
    return Tr::tr("平");
}

QString ledgerFooter(const QList<LedgerRow>& rows)
{
    // Every row that differs is named, so the reader can go to it: the first kMaxNamed of each
    // kind, then how many more.
    constexpr int kMaxNamed = 20;
    const auto name = [](const LedgerRow& r) {
        return Tr::tr("%1 %2 批号 %3").arg(r.productCode, r.productName, r.batchNo);
    };
    QStringList unbalanced, differing;
    int unbalancedCount = 0, differingCount = 0;
    bool anyStored = false;
    for (const LedgerRow& r : rows) {
        anyStored = anyStored || r.storedClosing.has_value();
        if (!r.reconciles() && ++unbalancedCount <= kMaxNamed)
            unbalanced << name(r);
        if (!r.matchesStore() && ++differingCount <= kMaxNamed)
            differing << Tr::tr("%1 期末 %2、账面 %3")
                             .arg(name(r), QString::number(r.closing),
                                  QString::number(*r.storedClosing));
    }
    if (unbalancedCount == 0 && differingCount == 0)
        return anyStored ? Tr::tr("核对：全部 %1 行 期初 + 入库 − 出库 = 期末，期末与账面结存一致")
                               .arg(rows.size())
                         : Tr::tr("核对：全部 %1 行 期初 + 入库 − 出库 = 期末").arg(rows.size());
    const auto more = [](int count) {
        return count > kMaxNamed ? Tr::tr("等，共 %1 行").arg(count) : QString();
    };
    QStringList parts;
    if (unbalancedCount > 0)
        parts << Tr::tr("%1 行不平，请检查：%2%3")
                     .arg(unbalancedCount)
                     .arg(unbalanced.join(Tr::tr("；")), more(unbalancedCount));
    if (differingCount > 0)
        parts << Tr::tr("%1 行期末与账面结存不符（库存余额或月末结存被改动，或数据库损坏；"
                        "请运行 pharmapos verify）：%2%3")
                     .arg(differingCount)
                     .arg(differing.join(Tr::tr("；")), more(differingCount));
    return Tr::tr("核对：") + parts.join(Tr::tr("。"));
}

bool writeLedgerCsv(const QList<LedgerRow>& rows, const QDate& from, const QDate& to,
                    const QString& storeName, QIODevice& out)
{
    QString chunk;
    const auto flush = [&](qsizetype atLeast) {
        if (chunk.size() < atLeast)
            return true;
        const QByteArray bytes = chunk.toUtf8();
        chunk.clear();
        return out.write(bytes) == bytes.size();
    };
    constexpr qsizetype kChunkChars = 256 * 1024;
    chunk += QChar(0xFEFF); // the BOM, so Excel reads UTF-8
    chunk += csvField(Tr::tr("%1 进销存台账 %2 至 %3（数量单位：最小单位）")
                          .arg(storeName, from.toString(Qt::ISODate), to.toString(Qt::ISODate)))
             + u'\n';
    chunk += ledgerColumnTitles().join(u',') + u'\n';
    qint64 opening = 0, in = 0, outSum = 0, closing = 0;
    for (const LedgerRow& r : rows) {
        opening += r.opening;
        in += r.totalIn();
        outSum += r.totalOut();
        closing += r.closing;
        chunk += csvField(r.productCode) + u',' + csvField(r.productName) + u',' + csvField(r.spec)
                 + u',' + csvField(r.batchNo) + u',' + r.expiryDate.toString(Qt::ISODate) + u','
                 + QString::number(r.piecesPerBox) + u',' + QString::number(r.opening);
        for (MovementKind k : kKinds) {
            const qint64 v = r.moved.value(k);
            chunk += u',' + QString::number(isInbound(k) ? v : -v);
        }
        chunk += u',' + QString::number(r.totalIn()) + u',' + QString::number(r.totalOut()) + u','
                 + QString::number(r.closing) + u',' + csvField(ledgerCheck(r)) + u'\n';
        if (!flush(kChunkChars))
            return false;
    }
    chunk += Tr::tr("合计") + QStringLiteral(",,,,,,") + QString::number(opening)
             + QString(int(std::size(kKinds)), u',') + u',' + QString::number(in) + u','
             + QString::number(outSum) + u',' + QString::number(closing) + u'\n';
    chunk += csvField(ledgerFooter(rows)) + u'\n';
    return flush(0);
}

QByteArray ledgerCsv(const QList<LedgerRow>& rows, const QDate& from, const QDate& to,
                     const QString& storeName)
{
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    (void)writeLedgerCsv(rows, from, to, storeName, buffer); // a QBuffer takes everything
    return csv;
}

} // namespace pos
