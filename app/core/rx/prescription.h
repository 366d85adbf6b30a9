#pragma once

#include "app/core/product.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pos {

/// rxItemTypeCode: 11 西药 / 12 中成药 / 13 中药饮片 (PLATFORM.md §3), the platform's own values.
enum class RxItemType
{
    Western = 11,
    ChinesePatent = 12,
    HerbalPieces = 13
};
/// rxExraAttrCode: 01 双通道 (dual channel) / 02 门诊统筹 (outpatient pooled fund).
enum class RxAttribute
{
    DualChannel = 1,
    PooledFund = 2
};
/// 职工 (employee) / 居民 (resident) insurance: RX-NO-PEDIATRIC-EMP applies to employees.
enum class InsuranceType
{
    Employee = 1,
    Resident
};
/// rxStasCodg: 1 valid, 2 expired, 3 revoked, 4 voided.
enum class RxStatus
{
    Valid = 1,
    Expired,
    Revoked,
    Voided
};
/// Where the prescription came from: downloaded from the e-prescription centre (7203) or typed
/// in from paper.
enum class RxSource
{
    Download = 1,
    PaperEntry
};

/// The insured person the prescription is for. name and idNumber are personal data
/// (DATA-PRIVACY): anything shown outside the review screen or written to logs and the audit trail
/// goes through maskName() / maskIdNumber().
struct RxPatient
{
    QString name;
    QString idNumber;
    InsuranceType insuranceType = InsuranceType::Employee;
};

/// One drug on the prescription (rxdrugdetail). Quantities are in minimum packages (最小包装:
/// 盒, 瓶…), the unit a pack-level product is sold in.
struct RxDrugLine
{
    QString insuranceCode; ///< med_list_codg, e.g. XA01ABD075A002010100483
    QString name;
    QString spec;
    int quantity = 0;  ///< in minimum packages
    QString unit;      ///< 盒, 瓶…
    QString usage;     ///< 用法: 口服, 外用…
    QString dosage;    ///< 单次用量: 0.5g
    QString frequency; ///< 频次: 每日3次
    int days = 0;      ///< 用药天数
};

/// A prescription as the counter holds it (7203 download or paper entry).
struct Prescription
{
    QString rxNo;        ///< hi_rxno, the platform's prescription number
    QDateTime issueTime; ///< prsc_time
    int validDays = 3;   ///< valid_days (RX-VALID-3D caps it at 3)
    RxItemType itemType = RxItemType::Western;
    RxAttribute attribute = RxAttribute::PooledFund;
    bool longTerm = false; ///< longRxFlag
    int coveredDays = 0;   ///< days the prescription covers (长期处方 weeks × 7)
    QString diagnosisCode; ///< diseinfo: ICD-10 code
    QString diagnosisName;
    QString prescriberName;
    QString prescriberCode; ///< 医保医师代码
    QString institutionName;
    QString institutionCode; ///< 开方机构编码
    RxPatient patient;
    RxStatus status = RxStatus::Valid;
    QList<RxDrugLine> lines;
    QByteArray originalFile; ///< rx_file decoded from base64, or the scanned paper
    QString originalMime;    ///< application/pdf, image/jpeg…
    RxSource source = RxSource::Download;

    /// valid_end_time = issue time + valid days (as downloaded: the platform computes it so too).
    [[nodiscard]] QDateTime validEndTime() const { return issueTime.addDays(validDays); }
    /// The longest span the prescription covers: coveredDays, or the longest line's days.
    [[nodiscard]] int effectiveDays() const;

    /// The prescription's content in one canonical byte form: compact JSON, keys sorted, times in
    /// ISO 8601 with seconds, the original file by its SHA-256. Status and source are not content
    /// (a revocation is checked by RX-VALID-3D, not by re-review).
    [[nodiscard]] QByteArray canonicalContent() const;
    /// SHA-256 of canonicalContent(), lower-case hex: what the pharmacist's approval binds to.
    [[nodiscard]] QString contentHash() const;
    /// The inverse of canonicalContent(): every content field back, except the original file,
    /// which the content names by hash only (set originalFile, then compare contentHash() with the
    /// stored hash to know both are intact). Status and source stay at their defaults. Malformed
    /// content is refused naming what is wrong.
    [[nodiscard]] static Result<Prescription> fromCanonicalContent(const QByteArray& content);
};

/// RX-REVIEW: the pharmacist's decision on one prescription, signed (who, licence, time) and bound
/// to the content it was given on by contentHash. A review of other content is no review.
struct PrescriptionReview
{
    enum class Decision
    {
        Approved = 1,
        Rejected
    };
    qint64 id = 0; ///< storage key; 0 until stored
    QString rxNo;
    Decision decision = Decision::Rejected;
    QString opinion; ///< rx_chk_opnn: the reason, required for a rejection
    qint64 pharmacistUserId = 0;
    QString pharmacistName;
    QString licenceNo;               ///< 执业药师注册证号 (phar_prac_cert_no)
    QString insurancePharmacistCode; ///< phar_code on the platform
    QDateTime time;                  ///< rx_chk_time, from the Clock
    QString contentHash;             ///< Prescription::contentHash() of what was reviewed
    bool longTermConfirmed = false;  ///< RX-LONG-12W: the pharmacist confirmed > 4 weeks
};

/// Where a prescription number was settled (RX-SINGLE): at this store, or as the platform reports.
struct SettledPrescription
{
    enum class Where
    {
        Here = 1,
        Platform
    };
    QString rxNo;
    QDateTime settledAt;
    Where where = Where::Here;
    QString reference; ///< our sale / settlement number, or the platform's
};

[[nodiscard]] QString toDisplayString(RxItemType t);
[[nodiscard]] QString toDisplayString(RxAttribute a);
[[nodiscard]] QString toDisplayString(InsuranceType t);
[[nodiscard]] QString toDisplayString(RxStatus s);
/// The drug type a product of this item type has (11 → 西药 …).
[[nodiscard]] DrugType drugTypeOf(RxItemType t);

} // namespace pos

Q_DECLARE_METATYPE(pos::Prescription)
Q_DECLARE_METATYPE(pos::PrescriptionReview)
