#include "app/core/upload/reconciliation.h"

#include "app/core/upload/platformquery.h"
#include "app/core/upload/platformrecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pos::upload {

namespace {
/// Translation context "Reconciliation" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)
};

const QStringList kCompared{QStringLiteral("fixmedins_hilist_id"), QStringLiteral("manu_lotnum"),
                            QStringLiteral("sel_retn_cnt"), QStringLiteral("finl_trns_pric"),
                            QStringLiteral("sel_retn_time")};

QString value(const QJsonObject& node, const QString& field)
{
    const QJsonValue v = node.value(field);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QString codesOf(const QJsonObject& node)
{
    QStringList codes;
    for (const QJsonValue& v : node.value(QStringLiteral("drugtracinfo")).toArray())
        codes << v.toObject().value(QStringLiteral("drug_trac_codg")).toString();
    codes.sort();
    return codes.join(u',');
}

QString signature(const QJsonObject& node)
{
    QStringList parts;
    for (const QString& f : kCompared)
        parts << value(node, f);
    parts << codesOf(node);
    return parts.join(u'|');
}

/// "数量 本店 2 / 平台 3；…" for the fields that differ.
QString differences(const QJsonObject& store, const QJsonObject& platform)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("fixmedins_hilist_id"), Tr::tr("商品")},
        {QStringLiteral("manu_lotnum"), Tr::tr("批号")},
        {QStringLiteral("sel_retn_cnt"), Tr::tr("数量")},
        {QStringLiteral("finl_trns_pric"), Tr::tr("价格")},
        {QStringLiteral("sel_retn_time"), Tr::tr("时间")}};
    QStringList out;
    for (const QString& f : kCompared)
        if (value(store, f) != value(platform, f))
            out << Tr::tr("%1 本店 %2 / 平台 %3")
                       .arg(names.value(f), value(store, f), value(platform, f));
    if (codesOf(store) != codesOf(platform))
        out << Tr::tr("追溯码 本店 %1 / 平台 %2").arg(codesOf(store), codesOf(platform));
    return out.join(Tr::tr("；"));
}

bool isWaiting(UploadState s)
{
    return s == UploadState::Pending || s == UploadState::Sending || s == UploadState::Unknown;
}

QString areaSales()
{
    return Tr::tr("3511 销售");
}
} // namespace

QString toDisplayString(ReconDifference::Kind kind)
{
    switch (kind) {
    case ReconDifference::Kind::MissingOnPlatform: return Tr::tr("平台缺少");
    case ReconDifference::Kind::ExtraOnPlatform: return Tr::tr("平台多出");
    case ReconDifference::Kind::ContentDiffers: return Tr::tr("内容不符");
    case ReconDifference::Kind::NotYetUploaded: return Tr::tr("尚未上传");
    case ReconDifference::Kind::RefusedByPlatform: return Tr::tr("平台拒收");
    case ReconDifference::Kind::StockDiffers: return Tr::tr("库存不符");
    case ReconDifference::Kind::TraceCodeMissing: return Tr::tr("平台缺少追溯码");
    case ReconDifference::Kind::TraceCodeExtra: return Tr::tr("平台多出追溯码");
    }
    return {};
}

int ReconReport::unexplained() const
{
    int n = 0;
    for (const ReconDifference& d : differences)
        if (d.kind != ReconDifference::Kind::NotYetUploaded
            && d.kind != ReconDifference::Kind::RefusedByPlatform)
            ++n;
    return n;
}

