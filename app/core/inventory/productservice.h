#pragma once

#include "app/core/product.h"
#include "app/core/result.h"

#include <QList>
#include <QStringList>

namespace pos {

class AccessControl;
class AuditLog;
class Clock;
class ProductCatalog;

/// The product-master fields a form edits, so that a refusal can point at the field it names.
enum class ProductField
{
    Code = 1,
    GenericName,
    TradeName,
    Manufacturer,
    DosageForm,
    Spec,
    ApprovalNo,
    InsuranceCode,
    Category,
    Ceiling,
    Gtin,
    DrugStdCode,
    TracePrefix,
    RxClass,
    DrugType,
    Storage,
    Unit,
    StripsPerBox,
    PiecesPerStrip,
    Price,
    StripPrice,
    PiecePrice,
};

/// The field's name as the form labels it ("通用名", "GTIN 条码"; 中药饮片 name 生产厂商 产地).
[[nodiscard]] QString fieldDisplayName(ProductField field, DrugType type = DrugType::Western);

/// One bad field of a product record, and what is wrong with it (the message names the field).
struct FieldProblem
{
    ProductField field = ProductField::Code;
    QString message;
};

/// Every missing or malformed field of `product`, in form order; empty when the record is
/// complete. PRICE-CEILING is checked apart (checkPriceCeiling): it is a rule, not a typo.
/// Pure; any thread.
[[nodiscard]] QList<FieldProblem> validateProduct(const Product& product);

/// What saving a product did.
struct ProductSaveOutcome
{
    Product product;          ///< as stored (its id set)
    QStringList warnings;     ///< soft PRICE-CEILING references exceeded
    QStringList priceChanges; ///< "整盒售价 ¥12.80 → ¥13.50", each also in the audit trail
};

/// The product master (商品档案) for the store manager: add and edit products, every field checked
/// and every price change audited. The rules live here, whichever screen or script saves.
/// Thread: the catalog's thread (the GUI thread). Borrows every reference; owns nothing.
class ProductService
{
public:
    ProductService(ProductCatalog& catalog, AccessControl& access, AuditLog& audit,
                   const Clock& clock);

    [[nodiscard]] const ProductCatalog& catalog() const { return m_catalog; }

    /// The product list: a search by name, code, GTIN or pinyin initials (拼音简码), or the first
    /// products stored when `text` is empty. Reading needs no permission (the counter searches too).
    [[nodiscard]] QList<Product> find(const QString& text, int limit) const;

    /// 新建商品档案 (ConfigureStore). Refused, naming each bad field, when a field is missing or
    /// malformed; refused when the code, GTIN or 本位码 already belongs to a product; refused by
    /// PRICE-CEILING when a price tops a hard ceiling. Its prices are audited as PriceChanged.
    [[nodiscard]] Result<ProductSaveOutcome> add(const Product& product);
    /// 修改商品档案 (ConfigureStore) of the stored product `product.id`; its own code is its key and
    /// cannot change. Every price that changes (box, strip, piece, ceiling) is audited as
    /// PriceChanged with old → new and who; other changed fields as ConfigurationChanged.
    [[nodiscard]] Result<ProductSaveOutcome> update(const Product& product);

private:
    [[nodiscard]] Result<ProductSaveOutcome> save(Product product,
                                                  const std::optional<Product>& before);

    ProductCatalog& m_catalog;
    AccessControl& m_access;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pos
