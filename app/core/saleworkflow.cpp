#include "app/core/saleworkflow.h"

#include "app/core/inventory/pricing.h"
#include "app/core/logging.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/ports/salerepository.h"
#include "app/core/rx/rxrules.h"
#include "app/core/staff/session.h"

namespace pos {

SaleWorkflow::SaleWorkflow(const ProductCatalog& catalog, SaleRepository& sales,
                           ReceiptPrinter& printer, const Clock& clock, AccessControl& access,
                           StoreProfile store, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_sales(sales)
    , m_printer(printer)
    , m_clock(clock)
    , m_access(access)
    , m_formatter(store)
    , m_store(std::move(store))
{
}

Status SaleWorkflow::checkAvailable(const Product& product)
{
    if (!m_stock)
        return {};
    const qint64 wanted = m_cart.piecesOf(product.id);
    const qint64 sellable = m_stock->sellablePieces(product.id, m_clock.now().date());
    if (wanted <= sellable)
        return {};
    return makeError(ErrorCode::RuleViolation,
                     tr("%1 库存不足：购物车需要 %2，可售 %3（最小单位，已排除过期和待验批次）")
                         .arg(product.displayName())
                         .arg(wanted)
                         .arg(sellable),
                     QStringLiteral("INV-AVAIL"));
}

Status SaleWorkflow::changeCart(qsizetype line, const std::function<Status(Cart&)>& change)
{
    const Cart before = m_cart;
    Status s = change(m_cart);
    if (s && line >= 0 && line < m_cart.size())
        s = checkAvailable(m_cart.lines().at(line).product);
    if (!s) {
        m_cart = before;
        announce(s.error());
        return s;
    }
    Q_EMIT cartChanged();
    return s;
}

Status SaleWorkflow::setUnit(qsizetype line, SaleUnit unit)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a;
    Status s = changeCart(line, [&](Cart& c) { return c.setUnit(line, unit); });
    if (s) {
        const SaleLine& l = m_cart.lines().at(line);
        announce(Notice::Level::Info, tr("%1 改为按%2销售，单价 %3")
                                          .arg(l.product.displayName(), l.unitName(), l.unitPrice.display()));
    }
    return s;
}

Status SaleWorkflow::allowed(Permission p, const QString& target)
{
    Status s = m_access.require(p, target);
    if (!s)
        announce(s.error());
    return s;
}

void SaleWorkflow::onScanned(const ScanEvent& event)
{
    (void)scan(event); // the outcome is announced through notice()
}

Result<qsizetype> SaleWorkflow::scan(const ScanEvent& event)
{
    return addByCode(event.text());
}

Result<qsizetype> SaleWorkflow::scanCode(const QString& code)
{
    return addByCode(code.trimmed());
}

Result<qsizetype> SaleWorkflow::addByCode(const QString& code)
{
    if (Status s = allowed(Permission::Sell, code); !s) {
        Q_EMIT scanRejected(s.error()); // the cart is kept as it is
        return s.error();
    }
    if (code.isEmpty()) {
        Error e = makeError(ErrorCode::InvalidInput, tr("扫描内容为空，请重新扫描"));
        announce(e);
        Q_EMIT scanRejected(e);
        return e;
    }
    const std::optional<Product> product = m_catalog.findByCode(code);
    if (!product) {
        Error e = makeError(ErrorCode::NotFound,
                            tr("未找到条码 %1 对应的商品，购物车未改变").arg(code));
        announce(e);
        Q_EMIT scanRejected(e);
        return e;
    }
    // PRICE-CEILING: a product whose price breaks a hard ceiling is not sold (a master record
    // written before a ceiling was lowered must not reach a receipt).
    if (Result<QStringList> price = checkPriceCeiling(*product); !price) {
        announce(price.error());
        Q_EMIT scanRejected(price.error());
        return price.error();
    }
    const Cart before = m_cart;
    Result<qsizetype> line = m_cart.addOne(*product);
    if (line) {
        if (Status avail = checkAvailable(*product); !avail) {
            m_cart = before;
            line = avail.error();
        }
    }
    if (!line) {
        announce(line.error());
        Q_EMIT scanRejected(line.error());
        return line;
    }
    qCDebug(lcSale) << "added product" << product->id << "line" << *line;
    Q_EMIT cartChanged();
    Q_EMIT lineTouched(*line);
    const SaleLine& l = m_cart.lines().at(*line);
    announce(Notice::Level::Info, tr("%1 %2 ×%3  %4")
                                      .arg(l.product.displayName(), l.product.spec)
                                      .arg(l.quantity)
                                      .arg(l.amount().display()));
    return line;
}

Status SaleWorkflow::setQuantity(qsizetype line, int quantity)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a;
    return changeCart(line, [&](Cart& c) { return c.setQuantity(line, quantity); });
}

Status SaleWorkflow::removeLine(qsizetype line)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a;
    if (line >= 0 && line < m_cart.size()) {
        const QString name = m_cart.lines().at(line).product.displayName();
        Status s = m_cart.remove(line);
        Q_ASSERT(s.ok());
        Q_EMIT cartChanged();
        announce(Notice::Level::Info, tr("已删除：%1").arg(name));
        return s;
    }
    Status s = m_cart.remove(line);
    announce(s.error());
    return s;
}

