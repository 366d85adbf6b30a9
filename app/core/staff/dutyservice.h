#pragma once

#include "app/core/ports/dutyrepository.h"
#include "app/core/result.h"
#include "app/core/staff/staff.h"

#include <QObject>

namespace pos {

class AccessControl;
class AuditLog;
class Clock;

/// Pharmacist duty (STAFF-PHARM-ONDUTY): licensed pharmacists clock in and out, and the core can
/// always answer "is a licensed pharmacist on duty now?". Prescription review, dispensing and
/// pooled-fund settlement ask requirePharmacistOnDuty(); OTC cash sales do not.
class DutyService : public QObject
{
    Q_OBJECT
public:
    DutyService(DutyRepository& duty, AccessControl& access, AuditLog& audit, const Clock& clock,
                QObject* parent = nullptr);

    /// The acting user (a pharmacist) clocks in / out.
    Result<DutyPeriod> clockIn();
    Result<DutyPeriod> clockOut();

    [[nodiscard]] bool isPharmacistOnDuty() const;
    [[nodiscard]] bool isPharmacistOnDutyAt(const QDateTime& t) const;
    [[nodiscard]] QList<DutyPeriod> onDutyAt(const QDateTime& t) const;
    [[nodiscard]] QList<DutyPeriod> onDutyNow() const;
    [[nodiscard]] bool isOnDuty(qint64 userId) const;
    /// Refuses with STAFF-PHARM-ONDUTY naming `what` when nobody is on duty now.
    [[nodiscard]] Status requirePharmacistOnDuty(const QString& what) const;

    /// Duty periods overlapping [from, to) for inspections (ExportDuty), as CSV (UTF-8 with BOM).
    [[nodiscard]] Result<QByteArray> exportCsv(const QDateTime& from, const QDateTime& to);

Q_SIGNALS:
    void dutyChanged();

private:
    DutyRepository& m_duty;
    AccessControl& m_access;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pos
