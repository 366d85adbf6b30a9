#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pos::sync {

/// One e-prescription the simulated platform serves: its number, the token its QR carries
/// (处方追溯码), what it demonstrates, and its 7203 `output`.
struct SimulatedPrescription
{
    QString rxNo;
    QString traceCode;
    QString purpose;
    QJsonObject output;
};

/// The demo e-prescriptions, drugs taken from the demo catalog (app/demo/demo_catalog.tsv) by
/// their real insurance codes and names, issue times counted back from `anchor`:
///  - RX360100000001 valid 门诊统筹 Western (employee): amlodipine ×1, metformin ×2, issued 2 h ago
///  - RX360100000002 the same kind, issued 3 days 1 hour ago: expired (RX-VALID-3D)
///  - RX360100000003 Western item type with 复方丹参滴丸 and 黄芪饮片 (RX-TCM-SEPARATE / RX-NO-MIX)
///  - RX360100000004 long-term 6 weeks of irbesartan (resident): RX-LONG-12W needs confirmation
///  - RX360100000005 employee prescription of 小儿豉翘清热颗粒 (RX-NO-PEDIATRIC-EMP)
/// Pure: the same anchor gives the same content.
[[nodiscard]] QList<SimulatedPrescription> simulatedPrescriptions(const QDateTime& anchor);

} // namespace pos::sync
