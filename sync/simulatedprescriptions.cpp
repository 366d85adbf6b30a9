#include "sync/simulatedprescriptions.h"

#include <QJsonArray>

namespace pos::sync {

namespace {

const QString kPlatformTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");

struct Drug
{
    const char* code;
    const char* name;
    const char* spec;
    int count;
    const char* unit;
    const char* dose;
    const char* doseUnit;
    const char* frequency;
    int days;
};

QJsonObject drugLine(const Drug& d)
{
    return QJsonObject{{QStringLiteral("med_list_codg"), QLatin1String(d.code)},
                       {QStringLiteral("drug_genname"), QString::fromUtf8(d.name)},
                       {QStringLiteral("drug_spec"), QString::fromUtf8(d.spec)},
                       {QStringLiteral("drug_cnt"), QString::number(d.count)},
                       {QStringLiteral("drug_dosunt"), QString::fromUtf8(d.unit)},
                       {QStringLiteral("medc_way_dscr"), QStringLiteral("口服")},
                       {QStringLiteral("sin_doscnt"), QString::fromUtf8(d.dose)},
                       {QStringLiteral("sin_dosunt"), QString::fromUtf8(d.doseUnit)},
                       {QStringLiteral("used_frqu_dscr"), QString::fromUtf8(d.frequency)},
                       {QStringLiteral("medc_days"), d.days}};
}

struct Spec
{
    const char* rxNo;
    const char* traceCode;
    const char* purpose;
    qint64 issuedSecondsAgo;
    int itemType; ///< rxItemTypeCode
    bool longTerm;
    int insutype; ///< 310 employee, 390 resident
    const char* patientName;
    const char* certNo;
    QList<QPair<const char*, const char*>> diseases;
    QList<Drug> drugs;
};

/// What a 7203 answer carries, in the platform's own codes.
struct Fields
{
    QString rxNo;
    QString traceCode;
    QDateTime issued;
    int validDays = 3;
    QString attribute = QStringLiteral("02"); ///< rxExraAttrCode: 02 门诊统筹
    int itemType = 11;                        ///< rxItemTypeCode
    bool longTerm = false;
    int status = 1; ///< rxStasCodg
    QJsonArray drugs;
    QJsonArray diseases;
    QString patientName;
    QString certNo;
    int insutype = 310;
};

QJsonObject render(const Fields& f)
{
    // The original: a minimal PDF naming the prescription (what 7203's rx_file carries, base64).
    const QByteArray file = QByteArrayLiteral("%PDF-1.4\n% simulated e-prescription ")
                            + f.rxNo.toUtf8() + QByteArrayLiteral("\n%%EOF\n");
    return QJsonObject{
        {QStringLiteral("rxinfo"),
         QJsonObject{
             {QStringLiteral("hi_rxno"), f.rxNo},
             {QStringLiteral("rx_trace_code"), f.traceCode},
             {QStringLiteral("prsc_time"), f.issued.toString(kPlatformTime)},
             {QStringLiteral("valid_days"), f.validDays},
             {QStringLiteral("valid_end_time"),
              f.issued.addDays(f.validDays).toString(kPlatformTime)},
             {QStringLiteral("rxExraAttrCode"), f.attribute},
             {QStringLiteral("rxItemTypeCode"), QString::number(f.itemType)},
             {QStringLiteral("longRxFlag"), f.longTerm ? QStringLiteral("1") : QStringLiteral("0")},
             {QStringLiteral("rxStasCodg"), QString::number(f.status)},
             {QStringLiteral("rx_file"), QString::fromLatin1(file.toBase64())},
             {QStringLiteral("rx_file_type"), QStringLiteral("application/pdf")}}},
        {QStringLiteral("rxdrugdetail"), f.drugs},
        {QStringLiteral("diseinfo"), f.diseases},
        {QStringLiteral("patient"),
         QJsonObject{{QStringLiteral("psn_name"), f.patientName},
                     {QStringLiteral("psn_cert_type"), QStringLiteral("01")},
                     {QStringLiteral("certno"), f.certNo},
                     {QStringLiteral("insutype"), QString::number(f.insutype)}}},
        {QStringLiteral("prescriber"),
         QJsonObject{{QStringLiteral("prsc_dr_name"), QStringLiteral("刘卫民")},
                     {QStringLiteral("dr_code"), QStringLiteral("D360102012345")},
                     {QStringLiteral("prsc_dept_name"), QStringLiteral("全科门诊")}}},
        {QStringLiteral("institution"),
         QJsonObject{
             {QStringLiteral("fixmedins_name"), QStringLiteral("南昌市东湖区社区卫生服务中心")},
             {QStringLiteral("fixmedins_code"), QStringLiteral("H36010200123")}}},
    };
}

QJsonObject output(const Spec& s, const QDateTime& anchor)
{
    Fields f;
    f.rxNo = QLatin1String(s.rxNo);
    f.traceCode = QLatin1String(s.traceCode);
    f.issued = anchor.addSecs(-s.issuedSecondsAgo);
    f.itemType = s.itemType;
    f.longTerm = s.longTerm;
    for (const Drug& d : s.drugs)
        f.drugs.append(drugLine(d));
    for (qsizetype i = 0; i < s.diseases.size(); ++i)
        f.diseases.append(QJsonObject{
            {QStringLiteral("dise_codg"), QLatin1String(s.diseases.at(i).first)},
            {QStringLiteral("dise_name"), QString::fromUtf8(s.diseases.at(i).second)},
            {QStringLiteral("maindiag_flag"), i == 0 ? QStringLiteral("1") : QStringLiteral("0")}});
    f.patientName = QString::fromUtf8(s.patientName);
    f.certNo = QLatin1String(s.certNo);
    f.insutype = s.insutype;
    return render(f);
}

} // namespace

QList<SimulatedPrescription> simulatedPrescriptions(const QDateTime& anchor)
{
    constexpr qint64 hour = 3600;
    const Drug amlodipine{"XC08CAA076A028071062085",
                          "苯磺酸氨氯地平片",
                          "5mg*28片",
                          1,
                          "盒",
                          "5",
                          "mg",
                          "每日1次",
                          28};
    const Drug metformin{"XA10BAA093A020027031108",
                         "盐酸二甲双胍片",
                         "0.5g*20片",
                         2,
                         "盒",
                         "0.5",
                         "g",
                         "每日2次",
                         20};
    const QList<Spec> specs{
        {"RX360100000001",
         "3601RXT0000000000001",
         "valid pooled-fund Western",
         2 * hour,
         11,
         false,
         310,
         "赵六",
         "360102198001011235",
         {{"I10.x00", "原发性高血压"}, {"E11.900", "2型糖尿病"}},
         {amlodipine, metformin}},
        {"RX360100000002",
         "3601RXT0000000000002",
         "expired (RX-VALID-3D)",
         73 * hour,
         11,
         false,
         310,
         "孙七",
         "360102197505051234",
         {{"I10.x00", "原发性高血压"}},
         {amlodipine}},
        {"RX360100000003",
         "3601RXT0000000000003",
         "TCM + Western mixed",
         1 * hour,
         11,
         false,
         390,
         "周八",
         "360103196809091235",
         {{"I25.103", "冠状动脉粥样硬化性心脏病"}},
         {Drug{"XC10AAA084A028082070097", "阿托伐他汀钙片", "20mg*28片", 1, "盒", "20", "mg",
               "每晚1次", 28},
          Drug{"ZA12BAA179D001156130199", "复方丹参滴丸", "27mg*180丸", 1, "瓶", "270", "mg",
               "每日3次", 18},
          Drug{"TYP201A201Y001175145221", "黄芪", "100g", 2, "袋", "15", "g", "每日1剂", 13}}},
        {"RX360100000004",
         "3601RXT0000000000004",
         "long-term 6 weeks (RX-LONG-12W)",
         3 * hour,
         11,
         true,
         390,
         "吴九",
         "360104195212121236",
         {{"I10.x00", "原发性高血压"}},
         {Drug{"XC09CAA077A028073064087", "厄贝沙坦片", "0.15g*28片", 2, "盒", "0.15", "g",
               "每日1次", 42}}},
        {"RX360100000005",
         "3601RXT0000000000005",
         "employee with a pediatric drug",
         1 * hour,
         12,
         false,
         310,
         "郑十",
         "360105199003031237",
         {{"J06.900", "急性上呼吸道感染"}},
         {Drug{"ZA01BAA157C006143109176", "小儿豉翘清热颗粒", "2g*6袋", 1, "盒", "2", "g",
               "每日3次", 2}}},
    };
    QList<SimulatedPrescription> out;
    for (const Spec& s : specs)
        out.append(SimulatedPrescription{QLatin1String(s.rxNo), QLatin1String(s.traceCode),
                                         QLatin1String(s.purpose), output(s, anchor)});
    return out;
}

std::optional<SimulatedPrescription> prescriptionFromSpec(const QJsonObject& spec,
                                                          const QDateTime& now, QString* problem)
{
    const auto refuse = [problem](const QString& why) -> std::optional<SimulatedPrescription> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const auto str = [](const QJsonObject& o, const char* key, const QString& fallback = {}) {
        const QString k = QString::fromLatin1(key);
        return o.contains(k) ? o.value(k).toVariant().toString() : fallback;
    };
    const QString rxNo = str(spec, "rx_no");
    if (rxNo.isEmpty())
        return refuse(QStringLiteral("rx_no"));
    QDateTime issued = now;
    if (spec.contains(QStringLiteral("issued"))) {
        issued = QDateTime::fromString(str(spec, "issued"), Qt::ISODate);
        if (!issued.isValid())
            return refuse(QStringLiteral("issued"));
    }
    const int validDays = spec.value(QStringLiteral("valid_days")).toInt(3);
    const QString itemType = str(spec, "item_type", QStringLiteral("western"));
    const int itemCode = itemType == QStringLiteral("patent")   ? 12
                         : itemType == QStringLiteral("herbal") ? 13
                                                                : 11;
    const QString status = str(spec, "status", QStringLiteral("valid"));
    const int statusCode = status == QStringLiteral("expired")   ? 2
                           : status == QStringLiteral("revoked") ? 3
                           : status == QStringLiteral("voided")  ? 4
                                                                 : 1;
    QJsonArray drugs;
    const QJsonArray given = spec.value(QStringLiteral("drugs")).toArray();
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QJsonObject d = given.at(i).toObject();
        const QString at = QStringLiteral("drugs[%1].").arg(i);
        if (str(d, "code").isEmpty())
            return refuse(at + QStringLiteral("code"));
        if (str(d, "name").isEmpty())
            return refuse(at + QStringLiteral("name"));
        if (d.value(QStringLiteral("count")).toInt() <= 0)
            return refuse(at + QStringLiteral("count"));
        drugs.append(QJsonObject{
            {QStringLiteral("med_list_codg"), str(d, "code")},
            {QStringLiteral("drug_genname"), str(d, "name")},
            {QStringLiteral("drug_spec"), str(d, "spec")},
            {QStringLiteral("drug_cnt"), QString::number(d.value(QStringLiteral("count")).toInt())},
            {QStringLiteral("drug_dosunt"), str(d, "unit", QStringLiteral("盒"))},
            {QStringLiteral("medc_way_dscr"), str(d, "usage", QStringLiteral("口服"))},
            {QStringLiteral("sin_doscnt"), str(d, "dose", QStringLiteral("1"))},
            {QStringLiteral("sin_dosunt"), str(d, "dose_unit", QStringLiteral("片"))},
            {QStringLiteral("used_frqu_dscr"), str(d, "frequency", QStringLiteral("每日1次"))},
            {QStringLiteral("medc_days"), d.value(QStringLiteral("days")).toInt(7)}});
    }
    if (drugs.isEmpty())
        return refuse(QStringLiteral("drugs"));
    const QJsonObject diagnosis = spec.value(QStringLiteral("diagnosis")).toObject();
    const QJsonObject patient = spec.value(QStringLiteral("patient")).toObject();
    Fields f;
    f.rxNo = rxNo;
    f.traceCode = str(spec, "token", QStringLiteral("3601RXT") + rxNo.right(13));
    f.issued = issued;
    f.validDays = validDays;
    f.attribute = str(spec, "attribute") == QStringLiteral("dual_channel") ? QStringLiteral("01")
                                                                           : QStringLiteral("02");
    f.itemType = itemCode;
    f.longTerm = spec.value(QStringLiteral("long_term")).toBool();
    f.status = statusCode;
    f.drugs = drugs;
    f.diseases = QJsonArray{QJsonObject{
        {QStringLiteral("dise_codg"), str(diagnosis, "code", QStringLiteral("I10.x00"))},
        {QStringLiteral("dise_name"), str(diagnosis, "name", QStringLiteral("原发性高血压"))},
        {QStringLiteral("maindiag_flag"), QStringLiteral("1")}}};
    f.patientName = str(patient, "name", QStringLiteral("赵六"));
    f.certNo = str(patient, "id_number", QStringLiteral("360102198001011235"));
    f.insutype = str(spec, "insurance") == QStringLiteral("resident") ? 390 : 310;
    const QJsonObject out = render(f);
    return SimulatedPrescription{rxNo, f.traceCode, QStringLiteral("scenario"), out};
}

} // namespace pos::sync
