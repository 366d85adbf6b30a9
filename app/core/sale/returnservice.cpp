#include "app/core/sale/returnservice.h"

#include "app/core/ports/clock.h"
#include "app/core/ports/salerepository.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReturnService)
};
} // namespace

ReturnService::ReturnService(SaleRepository& sales, AccessControl& access, const Clock& clock)
    : m_sales(sales)
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
    Result<QString> done = m_sales.recordReturn(no, m_access.session().actingUser()->displayName,
                                                reason.trimmed(), m_clock.now());
    if (!done)
        return done;
    m_access.recordAction(AuditAction::SaleReturned, *done,
                          Tr::tr("销售单 %1 全单退货：%2").arg(no, reason.trimmed()));
    return done;
}

} // namespace pos
