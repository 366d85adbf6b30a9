#include "ui/refunddialog.h"

#include "app/core/insurance/settlementservice.h"
#include "app/core/notice.h"
#include "app/core/staff/privacy.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

namespace pos::ui {

RefundDialog::RefundDialog(SettlementService& settlement, QWidget* parent)
    : QDialog(parent)
    , m_settlement(settlement)
{
    setWindowTitle(tr("医保退费（原路退回）"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("本月的医保结算可原路退费：统筹与个人账户退回医保，现金部分退给患者。"
                      "跨月的结算不能在本店退费，请患者到医保经办机构办理（REFUND-ORIGINAL）。"),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("refundable"));
    m_table->setHorizontalHeaderLabels({tr("结算单号"), tr("结算时间"), tr("参保人"),
                                        tr("医疗费总额"), tr("统筹"), tr("个人账户"), tr("现金")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("settlementNo"));
    m_number->setPlaceholderText(tr("选中上表一行，或输入结算单上的结算单号"));
    form->addRow(tr("结算单号"), m_number);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("例如：患者退药，药品未拆封"));
    form->addRow(tr("退费原因"), m_reason);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_refund = new QPushButton(tr("确认退费（2103）"), this);
    m_refund->setObjectName(QStringLiteral("refund"));
    auto* close = new QPushButton(tr("关闭"), this);
    close->setObjectName(QStringLiteral("close"));
    buttons->addStretch(1);
    buttons->addWidget(m_refund);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> picked = m_table->selectedItems();
        if (!picked.isEmpty())
            m_number->setText(m_table->item(picked.first()->row(), 0)->text());
    });
    connect(m_refund, &QPushButton::clicked, this, &RefundDialog::refund);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_settlement, &SettlementService::notice, this, &RefundDialog::showNotice);
    resize(820, 480);
    reload();
}

QString RefundDialog::messageText() const
{
    return m_message->text();
}

void RefundDialog::reload()
{
    Result<QList<InsuredSettlementRecord>> rows = m_settlement.refundable();
    m_table->setRowCount(0);
    if (!rows) {
        say(rows.error().userText(), true);
        return;
    }
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const InsuredSettlementRecord& s = rows->at(r);
        const QStringList cells{
            s.settlementNo,          s.split.settledAt.toString(QStringLiteral("MM-dd HH:mm")),
            maskName(s.person.name), s.split.total.display(),
            s.split.fund.display(),  s.split.account.display(),
            s.split.cash.display()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    if (rows->isEmpty() && m_message->text().isEmpty())
        say(tr("本月没有可退费的医保结算"), false);
}

void RefundDialog::refund()
{
    const QString no = m_number->text().trimmed();
    if (no.isEmpty()) {
        say(tr("请先选择或输入要退费的结算单号"), true);
        return;
    }
    say(tr("正在向医保平台申请退费（2103）……"), false);
    QPointer<RefundDialog> self(this);
    const Status sent =
        m_settlement.refund(no, m_reason->text().trimmed(), [self](Result<QString> returned) {
            if (!self)
                return;
            if (returned)
                self->m_reason->clear();
            self->reload();
        });
    if (!sent)
        say(sent.error().userText(), true); // refused before anything was sent: nothing changed
}

void RefundDialog::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020;")
                                   : QStringLiteral("color:#1b5e20;"));
}

void RefundDialog::showNotice(const Notice& n)
{
    // The service says what happened: the return's number and the cash to hand back, or why not.
    say(n.text, n.level == Notice::Level::Error);
}

} // namespace pos::ui
