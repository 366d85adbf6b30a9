#include "app/core/shift/shiftservice.h"

#include "app/core/logging.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/sale/salecontext.h"
#include "app/core/staff/session.h"

#include <QPointer>

namespace pos {

ShiftService::ShiftService(ShiftStore& store, const SaleContext& sale, AccessControl& access,
                           const Clock& clock, ReceiptPrinter& printer, StoreProfile profile,
                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_sale(sale)
    , m_access(access)
    , m_clock(clock)
    , m_printer(printer)
    , m_profile(std::move(profile))
{
}

Result<std::optional<Shift>> ShiftService::current() const
{
    Result<std::optional<Shift>> open = m_store.openAt(m_profile.terminalId);
    if (!open || !open->has_value())
        return open;
    Shift s = **open;
    Result<TillTotals> t = m_store.totals(s.terminal, s.openedAt, m_clock.now().addMSecs(1));
    if (!t)
        return t.error();
    s.totals = *t;
    return std::optional<Shift>(s);
}

Result<Shift> ShiftService::open(Money openingFloat)
{
    if (Status a = m_access.require(Permission::Sell, tr("开班")); !a)
        return a.error();
    if (openingFloat.isNegative())
        return makeError(ErrorCode::InvalidInput,
                         tr("备用金不能为负数（输入的是 %1）").arg(openingFloat.display()));
    Result<std::optional<Shift>> already = m_store.openAt(m_profile.terminalId);
    if (!already)
        return already.error();
    if (already->has_value())
        return makeError(ErrorCode::WrongState,
                         tr("收银台 %1 的班次 %2 由 %3 于 %4 开班，尚未交班：请先交班")
                             .arg(m_profile.terminalId, (*already)->shiftNo,
                                  (*already)->cashierName,
                                  (*already)->openedAt.toString(QStringLiteral("MM-dd HH:mm"))));
    const User* u = m_access.session().actingUser();
    Shift s;
    s.terminal = m_profile.terminalId;
    s.cashier = u ? u->username : QString();
    s.cashierName = u ? u->displayName : QString();
    s.openedAt = m_clock.now();
    s.openingFloat = openingFloat;
    Result<Shift> opened = m_store.open(s);
    if (!opened)
        return opened;
    if (Status a = m_access.recordAction(AuditAction::ShiftOpened, opened->shiftNo,
                                         tr("开班，备用金 %1").arg(openingFloat.display()));
        !a)
        return makeError(
            a.error().code,
            tr("已开班 %1，但未能写入审计日志：%2").arg(opened->shiftNo, a.error().message));
    Q_EMIT shiftChanged();
    return opened;
}

Result<ShiftService::Handover> ShiftService::handOver(const CashCount& counted)
{
    if (Status a = m_access.require(Permission::Sell, tr("交班")); !a)
        return a.error();
    for (auto it = counted.pieces.cbegin(); it != counted.pieces.cend(); ++it)
        if (!CashCount::denominations().contains(it.key()) || it.value() < 0 || it.value() > 100000)
            return makeError(ErrorCode::InvalidInput, tr("点钞数不对：%1 的张数 %2")
                                                          .arg(Money::fromFen(it.key()).display())
                                                          .arg(it.value()));
    // The next cashier never inherits a cart.
    if (!m_sale.cart().isEmpty())
        return makeError(ErrorCode::WrongState,
                         tr("收银台上还有未完成的销售（%1 行）：请先收款、挂单（F5）或作废，再交班")
                             .arg(m_sale.cart().size()));
    Result<std::optional<Shift>> open = current();
    if (!open)
        return open.error();
    if (!open->has_value())
        return makeError(ErrorCode::WrongState,
                         tr("收银台 %1 没有未交班的班次").arg(m_profile.terminalId));
    Shift s = **open;
    const User* u = m_access.session().actingUser();
    if (!u || u->username != s.cashier)
        if (Status a = m_access.require(Permission::ManageShifts,
                                        tr("代 %1 交班 %2").arg(s.cashierName, s.shiftNo));
            !a)
            return makeError(a.error().code,
                             tr("班次 %1 是 %2 的：由本人交班，或由店长代为交班（%3）")
                                 .arg(s.shiftNo, s.cashierName, a.error().message),
                             QStringLiteral("STAFF-ROLES"));
    s.closedAt = m_clock.now();
    s.closedBy = u ? u->username : QString();
    s.counted = counted;
    if (Status closed = m_store.close(s); !closed)
        return closed.error();
    m_lastClosed = s;
    Handover out;
    if (Status a = m_access.recordAction(
            AuditAction::ShiftClosed, s.shiftNo,
            tr("交班：销售 %1 笔 %2，应有现金 %3，实点 %4（%5），长短款 %6")
                .arg(s.totals.sales)
                .arg(s.totals.salesTotal.display(), s.expectedCash().display(),
                     s.counted.total().display(), s.counted.describe(), s.difference().display()));
        !a) {
        qCWarning(lcCore).noquote()
            << "shift" << s.shiftNo << "closed; audit not written:" << a.error().message;
        out.auditProblem = tr("交班已记录，但未能写入审计日志：%1").arg(a.error().message);
    }
    out.shift = s;
    out.printPending = true;
    // A printer that answers at once fills `out`; a later answer reaches slipPrinted() only.
    printSlip(s, false, [&out](bool ok, const QString& problem) {
        out.printPending = false;
        out.printed = ok;
        out.printProblem = problem;
    });
    Q_EMIT shiftChanged();
    return out;
}

void ShiftService::printSlip(const Shift& shift, bool reprint,
                             const std::function<void(bool, const QString&)>& done)
{
    const PrinterStatus status = m_printer.status();
    if (!status.mayTry()) {
        const QString problem = m_printer.deviceName() + u' ' + toDisplayString(status.state);
        done(false, problem);
        Q_EMIT slipPrinted(shift.shiftNo, reprint, problem);
        return;
    }
    // `done` only while the caller is still on the stack; afterwards the answer is a signal.
    auto pending = std::make_shared<std::function<void(bool, const QString&)>>(done);
    QPointer<ShiftService> self(this);
    const QString shiftNo = shift.shiftNo;
    m_printer.printAsync(handoverSlip(shift, m_profile, m_printer.widthColumns(), reprint),
                         [self, pending, shiftNo, reprint](Result<PrintOutcome> printed) {
                             const QString problem = printed ? QString() : printed.error().message;
                             if (*pending)
                                 (*pending)(printed.ok(), problem);
                             if (self)
                                 Q_EMIT self->slipPrinted(shiftNo, reprint, problem);
                         });
    *pending = nullptr;
}

Status ShiftService::reprintLast()
{
    if (Status a = m_access.require(Permission::ReprintReceipt, tr("补打交班单")); !a)
        return a;
    if (!m_lastClosed)
        return makeError(ErrorCode::NotFound, tr("本收银台还没有交过班"));
    printSlip(*m_lastClosed, true, [](bool, const QString&) {});
    return {};
}

Result<DayClose> ShiftService::dayClose(const QDate& day)
{
    if (Status a = m_access.require(Permission::ManageShifts,
                                    tr("日结 %1").arg(day.toString(Qt::ISODate)));
        !a)
        return a.error();
    DayClose out;
    out.day = day;
    Result<QList<Shift>> shifts = m_store.shiftsOn(day);
    if (!shifts)
        return shifts.error();
    for (Shift s : *shifts) {
        if (s.isOpen()) { // its takings so far
            Result<TillTotals> t =
                m_store.totals(s.terminal, s.openedAt, m_clock.now().addMSecs(1));
            if (!t)
                return t.error();
            s.totals = *t;
        }
        out.shifts.append(s);
    }
    Result<QStringList> tills = m_store.tillsOn(day);
    if (!tills)
        return tills.error();
    for (const QString& till : std::as_const(*tills)) {
        Result<TillTotals> t = m_store.totals(till, day.startOfDay(), day.addDays(1).startOfDay());
        if (!t)
            return t.error();
        out.tills.insert(till, *t);
    }
    if (Status a = m_access.recordAction(
            AuditAction::Export, day.toString(Qt::ISODate),
            tr("日结 %1（%2 个班次）").arg(day.toString(Qt::ISODate)).arg(out.shifts.size()));
        !a)
        return a.error();
    return out;
}

} // namespace pos
