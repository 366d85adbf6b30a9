#pragma once

#include "app/core/printdocument.h"
#include "app/core/rx/prescription.h"
#include "app/core/storeprofile.h"

namespace pos {

/// The one-time code printed on a prescription (RX-PRINT-GATE scan-back): "PPOS-PRN-<处方编号>-<6
/// random digits>". A new one for every print, so an old or foreign paper cannot open the gate.
[[nodiscard]] QString makePrescriptionPrintCode(const QString& rxNo);
/// The prescription number inside a one-time code, or an empty string when `payload` is not one.
[[nodiscard]] QString rxNoOfPrintCode(const QString& payload);

/// Lays out the printed e-prescription the pharmacy keeps and the patient signs (RX-PRINT-GATE,
/// SETTLE-SLIP): institution, number, issue time and validity, patient (ID masked), diagnosis,
/// drugs with usage, prescriber, the pharmacist's review, and the one-time code as text and as a
/// barcode. Pure: no ports, no clock.
class PrescriptionFormatter
{
public:
    explicit PrescriptionFormatter(StoreProfile store)
        : m_store(std::move(store))
    {
    }
    /// `reprint` marks the paper 补打 (PrintDocument::reprint and a printed line).
    [[nodiscard]] PrintDocument format(const Prescription& rx, const PrescriptionReview& approval,
                                       const QString& oneTimeCode, int widthColumns,
                                       bool reprint) const;

private:
    StoreProfile m_store;
};

} // namespace pos
