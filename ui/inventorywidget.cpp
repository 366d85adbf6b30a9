#include "ui/inventorywidget.h"

#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/productservice.h"
#include "app/core/inventory/purchaseimport.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/productlookup.h"
#include "app/core/scan.h"
#include "ui/productmasterwidget.h"
#include "ui/receivingform.h"
#include "ui/stocktablemodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

InventoryWidget::InventoryWidget(InventoryService& service, ProductService& products,
                                 const InventoryRepository& inventory, const Clock& clock,
                                 QString storeName, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_products(products)
    , m_inventory(inventory)
    , m_clock(clock)
    , m_storeName(std::move(storeName))
{
    setObjectName(QStringLiteral("inventoryPage"));
    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;

    auto* stockPage = new QWidget(tabs);
    auto* stockLayout = new QVBoxLayout(stockPage);
    m_nearExpiry = new QLabel(stockPage);
    m_nearExpiry->setObjectName(QStringLiteral("nearExpiryLabel"));
    stockLayout->addWidget(m_nearExpiry);
    m_stock = new QTableView(stockPage);
    m_stock->setObjectName(QStringLiteral("stockTable"));
    m_stockModel = new StockTableModel(m_inventory, m_stock);
    m_stock->setModel(m_stockModel);
    m_stock->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stock->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stock->verticalHeader()->hide();
    // Fixed widths: sizing columns to their contents would measure every row read so far.
    m_stock->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_stock->horizontalHeader()->setSectionResizeMode(StockTableModel::Name, QHeaderView::Stretch);
    m_stock->horizontalHeader()->setStretchLastSection(false);
    stockLayout->addWidget(m_stock, 1);
    tabs->addTab(stockPage, tr("库存与效期"));

    m_productsPage = new ProductMasterWidget(m_products, tabs);
    tabs->addTab(m_productsPage, tr("商品档案"));

    auto* receivePage = new QWidget(tabs);
    auto* receiveLayout = new QVBoxLayout(receivePage);
    m_receiving = new ReceivingForm(m_service, m_products.catalog(), m_inventory,
                                    m_clock.now().date(), receivePage);
    receiveLayout->addWidget(m_receiving, 1);
    connect(m_receiving, &ReceivingForm::received, this, &InventoryWidget::refresh);
    auto* importBar = new QHBoxLayout;
    auto* note =
        new QLabel(tr("或导入供货单位的到货单（CSV UTF-8 或 XLSX）：任一行被拒收则整张单都不入库，"
                      "下方逐行列出原因；改正后重新导入。"),
                   receivePage);
    note->setWordWrap(true);
    auto* importButton = new QPushButton(tr("导入到货单…"), receivePage);
    importBar->addWidget(note, 1);
    importBar->addWidget(importButton);
    receiveLayout->addLayout(importBar);
    m_report = new QPlainTextEdit(receivePage);
    m_report->setObjectName(QStringLiteral("receiveReport"));
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(110);
    receiveLayout->addWidget(m_report);
    tabs->addTab(receivePage, tr("购进验收"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("选择到货单"), QString(),
                                                          m_deliveryReader || m_deliveryNoteReader
                                                              ? tr("到货单 (*.csv *.xlsx)")
                                                              : tr("到货单 (*.csv)"));
        if (!path.isEmpty())
            importDelivery(path);
    });

    auto* countPage = new QWidget(tabs);
    auto* countLayout = new QVBoxLayout(countPage);
    auto* countBar = new QHBoxLayout;
    auto* scope = new QComboBox(countPage);
    scope->addItems({tr("全部"), tr("西药"), tr("中成药"), tr("中药饮片")});
    auto* startButton = new QPushButton(tr("新建盘点单"), countPage);
    auto* scan = new QLineEdit(countPage);
    scan->setObjectName(QStringLiteral("countScanEdit"));
    scan->setPlaceholderText(tr("扫码计数：每扫一盒加一盒"));
    scan->setAttribute(Qt::WA_InputMethodEnabled, false);
    countBar->addWidget(scope);
    countBar->addWidget(startButton);
    countBar->addWidget(scan, 1);
    countLayout->addLayout(countBar);
    m_count = new QTableWidget(countPage);
    m_count->setObjectName(QStringLiteral("countTable"));
    m_count->setColumnCount(7);
    m_count->setHorizontalHeaderLabels({tr("商品编码"), tr("品名"), tr("批号"), tr("有效期至"),
                                        tr("账面（最小单位）"), tr("实盘"), tr("差异")});
    m_count->verticalHeader()->hide();
    m_count->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_count->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    countLayout->addWidget(m_count, 1);
    auto* approveBar = new QHBoxLayout;
    auto* reason = new QLineEdit(countPage);
    reason->setPlaceholderText(tr("调整原因（必填），如：月末盘点"));
    auto* approveButton = new QPushButton(tr("店长审核并过账"), countPage);
    approveBar->addWidget(reason, 1);
    approveBar->addWidget(approveButton);
    countLayout->addLayout(approveBar);
    m_countMessage = new QLabel(countPage);
    m_countMessage->setWordWrap(true);
    countLayout->addWidget(m_countMessage);
    tabs->addTab(countPage, tr("盘点"));
    connect(startButton, &QPushButton::clicked, this,
            [this, scope] { startStocktake(scope->currentIndex()); });
    connect(scan, &QLineEdit::returnPressed, this, [this, scan] {
        countScan(scan->text().trimmed());
        scan->clear();
    });
    connect(approveButton, &QPushButton::clicked, this,
            [this, reason] { approveStocktake(reason->text()); });
    connect(m_count, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 5)
            return;
        const QTableWidgetItem* book = m_count->item(item->row(), 4);
        QTableWidgetItem* diff = m_count->item(item->row(), 6);
        if (!book || !diff)
            return;
        bool ok = false;
        const qint64 counted = item->text().toLongLong(&ok);
        const QSignalBlocker block(m_count);
        diff->setText(ok ? QString::number(counted - book->text().toLongLong()) : QString());
    });

    auto* exportPage = new QWidget(tabs);
    auto* exportLayout = new QVBoxLayout(exportPage);
    auto* range = new QHBoxLayout;
    const QDate today = m_clock.now().date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), exportPage);
    m_to = new QDateEdit(today, exportPage);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    range->addWidget(new QLabel(tr("从"), exportPage));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("至"), exportPage));
    range->addWidget(m_to);
    range->addStretch();
    exportLayout->addLayout(range);
    auto* exportBar = new QHBoxLayout;
    m_format = new QComboBox(exportPage);
    m_format->addItems({tr("CSV"), tr("XLSX"), tr("PDF")});
    auto* exportButton = new QPushButton(tr("导出进销存台账…"), exportPage);
    auto* journalButton = new QPushButton(tr("导出库存流水（CSV）…"), exportPage);
    exportBar->addWidget(m_format);
    exportBar->addWidget(exportButton);
    exportBar->addWidget(journalButton);
    exportBar->addStretch();
    exportLayout->addLayout(exportBar);
    m_exportMessage = new QLabel(exportPage);
    m_exportMessage->setObjectName(QStringLiteral("exportMessage"));
    m_exportMessage->setWordWrap(true);
    exportLayout->addWidget(m_exportMessage);
    m_queue = new QLabel(exportPage);
    m_queue->setObjectName(QStringLiteral("queueLabel"));
    exportLayout->addWidget(m_queue);
    exportLayout->addStretch();
    tabs->addTab(exportPage, tr("台账导出与上传"));
    const auto period = [this]() -> QString { // a QString, not a QStringBuilder over temporaries
        return m_from->date().toString(Qt::ISODate) + u'_' + m_to->date().toString(Qt::ISODate);
    };
    connect(exportButton, &QPushButton::clicked, this, [this, period] {
        const QString suffix = m_format->currentText().toLower();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("保存进销存台账"), tr("进销存_%1.%2").arg(period(), suffix),
            tr("%1 (*.%2)").arg(m_format->currentText(), suffix));
        if (!path.isEmpty())
            exportLedger(path);
    });
    connect(journalButton, &QPushButton::clicked, this, [this, period] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("保存库存流水"), tr("库存流水_%1.csv").arg(period()), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportJournal(path);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    // Nothing is read here: the screen loads when it is first shown (showEvent).
}

void InventoryWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

QString InventoryWidget::stockSummaryText() const
{
    return m_nearExpiry->text();
}

QString InventoryWidget::reportText() const
{
    return m_report->toPlainText();
}

QString InventoryWidget::queueText() const
{
    return m_queue->text();
}

void InventoryWidget::refresh()
{
    m_loaded = true;
    const QDate today = m_clock.now().date();
    m_stockModel->reload(today, m_service.nearExpiryDays());
    const StockSummary summary =
        summariseStock(m_inventory.stockByExpiry(), today, m_service.nearExpiryDays());
    m_nearExpiry->setText(tr("%1 个批次有库存；近效期（%2 天内）%3 个，已过期或待验 %4 个")
                              .arg(summary.batches)
                              .arg(m_service.nearExpiryDays())
                              .arg(summary.nearExpiry)
                              .arg(summary.unsellable));
    const OutboxStatus q = m_inventory.outboxStatus();
    m_queue->setText(
        tr("医保平台上传队列：待上传 %1 条%2，已上传 %3 条")
            .arg(q.pending)
            .arg(q.oldestPending.isValid()
                     ? tr("（最早 %1）")
                           .arg(q.oldestPending.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     : QString())
            .arg(q.sent));
}

bool InventoryWidget::importDelivery(const QString& path)
{
    const QString source = QStringLiteral("import:") + QFileInfo(path).fileName();
    DeliveryImportReport report;
    if (m_deliveryNoteReader) {
        const Result<DeliveryNote> note = m_deliveryNoteReader(path);
        if (!note) {
            m_report->setPlainText(note.error().userText());
            return false;
        }
        report = pos::importDelivery(m_service, *note, source);
    } else if (m_deliveryReader) {
        const Result<QList<QStringList>> rows = m_deliveryReader(path);
        if (!rows) {
            m_report->setPlainText(rows.error().userText());
            return false;
        }
        report = pos::importDelivery(m_service, *rows, source);
    } else {
        // CSV only, streamed within ImportLimits, UTF-8 or GB18030.
        const Result<CsvTable> table = readCsvFile(path, tr("到货单 %1").arg(path));
        if (!table) {
            m_report->setPlainText(table.error().userText());
            return false;
        }
        report = pos::importDelivery(m_service, DeliveryNote{table->rows, csvFormatName(*table)},
                                     source);
    }
    m_report->setPlainText(report.lines.join(u'\n'));
    refresh();
    return report.received;
}

QString InventoryWidget::countMessage() const
{
    return m_countMessage->text();
}

bool InventoryWidget::startStocktake(int drugTypeIndex)
{
    std::optional<DrugType> type;
    if (drugTypeIndex == 1)
        type = DrugType::Western;
    else if (drugTypeIndex == 2)
        type = DrugType::ChinesePatent;
    else if (drugTypeIndex == 3)
        type = DrugType::HerbalPieces;
    Result<StocktakeSheet> sheet = m_service.startStocktake(type);
    if (!sheet) {
        m_countMessage->setText(sheet.error().userText());
        return false;
    }
    m_sheetNo = sheet->sheetNo;
    showSheet();
    m_countMessage->setText(
        tr("盘点单 %1：%2 个批次。录入实盘数量（最小单位）或扫码计数，然后由店长审核过账。")
            .arg(m_sheetNo)
            .arg(sheet->lines.size()));
    return true;
}

void InventoryWidget::showSheet()
{
    const std::optional<StocktakeSheet> sheet = m_inventory.stocktake(m_sheetNo);
    const QSignalBlocker block(m_count);
    m_count->setRowCount(sheet ? static_cast<int>(sheet->lines.size()) : 0);
    if (!sheet)
        return;
    for (int i = 0; i < sheet->lines.size(); ++i) {
        const StocktakeLine& l = sheet->lines.at(i);
        const QStringList cells{l.productCode,
                                l.productName,
                                l.batchNo,
                                l.expiryDate.toString(Qt::ISODate),
                                QString::number(l.book),
                                l.counted ? QString::number(*l.counted) : QString(),
                                l.counted ? QString::number(*l.counted - l.book) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c != 5)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setData(Qt::UserRole, l.batchId);
            item->setData(Qt::UserRole + 1, l.productId);
            m_count->setItem(i, c, item);
        }
    }
}

