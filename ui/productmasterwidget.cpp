#include "ui/productmasterwidget.h"

#include "app/core/codes/coderecognition.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/productlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
constexpr int kListLimit = 200;

QString money(Money m, bool blankWhenZero)
{
    return blankWhenZero && m.isZero() ? QString() : m.toString();
}

bool isMoneyField(ProductField f)
{
    return f == ProductField::Price || f == ProductField::StripPrice
           || f == ProductField::PiecePrice || f == ProductField::Ceiling;
}
} // namespace

ProductMasterWidget::ProductMasterWidget(ProductService& products, QWidget* parent)
    : QWidget(parent)
    , m_products(products)
{
    setObjectName(QStringLiteral("productMaster"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearchEdit"));
    m_search->setPlaceholderText(tr("搜索：名称、编码、GTIN 或拼音简码（如 amxl）"));
    m_search->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("新建商品 (Ctrl+N)"), this);
    auto* save = new QPushButton(tr("保存 (Ctrl+S)"), this);
    save->setObjectName(QStringLiteral("productSaveButton"));
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(save);
    layout->addLayout(bar);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(split);
    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setHorizontalHeaderLabels({});
    const QStringList headers{tr("商品编码"),         tr("通用名"),       tr("商品名"),
                              tr("生产厂商/产地"),    tr("剂型"),         tr("规格"),
                              tr("批准文号"),         tr("医保药品编码"), tr("医保类别"),
                              tr("价格上限"),         tr("GTIN"),         tr("药品本位码"),
                              tr("追溯码前缀"),       tr("处方分类"),     tr("药品类型"),
                              tr("儿童专科"),         tr("含麻"),         tr("储存条件"),
                              tr("包装（盒→板→片）"), tr("整盒售价"),     tr("每板售价"),
                              tr("每片售价"),         tr("拼音简码")};
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* form = new QWidget(split);
    auto* formLayout = new QVBoxLayout(form);
    m_title = new QLabel(form);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    formLayout->addWidget(m_title);
    auto* grid = new QGridLayout;
    formLayout->addLayout(grid);
    auto combo = [form](const QStringList& items, bool editable = false) {
        auto* c = new QComboBox(form);
        c->addItems(items);
        c->setEditable(editable);
        return c;
    };
    const ProductField order[] = {
        ProductField::Code,           ProductField::GenericName,   ProductField::TradeName,
        ProductField::Manufacturer,   ProductField::DosageForm,    ProductField::Spec,
        ProductField::ApprovalNo,     ProductField::DrugType,      ProductField::RxClass,
        ProductField::Category,       ProductField::InsuranceCode, ProductField::Ceiling,
        ProductField::Gtin,           ProductField::DrugStdCode,   ProductField::TracePrefix,
        ProductField::Storage,        ProductField::Unit,          ProductField::StripsPerBox,
        ProductField::PiecesPerStrip, ProductField::Price,         ProductField::StripPrice,
        ProductField::PiecePrice};
    for (ProductField f : order) {
        QWidget* editor = nullptr;
        switch (f) {
        case ProductField::Category:
            editor = combo({toDisplayString(InsuranceCategory::Negotiated),
                            toDisplayString(InsuranceCategory::VolumeProcurement),
                            toDisplayString(InsuranceCategory::Listed),
                            toDisplayString(InsuranceCategory::NotCovered)});
            break;
        case ProductField::RxClass:
            editor = combo({toDisplayString(RxClass::Prescription), toDisplayString(RxClass::OtcA),
                            toDisplayString(RxClass::OtcB)});
            break;
        case ProductField::DrugType:
            editor =
                combo({toDisplayString(DrugType::Western), toDisplayString(DrugType::ChinesePatent),
                       toDisplayString(DrugType::HerbalPieces)});
            break;
        case ProductField::Storage:
            // Stored values, as the national catalog and the printed receipt spell them: not
            // translated with the interface.
            editor = combo({QStringLiteral("常温"), QStringLiteral("阴凉"), QStringLiteral("冷藏")},
                           true);
            break;
        case ProductField::StripsPerBox:
        case ProductField::PiecesPerStrip: {
            auto* spin = new QSpinBox(form);
            spin->setRange(0, 10000);
            editor = spin;
            break;
        }
        default: {
            auto* edit = new QLineEdit(form);
            if (isMoneyField(f))
                edit->setPlaceholderText(f == ProductField::Price ? tr("元") : tr("元，可空"));
            editor = edit;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("productField%1").arg(static_cast<int>(f)));
        m_editors.insert(f, editor);
        const int i = static_cast<int>(m_editors.size()) - 1;
        auto* label = new QLabel(fieldDisplayName(f), form);
        label->setBuddy(editor);
        grid->addWidget(label, i / 3, (i % 3) * 2);
        grid->addWidget(editor, i / 3, (i % 3) * 2 + 1);
    }
    m_pediatric = new QCheckBox(tr("儿童专科用药"), form);
    m_ephedrine = new QCheckBox(tr("含麻黄碱类复方制剂（含麻）"), form);
    const int next = static_cast<int>(m_editors.size());
    grid->addWidget(m_pediatric, next / 3 + 1, 0, 1, 2);
    grid->addWidget(m_ephedrine, next / 3 + 1, 2, 1, 2);
    m_message = new QLabel(form);
    m_message->setObjectName(QStringLiteral("productMessage"));
    m_message->setWordWrap(true);
    formLayout->addWidget(m_message);
    formLayout->addStretch();
    split->addWidget(m_table);
    split->addWidget(form);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    // 中药饮片 record their 产地 where others have a manufacturer.
    auto* type = qobject_cast<QComboBox*>(m_editors.value(ProductField::DrugType));
    auto* manufacturerLabel = qobject_cast<QLabel*>(grid->itemAtPosition(1, 0)->widget());
    connect(type, &QComboBox::currentIndexChanged, this, [manufacturerLabel](int index) {
        manufacturerLabel->setText(
            fieldDisplayName(ProductField::Manufacturer, static_cast<DrugType>(index + 1)));
    });

    connect(m_search, &QLineEdit::textChanged, this, &ProductMasterWidget::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_table->rowCount() > 0) {
            editRow(0);
            m_editors.value(ProductField::GenericName)->setFocus();
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { editRow(row); });
    connect(add, &QPushButton::clicked, this, &ProductMasterWidget::newProduct);
    connect(save, &QPushButton::clicked, this, &ProductMasterWidget::save);
    auto* newKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &ProductMasterWidget::newProduct);
    auto* saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &ProductMasterWidget::save);

    newProduct();
    search(QString());
}

