#include "app/core/inventory/productservice.h"

#include "app/core/codes/coderecognition.h"
#include "app/core/inventory/pricing.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProductService)
};

bool allDigits(const QString& s)
{
    return !s.isEmpty()
           && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// A GS1 number (GTIN-8/12/13/14, 本位码) whose last digit is its mod-10 check digit.
bool checkDigitOk(const QString& s)
{
    return codes::gs1CheckDigit(QStringView(s).chopped(1)) == s.back().digitValue();
}

/// What the price fields of a product are called in the audit trail, with their values.
QList<std::pair<QString, Money>> prices(const Product& p)
{
    return {{Tr::tr("整盒售价"), p.price},
            {Tr::tr("每板（拆零）售价"), p.stripPrice},
            {Tr::tr("每%1（拆零）售价").arg(p.pieceUnit()), p.piecePrice},
            {Tr::tr("价格上限"), p.ceiling}};
}

/// The non-price fields that differ between `a` and `b`, by name.
QStringList changedFields(const Product& a, const Product& b)
{
    const std::pair<ProductField, bool> same[] = {
        {ProductField::GenericName, a.genericName == b.genericName},
        {ProductField::TradeName, a.tradeName == b.tradeName},
        {ProductField::Manufacturer, a.manufacturer == b.manufacturer},
        {ProductField::DosageForm, a.dosageForm == b.dosageForm},
        {ProductField::Spec, a.spec == b.spec},
        {ProductField::ApprovalNo, a.approvalNo == b.approvalNo},
        {ProductField::InsuranceCode, a.insuranceCode == b.insuranceCode},
        {ProductField::Category, a.category == b.category},
        {ProductField::Gtin, a.gtin == b.gtin},
        {ProductField::DrugStdCode, a.drugStdCode == b.drugStdCode},
        {ProductField::TracePrefix, a.tracePrefix == b.tracePrefix},
        {ProductField::RxClass, a.rxClass == b.rxClass},
        {ProductField::DrugType, a.drugType == b.drugType},
        {ProductField::Storage, a.storage == b.storage},
        {ProductField::Unit, a.unit == b.unit},
        {ProductField::StripsPerBox, a.stripsPerBox == b.stripsPerBox},
        {ProductField::PiecesPerStrip, a.piecesPerStrip == b.piecesPerStrip},
    };
    QStringList out;
    for (const auto& [field, equal] : same)
        if (!equal)
            out << fieldDisplayName(field, b.drugType);
    if (a.pediatric != b.pediatric)
        out << Tr::tr("儿童专科用药");
    if (a.ephedrine != b.ephedrine)
        out << Tr::tr("含麻黄碱");
    return out;
}
} // namespace

QString fieldDisplayName(ProductField field, DrugType type)
{
    switch (field) {
    case ProductField::Code: return Tr::tr("商品编码");
    case ProductField::GenericName: return Tr::tr("通用名");
    case ProductField::TradeName: return Tr::tr("商品名");
    case ProductField::Manufacturer:
        return type == DrugType::HerbalPieces ? Tr::tr("产地") : Tr::tr("生产厂商");
    case ProductField::DosageForm: return Tr::tr("剂型");
    case ProductField::Spec: return Tr::tr("规格");
    case ProductField::ApprovalNo: return Tr::tr("批准文号");
    case ProductField::InsuranceCode: return Tr::tr("医保药品编码");
    case ProductField::Category: return Tr::tr("医保类别");
    case ProductField::Ceiling: return Tr::tr("价格上限");
    case ProductField::Gtin: return Tr::tr("GTIN 条码");
    case ProductField::DrugStdCode: return Tr::tr("药品本位码");
    case ProductField::TracePrefix: return Tr::tr("追溯码前缀");
    case ProductField::RxClass: return Tr::tr("处方分类");
    case ProductField::DrugType: return Tr::tr("药品类型");
    case ProductField::Storage: return Tr::tr("储存条件");
    case ProductField::Unit: return Tr::tr("包装单位");
    case ProductField::StripsPerBox: return Tr::tr("每盒板数");
    case ProductField::PiecesPerStrip: return Tr::tr("每板片数");
    case ProductField::Price: return Tr::tr("整盒售价");
    case ProductField::StripPrice: return Tr::tr("每板售价");
    case ProductField::PiecePrice: return Tr::tr("每片售价");
    }
    return {};
}

