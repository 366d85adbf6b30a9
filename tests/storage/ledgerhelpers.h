#pragma once

// Postings straight onto a real database, for the storage tests: what the core's services post,
// through SqlLedgerStore, with an audit entry each (as in production).

#include "app/core/inventory/postings.h"
#include "app/core/ports/ledgerstore.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/sale/ledgersalerecorder.h"
#include "storage/database.h"
#include "storage/sqlledgerstore.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/support/builders.h"

namespace pos::storagetest {

/// The field cipher the storage tests' postings encrypt personal data with (a sale's buyer ID).
inline const FieldCipher& testCipher()
{
    static const fakes::FakeFieldCipher cipher;
    return cipher;
}

template <typename T, typename Post>
Result<T> posted(storage::Database& db, const QString& operatorName, const QDateTime& at,
                 Post&& post)
{
    storage::SqlLedgerStore store(db, testCipher());
    Result<std::unique_ptr<LedgerTransaction>> tx =
        store.begin(PostingContext{at, operatorName, true});
    if (!tx)
        return tx.error();
    Result<T> r = post(**tx);
    if (!r)
        return r;
    if (Status a = (*tx)->appendAudit(
            AuditEvent{at, QStringLiteral("test"), AuditAction::StockChanged, {}, {}});
        !a)
        return a.error();
    if (Status c = (*tx)->commit(); !c)
        return c.error();
    return r;
}

inline Result<QString> postPurchase(storage::Database& db, const PurchaseDocument& doc,
                                    const QList<ResolvedPurchaseLine>& lines,
                                    const QString& operatorName, const QDateTime& at)
{
    return posted<QString>(db, operatorName, at, [&](LedgerTransaction& tx) {
        return postings::purchase(tx, doc, lines);
    });
}

/// One delivery of `boxes` boxes of each of `productCodes` (batch "B<code>", expiring 2028),
/// every box with its own code testsupport::traceCode(++serial), as 王五 receives it at `at`.
inline Result<QString> receiveBoxes(storage::Database& db, const ProductCatalog& catalog,
                                    const QStringList& productCodes, int boxes, int& serial,
                                    const QDateTime& at)
{
    PurchaseDocument doc;
    doc.supplier = QStringLiteral("测试供货商");
    doc.purchaseDate = at.date();
    QList<ResolvedPurchaseLine> lines;
    for (const QString& code : productCodes) {
        const Product p = *catalog.findByCode(code);
        const PurchaseLine l = testsupport::purchaseLine(p, QStringLiteral("B") + p.code,
                                                         QDate(2028, 1, 1), boxes, serial);
        lines.append(
            ResolvedPurchaseLine{l, p.id, p.piecesPerBox(), p.genericName, QStringLiteral("0")});
    }
    return postPurchase(db, doc, lines, QStringLiteral("王五"), at);
}

/// A cash sale by 张三 at till T01 at `at`: one line of `product`, one box per code in `codes`,
/// paid exactly.
inline CompletedSale boxSale(const Product& product, const QStringList& codes, const QDateTime& at)
{
    CompletedSale s;
    s.time = at;
    s.terminal = QStringLiteral("T01");
    s.operatorName = QStringLiteral("张三");
    s.lines = {SaleLine{product, int(codes.size()), product.price, SaleUnit::Box, codes}};
    s.total = product.price * int(codes.size());
    s.payment = Payment{PaymentMethod::Cash, s.total, Money()};
    return s;
}

inline Result<CompletedSale> recordSale(storage::Database& db, const CompletedSale& sale)
{
    storage::SqlLedgerStore store(db, testCipher());
    return LedgerSaleRecorder(store).record(
        sale, AuditEvent{sale.time, QStringLiteral("test"), AuditAction::SaleCompleted, {}, {}});
}

inline Result<QString> returnSale(storage::Database& db, const QString& saleNo,
                                  const QString& operatorName, const QString& reason,
                                  const QDateTime& at)
{
    return posted<QString>(db, operatorName, at, [&](LedgerTransaction& tx) {
        return postings::saleReturn(tx, saleNo, reason);
    });
}

} // namespace pos::storagetest