QList<std::pair<qint64, qint64>> InventoryWidget::typedCounts() const
{
    QList<std::pair<qint64, qint64>> counts;
    for (int r = 0; r < m_count->rowCount(); ++r) {
        const QTableWidgetItem* item = m_count->item(r, 5);
        bool ok = false;
        const qint64 n = item ? item->text().toLongLong(&ok) : 0;
        if (ok)
            counts.append({item->data(Qt::UserRole).toLongLong(), n});
    }
    return counts;
}

bool InventoryWidget::countScan(const QString& code)
{
    if (m_sheetNo.isEmpty() || code.isEmpty())
        return false;
    const std::optional<StocktakeSheet> sheet = m_inventory.stocktake(m_sheetNo);
    if (!sheet)
        return false;
    // The product's batches on the sheet, earliest expiry first; a box goes to the first one.
    for (int r = 0; r < m_count->rowCount(); ++r) {
        QTableWidgetItem* codeItem = m_count->item(r, 0);
        if (!codeItem || codeItem->text() != code)
            continue;
        // A box is the product's pieces per box (from the product, not by reading all stock).
        const std::optional<Product> product =
            m_products.catalog().findById(codeItem->data(Qt::UserRole + 1).toLongLong());
        const qint64 perBox = product ? qMax<qint64>(1, product->piecesPerBox()) : 1;
        QTableWidgetItem* counted = m_count->item(r, 5);
        counted->setText(QString::number(counted->text().toLongLong() + perBox));
        m_countMessage->setText(
            tr("%1 批号 %2：已数 %3")
                .arg(m_count->item(r, 1)->text(), m_count->item(r, 2)->text(), counted->text()));
        return true;
    }
    m_countMessage->setText(
        tr("盘点单上没有商品编码 %1（扫描商品编码；条码请先在商品档案中登记）").arg(code));
    return false;
}