QList<FieldProblem> validateProduct(const Product& p)
{
    QList<FieldProblem> out;
    auto bad = [&](ProductField f, const QString& what) {
        out.append(FieldProblem{f, Tr::tr("“%1”%2").arg(fieldDisplayName(f, p.drugType), what)});
    };
    const QString empty = Tr::tr("不能为空");
    const bool herbal = p.drugType == DrugType::HerbalPieces;
    const bool covered = p.category != InsuranceCategory::NotCovered;

    if (p.code.trimmed().isEmpty())
        bad(ProductField::Code, empty);
    else if (p.code != p.code.trimmed() || p.code.contains(u' ') || p.code.size() > 32)
        bad(ProductField::Code, Tr::tr("不能含空格，最长 32 个字符"));
    if (p.genericName.trimmed().isEmpty())
        bad(ProductField::GenericName, empty);
    if (p.manufacturer.trimmed().isEmpty())
        bad(ProductField::Manufacturer, empty);
    if (p.dosageForm.trimmed().isEmpty())
        bad(ProductField::DosageForm, empty);
    if (p.spec.trimmed().isEmpty())
        bad(ProductField::Spec, empty);
    // INV-FIELDS: 中药饮片 carry no 批准文号; every other drug does.
    if (!herbal && p.approvalNo.trimmed().isEmpty())
        bad(ProductField::ApprovalNo, empty);
    static const QRegularExpression insuranceShape(QStringLiteral("^[XZ][A-Z0-9]{22}$"));
    static const QRegularExpression herbalInsuranceShape(QStringLiteral("^[A-Z0-9]{10,30}$"));
    if (covered && p.insuranceCode.isEmpty())
        bad(ProductField::InsuranceCode,
            Tr::tr("不能为空：%1药品须有医保编码").arg(toDisplayString(p.category)));
    else if (covered
             && !(herbal ? herbalInsuranceShape : insuranceShape).match(p.insuranceCode).hasMatch())
        bad(ProductField::InsuranceCode, herbal ? Tr::tr("应为 10–30 位大写字母或数字")
                                                : Tr::tr("应为 X 或 Z 开头的 23 位大写字母或数字"));
    else if (!covered && !p.insuranceCode.isEmpty())
        bad(ProductField::InsuranceCode,
            Tr::tr("应为空：非医保药品不能带医保编码（SETTLE-LIST-ONLY）"));
    if (p.category < InsuranceCategory::Negotiated || p.category > InsuranceCategory::NotCovered)
        bad(ProductField::Category, Tr::tr("无效"));
    if (p.ceiling.isNegative())
        bad(ProductField::Ceiling, Tr::tr("不能为负"));
    else if ((p.category == InsuranceCategory::Negotiated
              || p.category == InsuranceCategory::VolumeProcurement)
             && p.ceiling.fen() == 0)
        bad(ProductField::Ceiling, Tr::tr("不能为空：%1药品须有价格上限（PRICE-CEILING）")
                                       .arg(toDisplayString(p.category)));
    if (!p.gtin.isEmpty()) {
        const qsizetype n = p.gtin.size();
        if (!allDigits(p.gtin) || (n != 8 && n != 12 && n != 13 && n != 14))
            bad(ProductField::Gtin, Tr::tr("应为 8、12、13 或 14 位数字"));
        else if (!checkDigitOk(p.gtin))
            bad(ProductField::Gtin, Tr::tr("校验位错误"));
    }
    if (!p.drugStdCode.isEmpty()) {
        if (!allDigits(p.drugStdCode) || p.drugStdCode.size() != 14
            || !p.drugStdCode.startsWith(QStringLiteral("86")))
            bad(ProductField::DrugStdCode, Tr::tr("应为 86 开头的 14 位数字"));
        else if (!checkDigitOk(p.drugStdCode))
            bad(ProductField::DrugStdCode, Tr::tr("校验位错误"));
    }
    if (!p.tracePrefix.isEmpty()
        && (!allDigits(p.tracePrefix) || p.tracePrefix.size() != 7
            || !p.tracePrefix.startsWith(u'8')))
        bad(ProductField::TracePrefix, Tr::tr("应为 8 开头的 7 位数字（追溯码的前 7 位）"));
    if (p.rxClass < RxClass::Prescription || p.rxClass > RxClass::OtcB)
        bad(ProductField::RxClass, Tr::tr("无效"));
    if (p.drugType < DrugType::Western || p.drugType > DrugType::HerbalPieces)
        bad(ProductField::DrugType, Tr::tr("无效"));
    if (p.storage.trimmed().isEmpty())
        bad(ProductField::Storage, empty);
    if (p.unit.trimmed().isEmpty())
        bad(ProductField::Unit, empty);
    if (p.stripsPerBox < 1)
        bad(ProductField::StripsPerBox, Tr::tr("至少为 1"));
    if (p.piecesPerStrip < 1)
        bad(ProductField::PiecesPerStrip, Tr::tr("至少为 1"));
    if (p.price.fen() <= 0)
        bad(ProductField::Price, Tr::tr("必须大于 0"));
    if (p.stripPrice.isNegative())
        bad(ProductField::StripPrice, Tr::tr("不能为负"));
    if (p.piecePrice.isNegative())
        bad(ProductField::PiecePrice, Tr::tr("不能为负"));
    return out;
}

