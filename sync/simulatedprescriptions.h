#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

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

/// A prescription described by a scenario or a test, as the platform would serve it (7203):
///     {"rx_no": "RX360100009001", "token": "3601RXT0000000009001",
///      "issued": "2026-11-23T08:00:00" (default `now`), "valid_days": 3,
///      "item_type": "western" | "patent" | "herbal", "attribute": "pooled_fund" | "dual_channel",
///      "long_term": false, "insurance": "employee" | "resident",
///      "patient": {"name": "…", "id_number": "…"},
///      "status": "valid" | "expired" | "revoked" | "voided",
///      "diagnosis": {"code": "I10.x00", "name": "原发性高血压"},
///      "drugs": [{"code": "XC08…", "name": "…", "spec": "…", "count": 1, "unit": "盒",
///                 "days": 28, "dose": "5", "dose_unit": "mg", "frequency": "每日1次"}]}
/// Refused, naming the field, when the number or a drug's code, name or count is missing.
[[nodiscard]] std::optional<SimulatedPrescription>
prescriptionFromSpec(const QJsonObject& spec, const QDateTime& now, QString* problem);

} // namespace pos::sync
