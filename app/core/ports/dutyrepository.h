#pragma once

#include "app/core/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace pos {

/// One pharmacist's time on duty; `end` is invalid while still on duty.
struct DutyPeriod
{
    qint64 id = 0;
    qint64 userId = 0;
    QString username;
    QString displayName;
    QString licenceNo;
    QDateTime start;
    QDateTime end;
};

/// Duty periods port (STAFF-PHARM-ONDUTY).
class DutyRepository
{
public:
    virtual ~DutyRepository() = default;
    [[nodiscard]] virtual Result<DutyPeriod> open(qint64 userId, const QDateTime& start) = 0;
    [[nodiscard]] virtual Status close(qint64 periodId, const QDateTime& end) = 0;
    [[nodiscard]] virtual std::optional<DutyPeriod> openPeriodOf(qint64 userId) const = 0;
    /// Periods that overlap [from, to), open ones included, by start time.
    [[nodiscard]] virtual QList<DutyPeriod> overlapping(const QDateTime& from,
                                                        const QDateTime& to) const = 0;
};

} // namespace pos
