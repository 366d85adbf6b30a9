#include "ui/checkoutwidget.h"

#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "ui/cartmodel.h"
#include "ui/parkedcartsdialog.h"
#include "ui/paymentdialog.h"
#include "ui/priceoverridedialog.h"
#include "ui/productsearchdialog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace pos::ui {

CheckoutWidget::CheckoutWidget(SaleWorkflow& workflow, QWidget* parent)
    : QWidget(parent)
    , m_workflow(workflow)
{
    setObjectName(QStringLiteral("checkout"));
    m_model = new CartModel(workflow, this);

    m_notice = new QLabel(tr("请扫描商品条码"), this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setMinimumHeight(40);
    m_notice->setStyleSheet(QStringLiteral("font-size: 18px; padding: 6px;"));

    m_historyLabel = new QLabel(this);
    m_historyLabel->setObjectName(QStringLiteral("noticeHistoryLabel"));
    m_historyLabel->setWordWrap(true);
    m_historyLabel->setStyleSheet(
        QStringLiteral("color: #8a5a00; font-size: 13px; padding: 0 6px;"));
    m_historyLabel->hide();

    m_rx = new QLabel(this);
    m_rx->setObjectName(QStringLiteral("prescriptionLabel"));
    m_rx->setWordWrap(true);
    m_rx->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cartView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::Spec,
                                                     QHeaderView::ResizeToContents);
    m_view->setStyleSheet(QStringLiteral("font-size: 17px;"));
    m_view->verticalHeader()->setDefaultSectionSize(34);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setStyleSheet(QStringLiteral("font-size: 18px;"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: #b00;"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* keys = new QLabel(
        tr("F3 查找商品　↑↓ 选行　+/− 改数量　* 输入数量　/ 改价折扣　F6 拆零（盒/板/粒）　"
           "Del 删除　F5 挂单/取单　F7 处方　F12 收款　F9 补打小票　F1 查单　Esc 作废本单"),
        this);
    keys->setWordWrap(true);
    keys->setObjectName(QStringLiteral("keysLabel"));
    keys->setStyleSheet(QStringLiteral("color: #555; padding: 4px;"));

    auto* totals = new QHBoxLayout;
    totals->addWidget(m_count);
    totals->addStretch();
    totals->addWidget(new QLabel(tr("合计"), this));
    totals->addWidget(m_total);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_rx);
    layout->addWidget(m_view, 1);
    layout->addLayout(totals);
    layout->addWidget(keys);

    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F12), [this] { openPayment(); });
    shortcut(QKeySequence(Qt::Key_Plus), [this] { changeSelectedQuantity(+1); });
    shortcut(QKeySequence(Qt::Key_Minus), [this] { changeSelectedQuantity(-1); });
    shortcut(QKeySequence(Qt::Key_Asterisk), [this] { askSelectedQuantity(); });
    shortcut(QKeySequence(Qt::Key_F6), [this] { cycleSelectedUnit(); });
    shortcut(QKeySequence(Qt::Key_Slash), [this] { openPriceOverride(); });
    shortcut(QKeySequence(Qt::Key_F3), [this] { openSearch(); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { removeSelected(); });
    shortcut(QKeySequence(Qt::Key_F9), [this] { (void)m_workflow.reprintLast(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { voidSale(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { openParkedCarts(); });

    connect(&workflow, &SaleWorkflow::notice, this, &CheckoutWidget::showNotice);
    connect(&workflow, &SaleWorkflow::cartChanged, this, &CheckoutWidget::refreshTotals);
    connect(&workflow, &SaleWorkflow::saleStateChanged, this, &CheckoutWidget::refreshPrescription);
    connect(&workflow, &SaleWorkflow::saleStateChanged, this, [this] {
        if (m_workflow.saleTicket() != m_noticeTicket)
            clearStaleMessages();
    });
    m_noticeTicket = workflow.saleTicket();
    connect(&workflow, &SaleWorkflow::lineTouched, this, [this](qsizetype line) {
        m_view->selectRow(static_cast<int>(line)); // the scanned line is the one + − * F6 act on
        m_view->scrollTo(m_model->index(static_cast<int>(line), 0));
    });
    refreshTotals();
    m_view->setFocus();
}

void CheckoutWidget::setPrescriptionGate(const RxSettlementGate* gate)
{
    if (m_gate)
        disconnect(m_gate, nullptr, this, nullptr);
    m_gate = gate;
    if (m_gate)
        connect(m_gate, &RxSettlementGate::stateChanged, this,
                &CheckoutWidget::refreshPrescription);
    refreshPrescription();
}

QString CheckoutWidget::prescriptionText() const
{
    return m_rx->isVisibleTo(this) ? m_rx->text() : QString();
}

void CheckoutWidget::refreshPrescription()
{
    const bool hasRxLines = !m_workflow.cart().prescriptionOnlyLines().isEmpty();
    if (!m_gate || !m_gate->isBoundTo(m_workflow.saleTicket())) {
        // Nothing linked: say so only where it matters, when the cart holds a prescription drug.
        m_rx->setVisible(hasRxLines);
        m_rx->setStyleSheet(QStringLiteral("background: #fce4ec; color: #ad1457; padding: 4px; "
                                           "font-size: 16px;"));
        m_rx->setText(tr("未关联处方：[Rx] 处方药须凭药师审核通过的处方销售，请按 F7 关联处方"));
        return;
    }
    const RxGateState state = m_gate->state();
    QStringList parts{tr("处方 %1").arg(m_gate->prescription()->rxNo), toDisplayString(state)};
    if (m_gate->freezesCart(m_workflow.saleTicket()))
        parts << tr("购物车即处方，不能再改");
    const bool open = state == RxGateState::CardReadAllowed;
    m_rx->setStyleSheet(open ? QStringLiteral("background: #e8f5e9; color: #1b5e20; padding: 4px; "
                                              "font-size: 16px; font-weight: bold;")
                             : QStringLiteral("background: #fff8e1; color: #8a5a00; padding: 4px; "
                                              "font-size: 16px; font-weight: bold;"));
    m_rx->setText(parts.join(QStringLiteral(" · ")));
    m_rx->show();
}

QString CheckoutWidget::totalText() const
{
    return m_total->text();
}

PaymentDialog* CheckoutWidget::paymentDialog() const
{
    return m_payment.data();
}

PriceOverrideDialog* CheckoutWidget::priceOverrideDialog() const
{
    return m_priceDialog.data();
}

QString CheckoutWidget::noticeText() const
{
    return m_noticePlain.isEmpty() ? m_notice->text() : m_noticePlain;
}

int CheckoutWidget::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().row();
    return m_model->rowCount() > 0 ? m_model->rowCount() - 1 : -1;
}

void CheckoutWidget::refreshTotals()
{
    refreshPrescription();
    m_total->setText(m_workflow.cart().total().display());
    m_count->setText(
        tr("%1 种 %2 件").arg(m_workflow.cart().size()).arg(m_workflow.cart().itemCount()));
    // Keep the line just touched in view and selected: the last scanned one by default.
    if (m_model->rowCount() > 0) {
        const int row = qMin(qMax(0, selectedRow()), m_model->rowCount() - 1);
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void CheckoutWidget::clearStaleMessages()
{
    m_noticeTicket = m_workflow.saleTicket();
    m_history.clear();
    m_historyLabel->clear();
    m_historyLabel->hide();
    if (m_noticeLevel != Notice::Level::Info) {
        m_noticeLevel = Notice::Level::Info;
        m_noticePlain.clear();
        m_notice->setTextFormat(Qt::PlainText);
        m_notice->setStyleSheet(QStringLiteral("font-size: 18px; padding: 6px;"));
        m_notice->setText(tr("请扫描商品条码"));
    }
}

void CheckoutWidget::showNotice(const Notice& notice)
{
    // What it replaces: a warning or an error stays in sight, below.
    if (m_noticeLevel != Notice::Level::Info && !m_noticePlain.isEmpty()
        && m_noticePlain != notice.text) {
        m_history.prepend(m_noticePlain);
        while (m_history.size() > kHistory)
            m_history.removeLast();
    }
    m_history.removeAll(notice.text);
    m_historyLabel->setVisible(!m_history.isEmpty());
    m_historyLabel->setText(tr("先前：") + m_history.join(QStringLiteral("  ｜  ")));
    m_noticePlain = notice.text;
    m_noticeLevel = notice.level;
    // "RX-ONLY: …": the rule ID small beside the message (in full in the audit trail).
    static const QRegularExpression rule(QStringLiteral("^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+): (.*)$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = rule.match(notice.text);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setText(
        m.hasMatch() ? QStringLiteral("%1 <span style=\"font-size: 12px; color: #666;\">%2</span>")
                           .arg(m.captured(2).toHtmlEscaped(), m.captured(1).toHtmlEscaped())
                     : notice.text.toHtmlEscaped());
    QString style = QStringLiteral("font-size: 18px; padding: 6px; ");
    switch (notice.level) {
    case Notice::Level::Info:
        style += QStringLiteral("background: #e8f5e9; color: #1b5e20;");
        break;
    case Notice::Level::Warning:
        style += QStringLiteral("background: #fff8e1; color: #8a5a00;");
        break;
    case Notice::Level::Error:
        style += QStringLiteral("background: #ffebee; color: #b71c1c; font-weight: bold;");
        QApplication::beep();
        break;
    }
    m_notice->setStyleSheet(style);
}

void CheckoutWidget::changeSelectedQuantity(int delta)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const int q = m_workflow.cart().lines().at(row).quantity + delta;
    if (q < 1) {
        removeSelected();
        return;
    }
    (void)m_workflow.setQuantity(row, q);
    m_view->selectRow(row);
}

void CheckoutWidget::openPriceOverride()
{
    const int row = selectedRow();
    if (row < 0 || m_priceDialog)
        return;
    m_priceDialog = new PriceOverrideDialog(m_workflow, row, this);
    m_priceDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog belongs to this sale's line: when the sale ends (paid elsewhere, voided, the
    // cashier logged out) it closes rather than act on the next customer's cart.
    connect(&m_workflow, &SaleWorkflow::saleStateChanged, m_priceDialog,
            [this, ticket = m_workflow.saleTicket()] {
                if (m_workflow.saleTicket() != ticket && m_priceDialog)
                    m_priceDialog->reject();
            });
    connect(m_priceDialog, &QDialog::finished, this, [this, row] {
        m_view->selectRow(row);
        m_view->setFocus();
    });
    m_priceDialog->open();
}

void CheckoutWidget::askSelectedQuantity()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const SaleLine& l = m_workflow.cart().lines().at(row);
    bool ok = false;
    const int q = QInputDialog::getInt(this, tr("修改数量"), l.product.displayName(), l.quantity, 1,
                                       Cart::kMaxQuantity, 1, &ok);
    if (ok)
        (void)m_workflow.setQuantity(row, q);
    m_view->selectRow(row);
}

void CheckoutWidget::cycleSelectedUnit()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    // Try the next unit; a product without a price for it is skipped, back to the box at the end.
    SaleUnit unit = m_workflow.cart().lines().at(row).unit;
    for (int i = 0; i < 3; ++i) {
        unit = unit == SaleUnit::Box     ? SaleUnit::Strip
               : unit == SaleUnit::Strip ? SaleUnit::Piece
                                         : SaleUnit::Box;
        const SaleLine& l = m_workflow.cart().lines().at(row);
        const bool priced = unit == SaleUnit::Box
                            || (unit == SaleUnit::Strip && l.product.stripsPerBox > 1
                                && l.product.stripPrice.fen() > 0)
                            || (unit == SaleUnit::Piece && l.product.piecesPerBox() > 1
                                && l.product.piecePrice.fen() > 0);
        if (priced) {
            (void)m_workflow.setUnit(row, unit); // the core decides; a refusal is announced
            break;
        }
    }
    m_view->selectRow(row);
}

void CheckoutWidget::openSearch()
{
    if (!m_catalog || findChild<ProductSearchDialog*>())
        return;
    auto* d = new ProductSearchDialog(*m_catalog, m_workflow, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void CheckoutWidget::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    (void)m_workflow.removeLine(row);
    if (m_model->rowCount() > 0)
        m_view->selectRow(qMin(row, m_model->rowCount() - 1));
}

void CheckoutWidget::voidSale()
{
    if (m_workflow.cart().isEmpty())
        return;
    // Destructive: No is the default button, so a stray Enter does not void the sale.
    if (QMessageBox::question(this, tr("作废本单"), tr("确定作废当前未收款的销售？"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        (void)m_workflow.voidSale(); // a refusal is announced through notice()
}

void CheckoutWidget::openParkedCarts()
{
    if (m_parked || !m_clock)
        return;
    m_parked = new ParkedCartsDialog(m_workflow, *m_clock, this);
    m_parked->setAttribute(Qt::WA_DeleteOnClose);
    m_parked->open();
}

void CheckoutWidget::closeParkedCarts()
{
    if (m_parked)
        m_parked->reject();
}

ParkedCartsDialog* CheckoutWidget::parkedCartsDialog() const
{
    return m_parked;
}

void CheckoutWidget::openPayment()
{
    if (m_payment)
        return;
    if (m_workflow.cart().isEmpty()) {
        (void)m_workflow.payCash(Money()); // the core says why (empty cart)
        return;
    }
    m_payment = new PaymentDialog(m_workflow, this);
    if (m_workflow.needsBuyerId())
        m_payment->askBuyerId(
            [this](const QString& id) { return m_workflow.registerEphedrineBuyer(id); });
    m_payment->setAttribute(Qt::WA_DeleteOnClose);
    m_payment->open();
}

} // namespace pos::ui
