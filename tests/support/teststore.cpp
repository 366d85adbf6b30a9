#include "tests/support/teststore.h"

#include "tests/support/builders.h"

#include <QSqlQuery>

namespace pos::testsupport {

namespace {

std::unique_ptr<storage::Database> openOrStop(const QString& path)
{
    Result<std::unique_ptr<storage::Database>> db = storage::Database::open(path);
    if (!db)
        qFatal("test store %s does not open: %s", qPrintable(path), qPrintable(db.error().message));
    return std::move(db).value();
}

} // namespace

StoreFile::StoreFile(const QString& fileName)
    : m_path(m_dir.filePath(fileName))
    , m_db(openOrStop(m_path))
{
}

storage::Database& StoreFile::db() const
{
    if (!m_db)
        qFatal("StoreFile: the database is closed");
    return *m_db;
}

Status StoreFile::reopen()
{
    m_db.reset();
    Result<std::unique_ptr<storage::Database>> db = storage::Database::open(m_path);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    return {};
}

QDateTime storeOpens()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0));
}

TestStore::TestStore(const QString& databasePath, const QDateTime& now)
    : clock(now)
    , db(openOrStop(databasePath))
{
}

void TestStore::add(const QList<Product>& products)
{
    if (Result<int> n = catalog.upsert(products); !n)
        qFatal("test store: products not saved: %s", qPrintable(n.error().message));
}

Product TestStore::product(const QString& code) const
{
    const std::optional<Product> p = catalog.findByCode(code);
    if (!p)
        qFatal("test store: no product %s", qPrintable(code));
    return *p;
}

Result<ReceiveOutcome> TestStore::receive(const QList<PurchaseLine>& lines)
{
    const std::optional<User>& owner = staff.session.owner();
    const QString previous = owner ? owner->username : QString();
    staff.loginAs(QStringLiteral("wangwu"));
    Result<ReceiveOutcome> r = service.receive(delivery(lines, clock.now().date()));
    if (previous.isEmpty())
        staff.session.logout();
    else
        staff.loginAs(previous);
    return r;
}

qint64 TestStore::scalar(const QString& sql) const
{
    QSqlQuery q(db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace pos::testsupport
