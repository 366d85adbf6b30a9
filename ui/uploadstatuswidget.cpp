#include "ui/uploadstatuswidget.h"

#include "app/core/ports/clock.h"
#include "app/core/upload/uploadservice.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

UploadStatusWidget::UploadStatusWidget(upload::UploadService& service, const Clock& clock,
                                       QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("uploadStatusWidget"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("uploadSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_counts = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    auto* runNowButton = new QPushButton(tr("立即上传"), this);
    auto* refreshButton = new QPushButton(tr("刷新"), this);
    top->addWidget(runNowButton);
    top->addWidget(refreshButton);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(m_message);

    auto* problems = new QGroupBox(tr("需要处理的记录（被平台拒收、结果待核实）"), this);
    auto* problemsLayout = new QVBoxLayout(problems);
    auto* split = new QSplitter(Qt::Horizontal, problems);
    m_problems = new QTableWidget(0, 7, split);
    m_problems->setHorizontalHeaderLabels({tr("编号"), tr("交易"), tr("单据"), tr("状态"),
                                           tr("平台消息"), tr("写入时间"), tr("尝试")});
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problems->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_record = new QPlainTextEdit(split);
    m_record->setPlaceholderText(tr("选中一条记录查看上传内容；被拒的记录可在此更正后重发"));
    split->addWidget(m_problems);
    split->addWidget(m_record);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    problemsLayout->addWidget(split);
    auto* actions = new QHBoxLayout;
    m_retry = new QPushButton(tr("重试"), problems);
    m_correct = new QPushButton(tr("更正并重发"), problems);
    m_withdraw = new QPushButton(tr("撤回…"), problems);
    actions->addWidget(m_retry);
    actions->addWidget(m_correct);
    actions->addWidget(m_withdraw);
    actions->addStretch(1);
    problemsLayout->addLayout(actions);
    layout->addWidget(problems, 1);

    auto* recon = new QGroupBox(tr("与平台对账（3508 库存、3511 销售、3513 追溯码）"), this);
    auto* reconLayout = new QVBoxLayout(recon);
    auto* period = new QHBoxLayout;
    const QDate today = m_clock.now().date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), recon);
    m_to = new QDateEdit(today, recon);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_reconcile = new QPushButton(tr("对账"), recon);
    period->addWidget(new QLabel(tr("从"), recon));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("至"), recon));
    period->addWidget(m_to);
    period->addWidget(m_reconcile);
    period->addStretch(1);
    reconLayout->addLayout(period);
    m_reconSummary = new QLabel(recon);
    m_reconSummary->setWordWrap(true);
    reconLayout->addWidget(m_reconSummary);
    m_differences = new QTableWidget(0, 4, recon);
    m_differences->setHorizontalHeaderLabels(
        {tr("项目"), tr("差异"), tr("批次流水号 / 商品 / 追溯码"), tr("说明")});
    m_differences->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_differences->verticalHeader()->hide();
    reconLayout->addWidget(m_differences);
    layout->addWidget(recon, 1);

    connect(runNowButton, &QPushButton::clicked, this, &UploadStatusWidget::runNow);
    connect(refreshButton, &QPushButton::clicked, this, &UploadStatusWidget::refresh);
    connect(m_problems, &QTableWidget::itemSelectionChanged, this,
            &UploadStatusWidget::showSelected);
    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(); });
    connect(m_correct, &QPushButton::clicked, this, [this] { correctSelected(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("撤回上传记录"), tr("撤回原因（将写入审计日志）："),
                                  QLineEdit::Normal, {}, &ok);
        if (ok)
            withdrawSelected(reason);
    });
    connect(m_reconcile, &QPushButton::clicked, this,
            [this] { reconcile(m_from->date(), m_to->date()); });
    connect(&m_service, &upload::UploadService::changed, this, &UploadStatusWidget::refresh);
    m_tick = new QTimer(this); // the outage's length grows by itself
    connect(m_tick, &QTimer::timeout, this, &UploadStatusWidget::refresh);
    m_tick->start(30'000);
    refresh();
}

