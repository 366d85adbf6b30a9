#include "ui/receivingform.h"

#include "app/core/codes/coderecognition.h"
#include "app/core/inventory/inventoryservice.h"
#include "app/core/ports/productcatalog.h"

#include <QCryptographicHash>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
/// "2025-10-01", "20251001" or "2025/10/01"; invalid when empty or unreadable.
QDate parseDate(const QString& text)
{
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy/MM/dd")})
        if (const QDate d = QDate::fromString(text.trimmed(), format); d.isValid())
            return d;
    return {};
}

QByteArray digest(const PurchaseDocument& doc)
{
    QStringList parts{doc.supplier, doc.purchaseDate.toString(Qt::ISODate), doc.reference};
    for (const PurchaseLine& l : doc.lines)
        parts << l.productCode << l.batchNo << l.expiryDate.toString(Qt::ISODate)
              << QString::number(l.boxes) << l.traceCodes.join(u',');
    return QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
}

// The line's text fields: object name and label, in the order they are keyed in.
struct LineField
{
    const char* name;
    const char* label;
};
constexpr LineField kLineFields[] = {
    {"batchNo", QT_TRANSLATE_NOOP("ReceivingForm", "批号")},
    {"productionDate", QT_TRANSLATE_NOOP("ReceivingForm", "生产日期")},
    {"expiryDate", QT_TRANSLATE_NOOP("ReceivingForm", "有效期至")},
    {"price", QT_TRANSLATE_NOOP("ReceivingForm", "进价（元/盒）")},
    {"genericName", QT_TRANSLATE_NOOP("ReceivingForm", "通用名称")},
    {"manufacturer", QT_TRANSLATE_NOOP("ReceivingForm", "生产厂商/产地")},
    {"dosageForm", QT_TRANSLATE_NOOP("ReceivingForm", "剂型")},
    {"spec", QT_TRANSLATE_NOOP("ReceivingForm", "规格")},
    {"approvalNo", QT_TRANSLATE_NOOP("ReceivingForm", "批准文号")},
    {"insuranceCode", QT_TRANSLATE_NOOP("ReceivingForm", "医保药品编码")},
};
} // namespace

