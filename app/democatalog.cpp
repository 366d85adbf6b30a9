#include "app/democatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace pos::app {

namespace {
/// Translation context "DemoCatalog" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoCatalog)
};
} // namespace

Result<QList<Product>> parseCatalogTsv(const QByteArray& tsv)
{
    const QList<QByteArray> rows = tsv.split('\n');
    if (rows.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("目录文件为空"));
    const QList<QByteArray> header = rows.first().trimmed().split('\t');
    QHash<QString, int> col;
    for (int i = 0; i < header.size(); ++i)
        col.insert(QString::fromUtf8(header.at(i)), i);
    for (const char* required :
         {"code", "generic_name", "price_fen", "insurance_category", "rx_class", "drug_type"})
        if (!col.contains(QString::fromLatin1(required)))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("目录缺少列 %1").arg(QString::fromLatin1(required)));

    QList<Product> out;
    for (int r = 1; r < rows.size(); ++r) {
        const QByteArray line = rows.at(r).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = rows.at(r).split('\t');
        auto get = [&](const char* name) -> QString {
            const int i = col.value(QString::fromLatin1(name), -1);
            return i >= 0 && i < f.size() ? QString::fromUtf8(f.at(i)).trimmed() : QString();
        };
        auto bad = [&](const QString& what) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("目录第 %1 行：%2").arg(r + 1).arg(what));
        };
        Product p;
        p.code = get("code");
        p.genericName = get("generic_name");
        if (p.code.isEmpty() || p.genericName.isEmpty())
            return bad(Tr::tr("缺少编码或通用名"));
        p.tradeName = get("trade_name");
        p.dosageForm = get("dosage_form");
        p.spec = get("spec");
        p.manufacturer = get("manufacturer");
        p.approvalNo = get("approval_no");
        p.insuranceCode = get("insurance_code");
        const QString cat = get("insurance_category");
        if (cat == QStringLiteral("国谈"))
            p.category = InsuranceCategory::Negotiated;
        else if (cat == QStringLiteral("集采"))
            p.category = InsuranceCategory::VolumeProcurement;
        else if (cat == QStringLiteral("挂网"))
            p.category = InsuranceCategory::Listed;
        else if (cat == QStringLiteral("非医保"))
            p.category = InsuranceCategory::NotCovered;
        else
            return bad(Tr::tr("医保类别“%1”无效").arg(cat));
        p.gtin = get("gtin");
        p.drugStdCode = get("drug_std_code");
        const QString rx = get("rx_class");
        if (rx == QStringLiteral("Rx"))
            p.rxClass = RxClass::Prescription;
        else if (rx == QStringLiteral("OTC-A"))
            p.rxClass = RxClass::OtcA;
        else if (rx == QStringLiteral("OTC-B"))
            p.rxClass = RxClass::OtcB;
        else
            return bad(Tr::tr("处方分类“%1”无效").arg(rx));
        const QString type = get("drug_type");
        if (type == QStringLiteral("西药"))
            p.drugType = DrugType::Western;
        else if (type == QStringLiteral("中成药"))
            p.drugType = DrugType::ChinesePatent;
        else if (type == QStringLiteral("中药饮片"))
            p.drugType = DrugType::HerbalPieces;
        else
            return bad(Tr::tr("药品类别“%1”无效").arg(type));
        p.unit = get("unit");
        if (p.unit.isEmpty())
            p.unit = QStringLiteral("盒");
        bool ok1 = true, ok2 = true, ok3 = true, ok4 = true;
        p.stripsPerBox = get("strips_per_box").isEmpty() ? 1 : get("strips_per_box").toInt(&ok1);
        p.piecesPerStrip =
            get("pieces_per_strip").isEmpty() ? 1 : get("pieces_per_strip").toInt(&ok2);
        p.price = Money::fromFen(get("price_fen").toLongLong(&ok3));
        p.ceiling =
            Money::fromFen(get("ceiling_fen").isEmpty() ? 0 : get("ceiling_fen").toLongLong(&ok4));
        if (!ok1 || !ok2 || !ok3 || !ok4 || p.stripsPerBox < 1 || p.piecesPerStrip < 1)
            return bad(Tr::tr("数字列无效"));
        p.pediatric = get("pediatric") == QStringLiteral("1");
        p.ephedrine = get("ephedrine") == QStringLiteral("1");
        p.storage = get("storage");
        p.tracePrefix = get("trace_prefix");
        p.pinyin = get("pinyin");
        // 拆零 prices: a little above the pro-rata box price, as pharmacies charge for opened packs.
        if (p.drugType != DrugType::HerbalPieces && p.piecesPerBox() > 1) {
            p.piecePrice = Money::fromFen((p.price.fen() * 11 + p.piecesPerBox() * 10 - 1)
                                          / (p.piecesPerBox() * 10));
            if (p.stripsPerBox > 1)
                p.stripPrice = Money::fromFen((p.price.fen() * 21 + p.stripsPerBox * 20 - 1)
                                              / (p.stripsPerBox * 20));
            // PRICE-CEILING holds for split packs too: never more per box than the ceiling.
            if (p.ceiling.fen() > 0) {
                p.piecePrice =
                    qMin(p.piecePrice, Money::fromFen(p.ceiling.fen() / p.piecesPerBox()));
                if (p.stripsPerBox > 1)
                    p.stripPrice =
                        qMin(p.stripPrice, Money::fromFen(p.ceiling.fen() / p.stripsPerBox));
            }
        }
        out.append(p);
    }
    return out;
}

