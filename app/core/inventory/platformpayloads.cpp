#include "app/core/inventory/platformpayloads.h"

#include <QJsonArray>

namespace pos::payloads {

namespace {
QString day(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}
QString time(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
QJsonArray traceArray(const QStringList& codes)
{
    QJsonArray a;
    for (const QString& c : codes)
        a.append(QJsonObject{{QStringLiteral("drug_trac_codg"), c}});
    return a;
}
} // namespace

QJsonObject purchase3503(const ResolvedPurchaseLine& r, const QString& supplier,
                         const QString& docNo, const QString& operatorName, const QDateTime& at)
{
    const PurchaseLine& l = r.line;
    return QJsonObject{{QStringLiteral("purcinfo"),
                        QJsonObject{
                            {QStringLiteral("med_list_codg"), l.insuranceCode},
                            {QStringLiteral("fixmedins_hilist_id"), l.productCode},
                            {QStringLiteral("fixmedins_hilist_name"), r.productName},
                            {QStringLiteral("dynt_no"), docNo},
                            {QStringLiteral("fixmedins_bchno"), QString(docNo + u'-' + l.batchNo)},
                            {QStringLiteral("spler_name"), supplier},
                            {QStringLiteral("manu_lotnum"), l.batchNo},
                            {QStringLiteral("prodentp_name"), l.manufacturer},
                            {QStringLiteral("aprvno"), l.approvalNo},
                            {QStringLiteral("manu_date"), day(l.productionDate)},
                            {QStringLiteral("expy_end"), day(l.expiryDate)},
                            {QStringLiteral("finl_trns_pric"), l.price.toString()},
                            {QStringLiteral("purc_retn_cnt"), QString::number(l.boxes)},
                            {QStringLiteral("rx_flag"), r.rxFlag},
                            {QStringLiteral("purc_retn_stoin_time"), time(at)},
                            {QStringLiteral("purc_retn_opter_name"), operatorName},
                            {QStringLiteral("drugtracinfo"), traceArray(l.traceCodes)},
                        }}};
}

QJsonObject stockChange3502(const QString& insuranceCode, const QString& productCode,
                            const QString& productName, const QString& batchNo, MovementKind kind,
                            qint64 pieces, const QString& docNo, const QString& operatorName,
                            const QDateTime& at)
{
    return QJsonObject{{QStringLiteral("invinfo"),
                        QJsonObject{
                            {QStringLiteral("med_list_codg"), insuranceCode},
                            {QStringLiteral("inv_chg_type"), platformChangeType(kind)},
                            {QStringLiteral("fixmedins_hilist_id"), productCode},
                            {QStringLiteral("fixmedins_hilist_name"), productName},
                            {QStringLiteral("fixmedins_bchno"), QString(docNo + u'-' + batchNo)},
                            {QStringLiteral("cnt"), QString::number(pieces < 0 ? -pieces : pieces)},
                            {QStringLiteral("inv_chg_time"), time(at)},
                            {QStringLiteral("inv_chg_opter_name"), operatorName},
                            {QStringLiteral("trdn_flag"), QStringLiteral("0")},
                            {QStringLiteral("memo"), toDisplayString(kind)},
                        }}};
}

QJsonObject sale3505(const SaleUpload& s)
{
    return QJsonObject{
        {QStringLiteral("selinfo"),
         QJsonObject{
             {QStringLiteral("med_list_codg"), s.insuranceCode},
             {QStringLiteral("fixmedins_hilist_id"), s.productCode},
             {QStringLiteral("fixmedins_hilist_name"), s.productName},
             {QStringLiteral("fixmedins_bchno"), QString(s.saleNo + u'-' + s.allocation.batchNo)},
             {QStringLiteral("manu_lotnum"), s.allocation.batchNo},
             {QStringLiteral("manu_date"), day(s.productionDate)},
             {QStringLiteral("expy_end"), day(s.allocation.expiryDate)},
             {QStringLiteral("rx_flag"), s.rxFlag},
             {QStringLiteral("trdn_flag"), s.splitPack ? QStringLiteral("1") : QStringLiteral("0")},
             {QStringLiteral("finl_trns_pric"), s.unitPrice.toString()},
             {QStringLiteral("rtal_docno"), s.saleNo},
             {QStringLiteral("stoout_no"), s.saleNo},
             {QStringLiteral("sel_retn_cnt"), QString::number(s.allocation.pieces)},
             {QStringLiteral("sel_retn_time"), time(s.at)},
             {QStringLiteral("sel_retn_opter_name"), s.operatorName},
             {QStringLiteral("mdtrt_setl_type"), QStringLiteral("2")}, // self-paid cash
             {QStringLiteral("rxno"), s.rxNo},
             {QStringLiteral("drugtracinfo"), traceArray(s.traceCodes)},
         }}};
}

QJsonObject saleReturn3506(const QJsonObject& sale3505, const QString& returnNo,
                           const QString& operatorName, const QDateTime& at)
{
    QJsonObject row = sale3505.value(QStringLiteral("selinfo")).toObject();
    // The returned row is the sold row — drug, batch, price, split flag, boxes' codes — naming
    // the sale it reverses (rtal_docno, kept) and the return document, when and by whom.
    row.insert(QStringLiteral("stoout_no"), returnNo);
    row.insert(QStringLiteral("sel_retn_time"), time(at));
    row.insert(QStringLiteral("sel_retn_opter_name"), operatorName);
    return QJsonObject{{QStringLiteral("selinfo"), row}};
}

QJsonObject purchaseReturn3504(const QString& insuranceCode, const QString& productCode,
                               const QString& productName, const QString& batchNo,
                               const QString& supplier, qint64 pieces, const QString& docNo,
                               const QString& operatorName, const QDateTime& at)
{
    return QJsonObject{
        {QStringLiteral("purcinfo"),
         QJsonObject{
             {QStringLiteral("med_list_codg"), insuranceCode},
             {QStringLiteral("fixmedins_hilist_id"), productCode},
             {QStringLiteral("fixmedins_hilist_name"), productName},
             {QStringLiteral("fixmedins_bchno"), QString(docNo + u'-' + batchNo)},
             {QStringLiteral("spler_name"), supplier},
             {QStringLiteral("manu_lotnum"), batchNo},
             {QStringLiteral("purc_retn_cnt"), QString::number(pieces < 0 ? -pieces : pieces)},
             {QStringLiteral("purc_retn_stoin_time"), time(at)},
             {QStringLiteral("purc_retn_opter_name"), operatorName},
         }}};
}

QJsonObject stockCount3501(const CountUpload& c)
{
    return QJsonObject{
        {QStringLiteral("invinfo"),
         QJsonObject{
             {QStringLiteral("med_list_codg"), c.insuranceCode},
             {QStringLiteral("fixmedins_hilist_id"), c.productCode},
             {QStringLiteral("fixmedins_hilist_name"), c.productName},
             {QStringLiteral("rx_flag"), c.rxFlag},
             {QStringLiteral("invdate"), day(c.at.date())},
             {QStringLiteral("inv_cnt"), QString::number(c.countedPieces)},
             {QStringLiteral("manu_lotnum"), c.batchNo},
             {QStringLiteral("fixmedins_bchno"), QString(c.sheetNo + u'-' + c.batchNo)},
             {QStringLiteral("manu_date"), day(c.productionDate)},
             {QStringLiteral("expy_end"), day(c.expiryDate)},
             {QStringLiteral("memo"), c.sheetNo},
         }}};
}

} // namespace pos::payloads