QString ReconReport::summary() const
{
    const QString period =
        Tr::tr("%1 至 %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (differences.isEmpty())
        return Tr::tr("对账一致（%1）：销售记录 %2 条、追溯码 %3 个、商品库存 %4 种，与平台相同")
            .arg(period)
            .arg(storeRecords)
            .arg(storeCodes)
            .arg(products);
    return Tr::tr("对账（%1）发现 %2 处差异，其中 %3 处需要核查")
        .arg(period)
        .arg(differences.size())
        .arg(unexplained());
}

Reconciliation::Reconciliation(UploadQueue& queue, PlatformGateway& gateway, QJsonObject signIn)
    : m_queue(queue)
    , m_gateway(gateway)
    , m_signIn(std::move(signIn))
{
}

ReconReport Reconciliation::compare(const QDate& from, const QDate& to,
                                    const QList<UploadRecord>& storeSales,
                                    const QList<UploadRecord>& storeReturnsAfter,
                                    const QList<UploadRecord>& storeMovements,
                                    const QJsonArray& sales3511, const QJsonArray& codes3513,
                                    const QJsonArray& stock3508)
{
    ReconReport report;
    report.from = from;
    report.to = to;
    report.storeRecords = int(storeSales.size());
    report.platformRecords = int(sales3511.size());

    // 3511: every sale and sale return of the period, record by record.
    QMap<QString, QList<UploadRecord>> store;
    for (const UploadRecord& r : storeSales) {
        const QString key = r.infno + u' ' + recordKey(r.infno, r.payload);
        if (isWaiting(r.state))
            report.differences.append({ReconDifference::Kind::NotYetUploaded, areaSales(),
                                       recordKey(r.infno, r.payload),
                                       Tr::tr("%1 %2 还在上传队列中（%3）")
                                           .arg(r.infno, r.docRef, toDisplayString(r.state)),
                                       r.id});
        else if (r.state == UploadState::Rejected)
            report.differences.append(
                {ReconDifference::Kind::RefusedByPlatform, areaSales(),
                 recordKey(r.infno, r.payload),
                 Tr::tr("%1 %2 被平台拒收：%3").arg(r.infno, r.docRef, r.platformMessage), r.id});
        else
            store[key].append(r);
    }
    QMap<QString, QList<QJsonObject>> platform;
    for (const QJsonValue& v : sales3511) {
        const QJsonObject row = v.toObject();
        platform[row.value(QStringLiteral("infno")).toString() + u' '
                 + row.value(QStringLiteral("fixmedins_bchno")).toString()]
            .append(row);
    }
    QSet<QString> keys;
    for (auto it = store.cbegin(); it != store.cend(); ++it)
        keys.insert(it.key());
    for (auto it = platform.cbegin(); it != platform.cend(); ++it)
        keys.insert(it.key());
    QStringList sortedKeys(keys.cbegin(), keys.cend());
    sortedKeys.sort();
    for (const QString& key : sortedKeys) {
        QList<UploadRecord> s = store.value(key);
        QList<QJsonObject> p = platform.value(key);
        // Identical ones first, then the rest in pairs, then whatever is left on either side.
        for (qsizetype i = s.size() - 1; i >= 0; --i) {
            const QString sig = signature(recordNode(s.at(i).infno, s.at(i).payload));
            for (qsizetype j = 0; j < p.size(); ++j)
                if (signature(p.at(j)) == sig) {
                    p.removeAt(j);
                    s.removeAt(i);
                    break;
                }
        }
        const QString shown = key.section(u' ', 1);
        while (!s.isEmpty() && !p.isEmpty()) {
            const UploadRecord r = s.takeFirst();
            report.differences.append(
                {ReconDifference::Kind::ContentDiffers, areaSales(), shown,
                 Tr::tr("%1 %2：%3")
                     .arg(r.infno, r.docRef,
                          differences(recordNode(r.infno, r.payload), p.takeFirst())),
                 r.id});
        }
        for (const UploadRecord& r : s)
            report.differences.append(
                {ReconDifference::Kind::MissingOnPlatform, areaSales(), shown,
                 Tr::tr("%1 %2 已上传成功，平台却没有").arg(r.infno, r.docRef), r.id});
        for (const QJsonObject& row : p)
            report.differences.append(
                {ReconDifference::Kind::ExtraOnPlatform, areaSales(), shown,
                 Tr::tr("平台有 %1 记录（%2 %3 件，%4），本店没有")
                     .arg(row.value(QStringLiteral("infno")).toString(),
                          row.value(QStringLiteral("fixmedins_hilist_name")).toString(),
                          value(row, QStringLiteral("sel_retn_cnt")),
                          row.value(QStringLiteral("sel_retn_time")).toString()),
                 0});
    }

    // 3513: the boxes sold in the period and not returned since, code by code.
    QSet<QString> returned;
    for (const UploadRecord& r : storeReturnsAfter)
        if (r.state == UploadState::Accepted)
            for (const QString& c : traceCodes(r.infno, r.payload))
                returned.insert(c);
    QMap<QString, QString> storeCodes; // code → sale
    for (const UploadRecord& r : storeSales)
        if (r.infno == u"3505" && r.state == UploadState::Accepted)
            for (const QString& c : traceCodes(r.infno, r.payload))
                if (!returned.contains(c))
                    storeCodes.insert(c, r.docRef);
    QSet<QString> platformCodes;
    for (const QJsonValue& v : codes3513)
        platformCodes.insert(v.toObject().value(QStringLiteral("drug_trac_codg")).toString());
    report.storeCodes = int(storeCodes.size());
    report.platformCodes = int(platformCodes.size());
    for (auto it = storeCodes.cbegin(); it != storeCodes.cend(); ++it)
        if (!platformCodes.contains(it.key()))
            report.differences.append({ReconDifference::Kind::TraceCodeMissing,
                                       Tr::tr("3513 追溯码"), it.key(),
                                       Tr::tr("随 %1 售出，平台未登记为已售").arg(it.value()), 0});
    QStringList extra;
    for (const QString& c : platformCodes)
        if (!storeCodes.contains(c))
            extra << c;
    extra.sort();
    for (const QString& c : extra)
        report.differences.append({ReconDifference::Kind::TraceCodeExtra, Tr::tr("3513 追溯码"), c,
                                   Tr::tr("平台登记为已售，本店没有这笔销售"), 0});

    // 3508: each product's stock at the period's end, as both sides compute it.
    QList<QPair<QString, QJsonObject>> accepted;
    QMap<QString, qint64> waiting;
    for (const UploadRecord& r : storeMovements) {
        if (r.state == UploadState::Accepted)
            accepted.append({r.infno, r.payload});
        else if (isWaiting(r.state))
            waiting[recordNode(r.infno, r.payload)
                        .value(QStringLiteral("fixmedins_hilist_id"))
                        .toString()] += stockEffect(r.infno, r.payload);
    }
    const QMap<QString, PlatformStockRow> mine = platformStock(accepted);
    QMap<QString, QJsonObject> theirs;
    for (const QJsonValue& v : stock3508)
        theirs.insert(v.toObject().value(QStringLiteral("fixmedins_hilist_id")).toString(),
                      v.toObject());
    QSet<QString> products;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        products.insert(it.key());
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
        products.insert(it.key());
    report.products = int(products.size());
    QStringList sortedProducts(products.cbegin(), products.cend());
    sortedProducts.sort();
    for (const QString& id : sortedProducts) {
        const qint64 ours = mine.value(id).count;
        const qint64 platformCount =
            value(theirs.value(id), QStringLiteral("inv_cnt")).toLongLong();
        if (ours == platformCount && waiting.value(id) == 0)
            continue;
        if (ours == platformCount) {
            report.differences.append(
                {ReconDifference::Kind::NotYetUploaded, Tr::tr("3508 库存"), id,
                 Tr::tr("待上传的记录将使库存变动 %1").arg(waiting.value(id)), 0});
            continue;
        }
        const QString name =
            mine.value(id).hilistName.isEmpty()
                ? theirs.value(id).value(QStringLiteral("fixmedins_hilist_name")).toString()
                : mine.value(id).hilistName;
        report.differences.append(
            {ReconDifference::Kind::StockDiffers, Tr::tr("3508 库存"), id,
             Tr::tr("%1：本店已上传记录合计 %2，平台 %3").arg(name).arg(ours).arg(platformCount),
             0});
    }
    return report;
}

void Reconciliation::run(const QDate& from, const QDate& to,
                         std::function<void(Result<ReconReport>)> done)
{
    const QJsonObject period{{QStringLiteral("begndate"), from.toString(Qt::ISODate)},
                             {QStringLiteral("enddate"), to.toString(Qt::ISODate)}};
    UploadQueue& queue = m_queue;
    PlatformGateway& gateway = m_gateway;
    fetchAllPages(
        gateway, QStringLiteral("3511"), period, m_signIn, 500,
        [&queue, &gateway, from, to, period, done](Result<QJsonArray> sales) {
            if (!sales) {
                done(sales.error());
                return;
            }
            fetchAllPages(
                gateway, QStringLiteral("3513"), period, {}, 500,
                [&queue, &gateway, from, to, done, sales = *sales](Result<QJsonArray> codes) {
                    if (!codes) {
                        done(codes.error());
                        return;
                    }
                    fetchAllPages(
                        gateway, QStringLiteral("3508"),
                        QJsonObject{{QStringLiteral("enddate"), to.toString(Qt::ISODate)}}, {}, 500,
                        [&queue, from, to, done, sales, codes = *codes](Result<QJsonArray> stock) {
                            if (!stock) {
                                done(stock.error());
                                return;
                            }
                            Result<QList<UploadRecord>> storeSales = queue.storeRecords(
                                {QStringLiteral("3505"), QStringLiteral("3506")}, from, to);
                            Result<QList<UploadRecord>> returns = queue.storeRecords(
                                {QStringLiteral("3506")}, from, QDate(2999, 12, 31));
                            Result<QList<UploadRecord>> movements =
                                queue.storeRecords({QStringLiteral("3502"), QStringLiteral("3503"),
                                                    QStringLiteral("3504"), QStringLiteral("3505"),
                                                    QStringLiteral("3506")},
                                                   QDate(1900, 1, 1), to);
                            if (!storeSales || !returns || !movements) {
                                done(!storeSales
                                         ? storeSales.error()
                                         : (!returns ? returns.error() : movements.error()));
                                return;
                            }
                            done(compare(from, to, *storeSales, *returns, *movements, sales, codes,
                                         *stock));
                        });
                });
        });
}

} // namespace pos::upload
