#include "ui/archiveviewer.h"

#include "app/core/archive/settlementarchivist.h"
#include "app/core/inventory/boxtrace.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>

namespace pos::ui {

using archive::ArchiveRecord;

ArchiveViewer::ArchiveViewer(archive::ArchiveReader& reader, TraceService* trace, QString storeName,
                             QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_trace(trace)
    , m_storeName(std::move(storeName))
{
    auto* grid = new QGridLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(
        trace
            ? tr("结算单号、销售单号、处方号、药品追溯码、患者身份证号或姓名、日期（2026-12-06 或 "
                 "2026-12-01..2026-12-06）")
            : tr("结算单号、销售单号、处方号、患者身份证号或姓名、日期（2026-12-06 或 "
                 "2026-12-01..2026-12-06）"));
    m_search->setToolTip(m_search->placeholderText());
    auto* find = new QPushButton(tr("查找"), this);
    m_month = new QDateEdit(this); // the month is set by whoever opens the screen (the clock)
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    auto* month = new QPushButton(tr("本月装订清单"), this);
    grid->addWidget(m_search, 0, 0, 1, 2);
    grid->addWidget(find, 0, 2);
    grid->addWidget(m_month, 0, 3);
    grid->addWidget(month, 0, 4);

    auto* split = new QSplitter(this);
    m_records = new QListWidget(split);
    m_records->setMinimumWidth(220);
    auto* middle = new QWidget(split);
    auto* mid = new QGridLayout(middle);
    mid->setContentsMargins(0, 0, 0, 0);
    m_detail = new QPlainTextEdit(middle);
    m_detail->setReadOnly(true);
    m_documents = new QListWidget(middle);
    m_documents->setMaximumHeight(140);
    auto* open = new QPushButton(tr("打开文档"), middle);
    auto* play = new QPushButton(tr("播放录像"), middle);
    mid->addWidget(m_detail, 0, 0, 1, 2);
    mid->addWidget(m_documents, 1, 0, 1, 2);
    mid->addWidget(open, 2, 0);
    mid->addWidget(play, 2, 1);
    m_picture = new QLabel(tr("签名、人脸在此显示"), split);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumWidth(200);
    split->setStretchFactor(1, 2);
    grid->addWidget(split, 1, 0, 1, 5);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020;"));
    grid->addWidget(m_message, 2, 0, 1, 5);

    connect(find, &QPushButton::clicked, this, &ArchiveViewer::search);
    connect(m_search, &QLineEdit::returnPressed, this, &ArchiveViewer::search);
    connect(month, &QPushButton::clicked, this, &ArchiveViewer::showMonth);
    connect(m_records, &QListWidget::currentRowChanged, this, &ArchiveViewer::showRecord);
    connect(open, &QPushButton::clicked, this, [this] { openDocument(m_documents->currentRow()); });
    connect(m_documents, &QListWidget::itemActivated, this,
            [this] { openDocument(m_documents->currentRow()); });
    connect(play, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT playClipRequested(m_current->subject);
    });
}

void ArchiveViewer::fail(const QString& text)
{
    m_message->setText(text);
}

void ArchiveViewer::listRecords(const QList<ArchiveRecord>& records)
{
    m_shown = records;
    m_monthEntries.clear();
    m_current.reset();
    const QSignalBlocker block(m_records);
    m_records->clear();
    for (const ArchiveRecord& r : records)
        m_records->addItem(QStringLiteral("#%1  %2  %3")
                               .arg(r.seq)
                               .arg(archive::recordKindText(r.kind), r.subject));
    m_documents->clear();
    m_detail->clear();
    m_picture->setPixmap({});
    if (!records.isEmpty())
        m_records->setCurrentRow(0);
    if (m_records->currentRow() == 0)
        showRecord(0);
}

void ArchiveViewer::search()
{
    m_message->clear();
    listRecords({}); // a search that finds nothing leaves no earlier record on the screen
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return fail(tr("请输入结算单号、处方号、追溯码、患者身份证号或姓名，或日期"));
    // A day or a range of days: the records sealed then, in sealing order.
    if (const std::optional<std::pair<QDate, QDate>> days = archive::parseDayRange(text)) {
        Result<archive::ArchiveReader::DayList> list = m_reader.sealedOn(days->first, days->second);
        if (!list)
            return fail(list.error().userText());
        return listEntries(list->entries, archive::dayListSheet(*list));
    }
    Result<QList<ArchiveRecord>> found = m_reader.records(text);
    if (found)
        return listRecords(*found);
    if (found.error().code != ErrorCode::NotFound || !m_trace)
        return fail(found.error().userText());
    // Not a settlement or prescription: perhaps a box's traceability code (DATA-TRACE).
    Result<BoxTrace> box = m_trace->box(text);
    if (!box)
        // Not a code either (or a code this store never saw): the archive's answer names it.
        return fail(box.error().code == ErrorCode::NotFound
                            || box.error().code == ErrorCode::InvalidInput
                        ? found.error().userText()
                        : box.error().userText());
    // Each sale of the box: an insured one's records are its settlement's, a cash prescription
    // sale's its own; a sale without a prescription has none.
    QList<ArchiveRecord> records;
    QStringList looked;
    for (const BoxSale& sale : std::as_const(box->sales)) {
        const QString number = sale.settlementNo.isEmpty() ? sale.saleNo : sale.settlementNo;
        if (looked.contains(number))
            continue;
        looked << number;
        Result<QList<ArchiveRecord>> of = m_reader.records(number);
        if (of)
            records += *of;
        else if (of.error().code != ErrorCode::NotFound)
            return fail(of.error().userText());
    }
    listRecords(records);
    if (looked.isEmpty())
        fail(tr("追溯码 %1 的这盒药尚未售出，档案中没有它的记录（trace 查看它的进货）").arg(text));
    else if (records.isEmpty())
        fail(tr("追溯码 %1 的销售（%2）没有封存的档案记录：非处方销售不入档，处方销售或医保结算"
                "尚未封存时在下次启动时补封存")
                 .arg(text, looked.join(QStringLiteral("、"))));
}

void ArchiveViewer::showMonth()
{
    m_message->clear();
    Result<archive::ArchiveReader::BindingList> list = m_reader.bindingList(m_month->date());
    if (!list)
        return fail(list.error().userText());
    listEntries(list->entries, archive::bindingSheet(*list, m_storeName));
}

void ArchiveViewer::listEntries(const QList<ArchiveStore::Entry>& entries, const QStringList& sheet)
{
    m_shown.clear();
    m_current.reset();
    m_monthEntries.clear();
    const QSignalBlocker block(m_records);
    m_records->clear();
    m_documents->clear();
    m_picture->setPixmap({});
    for (const ArchiveStore::Entry& e : entries) {
        m_monthEntries.append({e.seq, e.subject});
        m_records->addItem(QStringLiteral("#%1  %2  %3  %4")
                               .arg(e.seq)
                               .arg(e.sealedAt.toString(QStringLiteral("MM-dd HH:mm")),
                                    archive::recordKindText(e.kind), e.subject));
    }
    m_detail->setPlainText(sheet.join(u'\n'));
}

void ArchiveViewer::showRecord(int row)
{
    m_documents->clear();
    m_picture->setPixmap({});
    m_current.reset();
    if (row < 0)
        return;
    if (row < m_monthEntries.size()) {
        // A month's entry: its record is read (and the view audited) when it is opened.
        const auto [seq, subject] = m_monthEntries.at(row);
        Result<QList<ArchiveRecord>> of = m_reader.records(subject);
        if (!of)
            return fail(of.error().userText());
        for (const ArchiveRecord& r : std::as_const(*of))
            if (r.seq == seq)
                m_current = r;
    } else if (row < m_shown.size()) {
        m_current = m_shown.at(row);
    }
    if (!m_current)
        return fail(tr("没有找到这条归档记录"));
    m_message->clear();
    m_detail->setPlainText(archive::describeRecord(*m_current).join(u'\n'));
    for (const archive::ArchivePiece& p : std::as_const(m_current->pieces))
        m_documents->addItem(p.missing.isEmpty() ? tr("%1（%2 字节）").arg(p.name).arg(p.bytes)
                                                 : tr("%1：缺，%2").arg(p.name, p.missing));
}

void ArchiveViewer::openDocument(int row)
{
    if (!m_current || row < 0 || row >= m_current->pieces.size())
        return fail(tr("先选一件文档"));
    const archive::ArchivePiece& piece = m_current->pieces.at(row);
    Result<QByteArray> doc = m_reader.document(*m_current, piece.name);
    if (!doc)
        return fail(doc.error().userText());
    m_message->clear();
    const QString lower = piece.name.toLower();
    if (lower.endsWith(u".png") || lower.endsWith(u".jpg") || lower.endsWith(u".jpeg")) {
        const QImage image = QImage::fromData(*doc);
        if (image.isNull())
            return fail(tr("%1 不是可显示的图片").arg(piece.name));
        m_picture->setPixmap(
            QPixmap::fromImage(image.scaled(m_picture->size().expandedTo(QSize(200, 200)),
                                            Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        return;
    }
    if (lower.endsWith(u".pdf")) {
        m_detail->setPlainText(
            tr("%1 是 PDF（%2 字节），哈希与封存时一致；用 archive export 导出后打开或打印。")
                .arg(piece.name)
                .arg(doc->size()));
        return;
    }
    m_detail->setPlainText(QString::fromUtf8(*doc));
}

} // namespace pos::ui
