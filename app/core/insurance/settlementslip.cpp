#include "app/core/insurance/settlementslip.h"

#include "app/core/staff/privacy.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettlementSlip)
};

QString insutypeName(const QString& code)
{
    if (code == u"310")
        return Tr::tr("职工基本医疗保险");
    if (code == u"390")
        return Tr::tr("城乡居民基本医疗保险");
    return code;
}
} // namespace

PrintDocument formatSettlementSlip(const InsuredSettlementRecord& s, const StoreProfile& store,
                                   int widthColumns, bool reprint)
{
    using Align = PrintLine::Align;
    PrintDocument doc;
    doc.kind = QStringLiteral("slip");
    doc.reference = s.settlementNo;
    doc.widthColumns = widthColumns;
    doc.reprint = reprint;
    const auto add = [&](const QString& text, Align align = Align::Left, bool bold = false) {
        for (const QString& part : wrapToColumns(text, widthColumns))
            doc.lines << PrintLine::textLine(part, align, bold);
    };
    const auto pair = [&](const QString& left, const QString& right, bool bold = false) {
        doc.lines << PrintLine::textLine(leftRight(left, right, widthColumns), Align::Left, bold);
    };

    doc.appendTitle(store.name);
    add(Tr::tr("医疗保障基金结算单（定点药店）"), Align::Center, true);
    if (reprint)
        add(Tr::tr("【补打】"), Align::Center, true);
    add(Tr::tr("定点机构编号：%1").arg(store.fixmedinsCode));
    add(Tr::tr("结算单号：%1").arg(s.settlementNo));
    add(Tr::tr("医保结算ID：%1").arg(s.split.setlId));
    if (!s.split.mdtrtId.isEmpty())
        add(Tr::tr("就诊ID：%1").arg(s.split.mdtrtId));
    add(Tr::tr("销售单号：%1").arg(s.saleNo));
    add(Tr::tr("结算时间：%1")
            .arg(s.split.settledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    add(Tr::tr("收银台：%1  收银员：%2").arg(s.terminal, s.operatorName));
    doc.lines << PrintLine::rule();
    // The slip leaves the store with the patient: the person masked (DATA-PRIVACY).
    add(Tr::tr("参保人：%1  %2").arg(maskName(s.person.name), maskIdNumber(s.person.certNo)));
    add(Tr::tr("险种：%1").arg(insutypeName(s.person.insutype)));
    if (!s.rxNo.isEmpty())
        add(Tr::tr("处方号：%1").arg(s.rxNo));
    doc.lines << PrintLine::rule();

    int n = 0;
    for (const SettlementLine& l : s.lines) {
        add(QStringLiteral("%1.%2%3 %4")
                .arg(++n)
                .arg(l.prescriptionOnly ? QStringLiteral("[Rx]") : QString(), l.name, l.spec));
        add(Tr::tr("  医保编码 %1").arg(l.hilistCode));
        if (!l.batchNo.isEmpty() || !l.expiry.isEmpty())
            add(Tr::tr("  批号 %1  有效期至 %2").arg(l.batchNo, l.expiry));
        pair(QStringLiteral("  %1 × %2").arg(l.quantity).arg(l.unitPrice.toString()),
             l.amount.toString());
        // A code is never broken across lines: one per line, whole.
        for (const QString& code : l.traceCodes)
            doc.lines << PrintLine::textLine(Tr::tr("  追溯码 %1").arg(code));
    }
    doc.lines << PrintLine::rule();
    pair(Tr::tr("医疗费总额"), s.split.total.display(), true);
    pair(Tr::tr("统筹基金支付"), s.split.fund.display());
    pair(Tr::tr("个人账户支付"), s.split.account.display());
    pair(Tr::tr("个人现金支付"), s.split.cash.display(), true);
    if (s.split.balanceAfter.fen() > 0 || s.person.balance.fen() > 0)
        pair(Tr::tr("个人账户余额"), s.split.balanceAfter.display());
    doc.lines << PrintLine::rule();
    add(Tr::tr("本人确认以上药品已收到，费用属实。"));
    doc.lines << PrintLine::textLine(QString()) << PrintLine::textLine(Tr::tr("参保人签名："))
              << PrintLine::textLine(QString())
              << PrintLine::textLine(Tr::tr("日期：____年__月__日"));
    doc.lines << PrintLine::rule();
    add(Tr::tr("本结算单与处方一并留存备查（不少于2年）"), Align::Center);
    return doc;
}

} // namespace pos
