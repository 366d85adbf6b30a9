#include "ui/scandiagnosticsdialog.h"

#include "app/core/ports/scanner.h"
#include "app/core/ports/tracecoderegistry.h"
#include "app/core/sale/saleworkflow.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {

enum ScanColumn
{
    ColTime,
    ColGap,
    ColSource,
    ColSymbology,
    ColLength,
    ColText,
    ColFamily,
    ColResult,
    ScanColumns
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

ScanDiagnosticsDialog::ScanDiagnosticsDialog(Scanner& scanner, SaleWorkflow& sale,
                                             const ScanJournal* journal, QWidget* parent)
    : QDialog(parent)
    , m_sale(sale)
    , m_journal(journal)
{
    setWindowTitle(tr("扫码诊断"));
    resize(1100, 640);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("请用扫码枪扫描条码：下表逐字节显示扫码枪送来的内容和识别结果。"
                                "诊断期间扫码不会进入收银购物车。当前扫码设备：%1")
                                 .arg(scanner.deviceName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* tabs = new QTabWidget(this);
    m_scans = new QTableWidget(0, ScanColumns, tabs);
    m_scans->setObjectName(QStringLiteral("diagnosticScans"));
    m_scans->setHorizontalHeaderLabels({tr("时间"), tr("间隔"), tr("设备"), tr("码制标识"),
                                        tr("字节数"), tr("内容（控制字符可见）"), tr("识别为"),
                                        tr("结果")});
    m_scans->horizontalHeader()->setSectionResizeMode(ColText, QHeaderView::Stretch);
    m_scans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scans->verticalHeader()->hide();
    tabs->addTab(m_scans, tr("本次扫码"));
    m_history = new QTableWidget(0, 7, tabs);
    m_history->setHorizontalHeaderLabels(
        {tr("时间"), tr("设备"), tr("内容"), tr("识别为"), tr("处理"), tr("原因"), tr("耗时 µs")});
    m_history->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    tabs->addTab(m_history, tr("收银扫码日志（最近 200 条）"));
    layout->addWidget(tabs, 3);

    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("选中一行查看完整字节（十六进制）和识别出的各字段"));
    layout->addWidget(m_detail, 2);
    auto* close = new QPushButton(tr("关闭"), this);
    close->setAutoDefault(false);
    layout->addWidget(close, 0, Qt::AlignRight);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    // Every scanner feeding the counter (the configured one, the keyboard fallback, the camera),
    // as the workflow recognised it: the dialog reads nothing itself.
    connect(&m_sale, &SaleWorkflow::scanRecognised, this, &ScanDiagnosticsDialog::onScanned);
    connect(m_scans, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showDetail(row); });
    m_sale.setScanMode(ScanMode::Diagnostics);
    refreshJournal();
}

ScanDiagnosticsDialog::~ScanDiagnosticsDialog()
{
    m_sale.setScanMode(ScanMode::Sale);
}

int ScanDiagnosticsDialog::scanCount() const
{
    return m_scans->rowCount();
}

QString ScanDiagnosticsDialog::detailText() const
{
    return m_detail->toPlainText();
}

void ScanDiagnosticsDialog::onScanned(const ScanEvent& event, const codes::Recognition& r)
{
    const QString gap = m_sincePrevious.isValid() ? tr("%1 ms").arg(m_sincePrevious.restart())
                                                  : QStringLiteral("—");
    if (!m_sincePrevious.isValid())
        m_sincePrevious.start();
    const int row = m_scans->rowCount();
    m_scans->insertRow(row);
    m_scans->setItem(row, ColTime, cell(event.time.toString(QStringLiteral("HH:mm:ss.zzz"))));
    m_scans->setItem(row, ColGap, cell(gap));
    m_scans->setItem(row, ColSource, cell(event.source));
    m_scans->setItem(row, ColSymbology,
                     cell(event.symbologyId.isEmpty() ? tr("（未报告）") : event.symbologyId));
    m_scans->setItem(row, ColLength, cell(QString::number(event.payload.size())));
    m_scans->setItem(row, ColText, cell(codes::readableRaw(event.payload)));
    m_scans->setItem(row, ColFamily, cell(codes::familyDisplayName(r.family)));
    QString verdict = r.accepted ? tr("可识别") : tr("拒绝：%1").arg(r.reason);
    if (r.accepted && !r.warnings.isEmpty())
        verdict += tr("（注意：%1）").arg(r.warnings.join(u'；'));
    auto* result = cell(verdict);
    result->setForeground(r.accepted ? (r.warnings.isEmpty() ? QColor(0x2e7d32) : QColor(0xef6c00))
                                     : QColor(0xc62828));
    m_scans->setItem(row, ColResult, result);
    m_recognised.append(r);
    m_scans->setCurrentCell(row, ColText);
    showDetail(row);
    refreshJournal();
}

void ScanDiagnosticsDialog::showDetail(int row)
{
    if (row < 0 || row >= m_recognised.size())
        return;
    const codes::Recognition& r = m_recognised.at(row);
    m_detail->setPlainText(
        tr("字节（十六进制）：%1\n\n识别结果：\n%2")
            .arg(QString::fromLatin1(r.raw.toHex(' ')),
                 QString::fromUtf8(
                     QJsonDocument(codes::toJson(r)).toJson(QJsonDocument::Indented))));
}

void ScanDiagnosticsDialog::refreshJournal()
{
    if (!m_journal)
        return;
    const QList<ScanJournalEntry> entries = m_journal->recent(200);
    m_history->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const ScanJournalEntry& e = entries.at(i);
        const QStringList cols{e.at.toString(QStringLiteral("MM-dd HH:mm:ss")),
                               e.source,
                               codes::readableRaw(e.payload),
                               e.family,
                               e.outcome,
                               e.reason,
                               QString::number(e.elapsedUs)};
        for (int c = 0; c < cols.size(); ++c)
            m_history->setItem(i, c, cell(cols.at(c)));
    }
}

} // namespace pos::ui
