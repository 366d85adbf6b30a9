// The sale's transition table (issue 11): every state × event against a matrix written out here,
// so a wrong table entry fails.
#include "app/core/sale/salestate.h"

#include <QTest>

using namespace pos;

Q_DECLARE_METATYPE(pos::SaleEvent)

namespace {

const char* const kStates[] = {"",       "Open",  "PrescriptionLinked", "Paying", "Paid",
                               "Voided", "Parked"};
const char* const kEvents[] = {"",
                               "EditCart",
                               "LinkPrescription",
                               "UnlinkPrescription",
                               "BeginPayment",
                               "PaymentRecorded",
                               "PaymentFailed",
                               "PartPaid",
                               "Void",
                               "Park"};

/// Expected next state per state (rows, enum order) and event (columns: EditCart,
/// LinkPrescription, UnlinkPrescription, BeginPayment, PaymentRecorded, PaymentFailed, PartPaid,
/// Void, Park).
/// O Open, L PrescriptionLinked, Y Paying, P Paid, V Voided, K Parked, R the state payment began
/// in (here: PrescriptionLinked), - illegal.
const char* const kNext[] = {
    "OL-Y---VK", // Open: parked to serve the next customer
    "L-OY---V-", // PrescriptionLinked: the prescription's cart is never parked (RX-MATCH)
    "----PRR--", // Paying: only its outcome (an insured part paid resumes); no edits, void, link
    "---------", // Paid: over
    "---------", // Voided: over
    "---------", // Parked: over (the cart lives on apart, recalled into a new sale)
};

std::optional<SaleState> expected(char c)
{
    switch (c) {
    case 'O': return SaleState::Open;
    case 'L': return SaleState::PrescriptionLinked;
    case 'Y': return SaleState::Paying;
    case 'P': return SaleState::Paid;
    case 'V': return SaleState::Voided;
    case 'K': return SaleState::Parked;
    case 'R': return SaleState::PrescriptionLinked;
    default: return std::nullopt;
    }
}

} // namespace

class TestSaleState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<SaleState>("from");
        QTest::addColumn<SaleEvent>("event");
        QTest::addColumn<char>("next");
        for (int s = 1; s <= 6; ++s)
            for (int e = 1; e <= 9; ++e)
                QTest::addRow("%s + %s", kStates[s], kEvents[e])
                    << SaleState(s) << SaleEvent(e) << kNext[s - 1][e - 1];
    }
    void table()
    {
        QFETCH(SaleState, from);
        QFETCH(SaleEvent, event);
        QFETCH(char, next);
        QCOMPARE(saleNext(from, event, SaleState::PrescriptionLinked), expected(next));
    }

    // A failed payment returns exactly where it began; it never invents a state.
    void failedPaymentResumes()
    {
        QCOMPARE(saleNext(SaleState::Paying, SaleEvent::PaymentFailed, SaleState::Open),
                 std::optional<SaleState>(SaleState::Open));
        QCOMPARE(saleNext(SaleState::Paying, SaleEvent::PaymentFailed, SaleState::Paid),
                 std::optional<SaleState>());
    }

    void finalStatesEndTheSale()
    {
        QVERIFY(isFinal(SaleState::Paid));
        QVERIFY(isFinal(SaleState::Voided));
        QVERIFY(isFinal(SaleState::Parked));
        QVERIFY(!isFinal(SaleState::Open));
        QVERIFY(!isFinal(SaleState::PrescriptionLinked));
        QVERIFY(!isFinal(SaleState::Paying));
    }
};

QTEST_GUILESS_MAIN(TestSaleState)
#include "tst_salestate.moc"
