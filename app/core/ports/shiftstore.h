#pragma once

#include "app/core/result.h"
#include "app/core/shift/shift.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// Where shifts are kept, and the till's takings read from the recorded sales and returns.
/// Thread: the owner's.
class ShiftStore
{
public:
    virtual ~ShiftStore() = default;

    /// The shift open at `terminal`, if any.
    [[nodiscard]] virtual Result<std::optional<Shift>> openAt(const QString& terminal) const = 0;
    /// Keeps `shift` as opened, numbering it (id, shiftNo); refused (WrongState) while another is
    /// open at its till.
    [[nodiscard]] virtual Result<Shift> open(const Shift& shift) = 0;
    /// Closes the open shift `shift.id` with its closedAt, closedBy, counted and totals; NotFound
    /// when it is not open any more (closed elsewhere first).
    [[nodiscard]] virtual Status close(const Shift& shift) = 0;
    /// What `terminal` recorded in [from, to): sales by payment, returns of its sales.
    [[nodiscard]] virtual Result<TillTotals> totals(const QString& terminal, const QDateTime& from,
                                                    const QDateTime& to) const = 0;
    /// The shifts opened on `day` (any till), oldest first, and every till that sold that day.
    [[nodiscard]] virtual Result<QList<Shift>> shiftsOn(const QDate& day) const = 0;
    [[nodiscard]] virtual Result<QStringList> tillsOn(const QDate& day) const = 0;
};

} // namespace pos
