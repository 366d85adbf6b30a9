#include "storage/sqlinsurancecatalog.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
/// Translation context "SqlInsuranceCatalog" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlInsuranceCatalog)
};
const QString kDay = QStringLiteral("yyyy-MM-dd");
} // namespace

QList<CatalogEntry> SqlInsuranceCatalog::entries(const QString& code) const
{
    QList<CatalogEntry> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT hilist_code, hilist_name, begndate, enddate, valid, "
                                   "chrgitm_lv, list_type, updt_time FROM insurance_catalog WHERE "
                                   "hilist_code = ? ORDER BY begndate DESC")))
        return out;
    q.bindValue(0, code);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(CatalogEntry{q.value(0).toString(), q.value(1).toString(),
                                QDate::fromString(q.value(2).toString(), kDay),
                                QDate::fromString(q.value(3).toString(), kDay),
                                q.value(4).toInt() != 0, q.value(5).toString(),
                                q.value(6).toString(),
                                QDateTime::fromString(q.value(7).toString(), kTimeFormat)});
    return out;
}

QList<PaymentStandard> SqlInsuranceCatalog::standards(const QString& code) const
{
    QList<PaymentStandard> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT hilist_code, begndate, enddate, limit_fen, limit_type, "
                                   "valid, updt_time FROM insurance_payment_standard WHERE "
                                   "hilist_code = ? ORDER BY begndate DESC")))
        return out;
    q.bindValue(0, code);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(PaymentStandard{
            q.value(0).toString(), QDate::fromString(q.value(1).toString(), kDay),
            QDate::fromString(q.value(2).toString(), kDay), Money::fromFen(q.value(3).toLongLong()),
            q.value(4).toString(), q.value(5).toInt() != 0,
            QDateTime::fromString(q.value(6).toString(), kTimeFormat)});
    return out;
}

CatalogInfo SqlInsuranceCatalog::info() const
{
    CatalogInfo i;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT k, v FROM insurance_catalog_meta")))
        while (q.next()) {
            if (q.value(0).toString() == u"downloaded_at")
                i.downloadedAt = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
            else if (q.value(0).toString() == u"version")
                i.version = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
        }
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM insurance_catalog), "
                              "(SELECT COUNT(*) FROM insurance_payment_standard)"))
        && q.next()) {
        i.entries = q.value(0).toLongLong();
        i.standards = q.value(1).toLongLong();
    }
    return i;
}

Status SqlInsuranceCatalog::store(const QList<CatalogEntry>& entries,
                                  const QList<PaymentStandard>& standards,
                                  const QDateTime& downloadedAt)
{
    Transaction tx(m_db);
    QSqlQuery e(m_db.connection());
    if (Status s = prepare(e, QStringLiteral("INSERT OR REPLACE INTO insurance_catalog VALUES "
                                             "(?,?,?,?,?,?,?,?)"));
        !s)
        return s;
    QDateTime version = info().version;
    for (const CatalogEntry& c : entries) {
        e.bindValue(0, c.code);
        e.bindValue(1, nonNull(c.name));
        e.bindValue(2, c.begin.toString(kDay));
        e.bindValue(3, c.end.toString(kDay));
        e.bindValue(4, c.valid ? 1 : 0);
        e.bindValue(5, nonNull(c.level));
        e.bindValue(6, nonNull(c.listType));
        e.bindValue(7, c.updatedAt.toString(kTimeFormat));
        if (!e.exec())
            return sqlError(e, Tr::tr("保存医保目录"));
        if (!version.isValid() || c.updatedAt > version)
            version = c.updatedAt;
    }
    QSqlQuery p(m_db.connection());
    if (Status s = prepare(p, QStringLiteral("INSERT OR REPLACE INTO insurance_payment_standard "
                                             "VALUES (?,?,?,?,?,?,?)"));
        !s)
        return s;
    for (const PaymentStandard& c : standards) {
        p.bindValue(0, c.code);
        p.bindValue(1, c.begin.toString(kDay));
        p.bindValue(2, c.end.toString(kDay));
        p.bindValue(3, c.limit.fen());
        p.bindValue(4, nonNull(c.limitType));
        p.bindValue(5, c.valid ? 1 : 0);
        p.bindValue(6, c.updatedAt.toString(kTimeFormat));
        if (!p.exec())
            return sqlError(p, Tr::tr("保存支付标准"));
        if (!version.isValid() || c.updatedAt > version)
            version = c.updatedAt;
    }
    QSqlQuery m(m_db.connection());
    if (Status s = prepare(m, QStringLiteral("INSERT OR REPLACE INTO insurance_catalog_meta (k, v) "
                                             "VALUES (?, ?)"));
        !s)
        return s;
    for (const auto& [k, v] : {std::pair{QStringLiteral("downloaded_at"), downloadedAt},
                               std::pair{QStringLiteral("version"), version}}) {
        m.bindValue(0, k);
        m.bindValue(1, v.isValid() ? v.toString(kTimeFormat) : QString(QLatin1String("")));
        if (!m.exec())
            return sqlError(m, Tr::tr("保存医保目录版本"));
    }
    return tx.commit();
}

} // namespace pos::storage
