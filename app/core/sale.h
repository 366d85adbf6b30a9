#pragma once

#include "app/core/money.h"
#include "app/core/payment/tender.h"
#include "app/core/product.h"
#include "app/core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pos {

/// The unit a line is sold in: whole packs, or split (拆零) by the strip or the piece.
enum class SaleUnit
{
    Box = 1,
    Strip,
    Piece
};

/// A batch a recorded line left from (FEFO, or the scanned boxes' own), as GSP 第一百七十一条 asks
/// the sales voucher to name it: 批号 and 有效期.
struct SoldBatch
{
    QString batchNo;
    QDate expiry;
    qint64 pieces = 0;

    friend bool operator==(const SoldBatch&, const SoldBatch&) = default;
};

/// A unit price changed at the counter (改价 / 折扣, PRICE-OVERRIDE): the unit's shelf price
/// before it, why, and whose permission allowed it. Printed on the receipt's line, recorded with
/// the sale, audited.
struct PriceOverride
{
    Money listPrice;    ///< the unit's shelf price
    QString reason;     ///< as the cashier gave it (printed)
    QString approvedBy; ///< the user whose permission allowed it (a manager stepped in, or the
                        ///< cashier within the store's limit)

    friend bool operator==(const PriceOverride&, const PriceOverride&) = default;
};

/// One line of the cart: a product, how many of which unit, at what price per unit.
struct SaleLine
{
    Product product;
    int quantity = 1;
    Money unitPrice;
    SaleUnit unit = SaleUnit::Box;
    /// 药品追溯码 of the boxes on this line, exactly as scanned (INV-TRACE). On a line sold by the
    /// box, once any code is bound the quantity must equal the codes before payment.
    QStringList traceCodes = {};
    /// Set when recorded: the batches the ledger took the line from (empty in the cart).
    QList<SoldBatch> soldFrom = {};
    /// Set when the unit price is not the shelf price (PRICE-OVERRIDE); cleared when the unit
    /// changes (the new unit's shelf price applies).
    std::optional<PriceOverride> priceOverride = {};

    [[nodiscard]] bool isTraced() const { return !traceCodes.isEmpty(); }
    /// Boxes on a traced box line still waiting for their code (0 when complete or untraced).
    [[nodiscard]] int missingTraceCodes() const;
    [[nodiscard]] Money amount() const { return unitPrice * quantity; }
    /// The unit's shelf price: the override's list price, else the price charged.
    [[nodiscard]] Money listPrice() const
    {
        return priceOverride ? priceOverride->listPrice : unitPrice;
    }
    /// What the price change took off the line (negative for a raise; 0 without one).
    [[nodiscard]] Money discount() const { return (listPrice() - unitPrice) * quantity; }
    [[nodiscard]] qint64 piecesPerUnit() const;
    /// The line's quantity in the smallest unit, as the ledger counts it.
    [[nodiscard]] qint64 pieces() const { return piecesPerUnit() * quantity; }
    /// 盒 / 板 / 粒 …
    [[nodiscard]] QString unitName() const;
};

/// The cart of a sale in progress. Pure value: the workflow owns the rules for changing it.
class Cart
{
public:
    static constexpr int kMaxQuantity = 999;

    [[nodiscard]] const QList<SaleLine>& lines() const { return m_lines; }
    [[nodiscard]] bool isEmpty() const { return m_lines.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_lines.size(); }
    [[nodiscard]] Money total() const;
    /// What the price changes took off the whole cart (PRICE-OVERRIDE; 0 without any).
    [[nodiscard]] Money discountTotal() const;
    [[nodiscard]] int itemCount() const;

