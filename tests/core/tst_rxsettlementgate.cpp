#include "tests/core/rxgaterig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;

Q_DECLARE_METATYPE(pos::RxGateAction)

namespace {

const char* const kStateNames[] = {"",
                                   "NoPrescription",
                                   "Linked",
                                   "RulesPassed",
                                   "ReviewedAndSigned",
                                   "PrintPending",
                                   "PrintConfirmed",
                                   "CardReadAllowed"};
const char* const kActionNames[] = {"",      "Link",    "CheckRules",         "Sign",
                                    "Print", "Reprint", "ConfirmScannedCode", "AllowCardRead",
                                    "Cancel"};
/// The gate's transitions written out: the state each action leaves the gate in, one row per
/// state in enum order, one column per action (Link, CheckRules, Sign, Print, Reprint,
/// ConfirmScannedCode, AllowCardRead, Cancel), every action taken with a pharmacist on duty, the
/// prescription valid and approved, the cart matching it, and the printer confirming by itself —
/// except in PrintPending, whose printer needs the printed code scanned back (the code scanned is
/// the one printed last).
/// N NoPrescription, L Linked, R RulesPassed, S ReviewedAndSigned, P PrintPending,
/// C PrintConfirmed, A CardReadAllowed; - refused with WrongState, the state unchanged.
/// (A confirmed print opens the card read at once when duty and validity allow, so Print,
/// Reprint and the scanned-back code end in A here; PrintConfirmed without duty is
/// printConfirmedWaitsForDuty's case.)
const char* const kNext[] = {
    "L-------", // NoPrescription: only linking a prescription
    "-R-----N", // Linked: check the rules, or cancel
    "--S----N", // RulesPassed: the pharmacist's signature binding, or cancel
    "---A---N", // ReviewedAndSigned: print, or cancel
    "----PA-N", // PrintPending: reprint (a new code, waiting again), the scanned-back code, cancel
    "----A-AN", // PrintConfirmed: reprint, open the card read, cancel
    "----A--N", // CardReadAllowed: reprint or cancel
};

std::optional<RxGateState> expectedState(char c)
{
    switch (c) {
    case 'N': return RxGateState::NoPrescription;
    case 'L': return RxGateState::Linked;
    case 'R': return RxGateState::RulesPassed;
    case 'S': return RxGateState::ReviewedAndSigned;
    case 'P': return RxGateState::PrintPending;
    case 'C': return RxGateState::PrintConfirmed;
    case 'A': return RxGateState::CardReadAllowed;
    default: return std::nullopt;
    }
}
const QList<RxGateState> kStates{RxGateState::NoPrescription, RxGateState::Linked,
                                 RxGateState::RulesPassed,    RxGateState::ReviewedAndSigned,
                                 RxGateState::PrintPending,   RxGateState::PrintConfirmed,
                                 RxGateState::CardReadAllowed};

struct Rig : GateRig
{
    using GateRig::GateRig;

    /// Performs `a` the way the counter would, with a pharmacist on duty (driveTo(PrintConfirmed)
    /// clocks lisi out; he clocks in again first).
    Status perform(RxGateAction a)
    {
        if (staff.duty.onDutyNow().isEmpty()) {
            staff.loginAs(QStringLiteral("lisi"));
            must(staff.duty.clockIn().ok());
            staff.loginAs(QStringLiteral("zhangsan"));
        }
        switch (a) {
        case RxGateAction::Link: return gate.link(rx.rxNo);
        case RxGateAction::CheckRules: sale.setLines(matchingLines()); return gate.checkRules();
        case RxGateAction::Sign: return gate.sign();
        case RxGateAction::Print: return gate.print();
        case RxGateAction::Reprint: return gate.reprint();
        case RxGateAction::ConfirmScannedCode:
            // The code on the last paper (a made-up one where nothing was printed yet).
            return gate.confirmScannedCode(printer.documents.isEmpty()
                                               ? QStringLiteral("PPOS-PRN-%1-000000").arg(rx.rxNo)
                                               : lastCode());
        case RxGateAction::AllowCardRead: return gate.allowCardRead();
        case RxGateAction::Cancel: return gate.cancel(QStringLiteral("测试"));
        }
        return {};
    }

    int refusals() const { return staff.audit.count(AuditAction::PrescriptionGateRefused); }
    const AuditEvent& lastAudit() const { return staff.audit.events.constLast(); }
};

} // namespace

class TestRxSettlementGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void happyPathWithDeviceConfirmation()
    {
        Rig r;
        QSignalSpy states(&r.gate, &RxSettlementGate::stateChanged);
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        QCOMPARE(states.count(), 6); // Linked … PrintPending, PrintConfirmed, CardReadAllowed
        QCOMPARE(r.printer.documents.size(), 1);
        QCOMPARE(r.printer.documents.at(0).kind, QStringLiteral("prescription"));
        QVERIFY(r.lastCode().startsWith(QStringLiteral("PPOS-PRN-") + r.rx.rxNo + u'-'));
        QCOMPARE(r.gate.settlementLines().size(), 2);
        QCOMPARE(r.gate.approval()->pharmacistName, QStringLiteral("李四"));
        Result<CardCredential> card = r.gate.readCard();
        QVERIFY(card.ok());
        QCOMPARE(card->certNo, r.reader.card.certNo);
        QCOMPARE(r.reader.reads, 1);
        QVERIFY(!r.lastAudit().detail.contains(r.reader.card.holderName)); // masked
        QCOMPARE(r.refusals(), 0);
        QVERIFY(r.staff.audit.count(AuditAction::PrescriptionGateChanged) >= 6);
    }

    // Every (state, action) pair against the literal matrix kNext: the table says exactly which
    // are legal; a legal action succeeds and leaves the gate in the state written there; an illegal
    // one is refused with WrongState, changes nothing and is audited.
    void transitions_data()
    {
        QTest::addColumn<RxGateState>("state");
        QTest::addColumn<RxGateAction>("action");
        QTest::addColumn<char>("next");
        for (RxGateState s : kStates)
            for (int a = int(RxGateAction::Link); a <= int(RxGateAction::Cancel); ++a) {
                const char next = kNext[int(s) - 1][a - 1];
                QTest::addRow("%s + %s -> %c", kStateNames[int(s)], kActionNames[a], next)
                    << s << RxGateAction(a) << next;
            }
    }
    void transitions()
    {
        QFETCH(RxGateState, state);
        QFETCH(RxGateAction, action);
        QFETCH(char, next);
        const std::optional<RxGateState> expected = expectedState(next);
        const bool legal = expected.has_value();
        // The table itself, against the literal matrix (a wrong entry fails here)…
        QCOMPARE(rxGateAllows(state, action), legal);
        // …and the gate's behaviour in that state.
        Rig r;
        QVERIFY(r.driveTo(state)); // PrintPending: with a printer that needs the scan-back

        const int refusalsBefore = r.refusals();
        const qsizetype docsBefore = r.printer.documents.size();
        const Status s = r.perform(action);
        if (legal) {
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().userText()));
            QCOMPARE(r.gate.state(), *expected);
            QCOMPARE(r.refusals(), refusalsBefore);
            return;
        }
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::WrongState);
        QCOMPARE(r.gate.state(), state);
        QCOMPARE(r.printer.documents.size(), docsBefore);
        QCOMPARE(r.reader.reads, 0);
        QCOMPARE(r.refusals(), refusalsBefore + 1);
        QCOMPARE(r.lastAudit().actor, QStringLiteral("zhangsan"));
        QVERIFY(r.lastAudit().detail.contains(toDisplayString(state)));
    }

    // RX-PRINT-GATE: every way of using the insurance credential is refused and audited (who,
    // when, state) in every state before CardReadAllowed; the device is never asked.
    void cardUseRefusedWhileLocked_data()
    {
        QTest::addColumn<RxGateState>("state");
        // 0 readCard, 1 card presented by the device, 2 e-voucher QR, 3 a typed ID number
        QTest::addColumn<int>("way");
        const char* ways[] = {"readCard", "cardPresented", "voucher", "idNumber"};
        for (RxGateState s : kStates)
            if (s != RxGateState::CardReadAllowed)
                for (int w = 0; w < 4; ++w)
                    QTest::addRow("RX-PRINT-GATE %s %s", kStateNames[int(s)], ways[w]) << s << w;
    }
    void cardUseRefusedWhileLocked()
    {
        QFETCH(RxGateState, state);
        QFETCH(int, way);
        Rig r;
        QVERIFY(r.driveTo(state));
        r.clock.advanceMs(90'000);
        QSignalSpy refused(&r.gate, &RxSettlementGate::cardRefused);
        const int before = r.refusals();
        if (way == 0) {
            Result<CardCredential> card = r.gate.readCard();
            QVERIFY(!card.ok());
            QCOMPARE(card.error().ruleId, QStringLiteral("RX-PRINT-GATE"));
            QCOMPARE(card.error().code, ErrorCode::RuleViolation);
        } else if (way == 1) {
            r.reader.present();
        } else if (way == 2) {
            QVERIFY(!r.gate.voucherScanned(QStringLiteral("ecToken-abc")).ok());
        } else {
            QVERIFY(!r.gate.idNumberEntered(QStringLiteral("360102198001011235")).ok());
        }
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).value<Error>().ruleId, QStringLiteral("RX-PRINT-GATE"));
        QCOMPARE(r.reader.reads, 0);
        QCOMPARE(r.gate.state(), state);
        QCOMPARE(r.refusals(), before + 1);
        const AuditEvent& e = r.lastAudit();
        QCOMPARE(e.actor, QStringLiteral("zhangsan"));
        QCOMPARE(e.time, r.clock.now());
        QVERIFY(e.detail.contains(QStringLiteral("RX-PRINT-GATE")));
        QVERIFY(e.detail.contains(toDisplayString(state)));
        QVERIFY(!e.detail.contains(QStringLiteral("ecToken-abc")));
        QVERIFY(!e.detail.contains(QStringLiteral("198001011235")));
    }

    // 就诊凭证类型 02: the ID number typed at the counter — its check digit checked (the message
    // names the one expected), audited masked, and refused by name where the store turned it off.
    void aTypedIdNumberIsCheckedAndCanBeTurnedOff()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        Result<CardCredential> typo = r.gate.idNumberEntered(QStringLiteral("360102198001011234"));
        QVERIFY(!typo.ok());
        QCOMPARE(typo.error().code, ErrorCode::InvalidInput);
        QVERIFY2(typo.error().message.contains(QStringLiteral("应为 5")),
                 qPrintable(typo.error().message));
        QVERIFY(!r.gate.idNumberEntered(QStringLiteral("36010219800101123")).ok());  // 17
        QVERIFY(!r.gate.idNumberEntered(QStringLiteral("3601021980O1011235")).ok()); // letter O
        Result<CardCredential> id = r.gate.idNumberEntered(QStringLiteral(" 11010519491231002x "));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().userText()));
        QCOMPARE(id->type, CredentialType::IdCardNumber);
        QCOMPARE(id->certNo, QStringLiteral("11010519491231002X"));
        QCOMPARE(r.reader.reads, 0);
        const AuditEvent& e = r.lastAudit();
        QVERIFY(e.detail.contains(QStringLiteral("身份证号")));
        QVERIFY(!e.detail.contains(QStringLiteral("0519491231")));
        r.gate.allowIdNumberEntry(false);
        Result<CardCredential> off = r.gate.idNumberEntered(QStringLiteral("11010519491231002X"));
        QVERIFY(!off.ok());
        QCOMPARE(off.error().ruleId, QStringLiteral("SETTLE-ID"));
        QVERIFY(off.error().message.contains(QStringLiteral("id_number_entry")));
    }

    void cardUseAllowedAfterTheGateOpens()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        QSignalSpy refused(&r.gate, &RxSettlementGate::cardRefused);
        QSignalSpy notices(&r.gate, &RxSettlementGate::notice);
        r.reader.present();
        QCOMPARE(refused.count(), 0);
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.at(0).at(0).value<Notice>().level, Notice::Level::Info);
        QVERIFY(r.gate.readCard().ok());
        Result<CardCredential> voucher = r.gate.voucherScanned(QStringLiteral("ecToken-abc"));
        QVERIFY(voucher.ok());
        QCOMPARE(voucher->type, CredentialType::EVoucherToken);
        QCOMPARE(voucher->certNo, QStringLiteral("ecToken-abc"));
        QCOMPARE(r.refusals(), 0);
        // A device error is the device's, reported as such.
        r.reader.error = makeError(ErrorCode::DeviceFailure, QStringLiteral("卡片芯片无响应"));
        Result<CardCredential> bad = r.gate.readCard();
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::DeviceFailure);
    }

    // STAFF-PHARM-ONDUTY at the gate: linking needs a pharmacist on duty, and so does the swipe.
    void pharmacistOnDutyRequired()
    {
        Rig r;
        r.clockOutPharmacist();
        Status link = r.gate.link(r.rx.rxNo);
        QVERIFY(!link.ok());
        QCOMPARE(link.error().ruleId, QStringLiteral("STAFF-PHARM-ONDUTY"));
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);

        Rig open;
        QVERIFY(open.driveTo(RxGateState::CardReadAllowed));
        open.clockOutPharmacist();
        Result<CardCredential> card = open.gate.readCard();
        QVERIFY(!card.ok());
        QCOMPARE(card.error().ruleId, QStringLiteral("STAFF-PHARM-ONDUTY"));
        QCOMPARE(open.reader.reads, 0);
    }

    // A confirmation with nobody on duty stops at PrintConfirmed; allowCardRead() opens once the
    // cause is gone.
    void printConfirmedWaitsForDuty()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::PrintConfirmed));
        QVERIFY(!r.gate.allowCardRead().ok());
        r.staff.loginAs(QStringLiteral("lisi"));
        QVERIFY(r.staff.duty.clockIn().ok());
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(r.gate.allowCardRead().ok());
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
    }

    // The rules run at the gate on the settlement's own lines; a refusal keeps it Linked.
    void rulesAtTheGate_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("ruleId");
        QTest::newRow("RX-MATCH quantity") << 1 << QStringLiteral("RX-MATCH");
        QTest::newRow("RX-NO-MIX extra drug") << 2 << QStringLiteral("RX-NO-MIX");
        QTest::newRow("RX-SINGLE settled before") << 3 << QStringLiteral("RX-SINGLE");
        QTest::newRow("RX-SINGLE reported by the platform") << 4 << QStringLiteral("RX-SINGLE");
        QTest::newRow("RX-VALID-3D expired by a minute") << 5 << QStringLiteral("RX-VALID-3D");
        QTest::newRow("RX-NO-PEDIATRIC-EMP") << 6 << QStringLiteral("RX-NO-PEDIATRIC-EMP");
        QTest::newRow("RX-TCM-SEPARATE") << 7 << QStringLiteral("RX-TCM-SEPARATE");
        QTest::newRow("RX-LONG-12W 13 weeks") << 8 << QStringLiteral("RX-LONG-12W");
    }
    void rulesAtTheGate()
    {
        QFETCH(int, fault);
        QFETCH(QString, ruleId);
        Prescription p = prescription();
        QList<SaleLine> lines = matchingLines();
        if (fault == 6) {
            p.lines << line(pediatricDrug(), 1);
            lines << sold(pediatricDrug(), 1);
        } else if (fault == 7) {
            p.lines << line(herbal(), 1);
            lines << sold(herbal(), 1);
        } else if (fault == 8) {
            p.longTerm = true;
            p.coveredDays = 91;
        }
        Rig r(p, false);
        QVERIFY(r.gate.link(p.rxNo).ok());
        switch (fault) {
        case 1: lines[0].quantity = 3; break;
        case 2: lines << sold(otherDrug(), 1); break;
        case 3:
            QVERIFY(r.repo
                        .markSettled(SettledPrescription{p.rxNo, issued(),
                                                         SettledPrescription::Where::Here,
                                                         QStringLiteral("XS-1")})
                        .ok());
            break;
        case 4:
            r.gate.setPlatformSettledLookup([](const QString& no) {
                return std::optional<SettledPrescription>(SettledPrescription{
                    no, issued(), SettledPrescription::Where::Platform, QStringLiteral("PT-9")});
            });
            break;
        case 5: r.clock.set(issued().addDays(3).addSecs(60)); break;
        default: break;
        }
        r.sale.setLines(lines);
        Status s = r.gate.checkRules();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().ruleId, ruleId);
        QCOMPARE(r.gate.state(), RxGateState::Linked);
        QVERIFY(r.gate.settlementLines().isEmpty());
        QVERIFY(r.lastAudit().detail.contains(ruleId));
    }

    // RX-REVIEW at the gate: no approval, or an approval of other content, does not sign.
    void signNeedsTheApprovalOfThisContent()
    {
        Rig unreviewed(prescription(), false);
        QVERIFY(unreviewed.driveTo(RxGateState::RulesPassed));
        Status s = unreviewed.gate.sign();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().ruleId, QStringLiteral("RX-REVIEW"));
        QCOMPARE(unreviewed.gate.state(), RxGateState::RulesPassed);

        Rig changed;
        QVERIFY(changed.driveTo(RxGateState::RulesPassed));
        Prescription edited = changed.rx;
        edited.lines[1].frequency = QStringLiteral("每日2次");
        QVERIFY(changed.reviews.receive(edited).ok());
        Status stale = changed.gate.sign();
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().ruleId, QStringLiteral("RX-REVIEW"));
        QCOMPARE(changed.gate.state(), RxGateState::RulesPassed);
    }

    void longTermNeedsTheConfirmationAtSign()
    {
        Prescription p = prescription();
        p.longTerm = true;
        p.coveredDays = 35;
        Rig r(p, true, /*confirmLongTerm=*/true);
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        QVERIFY(r.printer.documents.at(0).toPlainText().contains(QStringLiteral("已经药师确认")));
    }

    // Printer faults: the gate stays closed, says why and never retries by itself.
    void printJobFails()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::ReviewedAndSigned));
        r.printer.failJob = true;
        Status s = r.gate.print();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::DeviceFailure);
        QVERIFY(s.error().message.contains(QStringLiteral("head jammed")));
        QCOMPARE(r.gate.state(), RxGateState::PrintPending);
        QVERIFY(!r.gate.awaitingScanBack());
        QVERIFY(r.gate.printProblem().contains(QStringLiteral("head jammed")));
        QVERIFY(r.printer.documents.isEmpty());
        QVERIFY(!r.gate.readCard().ok());
        // Nothing was printed to scan: even a well-formed code for this prescription is refused.
        QVERIFY(
            !r.gate.confirmScannedCode(QStringLiteral("PPOS-PRN-%1-123456").arg(r.rx.rxNo)).ok());
        QCOMPARE(r.gate.state(), RxGateState::PrintPending);

        r.printer.failJob = false;
        QVERIFY(r.gate.reprint().ok());
        QCOMPARE(r.printer.documents.size(), 1);
        QVERIFY(r.printer.documents.at(0).reprint);
        QVERIFY(r.printer.documents.at(0).toPlainText().contains(QStringLiteral("补打")));
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
    }

    // A printer that answers later (a real device on its worker thread): the gate waits in
    // PrintPending, locked, refusing 补打 and scanned codes until the job answers.
    void printerAnswersLater_data()
    {
        QTest::addColumn<bool>("fail");
        QTest::addColumn<int>("confirmation");
        QTest::addColumn<int>("expected");
        QTest::newRow("device confirms") << false << int(PrintConfirmation::DeviceConfirmed)
                                         << int(RxGateState::CardReadAllowed);
        QTest::newRow("cannot report: scan back")
            << false << int(PrintConfirmation::NeedsScanBack) << int(RxGateState::PrintPending);
        QTest::newRow("job fails")
            << true << int(PrintConfirmation::DeviceConfirmed) << int(RxGateState::PrintPending);
    }
    void printerAnswersLater()
    {
        QFETCH(bool, fail);
        QFETCH(int, confirmation);
        QFETCH(int, expected);
        Rig r;
        QVERIFY(r.driveTo(RxGateState::ReviewedAndSigned));
        r.printer.deferAnswers = true;
        QSignalSpy notices(&r.gate, &RxSettlementGate::notice);
        QVERIFY(r.gate.print().ok()); // handed over
        QCOMPARE(r.gate.state(), RxGateState::PrintPending);
        QVERIFY(r.gate.printing());
        QVERIFY(
            notices.constLast().at(0).value<Notice>().text.contains(QStringLiteral("正在打印")));
        QVERIFY(!r.gate.readCard().ok());
        Status again = r.gate.reprint();
        QCOMPARE(again.error().ruleId, QStringLiteral("RX-PRINT-GATE"));
        QCOMPARE(r.printer.pending.size(), 1); // no second job

        r.printer.failJob = fail;
        r.printer.confirmation = PrintConfirmation(confirmation);
        r.printer.answerNext();
        QVERIFY(!r.gate.printing());
        QCOMPARE(int(r.gate.state()), expected);
        QCOMPARE(r.gate.readCard().ok(), expected == int(RxGateState::CardReadAllowed));
        if (fail) {
            QCOMPARE(notices.constLast().at(0).value<Notice>().level, Notice::Level::Error);
            QVERIFY(r.gate.printProblem().contains(QStringLiteral("head jammed")));
        } else if (PrintConfirmation(confirmation) == PrintConfirmation::NeedsScanBack) {
            QVERIFY(r.gate.confirmScannedCode(r.lastCode()).ok());
            QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        }
    }

    void answerAfterCancelChangesNothing()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::ReviewedAndSigned));
        r.printer.deferAnswers = true;
        QVERIFY(r.gate.print().ok());
        QVERIFY(r.gate.cancel(QStringLiteral("顾客不买了")).ok());
        QVERIFY(r.gate.link(r.rx.rxNo).ok());
        r.printer.answerNext(); // the old job comes out now
        QCOMPARE(r.gate.state(), RxGateState::Linked);
        QVERIFY(r.staff.audit.events.constLast().detail.contains(QStringLiteral("取消后")));
        QVERIFY(!r.gate.readCard().ok());
    }

    void printerNotReady()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::ReviewedAndSigned));
        r.printer.state = PrinterState::PaperOut;
        Status s = r.gate.print();
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(toDisplayString(PrinterState::PaperOut)));
        QCOMPARE(r.gate.state(), RxGateState::ReviewedAndSigned);
        QVERIFY(r.printer.documents.isEmpty());
        r.printer.state = PrinterState::Ready;
        QVERIFY(r.gate.print().ok());
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
    }

    // NeedsScanBack: only the code on the last paper confirms.
    void scanBack_data()
    {
        QTest::addColumn<QString>("scanned"); // "%code" is the printed code
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("why");
        QTest::newRow("RX-PRINT-GATE right code") << QStringLiteral("%code") << true << QString();
        QTest::newRow("RX-PRINT-GATE right code with CR LF")
            << QStringLiteral("%code\r\n") << true << QString();
        QTest::newRow("RX-PRINT-GATE wrong digits")
            << QStringLiteral("PPOS-PRN-RX3601002026112000001-999999x") << false
            << QStringLiteral("不是处方核验码");
        QTest::newRow("RX-PRINT-GATE another prescription's code")
            << QStringLiteral("PPOS-PRN-RX000-123456") << false << QStringLiteral("属于处方 RX000");
        QTest::newRow("RX-PRINT-GATE a drug barcode")
            << QStringLiteral("6901234567892") << false << QStringLiteral("不是处方核验码");
    }
    void scanBack()
    {
        QFETCH(QString, scanned);
        QFETCH(bool, opens);
        QFETCH(QString, why);
        Rig r;
        QVERIFY(r.driveTo(RxGateState::PrintPending));
        QVERIFY(r.gate.awaitingScanBack());
        QVERIFY(!r.gate.readCard().ok());
        const int before = r.refusals();
        Status s = r.gate.confirmScannedCode(
            QString(scanned).replace(QStringLiteral("%code"), r.lastCode()));
        QCOMPARE(s.ok(), opens);
        QCOMPARE(r.gate.state(), opens ? RxGateState::CardReadAllowed : RxGateState::PrintPending);
        if (opens) {
            QVERIFY(r.gate.readCard().ok());
            return;
        }
        QCOMPARE(s.error().ruleId, QStringLiteral("RX-PRINT-GATE"));
        QVERIFY2(s.error().message.contains(why), qPrintable(s.error().message));
        QCOMPARE(r.refusals(), before + 1);
        QVERIFY(r.gate.awaitingScanBack()); // the right code still confirms
        QVERIFY(r.gate.confirmScannedCode(r.lastCode()).ok());
    }

    // An explicit reprint is marked 补打 and its new code replaces the old one.
    void reprintReplacesTheCode()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::PrintPending));
        const QString first = r.lastCode();
        QVERIFY(r.gate.reprint().ok());
        const QString second = r.lastCode();
        QVERIFY(first != second);
        QCOMPARE(r.printer.documents.size(), 2);
        QVERIFY(!r.printer.documents.at(0).reprint);
        QVERIFY(r.printer.documents.at(1).reprint);
        QVERIFY(r.printer.documents.at(1).toPlainText().contains(QStringLiteral("【补打】")));
        Status old = r.gate.confirmScannedCode(first);
        QVERIFY(!old.ok());
        QVERIFY(old.error().message.contains(QStringLiteral("已作废")));
        QCOMPARE(r.gate.state(), RxGateState::PrintPending);
        QVERIFY(r.gate.confirmScannedCode(second).ok());
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        // A reprint after opening locks again until this paper is confirmed.
        QVERIFY(r.gate.reprint().ok());
        QCOMPARE(r.gate.state(), RxGateState::PrintPending);
        QVERIFY(!r.gate.readCard().ok());
        QVERIFY(!r.gate.confirmScannedCode(second).ok());
        QVERIFY(r.gate.confirmScannedCode(r.lastCode()).ok());
    }

    void unknownPrintOutcomeKeepsTheGateClosed()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::ReviewedAndSigned));
        r.printer.confirmation = static_cast<PrintConfirmation>(99);
        QSignalSpy notices(&r.gate, &RxSettlementGate::notice);
        QVERIFY(r.gate.print().ok());
        QCOMPARE(r.gate.state(), RxGateState::PrintPending);
        QVERIFY(r.gate.awaitingScanBack());
        QVERIFY(r.gate.printProblem().contains(QStringLiteral("未报告")));
        QVERIFY(notices.constLast().at(0).value<Notice>().text.contains(QStringLiteral("核验码")));
        QCOMPARE(r.printer.documents.size(), 1); // one job, no retry
    }

    void expiryBetweenPrintAndSwipe()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        r.clock.set(issued().addDays(3).addSecs(60));
        Result<CardCredential> card = r.gate.readCard();
        QVERIFY(!card.ok());
        QCOMPARE(card.error().ruleId, QStringLiteral("RX-VALID-3D"));
        QCOMPARE(r.reader.reads, 0);
    }

    void cancelResetsAndIsAudited()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        QVERIFY(r.gate.cancel(QStringLiteral("患者放弃购药")).ok());
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);
        QVERIFY(!r.gate.prescription().has_value());
        QVERIFY(r.gate.settlementLines().isEmpty());
        QCOMPARE(r.lastAudit().action, AuditAction::PrescriptionGateChanged);
        QCOMPARE(r.lastAudit().target, r.rx.rxNo);
        QVERIFY(r.lastAudit().detail.contains(QStringLiteral("患者放弃购药")));
        QVERIFY(!r.gate.readCard().ok());
        QVERIFY(
            r.driveTo(RxGateState::CardReadAllowed)); // the same prescription again, from the start
        QCOMPARE(r.printer.documents.size(), 2);
    }

    void storeManagerMayNotUseTheGate()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        Status s = r.gate.link(r.rx.rxNo);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().ruleId, QStringLiteral("STAFF-ROLES"));
        QCOMPARE(r.staff.audit.count(AuditAction::PermissionRefused), 1);
    }

    // ---- issue 11: the gate belongs to one sale ----

    // When its sale ends (paid, voided, logged out) the gate is back at NoPrescription, audited,
    // and forgets everything of it: the card is locked again (RX-PRINT-GATE).
    void endSaleReturnsToNoPrescription_data()
    {
        QTest::addColumn<RxGateState>("state");
        for (RxGateState s : kStates)
            if (s != RxGateState::NoPrescription)
                QTest::addRow("%s", kStateNames[int(s)]) << s;
    }
    void endSaleReturnsToNoPrescription()
    {
        QFETCH(RxGateState, state);
        Rig r;
        QVERIFY(r.driveTo(state));
        QSignalSpy states(&r.gate, &RxSettlementGate::stateChanged);
        r.gate.endSale(r.sale.ticket, QStringLiteral("已收款 XS-1"));
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);
        QCOMPARE(states.count(), 1);
        QVERIFY(!r.gate.prescription());
        QVERIFY(!r.gate.approval());
        QVERIFY(r.gate.settlementLines().isEmpty());
        QVERIFY(!r.gate.isBoundTo(r.sale.ticket));
        QCOMPARE(r.lastAudit().action, AuditAction::PrescriptionGateChanged);
        QVERIFY(r.lastAudit().detail.contains(QStringLiteral("已收款 XS-1")));
        r.sale.newSale();
        const Result<CardCredential> card = r.gate.readCard();
        QVERIFY(!card.ok());
        QCOMPARE(card.error().ruleId, QStringLiteral("RX-PRINT-GATE"));
        QCOMPARE(r.reader.reads, 0);
    }

    void theEndOfAnotherSaleChangesNothing()
    {
        Rig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        r.gate.endSale(r.sale.ticket + 1, QStringLiteral("别的单"));
        QCOMPARE(r.gate.state(), RxGateState::CardReadAllowed);
        QVERIFY(r.gate.readCard().ok());
    }

    // RX-MATCH at the swipe: the card is read for the sale and the cart the gate opened for, and
    // for nothing else — even when something bypassed the workflow's own freeze.
    void cardReadRefusedForAnotherSaleOrCart_data()
    {
        QTest::addColumn<int>("change"); // 0 a new sale, 1 one more box, 2 another drug, 3 split
        QTest::newRow("RX-MATCH new sale") << 0;
        QTest::newRow("RX-MATCH quantity changed") << 1;
        QTest::newRow("RX-MATCH drug added") << 2;
        QTest::newRow("RX-MATCH unit changed") << 3;
    }
    void cardReadRefusedForAnotherSaleOrCart()
    {
        QFETCH(int, change);
        Rig r;
        QVERIFY(r.driveTo(RxGateState::CardReadAllowed));
        QList<SaleLine> lines = matchingLines();
        switch (change) {
        case 0: r.sale.newSale(); break;
        case 1:
            lines[1].quantity += 1;
            r.sale.setLines(lines);
            break;
        case 2:
            lines << sold(otherDrug(), 1);
            r.sale.setLines(lines);
            break;
        case 3:
            lines[0] = sold(amlodipine(), 2 * int(amlodipine().piecesPerBox()), SaleUnit::Piece);
            r.sale.setLines(lines);
            break;
        }
        const int refusalsBefore = r.refusals();
        QSignalSpy refused(&r.gate, &RxSettlementGate::cardRefused);
        const Result<CardCredential> card = r.gate.readCard();
        QVERIFY(!card.ok());
        QCOMPARE(card.error().ruleId, QStringLiteral("RX-MATCH"));
        QCOMPARE(r.reader.reads, 0);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(r.refusals(), refusalsBefore + 1);
        const Result<CardCredential> voucher = r.gate.voucherScanned(QStringLiteral("EC-TOKEN"));
        QVERIFY(!voucher.ok());
        QCOMPARE(voucher.error().ruleId, QStringLiteral("RX-MATCH"));
    }

    void theCartFreezesWhenTheRulesPass_data()
    {
        QTest::addColumn<RxGateState>("state");
        QTest::addColumn<bool>("frozen");
        for (RxGateState s : kStates)
            QTest::addRow("%s", kStateNames[int(s)])
                << s << (s != RxGateState::NoPrescription && s != RxGateState::Linked);
    }
    void theCartFreezesWhenTheRulesPass()
    {
        QFETCH(RxGateState, state);
        QFETCH(bool, frozen);
        Rig r;
        QVERIFY(r.driveTo(state));
        QCOMPARE(r.gate.freezesCart(r.sale.ticket), frozen);
        QVERIFY(!r.gate.freezesCart(r.sale.ticket + 1)); // never another sale's cart
    }

    // RX-ONLY / RX-REVIEW: a sale may be paid as this prescription's only once the pharmacist's
    // signed approval covers the cart as it is, a pharmacist is on duty and the prescription is
    // still valid.
    void approvalForSale_data()
    {
        QTest::addColumn<RxGateState>("state");
        QTest::addColumn<int>(
            "twist"); // 0 none, 1 other sale, 2 cart changed, 3 off duty, 4 expired
        QTest::addColumn<bool>("approved");
        // Approved from ReviewedAndSigned on — except PrintConfirmed, which the rig reaches with
        // the pharmacist clocked out (STAFF-PHARM-ONDUTY: nobody may dispense then).
        for (RxGateState s : kStates)
            QTest::addRow("%s", kStateNames[int(s)])
                << s << 0
                << (s == RxGateState::ReviewedAndSigned || s == RxGateState::PrintPending
                    || s == RxGateState::CardReadAllowed);
        QTest::newRow("other sale") << RxGateState::ReviewedAndSigned << 1 << false;
        QTest::newRow("cart changed") << RxGateState::CardReadAllowed << 2 << false;
        QTest::newRow("STAFF-PHARM-ONDUTY off duty")
            << RxGateState::ReviewedAndSigned << 3 << false;
        QTest::newRow("RX-VALID-3D expired since") << RxGateState::ReviewedAndSigned << 4 << false;
    }
    void approvalForSale()
    {
        QFETCH(RxGateState, state);
        QFETCH(int, twist);
        QFETCH(bool, approved);
        Rig r;
        QVERIFY(r.driveTo(state));
        quint64 ticket = r.sale.ticket;
        switch (twist) {
        case 1: ticket += 1; break;
        case 2: {
            QList<SaleLine> lines = matchingLines();
            lines[0].quantity += 1;
            r.sale.setLines(lines);
            break;
        }
        case 3: r.clockOutPharmacist(); break;
        case 4: r.clock.set(issued().addDays(3).addSecs(60)); break;
        default: break;
        }
        const Status s = r.gate.approvalForSale(ticket);
        QCOMPARE(s.ok(), approved);
        if (!s.ok())
            QVERIFY(!s.error().message.isEmpty());
    }

    // A prescription joins a sale still being built, never one being paid.
    void linkRefusedWhileTheSaleIsPaid()
    {
        Rig r;
        r.sale.state = SaleState::Paying;
        const Status s = r.gate.link(r.rx.rxNo);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::WrongState);
        QCOMPARE(r.gate.state(), RxGateState::NoPrescription);
        QCOMPARE(r.refusals(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRxSettlementGate)
#include "tst_rxsettlementgate.moc"
