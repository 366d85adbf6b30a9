#include "app/core/upload/platformrecords.h"

#include <QJsonArray>

namespace pos::upload {

namespace {

const QString kTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// PLATFORM.md §2 and §3. 3501's count is a snapshot (no stock effect); 3502's sign comes from its
// inv_chg_type. 3507 finds records through the query of the kind it deletes.
constexpr RecordSpec kSpecs[] = {
    {"3501", "invinfo", 1, "inv_cnt", "invdate", 0, "3509", "fixmedins_bchno"},
    {"3502", "invinfo", 2, "cnt", "inv_chg_time", 2, "3509", "fixmedins_bchno"},
    {"3503", "purcinfo", 3, "purc_retn_cnt", "purc_retn_stoin_time", 1, "3510", "fixmedins_bchno"},
    {"3504", "purcinfo", 3, "purc_retn_cnt", "purc_retn_stoin_time", -1, "3510", "fixmedins_bchno"},
    {"3505", "selinfo", 4, "sel_retn_cnt", "sel_retn_time", -1, "3511", "fixmedins_bchno"},
    {"3506", "selinfo", 4, "sel_retn_cnt", "sel_retn_time", 1, "3511", "fixmedins_bchno"},
    {"3507", "data", 0, "", "", 0, "", "fixmedins_bchno"},
    {"7204", "data", 0, "", "rx_chk_time", 0, "7202", "hi_rxno"},
    {"7207", "data", 0, "", "sel_time", 0, "7202", "hi_rxno"},
    {"7208", "data", 0, "", "canc_time", 0, "7202", "hi_rxno"},
};

const char* queryForDataType(int dataType)
{
    switch (dataType) {
    case 1:
    case 2: return "3509";
    case 3: return "3510";
    case 4: return "3511";
    }
    return "";
}

qint64 toCount(const QJsonValue& v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return ok ? n : 0;
}

} // namespace

const RecordSpec* recordSpec(const QString& infno)
{
    for (const RecordSpec& s : kSpecs)
        if (infno == QLatin1String(s.infno))
            return &s;
    return nullptr;
}

QJsonObject recordNode(const QString& infno, const QJsonObject& input)
{
    const RecordSpec* s = recordSpec(infno);
    if (!s)
        return input;
    const QJsonValue node = input.value(QLatin1String(s->node));
    // 72xx and a node that arrives as a one-element array are read the same way.
    if (node.isObject())
        return node.toObject();
    if (node.isArray())
        return node.toArray().at(0).toObject();
    return input;
}

QString recordKey(const QString& infno, const QJsonObject& input)
{
    const RecordSpec* s = recordSpec(infno);
    if (!s)
        return {};
    return recordNode(infno, input).value(QLatin1String(s->keyField)).toString();
}

QDateTime businessTime(const QString& infno, const QJsonObject& input)
{
    const RecordSpec* s = recordSpec(infno);
    if (!s || !*s->timeField)
        return {};
    const QString text = recordNode(infno, input).value(QLatin1String(s->timeField)).toString();
    QDateTime t = QDateTime::fromString(text, kTime);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(text, QStringLiteral("yyyy-MM-dd")), QTime(0, 0));
    return t;
}

qint64 recordCount(const QString& infno, const QJsonObject& input)
{
    const RecordSpec* s = recordSpec(infno);
    if (!s || !*s->countField)
        return 0;
    return toCount(recordNode(infno, input).value(QLatin1String(s->countField)));
}

bool isInboundChange(const QString& t)
{
    // PLATFORM.md §2: 101 transfer in, 103 count gain, 106 other in, 108 purchase in, 110 gift in.
    return t == u"101" || t == u"103" || t == u"106" || t == u"108" || t == u"110";
}

qint64 stockEffect(const QString& infno, const QJsonObject& input)
{
    const RecordSpec* s = recordSpec(infno);
    if (!s || s->stockSign == 0)
        return 0;
    const qint64 n = recordCount(infno, input);
    if (s->stockSign == 2) {
        const QString type =
            recordNode(infno, input).value(QStringLiteral("inv_chg_type")).toString();
        return isInboundChange(type) ? n : -n;
    }
    return s->stockSign * n;
}

QStringList traceCodes(const QString& infno, const QJsonObject& input)
{
    QStringList out;
    const QJsonArray a = recordNode(infno, input).value(QStringLiteral("drugtracinfo")).toArray();
    for (const QJsonValue& v : a)
        out << v.toObject().value(QStringLiteral("drug_trac_codg")).toString();
    return out;
}

QMap<QString, PlatformStockRow> platformStock(const QList<QPair<QString, QJsonObject>>& records)
{
    QMap<QString, PlatformStockRow> rows;
    for (const auto& [infno, input] : records) {
        const qint64 effect = stockEffect(infno, input);
        if (effect == 0)
            continue;
        const QJsonObject node = recordNode(infno, input);
        const QString id = node.value(QStringLiteral("fixmedins_hilist_id")).toString();
        PlatformStockRow& r = rows[id];
        r.hilistId = id;
        r.hilistName = node.value(QStringLiteral("fixmedins_hilist_name")).toString();
        if (const QString code = node.value(QStringLiteral("med_list_codg")).toString();
            !code.isEmpty())
            r.medListCode = code;
        r.count += effect;
    }
    return rows;
}

