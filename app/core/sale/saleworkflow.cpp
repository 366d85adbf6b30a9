#include "app/core/sale/saleworkflow.h"

#include "app/core/inventory/pricing.h"
#include "app/core/logging.h"
#include "app/core/payment/walletpayments.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/ports/salerepository.h"
#include "app/core/productlookup.h"
#include "app/core/rx/rxrules.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/staff/session.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>

namespace pos {

SaleWorkflow::SaleWorkflow(const ProductCatalog& catalog, SaleRecorder& recorder,
                           SaleRepository& sales, ReceiptPrinter& printer, const Clock& clock,
                           AccessControl& access, StoreProfile store, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_recorder(recorder)
    , m_sales(sales)
    , m_printer(printer)
    , m_clock(clock)
    , m_access(access)
    , m_formatter(store)
    , m_store(std::move(store))
{
    m_sale.ticket = ++m_lastTicket;
    connect(&m_access.session(), &Session::aboutToLogOut, this, &SaleWorkflow::onLoggingOut);
}

void SaleWorkflow::setPrescriptionGate(RxSettlementGate* gate)
{
    if (m_gate)
        disconnect(m_gate, nullptr, this, nullptr);
    m_gate = gate;
    if (m_gate)
        connect(m_gate, &RxSettlementGate::stateChanged, this, &SaleWorkflow::onGateStateChanged);
}

// ---- the sale's state machine
// -------------------------------------------------------------------------------

Status SaleWorkflow::apply(SaleEvent event, const QString& detail)
{
    const SaleState from = m_sale.state;
    const std::optional<SaleState> to = saleNext(from, event, m_sale.resume);
    const User* u = m_access.session().actingUser();
    const QString actor = u ? u->username : QStringLiteral("-");
    if (!to) {
        Error e = makeError(
            ErrorCode::WrongState,
            tr("本单当前为“%1”，不能%2").arg(toDisplayString(from), toDisplayString(event)));
        if (Status a = m_access.recordAction(AuditAction::SaleRefused,
                                             QString::number(m_sale.ticket), e.message);
            !a)
            e.message += tr("（且未能写入审计日志：%1）").arg(a.error().message);
        announce(Notice::Level::Error, e.userText());
        return e;
    }
    if (*to == from)
        return {};
    if (event == SaleEvent::BeginPayment)
        m_sale.resume = from;
    m_sale.state = *to;
    // Linking is the gate's own audit entry; a recorded payment is audited (SaleCompleted) in the
    // transaction that records it; payment beginning is a moment, not a fact. The rest of the
    // sale's life is audited here.
    if (event != SaleEvent::LinkPrescription && event != SaleEvent::UnlinkPrescription
        && event != SaleEvent::BeginPayment && event != SaleEvent::PaymentRecorded) {
        const AuditAction action = *to == SaleState::Paid     ? AuditAction::SaleCompleted
                                   : *to == SaleState::Voided ? AuditAction::SaleVoided
                                   : *to == SaleState::Parked ? AuditAction::SaleParked
                                                              : AuditAction::SaleStateChanged;
        if (Status a = m_access.recordAction(
                action, detail.isEmpty() ? QString::number(m_sale.ticket) : detail,
                toDisplayString(from) + QStringLiteral(" → ") + toDisplayString(*to));
            !a)
            announce(Notice::Level::Error, tr("本单已%1，但未能写入审计日志：%2")
                                               .arg(toDisplayString(*to), a.error().message));
    }
    qCDebug(lcSale) << "sale" << m_sale.ticket << stateName(from) << "->" << stateName(*to);
    Q_EMIT saleStateChanged(*to);
    return {};
}

void SaleWorkflow::finishSale(const QString& why)
{
    Q_ASSERT(isFinal(m_sale.state));
    const quint64 ended = m_sale.ticket;
    const bool paid = m_sale.state == SaleState::Paid;
    m_sale = SaleInProgress{};
    m_sale.ticket = ++m_lastTicket;
    // What belonged to the ended sale ends with it: its prescription link, and a pharmacist who
    // stepped in for it (unless they chose to stay).
    if (m_gate)
        m_gate->endSale(ended, why, paid);
    m_access.session().saleEnded();
    Q_EMIT cartChanged();
    Q_EMIT saleStateChanged(m_sale.state);
}

void SaleWorkflow::onGateStateChanged()
{
    if (!m_gate || isFinal(m_sale.state))
        return;
    // Linked to this sale, or let go (the gate forgets the sale as it returns to NoPrescription).
    const bool linked = m_gate->isBoundTo(m_sale.ticket);
    if (linked && m_sale.state == SaleState::Open)
        (void)apply(SaleEvent::LinkPrescription);
    else if (!linked && m_sale.state == SaleState::PrescriptionLinked)
        (void)apply(SaleEvent::UnlinkPrescription);
    else
        Q_EMIT saleStateChanged(m_sale.state); // the gate's part of it moved: screens refresh
}

void SaleWorkflow::onLoggingOut()
{
    if (m_sale.cart.isEmpty() && m_sale.state == SaleState::Open)
        return;
    const int lines = int(m_sale.cart.size());
    // A sale is never handed to the next person at this till (nothing was recorded yet).
    if (!saleNext(m_sale.state, SaleEvent::Void)) {
        qCWarning(lcSale) << "logout during payment of sale" << m_sale.ticket;
        return;
    }
    (void)apply(SaleEvent::Void, tr("登出时作废未收款的销售（%1 行）").arg(lines));
    finishSale(tr("登出"));
}

// ---- cart
// ---------------------------------------------------------------------------------------------

Status SaleWorkflow::checkAvailable(const Cart& cart, const Product& product) const
{
    if (!m_stock)
        return {};
    const qint64 wanted = cart.piecesOf(product.id);
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

Status SaleWorkflow::acceptCart(const Cart& proposed, const Product* product)
{
    if (!saleNext(m_sale.state, SaleEvent::EditCart))
        return makeError(ErrorCode::WrongState,
                         tr("本单当前为“%1”，不能修改购物车").arg(toDisplayString(m_sale.state)));
    // RX-MATCH: once the rules passed, the cart is the prescription the pharmacist reviews and the
    // card is read for. A box's code bound to a box already counted changes nothing of that.
    if (m_gate && m_gate->freezesCart(m_sale.ticket)
        && proposed.contentKey() != m_sale.cart.contentKey())
        return makeError(
            ErrorCode::RuleViolation,
            tr("处方 %1 已通过规则检查（当前：%2）：购物车即处方，品种和数量不能再改；如需改动，请在 F7 取消处方后重新关联、检查")
                .arg(m_gate->prescription() ? m_gate->prescription()->rxNo : QString(),
                     toDisplayString(m_gate->state())),
            QStringLiteral("RX-MATCH"));
    if (product)
        return checkAvailable(proposed, *product);
    return {};
}

Status SaleWorkflow::changeCart(qsizetype line, const std::function<Status(Cart&)>& change)
{
    Cart proposed = m_sale.cart;
    Status s = change(proposed);
    if (s) {
        const Product* product =
            line >= 0 && line < proposed.size() ? &proposed.lines().at(line).product : nullptr;
        s = acceptCart(proposed, product);
    }
    if (!s) {
        announce(s.error());
        return s;
    }
    m_sale.cart = std::move(proposed);
    Q_EMIT cartChanged();
    return s;
}

Status SaleWorkflow::setUnit(qsizetype line, SaleUnit unit)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a;
    Status s = changeCart(line, [&](Cart& c) { return c.setUnit(line, unit); });
    if (s) {
        const SaleLine& l = m_sale.cart.lines().at(line);
        announce(Notice::Level::Info,
                 tr("%1 改为按%2销售，单价 %3")
                     .arg(l.product.displayName(), l.unitName(), l.unitPrice.display()));
    }
    return s;
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
    const QString name = line >= 0 && line < m_sale.cart.size()
                             ? m_sale.cart.lines().at(line).product.displayName()
                             : QString();
    Status s = changeCart(-1, [&](Cart& c) { return c.remove(line); });
    if (s)
        announce(Notice::Level::Info, tr("已删除：%1").arg(name));
    return s;
}

Status SaleWorkflow::overridePrice(qsizetype line, Money unitPrice, const QString& reason)
{
    const QString target = line >= 0 && line < m_sale.cart.size()
                               ? m_sale.cart.lines().at(line).product.code
                               : QString();
    return overridePrices({{line, unitPrice}}, reason, target);
}

Status SaleWorkflow::checkPercent(int percent)
{
    if (percent >= 1 && percent <= 99)
        return {};
    Error e = makeError(ErrorCode::InvalidInput,
                        tr("折扣须在 1% 到 99% 之间（输入的是 %1%）").arg(percent),
                        QStringLiteral("PRICE-OVERRIDE"));
    announce(e);
    return e;
}

Status SaleWorkflow::discountLine(qsizetype line, int percent, const QString& reason)
{
    if (line < 0 || line >= m_sale.cart.size()) {
        Error e = makeError(ErrorCode::NotFound, tr("没有第 %1 行").arg(line + 1));
        announce(e);
        return e;
    }
    if (Status p = checkPercent(percent); !p)
        return p;
    const SaleLine& l = m_sale.cart.lines().at(line);
    return overridePrices({{line, discountedPrice(l.listPrice(), percent)}}, reason,
                          l.product.code);
}

Status SaleWorkflow::discountSale(int percent, const QString& reason)
{
    if (m_sale.cart.isEmpty()) {
        Error e = makeError(ErrorCode::InvalidInput, tr("购物车是空的：没有可打折的商品"));
        announce(e);
        return e;
    }
    if (Status p = checkPercent(percent); !p)
        return p;
    QList<QPair<qsizetype, Money>> prices;
    for (qsizetype i = 0; i < m_sale.cart.size(); ++i)
        prices.append({i, discountedPrice(m_sale.cart.lines().at(i).listPrice(), percent)});
    return overridePrices(prices, reason, tr("整单 %1%").arg(percent));
}

Status SaleWorkflow::overridePrices(const QList<QPair<qsizetype, Money>>& prices,
                                    const QString& reason, const QString& target)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a;
    const User* user = m_access.session().actingUser();
    const bool mayOverride = user && roleAllows(user->role, Permission::OverridePrice);
    const auto refuse = [&](Error e) {
        // A refusal by the limit or by a ceiling is a rule's refusal: on the trail (STAFF-AUDIT).
        if (e.code == ErrorCode::PermissionDenied || e.code == ErrorCode::RuleViolation)
            e = m_access.refusedByRule(std::move(e), target);
        announce(e);
        return Status(e);
    };
    if (!saleNext(m_sale.state, SaleEvent::EditCart))
        return refuse(makeError(
            ErrorCode::WrongState,
            tr("本单当前为“%1”，不能改价：请先取消收款").arg(toDisplayString(m_sale.state))));
    Cart proposed = m_sale.cart;
    QStringList details;
    for (const auto& [line, price] : prices) {
        if (line < 0 || line >= proposed.size())
            return refuse(makeError(ErrorCode::NotFound, tr("没有第 %1 行").arg(line + 1)));
        const SaleLine& l = proposed.lines().at(line);
        if (Status ok = checkPriceOverride(l, price, reason, mayOverride, m_priceOverride); !ok)
            return refuse(ok.error());
        details << tr("%1 %2/%3 %4→%5")
                       .arg(l.product.code, l.product.displayName(), l.unitName(),
                            l.unitPrice.display(), price.display());
        (void)proposed.overridePrice(line, price,
                                     PriceOverride{{}, reason.trimmed(), user->username});
    }
    if (Status ok = acceptCart(proposed, nullptr); !ok)
        return refuse(ok.error());
    // On the trail before the cart takes it: no price is changed that the trail does not hold.
    const QString detail = tr("%1；理由：%2；批准：%3（%4）")
                               .arg(details.join(QStringLiteral("，")), reason.trimmed(),
                                    user->displayName, toDisplayString(user->role));
    if (Status rec = m_access.recordAction(AuditAction::PriceOverridden, target, detail); !rec) {
        announce(rec.error());
        return rec;
    }
    const Money before = m_sale.cart.total();
    m_sale.cart = std::move(proposed);
    Q_EMIT cartChanged();
    if (prices.size() == 1) {
        const SaleLine& l = m_sale.cart.lines().at(prices.first().first);
        announce(Notice::Level::Info,
                 l.priceOverride
                     ? tr("%1 改价：%2 → %3 /%4（%5）")
                           .arg(l.product.displayName(), l.listPrice().display(),
                                l.unitPrice.display(), l.unitName(), reason.trimmed())
                     : tr("%1 恢复原价 %2").arg(l.product.displayName(), l.unitPrice.display()));
    } else {
        announce(Notice::Level::Info,
                 tr("整单折扣（%1）：合计 %2 → %3")
                     .arg(reason.trimmed(), before.display(), m_sale.cart.total().display()));
    }
    return {};
}

Status SaleWorkflow::allowed(Permission p, const QString& target)
{
    Status s = m_access.require(p, target);
    if (!s)
        announce(s.error());
    return s;
}

// ---- scanning
// -----------------------------------------------------------------------------------------

void SaleWorkflow::onScanned(const ScanEvent& event)
{
    (void)scan(event); // the outcome is announced through notice()
}

ScanOutcome SaleWorkflow::scan(const ScanEvent& event)
{
    QElapsedTimer timer;
    timer.start();
    const codes::Recognition r = codes::recognise(event.payload, event.symbologyId, m_codeOptions);
    Q_EMIT scanRecognised(event, r);
    const ScanOutcome out = route(r);
    if (m_journal) {
        ScanJournalEntry e;
        e.at = event.time.isValid() ? event.time : m_clock.now();
        e.source = event.source;
        e.symbology = r.symbologyId;
        e.payload = event.payload;
        e.family = codes::familyId(r.family);
        e.outcome = out.journalWord();
        e.reason = out.ok() ? out.warning : out.error.userText();
        e.elapsedUs = timer.nsecsElapsed() / 1000;
        if (const User* u = m_access.session().actingUser())
            e.operatorName = u->username;
        m_journal->record(e);
    }
    return out;
}

Result<qsizetype> SaleWorkflow::scanCode(const QString& code)
{
    const ScanOutcome out = scan(
        ScanEvent{code.trimmed().toUtf8(), QString(), QStringLiteral("manual"), m_clock.now()});
    if (!out.ok())
        return out.error;
    return out.line;
}

ScanOutcome SaleWorkflow::refuseScan(const Error& e)
{
    announce(e);
    Q_EMIT scanRejected(e); // the cart is kept as it is
    ScanOutcome out;
    out.kind = ScanOutcome::Kind::Rejected;
    out.error = e;
    return out;
}

ScanOutcome SaleWorkflow::route(const codes::Recognition& r)
{
    using Target = ScanRoute::Target;
    const ScanRoute route = routeScan(r, m_scanMode);
    ScanOutcome out;
    if (route.target == Target::JournalOnly) {
        out.kind = m_scanMode == ScanMode::Diagnostics ? ScanOutcome::Kind::Diagnostic
                                                       : ScanOutcome::Kind::Elsewhere;
        return out;
    }
    if (Status s = allowed(Permission::Sell, route.text); !s) {
        Q_EMIT scanRejected(s.error());
        out.error = s.error();
        return out;
    }
    switch (route.target) {
    case Target::TraceCode: out = addTraceCode(r); break;
    case Target::Token:
        out.kind = ScanOutcome::Kind::Token;
        Q_EMIT tokenScanned(r);
        break;
    case Target::Product:
        if (std::optional<Product> p = findProductFor(m_catalog, r))
            out = addProduct(*p);
        else
            out = refuseScan(route.miss);
        break;
    case Target::Refuse:
    case Target::JournalOnly: out = refuseScan(route.miss); break;
    }
    if (out.ok() && r.accepted && !r.warnings.isEmpty() && out.warning.isEmpty())
        out.warning = r.warnings.join(u'；');
    return out;
}

ScanOutcome SaleWorkflow::addTraceCode(const codes::Recognition& r)
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
    if (productId == 0 && m_sale.lastScannedProductId != 0) {
        productId = m_sale.lastScannedProductId;
        learn = true;
    }
    if (productId == 0)
        return refuseScan(makeError(ErrorCode::NotFound,
                                    tr("追溯码 %1 的前 7 位 %2 还不认识：请先扫这盒药的商品条码，"
                                       "再扫追溯码（之后同品种可直接扫追溯码）")
                                        .arg(code, r.tracePrefix)));
    QString warning;
    if (!record) {
        if (m_unreceivedPolicy == UnreceivedTracePolicy::Refuse)
            return refuseScan(makeError(
                ErrorCode::RuleViolation,
                tr("追溯码 %1 没有入库验收记录：按本店设置不能销售，请核查这盒药的来源").arg(code),
                rule));
        warning = tr("追溯码 %1 没有入库验收记录（按本店设置允许销售并记录）").arg(code);
    }
    const std::optional<Product> product = m_catalog.findById(productId);
    if (!product)
        return refuseScan(makeError(
            ErrorCode::NotFound,
            tr("追溯码 %1 对应的商品（编号 %2）不在商品目录中").arg(code).arg(productId)));
    Result<qsizetype> line =
        addToCart(*product, [&](Cart& c) { return c.addTracedBox(*product, code); });
    if (!line)
        return refuseScan(line.error());
    if (learn && !r.tracePrefix.isEmpty()) {
        const User* u = m_access.session().actingUser();
        if (Status s = m_trace->learnPrefix(r.tracePrefix, productId, u ? u->username : QString(),
                                            m_clock.now());
            !s)
            qCWarning(lcSale) << "trace prefix not learned:" << s.error().message;
    }
    Q_EMIT cartChanged();
    Q_EMIT lineTouched(*line);
    const SaleLine& l = m_sale.cart.lines().at(*line);
    if (!warning.isEmpty())
        announce(Notice::Level::Warning, warning);
    announce(Notice::Level::Info, tr("%1 ×%2  追溯码 %3（%4/%5 盒已扫码）")
                                      .arg(l.product.displayName())
                                      .arg(l.quantity)
                                      .arg(code)
                                      .arg(l.traceCodes.size())
                                      .arg(l.quantity));
    ScanOutcome out;
    out.kind = ScanOutcome::Kind::TraceBound;
    out.line = *line;
    out.warning = warning;
    return out;
}

