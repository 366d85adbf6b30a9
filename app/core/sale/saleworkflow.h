#pragma once

#include "app/core/codes/coderecognition.h"
#include "app/core/notice.h"
#include "app/core/payment/tender.h"
#include "app/core/ports/parkedcartstore.h"
#include "app/core/ports/tracecoderegistry.h"
#include "app/core/receiptformatter.h"
#include "app/core/result.h"
#include "app/core/sale.h"
#include "app/core/sale/priceoverride.h"
#include "app/core/sale/salecontext.h"
#include "app/core/sale/salestate.h"
#include "app/core/sale/scanrouter.h"
#include "app/core/scan.h"
#include "app/core/staff/staff.h"

#include <QObject>

#include <functional>
#include <optional>

namespace pos {

class AccessControl;
class Clock;
class ProductCatalog;
class ReceiptPrinter;
class RxSettlementGate;
class SaleRecorder;
class SaleRepository;
class StockLevels;
class WalletPayments;

/// What paying produced: the recorded sale and what became of its receipt.
struct PaymentOutcome
{
    CompletedSale sale;
    bool receiptPrinted = false;
    /// The printer has not answered yet (a real printer on its own thread): receiptOutcome()
    /// follows. False for a printer that answered at once.
    bool receiptPending = false;
    QString printProblem; ///< why not printed, when not
    QString receiptPath;  ///< where a rendering printer put it
};

/// The sale at the counter as one explicit state machine (SaleState, saleNext()): scan → cart →
/// (prescription) → payment → receipt, one customer at a time.
///
/// The sale in progress is one value (ticket, state, cart, the ephedrine buyer, the product
/// scanned last): when it ends — paid, voided, or the cashier logs out — it is replaced by a new
/// one, so nothing of it reaches the next customer. Its prescription gate is told the sale ended
/// (the gate returns to 未关联处方) and a pharmacist who stepped in for it steps out again, unless
/// they chose to stay.
///
/// While the gate has passed the prescription rules the cart is the prescription: a change to its
/// items or quantities is refused (RX-MATCH) until the prescription is cancelled. A
/// prescription-only product is paid for only when the sale's prescription was approved by the
/// on-duty pharmacist for exactly this cart (RX-ONLY).
///
/// Every action is a method returning a value, whichever caller it comes from (a widget, a
/// run-script scenario, a device signal); every outcome is also announced through notice(). A
/// refused action changes nothing, and a recorded sale is never lost because printing failed.
/// Thread: GUI/main thread; the ports it calls are used from that thread.
class SaleWorkflow : public QObject, public SaleContext
{
    Q_OBJECT
public:
    SaleWorkflow(const ProductCatalog& catalog, SaleRecorder& recorder, SaleRepository& sales,
                 ReceiptPrinter& printer, const Clock& clock, AccessControl& access,
                 StoreProfile store, QObject* parent = nullptr);

    // SaleContext: the sale in progress.
    [[nodiscard]] quint64 saleTicket() const override { return m_sale.ticket; }
    [[nodiscard]] SaleState saleState() const override { return m_sale.state; }
    [[nodiscard]] const Cart& cart() const override { return m_sale.cart; }

