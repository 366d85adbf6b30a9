#pragma once

#include "app/core/insurance/settlementservice.h"

#include <QObject>

namespace pos {

class SaleWorkflow;

/// The insured settlement of the sale at the counter: it joins the sale (SaleWorkflow), which
/// holds the cart and ends with the customer, to the settlement (SettlementService), which talks
/// to the platform. One place decides when the sale begins payment, when it returns to the cart
/// and when it ends, so the window and scripts cannot disagree:
///
///   start(credential) — the sale begins payment (every payment check, RX-ONLY included) and the
///     settlement begins with the credential the gate let the reader read; a refusal of either
///     leaves the cart as it was;
///   the settlement ends before anything was settled (人证不符, cancelled, refused, reversed) —
///     the sale returns to its cart (insuredPaymentStopped);
///   the settlement is signed — the sale ends Paid (or, SETTLE-LIST-ONLY, keeps the self-pay rest
///     for cash); leave() before the signature with the settlement settled ends the sale too (it
///     is recorded) and leaves the settlement for the cashier to finish (SettlementService::
///     recover lists it).
/// Thread: GUI/main.
class InsuredCheckout : public QObject
{
    Q_OBJECT
public:
    using NumberFn = std::function<QString()>;
    InsuredCheckout(SaleWorkflow& sale, SettlementService& settlement, NumberFn settlementNo,
                    QObject* parent = nullptr);

    /// Starts the insured settlement of the current sale with `credential`.
    Status start(const CardCredential& credential);
    /// The cashier leaves the settlement screen: an unsettled settlement is cancelled (`why`), a
    /// settled one ends the sale and waits for its slip or signature.
    void leave(const QString& why);
    [[nodiscard]] SettlementService& settlement() { return m_settlement; }
    /// The settlement whose sale ended last (empty before the first).
    [[nodiscard]] const QString& lastFinished() const { return m_lastFinished; }

Q_SIGNALS:
    /// The sale ended with the settlement signed (or left settled).
    void finished(const QString& settlementNo);

private:
    void onSettlementChanged();
    void endSale();

    SaleWorkflow& m_sale;
    SettlementService& m_settlement;
    NumberFn m_number;
    QString m_settlementNo; ///< the settlement this checkout started; empty between them
    QString m_lastFinished;
    CompletedSale m_recorded;
    bool m_saleEnded = false;
};

} // namespace pos
