#include "ui/paymentdialog.h"

#include "app/core/payment/tender.h"
#include "app/core/rx/rxrules.h"
#include "app/core/sale/saleworkflow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
constexpr int kTouchHeight = 48; ///< big enough for a finger on a touch screen
}

PaymentDialog::PaymentDialog(SaleWorkflow& workflow, QWidget* parent)
    : QDialog(parent)
    , m_workflow(workflow)
{
    setWindowTitle(tr("收款"));
    setObjectName(QStringLiteral("paymentDialog"));
    auto* form = new QFormLayout;
    m_form = form;
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_due->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: bold;"));
    m_tenders = new QLabel(this);
    m_tenders->setObjectName(QStringLiteral("tendersLabel"));
    m_tenders->setWordWrap(true);
    m_rest = new QLabel(this);
    m_rest->setObjectName(QStringLiteral("restLabel"));
    m_rest->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold; color: #a40;"));
    m_tendered = new QLineEdit(this);
    m_tendered->setObjectName(QStringLiteral("tenderedEdit"));
    m_tendered->setStyleSheet(QStringLiteral("font-size: 24px;"));
    m_tendered->setMinimumHeight(kTouchHeight);
    m_tendered->setAttribute(Qt::WA_InputMethodEnabled, false); // digits only, no IME
    m_tendered->setPlaceholderText(tr("现金金额，或扫顾客的微信/支付宝付款码"));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_change->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: bold; color: #0a6;"));
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("waitingLabel"));
    m_waiting->setStyleSheet(QStringLiteral("color: #06c; font-weight: bold;"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c00;"));
    m_error->setWordWrap(true);

    m_quickRow = new QWidget(this);
    auto* quick = new QHBoxLayout(m_quickRow);
    quick->setContentsMargins(0, 0, 0, 0);

    m_cardRef = new QLineEdit(this);
    m_cardRef->setObjectName(QStringLiteral("cardReferenceEdit"));
    m_cardRef->setPlaceholderText(tr("刷卡机签购单上的参考号"));
    m_cardRef->setMinimumHeight(kTouchHeight);
    m_cardRef->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_cardButton = new QPushButton(tr("记银行卡"), this);
    m_cardButton->setObjectName(QStringLiteral("cardButton"));
    m_cardButton->setMinimumHeight(kTouchHeight);
    m_cardButton->setAutoDefault(false);
    auto* card = new QHBoxLayout;
    card->addWidget(m_cardRef, 1);
    card->addWidget(m_cardButton);
    connect(m_cardButton, &QPushButton::clicked, this, [this] {
        if (!registerBuyer())
            return;
        // The amount typed in the entry line, else all that is due.
        const std::optional<Money> typed = Money::parse(m_tendered->text());
        const Money amount = typed && *typed < m_workflow.amountDue() ? *typed : Money();
        Result<std::optional<PaymentOutcome>> r = m_workflow.payByCard(amount, m_cardRef->text());
        if (!r) {
            showProblem(r.error().userText());
            return;
        }
        m_cardRef->clear();
    });

    form->addRow(tr("应收"), m_due);
    form->addRow(tr("已收"), m_tenders);
    form->addRow(tr("待收"), m_rest);
    form->addRow(tr("实收 / 付款码"), m_tendered);
    form->addRow(tr("快捷"), m_quickRow);
    form->addRow(tr("找零"), m_change);
    form->addRow(tr("银行卡"), card);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("确认收款 (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("返回 (Esc)"));
    for (QAbstractButton* b : buttons->buttons())
        b->setMinimumHeight(kTouchHeight);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentDialog::updateChange);
    connect(&m_workflow, &SaleWorkflow::tendersChanged, this, &PaymentDialog::refresh);
    connect(&m_workflow, &SaleWorkflow::notice, this, &PaymentDialog::onNotice);
    connect(&m_workflow, &SaleWorkflow::saleCompleted, this, [this] {
        m_done = true;
        QDialog::accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_waiting);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    refresh();
    m_tendered->setText(m_workflow.cashDue().toString());
    m_tendered->selectAll();
}

QString PaymentDialog::errorText() const
{
    return m_error->text();
}

QString PaymentDialog::tendersText() const
{
    return m_tenders->text();
}

void PaymentDialog::refresh()
{
    const Money total = m_workflow.amountDue() + [this] {
        Money taken;
        for (const Tender& t : m_workflow.tendersTaken())
            taken += t.amount;
        return taken;
    }();
    m_due->setText(total.display());
    QStringList taken;
    for (const Tender& t : m_workflow.tendersTaken())
        taken << tr("%1 %2").arg(toDisplayString(t.kind), t.amount.display());
    m_tenders->setText(taken.isEmpty() ? tr("—") : taken.join(QStringLiteral("  ")));
    const Money due = m_workflow.amountDue();
    const Money cash = m_workflow.cashDue();
    m_rest->setText(cash == due ? due.display()
                                : tr("%1（现金 %2，抹零 %3）")
                                      .arg(due.display(), cash.display(), (due - cash).display()));
    m_waiting->setText(m_workflow.walletPending() ? tr("等待顾客在手机上确认付款…") : QString());
    if (cash != m_quickFor) {
        // The quick amounts follow the cash due: exact, then the notes above it.
        qDeleteAll(m_quick);
        m_quick.clear();
        m_quickFor = cash;
        for (const Money m : quickCashAmounts(cash)) {
            auto* b = new QPushButton(m == cash ? tr("整收 %1").arg(m.display()) : m.display(),
                                      m_quickRow);
            b->setObjectName(QStringLiteral("quickCash"));
            b->setMinimumHeight(kTouchHeight);
            b->setAutoDefault(false);
            connect(b, &QPushButton::clicked, this, [this, m] {
                if (registerBuyer())
                    payCash(m);
            });
            m_quickRow->layout()->addWidget(b);
            m_quick << b;
        }
        if (!m_tendered->hasFocus() || m_tendered->text().isEmpty())
            m_tendered->setText(cash.toString());
        m_tendered->selectAll();
    }
    updateChange();
}

void PaymentDialog::updateChange()
{
    const QString text = m_tendered->text().trimmed();
    if (walletOfAuthCode(text)) {
        m_change->setText(tr("付款码（按 Enter 扣款）"));
        return;
    }
    const std::optional<Money> t = Money::parse(text);
    if (!t) {
        m_change->setText(QStringLiteral("—"));
        return;
    }
    const Money cash = m_workflow.cashDue();
    const bool enough = *t >= cash;
    m_change->setText(enough ? (*t - cash).display() : tr("不足 %1").arg((cash - *t).display()));
    m_change->setStyleSheet(
        enough ? QStringLiteral("font-size: 28px; font-weight: bold; color: #0a6;")
               : QStringLiteral("font-size: 28px; font-weight: bold; color: #c00;"));
}

void PaymentDialog::askBuyerId(std::function<Status(const QString&)> registerBuyer)
{
    m_registerBuyer = std::move(registerBuyer);
    if (m_buyerId)
        return;
    m_buyerId = new QLineEdit(this);
    m_buyerId->setObjectName(QStringLiteral("buyerIdEdit"));
    m_buyerId->setPlaceholderText(tr("18 位身份证号，查验后登记"));
    m_buyerId->setAttribute(Qt::WA_InputMethodEnabled, false);
    auto* why =
        new QLabel(tr("本单含麻黄碱类复方制剂：须查验并登记购买人身份证号，每单最多 %1 个最小包装"
                      "（CTRL-EPHEDRINE）")
                       .arg(rx::kEphedrineMaxPacks),
                   this);
    why->setWordWrap(true);
    why->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_form->insertRow(0, why);
    m_form->insertRow(1, tr("购买人身份证号"), m_buyerId);
    m_buyerId->setFocus();
}

bool PaymentDialog::registerBuyer()
{
    if (!m_buyerId || !m_registerBuyer || m_buyerId->text().trimmed().isEmpty())
        return true;
    if (const Status b = m_registerBuyer(m_buyerId->text()); !b) {
        showProblem(b.error().userText());
        m_buyerId->setFocus();
        m_buyerId->selectAll();
        return false;
    }
    return true;
}

void PaymentDialog::showProblem(const QString& text)
{
    m_error->setText(text);
    m_tendered->setFocus();
    m_tendered->selectAll();
}

void PaymentDialog::onNotice(const pos::Notice& notice)
{
    // The wallet's answer arrives later: its refusal is shown here, where the cashier looks.
    if (notice.level != Notice::Level::Info)
        m_error->setText(notice.text);
    else
        m_error->clear();
}

void PaymentDialog::payCash(Money tendered)
{
    Result<PaymentOutcome> r = m_workflow.payCash(tendered);
    if (!r)
        showProblem(r.error().userText());
}

void PaymentDialog::accept()
{
    const QString text = m_tendered->text().trimmed();
    if (!registerBuyer())
        return;
    if (walletOfAuthCode(text)) {
        // The customer's 付款码: the whole rest goes to the wallet.
        m_tendered->clear();
        if (Status s = m_workflow.payByWallet(text); !s)
            showProblem(s.error().userText());
        return;
    }
    const std::optional<Money> t = Money::parse(text);
    if (!t) {
        showProblem(
            tr("“%1”不是金额，请输入如 100 或 100.50，或扫顾客的付款码").arg(text.left(30)));
        return;
    }
    payCash(*t);
}

void PaymentDialog::reject()
{
    if (m_done) {
        QDialog::reject();
        return;
    }
    if (m_workflow.walletPending()) {
        showProblem(tr("正在等待顾客的扫码付款结果，请稍候再返回"));
        return;
    }
    if (!m_workflow.tendersTaken().isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("取消收款"),
                        tr("已收 %1。返回将撤销这些收款（微信/支付宝原路退回，银行卡请在刷卡机上"
                           "撤销），确定吗？")
                            .arg(m_tenders->text()),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setDefaultButton(QMessageBox::No); // a destructive question never defaults to yes
        ask.button(QMessageBox::Yes)->setText(tr("撤销并返回"));
        ask.button(QMessageBox::No)->setText(tr("继续收款"));
        if (ask.exec() != QMessageBox::Yes)
            return;
        if (Status s = m_workflow.cancelPayment(); !s) {
            showProblem(s.error().userText());
            return;
        }
    }
    QDialog::reject();
}

} // namespace pos::ui