bool InventoryWidget::approveStocktake(const QString& reason)
{
    if (m_sheetNo.isEmpty())
        return false;
    if (Status s = m_service.recordCounts(m_sheetNo, typedCounts()); !s) {
        m_countMessage->setText(s.error().userText());
        return false;
    }
    Result<StocktakeResult> r = m_service.approveStocktake(m_sheetNo, reason);
    if (!r) {
        m_countMessage->setText(r.error().userText());
        showSheet();
        return false;
    }
    m_countMessage->setText(tr("盘点单 %1 已审核过账：%2 个批次调整，盘盈 %3，盘亏 %4")
                                .arg(m_sheetNo)
                                .arg(r->adjustedBatches)
                                .arg(r->gainPieces)
                                .arg(r->lossPieces));
    showSheet();
    refresh();
    return true;
}

QString InventoryWidget::exportText() const
{
    return m_exportMessage->text();
}

bool InventoryWidget::runExport(const QString& title, const QString& path,
                                const std::function<Status(const ExportProgress&)>& job)
{
    QProgressDialog dialog(title, tr("取消"), 0, 0, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    // SQLite answers on this thread, so the export runs here and lets the dialog breathe between
    // batches of rows; the modal dialog keeps the rest of the window out of reach meanwhile.
    const ExportProgress progress = [&dialog](qint64 done, qint64 total) {
        const int scale = total > 1'000'000 ? 1000 : 1; // QProgressDialog counts in int
        dialog.setMaximum(static_cast<int>(total / scale));
        dialog.setValue(static_cast<int>(done / scale));
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
    const Status s = job(progress);
    dialog.close();
    if (!s) {
        m_exportMessage->setText(s.error().code == ErrorCode::Cancelled
                                     ? tr("导出已取消，未生成文件")
                                     : s.error().userText());
        return false;
    }
    m_exportMessage->setText(tr("已导出：%1").arg(path));
    return true;
}

bool InventoryWidget::exportLedger(const QString& path)
{
    const auto format = static_cast<ExportFormat>(m_format->currentIndex() + 1);
    return runExport(tr("正在导出进销存台账…"), path, [&](const ExportProgress& progress) {
        return m_service.exportLedger(m_from->date(), m_to->date(), m_storeName, format, path,
                                      progress);
    });
}

bool InventoryWidget::exportJournal(const QString& path)
{
    return runExport(tr("正在导出库存流水…"), path, [&](const ExportProgress& progress) -> Status {
        Result<qint64> rows = m_service.exportJournal(m_from->date(), m_to->date(), path, progress);
        if (!rows)
            return rows.error();
        return {};
    });
}

void InventoryWidget::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void InventoryWidget::takeScan(const ScanEvent& event, const codes::Recognition& r)
{
    if (!isVisible())
        return;
    switch (static_cast<Tab>(m_tabs->currentIndex())) {
    case Tab::Products: m_productsPage->takeScan(r); break;
    case Tab::Receiving: (void)m_receiving->takeScan(r); break;
    case Tab::Stocktake: {
        // A box is counted by its product's own code, whichever of its codes was scanned.
        const std::optional<Product> p = findProductFor(m_products.catalog(), r);
        (void)countScan(p ? p->code : event.text());
        break;
    }
    case Tab::Stock:
    case Tab::Exports: break;
    }
}

} // namespace pos::ui