Result<qsizetype> SaleWorkflow::addToCart(const Product& product,
                                          const std::function<Result<qsizetype>(Cart&)>& add)
{
    // PRICE-CEILING: a product whose price breaks a hard ceiling is not sold (a master record
    // written before a ceiling was lowered must not reach a receipt).
    if (Result<QStringList> price = checkPriceCeiling(product); !price)
        return price.error();
    Cart proposed = m_sale.cart;
    Result<qsizetype> line = add(proposed);
    if (!line)
        return line;
    if (Status ok = acceptCart(proposed, &product); !ok)
        return ok.error();
    m_sale.cart = std::move(proposed);
    return line;
}

ScanOutcome SaleWorkflow::addProduct(const Product& product)
{
    Result<qsizetype> line = addToCart(product, [&](Cart& c) { return c.addOne(product); });
    if (!line)
        return refuseScan(line.error());
    m_sale.lastScannedProductId = product.id;
    qCDebug(lcSale) << "added product" << product.id << "line" << *line;
    Q_EMIT cartChanged();
    Q_EMIT lineTouched(*line);
    const SaleLine& l = m_sale.cart.lines().at(*line);
    announce(Notice::Level::Info, tr("%1 %2 ×%3  %4")
                                      .arg(l.product.displayName(), l.product.spec)
                                      .arg(l.quantity)
                                      .arg(l.amount().display()));
    ScanOutcome out;
    out.kind = ScanOutcome::Kind::Added;
    out.line = *line;
    return out;
}

