#include "ui/productsearchdialog.h"

#include "app/core/ports/productcatalog.h"
#include "app/core/sale/saleworkflow.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pos::ui {

ProductSearchDialog::ProductSearchDialog(const ProductCatalog& catalog, SaleWorkflow& sale,
                                         QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_sale(sale)
{
    setObjectName(QStringLiteral("productSearchDialog"));
    setWindowTitle(tr("查找商品 (F3)"));
    resize(640, 480);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(
        tr("输入拼音简码（如 amxl）、品名、编码或条码；↑↓ 选择，Enter 加入本单，Esc 返回"), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchEdit"));
    m_query->setStyleSheet(QStringLiteral("font-size: 20px;"));
    layout->addWidget(m_query);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setStyleSheet(QStringLiteral("font-size: 16px;"));
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::textChanged, this, &ProductSearchDialog::refresh);
    connect(m_query, &QLineEdit::returnPressed, this, &ProductSearchDialog::addSelected);
    connect(m_results, &QListWidget::itemActivated, this, &ProductSearchDialog::addSelected);
    m_query->installEventFilter(this);
}

bool ProductSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // ↑/↓ move through the results while typing continues in the query field.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProductSearchDialog::refresh()
{
    m_results->clear();
    for (const Product& p : m_catalog.search(m_query->text(), 50)) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3  %4")
                .arg(p.displayName(), p.spec, p.price.display(), p.manufacturer),
            m_results);
        item->setData(Qt::UserRole, p.code);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void ProductSearchDialog::addSelected()
{
    QListWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    if (m_sale.scanCode(item->data(Qt::UserRole).toString()).ok())
        accept();
}

} // namespace pos::ui
