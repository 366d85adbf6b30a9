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

void LedgerFooter::add(const LedgerRow& r)
{
    // Every row that differs is named, so the reader can go to it: the first kMaxNamed of each
    // kind, then how many more.
    const auto name = [&] {
        return Tr::tr("%1 %2 批号 %3").arg(r.productCode, r.productName, r.batchNo);
    };
    ++m_rows;
    m_anyStored = m_anyStored || r.storedClosing.has_value();
    if (!r.reconciles() && ++m_unbalancedCount <= kMaxNamed)
        m_unbalanced << name();
    if (!r.matchesStore() && ++m_differingCount <= kMaxNamed)
        m_differing << Tr::tr("%1 期末 %2、账面 %3")
                           .arg(name(), QString::number(r.closing),
                                QString::number(*r.storedClosing));
}

QString LedgerFooter::text() const
{
    if (m_unbalancedCount == 0 && m_differingCount == 0)
        return m_anyStored
                   ? Tr::tr("核对：全部 %1 行 期初 + 入库 − 出库 = 期末，期末与账面结存一致")
                         .arg(m_rows)
                   : Tr::tr("核对：全部 %1 行 期初 + 入库 − 出库 = 期末").arg(m_rows);
    const auto more = [](qint64 count) {
        return count > kMaxNamed ? Tr::tr("等，共 %1 行").arg(count) : QString();
    };
    QStringList parts;
    if (m_unbalancedCount > 0)
        parts << Tr::tr("%1 行不平，请检查：%2%3")
                     .arg(m_unbalancedCount)
                     .arg(m_unbalanced.join(Tr::tr("；")), more(m_unbalancedCount));
    if (m_differingCount > 0)
        parts << Tr::tr("%1 行期末与账面结存不符（库存余额或月末结存被改动，或数据库损坏；"
                        "请运行 pharmapos verify）：%2%3")
                     .arg(m_differingCount)
                     .arg(m_differing.join(Tr::tr("；")), more(m_differingCount));
    return Tr::tr("核对：") + parts.join(Tr::tr("。"));
}

QString ledgerFooter(const QList<LedgerRow>& rows)
{
    LedgerFooter footer;
    for (const LedgerRow& r : rows)
        footer.add(r);
    return footer.text();
}

namespace {
constexpr qsizetype kChunkChars = 256 * 1024;
} // namespace

LedgerCsvWriter::LedgerCsvWriter(QIODevice& out, const QDate& from, const QDate& to,
                                 const QString& storeName)
    : m_out(out)
{
    m_chunk.reserve(kChunkChars + 1024);
    m_chunk += QChar(0xFEFF); // the BOM, so Excel reads UTF-8
    m_chunk += csvField(Tr::tr("%1 进销存台账 %2 至 %3（数量单位：最小单位）")
                            .arg(storeName, from.toString(Qt::ISODate), to.toString(Qt::ISODate)))
               + u'\n';
    m_chunk += ledgerColumnTitles().join(u',') + u'\n';
}

bool LedgerCsvWriter::flush(qsizetype atLeast)
{
    if (m_chunk.size() < atLeast)
        return true;
    const QByteArray bytes = m_chunk.toUtf8();
    m_chunk.clear(); // keeps its capacity
    return m_out.write(bytes) == bytes.size();
}

bool LedgerCsvWriter::add(const LedgerRow& r)
{
    m_footer.add(r);
    m_opening += r.opening;
    m_in += r.totalIn();
    m_outSum += r.totalOut();
    m_closing += r.closing;
    m_chunk += csvField(r.productCode) + u',' + csvField(r.productName) + u',' + csvField(r.spec)
               + u',' + csvField(r.batchNo) + u',' + r.expiryDate.toString(Qt::ISODate) + u','
               + QString::number(r.piecesPerBox) + u',' + QString::number(r.opening);
    for (MovementKind k : kKinds) {
        const qint64 v = r.moved.value(k);
        m_chunk += u',' + QString::number(isInbound(k) ? v : -v);
    }
    m_chunk += u',' + QString::number(r.totalIn()) + u',' + QString::number(r.totalOut()) + u','
               + QString::number(r.closing) + u',' + csvField(ledgerCheck(r)) + u'\n';
    return flush(kChunkChars);
}

bool LedgerCsvWriter::finish()
{
    m_chunk += Tr::tr("合计") + QStringLiteral(",,,,,,") + QString::number(m_opening)
               + QString(int(std::size(kKinds)), u',') + u',' + QString::number(m_in) + u','
               + QString::number(m_outSum) + u',' + QString::number(m_closing) + u'\n';
    m_chunk += csvField(m_footer.text()) + u'\n';
    return flush(0);
}

bool writeLedgerCsv(const QList<LedgerRow>& rows, const QDate& from, const QDate& to,
                    const QString& storeName, QIODevice& out)
{
    LedgerCsvWriter csv(out, from, to, storeName);
    for (const LedgerRow& r : rows)
        if (!csv.add(r))
            return false;
    return csv.finish();
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
