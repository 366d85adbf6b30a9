#pragma once

#include "app/core/ports/shiftstore.h"
#include "app/core/result.h"
#include "app/core/shift/shift.h"
#include "app/core/storeprofile.h"

#include <QObject>

#include <functional>

namespace pos {

class AccessControl;
class Clock;
class ReceiptPrinter;
class SaleContext;

/// The cashier's shift at this till (开班 / 交班) and the store's day (日结).
///
/// 开班 counts the float in; one shift is open at a till at a time, and it belongs to its
/// cashier. 交班 needs the till clear — the sale in progress paid, parked or voided (so the next
/// cashier never inherits a cart) — then the drawer counted by denomination; the shift's takings
/// are read from what was recorded (sales and returns of this till since it opened), the expected
/// cash and the difference computed, the shift closed and the 交班单 printed (a printer fault
/// does not undo the close: it is reprinted). The cashier hands over their own shift; a store
/// manager may close another's (ManageShifts). 日结 summarises a day per till and shift
/// (ManageShifts). Every step audited. Thread: GUI/main thread.
class ShiftService : public QObject
{
    Q_OBJECT
public:
    ShiftService(ShiftStore& store, const SaleContext& sale, AccessControl& access,
                 const Clock& clock, ReceiptPrinter& printer, StoreProfile profile,
                 QObject* parent = nullptr);

    /// The shift open at this till, with its takings so far; nullopt when none is open.
    [[nodiscard]] Result<std::optional<Shift>> current() const;
    /// 开班 with `openingFloat` counted in (¥0 allowed, never negative).
    Result<Shift> open(Money openingFloat);
    /// 交班: closes this till's open shift with the drawer counted as `counted`; returns it closed
    /// (totals, expected, difference). `printed` says whether the 交班单 printed, and why not.
    struct Handover
    {
        Shift shift;
        bool printed = false;
        /// The printer has not answered yet (a real printer on its own thread): slipPrinted()
        /// follows.
        bool printPending = false;
        QString printProblem;
        /// The shift closed but its audit entry could not be written (said to the cashier).
        QString auditProblem;
    };
    Result<Handover> handOver(const CashCount& counted);
    /// Prints a closed shift's 交班单 again, marked 补打 (the last one handed over here); the
    /// printer's answer comes through slipPrinted() (at once for a printer that answers at once).
    Status reprintLast();
    /// The shift handed over last at this till since the program started.
    [[nodiscard]] const std::optional<Shift>& lastClosed() const { return m_lastClosed; }
    /// 日结 of `day`: each shift opened that day and each till's whole day.
    Result<DayClose> dayClose(const QDate& day);

Q_SIGNALS:
    void shiftChanged();
    /// The printer answered for a 交班单 (`problem` empty when it printed). The printer is never
    /// waited for on the GUI thread.
    void slipPrinted(const QString& shiftNo, bool reprint, const QString& problem);

private:
    /// Hands the 交班单 of `shift` to the printer; `done` (printed, problem) runs when it answers —
    /// before this returns for a printer that answers at once.
    void printSlip(const Shift& shift, bool reprint,
                   const std::function<void(bool, const QString&)>& done);

    ShiftStore& m_store;
    const SaleContext& m_sale;
    AccessControl& m_access;
    const Clock& m_clock;
    ReceiptPrinter& m_printer;
    StoreProfile m_profile;
    std::optional<Shift> m_lastClosed;
};

} // namespace pos
