#include "storage/sqlproductcatalog.h"

#include "app/core/inventory/pricing.h"
#include "app/core/pinyin/pinyin.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlRecord>
#include <QTimer>
#include <QVariant>

#include <algorithm>

namespace pos::storage {

namespace {

const QString kColumns = QStringLiteral(
    "p.id, p.code, p.generic_name, p.trade_name, p.dosage_form, p.spec, p.manufacturer, "
    "p.approval_no, p.insurance_code, p.insurance_category, p.gtin, p.drug_std_code, p.rx_class, "
    "p.drug_type, p.unit, p.strips_per_box, p.pieces_per_strip, p.price_fen, p.ceiling_fen, "
    "p.pediatric, p.ephedrine, p.storage_condition, p.trace_prefix, p.pinyin, p.strip_price_fen, "
    "p.piece_price_fen");

Product readProduct(const QSqlQuery& q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.genericName = q.value(2).toString();
    p.tradeName = q.value(3).toString();
    p.dosageForm = q.value(4).toString();
    p.spec = q.value(5).toString();
    p.manufacturer = q.value(6).toString();
    p.approvalNo = q.value(7).toString();
    p.insuranceCode = q.value(8).toString();
    p.category = static_cast<InsuranceCategory>(q.value(9).toInt());
    p.gtin = q.value(10).toString();
    p.drugStdCode = q.value(11).toString();
    p.rxClass = static_cast<RxClass>(q.value(12).toInt());
    p.drugType = static_cast<DrugType>(q.value(13).toInt());
    p.unit = q.value(14).toString();
    p.stripsPerBox = q.value(15).toInt();
    p.piecesPerStrip = q.value(16).toInt();
    p.price = Money::fromFen(q.value(17).toLongLong());
    p.ceiling = Money::fromFen(q.value(18).toLongLong());
    p.pediatric = q.value(19).toBool();
    p.ephedrine = q.value(20).toBool();
    p.storage = q.value(21).toString();
    p.tracePrefix = q.value(22).toString();
    p.pinyin = q.value(23).toString();
    p.stripPrice = Money::fromFen(q.value(24).toLongLong());
    p.piecePrice = Money::fromFen(q.value(25).toLongLong());
    return p;
}

} // namespace

SqlProductCatalog::SqlProductCatalog(Database& db)
    : m_db(db)
    , m_byCode(db.connection())
    , m_byId(db.connection())
{
    m_byCode.setForwardOnly(true);
    m_byId.setForwardOnly(true);
    (void)prepare(m_byCode, QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM product_code c JOIN product p ON "
                                                 "p.id = c.product_id WHERE c.code = ?"));
    (void)prepare(m_byId, QStringLiteral("SELECT ") + kColumns
                              + QStringLiteral(" FROM product p WHERE p.id = ?"));
}

std::optional<Product> SqlProductCatalog::findByCode(const QString& code) const
{
    m_byCode.bindValue(0, code);
    if (!m_byCode.exec()) {
        (void)sqlError(m_byCode, QStringLiteral("findByCode"));
        return std::nullopt;
    }
    std::optional<Product> p;
    if (m_byCode.next())
        p = readProduct(m_byCode);
    m_byCode.finish();
    return p;
}

std::optional<Product> SqlProductCatalog::findById(qint64 id) const
{
    m_byId.bindValue(0, id);
    if (!m_byId.exec())
        return std::nullopt;
    std::optional<Product> p;
    if (m_byId.next())
        p = readProduct(m_byId);
    m_byId.finish();
    return p;
}

namespace {
/// The index's order: by generic name, then by id (the order product lists are shown in).
template <typename Entry> bool searchOrder(const Entry& a, const Entry& b)
{
    const int c = a.genericName.compare(b.genericName);
    return c < 0 || (c == 0 && a.id < b.id);
}
} // namespace

