#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/product.h"
#include "app/core/result.h"

#include <optional>

namespace pos {

class InventoryRepository;
class ProductCatalog;
namespace codes {
struct Recognition;
}

/// What one scan did to a delivery being entered by hand.
struct DraftScan
{
    enum class Kind
    {
        Product = 1,
        TraceCode
    };
    Kind kind = Kind::Product;
    QString message; ///< what to tell the manager (warnings included)
    /// Fields a GS1 DataMatrix carries, for the form to fill (empty / invalid when absent).
    QString batchNo;
    QDate expiryDate;
    QDate productionDate;
};

/// A supplier's delivery received by hand (购进验收): the lines entered so far, and the product and
/// the boxes' traceability codes of the line being keyed in. A scan picks the product (GTIN,
/// 药品本位码, the store's code, a GS1 DataMatrix whose batch and dates come along) or adds a box's
/// 20-digit code to the line; a code already in this delivery, or already received, is refused
/// (INV-TRACE). The box count follows the codes scanned. What it builds goes through
/// InventoryService::receive, which checks every INV-FIELDS field before anything is posted.
/// Thread: the catalog's thread. Borrows the catalog and the ledger.
class ReceivingDraft
{
public:
    ReceivingDraft(const ProductCatalog& catalog, const InventoryRepository& inventory);

    /// Routes a recognised scan: a product code picks the product, a trace code adds a box.
    [[nodiscard]] Result<DraftScan> scan(const codes::Recognition& recognition);
    /// Picks `product` (chosen from a search). Refused while codes of another product are scanned.
    [[nodiscard]] Status selectProduct(const Product& product);
    /// One box of the current product (INV-TRACE: 20 digits starting 8, once per delivery, never
    /// received before). Returns a warning when its prefix is not the product's recorded one.
    [[nodiscard]] Result<QString> addTraceCode(const QString& code);
    void removeTraceCode(const QString& code);

    [[nodiscard]] const std::optional<Product>& currentProduct() const { return m_product; }
    [[nodiscard]] const QStringList& currentCodes() const { return m_codes; }
    /// The line being keyed in with what the product master knows (通用名, 厂商, 剂型, 规格,
    /// 批准文号, 医保编码) and the codes scanned so far.
    [[nodiscard]] PurchaseLine lineTemplate() const;

    /// Adds `line` (batch, dates, quantity, price… as keyed) for the current product with the
    /// codes scanned: with codes, the box count is their number. Starts the next line.
    /// Returns the line's index.
    [[nodiscard]] Result<int> addLine(PurchaseLine line);
    void removeLine(int index);
    [[nodiscard]] const QList<PurchaseLine>& lines() const { return m_lines; }
    /// The product of line `index` (as picked).
    [[nodiscard]] const Product& lineProduct(int index) const { return m_lineProducts.at(index); }

    [[nodiscard]] PurchaseDocument document(const QString& supplier, const QDate& purchaseDate,
                                            const QString& reference) const;
    /// Forgets everything (after the delivery was posted).
    void clear();

private:
    [[nodiscard]] Result<Product> productFor(const codes::Recognition& r) const;

    const ProductCatalog& m_catalog;
    const InventoryRepository& m_inventory;
    QList<PurchaseLine> m_lines;
    QList<Product> m_lineProducts;
    std::optional<Product> m_product;
    QStringList m_codes;
};

} // namespace pos
