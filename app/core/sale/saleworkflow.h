#pragma once

#include "app/core/codes/coderecognition.h"
#include "app/core/notice.h"
#include "app/core/ports/tracecoderegistry.h"
#include "app/core/receiptformatter.h"
#include "app/core/result.h"
#include "app/core/sale.h"
#include "app/core/scan.h"
#include "app/core/staff/staff.h"

#include <QObject>

#include <functional>
#include <optional>

namespace pos {

class AccessControl;
class InventoryRepository;
class Clock;
class ProductCatalog;
class ReceiptPrinter;
class SaleRepository;

/// What paying produced: the recorded sale and whether its receipt came out.
struct PaymentOutcome
{
    CompletedSale sale;
    bool receiptPrinted = false;
    QString printProblem; ///< why not, when not printed
    QString receiptPath;  ///< where a rendering printer put it
};

/// The cash sale at the counter: scan → cart → pay → record → receipt.
///
/// Every action is a method returning a Result, whichever caller it comes from (a widget, a
/// run-script scenario, a device signal), and every outcome is also announced through notice() so
/// a screen can show it. The cart is never changed by a refused action, and a recorded sale is
/// never lost because a later step (printing) failed.
/// Thread: lives on the GUI/main thread; the ports it calls are used from that thread.
class SaleWorkflow : public QObject
{
    Q_OBJECT
public:
    SaleWorkflow(const ProductCatalog& catalog, SaleRepository& sales, ReceiptPrinter& printer,
                 const Clock& clock, AccessControl& access, StoreProfile store,
                 QObject* parent = nullptr);

    [[nodiscard]] const Cart& cart() const { return m_cart; }
    [[nodiscard]] const std::optional<CompletedSale>& lastSale() const { return m_lastSale; }
    /// With a ledger, the cart never holds more than the sellable stock (INV-AVAIL). The ledger
    /// itself refuses a sale it cannot cover whatever the cart says.
    void setStockLevels(const InventoryRepository* inventory) { m_stock = inventory; }
    /// INV-TRACE at the counter: which box a 20-digit code is, whether it was sold before, and what
    /// to do with a code the store never received. Without a registry, trace codes are refused.
    void setTraceCodes(TraceCodeRegistry* registry, UnreceivedTracePolicy policy)
    {
        m_trace = registry;
        m_unreceivedPolicy = policy;
    }
    /// Every scan is journalled here (device, timing, outcome, reason) when set.
    void setScanJournal(ScanJournal* journal) { m_journal = journal; }
    /// How payloads are read (GS substitute of wedge scanners, internal code prefixes).
    void setRecognitionOptions(codes::RecognitionOptions options)
    {
        m_codeOptions = std::move(options);
    }
    /// While an installer looks at what the scanner delivers (the diagnostics screen), scans are
    /// journalled as "diagnostic" and never change the cart.
    void setDiagnosticsMode(bool on) { m_diagnostics = on; }
    [[nodiscard]] bool diagnosticsMode() const { return m_diagnostics; }
    /// While another screen takes the scanner's codes (the manager receiving or counting stock), a
    /// scan leaves the cart alone and is only journalled, with the outcome "elsewhere".
    void setScansTakenElsewhere(bool on) { m_elsewhere = on; }

    /// Recognises the scan and acts on it: a product code adds one pack; a traceability code binds
    /// one box (INV-TRACE); a voucher, e-prescription or internal code is handed on through
    /// tokenScanned() (the line is then -1). Anything refused changes nothing and says why.
    Result<qsizetype> scan(const ScanEvent& event);
    /// A code typed or picked by the cashier (or a script), handled exactly like a scan.
    Result<qsizetype> scanCode(const QString& code);
    Status setQuantity(qsizetype line, int quantity);
    Status removeLine(qsizetype line);
    /// Sells a line by the box, strip or piece (拆零).
    Status setUnit(qsizetype line, SaleUnit unit);
    /// Takes cash, records the sale, prints its receipt and starts an empty cart.
    Result<PaymentOutcome> payCash(Money tendered);
    /// Prints the last sale's receipt again, marked 补打.
    Result<PaymentOutcome> reprintLast();
    /// 销售退货 of a whole recorded sale by a store manager: stock back to its batches, the boxes'
    /// traceability codes back in stock (INV-TRACE), 3506 uploads. Returns the return number.
    Result<QString> returnSale(const QString& saleNo, const QString& reason);
    /// Abandons the sale in progress (nothing was recorded yet).
    Status voidSale();

