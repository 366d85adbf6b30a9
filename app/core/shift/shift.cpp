#include "app/core/shift/shift.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Shift)
};
} // namespace

const QList<int>& CashCount::denominations()
{
    static const QList<int> fen{10000, 5000, 2000, 1000, 500, 100, 50, 10};
    return fen;
}

QString CashCount::denominationName(int fen)
{
    if (fen >= 100)
        return QStringLiteral("¥%1").arg(fen / 100);
    return Tr::tr("%1角").arg(fen / 10);
}

Money CashCount::total() const
{
    Money sum;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it)
        sum += Money::fromFen(qint64(it.key()) * it.value());
    return sum;
}

QString CashCount::describe() const
{
    QStringList parts;
    for (const int fen : denominations())
        if (pieces.value(fen) > 0)
            parts << QStringLiteral("%1×%2").arg(denominationName(fen)).arg(pieces.value(fen));
    return parts.isEmpty() ? Tr::tr("（无现金）") : parts.join(u' ');
}

PrintDocument handoverSlip(const Shift& s, const StoreProfile& store, int widthColumns,
                           bool reprint)
{
    PrintDocument doc;
    doc.kind = QStringLiteral("handover");
    doc.reference = s.shiftNo;
    doc.widthColumns = widthColumns;
    doc.reprint = reprint;
    doc.appendTitle(store.name);
    doc.lines << PrintLine::textLine(Tr::tr("交班单"), PrintLine::Align::Center, true);
    if (reprint)
        doc.lines << PrintLine::textLine(Tr::tr("【补打】"), PrintLine::Align::Center, true);
    const auto row = [&](const QString& left, const QString& right, bool bold = false) {
        doc.lines << PrintLine::textLine(leftRight(left, right, widthColumns),
                                         PrintLine::Align::Left, bold);
    };
    const QString time = QStringLiteral("MM-dd HH:mm");
    for (const QString& h :
         {Tr::tr("班次：%1").arg(s.shiftNo),
          Tr::tr("收银台：%1  收银员：%2").arg(s.terminal, s.cashierName),
          Tr::tr("开班：%1  交班：%2")
              .arg(s.openedAt.toString(time),
                   s.closedAt.isValid() ? s.closedAt.toString(time) : Tr::tr("（未交班）"))})
        for (const QString& part : wrapToColumns(h, widthColumns))
            doc.lines << PrintLine::textLine(part);
    doc.lines << PrintLine::rule();
    const TillTotals& t = s.totals;
    row(Tr::tr("销售 %1 笔").arg(t.sales), t.salesTotal.display());
    row(Tr::tr("  现金 %1 笔").arg(t.cashSales), t.cashTaken.display());
    // Only the tenders the shift took: a cash-only till's slip stays short.
    if (t.wechatSales > 0)
        row(Tr::tr("  微信 %1 笔").arg(t.wechatSales), t.wechatTaken.display());
    if (t.alipaySales > 0)
        row(Tr::tr("  支付宝 %1 笔").arg(t.alipaySales), t.alipayTaken.display());
    if (t.cardSales > 0)
        row(Tr::tr("  银行卡 %1 笔").arg(t.cardSales), t.cardTaken.display());
    row(Tr::tr("  医保结算 %1 笔").arg(t.insuredSales), t.insuredTotal.display());
    if (!t.roundingGiven.isZero())
        row(Tr::tr("  抹零"), t.roundingGiven.display());
    row(Tr::tr("退货 %1 笔，其中现金退款").arg(t.returns), (-t.cashRefunded).display());
    if (!t.otherRefunded.isZero())
        row(Tr::tr("  原路退回（微信/支付宝/银行卡/医保）"), (-t.otherRefunded).display());
    doc.lines << PrintLine::rule();
    row(Tr::tr("备用金"), s.openingFloat.display());
    row(Tr::tr("应有现金"), s.expectedCash().display(), true);
    row(Tr::tr("实点现金"), s.counted.total().display(), true);
    for (const QString& part : wrapToColumns(s.counted.describe(), widthColumns))
        doc.lines << PrintLine::textLine(QStringLiteral("  ") + part);
    const Money diff = s.difference();
    row(diff.isZero()       ? Tr::tr("长短款：无")
        : diff.isNegative() ? Tr::tr("短款")
                            : Tr::tr("长款"),
        diff.display(), true);
    doc.lines << PrintLine::rule();
    doc.lines << PrintLine::textLine(Tr::tr("交班人：__________  接班人/店长：__________"));
    return doc;
}

