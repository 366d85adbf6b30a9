// Child process for tst_crashsafety: receives deliveries and sells, as fast as it can, into the
// database named on the command line, until it is killed (SIGKILL) at a random moment.
#include "app/core/inventory/inventoryservice.h"
#include "app/core/sale/ledgersalerecorder.h"
#include "app/core/sale/saleworkflow.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"
#include "tests/support/builders.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <dlfcn.h>

#include <cstdio>

using namespace pos;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto db = storage::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db)
        return 3;
    // With a store key in the environment, every write is sealed as the application seals it.
    std::unique_ptr<storage::crypto::KeyStore> keys;
    std::unique_ptr<storage::crypto::OpenSslRecordSealer> sealer;
    SystemClock keyClock;
    if (qEnvironmentVariableIsSet(storage::crypto::kStoreKeyEnv)) {
        storage::crypto::KeyStoreSettings settings;
        settings.currentFromEnv = qEnvironmentVariable(storage::crypto::kStoreKeyEnv);
        auto opened = storage::crypto::KeyStore::open(settings, false, keyClock);
        if (!opened)
            return 4;
        keys = std::move(opened).value();
        sealer = std::make_unique<storage::crypto::OpenSslRecordSealer>(keys->ring());
        (*db)->setRecordSealer(sealer.get());
    }
    storage::SqlProductCatalog catalog(**db);
    storage::SqlInventoryRepository inventory(**db);
    fakes::FakeFieldCipher cipher;
    storage::SqlSaleRepository sales(**db, cipher);
    storage::SqlLedgerStore ledger(**db, cipher);
    LedgerSaleRecorder recorder(ledger);
    SystemClock clock;
    fakes::StaffFixture staff(clock);
    fakes::FakePrinter printer;
    InventoryService service(catalog, inventory, ledger, staff.access, staff.audit, clock);
    SaleWorkflow sale(catalog, recorder, sales, printer, clock, staff.access, StoreProfile{});
    sale.setStockLevels(&inventory);
    if (catalog.productCount() == 0) {
        QList<Product> products;
        for (int i = 1; i <= 5; ++i) {
            Product p = fakes::makeProduct(i, QStringLiteral("测试药品%1").arg(i), 1000 + i);
            p.stripsPerBox = 2;
            p.piecesPerStrip = 5;
            p.piecePrice = Money::fromFen(120);
            p.category = InsuranceCategory::NotCovered;
            products << p;
        }
        (void)catalog.upsert(products);
    }
    const qint64 seed = QString::fromLocal8Bit(argv[2]).toLongLong();
    QRandomGenerator rng(static_cast<quint32>(seed));
    // With PHARMAPOS_CRASH_PROGRESS set, a line after every round, so a test can kill it after a
    // number of rounds instead of after a guessed time (off under the kill shim, which counts
    // writes).
    const bool progress = qEnvironmentVariableIsSet("PHARMAPOS_CRASH_PROGRESS");
    std::puts("ready");
    std::fflush(stdout);
    // Under the kill shim (LD_PRELOAD), the writes from here on are counted toward the kill.
    if (auto arm = reinterpret_cast<void (*)()>(::dlsym(RTLD_DEFAULT, "pharmapos_killshim_arm")))
        arm();
    for (qint64 round = 0;; ++round) {
        const QString code = QStringLiteral("P%1").arg(rng.bounded(1, 6), 5, 10, QLatin1Char('0'));
        if (round % 3 == 0) {
            staff.loginAs(QStringLiteral("wangwu"));
            PurchaseDocument d;
            d.supplier = QStringLiteral("崩溃测试供货商");
            d.purchaseDate = clock.now().date();
            for (int l = 0; l < 3; ++l) {
                // Codes unique across runs on the same file: the seed is part of them.
                QStringList boxCodes;
                for (int b = 0; b < 2; ++b)
                    boxCodes << QStringLiteral("8%1%2%3%4")
                                    .arg(seed % 1000, 3, 10, QLatin1Char('0'))
                                    .arg(round, 12, 10, QLatin1Char('0'))
                                    .arg(l, 2, 10, QLatin1Char('0'))
                                    .arg(b, 2, 10, QLatin1Char('0'));
                d.lines << testsupport::purchaseLine(
                    *catalog.findByCode(code),
                    QStringLiteral("S%1R%2L%3").arg(seed).arg(round).arg(l),
                    clock.now().date().addDays(400 + l), boxCodes);
            }
            (void)service.receive(d);
        } else {
            staff.loginAs(QStringLiteral("zhangsan"));
            if (sale.scanCode(code).ok()) {
                if (rng.bounded(2) == 0)
                    (void)sale.setUnit(0, SaleUnit::Piece);
                (void)sale.setQuantity(0, rng.bounded(1, 4));
                (void)sale.payCash(Money::fromYuan(1000));
            }
            (void)sale.voidSale();
        }
        if (progress) {
            std::printf("round %lld\n", static_cast<long long>(round));
            std::fflush(stdout);
        }
    }
}
