#include "app/core/inventory/receiving.h"

#include "app/core/codes/coderecognition.h"

#include <QCoreApplication>
#include <QSet>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Receiving)
};

Error missing(const QString& field)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("购进记录缺少“%1”").arg(field),
                     QStringLiteral("INV-FIELDS"));
}
} // namespace

bool looksLikeTraceCode(const QString& code)
{
    // The shape is the recogniser's (20 digits); receiving also insists on the leading 8 that the
    // platform's filters require (the counter only warns about it).
    const codes::Recognition r = codes::recognise(code.toUtf8());
    return r.family == codes::CodeFamily::TraceCode && r.accepted && r.traceCode == code
           && code.startsWith(u'8');
}

Result<ReceivingCheck> checkPurchaseLine(const PurchaseLine& l, const Product& p,
                                         const QDate& today, int nearExpiryDays)
{
    const bool herbal = p.drugType == DrugType::HerbalPieces;
    // INV-FIELDS, in the order the rule lists them.
    if (l.genericName.trimmed().isEmpty())
        return missing(Tr::tr("通用名称"));
    if (l.manufacturer.trimmed().isEmpty())
        return missing(herbal ? Tr::tr("产地") : Tr::tr("生产厂商"));
    if (l.dosageForm.trimmed().isEmpty())
        return missing(Tr::tr("剂型"));
    if (l.spec.trimmed().isEmpty())
        return missing(Tr::tr("规格"));
    if (l.batchNo.trimmed().isEmpty())
        return missing(Tr::tr("批号"));
    if (!l.productionDate.isValid())
        return missing(Tr::tr("生产日期"));
    if (!l.expiryDate.isValid())
        return missing(Tr::tr("有效期"));
    if (!herbal && l.approvalNo.trimmed().isEmpty())
        return missing(Tr::tr("批准文号"));
    if (l.boxes <= 0)
        return missing(Tr::tr("数量"));
    if (l.price.isNegative())
        return makeError(ErrorCode::InvalidInput, Tr::tr("价格不能为负"),
                         QStringLiteral("INV-FIELDS"));
    if (p.category != InsuranceCategory::NotCovered && l.insuranceCode.trimmed().isEmpty())
        return missing(Tr::tr("医保药品编码"));
    if (p.category != InsuranceCategory::NotCovered && l.insuranceCode.trimmed() != p.insuranceCode)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("医保药品编码 %1 与商品档案的 %2 不一致").arg(l.insuranceCode, p.insuranceCode),
            QStringLiteral("INV-FIELDS"));
    if (l.genericName.trimmed() != p.genericName)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("通用名称“%1”与商品档案“%2”不一致").arg(l.genericName, p.genericName),
            QStringLiteral("INV-FIELDS"));
    // RX-ONLY: the delivery note's 处方类别, where it gives one, is the master's — a drug the
    // supplier ships as prescription-only must not sit in the master as OTC (it would sell
    // without a prescription), so a difference is fixed in the product master first.
    if (l.rxClass && *l.rxClass != p.rxClass)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("到货单的处方类别“%1”与商品档案的“%2”不一致：请先核对并修改商品档案")
                .arg(toDisplayString(*l.rxClass), toDisplayString(p.rxClass)),
            QStringLiteral("RX-ONLY"));

    // INV-TRACE: one code per box, each once.
    if (l.traceCodes.isEmpty())
        return missing(Tr::tr("药品追溯码"));
    if (l.traceCodes.size() != l.boxes)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("追溯码数量 %1 与到货数量 %2 盒不符：每盒一个追溯码")
                             .arg(l.traceCodes.size())
                             .arg(l.boxes),
                         QStringLiteral("INV-TRACE"));
    QSet<QString> seen;
    for (const QString& c : l.traceCodes) {
        if (!looksLikeTraceCode(c))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("追溯码 %1 不是 20 位、以 8 开头的数字").arg(c),
                             QStringLiteral("INV-TRACE"));
        if (seen.contains(c))
            return makeError(ErrorCode::InvalidInput, Tr::tr("追溯码 %1 在本行重复").arg(c),
                             QStringLiteral("INV-TRACE"));
        seen.insert(c);
    }

    // INV-EXPIRY.
    if (l.expiryDate <= l.productionDate)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("有效期 %1 不晚于生产日期 %2")
                .arg(l.expiryDate.toString(Qt::ISODate), l.productionDate.toString(Qt::ISODate)),
            QStringLiteral("INV-FIELDS"));
    if (l.productionDate > today)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("生产日期 %1 晚于今天").arg(l.productionDate.toString(Qt::ISODate)),
                         QStringLiteral("INV-FIELDS"));
    if (l.expiryDate < today)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("批号 %1 已于 %2 过期，不得验收入库")
                             .arg(l.batchNo, l.expiryDate.toString(Qt::ISODate)),
                         QStringLiteral("INV-EXPIRY"));
    ReceivingCheck check;
    const qint64 daysLeft = today.daysTo(l.expiryDate);
    if (daysLeft <= nearExpiryDays)
        check.warnings << Tr::tr("INV-EXPIRY: %1 批号 %2 近效期：%3 到期，仅剩 %4 天")
                              .arg(p.genericName, l.batchNo, l.expiryDate.toString(Qt::ISODate))
                              .arg(daysLeft);
    return check;
}

} // namespace pos
