#include "ui/paymentdialog.h"

#include "app/core/rx/rxrules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pos::ui {

PaymentDialog::PaymentDialog(Money due, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_due(due)
    , m_submit(std::move(submit))
{
    setWindowTitle(tr("现金收款"));
    setObjectName(QStringLiteral("paymentDialog"));
    auto* form = new QFormLayout;
    m_form = form;
    auto* dueLabel = new QLabel(due.display(), this);
    dueLabel->setObjectName(QStringLiteral("dueLabel"));
    dueLabel->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: bold;"));
    m_tendered = new QLineEdit(due.toString(), this);
    m_tendered->setObjectName(QStringLiteral("tenderedEdit"));
    m_tendered->setStyleSheet(QStringLiteral("font-size: 24px;"));
    m_tendered->setAttribute(Qt::WA_InputMethodEnabled, false); // digits only, no IME
    m_tendered->selectAll();
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_change->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: bold; color: #0a6;"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c00;"));
    m_error->setWordWrap(true);
    form->addRow(tr("应收"), dueLabel);
    form->addRow(tr("实收"), m_tendered);
    form->addRow(tr("找零"), m_change);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("确认收款 (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("返回 (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentDialog::updateChange);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateChange();
}

QString PaymentDialog::errorText() const
{
    return m_error->text();
}

void PaymentDialog::updateChange()
{
    const std::optional<Money> t = Money::parse(m_tendered->text());
    m_error->clear();
    if (!t) {
        m_change->setText(QStringLiteral("—"));
        return;
    }
    m_change->setText(*t >= m_due ? (*t - m_due).display()
                                  : tr("不足 %1").arg((m_due - *t).display()));
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

void PaymentDialog::accept()
{
    const std::optional<Money> t = Money::parse(m_tendered->text());
    if (!t) {
        m_error->setText(tr("“%1”不是金额，请输入如 100 或 100.50").arg(m_tendered->text()));
        m_tendered->selectAll();
        return;
    }
    if (m_buyerId && m_registerBuyer && !m_buyerId->text().trimmed().isEmpty()) {
        if (const Status b = m_registerBuyer(m_buyerId->text()); !b) {
            m_error->setText(b.error().userText());
            m_buyerId->setFocus();
            m_buyerId->selectAll();
            return;
        }
    }
    const Status s = m_submit(*t);
    if (!s) {
        m_error->setText(s.error().userText());
        m_tendered->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace pos::ui
