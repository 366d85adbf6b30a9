#pragma once

// A counter's prescription gate over fakes, shared by the gate's and the intake's tests.
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/settlementgate.h"
#include "tests/core/rxtestdata.h"

namespace pos::rxtest {

/// Set-up steps that must succeed (Q_ASSERT would vanish in a release build).
inline void must(bool ok)
{
    if (!ok)
        qFatal("test set-up step failed");
}

/// A counter's prescription gate and review service over fakes, nothing received yet, at
/// 2026-11-20 10:00; the cashier zhangsan acts, no pharmacist is on duty.
struct GateParts
{
    GateParts() { staff.loginAs(QStringLiteral("zhangsan")); }

    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0))};
    fakes::StaffFixture staff{clock};
    fakes::FakePrescriptionRepository repo;
    ReviewService reviews{repo, staff.access, staff.duty, staff.audit, clock};
    fakes::FakePrinter printer;
    fakes::FakeCardReader reader;
    /// The sale the gate belongs to: its cart is what the rules are checked on.
    fakes::FakeSaleContext sale;
    RxSettlementGate gate{sale,
                          repo,
                          reviews,
                          printer,
                          reader,
                          staff.access,
                          staff.duty,
                          staff.audit,
                          clock,
                          StoreProfile{QStringLiteral("测试药房"),
                                       QStringLiteral("P36010200001"),
                                       QStringLiteral("T01"),
                                       {},
                                       {}}};
};

/// A counter with a received, approved prescription; the cashier zhangsan acts, the pharmacist
/// lisi is on duty.
struct GateRig : GateParts
{
    Prescription rx;

    explicit GateRig(Prescription p = prescription(), bool approve = true,
                     bool confirmLongTerm = false)
        : rx(std::move(p))
    {
        must(reviews.receive(rx).ok());
        staff.loginAs(QStringLiteral("lisi"));
        must(staff.duty.clockIn().ok());
        if (approve)
            must(reviews.approve(rx.rxNo, rx.contentHash(), confirmLongTerm).ok());
        staff.loginAs(QStringLiteral("zhangsan"));
    }

    void clockOutPharmacist()
    {
        staff.loginAs(QStringLiteral("lisi"));
        must(staff.duty.clockOut().ok());
        staff.loginAs(QStringLiteral("zhangsan"));
    }

    /// Drives the gate to `target` the legal way. PrintConfirmed is reached with a device
    /// confirmation while no pharmacist is on duty, so the gate cannot open further.
    bool driveTo(RxGateState target)
    {
        if (target == RxGateState::NoPrescription)
            return true;
        if (!gate.link(rx.rxNo).ok() || target == RxGateState::Linked)
            return gate.state() == target;
        sale.setLines(matchingLines());
        if (!gate.checkRules().ok() || target == RxGateState::RulesPassed)
            return gate.state() == target;
        if (!gate.sign().ok() || target == RxGateState::ReviewedAndSigned)
            return gate.state() == target;
        printer.confirmation = target == RxGateState::PrintPending
                                   ? PrintConfirmation::NeedsScanBack
                                   : PrintConfirmation::DeviceConfirmed;
        if (target == RxGateState::PrintConfirmed)
            clockOutPharmacist();
        (void)gate.print();
        return gate.state() == target;
    }

    /// The one-time code on the last paper.
    QString lastCode() const
    {
        for (const PrintLine& l : printer.documents.constLast().lines)
            if (!l.barcode.isEmpty())
                return l.barcode;
        return {};
    }
};

} // namespace pos::rxtest