bool SqlProductCatalog::loadSearchIndexSlice() const
{
    if (m_indexLoaded)
        return true;
    if (m_indexReadUpTo < 0) { // a new build
        m_index.clear();
        m_indexReadUpTo = 0;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<SearchEntry> slice;
    slice.reserve(kIndexSliceRows);
    if (prepare(q, QStringLiteral("SELECT id, generic_name, trade_name, pinyin, code, gtin FROM "
                                  "product WHERE id > ? ORDER BY id LIMIT ?"))) {
        q.bindValue(0, m_indexReadUpTo);
        q.bindValue(1, kIndexSliceRows);
        if (q.exec())
            while (q.next()) {
                QString generic = q.value(1).toString();
                QString names = generic + u' ' + q.value(2).toString();
                slice.append(SearchEntry{q.value(0).toLongLong(), std::move(generic),
                                         std::move(names), q.value(3).toString(),
                                         q.value(4).toString(), q.value(5).toString()});
            }
    }
    ++m_stats.indexSlices;
    if (!slice.isEmpty())
        m_indexReadUpTo = slice.constLast().id;
    const bool last = slice.size() < kIndexSliceRows;
    // Sorted here, not by SQL: updateSearchIndex() inserts with the same comparison.
    std::sort(slice.begin(), slice.end(), searchOrder<SearchEntry>);
    const qsizetype kept = m_index.size();
    m_index.append(std::move(slice));
    std::inplace_merge(m_index.begin(), m_index.begin() + kept, m_index.end(),
                       searchOrder<SearchEntry>);
    if (last) {
        m_indexLoaded = true;
        m_indexReadUpTo = -1;
        m_warming = false;
        ++m_stats.indexBuilds;
    }
    return last;
}

void SqlProductCatalog::buildSearchIndex() const
{
    while (!loadSearchIndexSlice()) {
    }
}

void SqlProductCatalog::warmSearchIndex() const
{
    if (m_indexLoaded || m_warming)
        return;
    if (!m_warmer)
        m_warmer = std::make_unique<QObject>();
    m_warming = true;
    warmNextSlice();
}

void SqlProductCatalog::warmNextSlice() const
{
    // One slice per turn of the event loop: whatever the cashier does meanwhile waits for one
    // slice (a few ms), not for 50,000 products.
    QTimer::singleShot(0, m_warmer.get(), [this] {
        if (m_warming && !loadSearchIndexSlice())
            warmNextSlice();
    });
}

void SqlProductCatalog::updateSearchIndex(QList<SearchEntry> changed) const
{
    if (!m_indexLoaded || changed.isEmpty())
        return;
    // The last version of a product stored twice in one upsert wins.
    std::stable_sort(changed.begin(), changed.end(),
                     [](const SearchEntry& a, const SearchEntry& b) { return a.id < b.id; });
    QList<SearchEntry> fresh;
    fresh.reserve(changed.size());
    for (qsizetype i = 0; i < changed.size(); ++i)
        if (i + 1 == changed.size() || changed.at(i + 1).id != changed.at(i).id)
            fresh.append(std::move(changed[i]));
    QList<qint64> ids;
    ids.reserve(fresh.size());
    for (const SearchEntry& e : std::as_const(fresh))
        ids.append(e.id);
    m_index.removeIf([&ids](const SearchEntry& e) {
        return std::binary_search(ids.cbegin(), ids.cend(), e.id);
    });
    std::sort(fresh.begin(), fresh.end(), searchOrder<SearchEntry>);
    if (fresh.size() == 1) { // the product master's save: one entry into its place
        const auto at = std::lower_bound(m_index.begin(), m_index.end(), fresh.constFirst(),
                                         searchOrder<SearchEntry>);
        m_index.insert(at, std::move(fresh.first()));
        return;
    }
    const qsizetype kept = m_index.size();
    m_index.append(std::move(fresh));
    std::inplace_merge(m_index.begin(), m_index.begin() + kept, m_index.end(),
                       searchOrder<SearchEntry>);
}

QList<Product> SqlProductCatalog::productsByIds(const QList<qint64>& ids) const
{
    QHash<qint64, Product> byId;
    byId.reserve(ids.size());
    // One statement for a keystroke's hits (≤ 500 of them; a longer list in slices of 500, well
    // under SQLite's bound-parameter limit).
    constexpr qsizetype kSlice = 500;
    for (qsizetype first = 0; first < ids.size(); first += kSlice) {
        const qsizetype n = std::min(kSlice, ids.size() - first);
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < n; ++i)
            placeholders += QStringLiteral(",?");
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!prepare(q,
                     QStringLiteral("SELECT ") + kColumns
                         + QStringLiteral(" FROM product p WHERE p.id IN (%1)").arg(placeholders)))
            return {};
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(static_cast<int>(i), ids.at(first + i));
        ++m_stats.productQueries;
        if (!q.exec()) {
            (void)sqlError(q, QStringLiteral("search"));
            return {};
        }
        while (q.next()) {
            Product p = readProduct(q);
            byId.insert(p.id, std::move(p));
        }
    }
    QList<Product> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.cend())
            out.append(*it);
    return out;
}

