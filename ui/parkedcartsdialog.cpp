#include "ui/parkedcartsdialog.h"

#include "app/core/ports/clock.h"
#include "app/core/sale/saleworkflow.h"

#include <QColor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace pos::ui {

ParkedCartsDialog::ParkedCartsDialog(SaleWorkflow& workflow, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_workflow(workflow)
    , m_clock(clock)
{
    setWindowTitle(tr("挂单 / 取单"));
    setStyleSheet(
        QStringLiteral("QPushButton { min-height: 44px; font-size: 17px; padding: 0 14px; }"
                       "QLineEdit { min-height: 40px; font-size: 17px; }"));
    auto* grid = new QGridLayout(this);

    m_note = new QLineEdit(this);
    m_note->setMaxLength(int(ParkedCart::kMaxNote));
    m_note->setPlaceholderText(tr("备注（可空）：顾客特征、去向，如“红衣阿姨，取钱去了”"));
    m_park = new QPushButton(tr("挂起当前单 (Enter)"), this);
    grid->addWidget(new QLabel(tr("当前单："), this), 0, 0);
    grid->addWidget(m_note, 0, 1);
    grid->addWidget(m_park, 0, 2);

    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("挂单时间"), tr("已等待"), tr("挂单人"), tr("商品"), tr("金额"), tr("备注")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setStyleSheet(QStringLiteral("font-size: 16px;"));
    grid->addWidget(m_table, 1, 0, 1, 3);

    m_recall = new QPushButton(tr("取单"), this);
    m_discard = new QPushButton(tr("丢弃挂单"), this);
    auto* close = new QPushButton(tr("关闭 (Esc)"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recall);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    buttons->addWidget(close);
    grid->addLayout(buttons, 2, 0, 1, 3);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    grid->addWidget(m_message, 3, 0, 1, 3);

    // Nothing is a default button: Enter in the note parks, Enter on the list recalls.
    for (QPushButton* b : {m_park, m_recall, m_discard, close})
        b->setAutoDefault(false);
    connect(m_park, &QPushButton::clicked, this, &ParkedCartsDialog::park);
    connect(m_note, &QLineEdit::returnPressed, this, &ParkedCartsDialog::park);
    connect(m_recall, &QPushButton::clicked, this, &ParkedCartsDialog::recall);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { recall(); });
    connect(m_discard, &QPushButton::clicked, this, &ParkedCartsDialog::discard);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    resize(900, 460);
    reload();
    // The cart on the counter is parked; an empty counter recalls.
    if (m_workflow.cart().isEmpty() && m_table->rowCount() > 0) {
        m_table->setFocus();
        m_table->selectRow(0);
    } else {
        m_note->setFocus();
    }
}

QString ParkedCartsDialog::messageText() const
{
    return m_message->text();
}

void ParkedCartsDialog::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-size: 16px;")
                                   : QStringLiteral("color: #1b5e20; font-size: 16px;"));
    m_message->setText(text);
}

void ParkedCartsDialog::reload()
{
    m_table->setRowCount(0);
    Result<QList<ParkedCartStore::Entry>> list = m_workflow.parkedCarts();
    if (!list)
        return say(list.error().userText(), true);
    const QDateTime now = m_clock.now();
    for (const ParkedCartStore::Entry& e : std::as_const(*list)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const ParkedCart& c = e.cart;
        const QStringList cells{c.parkedAt.toString(QStringLiteral("MM-dd HH:mm")),
                                c.age(now),
                                c.parkedBy,
                                e.unreadable.isEmpty()
                                    ? tr("%1（%2 件）").arg(c.describeItems()).arg(c.itemCount())
                                    : e.unreadable,
                                e.unreadable.isEmpty() ? c.total().display() : QString(),
                                c.note};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.parkNo);
            if (!e.unreadable.isEmpty())
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, col, item);
        }
    }
    m_recall->setText(tr("取单（%1 张）").arg(m_table->rowCount()));
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

QString ParkedCartsDialog::chosen() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return {};
    return m_table->item(row, 0)->data(Qt::UserRole).toString();
}

void ParkedCartsDialog::park()
{
    Result<ParkedCart> p = m_workflow.parkSale(m_note->text());
    if (!p)
        return say(p.error().userText(), true);
    accept();
}

void ParkedCartsDialog::recall()
{
    const QString parkNo = chosen();
    if (parkNo.isEmpty())
        return say(tr("请先在列表中选一张挂单"), true);
    Result<QStringList> r = m_workflow.recallSale(parkNo);
    if (!r)
        return say(r.error().userText(), true);
    accept(); // what changed is announced on the counter's message line
}

void ParkedCartsDialog::discard()
{
    const QString parkNo = chosen();
    if (parkNo.isEmpty())
        return say(tr("请先在列表中选一张挂单"), true);
    // Destructive: No is the default.
    if (QMessageBox::question(this, tr("丢弃挂单"),
                              tr("确定丢弃挂单 %1？丢弃后不能再取回（记入审计）").arg(parkNo),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (Status s = m_workflow.discardParked(parkNo); !s)
        return say(s.error().userText(), true);
    say(tr("挂单 %1 已丢弃").arg(parkNo), false);
    reload();
}

} // namespace pos::ui