QStringList dayCloseSheet(const DayClose& day, const QString& storeName)
{
    QStringList lines;
    lines << Tr::tr("%1  日结  %2").arg(storeName, day.day.toString(Qt::ISODate));
    TillTotals all;
    for (auto it = day.tills.cbegin(); it != day.tills.cend(); ++it) {
        const TillTotals& t = it.value();
        lines
            << Tr::tr(
                   "收银台 %1：销售 %2 笔 %3（现金 %4 笔 %5，医保 %6 笔 %7），退货 %8 笔，现金退款 %9")
                   .arg(it.key())
                   .arg(t.sales)
                   .arg(t.salesTotal.display())
                   .arg(t.cashSales)
                   .arg(t.cashTaken.display())
                   .arg(t.insuredSales)
                   .arg(t.insuredTotal.display())
                   .arg(t.returns)
                   .arg(t.cashRefunded.display());
        if (t.wechatSales + t.alipaySales + t.cardSales > 0 || !t.roundingGiven.isZero())
            lines << Tr::tr("    微信 %1 笔 %2，支付宝 %3 笔 %4，银行卡 %5 笔 %6，抹零 %7")
                         .arg(t.wechatSales)
                         .arg(t.wechatTaken.display())
                         .arg(t.alipaySales)
                         .arg(t.alipayTaken.display())
                         .arg(t.cardSales)
                         .arg(t.cardTaken.display())
                         .arg(t.roundingGiven.display());
        all.sales += t.sales;
        all.salesTotal += t.salesTotal;
        all.cashSales += t.cashSales;
        all.cashTaken += t.cashTaken;
        all.insuredSales += t.insuredSales;
        all.insuredTotal += t.insuredTotal;
        all.returns += t.returns;
        all.cashRefunded += t.cashRefunded;
        all.wechatTaken += t.wechatTaken;
        all.alipayTaken += t.alipayTaken;
        all.cardTaken += t.cardTaken;
    }
    if (day.tills.isEmpty())
        lines << Tr::tr("当日没有销售");
    lines << Tr::tr("班次：");
    Money differences;
    for (const Shift& s : day.shifts) {
        lines << Tr::tr("  %1  %2  %3  %4–%5  销售 %6 笔 %7  应有 %8  实点 %9  长短款 %10")
                     .arg(s.shiftNo, s.terminal, s.cashierName,
                          s.openedAt.toString(QStringLiteral("HH:mm")),
                          s.isOpen() ? Tr::tr("未交班")
                                     : s.closedAt.toString(QStringLiteral("HH:mm")))
                     .arg(s.totals.sales)
                     .arg(s.totals.salesTotal.display())
                     .arg(s.expectedCash().display())
                     .arg(s.isOpen() ? QStringLiteral("-") : s.counted.total().display())
                     .arg(s.isOpen() ? QStringLiteral("-") : s.difference().display());
        if (!s.isOpen())
            differences += s.difference();
    }
    if (day.shifts.isEmpty())
        lines << Tr::tr("  （当日无班次）");
    lines
        << Tr::tr(
               "全店：销售 %1 笔 %2，现金 %3，微信 %4，支付宝 %5，银行卡 %6，医保 %7，现金退款 %8，"
               "长短款合计 %9")
               .arg(all.sales)
               .arg(all.salesTotal.display(), all.cashTaken.display(), all.wechatTaken.display(),
                    all.alipayTaken.display(), all.cardTaken.display(), all.insuredTotal.display(),
                    all.cashRefunded.display(), differences.display());
    return lines;
}

} // namespace pos
