#include "app/core/inventory/purchaseimport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseImport)
};

QDate parseDate(const QString& s)
{
    const QString t = s.trimmed();
    for (const char* f :
         {"yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy.MM.dd", "yyyy-M-d", "yyyy/M/d"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(f));
        if (d.isValid())
            return d;
    }
    return {};
}

/// A header row's columns by key, the Chinese headers mapped to the English keys.
QHash<QString, int> headerColumns(const QStringList& header)
{
    static const QList<QPair<QString, QString>> aliases{
        {QStringLiteral("供货单位"), QStringLiteral("supplier")},
        {QStringLiteral("购进日期"), QStringLiteral("purchase_date")},
        {QStringLiteral("商品编码"), QStringLiteral("product_code")},
        {QStringLiteral("通用名称"), QStringLiteral("generic_name")},
        {QStringLiteral("生产厂商"), QStringLiteral("manufacturer")},
        {QStringLiteral("产地"), QStringLiteral("manufacturer")},
        {QStringLiteral("剂型"), QStringLiteral("dosage_form")},
        {QStringLiteral("规格"), QStringLiteral("spec")},
        {QStringLiteral("批号"), QStringLiteral("batch_no")},
        {QStringLiteral("生产日期"), QStringLiteral("production_date")},
        {QStringLiteral("有效期"), QStringLiteral("expiry_date")},
        {QStringLiteral("批准文号"), QStringLiteral("approval_no")},
        {QStringLiteral("医保药品编码"), QStringLiteral("insurance_code")},
        {QStringLiteral("数量"), QStringLiteral("boxes")},
        {QStringLiteral("价格"), QStringLiteral("price")},
        {QStringLiteral("追溯码"), QStringLiteral("trace_codes")},
        {QStringLiteral("处方类别"), QStringLiteral("rx_class")},
        {QStringLiteral("处方药/非处方药"), QStringLiteral("rx_class")},
    };
    QHash<QString, int> col;
    for (int i = 0; i < header.size(); ++i) {
        QString h = header.at(i).trimmed();
        for (const auto& [zh, en] : aliases)
            if (h == zh)
                h = en;
        col.insert(h, i);
    }
    return col;
}

/// The first required column a header row lacks, or an empty string.
QString missingColumn(const QHash<QString, int>& col)
{
    for (const char* required : {"supplier", "purchase_date", "product_code"})
        if (!col.contains(QString::fromLatin1(required)))
            return QString::fromLatin1(required);
    return {};
}
} // namespace

QString csvFormatName(const CsvTable& table)
{
    return table.delimiter == u'\t'
               ? Tr::tr("制表符分隔文本，编码 %1").arg(encodingName(table.encoding))
               : Tr::tr("CSV，编码 %1").arg(encodingName(table.encoding));
}

