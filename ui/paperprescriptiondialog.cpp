#include "ui/paperprescriptiondialog.h"

#include "app/core/ports/clock.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/rx/reviewservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
constexpr qint64 kMaxScanBytes = 10 * 1024 * 1024;
constexpr int kSearchLimit = 10;

QPushButton* makeButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false); // Enter belongs to the scanner and the drug entry, not to a button
    return b;
}

template <typename Enum>
QComboBox* makeCombo(const QString& objectName, const QList<Enum>& values, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(objectName);
    for (Enum v : values)
        c->addItem(toDisplayString(v), int(v));
    return c;
}

template <typename Enum> Enum valueOf(const QComboBox* c)
{
    return Enum(c->currentData().toInt());
}

QString cellText(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->data(Qt::EditRole).toString() : QString();
}

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

PaperPrescriptionDialog::PaperPrescriptionDialog(ReviewService& reviews,
                                                 const ProductCatalog& catalog, const Clock& clock,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_reviews(reviews)
    , m_catalog(catalog)
    , m_clock(clock)
{
    setWindowTitle(tr("纸质处方录入"));
    resize(900, 640);
    auto* layout = new QVBoxLayout(this);

    // The header in the order it is read off the paper, two fields a row.
    m_paperNo = addLineEdit(QStringLiteral("paperNo"), tr("处方上印的编号"));
    m_issueTime = new QDateTimeEdit(m_clock.now(), this);
    m_issueTime->setObjectName(QStringLiteral("issueTime"));
    m_issueTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_issueTime->setCalendarPopup(true);
    m_institutionName = addLineEdit(QStringLiteral("institutionName"), tr("医院或诊所名称"));
    m_institutionCode =
        addLineEdit(QStringLiteral("institutionCode"), tr("医保定点机构编码，如 H36010200077"));
    m_prescriberName = addLineEdit(QStringLiteral("prescriberName"), QString());
    m_prescriberCode = addLineEdit(QStringLiteral("prescriberCode"), tr("医保医师代码"));
    m_diagnosisCode = addLineEdit(QStringLiteral("diagnosisCode"), tr("ICD-10，如 I10.x00"));
    m_diagnosisName = addLineEdit(QStringLiteral("diagnosisName"), QString());
    m_patientName = addLineEdit(QStringLiteral("patientName"), QString());
    m_patientId = addLineEdit(QStringLiteral("patientId"), tr("18 位身份证号"));
    m_insuranceType =
        makeCombo(QStringLiteral("insuranceType"),
                  QList<InsuranceType>{InsuranceType::Employee, InsuranceType::Resident}, this);
    m_itemType = makeCombo(
        QStringLiteral("itemType"),
        QList<RxItemType>{RxItemType::Western, RxItemType::ChinesePatent, RxItemType::HerbalPieces},
        this);
    m_attribute =
        makeCombo(QStringLiteral("attribute"),
                  QList<RxAttribute>{RxAttribute::PooledFund, RxAttribute::DualChannel}, this);
    m_longTerm = new QCheckBox(tr("长期处方"), this);
    m_longTerm->setObjectName(QStringLiteral("longTerm"));
    m_coveredDays = new QSpinBox(this);
    m_coveredDays->setObjectName(QStringLiteral("coveredDays"));
    m_coveredDays->setRange(0, 366);
    m_coveredDays->setSuffix(tr(" 天"));
    m_coveredDays->setEnabled(false);
    auto* longTermRow = new QHBoxLayout;
    longTermRow->addWidget(m_longTerm);
    longTermRow->addWidget(m_coveredDays, 1);

    auto* header = new QGridLayout;
    const QList<std::pair<QString, QWidget*>> fields{
        {tr("纸质处方号"), m_paperNo},       {tr("开具时间"), m_issueTime},
        {tr("机构名称"), m_institutionName}, {tr("机构编码"), m_institutionCode},
        {tr("医师"), m_prescriberName},      {tr("医师代码"), m_prescriberCode},
        {tr("诊断编码"), m_diagnosisCode},   {tr("诊断名称"), m_diagnosisName},
        {tr("患者姓名"), m_patientName},     {tr("身份证号"), m_patientId},
        {tr("参保类别"), m_insuranceType},   {tr("处方类别"), m_itemType},
        {tr("处方属性"), m_attribute},
    };
    for (int i = 0; i < fields.size(); ++i) {
        auto* label = new QLabel(fields.at(i).first, this);
        label->setBuddy(fields.at(i).second);
        header->addWidget(label, i / 2, (i % 2) * 2);
        header->addWidget(fields.at(i).second, i / 2, (i % 2) * 2 + 1);
    }
    header->addLayout(longTermRow, int(fields.size()) / 2, 3);
    layout->addLayout(header);

    // The drugs: scan each box (the scanner types the code and Enter) or type a code or name.
    m_drugEntry = addLineEdit(QStringLiteral("drugEntry"),
                              tr("扫描药盒条码，或输入药品编码/名称/拼音简码后回车"));
    auto* removeButton = makeButton(QStringLiteral("removeLine"), tr("删除所选行"), this);
    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_drugEntry, 1);
    entryRow->addWidget(removeButton);
    layout->addLayout(entryRow);
    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({tr("药品"), tr("医保药品编码"), tr("数量"), tr("单位"),
                                        tr("用法"), tr("单次用量"), tr("频次"), tr("天数")});
    m_lines->horizontalHeader()->setSectionResizeMode(DrugColumn, QHeaderView::Stretch);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    layout->addWidget(m_lines, 1);

    auto* bottom = new QHBoxLayout;
    auto* attachButton = makeButton(QStringLiteral("attach"), tr("附处方图片…"), this);
    auto* detachButton = makeButton(QStringLiteral("detach"), tr("去掉图片"), this);
    m_scanLabel = new QLabel(tr("未附处方图片"), this);
    m_scanLabel->setObjectName(QStringLiteral("scanLabel"));
    auto* saveButton = makeButton(QStringLiteral("save"), tr("保存并送审"), this);
    bottom->addWidget(attachButton);
    bottom->addWidget(detachButton);
    bottom->addWidget(m_scanLabel, 1);
    bottom->addWidget(saveButton);
    layout->addLayout(bottom);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_longTerm, &QCheckBox::toggled, m_coveredDays, &QSpinBox::setEnabled);
    connect(m_drugEntry, &QLineEdit::returnPressed, this, [this] {
        if (Status s = addDrug(m_drugEntry->text()); s)
            m_drugEntry->clear();
    });
    connect(removeButton, &QPushButton::clicked, this, &PaperPrescriptionDialog::removeCurrentLine);
    connect(attachButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("附处方图片"), QString(), tr("处方图片 (*.jpg *.jpeg *.png *.pdf)"));
        if (!path.isEmpty())
            (void)attachScan(path);
    });
    connect(detachButton, &QPushButton::clicked, this, [this] {
        m_scan.clear();
        m_scanMime.clear();
        m_scanLabel->setText(tr("未附处方图片"));
    });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    m_paperNo->setFocus();
}

