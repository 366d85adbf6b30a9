#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace pos {

/// Where one customer's sale stands. A sale starts Open and ends Paid or Voided; the counter then
/// starts the next sale, so nothing of an ended sale (its cart, its prescription link, a
/// pharmacist who stepped in for it) reaches the next customer.
enum class SaleState
{
    Open = 1,           ///< the cart is being built; no prescription linked
    PrescriptionLinked, ///< a prescription is linked (the gate, RxSettlementGate, has the details)
    Paying,             ///< payment has begun: the cart is the bill and cannot change
    Paid,               ///< recorded; the sale is over
    Voided,             ///< abandoned before payment; nothing recorded; the sale is over
    Parked,             ///< parked (挂单): the cart kept apart to recall later; the sale is over
};

/// What happens to a sale. Illegal events are refused by the workflow with WrongState.
enum class SaleEvent
{
    EditCart = 1,       ///< scan, quantity, unit, remove (the gate may freeze the cart further)
    LinkPrescription,   ///< the gate linked a prescription to this sale
    UnlinkPrescription, ///< the gate let it go (cancelled)
    BeginPayment,       ///< every check before payment passed
    PaymentRecorded,    ///< the sale is stored
    PaymentFailed,      ///< storing failed: back to where payment began
    PartPaid, ///< the insured part is recorded; the self-pay rest waits (back to where payment began)
    Void,     ///< the cashier abandons the sale (or logs out)
    Park,     ///< the cashier parks the cart (挂单) to serve the next customer
};

/// The sale's transition table: the state after `event` in `from`, or nullopt when the event is
/// illegal there. PaymentFailed returns to `resume`, the state payment began in. Pure.
[[nodiscard]] std::optional<SaleState> saleNext(SaleState from, SaleEvent event,
                                                SaleState resume = SaleState::Open);
/// True when the sale is over (Paid, Voided): the workflow starts the next one.
[[nodiscard]] bool isFinal(SaleState state);

[[nodiscard]] QString toDisplayString(SaleState state);
[[nodiscard]] QString toDisplayString(SaleEvent event);
/// The enumerator's name ("PrescriptionLinked"), as scenarios and logs spell it.
[[nodiscard]] QString stateName(SaleState state);

} // namespace pos

Q_DECLARE_METATYPE(pos::SaleState)
