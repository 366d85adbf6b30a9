#pragma once
// Sales written straight through the ledger's own transaction (SqlLedgerStore::addSale), for the
// storage tests of what a sale carries: its tenders, its wallet orders, the 查单 search.
#include "storage/database.h"
#include "storage/sqlledgerstore.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"
#include "tests/support/builders.h"

#include <QSqlQuery>

namespace pos::storagetest {

inline const fakes::FakeFieldCipher kCipher;

inline QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute));
}

/// A one-line sale of product 1 (¥38.30) at 10:00 by 张三 at T01, paid by `tenders`.
inline CompletedSale saleWith(const QString& no, const QList<Tender>& tenders)
{
    CompletedSale s;
    s.saleNo = no;
    s.time = at(10);
    s.terminal = QStringLiteral("T01");
    s.operatorName = QStringLiteral("张三");
    Product p = fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 3830);
    s.lines = {SaleLine{p, 1, p.price, SaleUnit::Box, {}}};
    s.total = p.price;
    Money handed;
    for (const Tender& t : tenders)
        handed += t.amount;
    s.payment = Payment{PaymentMethod::Cash, handed, Money(), tenders};
    return s;
}

/// Records `sale` as the ledger does (its own transaction); the error when refused.
inline Status record(storage::Database& db, const CompletedSale& sale)
{
    storage::SqlLedgerStore ledger(db, kCipher);
    Result<std::unique_ptr<LedgerTransaction>> tx =
        ledger.begin(PostingContext{sale.time, sale.operatorName, true});
    if (!tx)
        return tx.error();
    Result<qint64> id = (*tx)->addSale(sale);
    if (!id)
        return id.error();
    return (*tx)->commit();
}

inline qint64 count(storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// Product 1 of saleWith() in the product table (sale lines refer to it).
inline bool insertProduct(storage::Database& db, qint64 id = 1,
                          const QString& name = QStringLiteral("阿莫西林胶囊"))
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO product (id, code, generic_name, "
                             "insurance_category, rx_class, drug_type, price_fen) VALUES "
                             "(?, ?, ?, 1, 1, 1, 3830)"));
    q.addBindValue(id);
    q.addBindValue(QStringLiteral("P%1").arg(id));
    q.addBindValue(name);
    return q.exec();
}

} // namespace pos::storagetest
