#include "app/counter.h"

#include "app/core/ports/clock.h"
#include "app/core/saleworkflow.h"
#include "app/core/inventory/inventoryservice.h"
#include "app/core/staff/authservice.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/session.h"
#include "app/democatalog.h"
#include "app/printers.h"
#include "devices/simulated/simulatedreceiptprinter.h"
#include "devices/simulated/simulatedscanner.h"
#include "storage/database.h"
#include "storage/sqlproductcatalog.h"
#include "storage/ledgerdocumentwriter.h"
#include "storage/opensslpasswordhasher.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqlstaffrepositories.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>

namespace pos::app {

namespace {
/// Translation context "Counter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Counter)
};
} // namespace

QList<User> demoUsers()
{
    auto user = [](const char* name, const QString& display, Role role, const char* licence,
                   const char* insuranceCode) {
        User u;
        u.username = QString::fromLatin1(name);
        u.displayName = display;
        u.role = role;
        u.licenceNo = QString::fromLatin1(licence);
        u.insurancePharmacistCode = QString::fromLatin1(insuranceCode);
        return u;
    };
    return {user("admin", Tr::tr("系统管理员"), Role::Administrator, "", ""),
            user("zhangsan", Tr::tr("张三"), Role::Cashier, "", ""),
            user("lisi", Tr::tr("李四"), Role::Pharmacist, "36201801234567", "PH360102000123"),
            user("wangwu", Tr::tr("王五"), Role::StoreManager, "", "")};
}

Counter::Counter(AppConfig config)
    : m_config(std::move(config))
{
}

Counter::~Counter()
{
    // Workflows before devices before repositories before the database they query.
    m_sale.reset();
    m_inventoryService.reset();
    m_duty.reset();
    m_access.reset();
    m_session.reset();
    m_auth.reset();
    m_prescriptionPrinter.reset();
    m_printer.reset();
    m_scanner.reset();
    m_inventory.reset();
    m_ledgerWriter.reset();
    m_hasher.reset();
    m_audit.reset();
    m_dutyPeriods.reset();
    m_users.reset();
    m_sales.reset();
    m_catalog.reset();
    m_db.reset();
}

