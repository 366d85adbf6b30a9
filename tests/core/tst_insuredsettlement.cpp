// The insured settlement (issue 17) in the core: the state machine pair by pair against a table
// written here, the flow 1101 → 人证相符 → 2101 → 2102 → cash → slip → signature, SETTLE-LIST-ONLY,
// RX-SINGLE, and SETTLE-ONCE under every fault a platform call meets — each ending with the
// platform's ledger equal to the store's (no 单边账).
#include "app/core/insurance/settlementservice.h"
#include "app/core/ports/clock.h"
#include "tests/core/fakesettlementplatform.h"
#include "tests/core/rxtestdata.h"
#include "tests/fakes/fakes.h"

#include <QTest>

using namespace pos;
using namespace pos::testing;
using Fault = FakeSettlementPlatform::Fault;

namespace {

void must(bool ok)
{
    if (!ok)
        qFatal("test set-up step failed");
}

/// The legal transitions as the issue describes the flow (written out here, not read from the
/// code under test).
const QList<std::tuple<SettleState, SettleAction, SettleState>> kLegal = {
    {SettleState::CredentialRead, SettleAction::QueryPerson, SettleState::PersonFound},
    {SettleState::CredentialRead, SettleAction::Cancel, SettleState::Cancelled},
    {SettleState::PersonFound, SettleAction::ConfirmIdentity, SettleState::IdentityConfirmed},
    {SettleState::PersonFound, SettleAction::RejectIdentity, SettleState::Cancelled},
    {SettleState::PersonFound, SettleAction::Cancel, SettleState::Cancelled},
    {SettleState::IdentityConfirmed, SettleAction::PreSettle, SettleState::PreSettled},
    {SettleState::IdentityConfirmed, SettleAction::Cancel, SettleState::Cancelled},
    {SettleState::PreSettled, SettleAction::PreSettle, SettleState::PreSettled},
    {SettleState::PreSettled, SettleAction::Settle, SettleState::Settling},
    {SettleState::PreSettled, SettleAction::Cancel, SettleState::Cancelled},
    {SettleState::Settling, SettleAction::SettleAnswered, SettleState::Settled},
    {SettleState::Settling, SettleAction::SettleRefused, SettleState::PreSettled},
    {SettleState::Settling, SettleAction::SettleUnknown, SettleState::Unresolved},
    {SettleState::Unresolved, SettleAction::Resolve, SettleState::Abandoned},
    {SettleState::Settled, SettleAction::TakeCash, SettleState::CashTaken},
    {SettleState::Settled, SettleAction::Refund, SettleState::Refunded},
    {SettleState::CashTaken, SettleAction::PrintSlip, SettleState::SlipPrinted},
    {SettleState::CashTaken, SettleAction::Refund, SettleState::Refunded},
    {SettleState::SlipPrinted, SettleAction::PrintSlip, SettleState::SlipPrinted},
    {SettleState::SlipPrinted, SettleAction::Sign, SettleState::Signed},
    {SettleState::SlipPrinted, SettleAction::Refund, SettleState::Refunded},
    {SettleState::Signed, SettleAction::PrintSlip, SettleState::Signed},
    {SettleState::Signed, SettleAction::Refund, SettleState::Refunded},
};

QList<SettleState> allStates()
{
    QList<SettleState> out;
    for (int s = int(SettleState::CredentialRead); s <= int(SettleState::Refunded); ++s)
        out << static_cast<SettleState>(s);
    return out;
}

QList<SettleAction> allActions()
{
    QList<SettleAction> out;
    for (int a = int(SettleAction::QueryPerson); a <= int(SettleAction::Refund); ++a)
        out << static_cast<SettleAction>(a);
    return out;
}

SaleLine saleLine(const Product& p, int quantity, qint64 unitFen)
{
    SaleLine l;
    l.product = p;
    l.quantity = quantity;
    l.unitPrice = Money::fromFen(unitFen);
    return l;
}

struct Rig
{
    ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(10, 0))};
    FakeSettlementPlatform platform;
    FakeSettlementStore store;
    FakeInsuredRecorder recorder{store};
    fakes::FakeAuditLog audit;
    int msgSeq = 0;
    SettlementService service{platform,
                              store,
                              recorder,
                              nullptr,
                              audit,
                              clock,
                              StoreProfile{},
                              [this](const QDateTime&) -> Result<QString> {
                                  return QStringLiteral("H36010200001202612041000%1")
                                      .arg(++msgSeq, 6, 10, QLatin1Char('0'));
                              },
                              [] { return QStringLiteral("zhangsan"); }};
    int settlementSeq = 0;

    /// The next start: a new service over the same store, platform and audit trail, its msgids
    /// from `msgIdPrefix`.
    std::unique_ptr<SettlementService> restart(InsuredSaleRecorder& next,
                                               const QString& msgIdPrefix)
    {
        return std::make_unique<SettlementService>(
            platform, store, next, nullptr, audit, clock, StoreProfile{},
            [this, msgIdPrefix](const QDateTime&) -> Result<QString> {
                return QString(msgIdPrefix
                               + QStringLiteral("%1").arg(++msgSeq, 6, 10, QLatin1Char('0')));
            },
            [] { return QStringLiteral("zhangsan"); });
    }

    /// A cart: amlodipine ×2 (¥25.00) and metformin ×1 (¥18.00), both listed; with `selfPay` a
    /// vitamin with no insurance code (¥9.90).
    static CompletedSale cart(const QString& rxNo = QStringLiteral("RX1"), bool selfPay = false)
    {
        CompletedSale s;
        s.rxNo = rxNo;
        s.operatorName = QStringLiteral("张三");
        s.lines << saleLine(rxtest::amlodipine(), 2, 2500)
                << saleLine(rxtest::metformin(), 1, 1800);
        if (selfPay) {
            Product vitamin = fakes::makeProduct(9, QStringLiteral("维生素C片"), 990);
            vitamin.insuranceCode.clear();
            s.lines << saleLine(vitamin, 1, 990);
        }
        return s;
    }
    static CardCredential card()
    {
        return CardCredential{CredentialType::SocialSecurityCard,
                              QStringLiteral("360102198001011235"), QStringLiteral("K01"),
                              QStringLiteral("赵六")};
    }
    Status beginAndConfirm(const QString& rxNo = QStringLiteral("RX1"), bool selfPay = false)
    {
        if (Status s = service.begin(QStringLiteral("JS-%1").arg(++settlementSeq), card(),
                                     cart(rxNo, selfPay));
            !s)
            return s;
        return service.confirmIdentity();
    }
    /// Through 2102; the state it ended in.
    SettleState settleOnce(const QString& rxNo = QStringLiteral("RX1"))
    {
        must(beginAndConfirm(rxNo).ok());
        must(service.preSettle().ok());
        (void)service.settle();
        return service.current()->state;
    }
    /// The settled current settlement's cash, slip and signature; then the next may begin.
    void finish()
    {
        must(service.takeCash(service.current()->split.cash).ok());
        must(service.slipPrinted().ok());
        must(service.signedBy(QStringLiteral("sig")).ok());
        service.close();
    }
    /// SETTLE-ONCE: the platform and the store hold the same settlements.
    [[nodiscard]] bool ledgersAgree() const
    {
        return platform.activeSetlIds() == store.settledSetlIds()
               && recorder.sales.size() == platform.activeSetlIds().size() + [this] {
                      int refunded = 0;
                      for (const auto& r : store.records)
                          refunded += r.state == SettleState::Refunded ? 1 : 0;
                      return refunded;
                  }();
    }
};

} // namespace

