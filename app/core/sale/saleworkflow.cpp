#include "app/core/saleworkflow.h"

#include "app/core/inventory/pricing.h"
#include "app/core/logging.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/ports/salerepository.h"
#include "app/core/productlookup.h"
#include "app/core/rx/rxrules.h"
#include "app/core/staff/session.h"

#include <QElapsedTimer>

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
        announce(Notice::Level::Info,
                 tr("%1 改为按%2销售，单价 %3")
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
    QElapsedTimer timer;
    timer.start();
    const codes::Recognition r = codes::recognise(event.payload, event.symbologyId, m_codeOptions);
    Q_EMIT scanRecognised(event, r);
    m_scanOutcome.clear();
    m_scanWarning.clear();
    Result<qsizetype> out = qsizetype(-1);
    if (m_diagnostics)
        m_scanOutcome = QStringLiteral("diagnostic");
    else if (m_elsewhere)
        m_scanOutcome = QStringLiteral("elsewhere");
    else
        out = handle(r);
    if (m_journal) {
        ScanJournalEntry e;
        e.at = event.time.isValid() ? event.time : m_clock.now();
        e.source = event.source;
        e.symbology = r.symbologyId;
        e.payload = event.payload;
        e.family = codes::familyId(r.family);
        e.outcome = out ? (m_scanOutcome.isEmpty() ? QStringLiteral("added") : m_scanOutcome)
                        : QStringLiteral("rejected");
        e.reason = out ? m_scanWarning : out.error().userText();
        e.elapsedUs = timer.nsecsElapsed() / 1000;
        if (const User* u = m_access.session().actingUser())
            e.operatorName = u->username;
        m_journal->record(e);
    }
    return out;
}

Result<qsizetype> SaleWorkflow::scanCode(const QString& code)
{
    return scan(
        ScanEvent{code.trimmed().toUtf8(), QString(), QStringLiteral("manual"), m_clock.now()});
}

Result<qsizetype> SaleWorkflow::refuseScan(const Error& e)
{
    announce(e);
    Q_EMIT scanRejected(e); // the cart is kept as it is
    return e;
}

