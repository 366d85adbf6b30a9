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

QString recordSerial(const QString& docNo, int recordNo)
{
    return docNo + u'-' + QString::number(recordNo).rightJustified(2, u'0');
}

QString piecePrice(Money perUnit, qint64 piecesPerUnit)
{
    if (piecesPerUnit <= 1)
        return perUnit.toString();
    // In millionths of a yuan (a fen is 10,000 of them), rounded half away from zero.
    const qint64 micro = perUnit.fen() * 10'000;
    const qint64 q = (micro + (micro < 0 ? -1 : 1) * piecesPerUnit / 2) / piecesPerUnit;
    const qint64 whole = (q < 0 ? -q : q) / 1'000'000;
    QString frac = QString::number((q < 0 ? -q : q) % 1'000'000).rightJustified(6, u'0');
    while (frac.size() > 2 && frac.endsWith(u'0'))
        frac.chop(1);
    return (q < 0 ? QStringLiteral("-") : QString()) + QString::number(whole) + u'.' + frac;
}

QJsonObject purchase3503(const ResolvedPurchaseLine& r, const QString& supplier,
                         const QString& docNo, int recordNo, const QString& operatorName,
                         const QDateTime& at)
{
    const PurchaseLine& l = r.line;
    const qint64 perBox = qMax<qint64>(1, r.piecesPerBox);
    return QJsonObject{{QStringLiteral("purcinfo"),
                        QJsonObject{
                            {QStringLiteral("med_list_codg"), l.insuranceCode},
                            {QStringLiteral("fixmedins_hilist_id"), l.productCode},
                            {QStringLiteral("fixmedins_hilist_name"), r.productName},
                            {QStringLiteral("dynt_no"), docNo},
                            {QStringLiteral("fixmedins_bchno"), recordSerial(docNo, recordNo)},
                            {QStringLiteral("spler_name"), supplier},
                            {QStringLiteral("manu_lotnum"), l.batchNo},
                            {QStringLiteral("prodentp_name"), l.manufacturer},
                            {QStringLiteral("aprvno"), l.approvalNo},
                            {QStringLiteral("manu_date"), day(l.productionDate)},
                            {QStringLiteral("expy_end"), day(l.expiryDate)},
                            {QStringLiteral("finl_trns_pric"), piecePrice(l.price, perBox)},
                            {QStringLiteral("purc_retn_cnt"), QString::number(l.boxes * perBox)},
                            {QStringLiteral("rx_flag"), r.rxFlag},
                            {QStringLiteral("purc_retn_stoin_time"), time(at)},
                            {QStringLiteral("purc_retn_opter_name"), operatorName},
                            {QStringLiteral("drugtracinfo"), traceArray(l.traceCodes)},
                        }}};
}

QJsonObject stockChange3502(const QString& insuranceCode, const QString& productCode,
                            const QString& productName, const QString& batchNo, MovementKind kind,
                            qint64 pieces, const QString& docNo, int recordNo,
                            const QString& operatorName, const QDateTime& at)
{
    return QJsonObject{{QStringLiteral("invinfo"),
                        QJsonObject{
                            {QStringLiteral("med_list_codg"), insuranceCode},
                            {QStringLiteral("inv_chg_type"), platformChangeType(kind)},
                            {QStringLiteral("fixmedins_hilist_id"), productCode},
                            {QStringLiteral("fixmedins_hilist_name"), productName},
                            {QStringLiteral("fixmedins_bchno"), recordSerial(docNo, recordNo)},
                            {QStringLiteral("cnt"), QString::number(pieces < 0 ? -pieces : pieces)},
                            {QStringLiteral("inv_chg_time"), time(at)},
                            {QStringLiteral("inv_chg_opter_name"), operatorName},
                            {QStringLiteral("trdn_flag"), QStringLiteral("0")},
                            // 3502 has no batch field: the batch goes into the memo (it was
                            // in the serial before serials became one per record). The
                            // platform's text, not the UI's: not translated.
                            {QStringLiteral("memo"),
                             QStringLiteral("%1 批号 %2").arg(toDisplayString(kind), batchNo)},
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
             {QStringLiteral("fixmedins_bchno"), recordSerial(s.saleNo, s.recordNo)},
             {QStringLiteral("manu_lotnum"), s.allocation.batchNo},
             {QStringLiteral("manu_date"), day(s.productionDate)},
             {QStringLiteral("expy_end"), day(s.allocation.expiryDate)},
             {QStringLiteral("rx_flag"), s.rxFlag},
             {QStringLiteral("trdn_flag"), s.splitPack ? QStringLiteral("1") : QStringLiteral("0")},
             {QStringLiteral("finl_trns_pric"), piecePrice(s.unitPrice, s.piecesPerUnit)},
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

QJsonObject saleReturn3506(const QJsonObject& sale3505, const QString& returnNo, int recordNo,
                           const QString& operatorName, const QDateTime& at)
{
    QJsonObject row = sale3505.value(QStringLiteral("selinfo")).toObject();
    // The returned row is the sold row — drug, batch, price, split flag, boxes' codes — naming
    // the sale it reverses (rtal_docno, kept; the sold record's serial in medins_prod_sel_no)
    // and the return document, when and by whom. Its own serial: withdrawing the return (3507)
    // must not delete the sale.
    row.insert(QStringLiteral("medins_prod_sel_no"),
               row.value(QStringLiteral("fixmedins_bchno")).toString());
    row.insert(QStringLiteral("fixmedins_bchno"), recordSerial(returnNo, recordNo));
    row.insert(QStringLiteral("stoout_no"), returnNo);
    row.insert(QStringLiteral("sel_retn_time"), time(at));
    row.insert(QStringLiteral("sel_retn_opter_name"), operatorName);
    return QJsonObject{{QStringLiteral("selinfo"), row}};
}

QJsonObject purchaseReturn3504(const QString& insuranceCode, const QString& productCode,
                               const QString& productName, const QString& batchNo,
                               const QString& supplier, qint64 pieces, const QString& docNo,
                               int recordNo, const QString& operatorName, const QDateTime& at)
{
    return QJsonObject{
        {QStringLiteral("purcinfo"),
         QJsonObject{
             {QStringLiteral("med_list_codg"), insuranceCode},
             {QStringLiteral("fixmedins_hilist_id"), productCode},
             {QStringLiteral("fixmedins_hilist_name"), productName},
             {QStringLiteral("fixmedins_bchno"), recordSerial(docNo, recordNo)},
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
             {QStringLiteral("fixmedins_bchno"), recordSerial(c.sheetNo, c.recordNo)},
             {QStringLiteral("manu_date"), day(c.productionDate)},
             {QStringLiteral("expy_end"), day(c.expiryDate)},
             {QStringLiteral("memo"), c.sheetNo},
         }}};
}

} // namespace pos::payloads