QList<Product> SqlProductCatalog::search(const QString& text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty() || limit <= 0)
        return {};
    buildSearchIndex(); // at once, or what warmSearchIndex() has left
    const QString lower = t.toLower();
    const QString wordStart = u' ' + lower;
    QList<qint64> hits;
    for (const SearchEntry& e : std::as_const(m_index)) {
        const bool hit = e.pinyin.startsWith(lower) || e.pinyin.contains(wordStart)
                         || e.names.contains(t, Qt::CaseInsensitive) || e.code == t || e.gtin == t;
        if (!hit)
            continue;
        hits.append(e.id);
        if (hits.size() >= limit)
            break;
    }
    // The hits' products in one statement, not one per hit.
    return productsByIds(hits);
}

QList<Product> SqlProductCatalog::firstProducts(int count) const
{
    QList<Product> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT ") + kColumns
                        + QStringLiteral(" FROM product p ORDER BY p.id LIMIT ?")))
        return out;
    q.bindValue(0, count);
    if (q.exec())
        while (q.next())
            out.append(readProduct(q));
    return out;
}

qint64 SqlProductCatalog::productCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM product")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<int> SqlProductCatalog::upsert(const QList<Product>& products)
{
    // An index being built is finished first, so this upsert's changes go into all of it.
    if (m_warming)
        buildSearchIndex();
    Transaction tx(m_db);
    QSqlQuery ins(m_db.connection());
    QSqlQuery code(m_db.connection());
    QSqlQuery idOf(m_db.connection());
    Status s = prepare(
        ins,
        QStringLiteral(
            "INSERT INTO product (code, generic_name, trade_name, dosage_form, spec, "
            "manufacturer, approval_no, insurance_code, insurance_category, gtin, "
            "drug_std_code, rx_class, drug_type, unit, strips_per_box, pieces_per_strip, "
            "price_fen, ceiling_fen, pediatric, ephedrine, storage_condition, trace_prefix, "
            "pinyin, strip_price_fen, piece_price_fen) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (code) DO UPDATE SET generic_name = excluded.generic_name, "
            "trade_name = excluded.trade_name, dosage_form = excluded.dosage_form, "
            "spec = excluded.spec, manufacturer = excluded.manufacturer, "
            "approval_no = excluded.approval_no, insurance_code = excluded.insurance_code, "
            "insurance_category = excluded.insurance_category, gtin = excluded.gtin, "
            "drug_std_code = excluded.drug_std_code, rx_class = excluded.rx_class, "
            "drug_type = excluded.drug_type, unit = excluded.unit, "
            "strips_per_box = excluded.strips_per_box, "
            "pieces_per_strip = excluded.pieces_per_strip, price_fen = excluded.price_fen, "
            "ceiling_fen = excluded.ceiling_fen, pediatric = excluded.pediatric, "
            "ephedrine = excluded.ephedrine, storage_condition = excluded.storage_condition, "
            "trace_prefix = excluded.trace_prefix, pinyin = excluded.pinyin, "
            "strip_price_fen = excluded.strip_price_fen, piece_price_fen = excluded.piece_price_fen"));
    if (!s)
        return s.error();
    if (!(s = prepare(code,
                      QStringLiteral("INSERT INTO product_code (code, product_id, kind) "
                                     "VALUES (?,?,?) ON CONFLICT (code) DO UPDATE SET "
                                     "product_id = excluded.product_id, kind = excluded.kind"))))
        return s.error();
    if (!(s = prepare(idOf, QStringLiteral("SELECT id FROM product WHERE code = ?"))))
        return s.error();

    int n = 0;
    QList<SearchEntry> changed;
    for (const Product& given : products) {
        Product p = given;
        // PRICE-CEILING: a price above a hard ceiling cannot be saved, whoever saves it.
        if (Result<QStringList> price = checkPriceCeiling(p); !price)
            return price.error();
        // 拼音简码 of the generic name, then of the trade name, so both can be typed.
        if (p.pinyin.isEmpty())
            p.pinyin = pinyinInitials(p.genericName);
        if (!p.tradeName.isEmpty() && !p.pinyin.contains(u' '))
            p.pinyin += u' ' + pinyinInitials(p.tradeName);
        const QVariantList values{p.code,
                                  p.genericName,
                                  p.tradeName,
                                  p.dosageForm,
                                  p.spec,
                                  p.manufacturer,
                                  p.approvalNo,
                                  p.insuranceCode,
                                  static_cast<int>(p.category),
                                  p.gtin,
                                  p.drugStdCode,
                                  static_cast<int>(p.rxClass),
                                  static_cast<int>(p.drugType),
                                  p.unit,
                                  p.stripsPerBox,
                                  p.piecesPerStrip,
                                  p.price.fen(),
                                  p.ceiling.fen(),
                                  p.pediatric ? 1 : 0,
                                  p.ephedrine ? 1 : 0,
                                  p.storage,
                                  p.tracePrefix,
                                  p.pinyin,
                                  p.stripPrice.fen(),
                                  p.piecePrice.fen()};
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            // A null QString binds as SQL NULL; the columns hold '' for "none".
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            ins.bindValue(i, nullText ? QVariant(QString(QLatin1String(""))) : v);
        }
        if (!ins.exec())
            return sqlError(
                ins, QCoreApplication::translate("SqlProductCatalog", "保存商品 %1").arg(p.code));
        idOf.bindValue(0, p.code);
        if (!idOf.exec() || !idOf.next())
            return sqlError(idOf, QStringLiteral("product id"));
        const qint64 id = idOf.value(0).toLongLong();
        idOf.finish();
        const std::pair<QString, const char*> codes[] = {
            {p.code, "own"}, {p.gtin, "gtin"}, {p.drugStdCode, "drug_std_code"}};
        for (const auto& [c, kind] : codes) {
            if (c.isEmpty())
                continue;
            code.bindValue(0, c);
            code.bindValue(1, id);
            code.bindValue(2, QString::fromLatin1(kind));
            if (!code.exec())
                return sqlError(code, QStringLiteral("product code %1").arg(c));
        }
        if (m_indexLoaded)
            changed.append(SearchEntry{id, p.genericName, p.genericName + u' ' + p.tradeName,
                                       p.pinyin, p.code, p.gtin});
        ++n;
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    // The changed products' entries, not a rebuild: a price saved in the product master costs
    // the counter's search nothing.
    updateSearchIndex(std::move(changed));
    qCInfo(lcStorage) << "stored" << n << "products";
    return n;
}

} // namespace pos::storage