Result<qsizetype> SaleWorkflow::handle(const codes::Recognition& r)
{
    const QString text = QString::fromUtf8(r.raw).trimmed();
    if (Status s = allowed(Permission::Sell, text); !s) {
        Q_EMIT scanRejected(s.error());
        return s.error();
    }
    if (text.isEmpty())
        return refuseScan(makeError(ErrorCode::InvalidInput, tr("扫描内容为空，请重新扫描")));
    using codes::CodeFamily;
    if (r.accepted && !r.warnings.isEmpty())
        m_scanWarning = r.warnings.join(u'；');
    switch (r.family) {
    case CodeFamily::TraceCode:
        if (r.accepted)
            return addTraceCode(r);
        break;
    case CodeFamily::InsuranceVoucher:
    case CodeFamily::EPrescription:
    case CodeFamily::Internal:
        if (r.accepted) {
            m_scanOutcome = QStringLiteral("token");
            Q_EMIT tokenScanned(r);
            return qsizetype(-1);
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
        if (std::optional<Product> p = findProductFor(m_catalog, r))
            return addProduct(*p);
        if (r.family == CodeFamily::Gs1 && !r.gtin.isEmpty())
            return refuseScan(makeError(ErrorCode::NotFound,
                                        tr("未找到 GTIN %1 对应的商品，购物车未改变").arg(r.gtin)));
        break;
    case CodeFamily::Unknown:
    case CodeFamily::MaCode:
    case CodeFamily::InsuranceDrugCode:
        // The store's own product codes ("P00001") and insurance codes are looked up as they are.
        if (std::optional<Product> p = findProductFor(m_catalog, r))
            return addProduct(*p);
        break;
    }
    // A payload whose structure named its family but broke it (a GS1 string with a bad date) is
    // malformed; anything else is a code this store does not know, with what the reader saw.
    if (!r.accepted && r.family != CodeFamily::Unknown)
        return refuseScan(
            makeError(ErrorCode::InvalidInput, tr("无法识别的条码 %1：%2").arg(text, r.reason)));
    if (!r.accepted)
        return refuseScan(
            makeError(ErrorCode::NotFound,
                      tr("未找到条码 %1 对应的商品，购物车未改变（%2）").arg(text, r.reason)));
    return refuseScan(
        makeError(ErrorCode::NotFound, tr("未找到条码 %1 对应的商品，购物车未改变").arg(text)));
}

Result<qsizetype> SaleWorkflow::addTraceCode(const codes::Recognition& r)
{
    // Stored and uploaded exactly as scanned (without a wedge scanner's CR/LF).
    const QString code = r.traceCode;
    const QString rule = QStringLiteral("INV-TRACE");
    if (!m_trace)
        return refuseScan(
            makeError(ErrorCode::Configuration, tr("本机未接入追溯码登记，不能按追溯码销售")));
    const std::optional<TraceCodeRecord> record = m_trace->find(code);
    if (record && !record->saleNo.isEmpty())
        return refuseScan(makeError(
            ErrorCode::RuleViolation,
            tr("追溯码 %1 已于 %2 随销售单 %3 售出：同一盒不能卖两次（疑似串货、假药或换货，请核查实物）")
                .arg(code, record->soldAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     record->saleNo),
            rule));

    // Which product: the box's receiving record, else the code's prefix, else the product
    // scanned just before it (and then the prefix is learned).
    qint64 productId = record ? record->productId : 0;
    bool learn = false;
    if (productId == 0) {
        if (std::optional<qint64> byPrefix = m_trace->productForPrefix(r.tracePrefix))
            productId = *byPrefix;
    }
    if (productId == 0 && m_lastScannedProductId != 0) {
        productId = m_lastScannedProductId;
        learn = true;
    }
    if (productId == 0)
        return refuseScan(makeError(ErrorCode::NotFound,
                                    tr("追溯码 %1 的前 7 位 %2 还不认识：请先扫这盒药的商品条码，"
                                       "再扫追溯码（之后同品种可直接扫追溯码）")
                                        .arg(code, r.tracePrefix)));
    if (!record) {
        if (m_unreceivedPolicy == UnreceivedTracePolicy::Refuse)
            return refuseScan(makeError(
                ErrorCode::RuleViolation,
                tr("追溯码 %1 没有入库验收记录：按本店设置不能销售，请核查这盒药的来源").arg(code),
                rule));
        m_scanWarning = tr("追溯码 %1 没有入库验收记录（按本店设置允许销售并记录）").arg(code);
    }
    const std::optional<Product> product = m_catalog.findById(productId);
    if (!product)
        return refuseScan(makeError(
            ErrorCode::NotFound,
            tr("追溯码 %1 对应的商品（编号 %2）不在商品目录中").arg(code).arg(productId)));
    Result<qsizetype> line =
        addToCart(*product, [&](Cart& c) { return c.addTracedBox(*product, code); });
    if (!line)
        return line;
    if (learn && !r.tracePrefix.isEmpty()) {
        const User* u = m_access.session().actingUser();
        if (Status s = m_trace->learnPrefix(r.tracePrefix, productId, u ? u->username : QString(),
                                            m_clock.now());
            !s)
            qCWarning(lcSale) << "trace prefix not learned:" << s.error().message;
    }
    m_scanOutcome = QStringLiteral("trace_bound");
    Q_EMIT cartChanged();
    Q_EMIT lineTouched(*line);
    const SaleLine& l = m_cart.lines().at(*line);
    if (!m_scanWarning.isEmpty())
        announce(Notice::Level::Warning, m_scanWarning);
    announce(Notice::Level::Info, tr("%1 ×%2  追溯码 %3（%4/%5 盒已扫码）")
                                      .arg(l.product.displayName())
                                      .arg(l.quantity)
                                      .arg(code)
                                      .arg(l.traceCodes.size())
                                      .arg(l.quantity));
    return line;
}

Result<qsizetype> SaleWorkflow::addToCart(const Product& product,
                                          const std::function<Result<qsizetype>(Cart&)>& add)
{
    // PRICE-CEILING: a product whose price breaks a hard ceiling is not sold (a master record
    // written before a ceiling was lowered must not reach a receipt).
    if (Result<QStringList> price = checkPriceCeiling(product); !price)
        return refuseScan(price.error());
    const Cart before = m_cart;
    Result<qsizetype> line = add(m_cart);
    if (line) {
        if (Status avail = checkAvailable(product); !avail) {
            m_cart = before; // INV-AVAIL: the cart never holds more than the sellable stock
            line = avail.error();
        }
    }
    if (!line)
        return refuseScan(line.error());
    return line;
}

Result<qsizetype> SaleWorkflow::addProduct(const Product& product)
{
    Result<qsizetype> line = addToCart(product, [&](Cart& c) { return c.addOne(product); });
    if (!line)
        return line;
    m_lastScannedProductId = product.id;
    qCDebug(lcSale) << "added product" << product.id << "line" << *line;
    Q_EMIT cartChanged();
    Q_EMIT lineTouched(*line);
    const SaleLine& l = m_cart.lines().at(*line);
    announce(Notice::Level::Info, tr("%1 %2 ×%3  %4")
                                      .arg(l.product.displayName(), l.product.spec)
                                      .arg(l.quantity)
                                      .arg(l.amount().display()));
    return line;
}

Status SaleWorkflow::checkTraceComplete()
{
    for (qsizetype i = 0; i < m_cart.size(); ++i) {
        const SaleLine& l = m_cart.lines().at(i);
        if (const int missing = l.missingTraceCodes(); missing > 0) {
            Error e =
                makeError(ErrorCode::RuleViolation,
                          tr("第 %1 行 %2 共 %3 盒，只扫了 %4 个追溯码：请再扫 %5 盒的追溯码，"
                             "或改数量")
                              .arg(i + 1)
                              .arg(l.product.displayName())
                              .arg(l.quantity)
                              .arg(l.traceCodes.size())
                              .arg(missing),
                          QStringLiteral("INV-TRACE"));
            announce(e);
            return e;
        }
    }
    return {};
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

Result<QString> SaleWorkflow::returnSale(const QString& saleNo, const QString& reason)
{
    if (Status a = allowed(Permission::ReturnSale, saleNo); !a)
        return a.error();
    if (reason.trimmed().isEmpty()) {
        Error e = makeError(ErrorCode::InvalidInput, tr("退货须填写原因"));
        announce(e);
        return e;
    }
    Result<QString> done =
        m_sales.recordReturn(saleNo.trimmed(), m_access.session().actingUser()->displayName,
                             reason.trimmed(), m_clock.now());
    if (!done) {
        announce(done.error());
        return done;
    }
    m_access.recordAction(AuditAction::SaleReturned, *done,
                          tr("销售单 %1 全单退货：%2").arg(saleNo.trimmed(), reason.trimmed()));
    announce(Notice::Level::Info,
             tr("销售单 %1 已退货（%2），库存和追溯码已退回").arg(saleNo.trimmed(), *done));
    return done;
}

Status SaleWorkflow::voidSale()
{
    if (m_cart.isEmpty())
        return {};
    if (Status a = allowed(Permission::VoidSale); !a)
        return a;
    m_cart.clear();
    m_lastScannedProductId = 0;
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
    if (Status traced = checkTraceComplete(); !traced)
        return traced.error();
    const Money total = m_cart.total();
    if (tendered < total) {
        Error e = makeError(ErrorCode::InvalidInput,
                            tr("实收 %1 少于应收 %2").arg(tendered.display(), total.display()));
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
        Error e =
            makeError(ErrorCode::StorageFailure,
                      tr("销售未能保存，购物车保留，请重试：%1").arg(recorded.error().message));
        announce(e);
        return e;
    }

    PaymentOutcome outcome;
    outcome.sale = std::move(recorded).value();
    m_lastSale = outcome.sale;
    m_cart.clear();
    m_lastScannedProductId = 0;
    m_ephedrineBuyerId.clear();
    Q_EMIT cartChanged();
    qCInfo(lcSale) << "sale recorded" << outcome.sale.saleNo << "total fen" << total.fen();

    printReceipt(outcome, false);
    if (outcome.receiptPrinted)
        announce(Notice::Level::Info,
                 tr("收款成功 %1，找零 %2，小票已打印")
                     .arg(outcome.sale.saleNo, outcome.sale.payment.change.display()));
    else
        announce(Notice::Level::Warning,
                 tr("收款成功 %1，找零 %2；小票未打印：%3（可补打）")
                     .arg(outcome.sale.saleNo, outcome.sale.payment.change.display(),
                          outcome.printProblem));
    Q_EMIT saleCompleted(outcome);
    return outcome;
}

bool SaleWorkflow::needsBuyerId() const
{
    return m_ephedrineBuyerId.isEmpty() && rx::ephedrinePacks(m_cart) > 0;
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
    if (Status a = allowed(Permission::ReprintReceipt, m_lastSale ? m_lastSale->saleNo : QString());
        !a)
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
        Error e = makeError(ErrorCode::DeviceFailure, tr("补打失败：%1").arg(outcome.printProblem));
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