// ---- payment
// ------------------------------------------------------------------------------------------

Status SaleWorkflow::checkTraceComplete()
{
    for (qsizetype i = 0; i < m_sale.cart.size(); ++i) {
        const SaleLine& l = m_sale.cart.lines().at(i);
        if (const int missing = l.missingTraceCodes(); missing > 0)
            return makeError(
                ErrorCode::RuleViolation,
                tr("第 %1 行 %2 共 %3 盒，只扫了 %4 个追溯码：请再扫 %5 盒的追溯码，或改数量")
                    .arg(i + 1)
                    .arg(l.product.displayName())
                    .arg(l.quantity)
                    .arg(l.traceCodes.size())
                    .arg(missing),
                QStringLiteral("INV-TRACE"));
    }
    return {};
}

Status SaleWorkflow::checkPrescriptionAtPayment()
{
    const bool linked = m_sale.state == SaleState::PrescriptionLinked;
    const Status approval =
        m_gate ? m_gate->approvalForSale(m_sale.ticket)
               : Status(makeError(ErrorCode::Configuration, tr("本机未接入处方审核")));
    if (Status only = rx::checkPrescriptionOnly(m_sale.cart, approval); !only)
        return only;
    // A sale linked to a prescription is that prescription: paid only once it is approved for
    // this cart — or, to sell as an ordinary sale, cancel the prescription first.
    if (linked && !approval)
        return makeError(
            ErrorCode::RuleViolation,
            tr("本单已关联处方，但%1：请在 F7 完成检查、审核和签名，或取消处方后按普通销售收款")
                .arg(approval.error().message),
            QStringLiteral("RX-REVIEW"));
    return {};
}