    /// Adds one pack; a product already in the cart gets one more on its line. Returns the line.
    [[nodiscard]] Result<qsizetype> addOne(const Product& product);
    /// Binds one box's traceability code: to the product's box line that is still waiting for a
    /// code, else one more box on its line (or a new line). Refuses a code already in the cart.
    [[nodiscard]] Result<qsizetype> addTracedBox(const Product& product, const QString& code);
    /// A parked line back into the cart (取单), as a line of its own: `quantity` of `unit` at the
    /// product's price today for that unit, with the boxes' codes it held. Refuses a code already
    /// in the cart or named twice, more codes than boxes, a split line with more than one box's
    /// code (INV-TRACE), a quantity out of range, a unit the product is not split by.
    [[nodiscard]] Result<qsizetype> restoreLine(const Product& product, SaleUnit unit, int quantity,
                                                const QStringList& traceCodes);
    /// The line holding `code`, or -1.
    [[nodiscard]] qsizetype lineOfTraceCode(const QString& code) const;
    [[nodiscard]] Status setQuantity(qsizetype line, int quantity);
    [[nodiscard]] Status remove(qsizetype line);
    /// Sells the line by another unit (拆零), at the product's price for that unit.
    [[nodiscard]] Status setUnit(qsizetype line, SaleUnit unit);
    /// The line's unit sold at `price` instead of its shelf price, for `why` (the checks are the
    /// workflow's: checkPriceOverride). A price equal to the shelf price undoes the change.
    [[nodiscard]] Status overridePrice(qsizetype line, Money price, PriceOverride why);
    /// Pieces of `productId` in the whole cart.
    [[nodiscard]] qint64 piecesOf(qint64 productId) const;
    /// What the cart sells, independent of line order and of which boxes' codes are bound: each
    /// product with its unit and quantity. Two carts with the same key sell the same items and
    /// quantities (RX-MATCH, §三(五): items and quantities equal before cashiering and card swipe).
    [[nodiscard]] QString contentKey() const;
    /// Lines whose product is prescription-only (RX-ONLY), by index.
    [[nodiscard]] QList<qsizetype> prescriptionOnlyLines() const;
    void clear() { m_lines.clear(); }
    /// A cart of only the lines at `indexes` (in cart order; out-of-range indexes are ignored):
    /// the self-pay rest of an insured sale (SETTLE-LIST-ONLY).
    [[nodiscard]] Cart keepOnly(const QList<int>& indexes) const;

private:
    QList<SaleLine> m_lines;
};

enum class PaymentMethod
{
    Cash = 1,  ///< paid at the counter by its tenders: cash, wallet, bank card (Payment::tenders)
    Insurance, ///< an insured settlement (the split is the settlement's: fund, account, cash)
};

struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    /// Everything handed over: the tenders' amounts plus the change (tendered − change = total).
    Money tendered;
    Money change; ///< given back in cash
    /// How the total was paid, in the order taken: wallet and card tenders, 抹零, the cash kept.
    /// Empty on a sale recorded before tenders were (read back as one tender of its method).
    QList<Tender> tenders = {};

    /// The tenders, or one tender of the method for a sale recorded without them.
    [[nodiscard]] QList<Tender> tendersOr(Money total) const
    {
        if (!tenders.isEmpty())
            return tenders;
        return {
            Tender{method == PaymentMethod::Insurance ? TenderKind::Insurance : TenderKind::Cash,
                   total, QString()}};
    }
    /// What `kind` paid (0 when it did not).
    [[nodiscard]] Money paidBy(TenderKind kind) const
    {
        Money m;
        for (const Tender& t : tenders) {
            if (t.kind == kind)
                m += t.amount;
        }
        return m;
    }
};

/// A finished sale as it is recorded and printed.
struct CompletedSale
{
    qint64 id = 0;  ///< storage key, set when recorded
    QString saleNo; ///< e.g. S20261123-0001, set when recorded
    QDateTime time;
    QString terminal;
    QString operatorName;
    QList<SaleLine> lines;
    Money total;
    Payment payment;
    QString buyerIdNumber; ///< CTRL-EPHEDRINE: the registered buyer's ID number; personal data
    /// The prescription this sale dispensed (RX-ONLY), approved by the pharmacist for exactly
    /// these lines; empty for a sale without one. Recorded with the sale, which also uses the
    /// number up (RX-SINGLE: a prescription is dispensed once).
    QString rxNo;
    /// Set when that prescription came from the platform's e-prescription centre (its hi_rxno):
    /// the sale-out record 7207 goes to the platform with the sale, and a return cancels it
    /// (7208). Empty for a paper prescription and for a sale without one. Not stored: the queued
    /// 7207 is the record of it.
    QString platformRxNo;
};

} // namespace pos
