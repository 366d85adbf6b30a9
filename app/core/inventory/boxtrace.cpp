#include "app/core/inventory/boxtrace.h"

#include "app/core/insurance/insuredsettlement.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/tracequery.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BoxTrace)
};

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

bool isTraceCode(const QString& code)
{
    if (code.size() != 20)
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// A document's place in an inspector's reading order, and its name in words.
struct DocumentName
{
    const char* file; ///< the name, or its stem before "." for the prescription's original
    const char* words;
};
constexpr DocumentName kDocuments[] = {
    {"prescription", QT_TRANSLATE_NOOP("BoxTrace", "处方原件")},
    {"slip.txt", QT_TRANSLATE_NOOP("BoxTrace", "结算单")},
    {"signature.png", QT_TRANSLATE_NOOP("BoxTrace", "患者签名")},
    {"signature.json", QT_TRANSLATE_NOOP("BoxTrace", "签名笔迹")},
    {"face.jpg", QT_TRANSLATE_NOOP("BoxTrace", "人脸图像")},
    {"clip.json", QT_TRANSLATE_NOOP("BoxTrace", "录像记录")},
};

int documentRank(const QString& name)
{
    const QString stem = name.section(u'.', 0, 0);
    for (int i = 0; i < int(std::size(kDocuments)); ++i)
        if (name == QLatin1StringView(kDocuments[i].file)
            || (i == 0 && stem == QLatin1StringView(kDocuments[0].file)))
            return i;
    return int(std::size(kDocuments));
}

QString moneyText(const Money& m)
{
    return m.display();
}

} // namespace

QString BoxArchiveRecord::kindText() const
{
    if (kind == QLatin1StringView("insured_settlement"))
        return Tr::tr("医保结算记录");
    if (kind == QLatin1StringView("refund"))
        return Tr::tr("退费记录");
    if (kind == QLatin1StringView("cash_prescription_sale"))
        return Tr::tr("处方药现金销售记录");
    return kind;
}

QString BoxArchiveRecord::documentsText() const
{
    QStringList sorted = documents;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
        return documentRank(a) < documentRank(b);
    });
    QStringList words;
    for (const QString& d : sorted) {
        const int rank = documentRank(d);
        words << (rank < int(std::size(kDocuments))
                      ? QCoreApplication::translate("BoxTrace", kDocuments[rank].words)
                      : d);
    }
    return words.isEmpty() ? Tr::tr("无文件") : words.join(Tr::tr("、"));
}

QString BoxTrace::stateText() const
{
    if (sales.isEmpty())
        return Tr::tr("在库");
    const BoxSale& last = sales.last();
    if (last.returned())
        return Tr::tr("已退回（%1），在库").arg(last.returnNo);
    return Tr::tr("已售（%1）").arg(last.saleNo);
}