QLineEdit* PaperPrescriptionDialog::addLineEdit(const QString& objectName,
                                                const QString& placeholder)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    return e;
}

PaperPrescriptionDraft PaperPrescriptionDialog::draft() const
{
    PaperPrescriptionDraft d;
    d.paperNo = m_paperNo->text();
    d.issueTime = m_issueTime->dateTime();
    d.institutionName = m_institutionName->text();
    d.institutionCode = m_institutionCode->text();
    d.prescriberName = m_prescriberName->text();
    d.prescriberCode = m_prescriberCode->text();
    d.diagnosisCode = m_diagnosisCode->text();
    d.diagnosisName = m_diagnosisName->text();
    d.patient = RxPatient{m_patientName->text(), m_patientId->text(),
                          valueOf<InsuranceType>(m_insuranceType)};
    d.itemType = valueOf<RxItemType>(m_itemType);
    d.attribute = valueOf<RxAttribute>(m_attribute);
    d.longTerm = m_longTerm->isChecked();
    d.coveredDays = m_coveredDays->value();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        RxDrugLine l = m_products.at(row);
        l.quantity = cellText(m_lines, row, QuantityColumn).toInt();
        l.usage = cellText(m_lines, row, UsageColumn);
        l.dosage = cellText(m_lines, row, DosageColumn);
        l.frequency = cellText(m_lines, row, FrequencyColumn);
        l.days = cellText(m_lines, row, DaysColumn).toInt();
        d.lines << l;
    }
    d.scan = m_scan;
    d.scanMime = m_scanMime;
    return d;
}