Result<std::unique_ptr<Counter>> Counter::assemble(const AppConfig& config,
                                                   std::unique_ptr<Clock> clock)
{
    if (config.scannerBackend != QStringLiteral("simulated"))
        return makeError(ErrorCode::Configuration,
                         Tr::tr("扫码枪后端“%1”在本版本中不可用（可用：simulated）").arg(config.scannerBackend));

    std::unique_ptr<Counter> c(new Counter(config));
    c->m_clock = std::move(clock);
    Result<std::unique_ptr<storage::Database>> db = storage::Database::open(config.databasePath());
    if (!db)
        return db.error();
    c->m_db = std::move(db).value();
    c->m_catalog = std::make_unique<storage::SqlProductCatalog>(*c->m_db);
    c->m_sales = std::make_unique<storage::SqlSaleRepository>(*c->m_db);
    c->m_users = std::make_unique<storage::SqlUserRepository>(*c->m_db);
    c->m_dutyPeriods = std::make_unique<storage::SqlDutyRepository>(*c->m_db);
    c->m_audit = std::make_unique<storage::SqlAuditLog>(*c->m_db);
    c->m_hasher = std::make_unique<storage::OpenSslPasswordHasher>(config.passwordIterations);
    c->m_auth = std::make_unique<AuthService>(*c->m_users, *c->m_hasher, *c->m_audit, *c->m_clock,
                                              config.lockout);
    c->m_session = std::make_unique<Session>(*c->m_auth, *c->m_audit, *c->m_clock);
    c->m_access = std::make_unique<AccessControl>(*c->m_session, *c->m_audit, *c->m_clock);
    c->m_duty = std::make_unique<DutyService>(*c->m_dutyPeriods, *c->m_access, *c->m_audit,
                                              *c->m_clock);
    c->m_inventory = std::make_unique<storage::SqlInventoryRepository>(*c->m_db);
    c->m_ledgerWriter = std::make_unique<storage::LedgerDocumentWriterImpl>();
    c->m_inventoryService = std::make_unique<InventoryService>(
        *c->m_catalog, *c->m_inventory, *c->m_access, *c->m_audit, *c->m_clock, config.nearExpiryDays);
    c->m_inventoryService->setDocumentWriter(c->m_ledgerWriter.get());

    if (config.demo && c->m_catalog->productCount() == 0) {
        Result<QList<Product>> demo = loadDemoCatalog();
        if (!demo)
            return demo.error();
        Result<int> stored = c->m_catalog->upsert(*demo);
        if (!stored)
            return stored.error();
        const QList<Product> products = c->m_catalog->firstProducts(100'000);
        const PurchaseDocument opening = demoOpeningDelivery(products, c->m_clock->now().date());
        QList<ResolvedPurchaseLine> lines;
        for (const PurchaseLine& l : opening.lines)
            lines.append(InventoryService::resolve(*c->m_catalog->findByCode(l.productCode), l));
        Result<QString> posted = c->m_inventory->postPurchase(opening, lines, Tr::tr("演示期初"),
                                                              c->m_clock->now());
        if (!posted)
            return posted.error();
    }
    if (config.demo)
        (void)config.writeStoreProfileIfMissing(); // best effort: only the name on later exports
    if (config.demo && c->m_users->userCount() == 0) {
        for (const User& u : demoUsers()) {
            Result<User> added = c->m_auth->seedDemoUser(u, QString::fromLatin1(kDemoPassword));
            if (!added)
                return added.error();
        }
    }

    c->m_scanner = std::make_unique<devices::SimulatedScanner>(*c->m_clock);
    Result<std::unique_ptr<ReceiptPrinter>> printer =
        makePrinter(config.receiptPrinter, config.printOutputDir(), *c->m_clock);
    if (!printer)
        return printer.error();
    c->m_printer = std::move(printer).value();
    c->m_simulatedPrinter = dynamic_cast<devices::SimulatedReceiptPrinter*>(c->m_printer.get());
    // One device, one object: a separate prescription printer only when configured differently.
    if (config.prescriptionPrinter != config.receiptPrinter) {
        Result<std::unique_ptr<ReceiptPrinter>> rx =
            makePrinter(config.prescriptionPrinter, config.printOutputDir(), *c->m_clock);
        if (!rx)
            return rx.error();
        c->m_prescriptionPrinter = std::move(rx).value();
    }
    c->m_sale = std::make_unique<SaleWorkflow>(*c->m_catalog, *c->m_sales, *c->m_printer,
                                               *c->m_clock, *c->m_access, config.store);
    c->m_sale->setStockLevels(c->m_inventory.get());
    QObject::connect(c->m_scanner.get(), &Scanner::scanned, c->m_sale.get(),
                     &SaleWorkflow::onScanned);
    return c;
}

Scanner& Counter::scanner()
{
    return *m_scanner;
}

ReceiptPrinter& Counter::printer()
{
    return *m_printer;
}

ReceiptPrinter& Counter::prescriptionPrinter()
{
    return m_prescriptionPrinter ? *m_prescriptionPrinter : *m_printer;
}

ScanInjector* Counter::scanInjector()
{
    return m_scanner.get();
}

QString Counter::lastReceiptText() const
{
    if (!m_simulatedPrinter || m_simulatedPrinter->lastOutputBase().isEmpty())
        return {};
    return m_simulatedPrinter->lastOutputBase() + QStringLiteral(".txt");
}

ui::DeviceSummary Counter::deviceSummary() const
{
    ui::DeviceSummary s;
    for (const DeviceIdentity* d : {static_cast<const DeviceIdentity*>(m_scanner.get()),
                                    static_cast<const DeviceIdentity*>(m_printer.get()),
                                    static_cast<const DeviceIdentity*>(m_prescriptionPrinter.get())})
        if (d)
            (d->isSimulated() ? s.simulated : s.real) << d->deviceName();
    return s;
}

QList<QPair<QString, QString>> Counter::sampleCodes(int count) const
{
    QList<QPair<QString, QString>> out;
    for (const Product& p : m_catalog->firstProducts(count))
        out.append({p.displayName() + u' ' + p.spec, p.gtin.isEmpty() ? p.code : p.gtin});
    return out;
}

} // namespace pos::app
