#pragma once

#include "app/core/product.h"
#include "app/core/result.h"
#include "app/core/rx/prescription.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// Paper prescriptions typed in at the counter (纸质处方录入, issue 6): what the form collects and
/// the pure function that turns it into a Prescription for the pharmacist's queue
/// (ReviewService::receive). Thread-safe: no state, no port, no clock (the caller passes `now`).
namespace pos {

/// The stored number of every paper prescription starts with this; a platform hi_rxno never does.
inline constexpr QStringView kPaperRxNoPrefix = u"PAPER-";

/// What the cashier copies from the paper, as typed (build trims it). A line is usually made with
/// rxLineFromProduct() from the catalog product, then quantity, usage, dosage, frequency and days
/// are filled in from the paper.
struct PaperPrescriptionDraft
{
    QString paperNo;         ///< the number printed on the paper (处方编号)
    QDateTime issueTime;     ///< 开具时间 on the paper; seconds are dropped
    QString institutionName; ///< 开方机构
    QString institutionCode; ///< its 医保定点机构编码, letters and digits only
    QString prescriberName;
    QString prescriberCode; ///< 医保医师代码
    QString diagnosisCode;  ///< ICD-10
    QString diagnosisName;
    RxPatient patient;
    RxItemType itemType = RxItemType::Western;
    RxAttribute attribute = RxAttribute::PooledFund;
    bool longTerm = false; ///< 长期处方
    int coveredDays = 0;   ///< days it covers; only kept for a long-term prescription
    QList<RxDrugLine> lines;
    QByteArray scan;  ///< the scanned or photographed paper (optional)
    QString scanMime; ///< image/jpeg, image/png, application/pdf
};

/// The stored number of a paper prescription: "PAPER-" + institutionCode + "-" + paperNo.
/// Why not the paper's own number: paper numbers are only unique within the hospital that printed
/// them (two hospitals both print "0001234"), and a bare number could equal an e-prescription's
/// hi_rxno, whose review, settlement (RX-SINGLE) and archive are keyed by number. The prefix keeps
/// paper apart from the platform, the institution code keeps hospitals apart, and since the code
/// holds no '-' the pair (institution, paper number) can be read back unambiguously.
[[nodiscard]] QString paperRxNo(const QString& institutionCode, const QString& paperNo);

/// A prescription line for a catalog product: 医保药品编码, 通用名, 规格 and unit from the product,
/// the quantity in minimum packages; usage, dosage, frequency and days are left for the paper.
[[nodiscard]] RxDrugLine rxLineFromProduct(const Product& product, int quantity);

/// Builds the prescription to store from the form, or refuses naming EVERY problem, one per line
/// of the message, in the form's order: each missing header field, each line without a 医保药品编码,
/// name, positive quantity, usage, dosage, frequency or days, the same drug on two lines (which
/// lines were meant cannot be guessed), a patient ID number whose check character is wrong, and
/// RX-VALID-3D (an issue time in the future, or older than the 3-day validity at `now`, the issue
/// time shown). When RX-VALID-3D is among the problems it comes first and the error carries its
/// rule ID. The result has source PaperEntry, validDays 3, rxNo from paperRxNo(), every text
/// trimmed, and the scan as its original file.
[[nodiscard]] Result<Prescription> buildPaperPrescription(const PaperPrescriptionDraft& draft,
                                                          const QDateTime& now);

} // namespace pos