Status PaperPrescriptionDialog::addDrug(const QString& codeOrName)
{
    const QString text = codeOrName.trimmed();
    if (text.isEmpty())
        return {};
    std::optional<Product> product = m_catalog.findByCode(text);
    if (!product) {
        const QList<Product> found = m_catalog.search(text, kSearchLimit);
        if (found.size() == 1) {
            product = found.constFirst();
        } else {
            QStringList names;
            for (const Product& p : found)
                names << p.displayName();
            const Status refused =
                makeError(found.isEmpty() ? ErrorCode::NotFound : ErrorCode::InvalidInput,
                          found.isEmpty() ? tr("没有找到药品：%1").arg(text)
                                          : tr("“%1”对应多个药品，请扫码或输入更完整的名称：%2")
                                                .arg(text, names.join(QStringLiteral("、"))));
            report(refused, {});
            return refused;
        }
    }
    const RxDrugLine line = rxLineFromProduct(*product, 1);
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).insuranceCode == line.insuranceCode
            && !line.insuranceCode.isEmpty()) {
            // Scanning a box twice is not a quantity of two: the paper says how many.
            m_lines->setCurrentCell(row, QuantityColumn);
            const Status refused =
                makeError(ErrorCode::InvalidInput, tr("%1 已在第 %2 行，请按处方修改该行数量")
                                                       .arg(product->displayName())
                                                       .arg(row + 1));
            report(refused, {});
            return refused;
        }
    }
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_products << line;
    m_lines->setItem(row, DrugColumn,
                     readOnly(line.spec.isEmpty() ? line.name : line.name + u' ' + line.spec));
    m_lines->setItem(row, CodeColumn, readOnly(line.insuranceCode));
    m_lines->setItem(row, UnitColumn, readOnly(line.unit));
    for (int column : {QuantityColumn, DaysColumn}) {
        auto* item = new QTableWidgetItem;
        item->setData(Qt::EditRole, column == QuantityColumn ? line.quantity : line.days);
        m_lines->setItem(row, column, item);
    }
    for (int column : {UsageColumn, DosageColumn, FrequencyColumn})
        m_lines->setItem(row, column, new QTableWidgetItem);
    m_lines->setCurrentCell(row, QuantityColumn);
    report({}, tr("已添加第 %1 行：%2").arg(row + 1).arg(product->displayName()));
    return {};
}

void PaperPrescriptionDialog::removeCurrentLine()
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_products.size())
        return;
    m_lines->removeRow(row);
    m_products.removeAt(row);
}

Status PaperPrescriptionDialog::attachScan(const QString& path)
{
    QFile file(path);
    const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
    Status s;
    if (mime != u"image/jpeg" && mime != u"image/png" && mime != u"application/pdf")
        s = makeError(ErrorCode::InvalidInput,
                      tr("处方图片只能是 JPG、PNG 或 PDF 文件：%1").arg(path));
    else if (file.size() > kMaxScanBytes)
        s = makeError(ErrorCode::InvalidInput,
                      tr("处方图片 %1 大于 10 MB，请降低扫描分辨率").arg(path));
    else if (!file.open(QIODevice::ReadOnly))
        s = makeError(ErrorCode::InvalidInput,
                      tr("无法读取处方图片 %1：%2").arg(path, file.errorString()));
    if (!s) {
        report(s, {});
        return s;
    }
    m_scan = file.readAll();
    m_scanMime = mime;
    m_scanLabel->setText(
        tr("已附：%1（%2 KB）").arg(QFileInfo(path).fileName()).arg((m_scan.size() + 1023) / 1024));
    report({}, tr("已附处方图片"));
    return {};
}

Status PaperPrescriptionDialog::save()
{
    Result<Prescription> rx = buildPaperPrescription(draft(), m_clock.now());
    Status s = rx ? m_reviews.receive(*rx) : Status{rx.error()};
    report(s, {});
    if (!s)
        return s;
    Q_EMIT received(rx->rxNo);
    accept();
    return {};
}

QString PaperPrescriptionDialog::messageText() const
{
    return m_message->text();
}

void PaperPrescriptionDialog::report(const Status& s, const QString& done)
{
    m_message->setStyleSheet(s ? QStringLiteral("color: #2e7d32;")
                               : QStringLiteral("color: #c62828;"));
    m_message->setText(s ? done : s.error().userText());
}

} // namespace pos::ui