    [[nodiscard]] const std::optional<CompletedSale>& lastSale() const { return m_lastSale; }
    /// The counter's prescription gate (not owned). Bound to this workflow's sales: it is told
    /// whenever a sale ends, freezes the cart once the rules passed, and decides RX-ONLY.
    void setPrescriptionGate(RxSettlementGate* gate);
    /// With a ledger, the cart never holds more than the sellable stock (INV-AVAIL). The ledger
    /// itself refuses a sale it cannot cover whatever the cart says.
    void setStockLevels(const StockLevels* stock) { m_stock = stock; }
    /// INV-TRACE at the counter: which box a 20-digit code is, whether it was sold before, and what
    /// to do with a code the store never received. Without a registry, trace codes are refused.
    void setTraceCodes(TraceCodeRegistry* registry, UnreceivedTracePolicy policy)
    {
        m_trace = registry;
        m_unreceivedPolicy = policy;
    }
    /// Where carts are parked (挂单); without it parking is refused.
    void setParkedCarts(ParkedCartStore* store) { m_parked = store; }
    /// Every scan is journalled here (device, timing, outcome, reason) when set.
    void setScanJournal(ScanJournal* journal) { m_journal = journal; }
    /// How payloads are read (GS substitute of wedge scanners, internal code prefixes).
    void setRecognitionOptions(codes::RecognitionOptions options)
    {
        m_codeOptions = std::move(options);
    }
    /// Who the scans are for: the sale, the diagnostics screen (journalled as "diagnostic", the
    /// cart untouched) or another screen such as receiving (journalled as "elsewhere").
    void setScanMode(ScanMode mode) { m_scanMode = mode; }
    [[nodiscard]] ScanMode scanMode() const { return m_scanMode; }

    /// Recognises the scan and acts on it: a product code adds one pack; a traceability code binds
    /// one box (INV-TRACE); a voucher, e-prescription or internal code is handed on through
    /// tokenScanned(). Anything refused changes nothing and says why. Returns what it did.
    ScanOutcome scan(const ScanEvent& event);
    /// A code typed or picked by the cashier (or a script), handled exactly like a scan; the line
    /// it touched (-1 for a token) or why not.
    Result<qsizetype> scanCode(const QString& code);
    Status setQuantity(qsizetype line, int quantity);
    Status removeLine(qsizetype line);
    /// Sells a line by the box, strip or piece (拆零).
    Status setUnit(qsizetype line, SaleUnit unit);
    /// 改价 (PRICE-OVERRIDE): `line`'s unit sold at `unitPrice` instead of its shelf price, for
    /// `reason` (printed on the receipt's line). A user holding OverridePrice (a manager, at the
    /// counter by F2) may set any price the checks allow; anyone else may take off at most the
    /// store's cashier limit and never raise one. PRICE-CEILING holds for the new price; the shelf
    /// price undoes the change. Only while the cart can change (not once payment began). Audited
    /// (price_overridden: product, old and new price, reason, who allowed it) before the cart
    /// takes it; a refusal by the limit or the ceiling is audited too.
    Status overridePrice(qsizetype line, Money unitPrice, const QString& reason);
    /// 折扣: `percent` (1–99) off `line`'s shelf price (rounded to the fen), as overridePrice().
    Status discountLine(qsizetype line, int percent, const QString& reason);
    /// 整单折扣: `percent` off every line's shelf price, all lines or none, one audit entry.
    Status discountSale(int percent, const QString& reason);
    /// What a user without OverridePrice may take off (store policy: `[payment]
    /// cashier_discount_percent`; 0 by default — every price change needs a manager).
    void setPriceOverridePolicy(PriceOverridePolicy policy) { m_priceOverride = policy; }
    [[nodiscard]] const PriceOverridePolicy& priceOverridePolicy() const { return m_priceOverride; }
    /// 抹零: what the cash rest of a bill is rounded down to (store policy; None by default).
    void setCashRounding(CashRounding policy) { m_rounding = policy; }
    [[nodiscard]] CashRounding cashRounding() const { return m_rounding; }
    /// Where wallet payments (微信/支付宝 付款码) go; without it they are refused.
    void setWalletPayments(WalletPayments* wallets) { m_wallets = wallets; }

    /// What is still to pay: the cart's total less the tenders this sale took (wallet, card).
    [[nodiscard]] Money amountDue() const;
    /// What the cash rest is asked as after 抹零 (roundedCashDue of amountDue()).
    [[nodiscard]] Money cashDue() const;
    /// The tenders this sale took so far (wallet, bank card), in order; they end with the sale.
    [[nodiscard]] const QList<Tender>& tendersTaken() const { return m_sale.tenders; }
    /// A wallet charge for this sale is out and not answered yet.
    [[nodiscard]] bool walletPending() const { return m_sale.walletPending; }