QString ProductMasterWidget::messageText() const
{
    return m_message->text();
}

void ProductMasterWidget::search(const QString& text)
{
    m_shown = m_products.find(text, kListLimit);
    m_table->blockSignals(true);
    m_table->setRowCount(static_cast<int>(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const Product& p = m_shown.at(r);
        const QStringList cells{p.code,
                                p.genericName,
                                p.tradeName,
                                p.manufacturer,
                                p.dosageForm,
                                p.spec,
                                p.approvalNo,
                                p.insuranceCode,
                                toDisplayString(p.category),
                                money(p.ceiling, true),
                                p.gtin,
                                p.drugStdCode,
                                p.tracePrefix,
                                toDisplayString(p.rxClass),
                                toDisplayString(p.drugType),
                                p.pediatric ? tr("是") : QString(),
                                p.ephedrine ? tr("含麻") : QString(),
                                p.storage,
                                tr("1%1→%2板→%3%4")
                                    .arg(p.unit)
                                    .arg(p.stripsPerBox)
                                    .arg(p.piecesPerBox())
                                    .arg(p.pieceUnit()),
                                money(p.price, false),
                                money(p.stripPrice, true),
                                money(p.piecePrice, true),
                                p.pinyin};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->blockSignals(false);
}

void ProductMasterWidget::editRow(int row)
{
    if (row >= 0 && row < m_shown.size())
        showProduct(m_shown.at(row));
}

void ProductMasterWidget::newProduct()
{
    Product blank;
    blank.unit = QStringLiteral("盒"); // data, not interface text (see the storage combo)
    blank.storage = QStringLiteral("常温");
    showProduct(blank);
    m_editors.value(ProductField::Code)->setFocus();
}

void ProductMasterWidget::showProduct(const Product& p)
{
    m_editing = p;
    mark({});
    m_title->setText(p.id ? tr("修改商品档案：%1 %2（编码不可改）").arg(p.code, p.displayName())
                          : tr("新建商品档案"));
    const QHash<ProductField, QString> text{{ProductField::Code, p.code},
                                            {ProductField::GenericName, p.genericName},
                                            {ProductField::TradeName, p.tradeName},
                                            {ProductField::Manufacturer, p.manufacturer},
                                            {ProductField::DosageForm, p.dosageForm},
                                            {ProductField::Spec, p.spec},
                                            {ProductField::ApprovalNo, p.approvalNo},
                                            {ProductField::InsuranceCode, p.insuranceCode},
                                            {ProductField::Ceiling, money(p.ceiling, true)},
                                            {ProductField::Gtin, p.gtin},
                                            {ProductField::DrugStdCode, p.drugStdCode},
                                            {ProductField::TracePrefix, p.tracePrefix},
                                            {ProductField::Unit, p.unit},
                                            {ProductField::Price, money(p.price, true)},
                                            {ProductField::StripPrice, money(p.stripPrice, true)},
                                            {ProductField::PiecePrice, money(p.piecePrice, true)},
                                            {ProductField::Storage, p.storage}};
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (auto* e = qobject_cast<QLineEdit*>(m_editors.value(it.key())))
            e->setText(it.value());
        else if (auto* c = qobject_cast<QComboBox*>(m_editors.value(it.key())))
            c->setCurrentText(it.value());
    }
    qobject_cast<QLineEdit*>(m_editors.value(ProductField::Code))->setReadOnly(p.id != 0);
    qobject_cast<QComboBox*>(m_editors.value(ProductField::Category))
        ->setCurrentIndex(static_cast<int>(p.category) - 1);
    qobject_cast<QComboBox*>(m_editors.value(ProductField::RxClass))
        ->setCurrentIndex(static_cast<int>(p.rxClass) - 1);
    qobject_cast<QComboBox*>(m_editors.value(ProductField::DrugType))
        ->setCurrentIndex(static_cast<int>(p.drugType) - 1);
    qobject_cast<QSpinBox*>(m_editors.value(ProductField::StripsPerBox))->setValue(p.stripsPerBox);
    qobject_cast<QSpinBox*>(m_editors.value(ProductField::PiecesPerStrip))
        ->setValue(p.piecesPerStrip);
    m_pediatric->setChecked(p.pediatric);
    m_ephedrine->setChecked(p.ephedrine);
    m_message->clear();
}

std::optional<Product> ProductMasterWidget::gathered()
{
    Product p;
    if (m_editing.id)
        p = m_editing; // keeps what the form does not show (pinyin)
    auto text = [this](ProductField f) {
        if (auto* e = qobject_cast<QLineEdit*>(m_editors.value(f)))
            return e->text().trimmed();
        return qobject_cast<QComboBox*>(m_editors.value(f))->currentText().trimmed();
    };
    auto index = [this](ProductField f) {
        return qobject_cast<QComboBox*>(m_editors.value(f))->currentIndex() + 1;
    };
    p.code = text(ProductField::Code);
    p.genericName = text(ProductField::GenericName);
    p.tradeName = text(ProductField::TradeName);
    p.manufacturer = text(ProductField::Manufacturer);
    p.dosageForm = text(ProductField::DosageForm);
    p.spec = text(ProductField::Spec);
    p.approvalNo = text(ProductField::ApprovalNo);
    p.insuranceCode = text(ProductField::InsuranceCode).toUpper();
    p.gtin = text(ProductField::Gtin);
    p.drugStdCode = text(ProductField::DrugStdCode);
    p.tracePrefix = text(ProductField::TracePrefix);
    p.storage = text(ProductField::Storage);
    p.unit = text(ProductField::Unit);
    p.category = static_cast<InsuranceCategory>(index(ProductField::Category));
    p.rxClass = static_cast<RxClass>(index(ProductField::RxClass));
    p.drugType = static_cast<DrugType>(index(ProductField::DrugType));
    p.stripsPerBox = qobject_cast<QSpinBox*>(m_editors.value(ProductField::StripsPerBox))->value();
    p.piecesPerStrip =
        qobject_cast<QSpinBox*>(m_editors.value(ProductField::PiecesPerStrip))->value();
    p.pediatric = m_pediatric->isChecked();
    p.ephedrine = m_ephedrine->isChecked();
    QList<FieldProblem> unreadable;
    const std::pair<ProductField, Money*> amounts[] = {{ProductField::Price, &p.price},
                                                       {ProductField::StripPrice, &p.stripPrice},
                                                       {ProductField::PiecePrice, &p.piecePrice},
                                                       {ProductField::Ceiling, &p.ceiling}};
    for (const auto& [field, target] : amounts) {
        const QString t = text(field);
        const std::optional<Money> m = t.isEmpty() ? Money() : Money::parse(t);
        if (m)
            *target = *m;
        else
            unreadable.append(
                FieldProblem{field, tr("“%1”不是金额：%2").arg(fieldDisplayName(field), t)});
    }
    if (!unreadable.isEmpty()) {
        mark(unreadable);
        return std::nullopt;
    }
    return p;
}

bool ProductMasterWidget::save()
{
    const std::optional<Product> p = gathered();
    if (!p)
        return false;
    // The form marks the fields; the service refuses them again, whoever calls it.
    mark(validateProduct(*p));
    Result<ProductSaveOutcome> saved = m_editing.id ? m_products.update(*p) : m_products.add(*p);
    if (!saved) {
        say(saved.error().userText(), true);
        return false;
    }
    QString text = tr("已保存 %1 %2").arg(saved->product.code, saved->product.displayName());
    if (!saved->priceChanges.isEmpty())
        text += tr("；价格变更已记入审计：%1").arg(saved->priceChanges.join(QStringLiteral("；")));
    if (!saved->warnings.isEmpty())
        text += u'\n' + saved->warnings.join(u'\n');
    search(m_search->text().isEmpty() ? saved->product.code : m_search->text());
    showProduct(saved->product);
    say(text, false);
    return true;
}

void ProductMasterWidget::mark(const QList<FieldProblem>& problems)
{
    for (QWidget* w : std::as_const(m_editors))
        w->setStyleSheet(QString());
    m_marked.clear();
    QStringList lines;
    for (const FieldProblem& f : problems) {
        m_editors.value(f.field)->setStyleSheet(QStringLiteral("background: #ffcdd2;"));
        m_marked.append(f.field);
        lines << f.message;
    }
    if (!problems.isEmpty()) {
        m_editors.value(problems.first().field)->setFocus();
        say(lines.join(u'\n'), true);
    }
}

void ProductMasterWidget::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;")
                                   : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
}