class TestInsuredSettlement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStateTimesEveryAction()
    {
        int legal = 0;
        for (SettleState s : allStates())
            for (SettleAction a : allActions()) {
                std::optional<SettleState> expected;
                for (const auto& [from, action, to] : kLegal)
                    if (from == s && action == a)
                        expected = to;
                const std::optional<SettleState> got = settleNext(s, a);
                QVERIFY2(got == expected,
                         qPrintable(QStringLiteral("%1 × %2").arg(settleStateKey(s)).arg(int(a))));
                legal += got ? 1 : 0;
            }
        QCOMPARE(legal, kLegal.size());
        // Nothing leaves a final state but a reprint or a refund of a signed one.
        for (SettleState s :
             {SettleState::Abandoned, SettleState::Cancelled, SettleState::Refunded})
            for (SettleAction a : allActions())
                QVERIFY(!settleNext(s, a));
    }

    void stateKeysRoundTrip()
    {
        QSet<QString> keys;
        for (SettleState s : allStates()) {
            QCOMPARE(settleStateFromKey(settleStateKey(s)), std::optional<SettleState>(s));
            keys.insert(settleStateKey(s));
        }
        QCOMPARE(keys.size(), allStates().size());
    }

    void recordSurvivesJson()
    {
        InsuredSettlementRecord r;
        r.settlementNo = QStringLiteral("JS-T01-1");
        r.state = SettleState::SlipPrinted;
        r.person.name = QStringLiteral("赵六");
        r.person.balance = Money::fromFen(1234);
        r.split.total = Money::fromFen(6800);
        r.split.setlId = QStringLiteral("ST1");
        r.lines << SettlementLine{0,
                                  QStringLiteral("P1"),
                                  QStringLiteral("X1"),
                                  QStringLiteral("药"),
                                  {},
                                  {},
                                  {},
                                  2,
                                  Money::fromFen(2500),
                                  Money::fromFen(5000),
                                  {QStringLiteral("81000000000000000001")},
                                  true};
        const std::optional<InsuredSettlementRecord> back =
            InsuredSettlementRecord::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), r.toJson());
        QVERIFY(!InsuredSettlementRecord::fromJson(QJsonObject{}));
    }

    void theDaysFirstSettlementSignsInFirstAndOnlyOnce()
    {
        Rig r;
        r.service.setDailySignIn(
            QJsonObject{{QStringLiteral("signIn"),
                         QJsonObject{{QStringLiteral("opter_no"), QStringLiteral("0001")}}}});
        QVERIFY(!r.service.signedInToday());
        QVERIFY(r.service.begin(QStringLiteral("JS-1"), Rig::card(), Rig::cart()).ok());
        QCOMPARE(r.platform.calls.at(0).infno, QStringLiteral("9001"));
        QCOMPARE(r.platform.calls.at(1).infno, QStringLiteral("1101"));
        QCOMPARE(r.service.current()->state, SettleState::PersonFound);
        QVERIFY(r.service.signedInToday());
        // 9002 waits for the open settlement.
        QVERIFY(!r.service.signOut().ok());
        QVERIFY(r.service.cancel(QStringLiteral("顾客改为自费")).ok());
        r.service.close();
        QVERIFY(
            r.service.begin(QStringLiteral("JS-2"), Rig::card(), Rig::cart(QStringLiteral("RX2")))
                .ok());
        QCOMPARE(r.platform.count(QStringLiteral("9001")), 1); // once a day
        QVERIFY(r.service.cancel(QStringLiteral("x")).ok());
        r.service.close();
        // The next morning signs in again.
        r.clock.set(QDateTime(QDate(2026, 12, 5), QTime(8, 30)));
        QVERIFY(!r.service.signedInToday());
        QVERIFY(
            r.service.begin(QStringLiteral("JS-3"), Rig::card(), Rig::cart(QStringLiteral("RX3")))
                .ok());
        QCOMPARE(r.platform.count(QStringLiteral("9001")), 2);
        QVERIFY(r.service.cancel(QStringLiteral("x")).ok());
        r.service.close();
        // 9002 at close, with the sign_no 9001 gave.
        QVERIFY(r.service.signOut().ok());
        QCOMPARE(r.platform.count(QStringLiteral("9002")), 1);
        QVERIFY(r.platform.signNo.isEmpty());
        QVERIFY(!r.service.signedInToday());
        // Every call, sign-in and sign-out included, was stored before it went out.
        QCOMPARE(r.store.calls.size(), r.platform.calls.size());
    }

    void aRefusedSignInSettlesNothing()
    {
        Rig r;
        r.service.setDailySignIn(QJsonObject{{QStringLiteral("signIn"), QJsonObject{}}});
        QVERIFY(r.service.begin(QStringLiteral("JS-1"), Rig::card(), Rig::cart()).ok());
        QCOMPARE(r.platform.count(QStringLiteral("9001")), 1);
        QCOMPARE(r.platform.count(QStringLiteral("1101")), 0);
        QCOMPARE(r.service.current()->state, SettleState::Cancelled);
        QVERIFY(!r.service.signedInToday());
    }

    void theWholeFlowSettlesOnceAndEndsSigned()
    {
        Rig r;
        QVERIFY(r.service.begin(QStringLiteral("JS-1"), Rig::card(), Rig::cart()).ok());
        QCOMPARE(r.service.current()->state, SettleState::PersonFound);
        QCOMPARE(r.service.current()->person.psnNo, QStringLiteral("P360100000001"));
        // SETTLE-ID comes first: 2101 is refused before the cashier confirmed 人证相符.
        QVERIFY(!r.service.preSettle().ok());
        QCOMPARE(r.platform.count(QStringLiteral("2101")), 0);
        QVERIFY(r.service.confirmIdentity().ok());
        QVERIFY(r.service.preSettle().ok());
        QCOMPARE(r.service.current()->state, SettleState::PreSettled);
        // ¥68.00 for an employee with ¥50.00 on the account: fund 47.60, account 20.40, cash 0.
        QCOMPARE(r.service.current()->preSplit.total, Money::fromFen(6800));
        QCOMPARE(r.service.current()->preSplit.fund, Money::fromFen(4760));
        QCOMPARE(r.service.current()->preSplit.account, Money::fromFen(2040));
        QCOMPARE(r.service.current()->preSplit.cash, Money::fromFen(0));
        QVERIFY(r.platform.activeSetlIds().isEmpty()); // 2101 settles nothing
        QVERIFY(r.service.settle().ok());
        QCOMPARE(r.service.current()->state, SettleState::Settled);
        QCOMPARE(r.recorder.sales.size(), 1);
        QCOMPARE(r.recorder.sales.first().payment.method, PaymentMethod::Insurance);
        QVERIFY(r.ledgersAgree());
        // The 2102 was stored before it was sent, and is stored answered with the sale.
        const PlatformCallRecord settleCall = [&] {
            for (const PlatformCallRecord& c : r.store.calls)
                if (c.infno == u"2102")
                    return c;
            return PlatformCallRecord{};
        }();
        QCOMPARE(settleCall.state, CallState::Answered);
        QVERIFY(!r.service.signedBy(QStringLiteral("sig-1")).ok()); // not before the slip
        QVERIFY(!r.service.takeCash(Money::fromFen(-1)).ok());
        QVERIFY(r.service.takeCash(Money()).ok());
        QVERIFY(r.service.slipPrinted().ok());
        QVERIFY(r.service.slipPrinted().ok());        // 【补打】
        QVERIFY(!r.service.signedBy(QString()).ok()); // SETTLE-SLIP: no signature, no end
        QVERIFY(r.service.signedBy(QStringLiteral("sig-1")).ok());
        QCOMPARE(r.service.current()->state, SettleState::Signed);
        QCOMPARE(r.store.records.value(QStringLiteral("JS-1")).state, SettleState::Signed);
        // Every step audited, never the person's name or ID number.
        QVERIFY(r.audit.count(AuditAction::InsuredSettlementChanged) >= 7);
        for (const AuditEvent& e : r.audit.events) {
            QVERIFY2(!e.detail.contains(QStringLiteral("赵六")), qPrintable(e.detail));
            QVERIFY(!e.detail.contains(QStringLiteral("360102198001011235")));
        }
        r.service.close();
        QVERIFY(!r.service.current());
    }

    void theSlipPrintsWithTheSplitAndTheSignatureIsKept()
    {
        Rig r;
        fakes::FakePrinter printer;
        printer.deferAnswers = true;
        r.service.setSlipPrinter(&printer);
        QList<CompletedSale> recorded;
        connect(&r.service, &SettlementService::insuredSaleRecorded, this,
                [&](const CompletedSale& s) { recorded << s; });
        QVERIFY(r.service.begin(QStringLiteral("JS-1"), Rig::card(), Rig::cart()).ok());
        QVERIFY(r.service.confirmIdentity().ok());
        QVERIFY(r.service.preSettle().ok());
        QVERIFY(!r.service.printSlip().ok()); // nothing settled: no slip
        QVERIFY(r.service.settle().ok());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().saleNo, r.service.current()->saleNo);
        QVERIFY(!r.service.printSlip().ok()); // the cash part first
        QVERIFY(r.service.takeCash(Money()).ok());
        QVERIFY(r.service.printSlip().ok());
        QVERIFY(!r.service.printSlip().ok());                         // one job at a time
        QCOMPARE(r.service.current()->state, SettleState::CashTaken); // until the printer answers
        printer.answerNext();
        QCOMPARE(r.service.current()->state, SettleState::SlipPrinted);
        const QString slip = printer.documents.first().toPlainText();
        // The split, setl_id and the lines' codes are on it; the person masked, never whole.
        for (const QString& part :
             {QStringLiteral("统筹基金支付"), QStringLiteral("47.60"), QStringLiteral("20.40"),
              r.service.current()->split.setlId, QStringLiteral("参保人签名")})
            QVERIFY2(slip.contains(part), qPrintable(part + QStringLiteral(" missing:\n") + slip));
        QVERIFY(!slip.contains(QStringLiteral("赵六")));
        QVERIFY(!slip.contains(QStringLiteral("【补打】")));
        QVERIFY(r.store.documents.contains(QStringLiteral("JS-1|slip.txt")));
        // A reprint is marked.
        printer.deferAnswers = false;
        QVERIFY(r.service.printSlip().ok());
        QVERIFY(printer.documents.last().toPlainText().contains(QStringLiteral("【补打】")));
        // A failed job says so and leaves the state alone.
        printer.failJob = true;
        QVERIFY(r.service.printSlip().ok());
        QCOMPARE(r.service.current()->state, SettleState::SlipPrinted);
        printer.failJob = false;

        QVERIFY(
            !r.service.sign(SettlementService::Signature{{}, {}, QStringLiteral("screen")}).ok());
        QVERIFY(r.service
                    .sign(SettlementService::Signature{QByteArrayLiteral("\x89PNG-sig"),
                                                       QByteArrayLiteral("[[{\"x\":1}]]"),
                                                       QStringLiteral("screen")})
                    .ok());
        QCOMPARE(r.service.current()->state, SettleState::Signed);
        QCOMPARE(r.store.documents.value(QStringLiteral("JS-1|signature.png")),
                 QByteArrayLiteral("\x89PNG-sig"));
        QCOMPARE(r.store.documents.value(QStringLiteral("JS-1|signature.json")),
                 QByteArrayLiteral("[[{\"x\":1}]]"));
    }

    void identityRejectedEndsWithNothingSettled()
    {
        Rig r;
        QVERIFY(r.service.begin(QStringLiteral("JS-1"), Rig::card(), Rig::cart()).ok());
        QVERIFY(r.service.rejectIdentity(QStringLiteral("照片与持卡人不符")).ok());
        QCOMPARE(r.service.current()->state, SettleState::Cancelled);
        QVERIFY(!r.service.preSettle().ok());
        QCOMPARE(
            r.platform.count(QStringLiteral("2101")) + r.platform.count(QStringLiteral("2102")), 0);
    }

    void listOnlySplitsTheCart()
    {
        Rig r;
        QVERIFY(r.beginAndConfirm(QStringLiteral("RX1"), /*selfPay=*/true).ok());
        QVERIFY(r.service.preSettle().ok());
        QCOMPARE(r.service.current()->lines.size(), 2);
        QCOMPARE(r.service.cartSplit().selfPayLines, QList<int>{2});
        QCOMPARE(r.service.current()->preSplit.total,
                 Money::fromFen(6800)); // the vitamin not in it
        QVERIFY(r.service.settle().ok());
        QCOMPARE(r.recorder.sales.first().lines.size(), 2);

        // A cart of nothing listed is refused with the rule.
        Rig none;
        CompletedSale c;
        Product vitamin = fakes::makeProduct(9, QStringLiteral("维生素C片"), 990);
        vitamin.insuranceCode.clear();
        c.lines << saleLine(vitamin, 1, 990);
        QVERIFY(none.service.begin(QStringLiteral("JS-9"), Rig::card(), c).ok());
        QVERIFY(none.service.confirmIdentity().ok());
        const Status s = none.service.preSettle();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().ruleId, QStringLiteral("SETTLE-LIST-ONLY"));
    }

    void aPrescriptionIsSettledOnce()
    {
        Rig r;
        QCOMPARE(r.settleOnce(QStringLiteral("RX7")), SettleState::Settled);
        (void)r.service.takeCash(Money());
        (void)r.service.slipPrinted();
        (void)r.service.signedBy(QStringLiteral("sig"));
        r.service.close();
        // Locally: refused before the platform is asked.
        const int calls = r.platform.calls.size();
        const Status again =
            r.service.begin(QStringLiteral("JS-2"), Rig::card(), Rig::cart(QStringLiteral("RX7")));
        QCOMPARE(again.error().ruleId, QStringLiteral("RX-SINGLE"));
        QCOMPARE(r.platform.calls.size(), calls);

        // Reported by the platform (settled at another store): 2102 refused, nothing recorded.
        Rig other;
        other.platform.settlements.insert(
            QStringLiteral("ELSEWHERE"),
            FakeSettlementPlatform::Settlement{QStringLiteral("ELSEWHERE"),
                                               QStringLiteral("M"),
                                               QStringLiteral("P360100000001"),
                                               QStringLiteral("RX8"),
                                               100,
                                               50,
                                               50,
                                               0,
                                               1,
                                               {}});
        // The platform refuses it already at 2101: the settlement stays before the split.
        QList<Notice> notices;
        QObject::connect(&other.service, &SettlementService::notice,
                         [&notices](const Notice& n) { notices << n; });
        QCOMPARE(other.settleOnce(QStringLiteral("RX8")), SettleState::IdentityConfirmed);
        QVERIFY(other.recorder.sales.isEmpty());
        QVERIFY(other.platform.count(QStringLiteral("2102")) == 0);
        QVERIFY(std::any_of(notices.cbegin(), notices.cend(), [](const Notice& n) {
            return n.text.contains(QStringLiteral("已于结算 ELSEWHERE 结算"));
        }));
    }

    void faultsAtTheSettlementCallLeaveNoOneSidedSettlement_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("expected");
        QTest::newRow("unreachable") << int(Fault::Unreachable) << int(SettleState::Abandoned);
        QTest::newRow("http 500") << int(Fault::ServerError) << int(SettleState::Abandoned);
        QTest::newRow("dropped after processing")
            << int(Fault::DropAfter) << int(SettleState::Abandoned);
        QTest::newRow("malformed reply") << int(Fault::Malformed) << int(SettleState::Abandoned);
        QTest::newRow("business error")
            << int(Fault::BusinessError) << int(SettleState::PreSettled);
        QTest::newRow("duplicate reply") << int(Fault::Duplicate) << int(SettleState::Settled);
    }
    void faultsAtTheSettlementCallLeaveNoOneSidedSettlement()
    {
        QFETCH(int, fault);
        QFETCH(int, expected);
        Rig r;
        r.platform.failNext(QStringLiteral("2102"), static_cast<Fault>(fault));
        QCOMPARE(int(r.settleOnce()), expected);
        QVERIFY2(r.ledgersAgree(), qPrintable(r.platform.activeSetlIds().join(u',')));
        QVERIFY(r.store.unresolvedCalls()->isEmpty());
        QCOMPARE(r.recorder.sales.size(), expected == int(SettleState::Settled) ? 1 : 0);
        if (expected == int(SettleState::Abandoned)) {
            QCOMPARE(r.platform.count(QStringLiteral("2601")), 1);
            // The patient may settle again: a fresh settlement goes through.
            r.service.close();
            QCOMPARE(r.settleOnce(), SettleState::Settled);
            QVERIFY(r.ledgersAgree());
            QCOMPARE(r.platform.activeSetlIds().size(), 1);
        }
    }

    void faultsAtTheOtherCallsChangeNothing_data()
    {
        QTest::addColumn<QString>("infno");
        QTest::addColumn<int>("fault");
        for (const char* infno : {"1101", "2101"})
            for (Fault f : {Fault::Unreachable, Fault::ServerError, Fault::DropAfter,
                            Fault::Malformed, Fault::BusinessError, Fault::Duplicate})
                QTest::addRow("%s fault %d", infno, int(f)) << QString::fromLatin1(infno) << int(f);
    }
    void faultsAtTheOtherCallsChangeNothing()
    {
        QFETCH(QString, infno);
        QFETCH(int, fault);
        Rig r;
        r.platform.failNext(infno, static_cast<Fault>(fault));
        (void)r.service.begin(QStringLiteral("JS-1"), Rig::card(), Rig::cart());
        (void)r.service.confirmIdentity();
        (void)r.service.preSettle();
        // Whatever happened, nothing is settled anywhere and the store knows no unresolved call.
        QVERIFY(r.platform.activeSetlIds().isEmpty());
        QVERIFY(r.store.unresolvedCalls()->isEmpty());
        QVERIFY(r.ledgersAgree());
    }

    void theLedgerRefusingAfterThePlatformSettledIsReversed()
    {
        Rig r;
        QVERIFY(r.beginAndConfirm().ok());
        QVERIFY(r.service.preSettle().ok());
        r.recorder.failCommit = true; // the disk filled between the answer and the commit
        (void)r.service.settle();
        QCOMPARE(r.service.current()->state, SettleState::Abandoned);
        QVERIFY(r.platform.activeSetlIds().isEmpty());
        QVERIFY(r.ledgersAgree());
    }

    void whatTheLedgerWouldRefuseIsRefusedBeforeThePlatformIsAsked()
    {
        Rig r;
        QVERIFY(r.beginAndConfirm().ok());
        r.recorder.refuseTrial = true;
        const Status s = r.service.preSettle();
        QCOMPARE(s.error().ruleId, QStringLiteral("INV-AVAIL"));
        QCOMPARE(r.platform.count(QStringLiteral("2101")), 0);
        r.recorder.refuseTrial = false;
        QVERIFY(r.service.preSettle().ok());
        r.recorder.refuseTrial = true; // sold out between 2101 and 2102
        QVERIFY(!r.service.settle().ok());
        QCOMPARE(r.platform.count(QStringLiteral("2102")), 0);
        QCOMPARE(r.service.current()->state, SettleState::PreSettled);
    }

    void aMsgIdThatCannotBeStoredIsNotSent()
    {
        Rig r;
        QVERIFY(r.beginAndConfirm().ok());
        QVERIFY(r.service.preSettle().ok());
        r.store.failWrites = true;
        const Status s = r.service.settle();
        QVERIFY(!s.ok());
        QCOMPARE(r.platform.count(QStringLiteral("2102")), 0);
        QVERIFY(r.platform.activeSetlIds().isEmpty());
    }

    void aCrashWithTheSettlementOnItsWayIsResolvedAtTheNextStart()
    {
        Rig r;
        QVERIFY(r.beginAndConfirm().ok());
        QVERIFY(r.service.preSettle().ok());
        r.platform.hold = true;
        QVERIFY(r.service.settle().ok());
        QCOMPARE(r.service.current()->state, SettleState::Settling);
        // The counter dies; the platform processes the 2102 nobody will hear about.
        r.platform.processHeldUnheard();
        r.platform.hold = false;
        QCOMPARE(r.platform.activeSetlIds().size(), 1);

        // The next start: a new service over the same store and platform.
        FakeInsuredRecorder recorder(r.store);
        std::unique_ptr<SettlementService> next =
            r.restart(recorder, QStringLiteral("H36010200001202612041001"));
        SettlementService& restarted = *next;
        // Nothing new starts while it is unresolved.
        const Status blocked = restarted.begin(QStringLiteral("JS-NEW"), Rig::card(),
                                               Rig::cart(QStringLiteral("RX2")));
        QCOMPARE(blocked.error().ruleId, QStringLiteral("SETTLE-ONCE"));
        Result<QList<InsuredSettlementRecord>> toFinish = restarted.recover();
        QVERIFY(toFinish);
        QVERIFY(toFinish->isEmpty());
        QVERIFY(r.platform.activeSetlIds().isEmpty()); // 2601 undid it
        QCOMPARE(r.store.records.value(QStringLiteral("JS-1")).state, SettleState::Abandoned);
        QVERIFY(r.store.unresolvedCalls()->isEmpty());
        QVERIFY(
            restarted.begin(QStringLiteral("JS-NEW"), Rig::card(), Rig::cart(QStringLiteral("RX2")))
                .ok());
    }

    // Killed between two durable writes: after the state Settling was saved and before the 2102
    // msgid was (nothing was sent); after the 2601 answered and before the settlement was ended.
    // Found by the settlement crash test; each ends at the next start instead of staying open.
    void killedBetweenTwoWritesEndsAtTheNextStart()
    {
        Rig r;
        QVERIFY(r.beginAndConfirm().ok());
        QVERIFY(r.service.preSettle().ok());
        InsuredSettlementRecord neverSent = *r.service.current();
        neverSent.state = SettleState::Settling;
        QVERIFY(r.store.save(neverSent).ok());
        InsuredSettlementRecord reversed = neverSent;
        reversed.settlementNo = QStringLiteral("JS-R");
        reversed.state = SettleState::Unresolved;
        QVERIFY(r.store.save(reversed).ok());
        PlatformCallRecord undone;
        undone.msgId = QStringLiteral("M-R");
        undone.infno = QStringLiteral("2102");
        undone.settlementNo = QStringLiteral("JS-R");
        undone.state = CallState::Reversed;
        QVERIFY(r.store.recordCall(undone).ok());

        FakeInsuredRecorder recorder(r.store);
        std::unique_ptr<SettlementService> next =
            r.restart(recorder, QStringLiteral("H36010200001202612041002"));
        SettlementService& restarted = *next;
        Result<QList<InsuredSettlementRecord>> toFinish = restarted.recover();
        QVERIFY(toFinish.ok());
        QVERIFY(toFinish->isEmpty());
        QCOMPARE(r.store.records.value(neverSent.settlementNo).state, SettleState::Cancelled);
        QCOMPARE(r.store.records.value(QStringLiteral("JS-R")).state, SettleState::Abandoned);
        QVERIFY(r.store.unfinished()->isEmpty());
        QCOMPARE(r.platform.count(QStringLiteral("2601")), 0); // nothing to reverse
    }

    // The platform takes nothing but 9001 from a till that has not signed in today: after a
    // restart the 2601 for what the crash left unknown signs in first. A refused sign-in sends
    // nothing else and leaves the call unknown, to be reversed at the next try.
    void aRestartSignsInBeforeItReverses()
    {
        Rig r;
        const QJsonObject signIn{{QStringLiteral("signIn"), QJsonObject{{QStringLiteral("opter_no"),
                                                                         QStringLiteral("0001")}}}};
        r.service.setDailySignIn(signIn);
        QVERIFY(r.beginAndConfirm().ok());
        QVERIFY(r.service.preSettle().ok());
        r.platform.hold = true;
        QVERIFY(r.service.settle().ok());
        r.platform.processHeldUnheard();
        r.platform.hold = false;
        QCOMPARE(r.platform.count(QStringLiteral("9001")), 1);

        FakeInsuredRecorder recorder(r.store);
        std::unique_ptr<SettlementService> next =
            r.restart(recorder, QStringLiteral("H36010200001202612041002"));
        SettlementService& restarted = *next;
        // First with a sign-in the platform refuses (no operator): no 2601 goes out.
        restarted.setDailySignIn(QJsonObject{{QStringLiteral("signIn"), QJsonObject{}}});
        QVERIFY(restarted.recover().ok());
        QCOMPARE(r.platform.count(QStringLiteral("9001")), 2);
        QCOMPARE(r.platform.count(QStringLiteral("2601")), 0);
        QCOMPARE(r.store.unresolvedCalls()->size(), 1);
        QCOMPARE(r.platform.activeSetlIds().size(), 1);
        // Then as configured: 9001, then the 2601, in that order.
        restarted.setDailySignIn(signIn);
        const qsizetype before = r.platform.calls.size();
        QVERIFY(restarted.recover().ok());
        QCOMPARE(r.platform.calls.size(), before + 2);
        QCOMPARE(r.platform.calls.at(before).infno, QStringLiteral("9001"));
        QCOMPARE(r.platform.calls.at(before + 1).infno, QStringLiteral("2601"));
        QVERIFY(restarted.signedInToday());
        QVERIFY(r.platform.activeSetlIds().isEmpty());
        QVERIFY(r.store.unresolvedCalls()->isEmpty());
        QCOMPARE(r.store.records.value(QStringLiteral("JS-1")).state, SettleState::Abandoned);
        // Every call went out stored first, the sign-ins included.
        QCOMPARE(r.store.calls.size(), r.platform.calls.size());
    }

    void aSettledButUnfinishedSettlementIsOfferedAfterARestart()
    {
        Rig r;
        QCOMPARE(r.settleOnce(), SettleState::Settled);
        FakeInsuredRecorder recorder(r.store);
        SettlementService restarted(
            r.platform, r.store, recorder, nullptr, r.audit, r.clock, StoreProfile{},
            [](const QDateTime&) -> Result<QString> { return QStringLiteral("X"); }, {});
        Result<QList<InsuredSettlementRecord>> toFinish = restarted.recover();
        QVERIFY(toFinish);
        QCOMPARE(toFinish->size(), 1);
        QCOMPARE(toFinish->first().state, SettleState::Settled);
        QCOMPARE(r.platform.count(QStringLiteral("2601")), 0); // a settled one is not reversed
    }

    void refundGoesBackTheOriginalRouteInTheSameMonthOnly()
    {
        Rig r;
        QCOMPARE(r.settleOnce(), SettleState::Settled);
        const QString no = r.service.current()->settlementNo;
        (void)r.service.takeCash(Money());
        (void)r.service.slipPrinted();
        (void)r.service.signedBy(QStringLiteral("sig"));
        r.service.close();
        QVERIFY(!r.service.refund(no, QStringLiteral("  ")).ok()); // a reason is required
        QCOMPARE(r.platform.count(QStringLiteral("2103")), 0);
        QVERIFY(r.service.refund(no, QStringLiteral("患者退药")).ok());
        QCOMPARE(r.store.records.value(no).state, SettleState::Refunded);
        QVERIFY(r.platform.activeSetlIds().isEmpty());
        QVERIFY(r.ledgersAgree());
        // The goods came back with the refund, once, with the reason.
        QCOMPARE(r.recorder.returns.size(), 1);
        QCOMPARE(r.recorder.returns.at(0).first, r.store.records.value(no).saleNo);
        QCOMPARE(r.recorder.returns.at(0).second, QStringLiteral("患者退药"));
        QVERIFY(!r.service.refund(no, QStringLiteral("again")).ok()); // once
        QCOMPARE(r.recorder.returns.size(), 1);

        // Next month: refused with the rule, nothing sent.
        Rig late;
        QCOMPARE(late.settleOnce(), SettleState::Settled);
        const QString lateNo = late.service.current()->settlementNo;
        late.clock.set(QDateTime(QDate(2027, 1, 2), QTime(9, 0)));
        const Status s = late.service.refund(lateNo, QStringLiteral("跨月"));
        QCOMPARE(s.error().ruleId, QStringLiteral("REFUND-ORIGINAL"));
        QCOMPARE(late.platform.count(QStringLiteral("2103")), 0);
    }

    void theArchiveSealsAtTheSignatureAndAtTheRefund()
    {
        Rig r;
        QStringList sealed;
        bool diskFull = true;
        r.service.setArchiver([&](const QString& no) -> Status {
            sealed << no + u'@' + settleStateKey(r.store.records.value(no).state);
            if (diskFull)
                return makeError(ErrorCode::StorageFailure, QStringLiteral("磁盘已满"));
            return {};
        });
        QList<Notice> notices;
        QObject::connect(&r.service, &SettlementService::notice,
                         [&notices](const Notice& n) { notices << n; });
        QCOMPARE(r.settleOnce(), SettleState::Settled);
        const QString no = r.service.current()->settlementNo;
        QVERIFY(r.service.takeCash(r.service.current()->split.cash).ok());
        QVERIFY(r.service.slipPrinted().ok());
        QVERIFY(sealed.isEmpty()); // nothing is sealed before the patient signs
        // A seal that fails is said and leaves the settlement signed (sealed at the next start).
        QVERIFY(r.service.signedBy(QStringLiteral("sig")).ok());
        QCOMPARE(sealed, QStringList{no + QStringLiteral("@signed")});
        QCOMPARE(r.store.records.value(no).state, SettleState::Signed);
        QVERIFY(std::any_of(notices.cbegin(), notices.cend(), [&](const Notice& n) {
            return n.level == Notice::Level::Warning && n.text.contains(no)
                   && n.text.contains(QStringLiteral("磁盘已满"))
                   && n.text.contains(QStringLiteral("SETTLE-SLIP"));
        }));
        r.service.close();
        diskFull = false;
        QVERIFY(r.service.refund(no, QStringLiteral("患者退药")).ok());
        QCOMPARE(sealed,
                 (QStringList{no + QStringLiteral("@signed"), no + QStringLiteral("@refunded")}));
    }

    void aRefundTheStoreCannotRecordIsReversedOnThePlatform()
    {
        Rig r;
        QCOMPARE(r.settleOnce(), SettleState::Settled);
        const QString no = r.service.current()->settlementNo;
        r.service.close();
        r.recorder.failRefund = true;
        QVERIFY(r.service.refund(no, QStringLiteral("患者退药")).ok());
        // 2103 answered, the store could not take the goods back: 2601 undid the 2103.
        QCOMPARE(r.platform.count(QStringLiteral("2601")), 1);
        QCOMPARE(r.platform.activeSetlIds().size(), 1);
        QVERIFY(isSettled(r.store.records.value(no).state));
        QVERIFY(r.recorder.returns.isEmpty());
        QVERIFY(r.ledgersAgree());
        QVERIFY(r.store.unresolvedCalls()->isEmpty());
        // And it can be refunded once the store can record it.
        r.recorder.failRefund = false;
        QVERIFY(r.service.refund(no, QStringLiteral("患者退药")).ok());
        QCOMPARE(r.store.records.value(no).state, SettleState::Refunded);
        QVERIFY(r.ledgersAgree());
    }

    void aRefundWaitsUntilEveryUnknownOutcomeIsResolved()
    {
        Rig r;
        QCOMPARE(r.settleOnce(), SettleState::Settled);
        const QString no = r.service.current()->settlementNo;
        r.finish();
        // Another till's run left a 2102 without an answer (a crash): nothing is refunded first.
        PlatformCallRecord lost;
        lost.msgId = QStringLiteral("M-LOST");
        lost.infno = QStringLiteral("2102");
        lost.settlementNo = QStringLiteral("JS-OTHER");
        lost.state = CallState::Unknown;
        lost.sentAt = r.clock.now();
        QVERIFY(r.store.recordCall(lost).ok());
        const Status refused = r.service.refund(no, QStringLiteral("患者退药"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().ruleId, QStringLiteral("SETTLE-ONCE"));
        QCOMPARE(r.platform.count(QStringLiteral("2103")), 0);
        QVERIFY(r.service.resolveUnresolved().ok());
        std::optional<Result<QString>> done;
        QVERIFY(
            r.service.refund(no, QStringLiteral("患者退药"), [&](Result<QString> d) { done = d; })
                .ok());
        QVERIFY(done.has_value());
        QVERIFY(done->ok());
        QCOMPARE(r.store.records.value(no).state, SettleState::Refunded);
    }

    void onlyAStoreManagerRefunds()
    {
        Rig r;
        fakes::StaffFixture staff(r.clock);
        staff.add(Role::Cashier, QStringLiteral("cashier"), QStringLiteral("张三"));
        staff.add(Role::StoreManager, QStringLiteral("manager"), QStringLiteral("王五"));
        r.service.setAccessControl(&staff.access);
        QCOMPARE(r.settleOnce(), SettleState::Settled);
        const QString no = r.service.current()->settlementNo;
        r.service.close();
        staff.loginAs(QStringLiteral("cashier"));
        QVERIFY(!r.service.refund(no, QStringLiteral("患者退药")).ok());
        QCOMPARE(r.platform.count(QStringLiteral("2103")), 0);
        staff.loginAs(QStringLiteral("manager"));
        QVERIFY(r.service.refund(no, QStringLiteral("患者退药")).ok());
        QCOMPARE(r.store.records.value(no).state, SettleState::Refunded);
    }

    void theDailyReconciliationNamesEachSettlementThatDiffers()
    {
        Rig r;
        for (const char* rx : {"RX1", "RX2", "RX3"}) {
            QCOMPARE(r.settleOnce(QString::fromLatin1(rx)), SettleState::Settled);
            r.finish();
        }
        const QDate today = r.clock.now().date();
        std::optional<Result<ReconcileReport>> got;
        const auto run = [&] {
            got.reset();
            QVERIFY(
                r.service.reconcile(today, [&](Result<ReconcileReport> rep) { got = rep; }).ok());
            QVERIFY(got.has_value());
            QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().message));
        };
        // 平: totals only, no detail asked.
        run();
        QVERIFY((*got)->balanced);
        QCOMPARE((*got)->store.count, 3);
        QCOMPARE((*got)->platform, (*got)->store);
        QCOMPARE(r.platform.count(QStringLiteral("3202")), 0);

        // Planted: the platform paid one settlement's fund differently, holds one the store has
        // not, and lost one the store has.
        QStringList ids = r.platform.activeSetlIds();
        ids.sort();
        r.platform.settlements[ids.at(0)].fund += 1;
        r.platform.settlements.remove(ids.at(1));
        FakeSettlementPlatform::Settlement stray;
        stray.setlId = QStringLiteral("S-STRAY");
        stray.total = 1000;
        stray.fund = 700;
        stray.cash = 300;
        r.platform.settlements.insert(stray.setlId, stray);
        run();
        const ReconcileReport& rep = **got;
        QVERIFY(!rep.balanced);
        QVERIFY(rep.detailAsked);
        QCOMPARE(rep.differences.size(), 3);
        QMap<QString, ReconcileDifference> byId;
        for (const ReconcileDifference& d : rep.differences)
            byId.insert(d.setlId, d);
        QCOMPARE(byId.value(ids.at(0)).kind, ReconcileDifference::Kind::Amounts);
        QVERIFY(!byId.value(ids.at(0)).settlementNo.isEmpty());
        QCOMPARE(byId.value(ids.at(0)).platformFund - byId.value(ids.at(0)).storeFund,
                 Money::fromFen(1));
        QCOMPARE(byId.value(ids.at(1)).kind, ReconcileDifference::Kind::StoreOnly);
        QVERIFY(!byId.value(ids.at(1)).settlementNo.isEmpty());
        QCOMPARE(byId.value(QStringLiteral("S-STRAY")).kind,
                 ReconcileDifference::Kind::PlatformOnly);
        const QString text = reconciliation::formatReport(rep);
        QVERIFY(text.contains(QStringLiteral("不平")));
        QVERIFY(text.contains(byId.value(ids.at(0)).settlementNo));
        QVERIFY(text.contains(QStringLiteral("S-STRAY")));
    }

    void aReconciliationThePlatformDoesNotAnswerSaysSo()
    {
        Rig r;
        QCOMPARE(r.settleOnce(), SettleState::Settled);
        r.service.close();
        r.platform.failNext(QStringLiteral("3201"), Fault::Unreachable);
        std::optional<Result<ReconcileReport>> got;
        QVERIFY(
            r.service
                .reconcile(r.clock.now().date(), [&](Result<ReconcileReport> rep) { got = rep; })
                .ok());
        QVERIFY(got.has_value());
        QVERIFY(!got->ok());
        QVERIFY(got->error().message.contains(QStringLiteral("3201")));
    }

    void aRefundWithoutADefiniteAnswerIsReversed()
    {
        Rig r;
        QCOMPARE(r.settleOnce(), SettleState::Settled);
        const QString no = r.service.current()->settlementNo;
        r.platform.failNext(QStringLiteral("2103"), Fault::DropAfter);
        QVERIFY(r.service.refund(no, QStringLiteral("患者退药")).ok());
        // 2601 undid the 2103: the settlement stands on both sides.
        QCOMPARE(r.platform.activeSetlIds().size(), 1);
        QVERIFY(isSettled(r.store.records.value(no).state));
        QVERIFY(r.ledgersAgree());
        QVERIFY(r.store.unresolvedCalls()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInsuredSettlement)
#include "tst_insuredsettlement.moc"