Result<CompletedSale> SaleWorkflow::billForPayment(PaymentMethod method)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a.error();
    if (m_sale.cart.isEmpty())
        return makeError(ErrorCode::WrongState, tr("购物车为空，无需收款"));
    if (!saleNext(m_sale.state, SaleEvent::BeginPayment))
        return makeError(ErrorCode::WrongState,
                         tr("本单当前为“%1”，不能收款").arg(toDisplayString(m_sale.state)));
    if (Status traced = checkTraceComplete(); !traced)
        return traced.error();
    if (Status e = rx::checkEphedrine(m_sale.cart, m_sale.ephedrineBuyerId); !e)
        return e.error();
    if (Status rx = checkPrescriptionAtPayment(); !rx)
        return rx.error();

    CompletedSale sale;
    sale.time = m_clock.now();
    sale.terminal = m_store.terminalId;
    sale.operatorName = m_access.session().actingUser()->displayName;
    sale.lines = m_sale.cart.lines();
    sale.total = m_sale.cart.total();
    sale.payment = Payment{method, sale.total, Money()};
    if (rx::ephedrinePacks(m_sale.cart) > 0)
        sale.buyerIdNumber = m_sale.ephedrineBuyerId.trimmed();
    // The prescription goes with the sale that settles it; the self-pay rest of an insured sale
    // (SETTLE-LIST-ONLY) is sold without it: the prescription was settled once (RX-SINGLE).
    if (m_sale.state == SaleState::PrescriptionLinked && m_gate && m_gate->prescription()
        && m_sale.insuredSaleNo.isEmpty()) {
        sale.rxNo = m_gate->prescription()->rxNo;
        if (m_gate->prescription()->source == RxSource::Download)
            sale.platformRxNo = sale.rxNo;
    }
    return sale;
}

// ---- tenders
// ----------------------------------------------------------------------------------------------

Money SaleWorkflow::amountDue() const
{
    Money due = m_sale.bill ? m_sale.bill->total : m_sale.cart.total();
    for (const Tender& t : m_sale.tenders)
        due -= t.amount;
    return due;
}

Money SaleWorkflow::cashDue() const
{
    return roundedCashDue(amountDue(), m_rounding);
}

Status SaleWorkflow::beginTendering()
{
    if (m_sale.state == SaleState::Paying) {
        if (!m_sale.bill)
            return makeError(ErrorCode::WrongState, tr("医保结算进行中，请在结算窗口完成或取消"));
        if (m_sale.walletPending)
            return makeError(ErrorCode::WrongState, tr("正在等待顾客的扫码付款结果，请稍候"));
        if (Status a = allowed(Permission::Sell); !a)
            return a;
        return {};
    }
    Result<CompletedSale> bill = billForPayment(PaymentMethod::Cash);
    if (!bill)
        return bill.error();
    if (Status begun = apply(SaleEvent::BeginPayment); !begun)
        return begun;
    m_sale.bill = std::move(bill).value();
    return {};
}

void SaleWorkflow::dropBill(const QString& why)
{
    if (m_sale.state != SaleState::Paying || !m_sale.tenders.isEmpty() || m_sale.walletPending)
        return;
    m_sale.bill.reset();
    (void)apply(SaleEvent::PaymentFailed, why);
    Q_EMIT tendersChanged();
}

Result<PaymentOutcome> SaleWorkflow::payCash(Money tendered)
{
    const auto refuse = [this](const Error& e) -> Result<PaymentOutcome> {
        announce(e);
        return e;
    };
    const bool begun = m_sale.state == SaleState::Paying;
    if (!begun) {
        // Every check first: a refused payment leaves the sale exactly as it was.
        Result<CompletedSale> bill = billForPayment(PaymentMethod::Cash);
        if (!bill)
            return refuse(bill.error());
    }
    const Money due = amountDue();
    const Money cash = roundedCashDue(due, m_rounding);
    if (tendered < cash)
        return refuse(makeError(ErrorCode::InvalidInput,
                                tr("实收 %1 少于应收 %2").arg(tendered.display(), cash.display())));
    if (Status b = beginTendering(); !b)
        return refuse(b.error());
    return recordTendered(tendered, cash, due - cash);
}

