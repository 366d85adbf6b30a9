#pragma once

// Prescriptions and products shared by the prescription tests. Insurance drug codes follow the
// 23-character 医保药品编码 pattern (X 西药, Z 中成药); the herbal piece code is a made-up T-code.

#include "app/core/rx/prescription.h"
#include "app/core/sale.h"
#include "tests/fakes/fakes.h"

namespace pos::rxtest {

inline const QString kAmlodipine = QStringLiteral("XC08CAA014A001010100483");
inline const QString kMetformin = QStringLiteral("XA10BAE054A001010200123");
inline const QString kPediatric = QStringLiteral("XR05CBA112A002020100111");
inline const QString kPatent = QStringLiteral("ZA01AAA0001010100000123");
inline const QString kHerbal = QStringLiteral("T000700123");
inline const QString kOther = QStringLiteral("XJ01CAA040A001010100999");

inline QDateTime issued()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 14));
}

/// A store product carrying the insurance code: 2 strips × 10 pieces per box.
inline Product product(int n, const QString& name, const QString& code,
                       DrugType type = DrugType::Western)
{
    Product p = fakes::makeProduct(n, name, 2000 + n);
    p.insuranceCode = code;
    p.drugType = type;
    p.rxClass = RxClass::Prescription;
    p.stripsPerBox = 2;
    p.piecesPerStrip = 10;
    p.stripPrice = Money::fromFen(1100);
    p.piecePrice = Money::fromFen(120);
    p.pediatric = code == kPediatric;
    return p;
}

inline Product amlodipine()
{
    return product(1, QStringLiteral("苯磺酸氨氯地平片"), kAmlodipine);
}
inline Product metformin()
{
    return product(2, QStringLiteral("盐酸二甲双胍片"), kMetformin);
}
inline Product pediatricDrug()
{
    return product(3, QStringLiteral("小儿氨酚黄那敏颗粒"), kPediatric);
}
inline Product patentDrug()
{
    return product(4, QStringLiteral("复方丹参滴丸"), kPatent, DrugType::ChinesePatent);
}
inline Product herbal()
{
    return product(5, QStringLiteral("黄芪饮片"), kHerbal, DrugType::HerbalPieces);
}
inline Product otherDrug()
{
    return product(6, QStringLiteral("阿莫西林胶囊"), kOther);
}

inline RxDrugLine line(const Product& p, int quantity, int days = 14)
{
    return RxDrugLine{p.insuranceCode,
                      p.genericName,
                      p.spec,
                      quantity,
                      p.unit,
                      QStringLiteral("口服"),
                      QStringLiteral("5mg"),
                      QStringLiteral("每日1次"),
                      days};
}

inline SaleLine sold(const Product& p, int quantity, SaleUnit unit = SaleUnit::Box)
{
    SaleLine l;
    l.product = p;
    l.quantity = quantity;
    l.unit = unit;
    l.unitPrice = unit == SaleUnit::Box     ? p.price
                  : unit == SaleUnit::Strip ? p.stripPrice
                                            : p.piecePrice;
    return l;
}

/// An employee pooled-fund prescription for hypertension and diabetes: 2 boxes of amlodipine and
/// 1 of metformin, issued 2026-11-20 09:14, valid 3 days.
inline Prescription prescription(const QString& rxNo = QStringLiteral("RX3601002026112000001"))
{
    Prescription rx;
    rx.rxNo = rxNo;
    rx.issueTime = issued();
    rx.validDays = 3;
    rx.itemType = RxItemType::Western;
    rx.attribute = RxAttribute::PooledFund;
    rx.diagnosisCode = QStringLiteral("I10.x00");
    rx.diagnosisName = QStringLiteral("原发性高血压");
    rx.prescriberName = QStringLiteral("王医生");
    rx.prescriberCode = QStringLiteral("D360100000123");
    rx.institutionName = QStringLiteral("江西某互联网医院");
    rx.institutionCode = QStringLiteral("H36010000001");
    rx.patient = RxPatient{QStringLiteral("赵六"), QStringLiteral("36010219900101123X"),
                           InsuranceType::Employee};
    rx.lines = {line(amlodipine(), 2), line(metformin(), 1)};
    rx.originalFile = QByteArrayLiteral("%PDF-1.4 original e-prescription");
    rx.originalMime = QStringLiteral("application/pdf");
    return rx;
}

/// The settlement lines that match prescription() exactly.
inline QList<SaleLine> matchingLines()
{
    return {sold(amlodipine(), 2), sold(metformin(), 1)};
}

/// 李四's approval (licence 36201801234567) of `rx`'s current content at `at`.
inline PrescriptionReview approval(const Prescription& rx, const QDateTime& at)
{
    PrescriptionReview review;
    review.rxNo = rx.rxNo;
    review.decision = PrescriptionReview::Decision::Approved;
    review.pharmacistUserId = 1;
    review.pharmacistName = QStringLiteral("李四");
    review.licenceNo = QStringLiteral("36201801234567");
    review.time = at;
    review.contentHash = rx.contentHash();
    return review;
}

} // namespace pos::rxtest
