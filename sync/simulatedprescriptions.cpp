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

QJsonObject output(const Spec& s, const QDateTime& anchor)
{
    const QDateTime issued = anchor.addSecs(-s.issuedSecondsAgo);
    const int validDays = 3;
    QJsonArray drugs;
    for (const Drug& d : s.drugs)
        drugs.append(drugLine(d));
    QJsonArray diseases;
    for (qsizetype i = 0; i < s.diseases.size(); ++i)
        diseases.append(QJsonObject{
            {QStringLiteral("dise_codg"), QLatin1String(s.diseases.at(i).first)},
            {QStringLiteral("dise_name"), QString::fromUtf8(s.diseases.at(i).second)},
            {QStringLiteral("maindiag_flag"), i == 0 ? QStringLiteral("1") : QStringLiteral("0")}});
    // The original: a minimal PDF naming the prescription (what 7203's rx_file carries, base64).
    const QByteArray file = QByteArrayLiteral("%PDF-1.4\n% simulated e-prescription ")
                            + QByteArray(s.rxNo) + QByteArrayLiteral("\n%%EOF\n");
    return QJsonObject{
        {QStringLiteral("rxinfo"),
         QJsonObject{
             {QStringLiteral("hi_rxno"), QLatin1String(s.rxNo)},
             {QStringLiteral("rx_trace_code"), QLatin1String(s.traceCode)},
             {QStringLiteral("prsc_time"), issued.toString(kPlatformTime)},
             {QStringLiteral("valid_days"), validDays},
             {QStringLiteral("valid_end_time"), issued.addDays(validDays).toString(kPlatformTime)},
             {QStringLiteral("rxExraAttrCode"), QStringLiteral("02")},
             {QStringLiteral("rxItemTypeCode"), QString::number(s.itemType)},
             {QStringLiteral("longRxFlag"), s.longTerm ? QStringLiteral("1") : QStringLiteral("0")},
             {QStringLiteral("rxStasCodg"), QStringLiteral("1")},
             {QStringLiteral("rx_file"), QString::fromLatin1(file.toBase64())},
             {QStringLiteral("rx_file_type"), QStringLiteral("application/pdf")}}},
        {QStringLiteral("rxdrugdetail"), drugs},
        {QStringLiteral("diseinfo"), diseases},
        {QStringLiteral("patient"),
         QJsonObject{{QStringLiteral("psn_name"), QString::fromUtf8(s.patientName)},
                     {QStringLiteral("psn_cert_type"), QStringLiteral("01")},
                     {QStringLiteral("certno"), QLatin1String(s.certNo)},
                     {QStringLiteral("insutype"), QString::number(s.insutype)}}},
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
         "36010219800101123X",
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

} // namespace pos::sync