Result<PaymentOutcome> SaleWorkflow::recordTendered(Money cashHanded, Money cashKept,
                                                    Money rounding)
{
    Q_ASSERT(m_sale.bill);
    CompletedSale sale = *m_sale.bill;
    sale.time = m_clock.now();
    QList<Tender> tenders = m_sale.tenders;
    if (rounding.fen() > 0)
        tenders << Tender{TenderKind::Rounding, rounding, QString()};
    if (cashKept.fen() > 0)
        tenders << Tender{TenderKind::Cash, cashKept, QString()};
    Money nonCash;
    QStringList parts;
    for (const Tender& t : tenders) {
        if (t.kind != TenderKind::Cash)
            nonCash += t.amount;
        parts << tr("%1 %2").arg(toDisplayString(t.kind), t.amount.display());
    }
    const Money change = cashHanded - cashKept;
    sale.payment = Payment{PaymentMethod::Cash, nonCash + cashHanded, change, tenders};

    // The sale, its stock, codes, platform records, its wallet orders and its audit entry: one
    // transaction.
    const User* actor = m_access.session().actingUser();
    Result<CompletedSale> recorded = m_recorder.record(
        sale, AuditEvent{sale.time,
                         actor->username,
                         AuditAction::SaleCompleted,
                         {},
                         tr("收款 %1（%2），%3 行%4%5")
                             .arg(sale.total.display(), parts.join(tr("、")))
                             .arg(sale.lines.size())
                             .arg(sale.rxNo.isEmpty() ? QString() : tr("，处方 %1").arg(sale.rxNo))
                             .arg(m_sale.insuredSaleNo.isEmpty()
                                      ? QString()
                                      : tr("，医保销售 %1 的自费部分").arg(m_sale.insuredSaleNo))});
    if (!recorded) {
        const Error e =
            makeError(ErrorCode::StorageFailure,
                      m_sale.tenders.isEmpty()
                          ? tr("销售未能保存，购物车保留，请重试：%1").arg(recorded.error().message)
                          : tr("销售未能保存（已收的 %1 仍在本单，请重试或取消收款）：%2")
                                .arg(parts.join(tr("、")), recorded.error().message));
        // Nothing recorded. With no tender held the cart goes back to the cashier; a tender
        // already taken keeps the sale in payment, so the money stays with its sale.
        if (m_sale.tenders.isEmpty()) {
            m_sale.bill.reset();
            (void)apply(SaleEvent::PaymentFailed);
        }
        announce(e);
        Q_EMIT tendersChanged();
        return e;
    }

    PaymentOutcome outcome;
    outcome.sale = std::move(recorded).value();
    m_lastSale = outcome.sale;
    (void)apply(SaleEvent::PaymentRecorded, outcome.sale.saleNo);
    qCInfo(lcSale) << "sale recorded" << outcome.sale.saleNo << "total fen"
                   << outcome.sale.total.fen();
    finishSale(tr("已收款 %1").arg(outcome.sale.saleNo));
    Q_EMIT tendersChanged();

    // The 拆零 bag labels first: the receipt is the last paper the cashier tears off.
    printBagLabels(outcome.sale);
    printReceipt(outcome, false);
    const QString paid = change.fen() > 0 || cashKept.fen() > 0
                             ? tr("收款成功 %1，找零 %2").arg(outcome.sale.saleNo, change.display())
                             : tr("收款成功 %1").arg(outcome.sale.saleNo);
    if (outcome.receiptPending)
        announce(Notice::Level::Info, tr("%1，小票打印中").arg(paid));
    else if (outcome.receiptPrinted)
        announce(Notice::Level::Info, tr("%1，小票已打印").arg(paid));
    else
        announce(Notice::Level::Warning,
                 tr("%1；小票未打印：%2（可补打）").arg(paid, outcome.printProblem));
    Q_EMIT saleCompleted(outcome);
    return outcome;
}

Result<Money> SaleWorkflow::beginTender(Money amount, TenderKind kind)
{
    if (m_sale.state != SaleState::Paying) {
        // Every check first: a refused tender leaves the sale exactly as it was.
        if (Result<CompletedSale> bill = billForPayment(PaymentMethod::Cash); !bill)
            return bill.error();
    }
    const Money due = amountDue();
    const Money take = amount.isZero() ? due : amount;
    if (take.fen() <= 0 || take > due)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1金额 %2 须大于零且不超过待收 %3")
                             .arg(toDisplayString(kind), take.display(), due.display()));
    if (Status b = beginTendering(); !b)
        return b.error();
    return take;
}

Result<std::optional<PaymentOutcome>> SaleWorkflow::payByCard(Money amount,
                                                              const QString& reference)
{
    const auto refuse = [this](const Error& e) -> Result<std::optional<PaymentOutcome>> {
        announce(e);
        return e;
    };
    const QString ref = reference.trimmed();
    static const QRegularExpression kReference(QStringLiteral("^[0-9]{6,12}$"));
    if (!kReference.match(ref).hasMatch())
        return refuse(makeError(
            ErrorCode::InvalidInput,
            tr("请输入刷卡机签购单上的参考号（6–12 位数字），不是“%1”").arg(ref.left(20))));
    for (const Tender& t : m_sale.tenders) {
        if (t.kind == TenderKind::BankCard && t.reference == ref)
            return refuse(makeError(ErrorCode::InvalidInput,
                                    tr("参考号 %1 已记在本单，同一笔刷卡不能记两次").arg(ref)));
    }
    Result<Money> take = beginTender(amount, TenderKind::BankCard);
    if (!take)
        return refuse(take.error());
    m_sale.tenders << Tender{TenderKind::BankCard, *take, ref};
    Q_EMIT tendersChanged();
    if (amountDue().fen() > 0) {
        announce(Notice::Level::Info, tr("已记银行卡 %1（参考号 %2），待收 %3")
                                          .arg(take->display(), ref, amountDue().display()));
        return std::optional<PaymentOutcome>();
    }
    Result<PaymentOutcome> done = recordTendered(Money(), Money(), Money());
    if (!done)
        return done.error();
    return std::optional<PaymentOutcome>(std::move(done).value());
}

Status SaleWorkflow::payByWallet(const QString& authCode, Money amount)
{
    const auto refuse = [this](const Error& e) -> Status {
        announce(e);
        return e;
    };
    if (!m_wallets)
        return refuse(makeError(ErrorCode::Configuration,
                                tr("本收银台未接入微信/支付宝收款，请用现金或银行卡")));
    const std::optional<TenderKind> wallet = walletOfAuthCode(authCode);
    if (!wallet)
        return refuse(makeError(ErrorCode::InvalidInput,
                                tr("这不是微信或支付宝付款码（%1），请让顾客打开付款码重扫")
                                    .arg(maskAuthCode(authCode))));
    Result<Money> begun = beginTender(amount, *wallet);
    if (!begun)
        return refuse(begun.error());
    const Money take = *begun;
    const quint64 ticket = m_sale.ticket;
    const QString actor = m_access.session().actingUser()->username;
    QPointer<SaleWorkflow> self(this);
    m_sale.walletPending = true;
    Status sent = m_wallets->charge(authCode, take, actor, [self, ticket, actor](Result<Tender> r) {
        if (self)
            self->walletAnswered(ticket, actor, std::move(r));
    });
    if (!sent) {
        m_sale.walletPending = false;
        dropBill(tr("扫码未发出"));
        return refuse(sent.error());
    }
    if (m_sale.walletPending) {
        announce(Notice::Level::Info,
                 tr("%1 %2 已发起，等待顾客确认…").arg(toDisplayString(*wallet), take.display()));
        Q_EMIT tendersChanged();
    }
    return {};
}