    /// Takes cash for the rest of the bill (after 抹零, recorded as its own tender), records the
    /// sale with every tender, prints its receipt and starts the next sale. `tendered` must cover
    /// cashDue(); the change comes out of it.
    Result<PaymentOutcome> payCash(Money tendered);
    /// A payment made on the bank-card terminal beside the till, recorded by its 参考号
    /// (`reference`, 6–12 digits, printed on the terminal's slip). `amount` at most amountDue();
    /// zero means all of it. Payment begins with the first tender (the cart is then the bill);
    /// when nothing is left to pay the sale is recorded and the outcome returned.
    Result<std::optional<PaymentOutcome>> payByCard(Money amount, const QString& reference);
    /// Charges the customer's 付款码 (WeChat Pay or Alipay, read from the code) for `amount` (at
    /// most amountDue(); zero means all of it) through WalletPayments. Refusals come back at once;
    /// the outcome comes later: tendersChanged() and a notice, and — when it paid the rest —
    /// saleCompleted(). A code that pays nothing leaves the sale as it was.
    Status payByWallet(const QString& authCode, Money amount = {});
    /// Gives the tenders taken back and returns to before payment, the cart as it was: a wallet
    /// tender is reversed (撤销) through the provider, a card tender is named so the cashier voids
    /// it on the terminal. Refused while a wallet charge is out.
    Status cancelPayment();
    /// Insured settlement (SETTLE-*): every check payCash() makes; then the sale begins payment —
    /// the cart is the bill and cannot change — and its draft (lines, prescription, terminal,
    /// operator) is returned for SettlementService::begin(). Refusals are announced.
    Result<CompletedSale> beginInsuredPayment();
    /// The insured settlement ended before anything was settled (cancelled, refused, 人证不符,
    /// reversed): back to where payment began, the cart as it was.
    void insuredPaymentStopped(const QString& why);
    /// The insured settlement recorded `insured` (the listed lines). With `selfPayLines` (cart
    /// indexes SETTLE-LIST-ONLY left out) the settled lines leave the cart and the rest waits for
    /// cash, sold without the prescription (settled once, RX-SINGLE); else the sale ends Paid.
    void insuredPaymentRecorded(const CompletedSale& insured, const QList<int>& selfPayLines);
    /// Prints the last sale's receipt again, marked 补打.
    Result<PaymentOutcome> reprintLast();
    /// Prints any recorded sale's receipt again (查单), marked 【补打】, with its tenders as paid;
    /// the reprint is recorded against the sale. Needs the permission to reprint.
    Result<PaymentOutcome> reprint(const QString& saleNo);
    /// Abandons the sale in progress (nothing was recorded) and starts the next.
    Status voidSale();

    /// 挂单: keeps the cart apart at this till with `note` (trimmed, at most
    /// ParkedCart::kMaxNote characters) and starts the next sale. Only an open sale with items and
    /// without a prescription (a prescription's cart is the one its pharmacist reviewed, RX-MATCH)
    /// nor an insured part already settled (SETTLE-LIST-ONLY) is parked. An ephedrine buyer's ID
    /// number is not kept: it is asked again at payment. Audited (sale_parked).
    Result<ParkedCart> parkSale(const QString& note);
    /// 取单: the parked cart `parkNo` of this till becomes the cart of the sale in progress, which
    /// must be empty. Every line passes today's checks as a scan would: the product still sold
    /// (PRICE-CEILING), at today's price; each box's code not sold since (INV-TRACE: a sold one
    /// is taken off its line, to be scanned again); the stock covers the whole cart (INV-AVAIL:
    /// else the recall is refused and the cart stays parked). Returns what changed (a price, a
    /// code, a line that could not come back), also announced. Audited (sale_recalled).
    Result<QStringList> recallSale(const QString& parkNo);
    /// The carts parked at this till, oldest first (unreadable ones named).
    [[nodiscard]] Result<QList<ParkedCartStore::Entry>> parkedCarts();
    /// Throws a parked cart away (the customer did not come back): needs the permission to void a
    /// sale; audited (parked_sale_discarded) with what it held.
    Status discardParked(const QString& parkNo);