Result<PurchaseImport> purchaseFromRows(const QList<QStringList>& rows, const QString& source)
{
    const auto blank = [](const QStringList& row) {
        return std::all_of(row.cbegin(), row.cend(),
                           [](const QString& cell) { return cell.trimmed().isEmpty(); });
    };
    // The headers are the first row naming the required columns: a spreadsheet often carries a
    // title or the supplier's letterhead above them.
    const auto firstRow = std::find_if_not(rows.cbegin(), rows.cend(), blank);
    if (firstRow == rows.cend())
        return makeError(ErrorCode::InvalidInput, Tr::tr("到货单文件没有数据行"));
    const auto headerRow = std::find_if(firstRow, rows.cend(), [](const QStringList& row) {
        return missingColumn(headerColumns(row)).isEmpty();
    });
    if (headerRow == rows.cend())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("到货单缺少列“%1”").arg(missingColumn(headerColumns(*firstRow))),
                         QStringLiteral("INV-FIELDS"));
    if (std::all_of(headerRow + 1, rows.cend(), blank))
        return makeError(ErrorCode::InvalidInput, Tr::tr("到货单文件没有数据行"));
    const QHash<QString, int> col = headerColumns(*headerRow);

    PurchaseImport out;
    out.document.source = source;
    static const QRegularExpression codeSeparators(QStringLiteral("[;；,\\s]+"));
    int firstLine = 0;
    for (int r = int(headerRow - rows.cbegin()) + 1; r < rows.size(); ++r) {
        const QStringList& f = rows.at(r);
        if (blank(f))
            continue;
        const int fileLine = r + 1;
        auto get = [&](const char* key) {
            const int i = col.value(QString::fromLatin1(key), -1);
            return i >= 0 && i < f.size() ? f.at(i).trimmed() : QString();
        };
        const QString supplier = get("supplier");
        const QDate purchaseDate = parseDate(get("purchase_date"));
        if (firstLine == 0) {
            firstLine = fileLine;
            out.document.supplier = supplier;
            out.document.purchaseDate = purchaseDate;
        }
        PurchaseLine l;
        l.productCode = get("product_code");
        l.genericName = get("generic_name");
        l.manufacturer = get("manufacturer");
        l.dosageForm = get("dosage_form");
        l.spec = get("spec");
        l.batchNo = get("batch_no");
        l.approvalNo = get("approval_no");
        l.insuranceCode = get("insurance_code");
        l.traceCodes = get("trace_codes").split(codeSeparators, Qt::SkipEmptyParts);
        QStringList problems;
        if (supplier != out.document.supplier || purchaseDate != out.document.purchaseDate)
            problems << Tr::tr("供货单位或购进日期与第 %1 行不同：一个文件只能是一张到货单")
                            .arg(firstLine);
        if (!get("production_date").isEmpty()
            && !(l.productionDate = parseDate(get("production_date"))).isValid())
            problems << Tr::tr("生产日期“%1”无法识别").arg(get("production_date"));
        if (!get("expiry_date").isEmpty()
            && !(l.expiryDate = parseDate(get("expiry_date"))).isValid())
            problems << Tr::tr("有效期“%1”无法识别").arg(get("expiry_date"));
        // RX-ONLY: an optional 处方类别 column (处方药 / 甲类OTC / 乙类OTC) is checked against the
        // product master at receiving.
        if (const QString rx = get("rx_class"); !rx.isEmpty()) {
            l.rxClass = rxClassFromKey(rx);
            if (!l.rxClass)
                problems << Tr::tr("处方类别“%1”无法识别（处方药、甲类OTC、乙类OTC）").arg(rx);
        }
        bool ok = true;
        l.boxes = get("boxes").isEmpty() ? 0 : get("boxes").toInt(&ok);
        if (!ok)
            problems << Tr::tr("数量“%1”不是整数").arg(get("boxes"));
        const std::optional<Money> price = Money::parse(get("price"));
        if (!price)
            problems << Tr::tr("价格“%1”无法识别").arg(get("price"));
        else
            l.price = *price;
        if (!problems.isEmpty()) {
            out.problems.append(LineReport{fileLine, false, problems.join(QStringLiteral("；"))});
            continue;
        }
        out.document.lines.append(l);
        out.fileLines.append(fileLine);
    }
    return out;
}

DeliveryImportReport importDelivery(InventoryService& service, const QByteArray& csv,
                                    const QString& source)
{
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Result<CsvTable> table = readCsv(buffer, Tr::tr("到货单"));
    if (!table) {
        DeliveryImportReport out;
        out.lines << table.error().userText();
        return out;
    }
    return importDelivery(service, DeliveryNote{std::move(table->rows), csvFormatName(*table)},
                          source);
}

DeliveryImportReport importDelivery(InventoryService& service, const DeliveryNote& note,
                                    const QString& source)
{
    DeliveryImportReport out = importDelivery(service, note.rows, source);
    if (!note.format.isEmpty())
        out.lines.prepend(Tr::tr("读取：%1，共 %2 行").arg(note.format).arg(note.rows.size()));
    return out;
}

DeliveryImportReport importDelivery(InventoryService& service, const QList<QStringList>& rows,
                                    const QString& source)
{
    DeliveryImportReport out;
    Result<PurchaseImport> parsed = purchaseFromRows(rows, source);
    if (!parsed) {
        out.lines << parsed.error().userText();
        return out;
    }
    QList<LineReport> report;
    Result<ReceiveOutcome> received =
        parsed->document.lines.isEmpty()
            ? Result<ReceiveOutcome>(
                makeError(ErrorCode::InvalidInput, Tr::tr("到货单没有可读的行")))
            // With unreadable rows the rest is still checked, so the report is complete, but
            // nothing is posted.
            : service.receive(parsed->document, &report, parsed->problems.isEmpty());
    QMap<int, QString> verdicts;
    for (const LineReport& p : parsed->problems)
        verdicts.insert(p.line, Tr::tr("拒收：%1").arg(p.message));
    for (const LineReport& r : report)
        verdicts.insert(parsed->fileLines.value(r.line - 1),
                        r.accepted ? (r.message.isEmpty() ? Tr::tr("通过")
                                                          : Tr::tr("通过（%1）").arg(r.message))
                                   : Tr::tr("拒收：%1").arg(r.message));
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it)
        out.lines << Tr::tr("第 %1 行：%2").arg(it.key()).arg(it.value());
    out.received = received.ok() && parsed->problems.isEmpty();
    if (out.received) {
        out.docNo = received->docNo;
        out.lines
            << Tr::tr("已入库 %1：%2 行").arg(received->docNo).arg(parsed->document.lines.size());
    } else {
        if (report.isEmpty() && !received.ok())
            out.lines << received.error().userText();
        out.lines << Tr::tr("未入库：有行被拒收，整张到货单都没有导入。改正后重新导入。");
    }
    return out;
}

} // namespace pos