ProductService::ProductService(ProductCatalog& catalog, AccessControl& access, AuditLog& audit,
                               const Clock& clock)
    : m_catalog(catalog)
    , m_access(access)
    , m_audit(audit)
    , m_clock(clock)
{
}

QList<Product> ProductService::find(const QString& text, int limit) const
{
    return text.trimmed().isEmpty() ? m_catalog.firstProducts(limit)
                                    : m_catalog.search(text, limit);
}

Result<ProductSaveOutcome> ProductService::add(const Product& product)
{
    if (Status s = m_access.require(Permission::ConfigureStore, product.code); !s)
        return s.error();
    if (m_catalog.findByCode(product.code.trimmed()))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("“商品编码”%1 已被其他商品使用：请修改该商品，或换一个编码").arg(product.code));
    Product p = product;
    p.id = 0;
    return save(p, std::nullopt);
}

Result<ProductSaveOutcome> ProductService::update(const Product& product)
{
    if (Status s = m_access.require(Permission::ConfigureStore, product.code); !s)
        return s.error();
    const std::optional<Product> before = m_catalog.findById(product.id);
    if (!before)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("商品档案中没有编号 %1 的商品").arg(product.id));
    if (before->code != product.code)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("“商品编码”不能修改（%1 → %2）：它是商品的主键，请新建商品")
                             .arg(before->code, product.code));
    return save(product, before);
}

Result<ProductSaveOutcome> ProductService::save(Product p, const std::optional<Product>& before)
{
    if (const QList<FieldProblem> problems = validateProduct(p); !problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem& f : problems)
            lines << f.message;
        return makeError(ErrorCode::InvalidInput, Tr::tr("商品档案有 %1 处需要改正：%2")
                                                      .arg(problems.size())
                                                      .arg(lines.join(QStringLiteral("；"))));
    }
    // A GTIN or 本位码 found on another product would be taken from it silently by the catalog.
    for (const QString& c : {p.gtin, p.drugStdCode}) {
        if (c.isEmpty())
            continue;
        if (const std::optional<Product> other = m_catalog.findByCode(c);
            other && other->id != p.id)
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("条码 %1 已登记在商品 %2 %3 上").arg(c, other->code, other->displayName()));
    }
    Result<QStringList> ceiling = checkPriceCeiling(p);
    if (!ceiling) {
        return m_access.refusedByRule(ceiling.error(), p.code);
    }
    // 拼音简码 follows the names (the catalog computes it when empty).
    if (!before || before->genericName != p.genericName || before->tradeName != p.tradeName)
        p.pinyin.clear();
    if (Result<int> stored = m_catalog.upsert({p}); !stored)
        return stored.error();
    const std::optional<Product> saved = m_catalog.findByCode(p.code);
    if (!saved)
        return makeError(ErrorCode::StorageFailure, Tr::tr("商品 %1 保存后读不到").arg(p.code));

    ProductSaveOutcome outcome{*saved, *ceiling, {}};
    const User* actor = m_access.session().actingUser();
    const QString target = p.code + u' ' + p.displayName();
    QList<AuditEvent> events;
    const auto oldPrices = before ? prices(*before) : QList<std::pair<QString, Money>>{};
    const auto newPrices = prices(p);
    for (int i = 0; i < newPrices.size(); ++i) {
        const Money old = before ? oldPrices.at(i).second : Money();
        if (old == newPrices.at(i).second)
            continue;
        const QString detail =
            Tr::tr("%1 %2 → %3（%4）")
                .arg(newPrices.at(i).first, before ? old.display() : Tr::tr("新建"),
                     newPrices.at(i).second.display(), actor->displayName);
        outcome.priceChanges << detail;
        events.append(
            AuditEvent{m_clock.now(), actor->username, AuditAction::PriceChanged, target, detail});
    }
    const QStringList fields = before ? changedFields(*before, p) : QStringList();
    if (!before || !fields.isEmpty())
        events.append(
            AuditEvent{m_clock.now(), actor->username, AuditAction::ConfigurationChanged, target,
                       before ? Tr::tr("修改商品档案：%1").arg(fields.join(QStringLiteral("、")))
                              : Tr::tr("新建商品档案")});
    for (const AuditEvent& e : events)
        if (Status a = m_audit.append(e); !a)
            return makeError(
                ErrorCode::StorageFailure,
                Tr::tr("商品 %1 已保存，但审计日志写入失败：%2").arg(p.code, a.error().userText()));
    return outcome;
}

} // namespace pos