void UploadStatusWidget::refresh()
{
    const UploadQueueStatus s = m_service.status();
    const QDateTime now = m_clock.now();
    m_summary->setText(upload::UploadService::linkSummary(s, now));
    const char* colour = "#2e7d32";
    switch (upload::UploadService::linkLevel(s)) {
    case upload::UploadService::LinkLevel::Ok: break;
    case upload::UploadService::LinkLevel::Attention: colour = "#ef6c00"; break;
    case upload::UploadService::LinkLevel::Down: colour = "#c62828"; break;
    }
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    m_counts->setText(
        tr("待上传 %1　发送中 %2　被拒 %3　待核实 %4　已上传 %5　已撤回 %6　最近成功 %7%8")
            .arg(s.pending)
            .arg(s.sending)
            .arg(s.rejected)
            .arg(s.unknown)
            .arg(s.accepted)
            .arg(s.withdrawn)
            .arg(s.lastSuccess.isValid() ? s.lastSuccess.toString(QStringLiteral("MM-dd HH:mm:ss"))
                                         : tr("（从未）"))
            .arg(s.lastError.isEmpty() ? QString() : tr("　最近错误：%1").arg(s.lastError)));
    const qint64 keep = selectedRecord();
    const QList<UploadRecord> problems = m_service.problems();
    m_problems->blockSignals(true);
    m_problems->setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const UploadRecord& r = problems.at(i);
        auto* id = cell(QString::number(r.id));
        id->setData(Qt::UserRole, r.id);
        m_problems->setItem(i, 0, id);
        m_problems->setItem(i, 1, cell(r.infno));
        m_problems->setItem(i, 2, cell(r.docRef));
        m_problems->setItem(i, 3, cell(toDisplayString(r.state)));
        m_problems->setItem(i, 4, cell(r.platformMessage));
        m_problems->setItem(i, 5,
                            cell(r.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_problems->setItem(i, 6, cell(QString::number(r.attempts)));
        if (r.id == keep)
            m_problems->selectRow(i);
    }
    m_problems->blockSignals(false);
    if (selectedRecord() != keep)
        showSelected();
}

qint64 UploadStatusWidget::selectedRecord() const
{
    const QList<QTableWidgetItem*> items = m_problems->selectedItems();
    for (QTableWidgetItem* i : items)
        if (i->column() == 0)
            return i->data(Qt::UserRole).toLongLong();
    return 0;
}

bool UploadStatusWidget::selectRecord(qint64 id)
{
    for (int row = 0; row < m_problems->rowCount(); ++row)
        if (m_problems->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_problems->selectRow(row);
            showSelected();
            return true;
        }
    return false;
}

void UploadStatusWidget::showSelected()
{
    const qint64 id = selectedRecord();
    const std::optional<UploadRecord> r = id ? m_service.record(id) : std::nullopt;
    m_record->setPlainText(
        r ? QString::fromUtf8(QJsonDocument(r->payload).toJson(QJsonDocument::Indented))
          : QString());
    m_record->setReadOnly(!r || r->state != UploadState::Rejected);
    m_retry->setEnabled(r.has_value());
    m_correct->setEnabled(r && r->state == UploadState::Rejected);
    m_withdraw->setEnabled(r && r->state == UploadState::Rejected);
}

void UploadStatusWidget::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

bool UploadStatusWidget::retrySelected()
{
    const qint64 id = selectedRecord();
    if (!id) {
        say(tr("请先选中一条记录"), true);
        return false;
    }
    if (const Status s = m_service.retry(id); !s) {
        say(s.error().userText(), true);
        return false;
    }
    say(tr("记录 %1 已排队重新上传（结果未知的记录先向平台核实）").arg(id), false);
    refresh();
    return true;
}

bool UploadStatusWidget::correctSelected()
{
    const qint64 id = selectedRecord();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_record->toPlainText().toUtf8(), &error);
    if (!id || !doc.isObject()) {
        say(id ? tr("更正内容不是有效的 JSON：%1").arg(error.errorString())
               : tr("请先选中一条记录"),
            true);
        return false;
    }
    if (const Status s = m_service.correct(id, doc.object()); !s) {
        say(s.error().userText(), true);
        return false;
    }
    say(tr("记录 %1 已更正并排队重新上传").arg(id), false);
    refresh();
    return true;
}

bool UploadStatusWidget::withdrawSelected(const QString& reason)
{
    const qint64 id = selectedRecord();
    if (!id) {
        say(tr("请先选中一条记录"), true);
        return false;
    }
    const Result<qint64> r = m_service.withdraw(id, reason);
    if (!r) {
        say(r.error().userText(), true);
        return false;
    }
    say(*r == 0 ? tr("记录 %1 已撤回（平台未收录，无需 3507）").arg(id)
                : tr("记录 %1 的撤回已排队：3507 记录 #%2").arg(id).arg(*r),
        false);
    refresh();
    return true;
}

void UploadStatusWidget::runNow()
{
    m_service.runNow();
    say(tr("已通知上传程序立即发送"), false);
}

void UploadStatusWidget::reconcile(const QDate& from, const QDate& to)
{
    m_reconcile->setEnabled(false);
    m_reconSummary->setText(tr("正在向平台查询 %1 至 %2 的记录…")
                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    m_differences->setRowCount(0);
    QPointer<UploadStatusWidget> self(this);
    m_service.reconcile(from, to, [self](Result<upload::ReconReport> report) {
        if (!self)
            return;
        self->m_reconcile->setEnabled(true);
        if (!report) {
            self->m_reconSummary->setText(report.error().userText());
            self->m_reconSummary->setStyleSheet(QStringLiteral("color: #c62828;"));
            Q_EMIT self->reconciled(false);
            return;
        }
        self->m_reconSummary->setText(report->summary());
        self->m_reconSummary->setStyleSheet(
            report->unexplained() > 0 ? QStringLiteral("color: #c62828;") : QString());
        const QList<upload::ReconDifference>& d = report->differences;
        self->m_differences->setRowCount(int(d.size()));
        for (int i = 0; i < d.size(); ++i) {
            self->m_differences->setItem(i, 0, cell(d.at(i).area));
            self->m_differences->setItem(i, 1, cell(upload::toDisplayString(d.at(i).kind)));
            self->m_differences->setItem(i, 2, cell(d.at(i).key));
            self->m_differences->setItem(i, 3, cell(d.at(i).detail));
        }
        Q_EMIT self->reconciled(true);
    });
}

QString UploadStatusWidget::summaryText() const
{
    return m_summary->text();
}

QString UploadStatusWidget::messageText() const
{
    return m_message->text();
}

QString UploadStatusWidget::reconciliationText() const
{
    return m_reconSummary->text();
}

int UploadStatusWidget::problemRows() const
{
    return m_problems->rowCount();
}

int UploadStatusWidget::differenceRows() const
{
    return m_differences->rowCount();
}

} // namespace pos::ui