    /// CTRL-EPHEDRINE: true while the cart holds compound preparations containing ephedrine and no
    /// buyer's ID number has been registered for this sale (payment would be refused).
    [[nodiscard]] bool needsBuyerId() const;
    /// CTRL-EPHEDRINE: the buyer's ID card number for this sale, checked at payment together with
    /// the 2-package limit (rx::checkEphedrine); cleared when the sale ends. Personal data.
    Status registerEphedrineBuyer(const QString& idNumber);

public Q_SLOTS:
    /// Connected to the Scanner port.
    void onScanned(const pos::ScanEvent& event);

Q_SIGNALS:
    void cartChanged();
    /// The line a scan just added to or created, so a screen can show it.
    void lineTouched(qsizetype line);
    void notice(const pos::Notice& notice);
    /// A scan that changed nothing, and why (emitted as well as notice()).
    void scanRejected(const pos::Error& error);
    void saleCompleted(const pos::PaymentOutcome& outcome);
    /// A code that is not for the cart: 医保电子凭证, e-prescription, or one PharmaPOS printed
    /// (e.g. the one-time code of a prescription print, scanned back to confirm it).
    void tokenScanned(const pos::codes::Recognition& recognition);
    /// Every scan as it arrived and what the recogniser read in it, before the workflow acts on
    /// it (the scan diagnostics screen shows these).
    void scanRecognised(const pos::ScanEvent& event, const pos::codes::Recognition& recognition);

private:
    Result<qsizetype> handle(const codes::Recognition& r);
    /// One box of `product` into the cart (a scan that named it), announced.
    Result<qsizetype> addProduct(const Product& product);
    Result<qsizetype> addTraceCode(const codes::Recognition& r);
    Result<qsizetype> refuseScan(const Error& e);
    /// PRICE-CEILING, then `add`, then INV-AVAIL (undone when the stock cannot cover it).
    Result<qsizetype> addToCart(const Product& product,
                                const std::function<Result<qsizetype>(Cart&)>& add);
    Status checkTraceComplete();
    void announce(Notice::Level level, const QString& text);
    void announce(const Error& error);
    void printReceipt(PaymentOutcome& outcome, bool reprint);
    /// STAFF-ROLES: the acting user may do `p`; announces the refusal otherwise.
    Status allowed(Permission p, const QString& target = {});
    /// INV-AVAIL for `product` with the cart as it now is.
    Status checkAvailable(const Product& product);
    /// Applies `change` to the cart; undoes it when the stock cannot cover the result.
    Status changeCart(qsizetype line, const std::function<Status(Cart&)>& change);

    const ProductCatalog& m_catalog;
    SaleRepository& m_sales;
    ReceiptPrinter& m_printer;
    const Clock& m_clock;
    AccessControl& m_access;
    ReceiptFormatter m_formatter;
    StoreProfile m_store;
    Cart m_cart;
    std::optional<CompletedSale> m_lastSale;
    QString m_ephedrineBuyerId;
    const InventoryRepository* m_stock = nullptr;
    TraceCodeRegistry* m_trace = nullptr;
    UnreceivedTracePolicy m_unreceivedPolicy = UnreceivedTracePolicy::Warn;
    ScanJournal* m_journal = nullptr;
    bool m_diagnostics = false;
    bool m_elsewhere = false;
    codes::RecognitionOptions m_codeOptions;
    /// The product line the last product-code scan touched: a trace code scanned next whose
    /// prefix is not known yet belongs to it ("the product scanned before it").
    qint64 m_lastScannedProductId = 0;
    /// What the last scan did, for the journal.
    QString m_scanOutcome;
    QString m_scanWarning;
};

} // namespace pos

Q_DECLARE_METATYPE(pos::PaymentOutcome)