ReceivingForm::ReceivingForm(InventoryService& service, const ProductCatalog& catalog,
                             const InventoryRepository& inventory, const QDate& today,
                             QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_catalog(catalog)
    , m_draft(catalog, inventory)
{
    setObjectName(QStringLiteral("receivingForm"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_supplier = new QLineEdit(this);
    m_supplier->setObjectName(QStringLiteral("supplierEdit"));
    m_supplier->setPlaceholderText(tr("供货单位（必填）"));
    m_purchaseDate = new QDateEdit(today, this);
    m_purchaseDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_purchaseDate->setCalendarPopup(true);
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("随货同行单号（可空）"));
    header->addWidget(new QLabel(tr("供货单位"), this));
    header->addWidget(m_supplier, 2);
    header->addWidget(new QLabel(tr("购进日期"), this));
    header->addWidget(m_purchaseDate);
    header->addWidget(m_reference, 1);
    layout->addLayout(header);

    auto* entry = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("receiveProductEdit"));
    m_product->setPlaceholderText(tr("商品：扫商品条码，或输入编码/拼音简码后回车"));
    m_product->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_matches = new QListWidget(this);
    m_matches->setMaximumHeight(90);
    m_matches->hide();
    m_productInfo = new QLabel(this);
    m_productInfo->setWordWrap(true);
    left->addWidget(m_product);
    left->addWidget(m_matches);
    left->addWidget(m_productInfo);
    auto* grid = new QGridLayout;
    int i = 0;
    for (const LineField& f : kLineFields) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(f.name));
        if (QByteArray(f.name).endsWith("Date"))
            edit->setPlaceholderText(QStringLiteral("2026-01-31"));
        grid->addWidget(new QLabel(tr(f.label), this), i / 2, (i % 2) * 2);
        grid->addWidget(edit, i / 2, (i % 2) * 2 + 1);
        ++i;
    }
    m_boxes = new QSpinBox(this);
    m_boxes->setObjectName(QStringLiteral("boxesSpin"));
    m_boxes->setRange(0, 100000);
    grid->addWidget(new QLabel(tr("数量（盒）"), this), i / 2, (i % 2) * 2);
    grid->addWidget(m_boxes, i / 2, (i % 2) * 2 + 1);
    left->addLayout(grid);
    entry->addLayout(left, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("本行追溯码（逐盒扫描；Delete 删除选中）"), this));
    m_codes = new QListWidget(this);
    m_codes->setObjectName(QStringLiteral("traceCodeList"));
    right->addWidget(m_codes, 1);
    auto* addButton = new QPushButton(tr("加入单据 (Ctrl+Enter)"), this);
    right->addWidget(addButton);
    entry->addLayout(right, 2);
    layout->addLayout(entry);

    m_lines = new QTableWidget(0, 8, this);
    m_lines->setObjectName(QStringLiteral("receiveLinesTable"));
    m_lines->setHorizontalHeaderLabels({tr("商品编码"), tr("品名"), tr("批号"), tr("有效期至"),
                                        tr("数量（盒）"), tr("进价"), tr("追溯码"),
                                        tr("检查结果")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    layout->addWidget(m_lines, 1);
    auto* submitBar = new QHBoxLayout;
    auto* removeButton = new QPushButton(tr("删除选中行"), this);
    auto* submitButton = new QPushButton(tr("验收入库 (F10)"), this);
    submitBar->addWidget(removeButton);
    submitBar->addStretch();
    submitBar->addWidget(submitButton);
    layout->addLayout(submitBar);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("manualReceiveReport"));
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(110);
    layout->addWidget(m_report);

    connect(m_product, &QLineEdit::returnPressed, this, [this] { pickProduct(m_product->text()); });
    connect(m_product, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_matchProducts =
            text.trimmed().size() >= 2 ? m_catalog.search(text, 20) : QList<Product>();
        m_matches->clear();
        for (const Product& p : std::as_const(m_matchProducts))
            m_matches->addItem(
                tr("%1  %2  %3  %4").arg(p.code, p.displayName(), p.spec, p.manufacturer));
        m_matches->setVisible(!m_matchProducts.isEmpty());
        m_matches->setCurrentRow(0);
    });
    connect(m_matches, &QListWidget::itemActivated, this, [this] {
        const int row = m_matches->currentRow();
        if (row >= 0 && row < m_matchProducts.size())
            pickProduct(m_matchProducts.at(row).code);
    });
    connect(addButton, &QPushButton::clicked, this, &ReceivingForm::addLine);
    connect(submitButton, &QPushButton::clicked, this, &ReceivingForm::submit);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        m_draft.removeLine(m_lines->currentRow());
        showLines();
    });
    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { addLine(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { addLine(); });
    shortcut(QKeySequence(Qt::Key_F10), [this] { submit(); });
    auto* removeCode = new QShortcut(QKeySequence::Delete, m_codes);
    removeCode->setContext(Qt::WidgetShortcut);
    connect(removeCode, &QShortcut::activated, this, [this] {
        if (QListWidgetItem* item = m_codes->currentItem()) {
            m_draft.removeTraceCode(item->text());
            showCurrent(QString());
        }
    });
    showCurrent(QString());
}

QString ReceivingForm::reportText() const
{
    return m_report->toPlainText();
}

QLineEdit* ReceivingForm::lineEdit(const char* name) const
{
    return findChild<QLineEdit*>(QString::fromLatin1(name));
}

void ReceivingForm::say(const QString& text, bool error)
{
    m_report->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_report->setPlainText(text);
}

