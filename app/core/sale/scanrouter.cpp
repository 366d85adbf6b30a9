#include "app/core/sale/scanrouter.h"

#include "app/core/codes/coderecognition.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SaleWorkflow)
};

/// The refusal for a code nothing in the catalog matches: malformed when its structure named a
/// family but broke it, else unknown to this store, with what the reader saw.
Error notFound(const codes::Recognition& r, const QString& text)
{
    if (!r.accepted && r.family != codes::CodeFamily::Unknown)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("无法识别的条码 %1：%2").arg(text, r.reason));
    if (!r.accepted)
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("未找到条码 %1 对应的商品，购物车未改变（%2）").arg(text, r.reason));
    return makeError(ErrorCode::NotFound,
                     Tr::tr("未找到条码 %1 对应的商品，购物车未改变").arg(text));
}
} // namespace

ScanRoute routeScan(const codes::Recognition& r, ScanMode mode)
{
    using Target = ScanRoute::Target;
    using codes::CodeFamily;
    ScanRoute route;
    route.text = QString::fromUtf8(r.raw).trimmed();
    if (mode == ScanMode::Diagnostics || mode == ScanMode::Elsewhere) {
        route.target = Target::JournalOnly;
        return route;
    }
    if (route.text.isEmpty()) {
        route.target = Target::Refuse;
        route.miss = makeError(ErrorCode::InvalidInput, Tr::tr("扫描内容为空，请重新扫描"));
        return route;
    }
    route.miss = notFound(r, route.text);
    switch (r.family) {
    case CodeFamily::TraceCode:
        if (r.accepted) {
            route.target = Target::TraceCode;
            return route;
        }
        break;
    case CodeFamily::InsuranceVoucher:
    case CodeFamily::EPrescription:
    case CodeFamily::Internal:
        if (r.accepted) {
            route.target = Target::Token;
            return route;
        }
        break;
    case CodeFamily::Gs1:
    case CodeFamily::Ean13:
    case CodeFamily::Ean8:
    case CodeFamily::UpcA:
    case CodeFamily::Gtin14:
    case CodeFamily::DrugStandardCode:
        if (!r.accepted)
            break;
        route.target = Target::Product;
        if (r.family == CodeFamily::Gs1 && !r.gtin.isEmpty())
            route.miss = makeError(ErrorCode::NotFound,
                                   Tr::tr("未找到 GTIN %1 对应的商品，购物车未改变").arg(r.gtin));
        return route;
    case CodeFamily::Unknown:
    case CodeFamily::MaCode:
    case CodeFamily::InsuranceDrugCode:
        // The store's own product codes ("P00001") and insurance codes are looked up as they are.
        route.target = Target::Product;
        return route;
    }
    route.target = Target::Refuse;
    return route;
}

QString ScanOutcome::journalWord() const
{
    switch (kind) {
    case Kind::Added: return QStringLiteral("added");
    case Kind::TraceBound: return QStringLiteral("trace_bound");
    case Kind::Token: return QStringLiteral("token");
    case Kind::Diagnostic: return QStringLiteral("diagnostic");
    case Kind::Elsewhere: return QStringLiteral("elsewhere");
    case Kind::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

} // namespace pos
