// Parked carts in the database (挂单, issue 19, migration 0023): they survive a restart, are listed
// per till oldest first, come back exactly, are taken once, and are kept only encrypted (a note
// may name the customer, DATA-PRIVACY). A cart edited in the file — its blob, or the plain columns
// the list shows — does not read back: it is named and can only be discarded.
#include "app/core/sale/parkedcart.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/database.h"
#include "storage/sqlparkedcartstore.h"
#include "tests/storage/cryptotestkeys.h"
#include "tests/support/teststore.h"

#include <QSqlQuery>
#include <QTest>

using namespace pos;
using namespace pos::storage;

namespace {

ParkedCart cart(const QString& terminal, const QDateTime& at, const QString& note)
{
    ParkedCart p;
    p.terminal = terminal;
    p.parkedBy = QStringLiteral("zhangsan");
    p.parkedAt = at;
    p.note = note;
    p.lines
        << ParkedLine{1, QStringLiteral("阿莫西林胶囊"), SaleUnit::Box,
                      2, Money::fromFen(1580),           {QStringLiteral("81313760000000000011")}}
        << ParkedLine{2, QStringLiteral("布洛芬缓释胶囊"), SaleUnit::Piece, 6, Money::fromFen(120),
                      {}};
    return p;
}

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

} // namespace

class TestSqlParkedCartStore : public QObject
{
    Q_OBJECT
    const QDateTime m_at{QDate(2026, 11, 23), QTime(9, 30, 5, 120)};

private Q_SLOTS:
    void parkedCartsSurviveARestartAndComeBackOnce()
    {
        testsupport::StoreFile file;
        crypto::OpenSslFieldCipher cipher(testkeys::freshRing());
        ParkedCart a = cart(QStringLiteral("T01"), m_at, QStringLiteral("红衣阿姨 13800001234"));
        ParkedCart b = cart(QStringLiteral("T01"), m_at.addSecs(-600), {});
        ParkedCart other = cart(QStringLiteral("T02"), m_at, QStringLiteral("别的收银台"));
        {
            SqlParkedCartStore store(file.db(), cipher);
            a.parkNo = store.park(a).value();
            b.parkNo = store.park(b).value();
            other.parkNo = store.park(other).value();
            QCOMPARE(a.parkNo, QStringLiteral("GD-T01-0001"));
            QCOMPARE(other.parkNo, QStringLiteral("GD-T02-0003"));
        }
        QVERIFY(file.reopen().ok());
        SqlParkedCartStore store(file.db(), cipher);
        Result<QList<ParkedCartStore::Entry>> t01 = store.parkedAt(QStringLiteral("T01"));
        QVERIFY(t01.ok());
        QCOMPARE(t01->size(), 2);
        QCOMPARE(t01->at(0).cart.parkNo, b.parkNo); // oldest first
        QCOMPARE(t01->at(1).cart.toJson(), a.toJson());
        QVERIFY(t01->at(1).unreadable.isEmpty());
        QCOMPARE(store.parkedAt(QStringLiteral("T02"))->size(), 1);
        QCOMPARE(store.parkedAt(QStringLiteral("T03"))->size(), 0);

        Result<ParkedCart> found = store.find(a.parkNo);
        QVERIFY(found.ok());
        QCOMPARE(found->lines.at(0).traceCodes, a.lines.at(0).traceCodes);
        QCOMPARE(found->lines.at(1).unit, SaleUnit::Piece);
        QVERIFY(store.remove(a.parkNo).ok());
        QCOMPARE(store.remove(a.parkNo).error().code, ErrorCode::NotFound); // taken once
        QCOMPARE(store.find(a.parkNo).error().code, ErrorCode::NotFound);
        // A number is never given twice, not even once its cart is gone.
        QCOMPARE(store.park(a).value(), QStringLiteral("GD-T01-0004"));

        // Nothing of the cart lies in the file in plain: not the note, not a code, not a name.
        file.close();
        QFile raw(file.path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        for (const QString& plain :
             {QStringLiteral("13800001234"), QStringLiteral("别的收银台"),
              QStringLiteral("81313760000000000011"), QStringLiteral("布洛芬缓释胶囊")})
            QVERIFY2(!bytes.contains(plain.toUtf8()), qPrintable(plain));
    }

    void aCartEditedInTheFileIsNamedNotRecalled()
    {
        testsupport::StoreFile file;
        crypto::OpenSslFieldCipher cipher(testkeys::freshRing());
        SqlParkedCartStore store(file.db(), cipher);
        ParkedCart a = cart(QStringLiteral("T01"), m_at, QStringLiteral("a"));
        ParkedCart b = cart(QStringLiteral("T01"), m_at.addSecs(1), QStringLiteral("b"));
        ParkedCart c = cart(QStringLiteral("T01"), m_at.addSecs(2), QStringLiteral("c"));
        a.parkNo = store.park(a).value();
        b.parkNo = store.park(b).value();
        c.parkNo = store.park(c).value();
        // A byte of a's blob flipped; b's blob copied onto c (another park number); a's parker
        // changed in the plain column the list shows.
        QVERIFY(exec(file.db(), QStringLiteral("UPDATE parked_cart SET cart_enc = CAST("
                                               "substr(cart_enc, 1, 40) || X'00' || "
                                               "substr(cart_enc, 42) AS BLOB) WHERE park_no = '%1'")
                                    .arg(a.parkNo)));
        QVERIFY(exec(file.db(), QStringLiteral("UPDATE parked_cart SET cart_enc = (SELECT cart_enc "
                                               "FROM parked_cart WHERE park_no = '%1') WHERE "
                                               "park_no = '%2'")
                                    .arg(b.parkNo, c.parkNo)));
        ParkedCart d = cart(QStringLiteral("T01"), m_at.addSecs(3), QStringLiteral("d"));
        d.parkNo = store.park(d).value();
        QVERIFY(exec(file.db(), QStringLiteral("UPDATE parked_cart SET parked_by = 'wangwu' WHERE "
                                               "park_no = '%1'")
                                    .arg(d.parkNo)));
        for (const ParkedCart& bad : {a, c, d}) {
            Result<ParkedCart> r = store.find(bad.parkNo);
            QVERIFY2(!r.ok(), qPrintable(bad.parkNo));
            QCOMPARE(r.error().code, ErrorCode::StorageFailure);
            QVERIFY(r.error().message.contains(bad.parkNo));
        }
        QVERIFY(store.find(b.parkNo).ok());
        Result<QList<ParkedCartStore::Entry>> list = store.parkedAt(QStringLiteral("T01"));
        QCOMPARE(list->size(), 4);
        QVERIFY(!list->at(0).unreadable.isEmpty());
        QCOMPARE(list->at(0).cart.parkNo, a.parkNo); // still named, so it can be discarded
        QVERIFY(list->at(1).unreadable.isEmpty());
        QVERIFY(!list->at(2).unreadable.isEmpty());
        QVERIFY(list->at(3).unreadable.contains(QStringLiteral("不符")));
        QVERIFY(store.remove(a.parkNo).ok());
    }
};

QTEST_GUILESS_MAIN(TestSqlParkedCartStore)
#include "tst_sqlparkedcartstore.moc"