PlatformRequest resolutionQuery(const QString& infno, const QJsonObject& input)
{
    const RecordSpec* s = recordSpec(infno);
    if (!s)
        return {};
    const QString key = recordKey(infno, input);
    if (infno == u"3507") {
        const int type =
            recordNode(infno, input).value(QStringLiteral("inv_data_type")).toVariant().toInt();
        return PlatformRequest{QLatin1String(queryForDataType(type)),
                               {},
                               QJsonObject{{QStringLiteral("data"),
                                            QJsonObject{{QStringLiteral("fixmedins_bchno"), key},
                                                        {QStringLiteral("page_num"), 1},
                                                        {QStringLiteral("page_size"), 100}}}}};
    }
    if (infno.startsWith(u'7'))
        return PlatformRequest{
            QLatin1String(s->queryInfno),
            {},
            QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("hi_rxno"), key}}}}};
    return PlatformRequest{
        QLatin1String(s->queryInfno),
        {},
        QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("fixmedins_bchno"), key},
                                                         {QStringLiteral("page_num"), 1},
                                                         {QStringLiteral("page_size"), 100}}}}};
}

int countOnPlatform(const QString& infno, const QJsonObject& input, const QJsonObject& output)
{
    const QString key = recordKey(infno, input);
    if (infno.startsWith(u'7')) {
        if (!output.value(QStringLiteral("upld_his")).isArray())
            return -1;
        int n = 0;
        for (const QJsonValue& v : output.value(QStringLiteral("upld_his")).toArray())
            if (v.toObject().value(QStringLiteral("infno")).toString() == infno)
                ++n;
        return n;
    }
    if (!output.value(QStringLiteral("data")).isArray())
        return -1;
    int n = 0;
    for (const QJsonValue& v : output.value(QStringLiteral("data")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("fixmedins_bchno")).toString() != key)
            continue;
        // 3507 counts what is left of the kind it deletes; the others their own kind.
        if (infno == u"3507" || row.value(QStringLiteral("infno")).toString() == infno)
            ++n;
    }
    return n;
}

QJsonObject withdrawal3507(const QString& infno, const QJsonObject& input)
{
    const RecordSpec* s = recordSpec(infno);
    return QJsonObject{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("fixmedins_bchno"), recordKey(infno, input)},
                     {QStringLiteral("inv_data_type"), QString::number(s ? s->dataType : 0)}}}};
}

QJsonObject review7204(const ReviewUpload& r)
{
    return QJsonObject{{QStringLiteral("data"),
                        QJsonObject{{QStringLiteral("hi_rxno"), r.hiRxNo},
                                    {QStringLiteral("phar_name"), r.pharmacistName},
                                    {QStringLiteral("phar_prac_cert_no"), r.pharmacistCertNo},
                                    {QStringLiteral("phar_code"), r.pharmacistCode},
                                    {QStringLiteral("rx_chk_opnn"), r.opinion},
                                    {QStringLiteral("rx_chk_stas_codg"),
                                     r.approved ? QStringLiteral("1") : QStringLiteral("2")},
                                    {QStringLiteral("rx_chk_time"), r.reviewedAt.toString(kTime)},
                                    {QStringLiteral("phar_sign_info"), r.signature}}}};
}

QJsonObject rxSale7207(const RxSaleUpload& s)
{
    QJsonArray lines;
    for (const RxSaleLine& l : s.lines) {
        QJsonArray codes;
        for (const QString& c : l.traceCodes)
            codes.append(QJsonObject{{QStringLiteral("drug_trac_codg"), c}});
        lines.append(QJsonObject{{QStringLiteral("med_list_codg"), l.medListCode},
                                 {QStringLiteral("fixmedins_hilist_id"), l.productCode},
                                 {QStringLiteral("fixmedins_hilist_name"), l.productName},
                                 {QStringLiteral("manu_lotnum"), l.batchNo},
                                 {QStringLiteral("sel_cnt"), QString::number(l.count)},
                                 {QStringLiteral("pric"), l.price.toString()},
                                 {QStringLiteral("drugtracinfo"), codes}});
    }
    return QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("hi_rxno"), s.hiRxNo},
                                             {QStringLiteral("rx_chk_biz_sn"), s.rxCheckBizSn},
                                             {QStringLiteral("setl_id"), s.setlId},
                                             {QStringLiteral("rtal_docno"), s.saleNo},
                                             {QStringLiteral("sel_time"), s.soldAt.toString(kTime)},
                                             {QStringLiteral("sel_opter_name"), s.operatorName},
                                             {QStringLiteral("seldetail"), lines}}}};
}

QJsonObject rxSaleCancel7208(const QString& hiRxNo, const QString& saleNo, const QString& reason,
                             const QDateTime& at)
{
    return QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("hi_rxno"), hiRxNo},
                                             {QStringLiteral("rtal_docno"), saleNo},
                                             {QStringLiteral("canc_rea"), reason},
                                             {QStringLiteral("canc_time"), at.toString(kTime)}}}};
}

} // namespace pos::upload
