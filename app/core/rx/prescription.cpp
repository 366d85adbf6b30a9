#include "app/core/rx/prescription.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Prescription)
};
QString isoSeconds(const QDateTime& t)
{
    return t.toString(Qt::ISODate);
}
} // namespace

int Prescription::effectiveDays() const
{
    int days = coveredDays;
    for (const RxDrugLine& l : lines)
        days = qMax(days, l.days);
    return days;
}

QByteArray Prescription::canonicalContent() const
{
    // QJsonObject keeps its keys sorted and compact output has no optional whitespace, so equal
    // content always gives equal bytes. "v" versions the form: change it when fields are added.
    QJsonArray drugs;
    for (const RxDrugLine& l : lines)
        drugs.append(QJsonObject{{QStringLiteral("code"), l.insuranceCode},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("spec"), l.spec},
                                 {QStringLiteral("qty"), l.quantity},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("usage"), l.usage},
                                 {QStringLiteral("dosage"), l.dosage},
                                 {QStringLiteral("freq"), l.frequency},
                                 {QStringLiteral("days"), l.days}});
    const QJsonObject o{
        {QStringLiteral("v"), 1},
        {QStringLiteral("rxno"), rxNo},
        {QStringLiteral("issued"), isoSeconds(issueTime)},
        {QStringLiteral("validDays"), validDays},
        {QStringLiteral("itemType"), int(itemType)},
        {QStringLiteral("attr"), int(attribute)},
        {QStringLiteral("long"), longTerm},
        {QStringLiteral("coveredDays"), coveredDays},
        {QStringLiteral("diagCode"), diagnosisCode},
        {QStringLiteral("diagName"), diagnosisName},
        {QStringLiteral("drName"), prescriberName},
        {QStringLiteral("drCode"), prescriberCode},
        {QStringLiteral("instName"), institutionName},
        {QStringLiteral("instCode"), institutionCode},
        {QStringLiteral("patName"), patient.name},
        {QStringLiteral("patId"), patient.idNumber},
        {QStringLiteral("insType"), int(patient.insuranceType)},
        {QStringLiteral("drugs"), drugs},
        {QStringLiteral("file"),
         QString::fromLatin1(
             QCryptographicHash::hash(originalFile, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("mime"), originalMime},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString Prescription::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(), QCryptographicHash::Sha256).toHex());
}

Result<Prescription> Prescription::fromCanonicalContent(const QByteArray& content)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("处方内容不是 JSON 对象：%1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("处方内容版本 %1 未知").arg(o.value(QStringLiteral("v")).toInt()));
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    const auto number = [&o](const char* key) { return o.value(QLatin1String(key)).toInt(); };
    Prescription rx;
    rx.rxNo = text("rxno");
    rx.issueTime = QDateTime::fromString(text("issued"), Qt::ISODate);
    if (rx.rxNo.isEmpty() || !rx.issueTime.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("处方内容缺少处方编号或开方时间"));
    rx.validDays = number("validDays");
    rx.itemType = static_cast<RxItemType>(number("itemType"));
    rx.attribute = static_cast<RxAttribute>(number("attr"));
    rx.longTerm = o.value(QStringLiteral("long")).toBool();
    rx.coveredDays = number("coveredDays");
    rx.diagnosisCode = text("diagCode");
    rx.diagnosisName = text("diagName");
    rx.prescriberName = text("drName");
    rx.prescriberCode = text("drCode");
    rx.institutionName = text("instName");
    rx.institutionCode = text("instCode");
    rx.patient.name = text("patName");
    rx.patient.idNumber = text("patId");
    rx.patient.insuranceType = static_cast<InsuranceType>(number("insType"));
    rx.originalMime = text("mime");
    for (const QJsonValue& v : o.value(QStringLiteral("drugs")).toArray()) {
        const QJsonObject d = v.toObject();
        rx.lines.append(RxDrugLine{
            d.value(QStringLiteral("code")).toString(), d.value(QStringLiteral("name")).toString(),
            d.value(QStringLiteral("spec")).toString(), d.value(QStringLiteral("qty")).toInt(),
            d.value(QStringLiteral("unit")).toString(), d.value(QStringLiteral("usage")).toString(),
            d.value(QStringLiteral("dosage")).toString(),
            d.value(QStringLiteral("freq")).toString(), d.value(QStringLiteral("days")).toInt()});
    }
    return rx;
}

QString toDisplayString(RxItemType t)
{
    switch (t) {
    case RxItemType::Western: return Tr::tr("西药");
    case RxItemType::ChinesePatent: return Tr::tr("中成药");
    case RxItemType::HerbalPieces: return Tr::tr("中药饮片");
    }
    return {};
}

QString toDisplayString(RxAttribute a)
{
    switch (a) {
    case RxAttribute::DualChannel: return Tr::tr("双通道");
    case RxAttribute::PooledFund: return Tr::tr("门诊统筹");
    }
    return {};
}

QString toDisplayString(InsuranceType t)
{
    switch (t) {
    case InsuranceType::Employee: return Tr::tr("职工医保");
    case InsuranceType::Resident: return Tr::tr("居民医保");
    }
    return {};
}

QString toDisplayString(RxStatus s)
{
    switch (s) {
    case RxStatus::Valid: return Tr::tr("有效");
    case RxStatus::Expired: return Tr::tr("已过期");
    case RxStatus::Revoked: return Tr::tr("已撤销");
    case RxStatus::Voided: return Tr::tr("已作废");
    }
    return {};
}

DrugType drugTypeOf(RxItemType t)
{
    switch (t) {
    case RxItemType::Western: return DrugType::Western;
    case RxItemType::ChinesePatent: return DrugType::ChinesePatent;
    case RxItemType::HerbalPieces: return DrugType::HerbalPieces;
    }
    return DrugType::Western;
}

} // namespace pos
