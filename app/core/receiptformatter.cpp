#include "app/core/receiptformatter.h"

#include <QCoreApplication>

namespace pos {

namespace {
/// Translation context "ReceiptFormatter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptFormatter)
};
} // namespace

PrintDocument ReceiptFormatter::format(const CompletedSale& sale, int widthColumns,
                                       bool reprint) const
{
    using Align = PrintLine::Align;
    PrintDocument doc;
    doc.kind = QStringLiteral("receipt");
    doc.reference = sale.saleNo;
    doc.widthColumns = widthColumns;
    doc.reprint = reprint;

    doc.appendTitle(m_store.name);
    doc.lines << PrintLine::textLine(Tr::tr("销售小票"), Align::Center);
    if (reprint)
        doc.lines << PrintLine::textLine(Tr::tr("【补打】"), Align::Center, true);
    for (const QString& h :
         {Tr::tr("单号：%1").arg(sale.saleNo),
          Tr::tr("时间：%1").arg(sale.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
          Tr::tr("收银台：%1  收银员：%2").arg(m_store.terminalId, sale.operatorName)})
        for (const QString& part : wrapToColumns(h, widthColumns))
            doc.lines << PrintLine::textLine(part);
    if (!sale.rxNo.isEmpty())
        for (const QString& part : wrapToColumns(Tr::tr("处方号：%1").arg(sale.rxNo), widthColumns))
            doc.lines << PrintLine::textLine(part);
    doc.lines << PrintLine::rule();

    int n = 0;
    int items = 0;
    bool anyRx = false;
    for (const SaleLine& l : sale.lines) {
        ++n;
        items += l.quantity;
        // RX-ONLY: prescription-only lines are marked on the receipt as in the cart.
        const bool rx = l.product.rxClass == RxClass::Prescription;
        anyRx = anyRx || rx;
        const QString name = QString::number(n) + u'.' + (rx ? QStringLiteral("[Rx]") : QString())
                             + l.product.displayName() + u' ' + l.product.spec;
        for (const QString& part : wrapToColumns(name, widthColumns))
            doc.lines << PrintLine::textLine(part);
        const QString qty =
            QStringLiteral("  %1%2 × %3").arg(l.quantity).arg(l.unitName(), l.unitPrice.toString());
        doc.lines << PrintLine::textLine(leftRight(qty, l.amount().toString(), widthColumns));
        // PRICE-OVERRIDE: the shelf price and the reason, under the price charged.
        if (l.priceOverride)
            for (const QString& part : wrapToColumns(
                     Tr::tr("  原价 %1  改价：%2")
                         .arg(l.priceOverride->listPrice.toString(), l.priceOverride->reason),
                     widthColumns))
                doc.lines << PrintLine::textLine(part);
        // GSP 第一百七十一条: the maker, and each batch with its expiry. A code or a date is never
        // broken across lines: what does not fit beside the batch number goes on its own line.
        if (!l.product.manufacturer.isEmpty())
            for (const QString& part :
                 wrapToColumns(Tr::tr("  生产厂商：%1").arg(l.product.manufacturer), widthColumns))
                doc.lines << PrintLine::textLine(part);
        for (const SoldBatch& b : l.soldFrom) {
            const QString batch = Tr::tr("  批号 %1").arg(b.batchNo);
            const QString expiry = Tr::tr("有效期至 %1").arg(b.expiry.toString(Qt::ISODate));
            if (columnWidth(batch) + 2 + columnWidth(expiry) <= widthColumns) {
                doc.lines << PrintLine::textLine(batch + QStringLiteral("  ") + expiry);
            } else {
                doc.lines << PrintLine::textLine(elideToColumns(batch, widthColumns))
                          << PrintLine::textLine(QStringLiteral("  ") + expiry);
            }
        }
    }
    Money discount;
    for (const SaleLine& l : sale.lines)
        discount += l.discount();
    doc.lines << PrintLine::rule()
              << PrintLine::textLine(
                     leftRight(Tr::tr("件数"), QString::number(items), widthColumns));
    if (!discount.isZero())
        doc.lines << PrintLine::textLine(
            leftRight(discount.fen() > 0 ? Tr::tr("优惠") : Tr::tr("改价加价"),
                      (discount.fen() > 0 ? discount : -discount).display(), widthColumns));
    doc.lines << PrintLine::textLine(leftRight(Tr::tr("合计"), sale.total.display(), widthColumns),
                                     Align::Left, true);
    if (sale.payment.method == PaymentMethod::Insurance)
        // The split (fund, account, cash) is the settlement's: printed on the 医保结算单.
        doc.lines << PrintLine::textLine(
            leftRight(Tr::tr("支付方式"), Tr::tr("医保结算（见医保结算单）"), widthColumns));
    else {
        // Each tender as it paid; cash as handed over (what was kept plus the change).
        bool cash = false;
        for (const Tender& t : sale.payment.tendersOr(sale.total)) {
            if (t.kind == TenderKind::Cash) {
                cash = true;
                doc.lines << PrintLine::textLine(leftRight(
                    Tr::tr("现金"), (t.amount + sale.payment.change).display(), widthColumns));
                continue;
            }
            doc.lines << PrintLine::textLine(
                leftRight(toDisplayString(t.kind), t.amount.display(), widthColumns));
            if (isWallet(t.kind))
                doc.lines << PrintLine::textLine(Tr::tr("  订单号 %1").arg(t.reference));
            else if (t.kind == TenderKind::BankCard)
                doc.lines << PrintLine::textLine(Tr::tr("  参考号 %1").arg(t.reference));
        }
        if (cash || !sale.payment.change.isZero())
            doc.lines << PrintLine::textLine(
                leftRight(Tr::tr("找零"), sale.payment.change.display(), widthColumns));
    }
    doc.lines << PrintLine::rule();
    QStringList footer;
    if (!m_store.address.isEmpty())
        footer << Tr::tr("地址：%1").arg(m_store.address);
    if (!m_store.phone.isEmpty())
        footer << Tr::tr("电话：%1").arg(m_store.phone);
    if (anyRx)
        footer << Tr::tr("[Rx] 为处方药，凭执业药师审核的处方调配");
    footer << Tr::tr("药品属特殊商品，非质量问题概不退换") << Tr::tr("请遵医嘱或按说明书使用");
    for (const QString& f : footer)
        for (const QString& part : wrapToColumns(f, widthColumns))
            doc.lines << PrintLine::textLine(part, Align::Center);
    return doc;
}

PrintDocument ReceiptFormatter::bagLabel(const CompletedSale& sale, const SaleLine& line,
                                         int widthColumns) const
{
    PrintDocument doc;
    doc.kind = QStringLiteral("bag_label");
    doc.reference = sale.saleNo;
    doc.widthColumns = widthColumns;
    for (const QString& part : wrapToColumns(line.product.displayName(), widthColumns))
        doc.lines << PrintLine::textLine(part, PrintLine::Align::Center, true);
    const QStringList rows{
        Tr::tr("规格：%1  %2").arg(line.product.spec, line.product.dosageForm),
        Tr::tr("数量：%1%2").arg(line.quantity).arg(line.unitName()),
        Tr::tr("生产厂商：%1").arg(line.product.manufacturer),
    };
    for (const QString& r : rows)
        for (const QString& part : wrapToColumns(r, widthColumns))
            doc.lines << PrintLine::textLine(part);
    for (const SoldBatch& b : line.soldFrom)
        doc.lines << PrintLine::textLine(Tr::tr("批号：%1").arg(b.batchNo))
                  << PrintLine::textLine(
                         Tr::tr("有效期至：%1").arg(b.expiry.toString(Qt::ISODate)));
    doc.lines << PrintLine::textLine(
        Tr::tr("拆零日期：%1").arg(sale.time.date().toString(Qt::ISODate)))
              << PrintLine::textLine(Tr::tr("用法用量：____________________"))
              << PrintLine::textLine(Tr::tr("请按医嘱或说明书服用，放在儿童拿不到的地方"))
              << PrintLine::rule();
    for (const QString& part : wrapToColumns(m_store.name, widthColumns))
        doc.lines << PrintLine::textLine(part);
    doc.lines << PrintLine::textLine(Tr::tr("单号 %1").arg(sale.saleNo)); // never broken
    return doc;
}

} // namespace pos