QJsonObject BoxTrace::toJson() const
{
    QJsonArray soldIn;
    for (const BoxSale& s : sales) {
        QJsonObject o{{QStringLiteral("sale_no"), s.saleNo},
                      {QStringLiteral("sold_at"), timeText(s.soldAt)},
                      {QStringLiteral("terminal"), s.terminal},
                      {QStringLiteral("operator"), s.operatorName},
                      {QStringLiteral("unit_price"), s.unitPrice.toString()},
                      {QStringLiteral("unit"), s.unit},
                      {QStringLiteral("rx_no"), s.rxNo}};
        if (!s.pharmacist.isEmpty())
            o.insert(QStringLiteral("review"),
                     QJsonObject{{QStringLiteral("pharmacist"), s.pharmacist},
                                 {QStringLiteral("licence_no"), s.licenceNo},
                                 {QStringLiteral("reviewed_at"), timeText(s.reviewedAt)}});
        if (s.returned())
            o.insert(QStringLiteral("return"),
                     QJsonObject{{QStringLiteral("return_no"), s.returnNo},
                                 {QStringLiteral("returned_at"), timeText(s.returnedAt)},
                                 {QStringLiteral("operator"), s.returnOperator},
                                 {QStringLiteral("reason"), s.returnReason}});
        if (!s.settlementNo.isEmpty())
            o.insert(QStringLiteral("settlement"),
                     QJsonObject{{QStringLiteral("settlement_no"), s.settlementNo},
                                 {QStringLiteral("setl_id"), s.setlId},
                                 {QStringLiteral("state"), s.settlementState},
                                 {QStringLiteral("settled_at"), timeText(s.settledAt)},
                                 {QStringLiteral("fund"), s.fund.toString()},
                                 {QStringLiteral("account"), s.account.toString()},
                                 {QStringLiteral("cash"), s.cash.toString()}});
        QJsonArray archive;
        for (const BoxArchiveRecord& a : s.archive)
            archive.append(QJsonObject{
                {QStringLiteral("seq"), a.seq},
                {QStringLiteral("kind"), a.kind},
                {QStringLiteral("sealed_at"), timeText(a.sealedAt)},
                {QStringLiteral("documents"), QJsonArray::fromStringList(a.documents)}});
        o.insert(QStringLiteral("archive"), archive);
        soldIn.append(o);
    }
    QJsonObject receiving{{QStringLiteral("received"), received}};
    if (received) {
        receiving.insert(QStringLiteral("purchase_doc"), purchaseDoc);
        receiving.insert(QStringLiteral("supplier"), supplier);
        receiving.insert(QStringLiteral("purchase_date"), dateText(purchaseDate));
        receiving.insert(QStringLiteral("received_at"), timeText(receivedAt));
        receiving.insert(QStringLiteral("received_by"), receivedBy);
        receiving.insert(QStringLiteral("price_per_pack"), purchasePrice.toString());
        receiving.insert(QStringLiteral("pack_unit"), packUnit);
    }
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("state"), sales.isEmpty() || sales.last().returned()
                                      ? QStringLiteral("in_stock")
                                      : QStringLiteral("sold")},
        {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), productId},
                                                {QStringLiteral("name"), productName},
                                                {QStringLiteral("spec"), spec},
                                                {QStringLiteral("manufacturer"), manufacturer},
                                                {QStringLiteral("approval_no"), approvalNo}}},
        {QStringLiteral("batch"),
         QJsonObject{{QStringLiteral("batch_no"), batchNo},
                     {QStringLiteral("production_date"), dateText(productionDate)},
                     {QStringLiteral("expiry_date"), dateText(expiryDate)}}},
        {QStringLiteral("receiving"), receiving},
        {QStringLiteral("sales"), soldIn},
    };
}

QStringList BoxTrace::toLines() const
{
    QStringList lines;
    lines << Tr::tr("追溯码 %1：%2").arg(code, stateText());
    QStringList maker;
    for (const QString& part : {manufacturer, approvalNo})
        if (!part.isEmpty())
            maker << part;
    lines << (maker.isEmpty()
                  ? Tr::tr("药品：%1 %2").arg(productName, spec)
                  : Tr::tr("药品：%1 %2（%3）").arg(productName, spec, maker.join(Tr::tr("，"))));
    lines << Tr::tr("批号 %1，生产日期 %2，有效期至 %3")
                 .arg(batchNo, dateText(productionDate), dateText(expiryDate));
    if (received)
        lines << Tr::tr("购进：%1 %2，到货单 %3，%4/%5；%6 于 %7 验收入库")
                     .arg(dateText(purchaseDate), supplier, purchaseDoc, purchasePrice.display(),
                          packUnit.isEmpty() ? Tr::tr("盒") : packUnit, receivedBy,
                          timeText(receivedAt));
    else
        lines << Tr::tr("购进：无验收记录（首次见于销售，门店策略允许未验收的追溯码）");
    for (const BoxSale& s : sales) {
        lines << Tr::tr("销售：%1 %2，收银台 %3，%4，%5/%6")
                     .arg(timeText(s.soldAt), s.saleNo, s.terminal, s.operatorName,
                          s.unitPrice.display(), s.unit);
        if (!s.rxNo.isEmpty())
            lines << (s.pharmacist.isEmpty()
                          ? Tr::tr("  处方 %1（无审核通过记录）").arg(s.rxNo)
                          : Tr::tr("  处方 %1，%2（执业药师 %3）于 %4 审核通过")
                                .arg(s.rxNo, s.pharmacist, s.licenceNo, timeText(s.reviewedAt)));
        if (!s.settlementNo.isEmpty()) {
            const std::optional<SettleState> state = settleStateFromKey(s.settlementState);
            lines << Tr::tr("  医保结算 %1（平台结算号 %2）%3：统筹 %4，个人账户 %5，现金 %6；%7")
                         .arg(s.settlementNo, s.setlId.isEmpty() ? Tr::tr("无") : s.setlId,
                              timeText(s.settledAt), moneyText(s.fund), moneyText(s.account),
                              moneyText(s.cash),
                              state ? toDisplayString(*state) : s.settlementState);
        }
        for (const BoxArchiveRecord& a : s.archive)
            lines << Tr::tr("  档案 #%1 %2，%3 封存：%4")
                         .arg(a.seq)
                         .arg(a.kindText(), timeText(a.sealedAt), a.documentsText());
        if (!s.settlementNo.isEmpty() && s.archive.isEmpty())
            lines << Tr::tr("  档案：尚未封存（pharmapos archive verify 列出待封存的结算）");
        if (s.returned())
            lines << Tr::tr("  退货：%1 %2，%3，原因：%4")
                         .arg(timeText(s.returnedAt), s.returnNo, s.returnOperator, s.returnReason);
    }
    return lines;
}

