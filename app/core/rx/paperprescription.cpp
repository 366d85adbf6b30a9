#include "app/core/rx/paperprescription.h"

#include "app/core/rx/rxrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace pos {

namespace {
/// Translation context "PaperPrescription" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaperPrescription)
};

bool isAlphanumeric(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c.isDigit() || (c.unicode() < 0x80 && c.isLetter()); });
}

/// The paper carries minutes at best: seconds typed or defaulted by the form are not content.
QDateTime toMinute(const QDateTime& t)
{
    QDateTime m = t;
    if (m.isValid())
        m.setTime(QTime(t.time().hour(), t.time().minute()));
    return m;
}

RxDrugLine trimmed(RxDrugLine l)
{
    for (QString* s :
         {&l.insuranceCode, &l.name, &l.spec, &l.unit, &l.usage, &l.dosage, &l.frequency})
        *s = s->trimmed();
    return l;
}

/// The header: each required field that is empty, in the form's order.
QStringList headerProblems(const Prescription& rx, const QString& paperNo)
{
    const QList<std::pair<const QString*, QString>> required{
        {&paperNo, Tr::tr("纸质处方缺少处方编号")},
        {&rx.institutionName, Tr::tr("纸质处方缺少开方机构")},
        {&rx.institutionCode, Tr::tr("纸质处方缺少开方机构编码")},
        {&rx.prescriberName, Tr::tr("纸质处方缺少开方医师")},
        {&rx.prescriberCode, Tr::tr("纸质处方缺少医师代码")},
        {&rx.diagnosisCode, Tr::tr("纸质处方缺少诊断编码")},
        {&rx.diagnosisName, Tr::tr("纸质处方缺少诊断名称")},
        {&rx.patient.name, Tr::tr("纸质处方缺少患者姓名")},
        {&rx.patient.idNumber, Tr::tr("纸质处方缺少患者身份证号")},
    };
    QStringList out;
    for (const auto& [value, message] : required)
        if (value->isEmpty())
            out << message;
    if (!rx.institutionCode.isEmpty() && !isAlphanumeric(rx.institutionCode))
        out << Tr::tr("开方机构编码 %1 只能由字母和数字组成").arg(rx.institutionCode);
    if (!rx.patient.idNumber.isEmpty() && !rx::isValidResidentId(rx.patient.idNumber))
        out << Tr::tr("患者身份证号 %1 不是有效的 18 位身份证号（校验位不符），请核对")
                   .arg(rx.patient.idNumber);
    if (!rx.issueTime.isValid())
        out << Tr::tr("纸质处方缺少开具时间");
    if (rx.longTerm && rx.coveredDays <= 0)
        out << Tr::tr("长期处方须填写用药天数");
    return out;
}

/// Each line's missing or wrong fields, then drugs that appear twice.
QStringList lineProblems(const QList<RxDrugLine>& lines)
{
    if (lines.isEmpty())
        return {Tr::tr("纸质处方没有药品")};
    QStringList out;
    QHash<QString, int> firstLineOf; // 医保药品编码 → 1-based line
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const RxDrugLine& l = lines.at(i);
        const int no = int(i) + 1;
        const QString name = l.name.isEmpty() ? Tr::tr("（无药品名称）") : l.name;
        const QList<std::pair<bool, QString>> checks{
            {l.name.isEmpty(), Tr::tr("缺少药品名称")},
            {l.insuranceCode.isEmpty(), Tr::tr("没有医保药品编码，不能按医保处方录入")},
            {l.quantity <= 0, Tr::tr("数量应大于 0")},
            {l.usage.isEmpty(), Tr::tr("缺少用法")},
            {l.dosage.isEmpty(), Tr::tr("缺少单次用量")},
            {l.frequency.isEmpty(), Tr::tr("缺少频次")},
            {l.days <= 0, Tr::tr("用药天数应大于 0")},
        };
        for (const auto& [failed, what] : checks)
            if (failed)
                out << Tr::tr("第 %1 行 %2：%3").arg(no).arg(name, what);
        if (l.insuranceCode.isEmpty())
            continue;
        if (const auto first = firstLineOf.constFind(l.insuranceCode); first != firstLineOf.cend())
            out << Tr::tr("第 %1 行与第 %2 行是同一药品 %3（%4），请按处方核对后合为一行")
                       .arg(no)
                       .arg(first.value())
                       .arg(name, l.insuranceCode);
        else
            firstLineOf.insert(l.insuranceCode, no);
    }
    return out;
}
} // namespace

QString paperRxNo(const QString& institutionCode, const QString& paperNo)
{
    return kPaperRxNoPrefix.toString() + institutionCode.trimmed() + u'-' + paperNo.trimmed();
}

RxDrugLine rxLineFromProduct(const Product& product, int quantity)
{
    return RxDrugLine{product.insuranceCode,
                      product.genericName,
                      product.spec,
                      quantity,
                      product.unit,
                      QString(),
                      QString(),
                      QString(),
                      0};
}

Result<Prescription> buildPaperPrescription(const PaperPrescriptionDraft& draft,
                                            const QDateTime& now)
{
    Prescription rx;
    rx.rxNo = paperRxNo(draft.institutionCode, draft.paperNo);
    rx.issueTime = toMinute(draft.issueTime);
    rx.validDays = rx::kMaxValidDays;
    rx.itemType = draft.itemType;
    rx.attribute = draft.attribute;
    rx.longTerm = draft.longTerm;
    rx.coveredDays = draft.longTerm ? draft.coveredDays : 0;
    rx.diagnosisCode = draft.diagnosisCode.trimmed();
    rx.diagnosisName = draft.diagnosisName.trimmed();
    rx.prescriberName = draft.prescriberName.trimmed();
    rx.prescriberCode = draft.prescriberCode.trimmed();
    rx.institutionName = draft.institutionName.trimmed();
    rx.institutionCode = draft.institutionCode.trimmed();
    rx.patient = RxPatient{draft.patient.name.trimmed(), draft.patient.idNumber.trimmed().toUpper(),
                           draft.patient.insuranceType};
    rx.status = RxStatus::Valid;
    for (const RxDrugLine& l : draft.lines)
        rx.lines << trimmed(l);
    rx.originalFile = draft.scan;
    rx.originalMime = draft.scan.isEmpty() ? QString() : draft.scanMime.trimmed();
    rx.source = RxSource::PaperEntry;

    QStringList problems = headerProblems(rx, draft.paperNo.trimmed()) + lineProblems(rx.lines);
    Error validity;
    if (rx.issueTime.isValid())
        if (Status v = rx::checkValidity(rx, now); !v)
            validity = v.error();
    if (problems.isEmpty() && validity.message.isEmpty())
        return rx;
    if (!validity.message.isEmpty())
        problems.prepend(validity.message);
    return makeError(validity.ruleId.isEmpty() ? ErrorCode::InvalidInput : validity.code,
                     problems.join(u'\n'), validity.ruleId);
}

} // namespace pos
