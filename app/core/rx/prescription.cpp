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
        {QStringLiteral("file"), QString::fromLatin1(
                                     QCryptographicHash::hash(originalFile, QCryptographicHash::Sha256)
                                         .toHex())},
        {QStringLiteral("mime"), originalMime},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString Prescription::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(), QCryptographicHash::Sha256).toHex());
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