void SaleWorkflow::walletAnswered(quint64 ticket, const QString& actor, Result<Tender> r)
{
    if (ticket != m_sale.ticket || !m_sale.walletPending) {
        // The sale it was for is gone (it cannot end while a charge is out; this is defence):
        // money must not stay without a sale.
        if (r && m_wallets)
            m_wallets->reverse(r->reference, actor, [](Status) {});
        return;
    }
    m_sale.walletPending = false;
    if (!r) {
        announce(r.error());
        dropBill(tr("扫码付款未成功"));
        Q_EMIT tendersChanged();
        return;
    }
    m_sale.tenders << *r;
    Q_EMIT tendersChanged();
    if (amountDue().fen() > 0) {
        announce(Notice::Level::Info, tr("已收%1 %2（订单 %3），待收 %4")
                                          .arg(toDisplayString(r->kind), r->amount.display(),
                                               r->reference, amountDue().display()));
        return;
    }
    (void)recordTendered(Money(), Money(), Money());
}

Status SaleWorkflow::cancelPayment()
{
    if (m_sale.state != SaleState::Paying || !m_sale.bill)
        return {};
    if (m_sale.walletPending)
        return makeError(ErrorCode::WrongState, tr("正在等待顾客的扫码付款结果，不能取消，请稍候"));
    QStringList cardRefs;
    const QString actor = m_access.session().actingUser()
                              ? m_access.session().actingUser()->username
                              : QStringLiteral("-");
    for (const Tender& t : std::as_const(m_sale.tenders)) {
        if (isWallet(t.kind) && m_wallets) {
            const QString wallet = toDisplayString(t.kind);
            const Money amount = t.amount;
            QPointer<SaleWorkflow> self(this);
            m_wallets->reverse(t.reference, actor, [self, wallet, amount](Status s) {
                if (!self)
                    return;
                if (s)
                    self->announce(
                        Notice::Level::Info,
                        tr("已撤销%1 %2，款项原路退回顾客").arg(wallet, amount.display()));
                else
                    self->announce(s.error());
            });
        } else if (t.kind == TenderKind::BankCard) {
            cardRefs << tr("%1（参考号 %2）").arg(t.amount.display(), t.reference);
        }
    }
    m_sale.tenders.clear();
    dropBill(tr("取消收款"));
    if (!cardRefs.isEmpty())
        announce(Notice::Level::Warning,
                 tr("收款已取消：请在刷卡机上撤销银行卡 %1").arg(cardRefs.join(tr("、"))));
    return {};
}

Result<CompletedSale> SaleWorkflow::beginInsuredPayment()
{
    Result<CompletedSale> bill = billForPayment(PaymentMethod::Insurance);
    if (!bill) {
        announce(bill.error());
        return bill.error();
    }
    if (Status begun = apply(SaleEvent::BeginPayment, tr("医保结算开始")); !begun)
        return begun.error();
    return bill;
}

void SaleWorkflow::insuredPaymentStopped(const QString& why)
{
    if (m_sale.state != SaleState::Paying)
        return;
    (void)apply(SaleEvent::PaymentFailed, why);
    announce(Notice::Level::Warning,
             tr("医保结算未完成（%1）：购物车保留，可重试或现金收款").arg(why));
}

void SaleWorkflow::insuredPaymentRecorded(const CompletedSale& insured,
                                          const QList<int>& selfPayLines)
{
    if (m_sale.state != SaleState::Paying)
        return;
    m_lastSale = insured;
    if (selfPayLines.isEmpty()) {
        (void)apply(SaleEvent::PaymentRecorded, insured.saleNo);
        finishSale(tr("医保结算 %1").arg(insured.saleNo));
        return;
    }
    // SETTLE-LIST-ONLY: the listed lines were settled; the rest stays for a separate cash sale.
    const Cart rest = m_sale.cart.keepOnly(selfPayLines);
    m_sale.cart = rest;
    m_sale.insuredSaleNo = insured.saleNo;
    (void)apply(SaleEvent::PartPaid, insured.saleNo);
    Q_EMIT cartChanged();
    announce(Notice::Level::Info,
             tr("医保部分已结算（%1）；余下 %2 行不在医保目录内，请按现金收款（SETTLE-LIST-ONLY）")
                 .arg(insured.saleNo)
                 .arg(rest.size()));
}

Status SaleWorkflow::voidSale()
{
    if (m_sale.cart.isEmpty() && m_sale.state == SaleState::Open)
        return {};
    if (Status a = allowed(Permission::VoidSale); !a)
        return a;
    const int lines = int(m_sale.cart.size());
    if (Status v = apply(SaleEvent::Void, tr("作废未收款的销售（%1 行）").arg(lines)); !v)
        return v;
    finishSale(tr("本单作废"));
    announce(Notice::Level::Warning, tr("本单已作废，未记录任何销售"));
    return {};
}

// ---- hold and recall (挂单 / 取单)
// ----------------------------------------------------------------------------------------------