bool ReceivingForm::pickProduct(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    const codes::Recognition r = codes::recognise(t.toUtf8());
    if (r.family == codes::CodeFamily::TraceCode || m_catalog.findByCode(t)
        || (r.accepted && r.family != codes::CodeFamily::Unknown))
        return takeScan(r);
    const QList<Product> found = m_catalog.search(t, 2);
    if (found.size() == 1)
        return takeScan(codes::recognise(found.first().code.toUtf8()));
    say(found.isEmpty() ? tr("没有找到“%1”：请先在“商品档案”建档").arg(t)
                        : tr("“%1”有多个商品：用 ↓ 选择后回车").arg(t),
        true);
    if (!found.isEmpty())
        m_matches->setFocus();
    return false;
}

bool ReceivingForm::takeScan(const codes::Recognition& r)
{
    const bool hadProduct = m_draft.currentProduct().has_value();
    const qint64 before = hadProduct ? m_draft.currentProduct()->id : 0;
    Result<DraftScan> scanned = m_draft.scan(r);
    if (!scanned) {
        say(scanned.error().userText(), true);
        return false;
    }
    m_product->clear();
    m_matches->hide();
    if (scanned->kind == DraftScan::Kind::Product && m_draft.currentProduct()->id != before) {
        // A newly picked product: what the product master knows fills the line.
        const PurchaseLine l = m_draft.lineTemplate();
        const std::pair<const char*, QString> known[] = {
            {"genericName", l.genericName}, {"manufacturer", l.manufacturer},
            {"dosageForm", l.dosageForm},   {"spec", l.spec},
            {"approvalNo", l.approvalNo},   {"insuranceCode", l.insuranceCode}};
        for (const auto& [name, value] : known)
            lineEdit(name)->setText(value);
        lineEdit("batchNo")->setFocus();
    }
    if (!scanned->batchNo.isEmpty())
        lineEdit("batchNo")->setText(scanned->batchNo);
    if (scanned->expiryDate.isValid())
        lineEdit("expiryDate")->setText(scanned->expiryDate.toString(Qt::ISODate));
    if (scanned->productionDate.isValid())
        lineEdit("productionDate")->setText(scanned->productionDate.toString(Qt::ISODate));
    showCurrent(scanned->message);
    return true;
}

void ReceivingForm::showCurrent(const QString& message)
{
    const std::optional<Product>& p = m_draft.currentProduct();
    m_productInfo->setText(
        p ? tr("本行商品：%1 %2 %3（%4，%5）")
                .arg(p->code, p->displayName(), p->spec, toDisplayString(p->category),
                     p->tracePrefix.isEmpty() ? tr("档案无追溯码前缀")
                                              : tr("追溯码前缀 %1").arg(p->tracePrefix))
          : tr("本行商品：未选择"));
    m_codes->clear();
    m_codes->addItems(m_draft.currentCodes());
    // The box count follows the codes scanned; typed only while there are none.
    m_boxes->setReadOnly(!m_draft.currentCodes().isEmpty());
    if (!m_draft.currentCodes().isEmpty())
        m_boxes->setValue(static_cast<int>(m_draft.currentCodes().size()));
    if (!message.isEmpty())
        say(message, false);
}