PurchaseDocument demoOpeningDelivery(const QList<Product>& products, const QDate& today)
{
    PurchaseDocument doc;
    doc.supplier = Tr::tr("江西南华医药有限公司");
    doc.purchaseDate = today;
    doc.reference = QStringLiteral("DEMO-OPENING");
    doc.source = QStringLiteral("demo");
    int serial = 0;
    auto addLine = [&](const Product& p, int i, const QString& batchNo, int boxes,
                       const QDate& produced, const QDate& expires) {
        PurchaseLine l;
        l.productCode = p.code;
        l.genericName = p.genericName;
        l.manufacturer = p.manufacturer;
        l.dosageForm = p.dosageForm;
        l.spec = p.spec;
        l.batchNo = batchNo;
        l.productionDate = produced;
        l.expiryDate = expires;
        l.approvalNo = p.approvalNo;
        l.insuranceCode = p.insuranceCode;
        l.boxes = boxes;
        l.price = p.price.ratio(70 + i % 11, 100); // bought at 70–80 % of retail
        const QString prefix =
            p.tracePrefix.size() == 7 ? p.tracePrefix : QStringLiteral("8999999");
        for (int b = 0; b < boxes; ++b) {
            ++serial;
            // 7-digit product prefix + 9-digit serial + 4 check digits (the real check is not public).
            const QString body = prefix + QString::number(serial).rightJustified(9, u'0');
            l.traceCodes << body
                                + QString::number((serial * 7919 + i * 104729) % 10000)
                                      .rightJustified(4, u'0');
        }
        doc.lines.append(l);
    };
    for (int i = 0; i < products.size(); ++i) {
        const Product& p = products.at(i);
        const QDate produced = today.addDays(-120 - i % 200);
        addLine(p, i,
                QStringLiteral("%1%2")
                    .arg(produced.toString(QStringLiteral("yyMMdd")))
                    .arg(i % 97, 2, 10, QLatin1Char('0')),
                6 + i % 15, produced, produced.addMonths(24 + i % 13));
        if (i % 5 == 0) // an older batch that must go first (FEFO); every 20th is near expiry
            addLine(
                p, i,
                QStringLiteral("%1A").arg(produced.addYears(-1).toString(QStringLiteral("yyMMdd"))),
                2 + i % 3, produced.addYears(-1),
                today.addDays(i % 20 == 0 ? 45 + i % 30 : 200 + i));
    }
    return doc;
}

Result<QList<Product>> loadDemoCatalog()
{
    QFile f(QStringLiteral(":/demo/demo_catalog.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Configuration, Tr::tr("程序中缺少演示目录"));
    return parseCatalogTsv(f.readAll());
}

} // namespace pos::app
