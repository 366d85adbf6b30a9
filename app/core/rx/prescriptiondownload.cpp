#include "app/core/rx/prescriptiondownload.h"

#include "app/core/logging.h"
#include "app/core/ports/platformgateway.h"
#include "app/core/rx/reviewservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrescriptionDownloader)
};

const QString kPlatformTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");

/// A code field that the platform sends as "02" or 2.
int codeOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? n : 0;
}

Error malformed(const QString& field, const QString& why)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("电子处方下载结果的 %1 %2").arg(field, why));
}

} // namespace

QJsonObject rx::downloadRequest(const QString& tokenOrRxNo)
{
    return QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("rx_trace_code"), tokenOrRxNo},
                                             {QStringLiteral("hi_rxno"), tokenOrRxNo}}}};
}

Result<Prescription> rx::prescriptionFromDownload(const QJsonObject& output)
{
    const QJsonObject info = output.value(QStringLiteral("rxinfo")).toObject();
    const auto text = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).toString().trimmed();
    };
    Prescription rx;
    rx.source = RxSource::Download;
    rx.rxNo = text(info, "hi_rxno");
    if (rx.rxNo.isEmpty())
        return malformed(QStringLiteral("rxinfo.hi_rxno"), Tr::tr("缺失"));
    rx.issueTime = QDateTime::fromString(text(info, "prsc_time"), kPlatformTime);
    if (!rx.issueTime.isValid())
        return malformed(QStringLiteral("prsc_time"),
                         Tr::tr("不是 yyyy-MM-dd HH:mm:ss 时间：%1").arg(text(info, "prsc_time")));
    rx.validDays = codeOf(info.value(QStringLiteral("valid_days")));
    if (rx.validDays <= 0)
        return malformed(QStringLiteral("valid_days"), Tr::tr("应为正整数"));
    const QDateTime end = QDateTime::fromString(text(info, "valid_end_time"), kPlatformTime);
    if (end.isValid() && end != rx.validEndTime())
        return malformed(
            QStringLiteral("valid_end_time"),
            Tr::tr("%1 不等于开方时间加有效天数（%2）")
                .arg(end.toString(kPlatformTime), rx.validEndTime().toString(kPlatformTime)));

    const int attr = codeOf(info.value(QStringLiteral("rxExraAttrCode")));
    if (attr != int(RxAttribute::DualChannel) && attr != int(RxAttribute::PooledFund))
        return malformed(QStringLiteral("rxExraAttrCode"), Tr::tr("未知：%1").arg(attr));
    rx.attribute = static_cast<RxAttribute>(attr);
    const int type = codeOf(info.value(QStringLiteral("rxItemTypeCode")));
    if (type < int(RxItemType::Western) || type > int(RxItemType::HerbalPieces))
        return malformed(QStringLiteral("rxItemTypeCode"), Tr::tr("未知：%1").arg(type));
    rx.itemType = static_cast<RxItemType>(type);
    rx.longTerm = codeOf(info.value(QStringLiteral("longRxFlag"))) == 1;
    const int status = codeOf(info.value(QStringLiteral("rxStasCodg")));
    if (status < int(RxStatus::Valid) || status > int(RxStatus::Voided))
        return malformed(QStringLiteral("rxStasCodg"), Tr::tr("未知：%1").arg(status));
    rx.status = static_cast<RxStatus>(status);
    rx.originalFile = QByteArray::fromBase64(text(info, "rx_file").toLatin1());
    rx.originalMime = text(info, "rx_file_type");

    const QJsonArray drugs = output.value(QStringLiteral("rxdrugdetail")).toArray();
    if (drugs.isEmpty())
        return malformed(QStringLiteral("rxdrugdetail"), Tr::tr("没有药品"));
    for (qsizetype i = 0; i < drugs.size(); ++i) {
        const QJsonObject d = drugs.at(i).toObject();
        RxDrugLine line{text(d, "med_list_codg"),
                        text(d, "drug_genname"),
                        text(d, "drug_spec"),
                        codeOf(d.value(QStringLiteral("drug_cnt"))),
                        text(d, "drug_dosunt"),
                        text(d, "medc_way_dscr"),
                        text(d, "sin_doscnt") + text(d, "sin_dosunt"),
                        text(d, "used_frqu_dscr"),
                        codeOf(d.value(QStringLiteral("medc_days")))};
        const QString field = QStringLiteral("rxdrugdetail[%1]").arg(i);
        if (line.insuranceCode.isEmpty())
            return malformed(field + QStringLiteral(".med_list_codg"), Tr::tr("缺失"));
        if (line.quantity <= 0)
            return malformed(field + QStringLiteral(".drug_cnt"), Tr::tr("应为正整数"));
        rx.lines.append(line);
    }
    if (rx.longTerm)
        rx.coveredDays = rx.effectiveDays();

    // The main diagnosis (maindiag_flag 1), else the first.
    const QJsonArray diseases = output.value(QStringLiteral("diseinfo")).toArray();
    for (const QJsonValue& v : diseases) {
        const QJsonObject d = v.toObject();
        if (rx.diagnosisCode.isEmpty() || codeOf(d.value(QStringLiteral("maindiag_flag"))) == 1) {
            rx.diagnosisCode = text(d, "dise_codg");
            rx.diagnosisName = text(d, "dise_name");
        }
    }
    const QJsonObject patient = output.value(QStringLiteral("patient")).toObject();
    rx.patient.name = text(patient, "psn_name");
    rx.patient.idNumber = text(patient, "certno");
    // insutype 310 职工基本医疗保险, 390 城乡居民基本医疗保险.
    const int insutype = codeOf(patient.value(QStringLiteral("insutype")));
    if (insutype != 310 && insutype != 390)
        return malformed(QStringLiteral("patient.insutype"), Tr::tr("未知：%1").arg(insutype));
    rx.patient.insuranceType = insutype == 310 ? InsuranceType::Employee : InsuranceType::Resident;
    const QJsonObject prescriber = output.value(QStringLiteral("prescriber")).toObject();
    rx.prescriberName = text(prescriber, "prsc_dr_name");
    rx.prescriberCode = text(prescriber, "dr_code");
    const QJsonObject institution = output.value(QStringLiteral("institution")).toObject();
    rx.institutionName = text(institution, "fixmedins_name");
    rx.institutionCode = text(institution, "fixmedins_code");
    return rx;
}

void PrescriptionDownloader::download(const QString& tokenOrRxNo, Done done)
{
    const QString token = tokenOrRxNo.trimmed();
    if (token.isEmpty()) {
        done(makeError(ErrorCode::InvalidInput, Tr::tr("没有处方追溯码或处方编号")));
        return;
    }
    m_platform.call(
        PlatformRequest{QString::fromLatin1(rx::kDownloadInfno), QString(),
                        rx::downloadRequest(token)},
        [this, token, done = std::move(done)](Result<PlatformResponse> response) {
            if (!response) {
                done(response.error());
                return;
            }
            if (response->infcode != 0) {
                done(makeError(ErrorCode::NotFound,
                               Tr::tr("医保平台未返回处方 %1：%2").arg(token, response->errMsg)));
                return;
            }
            Result<Prescription> rx = rx::prescriptionFromDownload(response->output);
            if (!rx) {
                done(rx.error());
                return;
            }
            if (Status s = m_reviews.receive(*rx); !s) {
                done(s.error());
                return;
            }
            qCInfo(lcRx) << "prescription downloaded" << rx->rxNo;
            done(std::move(rx));
        });
}

} // namespace pos
