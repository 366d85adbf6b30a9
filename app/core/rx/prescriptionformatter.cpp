#include "app/core/rx/prescriptionformatter.h"

#include "app/core/rx/rxrules.h"
#include "app/core/staff/privacy.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrescriptionFormatter)
};
const QString kCodePrefix = QStringLiteral("PPOS-PRN-");
const QString kMinute = QStringLiteral("yyyy-MM-dd HH:mm");
} // namespace

QString makePrescriptionPrintCode(const QString& rxNo)
{
    const quint32 digits = QRandomGenerator::system()->bounded(1000000u);
    return kCodePrefix + rxNo + u'-' + QStringLiteral("%1").arg(digits, 6, 10, QLatin1Char('0'));
}

QString rxNoOfPrintCode(const QString& payload)
{
    static const QRegularExpression re(QStringLiteral("^PPOS-PRN-(.+)-[0-9]{6}$"));
    const QRegularExpressionMatch m = re.match(payload.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

PrintDocument PrescriptionFormatter::format(const Prescription& rx,
                                            const PrescriptionReview& approval,
                                            const QString& oneTimeCode, int widthColumns,
                                            bool reprint) const
{
    using Align = PrintLine::Align;
    PrintDocument doc;
    doc.kind = QStringLiteral("prescription");
    doc.reference = rx.rxNo;
    doc.widthColumns = widthColumns;
    doc.reprint = reprint;
    auto add = [&](const QString& t, Align a = Align::Left, bool bold = false) {
        for (const QString& part : wrapToColumns(t, widthColumns))
            doc.lines << PrintLine::textLine(part, a, bold);
    };

    doc.appendTitle(m_store.name);
    add(Tr::tr("医保电子处方（%1）").arg(toDisplayString(rx.attribute)), Align::Center, true);
    if (reprint)
        add(Tr::tr("【补打】"), Align::Center, true);
    add(Tr::tr("开方机构：%1（%2）").arg(rx.institutionName, rx.institutionCode));
    add(Tr::tr("处方编号：%1").arg(rx.rxNo));
    add(Tr::tr("开具时间：%1").arg(rx.issueTime.toString(kMinute)));
    add(Tr::tr("有效期至：%1").arg(rx::validUntil(rx).toString(kMinute)));
    add(Tr::tr("类别：%1%2")
            .arg(toDisplayString(rx.itemType),
                 rx.longTerm ? Tr::tr("  长期处方 %1 天").arg(rx.effectiveDays()) : QString()));
    doc.lines << PrintLine::rule();
    add(Tr::tr("患者：%1  %2").arg(rx.patient.name, toDisplayString(rx.patient.insuranceType)));
    add(Tr::tr("身份证号：%1").arg(maskIdNumber(rx.patient.idNumber)));
    add(Tr::tr("诊断：%1 %2").arg(rx.diagnosisCode, rx.diagnosisName));
    doc.lines << PrintLine::rule();
    add(QStringLiteral("Rp."), Align::Left, true);
    int n = 0;
    for (const RxDrugLine& l : rx.lines) {
        add(QStringLiteral("%1. %2 %3  ×%4%5")
                .arg(++n)
                .arg(l.name, l.spec)
                .arg(l.quantity)
                .arg(l.unit));
        add(Tr::tr("   用法：%1 %2 %3 %4天").arg(l.usage, l.dosage, l.frequency).arg(l.days));
    }
    doc.lines << PrintLine::rule();
    add(Tr::tr("开方医师：%1（%2）").arg(rx.prescriberName, rx.prescriberCode));
    add(Tr::tr("审核药师：%1  执业药师注册证号：%2")
            .arg(approval.pharmacistName, approval.licenceNo));
    if (!approval.insurancePharmacistCode.isEmpty())
        add(Tr::tr("医保药师编码：%1").arg(approval.insurancePharmacistCode));
    add(Tr::tr("审核时间：%1  审核通过").arg(approval.time.toString(kMinute)), Align::Left, true);
    if (approval.longTermConfirmed)
        add(Tr::tr("长期处方超过 4 周，已经药师确认"));
    add(Tr::tr("调配/核对：%1").arg(approval.pharmacistName));
    doc.lines << PrintLine::rule();
    add(Tr::tr("处方核验码（收银前扫描）"), Align::Center);
    PrintLine code = PrintLine::textLine(oneTimeCode, Align::Center);
    code.barcode = oneTimeCode;
    doc.lines << code;
    doc.lines << PrintLine::rule();
    add(Tr::tr("患者签字：________________"));
    return doc;
}

} // namespace pos
