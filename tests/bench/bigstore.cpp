#include "tests/bench/bigstore.h"

#include "app/appconfig.h"
#include "app/core/codes/coderecognition.h"
#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/postings.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/ledgerstore.h"
#include "app/core/staff/authservice.h"
#include "app/core/upload/platformrecords.h"
#include "app/counter.h"
#include "app/democatalog.h"
#include "storage/database.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlstaffrepositories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

namespace pos::bench {

namespace {

QString gs1CheckDigit(const QString& body)
{
    return QString::number(codes::gs1CheckDigit(body));
}

Error fail(const QString& what)
{
    return makeError(ErrorCode::StorageFailure, what);
}

/// The store's configuration: the key directory named, so that the executable finds it.
Status writeIni(const QString& dataDir, const QString& keyDir)
{
    QFile f(dataDir + QStringLiteral("/pharmapos.ini"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write ") + f.fileName());
    QTextStream out(&f);
    out << "[store]\nname=基准大药房\nfixmedins_code=P36010200001\nterminal=T01\n\n"
        << "[security]\nkey_dir=" << keyDir << "\n";
    return {};
}

Status addAccounts(app::Counter& c)
{
    const QString password = QString::fromLatin1(BigStore::kPassword);
    Result<User> admin = c.auth().createFirstAdministrator(QStringLiteral("admin"),
                                                           QStringLiteral("系统管理员"), password);
    if (!admin)
        return admin.error();
    for (const User& u : app::demoUsers()) {
        if (u.role == Role::Administrator)
            continue;
        if (Result<User> added = c.auth().addUser(*admin, u, password); !added)
            return added.error();
    }
    return {};
}

/// One delivery per 1,000 batches, posted as receiving posts it.
Status addStock(app::Counter& c, int batches, const std::function<void(const QString&)>& log)
{
    const QList<Product> products = c.catalog().firstProducts(1'000'000);
    if (products.isEmpty())
        return fail(QStringLiteral("no products"));
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    int serial = 0;
    for (int first = 0; first < batches; first += 1000) {
        PurchaseDocument doc;
        doc.supplier = QStringLiteral("江西南华医药有限公司");
        doc.purchaseDate = today;
        doc.reference = QStringLiteral("BENCH-%1").arg(first / 1000);
        doc.source = QStringLiteral("bench");
        QList<ResolvedPurchaseLine> lines;
        for (int i = first; i < std::min(batches, first + 1000); ++i) {
            const Product& p = products.at(i % products.size());
            PurchaseLine l;
            l.productCode = p.code;
            l.genericName = p.genericName;
            l.manufacturer = p.manufacturer;
            l.dosageForm = p.dosageForm;
            l.spec = p.spec;
            l.batchNo = QStringLiteral("B%1").arg(i, 7, 10, QLatin1Char('0'));
            // Expiry from 30 days to ~3 years out: some near expiry (amber on the stock screen).
            l.expiryDate = today.addDays(30 + (i * 37) % 1000);
            l.productionDate = l.expiryDate.addDays(-730);
            l.approvalNo = p.approvalNo;
            l.insuranceCode = p.insuranceCode;
            l.boxes = 1 + i % 3;
            l.price = p.price.ratio(70 + i % 11, 100);
            for (int b = 0; b < l.boxes; ++b) {
                ++serial;
                l.traceCodes
                    << p.tracePrefix + QString::number(serial).rightJustified(9, u'0')
                           + QString::number((serial * 7919) % 10000).rightJustified(4, u'0');
            }
            doc.lines.append(l);
            lines.append(InventoryService::resolve(p, l));
        }
        Result<std::unique_ptr<LedgerTransaction>> tx =
            c.ledgerStore().begin(PostingContext{now, QStringLiteral("王五"), false});
        if (!tx)
            return tx.error();
        Result<QString> posted = postings::purchase(**tx, doc, lines);
        if (!posted)
            return posted.error();
        if (Status a = (*tx)->appendAudit(AuditEvent{now, QStringLiteral("wangwu"),
                                                     AuditAction::StockChanged, *posted,
                                                     QStringLiteral("基准门店期初库存")});
            !a)
            return a.error();
        if (Status committed = (*tx)->commit(); !committed)
            return committed.error();
        if ((first / 1000) % 10 == 9)
            log(QStringLiteral("  %1 batches received").arg(first + 1000));
    }
    return {};
}

/// The queued records, accepted and archived as the upload worker leaves them
/// (SqlUploadQueue::moveToArchive, set-wise).
Status archiveQueued(storage::Database& db)
{
    storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, infno, payload FROM outbox WHERE state = 1")))
        return storage::sqlError(read, QStringLiteral("read queue"));
    QSqlQuery ins(db.connection());
    if (Status s = storage::prepare(
            ins, QStringLiteral(
                     "INSERT INTO outbox_archive (id, infno, doc_ref, payload, created_at, state, "
                     "msgid, prior_msgids, attempts, platform_message, original_payload, "
                     "record_key, biz_time, finished_at) SELECT id, infno, doc_ref, payload, "
                     "created_at, 3, 'P36010200001' || strftime('%Y%m%d%H%M%S', 'now') || "
                     "printf('%04d', id % 10000), prior_msgids, 1, '', original_payload, ?, ?, "
                     "created_at FROM outbox WHERE id = ?"));
        !s)
        return s;
    QList<std::tuple<qint64, QString, QString>> rows;
    while (read.next()) {
        const QString infno = read.value(1).toString();
        const QJsonObject payload =
            QJsonDocument::fromJson(read.value(2).toString().toUtf8()).object();
        rows.append({read.value(0).toLongLong(), upload::recordKey(infno, payload),
                     upload::businessTime(infno, payload).toString(storage::kTimeFormat)});
    }
    read.finish();
    for (const auto& [id, key, biz] : rows) {
        ins.bindValue(0, storage::nonNull(key));
        ins.bindValue(1, storage::nonNull(biz));
        ins.bindValue(2, id);
        if (!ins.exec())
            return storage::sqlError(ins, QStringLiteral("archive"));
    }
    if (Status s = db.exec(QStringLiteral("DELETE FROM outbox WHERE state = 1")); !s)
        return s;
    return tx.commit();
}

/// `count` 3505 sale records, a year of them, queued, sent, accepted and archived, in transactions
/// of 100,000.
Status addHistory(storage::Database& db, int count, const std::function<void(const QString&)>& log)
{
    // A 3505 as the ledger queues it (postings::sale), one box's code per record.
    const QString tpl = QStringLiteral(
        "{\"selinfo\":{\"med_list_codg\":\"XJ01CAA001B024001001001\",\"fixmedins_hilist_id\":"
        "\"B{P}\",\"fixmedins_hilist_name\":\"阿莫西林胶囊\",\"fixmedins_bchno\":"
        "\"XS-T01-H{N}-B{P}\",\"prsc_dr_name\":\"\",\"phar_name\":\"\",\"phar_prac_cert_no\":\"\","
        "\"hi_feesetl_type\":\"0\",\"setl_id\":\"\",\"mdtrt_sn\":\"\",\"psn_no\":\"\","
        "\"psn_cert_type\":\"\",\"certno\":\"\",\"psn_name\":\"\",\"manu_lotnum\":\"2510021\","
        "\"manu_date\":\"2025-10-01\",\"expy_end\":\"2027-09-30\",\"rx_flag\":\"1\","
        "\"trdn_flag\":\"0\",\"finl_trns_pric\":\"12.80\",\"rxno\":\"\",\"rx_circ_flag\":\"0\","
        "\"rtal_docno\":\"XS-T01-H{N}\",\"stoout_no\":\"XS-T01-H{N}\",\"drug_prod_barc\":\"\","
        "\"sel_retn_cnt\":\"1\",\"sel_retn_time\":\"{T}\",\"sel_retn_opter_name\":\"张三\","
        "\"mdtrt_setl_type\":\"2\",\"drugtracinfo\":[{\"drug_trac_codg\":\"8131376{N}000000\"}],"
        "\"memo\":\"\"}}");
    const QString start =
        QDateTime::currentDateTime().addDays(-366).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    for (int from = 0; from < count; from += 100'000) {
        const int to = std::min(count, from + 100'000) - 1;
        storage::Transaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        QSqlQuery q(db.connection());
        if (Status s = storage::prepare(
                q,
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?), "
                    "t(i, at) AS (SELECT i, strftime('%Y-%m-%d %H:%M:%S', ?, '+' || (i * 30) || "
                    "' seconds') FROM n) "
                    "INSERT INTO outbox (infno, doc_ref, payload, created_at, state, msgid, "
                    "attempts, updated_at) SELECT '3505', printf('XS-T01-H%07d', i), "
                    "replace(replace(replace(?, '{N}', printf('%07d', i)), '{P}', "
                    "printf('%06d', i % 50000)), '{T}', at), at || '.000', 2, 'P36010200001' || "
                    "strftime('%Y%m%d%H%M%S', at) || printf('%04d', i % 10000), 1, "
                    "at || '.000' FROM t"));
            !s)
            return s;
        q.bindValue(0, from);
        q.bindValue(1, to);
        q.bindValue(2, start);
        q.bindValue(3, tpl);
        if (!q.exec())
            return storage::sqlError(q, QStringLiteral("history"));
        if (Status s = db.exec(QStringLiteral(
                "INSERT INTO outbox_archive (id, infno, doc_ref, payload, created_at, state, "
                "msgid, prior_msgids, attempts, platform_message, original_payload, record_key, "
                "biz_time, finished_at) SELECT id, infno, doc_ref, payload, created_at, 3, msgid, "
                "'', 1, '', '', json_extract(payload, '$.selinfo.fixmedins_bchno'), "
                "json_extract(payload, '$.selinfo.sel_retn_time') || '.000', updated_at "
                "FROM outbox WHERE state = 2"));
            !s)
            return s;
        if (Status s = db.exec(QStringLiteral("DELETE FROM outbox WHERE state = 2")); !s)
            return s;
        if (Status c = tx.commit(); !c)
            return c;
        log(QStringLiteral("  %1 upload records archived").arg(to + 1));
    }
    return {};
}

} // namespace

QString BigStoreSize::describe() const
{
    return QStringLiteral("%1 products, %2 batches in stock, %3 records in the upload history")
        .arg(products)
        .arg(batches)
        .arg(history);
}

QList<Product> bigCatalog(int count)
{
    const QList<Product> base = app::loadDemoCatalog().value();
    QList<Product> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Product p = base.at(i % base.size());
        p.code = QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString g = QStringLiteral("692%1").arg(i, 9, 10, QLatin1Char('0'));
        p.gtin = g + gs1CheckDigit(g);
        const QString s = QStringLiteral("8691%1").arg(i, 9, 10, QLatin1Char('0'));
        p.drugStdCode = s + gs1CheckDigit(s);
        p.tracePrefix = QStringLiteral("8%1").arg(i, 6, 10, QLatin1Char('0'));
        p.spec += QStringLiteral(" #%1").arg(i / base.size());
        out.append(p);
    }
    return out;
}

Result<BigStore> makeBigStore(const QString& root, const BigStoreSize& size,
                              const std::function<void(const QString&)>& log)
{
    BigStore store;
    store.dataDir = root + QStringLiteral("/store");
    store.keyDir = root + QStringLiteral("/keys");
    const QString marker = store.dataDir + QStringLiteral("/bench-store.txt");
    {
        QFile m(marker);
        if (m.open(QIODevice::ReadOnly) && QString::fromUtf8(m.readAll()) == size.describe()) {
            log(QStringLiteral("reusing the store in %1 (%2)").arg(root, size.describe()));
            return store;
        }
    }
    if (QDir(root).exists(QStringLiteral("store")) || QDir(root).exists(QStringLiteral("keys")))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 holds another store: give an empty directory").arg(root));
    if (!QDir().mkpath(store.dataDir))
        return fail(QStringLiteral("cannot create ") + store.dataDir);
    if (Status s = writeIni(store.dataDir, store.keyDir); !s)
        return s.error();
    Result<app::AppConfig> config = app::AppConfig::load(store.dataDir, {}, false);
    if (!config)
        return config.error();
    QElapsedTimer t;
    t.start();
    log(QStringLiteral("building a store: %1").arg(size.describe()));
    {
        Result<std::unique_ptr<app::Counter>> counter =
            app::Counter::assemble(*config, std::make_unique<SystemClock>());
        if (!counter)
            return counter.error();
        app::Counter& c = **counter;
        if (Status s = addAccounts(c); !s)
            return s.error();
        if (Result<int> n = c.catalog().upsert(bigCatalog(size.products)); !n)
            return n.error();
        log(QStringLiteral("  %1 products stored (%2 s)")
                .arg(size.products)
                .arg(t.elapsed() / 1000.0));
        if (Status s = addStock(c, size.batches, log); !s)
            return s.error();
        if (Status s = archiveQueued(c.database()); !s)
            return s.error();
        log(QStringLiteral("  stock received and its 3503s archived (%1 s)")
                .arg(t.elapsed() / 1000.0));
        QSqlQuery q(c.database().connection());
        int archived = 0;
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox_archive")) && q.next())
            archived = q.value(0).toInt();
        if (Status s = addHistory(c.database(), std::max(0, size.history - archived), log); !s)
            return s.error();
    }
    log(QStringLiteral("  built in %1 s").arg(t.elapsed() / 1000.0));
    QFile m(marker);
    if (!m.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write ") + marker);
    m.write(size.describe().toUtf8());
    return store;
}

} // namespace pos::bench
