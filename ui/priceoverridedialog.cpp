#include "ui/priceoverridedialog.h"

#include "app/core/sale/saleworkflow.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pos::ui {

PriceOverrideDialog::PriceOverrideDialog(SaleWorkflow& workflow, int line, QWidget* parent)
    : QDialog(parent)
    , m_workflow(workflow)
    , m_line(line)
{
    setWindowTitle(tr("改价 / 折扣"));
    setObjectName(QStringLiteral("priceOverrideDialog"));
    setMinimumWidth(520);
    setStyleSheet(QStringLiteral("QLabel, QRadioButton, QLineEdit, QComboBox, QPushButton "
                                 "{ font-size: 18px; } QPushButton, QRadioButton { min-height: "
                                 "44px; } QLineEdit, QComboBox { min-height: 40px; }"));

    m_lineLabel = new QLabel(this);
    m_lineLabel->setWordWrap(true);

    m_mode = new QButtonGroup(this);
    auto* modes = new QHBoxLayout;
    const QStringList names{tr("改单价"), tr("本行折扣 %"), tr("整单折扣 %")};
    for (int i = 0; i < names.size(); ++i) {
        auto* b = new QRadioButton(names.at(i), this);
        b->setObjectName(QStringLiteral("mode%1").arg(i));
        m_mode->addButton(b, i);
        modes->addWidget(b);
    }
    m_mode->button(0)->setChecked(true);

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonBox"));
    m_reason->setEditable(true);
    m_reason->addItems(
        {tr("会员优惠"), tr("临期促销"), tr("包装破损"), tr("顾客议价"), tr("活动价")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("理由（打印在小票上）"));

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #555; font-size: 14px;"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("确定"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceOverrideDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mode, &QButtonGroup::idClicked, this, [this] { refresh(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lineLabel);
    layout->addLayout(modes);
    layout->addWidget(m_value);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    refresh();
    m_value->setFocus();
}

void PriceOverrideDialog::refresh()
{
    const Cart& cart = m_workflow.cart();
    if (m_line >= 0 && m_line < cart.size()) {
        const SaleLine& l = cart.lines().at(m_line);
        m_lineLabel->setText(tr("第 %1 行：%2 %3\n原价 %4 /%5，现价 %6")
                                 .arg(m_line + 1)
                                 .arg(l.product.displayName(), l.product.spec,
                                      l.listPrice().display(), l.unitName(),
                                      l.unitPrice.display()));
    }
    const int mode = m_mode->checkedId();
    m_value->setPlaceholderText(mode == 0 ? tr("新单价，如 12.50")
                                          : tr("让利百分比，如 10 即九折"));
    const int limit = m_workflow.priceOverridePolicy().cashierMaxPercent;
    m_hint->setText(
        limit > 0 ? tr("收银员最多可让利 %1%；更多或加价须店长按 F2 介入（PRICE-OVERRIDE）。"
                       "改价记入审计日志。")
                        .arg(limit)
                  : tr("改价须店长权限：请店长按 F2 介入（PRICE-OVERRIDE）。改价记入审计日志。"));
}

void PriceOverrideDialog::setMode(bool percent, bool wholeSale)
{
    m_mode->button(wholeSale ? 2 : percent ? 1 : 0)->setChecked(true);
    refresh();
}

void PriceOverrideDialog::setValue(const QString& text)
{
    m_value->setText(text);
}

void PriceOverrideDialog::setReason(const QString& reason)
{
    m_reason->setCurrentText(reason);
}

QString PriceOverrideDialog::problemText() const
{
    return m_problem->text();
}

void PriceOverrideDialog::apply()
{
    const QString text = m_value->text().trimmed();
    const QString reason = m_reason->currentText();
    const int mode = m_mode->checkedId();
    Status s;
    if (mode == 0) {
        const std::optional<Money> price = Money::parse(text);
        if (!price) {
            m_problem->setText(tr("单价“%1”不是金额：请输入如 12.50").arg(text));
            adjustSize();
            return;
        }
        s = m_workflow.overridePrice(m_line, *price, reason);
    } else {
        bool ok = false;
        const int percent = text.endsWith(u'%') ? text.chopped(1).toInt(&ok) : text.toInt(&ok);
        if (!ok) {
            m_problem->setText(tr("折扣“%1”不是整数百分比：请输入 1 到 99").arg(text));
            adjustSize();
            return;
        }
        s = mode == 1 ? m_workflow.discountLine(m_line, percent, reason)
                      : m_workflow.discountSale(percent, reason);
    }
    if (!s) {
        m_problem->setText(s.error().userText());
        refresh();
        adjustSize(); // the whole reason shows, however long
        return;
    }
    accept();
}

} // namespace pos::ui