QJsonObject BatchTrace::toJson() const
{
    QJsonArray list;
    for (const BatchBox& b : boxes)
        list.append(QJsonObject{{QStringLiteral("code"), b.code},
                                {QStringLiteral("received"), b.received},
                                {QStringLiteral("purchase_doc"), b.purchaseDoc},
                                {QStringLiteral("sale_no"), b.saleNo},
                                {QStringLiteral("sold_at"), timeText(b.soldAt)},
                                {QStringLiteral("returns"), b.returns}});
    return QJsonObject{
        {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), productId},
                                                {QStringLiteral("name"), productName},
                                                {QStringLiteral("spec"), spec}}},
        {QStringLiteral("batch_no"), batchNo},
        {QStringLiteral("production_date"), dateText(productionDate)},
        {QStringLiteral("expiry_date"), dateText(expiryDate)},
        {QStringLiteral("supplier"), supplier},
        {QStringLiteral("boxes"), list}};
}

QStringList BatchTrace::toLines() const
{
    qsizetype sold = 0;
    for (const BatchBox& b : boxes)
        sold += b.saleNo.isEmpty() ? 0 : 1;
    QStringList lines;
    lines << Tr::tr(
                 "%1 %2 批号 %3（生产日期 %4，有效期至 %5，%6）：%7 盒有追溯码，已售 %8，在库 %9")
                 .arg(productName, spec, batchNo, dateText(productionDate), dateText(expiryDate),
                      supplier)
                 .arg(boxes.size())
                 .arg(sold)
                 .arg(boxes.size() - sold);
    for (const BatchBox& b : boxes) {
        QString where = b.saleNo.isEmpty()
                            ? Tr::tr("在库")
                            : Tr::tr("已售 %1（%2）").arg(b.saleNo, timeText(b.soldAt));
        if (b.returns > 0)
            where += Tr::tr("，曾退回 %1 次").arg(b.returns);
        if (!b.received)
            where += Tr::tr("，无验收记录");
        lines << QStringLiteral("  %1  %2").arg(b.code, where);
    }
    return lines;
}

TraceService::TraceService(const TraceQuery& query, AccessControl& access)
    : m_query(query)
    , m_access(access)
{
}

Result<BoxTrace> TraceService::box(const QString& code)
{
    const QString c = code.trimmed();
    if (Status allowed = m_access.require(Permission::ExportLedger, c); !allowed)
        return allowed.error();
    if (!isTraceCode(c))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("“%1”不是药品追溯码（应为 20 位数字）").arg(c.left(40)),
                         QStringLiteral("DATA-TRACE"));
    Result<std::optional<BoxTrace>> found = m_query.traceBox(c);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, Tr::tr("本店没有追溯码 %1 的购进或销售记录").arg(c),
                         QStringLiteral("DATA-TRACE"));
    if (Status audited = m_access.recordAction(AuditAction::TraceViewed, c, Tr::tr("追溯一盒药"));
        !audited)
        return audited.error();
    return **found;
}

Result<QList<BatchTrace>> TraceService::batch(const QString& batchNo)
{
    const QString b = batchNo.trimmed();
    if (Status allowed = m_access.require(Permission::ExportLedger, b); !allowed)
        return allowed.error();
    if (b.isEmpty() || b.size() > 64)
        return makeError(ErrorCode::InvalidInput, Tr::tr("请给出批号（不超过 64 个字符）"),
                         QStringLiteral("DATA-TRACE"));
    Result<QList<BatchTrace>> found = m_query.traceBatch(b);
    if (!found)
        return found;
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("本店没有批号 %1 的记录").arg(b),
                         QStringLiteral("DATA-TRACE"));
    if (Status audited =
            m_access.recordAction(AuditAction::TraceViewed, b, Tr::tr("追溯一个批号的全部药品"));
        !audited)
        return audited.error();
    return found;
}

} // namespace pos