Result<ParkedCart> SaleWorkflow::parkSale(const QString& note)
{
    if (Status a = allowed(Permission::Sell); !a)
        return a.error();
    const auto refuse = [this](Error e) {
        announce(e);
        return e;
    };
    if (!m_parked)
        return refuse(makeError(ErrorCode::Configuration, tr("本收银台没有挂单存储，不能挂单")));
    if (m_sale.cart.isEmpty())
        return refuse(makeError(ErrorCode::InvalidInput, tr("购物车是空的，没有可挂的单")));
    if (!m_sale.insuredSaleNo.isEmpty())
        return refuse(makeError(ErrorCode::RuleViolation,
                                tr("本单医保部分已结算（%1）：余下的自付部分须收款完成，不能挂单")
                                    .arg(m_sale.insuredSaleNo),
                                QStringLiteral("SETTLE-LIST-ONLY")));
    if (m_sale.state == SaleState::PrescriptionLinked) {
        // The state machine refuses it too; this says why, and what to do.
        const QString rxNo =
            m_gate && m_gate->prescription() ? m_gate->prescription()->rxNo : QString();
        Error e = makeError(ErrorCode::RuleViolation,
                            tr("本单已关联处方 %1：处方的购物车是药师为这一单审核的，不能挂单；请"
                               "收款，或按 F7 取消处方后再挂单")
                                .arg(rxNo),
                            QStringLiteral("RX-MATCH"));
        (void)m_access.recordAction(AuditAction::SaleRefused, QString::number(m_sale.ticket),
                                    e.message);
        return refuse(e);
    }
    if (!saleNext(m_sale.state, SaleEvent::Park))
        return apply(SaleEvent::Park).error(); // refused, named and audited there
    const User* u = m_access.session().actingUser();
    ParkedCart parked = ParkedCart::of(m_sale.cart, m_store.terminalId, u ? u->username : QString(),
                                       m_clock.now(), note);
    Result<QString> kept = m_parked->park(parked);
    if (!kept)
        return refuse(makeError(kept.error().code,
                                tr("挂单未成功，本单仍在收银台上：%1").arg(kept.error().message)));
    parked.parkNo = *kept;
    const bool hadBuyer = !m_sale.ephedrineBuyerId.isEmpty();
    (void)apply(SaleEvent::Park, parked.parkNo);
    finishSale(tr("挂单 %1").arg(parked.parkNo));
    announce(Notice::Level::Info,
             tr("已挂单 %1（%2，%3）：可接待下一位顾客，取单按 F5")
                     .arg(parked.parkNo, parked.describeItems(), parked.total().display())
                 + (hadBuyer ? tr("；购买人身份证号不随挂单保存，取单收款时重新登记"
                                  "（CTRL-EPHEDRINE）")
                             : QString()));
    return parked;
}

Result<Cart> SaleWorkflow::rebuildParked(const ParkedCart& parked, QStringList& changes) const
{
    Cart proposed;
    for (const ParkedLine& line : parked.lines) {
        const std::optional<Product> product = m_catalog.findById(line.productId);
        if (!product) {
            changes << tr("%1 已不在商品目录中，该行未取回").arg(line.productName);
            continue;
        }
        // PRICE-CEILING: a price that breaks a hard ceiling is not sold, as at a scan.
        if (Result<QStringList> price = checkPriceCeiling(*product); !price) {
            changes << tr("%1 未取回：%2").arg(product->displayName(), price.error().userText());
            continue;
        }
        // INV-TRACE: a box sold since it was parked (at another till, or recalled and sold) is
        // no longer this cart's.
        QStringList codes;
        for (const QString& code : line.traceCodes) {
            const std::optional<TraceCodeRecord> record =
                m_trace ? m_trace->find(code) : std::nullopt;
            if (record && !record->saleNo.isEmpty()) {
                changes << tr("追溯码 %1 的这盒已于 %2 售出（%3），已从 %4 一行移出：请重新扫码")
                               .arg(code,
                                    record->soldAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    record->saleNo, product->displayName());
                continue;
            }
            codes << code;
        }
        Result<qsizetype> at = proposed.restoreLine(*product, line.unit, line.quantity, codes);
        if (!at) {
            changes << tr("%1 未取回：%2").arg(product->displayName(), at.error().userText());
            continue;
        }
        const Money now = proposed.lines().at(*at).unitPrice;
        if (now != line.unitPrice)
            changes << tr("%1 售价已由 %2 调为 %3（按现价）")
                           .arg(product->displayName(), line.unitPrice.display(), now.display());
    }
    if (proposed.isEmpty())
        return makeError(ErrorCode::RuleViolation,
                         tr("挂单 %1 的商品都不能再卖：%2")
                             .arg(parked.parkNo, changes.join(QStringLiteral("；"))));
    // INV-AVAIL: the whole cart, each product once.
    QList<qint64> checked;
    for (const SaleLine& l : proposed.lines()) {
        if (checked.contains(l.product.id))
            continue;
        checked << l.product.id;
        if (Status enough = checkAvailable(proposed, l.product); !enough)
            return makeError(
                enough.error().code,
                tr("取单 %1 未成功，挂单保留：%2").arg(parked.parkNo, enough.error().message),
                enough.error().ruleId);
    }
    return proposed;
}

Result<QStringList> SaleWorkflow::recallSale(const QString& parkNo)
{
    if (Status a = allowed(Permission::Sell, parkNo); !a)
        return a.error();
    const auto refuse = [this](Error e) {
        announce(e);
        return e;
    };
    if (!m_parked)
        return refuse(makeError(ErrorCode::Configuration, tr("本收银台没有挂单存储，不能取单")));
    if (m_sale.state != SaleState::Open || !m_sale.cart.isEmpty())
        return refuse(makeError(ErrorCode::WrongState,
                                tr("收银台上还有未完成的销售（%1，%2 行）：请先收款、挂单或作废，"
                                   "再取单")
                                    .arg(toDisplayString(m_sale.state))
                                    .arg(m_sale.cart.size())));
    Result<ParkedCart> parked = m_parked->find(parkNo);
    if (!parked)
        return refuse(parked.error());
    if (parked->terminal != m_store.terminalId)
        return refuse(makeError(
            ErrorCode::RuleViolation,
            tr("挂单 %1 是在收银台 %2 挂的，请在该收银台取单").arg(parkNo, parked->terminal)));
    QStringList changes;
    Result<Cart> rebuilt = rebuildParked(*parked, changes);
    if (!rebuilt)
        return refuse(rebuilt.error());
    if (Status ok = acceptCart(*rebuilt, nullptr); !ok)
        return refuse(ok.error());
    // Taken off the list before it is on the counter: a second recall of it (another window, a
    // script) finds it gone.
    if (Status taken = m_parked->remove(parkNo); !taken)
        return refuse(taken.error());
    m_sale.cart = std::move(rebuilt).value();
    const QString held =
        tr("取回挂单 %1（%2 挂于 %3，%4 行，%5）")
            .arg(parkNo, parked->parkedBy, parked->parkedAt.toString(QStringLiteral("MM-dd HH:mm")))
            .arg(m_sale.cart.size())
            .arg(m_sale.cart.total().display());
    if (Status a = m_access.recordAction(
            AuditAction::SaleRecalled, parkNo,
            changes.isEmpty() ? held : held + QStringLiteral("；") + changes.join(u'；'));
        !a)
        announce(Notice::Level::Error, tr("已取单，但未能写入审计日志：%1").arg(a.error().message));
    Q_EMIT cartChanged();
    if (changes.isEmpty())
        announce(Notice::Level::Info, held);
    else
        announce(Notice::Level::Warning,
                 held + QStringLiteral("。") + changes.join(QStringLiteral("；")));
    return changes;
}