Status SaleWorkflow::voidSale()
{
    if (m_cart.isEmpty())
        return {};
    if (Status a = allowed(Permission::VoidSale); !a)
        return a;
    m_cart.clear();
    m_ephedrineBuyerId.clear();
    Q_EMIT cartChanged();
    announce(Notice::Level::Warning, tr("本单已作废，未记录任何销售"));
    return {};
}

Result<PaymentOutcome> SaleWorkflow::payCash(Money tendered)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a.error();
    if (m_cart.isEmpty()) {
        Error e = makeError(ErrorCode::WrongState, tr("购物车为空，无需收款"));
        announce(e);
        return e;
    }
    const Money total = m_cart.total();
    if (tendered < total) {
        Error e = makeError(ErrorCode::InvalidInput, tr("实收 %1 少于应收 %2")
                                                         .arg(tendered.display(), total.display()));
        announce(e);
        return e;
    }

    if (Status e = rx::checkEphedrine(m_cart, m_ephedrineBuyerId); !e) {
        announce(e.error());
        return e.error();
    }

    CompletedSale sale;
    sale.time = m_clock.now();
    sale.terminal = m_store.terminalId;
    sale.operatorName = m_access.session().actingUser()->displayName;
    sale.lines = m_cart.lines();
    sale.total = total;
    sale.payment = Payment{PaymentMethod::Cash, tendered, tendered - total};
    if (rx::ephedrinePacks(m_cart) > 0)
        sale.buyerIdNumber = m_ephedrineBuyerId.trimmed();

    Result<CompletedSale> recorded = m_sales.record(sale);
    if (!recorded) {
        // Nothing recorded: the cart stays as it was so the cashier can try again.
        Error e = makeError(ErrorCode::StorageFailure,
                            tr("销售未能保存，购物车保留，请重试：%1").arg(recorded.error().message));
        announce(e);
        return e;
    }

    PaymentOutcome outcome;
    outcome.sale = std::move(recorded).value();
    m_lastSale = outcome.sale;
    m_cart.clear();
    m_ephedrineBuyerId.clear();
    Q_EMIT cartChanged();
    qCInfo(lcSale) << "sale recorded" << outcome.sale.saleNo << "total fen" << total.fen();

    printReceipt(outcome, false);
    if (outcome.receiptPrinted)
        announce(Notice::Level::Info, tr("收款成功 %1，找零 %2，小票已打印")
                                          .arg(outcome.sale.saleNo,
                                               outcome.sale.payment.change.display()));
    else
        announce(Notice::Level::Warning, tr("收款成功 %1，找零 %2；小票未打印：%3（可补打）")
                                             .arg(outcome.sale.saleNo,
                                                  outcome.sale.payment.change.display(),
                                                  outcome.printProblem));
    Q_EMIT saleCompleted(outcome);
    return outcome;
}

Status SaleWorkflow::registerEphedrineBuyer(const QString& idNumber)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a;
    if (!rx::isValidResidentId(idNumber.trimmed())) {
        Error e = makeError(ErrorCode::InvalidInput,
                            tr("身份证号不正确（应为18位，校验位正确），请重新输入"),
                            QStringLiteral("CTRL-EPHEDRINE"));
        announce(e);
        return e;
    }
    m_ephedrineBuyerId = idNumber.trimmed();
    announce(Notice::Level::Info, tr("已登记购买人身份证号"));
    return {};
}

Result<PaymentOutcome> SaleWorkflow::reprintLast()
{
    if (Status a = allowed(Permission::ReprintReceipt, m_lastSale ? m_lastSale->saleNo : QString()); !a)
        return a.error();
    if (!m_lastSale) {
        Error e = makeError(ErrorCode::NotFound, tr("本班次还没有可补打的销售"));
        announce(e);
        return e;
    }
    PaymentOutcome outcome;
    outcome.sale = *m_lastSale;
    printReceipt(outcome, true);
    if (!outcome.receiptPrinted) {
        Error e = makeError(ErrorCode::DeviceFailure,
                            tr("补打失败：%1").arg(outcome.printProblem));
        announce(e);
        return e;
    }
    announce(Notice::Level::Info, tr("已补打 %1 的小票").arg(outcome.sale.saleNo));
    return outcome;
}

void SaleWorkflow::printReceipt(PaymentOutcome& outcome, bool reprint)
{
    const PrinterStatus before = m_printer.status();
    if (!before.canPrint()) {
        outcome.printProblem = m_printer.deviceName() + u' ' + toDisplayString(before.state);
        return;
    }
    const PrintDocument doc = m_formatter.format(outcome.sale, m_printer.widthColumns(), reprint);
    Result<PrintOutcome> printed = m_printer.print(doc);
    if (!printed) {
        outcome.printProblem = printed.error().message;
        return;
    }
    outcome.receiptPrinted = true;
    outcome.receiptPath = printed->outputPath;
    Status marked = m_sales.markReceiptPrinted(outcome.sale.id, printed->jobId, reprint);
    if (!marked)
        qCWarning(lcSale) << "receipt printed but not marked:" << marked.error().message;
}

void SaleWorkflow::announce(Notice::Level level, const QString& text)
{
    Q_EMIT notice(Notice{level, text});
}

void SaleWorkflow::announce(const Error& error)
{
    // A rule's refusal at the counter is evidence for an inspection: it goes to the audit trail
    // (permission refusals are written by AccessControl itself).
    if (error.code == ErrorCode::RuleViolation && !error.ruleId.isEmpty())
        m_access.recordRuleRefusal(error, m_store.terminalId);
    announce(Notice::Level::Error, error.userText());
}

} // namespace pos
