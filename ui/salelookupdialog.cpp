#include "ui/salelookupdialog.h"

#include "app/core/payment/tender.h"
#include "app/core/sale/returnservice.h"
#include "app/core/sale/salelookup.h"
#include "app/core/sale/saleworkflow.h"
#include "app/core/staff/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
constexpr int kTouchHeight = 48;

QString paidBy(const QString& method)
{
    if (method == u"mixed")
        return QObject::tr("组合支付");
    if (const std::optional<TenderKind> k = tenderFromName(method))
        return toDisplayString(*k);
    return method;
}
} // namespace

SaleLookupDialog::SaleLookupDialog(const SaleLookup& lookup, SaleWorkflow& sale,
                                   ReturnService* returns, Session& session,
                                   std::function<void()> stepIn, QWidget* parent)
    : QDialog(parent)
    , m_lookup(lookup)
    , m_sale(sale)
    , m_returns(returns)
    , m_session(session)
    , m_stepIn(std::move(stepIn))
{
    setWindowTitle(tr("查单 (F1)"));
    setObjectName(QStringLiteral("saleLookupDialog"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("saleSearchEdit"));
    m_search->setPlaceholderText(
        tr("单号、小票末几位、扫盒上的追溯码、金额 23.50、时间 09:30 或 2026-11-23、商品名"));
    m_search->setMinimumHeight(kTouchHeight);
    m_search->setStyleSheet(QStringLiteral("font-size: 18px;"));
    auto* find = new QPushButton(tr("查找"), this);
    find->setMinimumHeight(kTouchHeight);
    find->setAutoDefault(false);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(find);

    m_meaning = new QLabel(this);
    m_meaning->setObjectName(QStringLiteral("meaningLabel"));
    m_meaning->setStyleSheet(QStringLiteral("color: #555;"));
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("saleResults"));
    m_table->setHorizontalHeaderLabels({tr("单号"), tr("时间"), tr("收银台/收银员"), tr("金额"),
                                        tr("支付"), tr("商品"), tr("状态")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    m_reprint = new QPushButton(tr("补打小票"), this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_return = new QPushButton(tr("整单退货"), this);
    m_return->setObjectName(QStringLiteral("returnButton"));
    auto* stepInButton = new QPushButton(tr("店长介入 (F2)"), this);
    auto* close = new QPushButton(tr("关闭 (Esc)"), this);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_reprint, m_return, stepInButton, close}) {
        b->setMinimumHeight(kTouchHeight);
        b->setAutoDefault(false);
        actions->addWidget(b);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lookupMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_meaning);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::returnPressed, this, &SaleLookupDialog::search);
    connect(find, &QPushButton::clicked, this, &SaleLookupDialog::search);
    connect(m_reprint, &QPushButton::clicked, this, &SaleLookupDialog::reprint);
    connect(m_return, &QPushButton::clicked, this, &SaleLookupDialog::returnChosen);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SaleLookupDialog::reprint);
    const auto stepInNow = [this] {
        if (m_stepIn)
            m_stepIn();
    };
    connect(stepInButton, &QPushButton::clicked, this, stepInNow);
    auto* f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(f2, &QShortcut::activated, this, stepInNow);
    // Ends with the session: a lock or a logout closes it (a manager stepping in does not).
    connect(&m_session, &Session::changed, this, [this] {
        if (!m_session.isLoggedIn() || m_session.isLocked())
            reject();
    });
    resize(980, 560);
}

QString SaleLookupDialog::messageText() const
{
    return m_message->text();
}

void SaleLookupDialog::say(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c00;")
                                     : QStringLiteral("color: #060;"));
    m_message->setText(text);
}

void SaleLookupDialog::search()
{
    m_table->setRowCount(0);
    m_found.clear();
    Result<SaleLookup::Reading> reading = m_lookup.read(m_search->text());
    if (!reading) {
        m_meaning->clear();
        say(reading.error().userText(), true);
        return;
    }
    Result<QList<SaleSummary>> found = m_lookup.find(m_search->text());
    if (!found) {
        say(found.error().userText(), true);
        return;
    }
    m_found = *found;
    m_meaning->setText(tr("%1：%2 单").arg(reading->meaning).arg(m_found.size()));
    m_table->setRowCount(int(m_found.size()));
    for (int i = 0; i < m_found.size(); ++i) {
        const SaleSummary& s = m_found.at(i);
        const QStringList cells{s.saleNo,
                                s.time.toString(QStringLiteral("MM-dd HH:mm")),
                                QStringLiteral("%1 %2").arg(s.terminal, s.operatorName),
                                s.total.display(),
                                paidBy(s.paymentMethod),
                                s.items,
                                s.returned ? tr("已退货")
                                           : (s.rxNo.isEmpty() ? QString() : tr("处方"))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    if (m_found.isEmpty())
        say(tr("没有找到销售"), true);
    else {
        m_table->selectRow(0);
        m_table->setFocus();
        say(QString(), false);
    }
}

QString SaleLookupDialog::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_found.size() ? m_found.at(row).saleNo : QString();
}

void SaleLookupDialog::reprint()
{
    const QString no = chosen();
    if (no.isEmpty()) {
        say(tr("请先查找并选中一张销售单"), true);
        return;
    }
    Result<PaymentOutcome> r = m_sale.reprint(no);
    if (!r) {
        say(r.error().userText(), true);
        return;
    }
    say(r->receiptPending ? tr("正在补打 %1 的小票【补打】").arg(no)
                          : tr("已补打 %1 的小票【补打】").arg(no),
        false);
}

void SaleLookupDialog::returnChosen()
{
    const QString no = chosen();
    if (no.isEmpty()) {
        say(tr("请先查找并选中一张销售单"), true);
        return;
    }
    if (!m_returns) {
        say(tr("本收银台不办理退货"), true);
        return;
    }
    QString reason = m_reasonForTest;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("整单退货"),
                                       tr("销售单 %1 整单退货，退货原因：").arg(no),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    Result<QString> r = m_returns->returnSale(no, reason);
    if (!r) {
        const Error& e = r.error();
        say(e.code == ErrorCode::PermissionDenied
                ? tr("%1 —— 退货须店长审批：请店长按 F2 介入，再点整单退货").arg(e.userText())
                : e.userText(),
            true);
        return;
    }
    say(tr("已退货：退货单 %1（销售单 %2）").arg(*r, no), false);
    search();
    say(tr("已退货：退货单 %1（销售单 %2）").arg(*r, no), false);
}

} // namespace pos::ui