    /// CTRL-EPHEDRINE: true while the cart holds compound preparations containing ephedrine and no
    /// buyer's ID number has been registered for this sale (payment would be refused).
    [[nodiscard]] bool needsBuyerId() const;
    /// CTRL-EPHEDRINE: the buyer's ID card number for this sale, checked at payment together with
    /// the 2-package limit (rx::checkEphedrine); it ends with the sale. Personal data.
    Status registerEphedrineBuyer(const QString& idNumber);

public Q_SLOTS:
    /// Connected to the Scanner port.
    void onScanned(const pos::ScanEvent& event);

Q_SIGNALS:
    void cartChanged();
    /// The sale moved (SaleState); also emitted with Open when the next sale starts.
    void saleStateChanged(pos::SaleState state);
    /// The line a scan just added to or created, so a screen can show it.
    void lineTouched(qsizetype line);
    void notice(const pos::Notice& notice);
    /// A scan that changed nothing, and why (emitted as well as notice()).
    void scanRejected(const pos::Error& error);
    void saleCompleted(const pos::PaymentOutcome& outcome);
    /// A tender was taken or given back (amountDue() moved), or a wallet charge went out or
    /// answered (walletPending()).
    void tendersChanged();
    /// The printer's answer for a receipt that was pending (PaymentOutcome::receiptPending).
    void receiptOutcome(const pos::PaymentOutcome& outcome);
    /// A code that is not for the cart: 医保电子凭证, e-prescription, or one PharmaPOS printed
    /// (e.g. the one-time code of a prescription print, scanned back to confirm it).
    void tokenScanned(const pos::codes::Recognition& recognition);
    /// Every scan as it arrived and what the recogniser read in it, before the workflow acts on
    /// it (the scan diagnostics screen shows these).
    void scanRecognised(const pos::ScanEvent& event, const pos::codes::Recognition& recognition);

private:
    /// The sale in progress: everything that belongs to one customer's sale and ends with it.
    struct SaleInProgress
    {
        quint64 ticket = 0;
        SaleState state = SaleState::Open;
        SaleState resume = SaleState::Open; ///< where a failed payment returns to
        Cart cart;
        QString ephedrineBuyerId;
        /// The product line the last product-code scan touched: a trace code scanned next whose
        /// prefix is not known yet belongs to it ("the product scanned before it").
        qint64 lastScannedProductId = 0;
        /// The insured part of this customer's purchase, recorded (SETTLE-LIST-ONLY): the cart
        /// holds the self-pay rest.
        QString insuredSaleNo;
        /// Payment begun at the counter (the first tender): the bill as checked then.
        std::optional<CompletedSale> bill;
        QList<Tender> tenders; ///< wallet and card tenders taken, in order
        bool walletPending = false;
    };

