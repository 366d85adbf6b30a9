#include "app/core/sale/returnservice.h"

#include "app/core/inventory/postings.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/ledgerstore.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReturnService)
};
} // namespace

ReturnService::ReturnService(LedgerStore& ledger, AccessControl& access, const Clock& clock)
    : m_ledger(ledger)
    , m_access(access)
    , m_clock(clock)
{
}

Result<QString> ReturnService::returnSale(const QString& saleNo, const QString& reason)
{
    const QString no = saleNo.trimmed();
    if (Status a = m_access.require(Permission::ReturnSale, no); !a)
        return a.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("退货须填写原因"));
    if (no.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("请给出要退货的销售单号"));
    const User* actor = m_access.session().actingUser();
    Result<std::unique_ptr<LedgerTransaction>> tx =
        m_ledger.begin(PostingContext{m_clock.now(), actor->displayName, true});
    if (!tx)
        return tx.error();
    // REFUND-ORIGINAL: an insured sale goes back through the insurance (2103), never in cash.
    Result<std::optional<CompletedSale>> sold = (*tx)->sale(no);
    if (sold && *sold && (*sold)->payment.method == PaymentMethod::Insurance)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("销售单 %1 是医保结算的销售：须原路退回医保（2103），不能按现金退货"
                                "（REFUND-ORIGINAL）；请用 pharmapos settle refund 结算单号")
                             .arg(no),
                         QStringLiteral("REFUND-ORIGINAL"));
    Result<QString> done = postings::saleReturn(**tx, no, reason.trimmed());
    if (!done)
        return done;
    if (Status a = (*tx)->appendAudit(
            AuditEvent{m_clock.now(), actor->username, AuditAction::SaleReturned, *done,
                       Tr::tr("销售单 %1 全单退货：%2").arg(no, reason.trimmed())});
        !a)
        return a.error();
    if (Status c = (*tx)->commit(); !c)
        return c.error();
    if (m_afterReturn && sold && *sold)
        m_afterReturn(**sold);
    return done;
}

} // namespace pos
