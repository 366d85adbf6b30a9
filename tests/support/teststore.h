#pragma once

// A store on a real SQLite database for the tests that need storage: the SQL repositories, the
// fake staff and the core's stock and product services (copied into six tests before), and a
// database file that can be closed and opened again (what survives a restart).
// Links storage: tests of app/core alone use builders.h and salerig.h instead.

#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/productservice.h"
#include "app/core/ports/clock.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"

#include <QTemporaryDir>

#include <memory>

namespace pos::testsupport {

/// A database file in a temporary folder of its own, opened; reopen() closes and opens the same
/// file again. Nothing may hold on to the old Database across reopen() or close().
class StoreFile
{
public:
    explicit StoreFile(const QString& fileName = QStringLiteral("pos.sqlite"));
    StoreFile(const StoreFile&) = delete;
    StoreFile& operator=(const StoreFile&) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    /// The open database (the process stops when there is none: a test bug, not a finding).
    [[nodiscard]] storage::Database& db() const;
    /// Closes the database (e.g. to edit the file underneath it).
    void close() { m_db.reset(); }
    /// Closes and opens the file again; an error names why it would not open.
    [[nodiscard]] Status reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
};

/// The store's morning in the storage tests: 2026-11-23 09:00.
[[nodiscard]] QDateTime storeOpens();

/// A store on one database connection — in memory unless given a file path — at `now` (default
/// storeOpens()) on a ManualClock: the SQL catalog, inventory and ledger, the fake staff (nobody
/// logged in) and the core's InventoryService (180 days near-expiry) and ProductService over them.
/// Not copyable: the services hold references to the other members.
struct TestStore
{
    explicit TestStore(const QString& databasePath = QStringLiteral(":memory:"),
                       const QDateTime& now = storeOpens());
    TestStore(const TestStore&) = delete;
    TestStore& operator=(const TestStore&) = delete;
    virtual ~TestStore() = default;

    /// Puts `products` into the catalog (by own code, as the product master saves them).
    void add(const QList<Product>& products);
    /// The catalog's product with own code `code`.
    [[nodiscard]] Product product(const QString& code) const;
    /// Receives a delivery purchased today as the manager wangwu; whoever was logged in before is
    /// logged in again afterwards.
    [[nodiscard]] Result<ReceiveOutcome> receive(const QList<PurchaseLine>& lines);
    /// The first column of the first row `sql` returns, as a number (-1 when the query fails).
    [[nodiscard]] qint64 scalar(const QString& sql) const;

    ManualClock clock;
    std::unique_ptr<storage::Database> db;
    /// Personal fields (a sale's buyer ID number) as the repositories store them: encrypted.
    fakes::FakeFieldCipher cipher;
    storage::SqlProductCatalog catalog{*db};
    storage::SqlInventoryRepository inventory{*db};
    storage::SqlLedgerStore ledger{*db, cipher};
    fakes::StaffFixture staff{clock};
    /// The stock service (receiving, adjustments, stocktakes).
    InventoryService service{catalog, inventory, ledger, staff.access, staff.audit, clock, 180};
    /// The product master.
    ProductService products{catalog, staff.access, staff.audit, clock};
};

} // namespace pos::testsupport