    /// The checks before any payment and the bill they pass (not yet begun).
    Result<CompletedSale> billForPayment(PaymentMethod method);
    /// Payment at the counter begins (if it has not): the checks, then the cart is the bill.
    Status beginTendering();
    /// Records the sale with the tenders taken, `rounding` (抹零) and the cash kept out of
    /// `cashHanded`; on success the sale ends Paid and is printed.
    Result<PaymentOutcome> recordTendered(Money cashHanded, Money cashKept, Money rounding);
    /// A tender of `kind` for `amount` (zero: all that is due) begins: the checks before payment
    /// when it has not begun, the amount within what is due; the amount taken.
    Result<Money> beginTender(Money amount, TenderKind kind);
    /// Back to before payment when no tender is held (the bill is dropped).
    void dropBill(const QString& why);
    /// WalletPayments answered the charge made for sale `ticket`.
    void walletAnswered(quint64 ticket, const QString& actor, Result<Tender> r);
    ScanOutcome route(const codes::Recognition& r);
    /// One box of `product` into the cart (a scan that named it), announced.
    ScanOutcome addProduct(const Product& product);
    ScanOutcome addTraceCode(const codes::Recognition& r);
    ScanOutcome refuseScan(const Error& e);
    /// PRICE-CEILING, then `add` on a copy of the cart, then the checks any cart change passes
    /// (acceptCart); the cart changes only when all pass.
    Result<qsizetype> addToCart(const Product& product,
                                const std::function<Result<qsizetype>(Cart&)>& add);
    /// Whether `proposed` may replace the cart: the sale allows editing, the gate's frozen
    /// prescription content is kept (RX-MATCH), the stock covers `product` (INV-AVAIL).
    Status acceptCart(const Cart& proposed, const Product* product);
    /// Applies `change` to a copy of the cart; the cart takes it only when acceptCart() agrees.
    Status changeCart(qsizetype line, const std::function<Status(Cart&)>& change);
    Status checkTraceComplete();
    /// RX-ONLY / RX-REVIEW at payment: prescription-only lines need this sale's approved
    /// prescription, and a sale linked to a prescription is paid only once it is approved.
    Status checkPrescriptionAtPayment();
    /// Moves the sale by `event` (saleNext); an illegal event is refused (WrongState), audited.
    Status apply(SaleEvent event, const QString& detail = {});
    /// Ends the sale in progress (Paid or Voided already set) and starts the next one: the gate
    /// lets go of it, a pharmacist who stepped in for it steps out.
    void finishSale(const QString& why);
    /// The gate moved: a prescription was linked to or let go of this sale.
    void onGateStateChanged();
    /// The session is about to end (logout): the sale in progress is voided, audited.
    void onLoggingOut();
    void announce(Notice::Level level, const QString& text);
    void announce(const Error& error);
    void printReceipt(PaymentOutcome& outcome, bool reprint);
    /// A 拆零 bag label for each line sold out of its box (by the strip or piece).
    void printBagLabels(const CompletedSale& sale);
    /// Prints `sale`'s receipt again, marked 【补打】, and says so.
    Result<PaymentOutcome> reprintSale(const CompletedSale& sale);
    /// A discount percentage is 1–99; announces the refusal otherwise.
    Status checkPercent(int percent);
    /// The price changes of overridePrice/discountLine/discountSale: every line's new unit price
    /// checked, the cart changed all at once, audited under `target`.
    Status overridePrices(const QList<QPair<qsizetype, Money>>& prices, const QString& reason,
                          const QString& target);
    /// STAFF-ROLES: the acting user may do `p`; announces the refusal otherwise.
    Status allowed(Permission p, const QString& target = {});
    /// The cart of `parked` rebuilt under today's rules (see recallSale); `changes` says what
    /// differs from what was parked.
    Result<Cart> rebuildParked(const ParkedCart& parked, QStringList& changes) const;
    /// INV-AVAIL for `product` in `cart`.
    Status checkAvailable(const Cart& cart, const Product& product) const;

    const ProductCatalog& m_catalog;
    SaleRecorder& m_recorder;
    SaleRepository& m_sales;
    ReceiptPrinter& m_printer;
    const Clock& m_clock;
    AccessControl& m_access;
    ReceiptFormatter m_formatter;
    StoreProfile m_store;
    quint64 m_lastTicket = 0;
    SaleInProgress m_sale;
    std::optional<CompletedSale> m_lastSale;
    RxSettlementGate* m_gate = nullptr;
    const StockLevels* m_stock = nullptr;
    TraceCodeRegistry* m_trace = nullptr;
    UnreceivedTracePolicy m_unreceivedPolicy = UnreceivedTracePolicy::Warn;
    ScanJournal* m_journal = nullptr;
    ParkedCartStore* m_parked = nullptr;
    WalletPayments* m_wallets = nullptr;
    CashRounding m_rounding = CashRounding::None;
    PriceOverridePolicy m_priceOverride;
    ScanMode m_scanMode = ScanMode::Sale;
    codes::RecognitionOptions m_codeOptions;
};

} // namespace pos

Q_DECLARE_METATYPE(pos::PaymentOutcome)