void ProductMasterWidget::takeScan(const codes::Recognition& r)
{
    using codes::CodeFamily;
    const QString text = QString::fromUtf8(r.raw).trimmed();
    if (r.family == CodeFamily::TraceCode && r.accepted) {
        if (m_editing.id == 0)
            qobject_cast<QLineEdit*>(m_editors.value(ProductField::TracePrefix))
                ->setText(r.tracePrefix);
        say(tr("追溯码 %1：前缀 %2").arg(r.traceCode, r.tracePrefix), false);
        return;
    }
    if (const std::optional<Product> found = findProductFor(m_products.catalog(), r)) {
        showProduct(*found); // by whichever of its codes was scanned (the list may not show it)
        return;
    }
    const QString code = !r.drugStandardCode.isEmpty() ? r.drugStandardCode
                         : r.family == CodeFamily::Gs1 && r.gtin.startsWith(u'0') ? r.gtin.mid(1)
                                                                                  : text;
    if (m_editing.id == 0) {
        const ProductField f = r.family == CodeFamily::DrugStandardCode ? ProductField::DrugStdCode
                                                                        : ProductField::Gtin;
        qobject_cast<QLineEdit*>(m_editors.value(f))->setText(code);
        say(tr("条码 %1 未建档：已填入新商品的“%2”").arg(code, fieldDisplayName(f)), false);
    } else {
        say(tr("条码 %1 未建档（按 Ctrl+N 新建）").arg(code), true);
    }
}

} // namespace pos::ui