bool ReceivingForm::addLine()
{
    PurchaseLine l;
    l.genericName = lineEdit("genericName")->text().trimmed();
    l.manufacturer = lineEdit("manufacturer")->text().trimmed();
    l.dosageForm = lineEdit("dosageForm")->text().trimmed();
    l.spec = lineEdit("spec")->text().trimmed();
    l.batchNo = lineEdit("batchNo")->text().trimmed();
    l.approvalNo = lineEdit("approvalNo")->text().trimmed();
    l.insuranceCode = lineEdit("insuranceCode")->text().trimmed();
    l.boxes = m_boxes->value();
    // An empty date is left for the check to name as missing; an unreadable one is said here.
    for (const auto& [name, label, target] :
         {std::tuple{"productionDate", tr("生产日期"), &l.productionDate},
          std::tuple{"expiryDate", tr("有效期至"), &l.expiryDate}}) {
        const QString text = lineEdit(name)->text().trimmed();
        *target = parseDate(text);
        if (!text.isEmpty() && !target->isValid()) {
            say(tr("“%1”不是日期：%2（写作 2026-01-31）").arg(label, text), true);
            lineEdit(name)->setFocus();
            return false;
        }
    }
    const QString price = lineEdit("price")->text().trimmed();
    const std::optional<Money> m = price.isEmpty() ? Money() : Money::parse(price);
    if (!m) {
        say(tr("“进价”不是金额：%1").arg(price), true);
        lineEdit("price")->setFocus();
        return false;
    }
    l.price = *m;
    Result<int> added = m_draft.addLine(l);
    if (!added) {
        say(added.error().userText(), true);
        return false;
    }
    for (const LineField& f : kLineFields)
        lineEdit(f.name)->clear();
    m_boxes->setValue(0);
    showCurrent(tr("已加入第 %1 行；扫下一个商品，或按 F10 验收入库").arg(*added + 1));
    showLines();
    m_product->setFocus();
    return true;
}

void ReceivingForm::showLines(const QList<LineReport>& verdicts)
{
    const QList<PurchaseLine>& lines = m_draft.lines();
    m_lines->setRowCount(static_cast<int>(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const PurchaseLine& l = lines.at(r);
        QString verdict;
        for (const LineReport& v : verdicts)
            if (v.line == r + 1)
                verdict = v.accepted
                              ? (v.message.isEmpty() ? tr("通过") : tr("通过：%1").arg(v.message))
                              : tr("拒收：%1").arg(v.message);
        const QStringList cells{l.productCode,
                                m_draft.lineProduct(r).displayName(),
                                l.batchNo,
                                l.expiryDate.toString(Qt::ISODate),
                                QString::number(l.boxes),
                                l.price.toString(),
                                tr("%1 个").arg(l.traceCodes.size()),
                                verdict};
        for (int c = 0; c < cells.size(); ++c)
            m_lines->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

bool ReceivingForm::submit()
{
    if (m_draft.lines().isEmpty()) {
        say(m_draft.currentProduct() ? tr("本行还没有加入单据：按 Ctrl+Enter 加入后再验收")
                                     : tr("到货单没有明细行"),
            true);
        return false;
    }
    const PurchaseDocument doc =
        m_draft.document(m_supplier->text(), m_purchaseDate->date(), m_reference->text());
    // The dry run names every missing INV-FIELDS field before anything is posted.
    QList<LineReport> verdicts;
    Result<ReceiveOutcome> checked = m_service.receive(doc, &verdicts, false);
    showLines(verdicts);
    if (!checked) {
        say(checked.error().userText(), true);
        return false;
    }
    const QByteArray d = digest(doc);
    if (!checked->warnings.isEmpty() && d != m_confirmedDigest) {
        m_confirmedDigest = d;
        say(tr("%1\n以上批次近效期：确认验收请再按一次 F10（验收入库）")
                .arg(checked->warnings.join(u'\n')),
            true);
        return false;
    }
    Result<ReceiveOutcome> posted = m_service.receive(doc);
    if (!posted) {
        say(posted.error().userText(), true);
        return false;
    }
    m_confirmedDigest.clear();
    m_draft.clear();
    showLines();
    showCurrent(QString());
    QString text = tr("已入库 %1：%2 行，供货单位 %3")
                       .arg(posted->docNo)
                       .arg(doc.lines.size())
                       .arg(doc.supplier);
    if (!posted->warnings.isEmpty())
        text += u'\n' + posted->warnings.join(u'\n');
    say(text, false);
    Q_EMIT received(posted->docNo);
    return true;
}

} // namespace pos::ui