Result<QList<ParkedCartStore::Entry>> SaleWorkflow::parkedCarts()
{
    if (Status a = allowed(Permission::Sell); !a)
        return a.error();
    if (!m_parked)
        return QList<ParkedCartStore::Entry>{};
    return m_parked->parkedAt(m_store.terminalId);
}

Status SaleWorkflow::discardParked(const QString& parkNo)
{
    if (Status a = allowed(Permission::VoidSale, parkNo); !a)
        return a;
    if (!m_parked)
        return makeError(ErrorCode::Configuration, tr("本收银台没有挂单存储"));
    // What it held goes into the audit; a cart that cannot be read any more is discarded all the
    // same (named as such).
    Result<ParkedCart> parked = m_parked->find(parkNo);
    if (!parked && parked.error().code == ErrorCode::NotFound) {
        announce(parked.error());
        return parked.error();
    }
    if (parked && parked->terminal != m_store.terminalId) {
        Error e = makeError(
            ErrorCode::RuleViolation,
            tr("挂单 %1 是在收银台 %2 挂的，请在该收银台处理").arg(parkNo, parked->terminal));
        announce(e);
        return e;
    }
    if (Status removed = m_parked->remove(parkNo); !removed) {
        announce(removed.error());
        return removed;
    }
    const QString what = parked ? tr("丢弃挂单（%1 挂于 %2：%3，%4）")
                                      .arg(parked->parkedBy,
                                           parked->parkedAt.toString(QStringLiteral("MM-dd HH:mm")),
                                           parked->describeItems(), parked->total().display())
                                : tr("丢弃无法读取的挂单（%1）").arg(parked.error().message);
    if (Status a = m_access.recordAction(AuditAction::ParkedSaleDiscarded, parkNo, what); !a)
        announce(Notice::Level::Error, tr("已丢弃，但未能写入审计日志：%1").arg(a.error().message));
    announce(Notice::Level::Warning, tr("挂单 %1 已丢弃").arg(parkNo));
    return {};
}

bool SaleWorkflow::needsBuyerId() const
{
    return m_sale.ephedrineBuyerId.isEmpty() && rx::ephedrinePacks(m_sale.cart) > 0;
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
    m_sale.ephedrineBuyerId = idNumber.trimmed();
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
    return reprintSale(*m_lastSale);
}

Result<PaymentOutcome> SaleWorkflow::reprint(const QString& saleNo)
{
    if (Status a = allowed(Permission::ReprintReceipt, saleNo); !a)
        return a.error();
    const std::optional<CompletedSale> sale = m_sales.findBySaleNo(saleNo.trimmed());
    if (!sale) {
        Error e = makeError(ErrorCode::NotFound, tr("没有销售单 %1").arg(saleNo.trimmed()));
        announce(e);
        return e;
    }
    return reprintSale(*sale);
}

Result<PaymentOutcome> SaleWorkflow::reprintSale(const CompletedSale& sale)
{
    PaymentOutcome outcome;
    outcome.sale = sale;
    printReceipt(outcome, true);
    if (outcome.receiptPending) {
        announce(Notice::Level::Info, tr("正在补打 %1 的小票").arg(outcome.sale.saleNo));
        return outcome;
    }
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
    // The status is what the printer last reported (a real printer is asked on its own thread);
    // a printer not heard from yet gets the job and answers for itself.
    const PrinterStatus before = m_printer.status();
    if (!before.mayTry()) {
        outcome.printProblem = m_printer.deviceName() + u' ' + toDisplayString(before.state);
        return;
    }
    const PrintDocument doc = m_formatter.format(outcome.sale, m_printer.widthColumns(), reprint);
    // The answer may come at once (then `outcome` is filled before printAsync returns) or later
    // from the printer's thread (then receiptOutcome() reports it).
    struct Answer
    {
        bool returned = false;
    };
    const auto answer = std::make_shared<Answer>();
    PaymentOutcome* immediate = &outcome;
    PaymentOutcome pending = outcome; // the copy the later answer fills
    QPointer<SaleWorkflow> self(this);
    m_printer.printAsync(doc, [self, answer, immediate, pending,
                               reprint](Result<PrintOutcome> printed) mutable {
        if (!self)
            return;
        PaymentOutcome& o = answer->returned ? pending : *immediate;
        o.receiptPending = false;
        if (!printed) {
            o.printProblem = printed.error().message;
        } else {
            o.receiptPrinted = true;
            o.receiptPath = printed->outputPath;
            if (Status marked =
                    self->m_sales.markReceiptPrinted(o.sale.id, printed->jobId, reprint);
                !marked)
                qCWarning(lcSale) << "receipt printed but not marked:" << marked.error().message;
        }
        if (answer->returned) {
            if (o.receiptPrinted)
                self->announce(Notice::Level::Info, tr("%1 的小票已打印").arg(o.sale.saleNo));
            else
                self->announce(
                    Notice::Level::Warning,
                    tr("%1 的小票未打印：%2（可补打）").arg(o.sale.saleNo, o.printProblem));
            Q_EMIT self->receiptOutcome(o);
        }
    });
    answer->returned = true;
    if (!outcome.receiptPrinted && outcome.printProblem.isEmpty())
        outcome.receiptPending = true;
}

void SaleWorkflow::announce(Notice::Level level, const QString& text)
{
    Q_EMIT notice(Notice{level, text});
}

void SaleWorkflow::announce(const Error& error)
{
    // A rule's refusal at the counter is evidence for an inspection: it goes to the audit trail
    // (permission refusals are written by AccessControl itself).
    if (error.code == ErrorCode::RuleViolation && !error.ruleId.isEmpty()) {
        announce(Notice::Level::Error,
                 m_access.refusedByRule(error, m_store.terminalId).userText());
        return;
    }
    announce(Notice::Level::Error, error.userText());
}

void SaleWorkflow::printBagLabels(const CompletedSale& sale)
{
    for (const SaleLine& l : sale.lines) {
        if (l.unit == SaleUnit::Box)
            continue;
        QPointer<SaleWorkflow> self(this);
        const QString name = l.product.displayName();
        m_printer.printAsync(
            m_formatter.bagLabel(sale, l, m_printer.widthColumns()),
            [self, name](Result<PrintOutcome> printed) {
                if (self && !printed)
                    self->announce(
                        Notice::Level::Warning,
                        tr("%1 的拆零药袋标签未打印：%2").arg(name, printed.error().message));
            });
    }
}

} // namespace pos
