#include "app/core/inventory/receivingdraft.h"

#include "app/core/codes/coderecognition.h"
#include "app/core/inventory/receiving.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/productlookup.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReceivingDraft)
};
const QString kTraceRule = QStringLiteral("INV-TRACE");
} // namespace

ReceivingDraft::ReceivingDraft(const ProductCatalog& catalog, const InventoryRepository& inventory)
    : m_catalog(catalog)
    , m_inventory(inventory)
{
}

Result<Product> ReceivingDraft::productFor(const codes::Recognition& r) const
{
    using codes::CodeFamily;
    if (std::optional<Product> p = findProductFor(m_catalog, r))
        return *p;
    const QString text = QString::fromUtf8(r.raw).trimmed();
    if (!r.accepted && r.family != CodeFamily::Unknown)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("无法识别的条码 %1：%2").arg(text, r.reason));
    return makeError(ErrorCode::NotFound,
                     Tr::tr("条码 %1 不在商品档案中：请先在“商品档案”建档").arg(text));
}

Result<DraftScan> ReceivingDraft::scan(const codes::Recognition& r)
{
    if (r.family == codes::CodeFamily::TraceCode && r.accepted) {
        Result<QString> added = addTraceCode(r.traceCode);
        if (!added)
            return added.error();
        QString message =
            Tr::tr("%1：已扫 %2 盒").arg(m_product->displayName()).arg(m_codes.size());
        if (!added->isEmpty())
            message += Tr::tr("（注意：%1）").arg(*added);
        return DraftScan{DraftScan::Kind::TraceCode, message, {}, {}, {}};
    }
    Result<Product> p = productFor(r);
    if (!p)
        return p.error();
    if (Status s = selectProduct(*p); !s)
        return s.error();
    return DraftScan{DraftScan::Kind::Product,
                     Tr::tr("%1 %2：请录入批号、日期、数量和价格，再逐盒扫追溯码")
                         .arg(p->displayName(), p->spec),
                     r.batch, r.expiry, r.production};
}

Status ReceivingDraft::selectProduct(const Product& product)
{
    if (m_product && m_product->id != product.id && !m_codes.isEmpty())
        return makeError(
            ErrorCode::WrongState,
            Tr::tr("当前行已为 %1 扫了 %2 个追溯码：请先加入单据或清除这些码，再换商品")
                .arg(m_product->displayName())
                .arg(m_codes.size()));
    m_product = product;
    return {};
}

Result<QString> ReceivingDraft::addTraceCode(const QString& code)
{
    if (!m_product)
        return makeError(ErrorCode::WrongState, Tr::tr("请先扫商品条码或选择商品，再逐盒扫追溯码"));
    if (!looksLikeTraceCode(code))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("追溯码 %1 不是 20 位、以 8 开头的数字").arg(code), kTraceRule);
    if (m_codes.contains(code))
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("追溯码 %1 在当前行已扫过：同一盒只能扫一次").arg(code),
                         kTraceRule);
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).traceCodes.contains(code))
            return makeError(
                ErrorCode::RuleViolation,
                Tr::tr("追溯码 %1 已在本到货单第 %2 行：同一盒只能验收一次").arg(code).arg(i + 1),
                kTraceRule);
    if (m_inventory.traceCodeKnown(code))
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("追溯码 %1 已入库过：同一盒药只能验收一次").arg(code), kTraceRule);
    m_codes.append(code);
    if (!m_product->tracePrefix.isEmpty() && !code.startsWith(m_product->tracePrefix))
        return Tr::tr("追溯码前 7 位 %1 与商品档案的前缀 %2 不同，请核对这盒是否为 %3")
            .arg(code.left(7), m_product->tracePrefix, m_product->displayName());
    return QString();
}

void ReceivingDraft::removeTraceCode(const QString& code)
{
    m_codes.removeAll(code);
}

PurchaseLine ReceivingDraft::lineTemplate() const
{
    PurchaseLine l;
    if (m_product) {
        const Product& p = *m_product;
        l.productCode = p.code;
        l.genericName = p.genericName;
        l.manufacturer = p.manufacturer;
        l.dosageForm = p.dosageForm;
        l.spec = p.spec;
        l.approvalNo = p.approvalNo;
        l.insuranceCode = p.insuranceCode;
    }
    l.traceCodes = m_codes;
    l.boxes = static_cast<int>(m_codes.size());
    return l;
}

Result<int> ReceivingDraft::addLine(PurchaseLine line)
{
    if (!m_product)
        return makeError(ErrorCode::WrongState, Tr::tr("请先扫商品条码或选择商品"));
    line.productCode = m_product->code;
    line.traceCodes = m_codes;
    if (!m_codes.isEmpty())
        line.boxes = static_cast<int>(m_codes.size());
    m_lines.append(line);
    m_lineProducts.append(*m_product);
    m_product.reset();
    m_codes.clear();
    return static_cast<int>(m_lines.size() - 1);
}

void ReceivingDraft::removeLine(int index)
{
    if (index < 0 || index >= m_lines.size())
        return;
    m_lines.removeAt(index);
    m_lineProducts.removeAt(index);
}

PurchaseDocument ReceivingDraft::document(const QString& supplier, const QDate& purchaseDate,
                                          const QString& reference) const
{
    return PurchaseDocument{supplier.trimmed(), purchaseDate, reference.trimmed(),
                            QStringLiteral("manual"), m_lines};
}

void ReceivingDraft::clear()
{
    m_lines.clear();
    m_lineProducts.clear();
    m_product.reset();
    m_codes.clear();
}

} // namespace pos
