#include "app/core/insurance/insuredcheckout.h"

#include "app/core/sale/saleworkflow.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InsuredCheckout)
};
} // namespace

InsuredCheckout::InsuredCheckout(SaleWorkflow& sale, SettlementService& settlement,
                                 NumberFn settlementNo, QObject* parent)
    : QObject(parent)
    , m_sale(sale)
    , m_settlement(settlement)
    , m_number(std::move(settlementNo))
{
    connect(&m_settlement, &SettlementService::changed, this,
            &InsuredCheckout::onSettlementChanged);
    connect(&m_settlement, &SettlementService::insuredSaleRecorded, this,
            [this](const CompletedSale& s) { m_recorded = s; });
}

Status InsuredCheckout::start(const CardCredential& credential)
{
    // A settlement of an earlier customer that ended is let go first.
    if (m_settlement.current() && isFinal(m_settlement.current()->state)
        && m_settlementNo.isEmpty())
        m_settlement.close();
    if (!m_settlementNo.isEmpty())
        return makeError(ErrorCode::WrongState, Tr::tr("医保结算 %1 尚未结束").arg(m_settlementNo),
                         QStringLiteral("SETTLE-ONCE"));
    Result<CompletedSale> draft = m_sale.beginInsuredPayment();
    if (!draft)
        return draft.error();
    const QString no = m_number();
    m_settlementNo = no;
    m_recorded = {};
    m_saleEnded = false;
    if (Status begun = m_settlement.begin(no, credential, *draft); !begun) {
        m_settlementNo.clear();
        m_sale.insuredPaymentStopped(begun.error().message);
        return begun;
    }
    return {};
}

void InsuredCheckout::onSettlementChanged()
{
    const std::optional<InsuredSettlementRecord>& s = m_settlement.current();
    if (m_settlementNo.isEmpty() || !s || s->settlementNo != m_settlementNo)
        return;
    switch (s->state) {
    case SettleState::Cancelled:
    case SettleState::Abandoned: {
        const QString why = s->endReason.isEmpty() ? toDisplayString(s->state) : s->endReason;
        m_settlementNo.clear();
        m_sale.insuredPaymentStopped(why);
        m_settlement.close();
        return;
    }
    case SettleState::Signed:
        endSale();
        m_settlement.close();
        return;
    default: return;
    }
}

void InsuredCheckout::endSale()
{
    if (m_saleEnded)
        return;
    m_saleEnded = true;
    const QString no = m_settlementNo;
    m_settlementNo.clear();
    m_lastFinished = no;
    m_sale.insuredPaymentRecorded(m_recorded, m_settlement.cartSplit().selfPayLines);
    Q_EMIT finished(no);
}

void InsuredCheckout::leave(const QString& why)
{
    const std::optional<InsuredSettlementRecord>& s = m_settlement.current();
    if (m_settlementNo.isEmpty() || !s || s->settlementNo != m_settlementNo)
        return;
    if (isSettled(s->state)) {
        // Recorded: the sale is over; the slip or the signature is finished later (recover()).
        endSale();
        return;
    }
    if (!isFinal(s->state)) {
        if (Status c = m_settlement.cancel(why); !c) {
            // Settling or unresolved: the platform's answer decides; the sale waits with it.
            return;
        }
    }
}

} // namespace pos
