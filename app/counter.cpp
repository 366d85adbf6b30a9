#include "app/counter.h"

#include "app/cardreaders.h"
#include "app/core/archive/settlementarchivist.h"
#include "app/core/codes/coderecognition.h"
#include "app/core/insurance/insurancecatalog.h"
#include "app/core/insurance/insuredcheckout.h"
#include "app/core/insurance/ledgerinsuredsalerecorder.h"
#include "app/core/insurance/settlementservice.h"
#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/postings.h"
#include "app/core/inventory/productservice.h"
#include "app/core/payment/walletpayments.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/ledgerstore.h"
#include "app/core/privacy/personaldataaccess.h"
#include "app/core/privacy/retention.h"
#include "app/core/rx/prescriptiondownload.h"
#include "app/core/rx/prescriptionintake.h"
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/ledgersalerecorder.h"
#include "app/core/sale/returnservice.h"
#include "app/core/sale/salelookup.h"
#include "app/core/sale/saleworkflow.h"
#include "app/core/shift/shiftservice.h"
#include "app/core/staff/authservice.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/session.h"
#include "app/core/upload/uploadservice.h"
#include "app/democatalog.h"
#include "app/openstore.h"
#include "app/platformconfig.h"
#include "app/platformlink.h"
#include "app/printers.h"
#include "app/privacycommands.h"
#include "app/privacywiring.h"
#include "app/settlementcamera.h"
#include "devices/camera/barcodeimagedecoder.h"
#include "devices/camera/camerascanner.h"
#include "devices/camera/simulatedcamera.h"
#include "devices/evdev/evdevscanner.h"
#include "devices/evdev/evdevsignaturetablet.h"
#include "devices/hidpos/hidposscanner.h"
#include "devices/keyboard/keyboardwedgescanner.h"
#include "devices/recorder/fileevidencearchive.h"
#include "devices/serial/serialscanner.h"
#include "devices/simulated/simulatedcardreader.h"
#include "devices/simulated/simulatedpaymentprovider.h"
#include "devices/simulated/simulatedreceiptprinter.h"
#include "devices/simulated/simulatedscanner.h"
#include "devices/simulated/simulatedsignaturetablet.h"
#include "storage/archivebackupfolder.h"
#include "storage/archiveheadfiles.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "storage/database.h"
#include "storage/ledgerdocumentwriter.h"
#include "storage/opensslpasswordhasher.h"
#include "storage/sqlarchivestore.h"
#include "storage/sqlinsurancecatalog.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlparkedcartstore.h"
#include "storage/sqlpaymentorderstore.h"
#include "storage/sqlprescriptionrepository.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqlsettlementstore.h"
#include "storage/sqlshiftstore.h"
#include "storage/sqlstaffrepositories.h"
#include "storage/sqltracecoderegistry.h"
#include "storage/sqluploadqueue.h"
#include "sync/simulatedplatform.h"
#include "sync/simulator/inprocessplatform.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTimer>

namespace pos::app {

namespace {
/// Translation context "Counter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Counter)
};

// Device availability lines from the composition root (pos.app), switchable with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcCounter, "pos.app", QtInfoMsg)
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

// Members go in reverse order of declaration (counter.h): workflows before devices before
// repositories before the database they query.
Counter::~Counter()
{
    // The camera first: its threads and the recorder stop, its evidence lets go of the gate,
    // while the audit log, the clock and the database are still there.
    if (m_camera) {
        if (m_gate)
            m_gate->setSettlementEvidence(nullptr);
        m_camera->stop();
        m_camera.reset();
    }
    if (m_db)
        m_db->setAfterCommit({}); // the upload service goes first
}

namespace {

/// The store's real scanner, per its [devices] configuration; null for the simulated one.
std::unique_ptr<Scanner> makeRealScanner(const ScannerSpec& spec, const Clock& clock)
{
    switch (spec.kind) {
    case ScannerSpec::Kind::Simulated: return nullptr;
    case ScannerSpec::Kind::HidPos:
        return std::make_unique<devices::HidPosScanner>(
            clock, devices::UsbIdFilter{spec.vendorId, spec.productId});
    case ScannerSpec::Kind::Evdev: {
        devices::EvdevScannerOptions o;
        o.path = spec.path;
        o.decoder.suffix = spec.suffix;
        o.decoder.interKeyTimeoutMs = spec.timeoutMs;
        o.decoder.gsKeyCode =
            spec.gsKey.isEmpty() ? 0 : devices::EvdevScanner::keyCode(spec.gsKey).value_or(0);
        o.aimPrefix = spec.aimPrefix;
        return std::make_unique<devices::EvdevScanner>(clock, o);
    }
    case ScannerSpec::Kind::Serial: {
        devices::SerialScannerOptions o;
        o.portPath = spec.path;
        o.baudRate = spec.baudRate;
        o.framer.suffix = spec.suffix;
        o.framer.interByteGapMs = spec.timeoutMs;
        o.framer.aimPrefix = spec.aimPrefix;
        return std::make_unique<devices::SerialScanner>(clock, o);
    }
    }
    return nullptr;
}

} // namespace

Result<std::unique_ptr<Counter>> Counter::assemble(const AppConfig& config,
                                                   std::unique_ptr<Clock> clock, Devices devices)
{

    std::unique_ptr<Counter> c(new Counter(config));
    c->m_clock = std::move(clock);
    c->m_devices = devices;
    Result<std::unique_ptr<OpenStore>> store = OpenStore::open(config, *c->m_clock);
    if (!store)
        return store.error();
    c->m_store = std::move(store).value();
    c->m_db = &c->m_store->database();
    c->m_catalog = std::make_unique<storage::SqlProductCatalog>(*c->m_db);
    c->m_sales = std::make_unique<storage::SqlSaleRepository>(*c->m_db, c->m_store->fieldCipher());
    c->m_users = std::make_unique<storage::SqlUserRepository>(*c->m_db);
    c->m_dutyPeriods = std::make_unique<storage::SqlDutyRepository>(*c->m_db);
    c->m_audit = std::make_unique<storage::SqlAuditLog>(*c->m_db);
    c->m_hasher = std::make_unique<storage::OpenSslPasswordHasher>(config.passwordIterations);
    c->m_auth = std::make_unique<AuthService>(*c->m_users, *c->m_hasher, *c->m_audit, *c->m_clock,
                                              config.lockout);
    c->m_session = std::make_unique<Session>(*c->m_auth, *c->m_audit, *c->m_clock);
    c->m_access = std::make_unique<AccessControl>(*c->m_session, *c->m_audit, *c->m_clock);
    c->m_personal = std::make_unique<PersonalDataAccess>(*c->m_session, *c->m_audit, *c->m_clock);
    c->m_duty =
        std::make_unique<DutyService>(*c->m_dutyPeriods, *c->m_access, *c->m_audit, *c->m_clock);
    c->m_inventory = std::make_unique<storage::SqlInventoryRepository>(*c->m_db);
    c->m_ledgerStore =
        std::make_unique<storage::SqlLedgerStore>(*c->m_db, c->m_store->fieldCipher());
    c->assembleUploads(devices);
    c->m_saleRecorder = std::make_unique<LedgerSaleRecorder>(*c->m_ledgerStore);
    c->m_ledgerWriter = std::make_unique<storage::LedgerDocumentWriterImpl>();
    c->m_inventoryService = std::make_unique<InventoryService>(
        *c->m_catalog, *c->m_inventory, *c->m_ledgerStore, *c->m_access, *c->m_audit, *c->m_clock,
        config.nearExpiryDays);
    c->m_inventoryService->setDocumentWriter(c->m_ledgerWriter.get());
    c->m_productService =
        std::make_unique<ProductService>(*c->m_catalog, *c->m_access, *c->m_audit, *c->m_clock);
    if (c->m_store->keyCreatedNow()) {
        // First start: the key that seals everything exists now; without a backup of it a lost
        // disk loses the ability to prove the records (and to read the personal data).
        if (Status a = c->m_audit->append(AuditEvent{
                c->m_clock->now(), QStringLiteral("-"), AuditAction::StoreKeyCreated,
                c->m_store->keyFilePath(),
                Tr::tr("已创建店铺密钥；请立即执行 pharmapos keys backup --out 文件 备份")});
            !a)
            return a.error();
        qCWarning(lcCounter).noquote()
            << Tr::tr("已创建店铺密钥 %1；请立即执行 pharmapos keys backup --out 文件 备份")
                   .arg(c->m_store->keyFilePath());
    }

    if (devices == Devices::AsConfigured)
        if (Status kept = c->assembleRetention(); !kept)
            return kept.error();

    if (config.demo) {
        if (Status seeded = c->seedDemoStore(); !seeded)
            return seeded.error();
        (void)config.writeStoreProfileIfMissing(); // best effort: only the name on later exports
    }

    if (devices == Devices::AsConfigured)
        c->m_realScanner = makeRealScanner(config.scanner, *c->m_clock);
    if (!c->m_realScanner || config.demo)
        c->m_simulatedScanner = std::make_unique<devices::SimulatedScanner>(*c->m_clock);
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
    c->m_sale =
        std::make_unique<SaleWorkflow>(*c->m_catalog, *c->m_saleRecorder, *c->m_sales,
                                       *c->m_printer, *c->m_clock, *c->m_access, config.store);
    c->m_sale->setStockLevels(c->m_inventory.get());
    c->m_sale->setCashRounding(config.cashRounding);
    c->m_sale->setPriceOverridePolicy(PriceOverridePolicy{config.cashierDiscountPercent});
    c->assembleWallets();
    c->m_returns = std::make_unique<ReturnService>(*c->m_ledgerStore, *c->m_access, *c->m_clock);
    c->m_saleLookup = std::make_unique<SaleLookup>(*c->m_sales, *c->m_catalog, *c->m_clock);
    c->m_shiftStore = std::make_unique<storage::SqlShiftStore>(*c->m_db);
    c->m_shiftService = std::make_unique<ShiftService>(*c->m_shiftStore, *c->m_sale, *c->m_access,
                                                       *c->m_clock, *c->m_printer, config.store);
    c->m_traceCodes = std::make_unique<storage::SqlTraceCodeRegistry>(*c->m_db);
    c->m_scanJournal =
        std::make_unique<storage::SqlScanJournal>(*c->m_db, c->m_store->fieldCipher());
    c->m_sale->setTraceCodes(c->m_traceCodes.get(), config.unreceivedTrace);
    c->m_sale->setScanJournal(c->m_scanJournal.get());
    c->m_parkedCarts =
        std::make_unique<storage::SqlParkedCartStore>(*c->m_db, c->m_store->fieldCipher());
    c->m_sale->setParkedCarts(c->m_parkedCarts.get());
    codes::RecognitionOptions recognition;
    recognition.gsSubstitute = config.gsSubstitute;
    if (config.demo) { // the simulated platform's e-prescription QR codes, numbers and vouchers
        recognition.prescriptionShapes = {codes::TokenShape{QStringLiteral("3601RXT"), 20, 20},
                                          codes::TokenShape{QStringLiteral("RX3601"), 14, 14}};
        recognition.voucherShapes = {codes::TokenShape{QStringLiteral("3601EC"), 32, 32}};
    }
    c->m_sale->setRecognitionOptions(recognition);
    // Keyboard-wedge scans read in the window, for wedge scanners the system cannot grab: one
    // more scanner on the same port, beside whichever backend [devices] scanner names.
    if (config.scannerKeyboardFallback)
        c->m_keyboardScanner =
            std::make_unique<devices::KeyboardWedgeScanner>(config.wedge, *c->m_clock);
    // Codes read from a camera's frames, beside the scanner; only the window runs the camera.
    if (!config.barcodeCameraImages.isEmpty() && devices == Devices::AsConfigured) {
        devices::SimulatedCamera::Options replay;
        replay.source = config.barcodeCameraImages;
        replay.intervalMs = 200;
        replay.holdFrames = 5; // each image a second in view, then the next
        replay.frameSize = QSize(1280, 720);
        c->m_barcodeCamera = std::make_unique<devices::SimulatedCamera>(replay, *c->m_clock);
        c->m_cameraScanner = std::make_unique<devices::CameraScanner>(*c->m_barcodeCamera);
        if (Status started = c->m_barcodeCamera->start(); !started)
            qCWarning(lcCounter).noquote() << "barcode camera:" << started.error().userText();
    }
    for (Scanner* s : {c->m_realScanner.get(), static_cast<Scanner*>(c->m_simulatedScanner.get()),
                       static_cast<Scanner*>(c->m_keyboardScanner.get()),
                       static_cast<Scanner*>(c->m_cameraScanner.get())}) {
        if (!s)
            continue;
        QObject::connect(s, &Scanner::scanned, c->m_sale.get(), &SaleWorkflow::onScanned);
        QObject::connect(
            s, &Scanner::availabilityChanged, s, [s](bool available, const QString& text) {
                qCInfo(lcCounter).noquote()
                    << s->deviceName() << (available ? "available:" : "unavailable:") << text;
            });
    }
    if (Status rx = c->assemblePrescriptionGate(); !rx)
        return rx.error();
    // Insured settlement is recorded everywhere (CAM-*): without a station no card is read at all.
    c->m_gate->requireSettlementEvidence(true);
    c->m_gate->allowIdNumberEntry(config.idNumberEntry);
    c->assembleSettlement(devices);
    if (devices == Devices::AsConfigured)
        c->assembleSettlementCamera(QString(), /*startNow=*/false);
    return c;
}

// ---- the demo store ------------------------------------------------------------------------------

/// Seeds the demo store in steps that are each all-or-nothing and each skipped when already done,
/// so a first run killed at any point is completed by the next (issue 12): the catalogue's missing
/// products, then the opening delivery (one posting; done when its first box's code is known),
/// then each missing demo account.
Status Counter::seedDemoStore()
{
    Result<QList<Product>> demo = loadDemoCatalog();
    if (!demo)
        return demo.error();
    QList<Product> missing;
    for (const Product& p : std::as_const(*demo))
        if (!m_catalog->findByCode(p.code))
            missing.append(p);
    if (!missing.isEmpty())
        if (Result<int> stored = m_catalog->upsert(missing); !stored)
            return stored.error();

    // The catalogue's order, as at every earlier first run: the boxes' codes follow from it.
    const QList<Product> products = m_catalog->firstProducts(100'000);
    const PurchaseDocument opening = demoOpeningDelivery(products, m_clock->now().date());
    const bool openingPosted =
        !opening.lines.isEmpty() && !opening.lines.first().traceCodes.isEmpty()
        && m_inventory->traceCodeKnown(opening.lines.first().traceCodes.first());
    if (!openingPosted) {
        QList<ResolvedPurchaseLine> lines;
        for (const PurchaseLine& l : opening.lines)
            lines.append(InventoryService::resolve(*m_catalog->findByCode(l.productCode), l));
        Result<std::unique_ptr<LedgerTransaction>> tx =
            m_ledgerStore->begin(PostingContext{m_clock->now(), Tr::tr("演示期初"), true});
        if (!tx)
            return tx.error();
        Result<QString> posted = postings::purchase(**tx, opening, lines);
        if (!posted)
            return posted.error();
        if (Status a = (*tx)->appendAudit(AuditEvent{m_clock->now(), QStringLiteral("-"),
                                                     AuditAction::StockChanged, *posted,
                                                     Tr::tr("演示门店期初库存")});
            !a)
            return a.error();
        if (Status committed = (*tx)->commit(); !committed)
            return committed.error();
    }

    for (const User& u : demoUsers()) {
        if (m_users->findByUsername(u.username))
            continue;
        if (Result<User> added = m_auth->seedDemoUser(u, QString::fromLatin1(kDemoPassword));
            !added)
            return added.error();
    }
    return {};
}

// ---- the store key and the database's seals (issue 12) -----------------------------------------

const RecordSealer& Counter::recordSealer() const
{
    return m_store->sealer();
}

PrivacyWiring& Counter::privacy()
{
    return m_store->privacy();
}

EvidenceSealer& Counter::evidenceSealer()
{
    return m_store->evidenceSealer();
}

// ---- the platform link (DATA-UPLOAD) ------------------------------------------------------------

Status Counter::assembleRetention()
{
    Result<RetentionPolicy> policy = retentionPolicyFor(m_config);
    if (!policy)
        return policy.error();
    m_retention = std::make_unique<RetentionService>(*policy, m_store->privacy().targets(),
                                                     *m_audit, *m_clock, QStringLiteral("system"));
    m_retentionScheduler = std::make_unique<RetentionScheduler>(*m_retention, *m_clock);
    const RetentionPolicy applied = *policy;
    QObject::connect(m_retentionScheduler.get(), &RetentionScheduler::ran,
                     m_retentionScheduler.get(), [this, applied](const RetentionRunReport& r) {
                         for (const QString& line : retentionReportLines(r, applied))
                             qCInfo(lcCounter).noquote() << line;
                         // Deleted rows' pages must not linger in the WAL.
                         if (r.removed() > 0)
                             if (Status f = m_store->privacy().flushRemovedPages(); !f)
                                 qCWarning(lcCounter).noquote() << f.error().userText();
                     });
    m_retentionScheduler->start(); // checks at once, then every 15 minutes; runs once a day
    return {};
}

void Counter::assembleUploads(Devices devices)
{
    const PlatformSettings& platform = *m_config.platform;
    m_uploadQueue = std::make_unique<storage::SqlUploadQueue>(*m_db, m_config.store.fixmedinsCode,
                                                              platform.msgIdBlock);
    m_uploads = std::make_unique<upload::UploadService>(*m_uploadQueue, *m_access, *m_clock);
    if (!platform.enabled)
        return; // records queue; `sync status` and the manager's screen say the link is off
    const PlatformSettings settings = platform;
    const StoreProfile store = m_config.store;
    const Clock& clock = *m_clock;
    m_uploads->setGatewayFactory(
        [settings, store, &clock](UploadQueue& q) {
            return makePlatformGateway(settings, store, clock, q);
        },
        signInInput(settings));
    // The worker sends from the counter's window only; a command sends with `sync run`.
    if (devices != Devices::AsConfigured)
        return;
    m_uploads->startWorker(
        uploadWorkerFactories(settings, store, m_config.databasePath(), clock, &m_store->sealer()),
        settings.policy);
    // Every posting wakes it: its records reach the platform at once, not at the next poll.
    upload::UploadService* uploads = m_uploads.get();
    m_db->setAfterCommit([uploads] { uploads->runNow(); });
}

bool Counter::platformLinkConfigured() const
{
    return m_config.platform && m_config.platform->enabled;
}

// ---- wallet payments (微信/支付宝 付款码) ------------------------------------------------------

void Counter::assembleWallets()
{
    m_paymentOrders = std::make_unique<storage::SqlPaymentOrderStore>(*m_db);
    if (m_config.wallet == u"off")
        return;
    m_simulatedPayment = std::make_unique<devices::SimulatedPaymentProvider>();
    WalletPayments::Options options;
    // Commands and scripts ask again at once; the window gives the customer time to confirm.
    options.queryIntervalMs = m_devices == Devices::AsConfigured ? 3000 : 0;
    m_wallets = std::make_unique<WalletPayments>(
        *m_simulatedPayment, *m_paymentOrders, *m_audit, *m_clock, m_config.store.terminalId,
        Tr::tr("%1 药品").arg(m_config.store.name), options);
    m_sale->setWalletPayments(m_wallets.get());
    // Only the window settles what a crash left open: a command beside a running counter must
    // not reverse the order the counter is waiting for.
    if (m_devices == Devices::AsConfigured)
        resolveWalletOrders();
}

PaymentOrderStore& Counter::paymentOrders()
{
    return *m_paymentOrders;
}

void Counter::resolveWalletOrders()
{
    if (!m_wallets)
        return;
    m_wallets->resolvePending(QStringLiteral("-"), [](int settled, int open) {
        if (settled > 0 || open != 0)
            qCInfo(lcCounter) << "wallet orders left open by the last run: settled" << settled
                              << "still open" << open;
    });
}

// ---- the insurance-card reader -----------------------------------------------------------------

void Counter::assembleCardReader()
{
    // Only the window opens the store's reader; commands and scripts read the simulated card, so
    // they never take the reader from a running counter.
    if (m_devices == Devices::AsConfigured) {
        m_cardReader = makeCardReader(m_config.cardReader, m_config.cardReaderTimeoutMs,
                                      QCoreApplication::applicationDirPath(), m_cardReaderProblem);
        if (!m_cardReaderProblem.isEmpty())
            qCWarning(lcCounter).noquote() << m_cardReaderProblem;
        if (m_cardReader) {
            qCInfo(lcCounter).noquote() << "card reader:" << m_cardReader->deviceName();
            return;
        }
    }
    auto simulated = std::make_unique<devices::SimulatedCardReader>();
    if (m_config.demo)
        simulated->setStandingCard(demoCard());
    m_simulatedCardReader = simulated.get();
    m_cardReader = std::move(simulated);
}

void Counter::assembleSignatureTablet()
{
    // Like the card reader, only the window opens the pad: a command never takes it from a
    // running counter.
    if (m_devices != Devices::AsConfigured || m_config.signaturePad == u"off")
        return;
    if (m_config.signaturePad == u"simulated") {
        auto simulated = std::make_unique<devices::SimulatedSignatureTablet>();
        m_simulatedSignatureTablet = simulated.get();
        m_signatureTablet = std::move(simulated);
        return;
    }
    devices::EvdevTabletOptions o;
    o.path = m_config.signaturePad.mid(6).trimmed(); // after "evdev:" (AppConfig checked it)
    m_signatureTablet = std::make_unique<devices::EvdevSignatureTablet>(o);
    qCInfo(lcCounter).noquote() << "signature pad:" << m_signatureTablet->deviceName();
}

// ---- the prescription gate (RX-*) ----------------------------------------------------------------

Status Counter::assemblePrescriptionGate()
{
    m_prescriptions =
        std::make_unique<storage::SqlPrescriptionRepository>(*m_db, m_store->fieldCipher());
    m_reviews =
        std::make_unique<ReviewService>(*m_prescriptions, *m_access, *m_duty, *m_audit, *m_clock);
    assembleCardReader();
    assembleSignatureTablet();
    m_gate = std::make_unique<RxSettlementGate>(*m_sale, *m_prescriptions, *m_reviews,
                                                prescriptionPrinter(), *m_cardReader, *m_access,
                                                *m_duty, *m_audit, *m_clock, m_config.store);
    // The gate belongs to the sale in progress: it ends with it, and decides RX-ONLY for it.
    m_sale->setPrescriptionGate(m_gate.get());
    if (m_config.demo) {
        auto platform = std::make_unique<sync::SimulatedPlatform>(m_config.store, *m_clock);
        // The day's 9001 sign-in; the simulator answers before call() returns.
        platform->call(PlatformRequest{QStringLiteral("9001"), {}, {}},
                       [](Result<PlatformResponse> r) {
                           if (!r || r->infcode != 0)
                               qCWarning(lcCounter) << "simulated platform sign-in failed";
                       });
        m_simulatedPlatform = platform.get();
        m_platform = std::move(platform);
        m_rxDownloader = std::make_unique<PrescriptionDownloader>(*m_platform, *m_reviews);
    }
    m_intake =
        std::make_unique<PrescriptionIntake>(*m_gate, *m_prescriptions, m_rxDownloader.get());
    // Scanned tokens: an e-prescription loads, the printed one-time code confirms the print, a
    // 医保电子凭证 goes to the gate (which refuses it before CardReadAllowed).
    QObject::connect(m_sale.get(), &SaleWorkflow::tokenScanned, m_intake.get(),
                     [this](const codes::Recognition& r) { (void)m_intake->takeScannedToken(r); });
    return {};
}

// ---- the insured settlement (SETTLE-*) ---------------------------------------------------------

void Counter::assembleSettlement(Devices devices)
{
    m_settlementStore =
        std::make_unique<storage::SqlSettlementStore>(*m_db, m_store->fieldCipher());
    assembleArchive();
    m_insuredRecorder = std::make_unique<LedgerInsuredSaleRecorder>(*m_ledgerStore);
    m_insuranceCatalogRepository = std::make_unique<storage::SqlInsuranceCatalog>(*m_db);
    // SETTLE-LIST-ONLY by the downloaded catalogue (1312) once there is one; before that, by the
    // 医保编码 the product master holds.
    if (m_insuranceCatalogRepository->info().entries > 0)
        m_insuranceCatalog = std::make_unique<InsuranceCatalog>(*m_insuranceCatalogRepository);
    if (platformLinkConfigured()) {
        Result<std::unique_ptr<PlatformGateway>> g =
            makePlatformGateway(*m_config.platform, m_config.store, *m_clock, *m_uploadQueue);
        if (!g) {
            m_settlementProblem = g.error().userText();
            return;
        }
        m_settlementPlatform = std::move(g).value();
    } else if (m_config.demo) {
        const QString path = QFileInfo(m_config.databasePath())
                                 .dir()
                                 .filePath(QStringLiteral("platform-local.sqlite"));
        Result<std::unique_ptr<sim::InProcessPlatform>> local =
            sim::InProcessPlatform::open(path, *m_clock);
        if (!local) {
            m_settlementProblem = local.error().userText();
            return;
        }
        m_inProcessPlatform = local->get();
        m_settlementPlatform = std::move(local).value();
    } else {
        m_settlementProblem =
            Tr::tr("未配置医保平台连接，不能医保结算：在门店配置的 [platform] 中设置 link=https");
        return;
    }
    SaleWorkflow* sale = m_sale.get();
    m_settlement = std::make_unique<SettlementService>(
        *m_settlementPlatform, *m_settlementStore, *m_insuredRecorder, m_insuranceCatalog.get(),
        *m_audit, *m_clock, m_config.store,
        [this](const QDateTime& at) { return m_uploadQueue->nextMsgId(at); },
        [this] {
            const User* u = m_session->actingUser();
            return u ? u->username : QStringLiteral("-");
        });
    m_settlement->setDailySignIn(signInInput(*m_config.platform));
    m_settlement->setSlipPrinter(m_printer.get());
    m_settlement->setAccessControl(m_access.get()); // REFUND-ORIGINAL is a manager's act
    // SETTLE-SLIP: sealed the moment it is signed, and again when refunded.
    m_settlement->setArchiver([this](const QString& no) -> Status {
        // While the camera still records this settlement (its post-roll runs after the slip), the
        // record waits for the clip to be kept, so that it holds the clip.
        if (m_camera && m_camera->evidence().settlementNo() == no
            && m_camera->evidence().state() != camera::EvidenceState::Idle) {
            m_sealAfterClip.insert(no);
            return {};
        }
        Result<archive::ArchiveRecord> sealed = m_archivist->seal(no);
        if (!sealed)
            return sealed.error();
        warnOfArchiveBackup(no);
        return {};
    });
    m_insuredCheckout = std::make_unique<InsuredCheckout>(*sale, *m_settlement, [this] {
        // The settlement number is the camera evidence's when the prescription sale began one
        // (the clip and the face are bound to it), else the till's own.
        if (!m_gate->evidenceSettlementNo().isEmpty())
            return m_gate->evidenceSettlementNo();
        return QStringLiteral("JS-%1-%2-%3")
            .arg(m_config.store.terminalId,
                 m_clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            .arg(++m_settlementSequence);
    });
    if (devices != Devices::AsConfigured)
        return;
    // What a crash or a failed seal left unsealed is sealed — a slice now, the rest a slice at a
    // time once the event loop runs, so a store upgraded with years of settlements starts at once.
    sealDueSlice();
    // What a crash left: unknown 2102/2103 outcomes are reversed (2601) before anything else;
    // settled settlements without their slip or signature wait for the cashier.
    Result<QList<InsuredSettlementRecord>> left = m_settlement->recover();
    if (!left)
        qCWarning(lcCounter).noquote() << left.error().userText();
    else if (!left->isEmpty())
        qCWarning(lcCounter).noquote()
            << Tr::tr("有 %1 笔已结算的医保结算尚未打印结算单或签字，请完成").arg(left->size());
}

void Counter::assembleArchive()
{
    m_archiveStore = std::make_unique<storage::SqlArchiveStore>(*m_db, m_store->fieldCipher());
    m_archiveHeads = std::make_unique<storage::ArchiveHeadFiles>(m_config.archiveHeadPaths());
    // The video store the camera keeps clips and faces in (a store without a camera has none
    // there, and its records say so).
    const CameraSettings& cam = *m_config.camera;
    m_archiveEvidence = std::make_unique<devices::FileEvidenceArchive>(
        cam.videoDir, cam.backupDir, evidenceSealer(),
        QDir(cam.videoDir).filePath(QStringLiteral(".scratch")));
    archive::ArchiveSources sources;
    sources.settlements = m_settlementStore.get();
    sources.prescriptions = m_prescriptions.get();
    sources.ledger = m_inventory.get();
    sources.evidence = m_archiveEvidence.get();
    sources.trail = m_audit.get();
    sources.sales = m_sales.get();
    // The second copy goes beside the clips' backup (CAM-BACKUP's location).
    if (!cam.backupDir.isEmpty())
        m_archiveBackup = std::make_unique<storage::ArchiveBackupFolder>(
            QDir(cam.backupDir)
                .filePath(QString::fromLatin1(storage::ArchiveBackupFolder::kSubfolder)),
            m_store->fileSealer());
    m_archivist = std::make_unique<archive::SettlementArchivist>(
        *m_archiveStore, sources, recordSealer(), *m_clock, *m_audit, m_config.store.fixmedinsCode,
        m_archiveHeads.get(), m_archiveBackup.get());
    // SETTLE-SLIP: a prescription sold for cash is sealed the moment it is paid, and its return
    // the moment it is recorded (each commits with its due mark, so a failed seal is sealed at
    // the next start).
    QObject::connect(m_sale.get(), &SaleWorkflow::saleCompleted, m_gate.get(),
                     [this](const PaymentOutcome& outcome) { sealCashPrescription(outcome.sale); });
    m_returns->setAfterReturn(
        [this](const CompletedSale& sold) { sealCashPrescription(sold, /*returned=*/true); });
}

void Counter::sealCashPrescription(const CompletedSale& sale, bool returned)
{
    if (sale.rxNo.isEmpty() || sale.payment.method != PaymentMethod::Cash)
        return;
    Result<archive::ArchiveRecord> sealed =
        returned ? m_archivist->sealReturn(sale.saleNo) : m_archivist->sealSale(sale.saleNo);
    if (sealed) {
        warnOfArchiveBackup(sale.saleNo);
        return;
    }
    Q_EMIT m_gate->notice(
        Notice{Notice::Level::Warning,
               (returned ? Tr::tr("处方销售 %1 已退货，但退货归档未成功：%2。下次启动时将自动补封存"
                                  "（SETTLE-SLIP）")
                         : Tr::tr("处方销售 %1 已完成，但归档未成功：%2。下次启动时将自动补封"
                                  "存（SETTLE-SLIP）"))
                   .arg(sale.saleNo, sealed.error().userText())});
}

void Counter::sealDueSlice()
{
    constexpr int kSlice = 50;
    Result<int> sealed = m_archivist->sealPending(kSlice);
    if (!sealed) {
        qCWarning(lcCounter).noquote() << sealed.error().userText();
        return; // the rest stays due: the next start tries again
    }
    if (*sealed > 0)
        qCInfo(lcCounter).noquote() << Tr::tr("已补封存或补备份 %1 条结算档案").arg(*sealed);
    if (*sealed == kSlice)
        QTimer::singleShot(0, m_gate.get(), [this] { sealDueSlice(); });
}

void Counter::sealAfterClip(const QString& settlementNo)
{
    if (!m_sealAfterClip.remove(settlementNo))
        return;
    if (Result<archive::ArchiveRecord> sealed = m_archivist->seal(settlementNo); !sealed)
        Q_EMIT m_gate->notice(
            Notice{Notice::Level::Warning,
                   Tr::tr("结算 %1 已完成，但归档未成功：%2。下次启动时将自动补封存（SETTLE-SLIP）")
                       .arg(settlementNo, sealed.error().userText())});
    else
        warnOfArchiveBackup(settlementNo);
}

void Counter::warnOfArchiveBackup(const QString& settlementNo)
{
    if (m_archivist->backupProblem().isEmpty()) {
        // The backup is writable again after a failed copy: what it lacks is written from the
        // event loop, a slice at a time, not on this settlement's path.
        if (m_archivist->backupBehind())
            QTimer::singleShot(0, m_gate.get(), [this] { sealDueSlice(); });
        return;
    }
    Q_EMIT m_gate->notice(Notice{
        Notice::Level::Warning,
        Tr::tr("结算 %1 已封存入档，但备份副本未写入：%2。请检查备份盘；下次启动时将自动补写")
            .arg(settlementNo, m_archivist->backupProblem())});
}

const ArchiveBackupCopy* Counter::archiveBackup() const
{
    return m_archiveBackup.get();
}

ArchiveStore& Counter::archiveStore()
{
    return *m_archiveStore;
}

ArchiveHeadCopies& Counter::archiveHeadCopies()
{
    return *m_archiveHeads;
}

const EvidenceArchive* Counter::archiveEvidence() const
{
    return m_archiveEvidence.get();
}

archive::SettlementArchivist& Counter::archivist()
{
    return *m_archivist;
}

QString Counter::settlementPlatformName() const
{
    return m_settlementPlatform ? m_settlementPlatform->gatewayName() : QString();
}

// ---- the settlement camera (CAM-FACE, CAM-VIDEO, CAM-CONSENT, CAM-BACKUP) -----------------------

Status Counter::enableSettlementCamera(const QString& source)
{
    if (m_camera && m_cameraProblem.isEmpty())
        return {};
    if (!m_camera && !assembleSettlementCamera(source, /*startNow=*/true))
        return makeError(ErrorCode::DeviceFailure, m_cameraProblem, QStringLiteral("CAM-VIDEO"));
    if (!m_cameraProblem.isEmpty())
        return makeError(ErrorCode::DeviceFailure, m_cameraProblem, QStringLiteral("CAM-VIDEO"));
    return {};
}

bool Counter::assembleSettlementCamera(const QString& source, bool startNow)
{
    CameraSettings settings = *m_config.camera;
    if (!source.isEmpty()) {
        Result<SettlementCameraSource> s = SettlementCameraSource::parse(source);
        if (!s) {
            m_cameraProblem = s.error().userText();
            return false;
        }
        settings.camera = *s;
    }
    // The demo store shows the camera working: with none configured it replays a face picture
    // (scikit-image's public-domain astronaut portrait) copied into its data directory.
    if (m_config.demo && settings.camera.kind == SettlementCameraSource::Kind::Off) {
        const QString dir = QDir(m_config.dataDir).filePath(QStringLiteral("demo-camera"));
        const QString face = QDir(dir).filePath(QStringLiteral("demo_face.jpg"));
        if (QDir().mkpath(dir)
            && (QFile::exists(face) || QFile::copy(QStringLiteral(":/demo/demo_face.jpg"), face))) {
            QFile::setPermissions(face, QFile::ReadOwner | QFile::WriteOwner);
            settings.camera = SettlementCameraSource{SettlementCameraSource::Kind::Simulated, face};
            m_cameraIsDemo = true;
        } else {
            qCWarning(lcCounter) << "demo camera picture not copied to" << face;
        }
    }
    Session* session = m_session.get();
    Result<std::unique_ptr<SettlementCameraStation>> station = SettlementCameraStation::assemble(
        settings, m_config.store, *m_clock, *m_audit,
        [session] {
            const User* u = session->actingUser();
            return u ? u->username : QStringLiteral("-");
        },
        &m_store->evidenceSealer()); // faces and segments encrypted at rest (DATA-PRIVACY)
    if (!station) {
        // Without a station the gate has no evidence to ask, so the card would be read on the
        // prescription rules alone: an evidence gate that always refuses takes its place.
        m_cameraProblem = station.error().userText();
        qCWarning(lcCounter).noquote() << "settlement camera:" << m_cameraProblem;
        CameraSettings off = CameraSettings::defaults(m_config.dataDir);
        off.videoDir = settings.videoDir;
        station = SettlementCameraStation::assemble(
            off, m_config.store, *m_clock, *m_audit, [] { return QStringLiteral("-"); },
            &m_store->evidenceSealer());
        if (!station)
            return false;
        m_cameraIsDemo = false;
    }
    m_camera = std::move(station).value();
    if (m_cameraIsDemo) {
        camera::EvidenceDevices d = m_camera->evidence().devices();
        d.cameraDescription = Tr::tr("模拟摄像头（演示图片，不是真实画面）");
        m_camera->evidence().setDevices(d);
    }
    m_gate->setSettlementEvidence(&m_camera->evidence());
    // SETTLE-SLIP: a settlement signed while its clip ran its post-roll is sealed once the clip is
    // kept (or failed: the record then says why it has none).
    QObject::connect(
        &m_camera->evidence(), &camera::SettlementEvidence::evidenceComplete, m_gate.get(),
        [this](const camera::SettlementEvidenceRecord& r) { sealAfterClip(r.settlementNo); });
    QObject::connect(&m_camera->evidence(), &camera::SettlementEvidence::evidenceFailed,
                     m_gate.get(), [this](const QString& no, const Error&) { sealAfterClip(no); });
    // What the camera says — the gate's conditions, crash recovery, backup failures — is said
    // where the prescription gate speaks (the checkout's notice line).
    QObject::connect(m_camera.get(), &SettlementCameraStation::notice, m_gate.get(),
                     &RxSettlementGate::notice);
    if (startNow) {
        if (Status s = startSettlementCamera(); !s) {
            m_cameraProblem = s.error().userText();
            return false;
        }
        return true;
    }
    // Started once the event loop runs (the window is up by then): the recorder and the camera
    // take a moment to open, which the first screen does not wait for.
    QTimer::singleShot(0, m_camera.get(), [this] {
        if (Status s = startSettlementCamera(); !s)
            qCWarning(lcCounter).noquote() << "settlement camera:" << s.error().userText();
    });
    return true;
}

Status Counter::startSettlementCamera()
{
    if (!m_camera)
        return {};
    return m_camera->start();
}

devices::SimulatedReceiptPrinter* Counter::simulatedPrescriptionPrinter()
{
    return dynamic_cast<devices::SimulatedReceiptPrinter*>(&prescriptionPrinter());
}

Result<QString> Counter::readPrintedPrescriptionCode()
{
    const devices::SimulatedReceiptPrinter* printer = simulatedPrescriptionPrinter();
    if (!printer || printer->lastOutputBase().isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("模拟处方打印机还没有打印出处方"));
    const QString page = printer->lastOutputBase() + QStringLiteral(".png");
    // The page as the cashier's scanner sees it: the QR symbol, not the text under it.
    const Result<QList<devices::DecodedCode>> codes = devices::decodeBarcodeImageFile(page);
    if (!codes)
        return codes.error();
    for (const devices::DecodedCode& c : *codes)
        if (c.format == QStringLiteral("QRCode"))
            return c.text;
    return makeError(ErrorCode::NotFound, Tr::tr("处方页 %1 上没有可扫描的二维码").arg(page));
}

Status Counter::setUpSimulatedPrescriptionPrinter(const QJsonObject& setup)
{
    devices::SimulatedReceiptPrinter* printer = simulatedPrescriptionPrinter();
    if (!printer)
        return makeError(ErrorCode::Configuration, Tr::tr("处方打印机不是模拟打印机"));
    if (setup.contains(QStringLiteral("fault"))) {
        const QString name = setup.value(QStringLiteral("fault")).toString();
        const std::optional<devices::SimulatedReceiptPrinter::Fault> f =
            devices::SimulatedReceiptPrinter::faultFromName(name);
        if (!f)
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("打印机故障“%1”不认识，可用：none、paper_out、cover_open、offline、"
                       "fail_mid_job、paper_out_after_job、paper_out_during_job")
                    .arg(name));
        printer->setFault(*f);
    }
    if (setup.contains(QStringLiteral("reports_status")))
        printer->setReportsStatus(setup.value(QStringLiteral("reports_status")).toBool());
    return {};
}

Result<QString> Counter::serveSimulatedPrescription(const QJsonObject& spec)
{
    if (!m_simulatedPlatform)
        return makeError(ErrorCode::Configuration, Tr::tr("本店没有模拟医保平台（仅演示库有）"));
    QJsonObject resolved = spec;
    QJsonArray drugs;
    for (const QJsonValue& v : spec.value(QStringLiteral("drugs")).toArray()) {
        QJsonObject d = v.toObject();
        if (d.contains(QStringLiteral("product"))) {
            const QString code = d.value(QStringLiteral("product")).toString();
            const std::optional<Product> p = m_catalog->findByCode(code);
            if (!p)
                return makeError(ErrorCode::NotFound, Tr::tr("商品 %1 不在商品目录中").arg(code));
            d.insert(QStringLiteral("code"), p->insuranceCode);
            d.insert(QStringLiteral("name"), p->genericName);
            d.insert(QStringLiteral("spec"), p->spec);
            d.insert(QStringLiteral("unit"), p->unit);
        }
        drugs.append(d);
    }
    resolved.insert(QStringLiteral("drugs"), drugs);
    QString problem;
    std::optional<sync::SimulatedPrescription> rx =
        sync::prescriptionFromSpec(resolved, m_clock->now(), &problem);
    if (!rx)
        return makeError(ErrorCode::InvalidInput, Tr::tr("处方描述缺少或写错了 %1").arg(problem));
    const QString rxNo = rx->rxNo;
    m_simulatedPlatform->serve(std::move(*rx));
    return rxNo;
}

CardCredential Counter::demoCard()
{
    // The simulated platform knows a social-security card by its number and its serial (CS + the
    // number's last eight characters).
    const QString certNo = QStringLiteral("360102198001011235");
    return CardCredential{CredentialType::SocialSecurityCard, certNo,
                          QStringLiteral("CS") + certNo.right(8), QStringLiteral("赵六")};
}

QString Counter::demoVoucherPayload()
{
    // The shape the demo store recognises as a 医保电子凭证 (3601EC…, 32 characters).
    return QStringLiteral("3601EC00000000000000DEMOZHAOLIU6");
}

LedgerStore& Counter::ledgerStore()
{
    return *m_ledgerStore;
}

ScanJournal& Counter::scanJournal()
{
    return *m_scanJournal;
}

Scanner& Counter::scanner()
{
    if (m_realScanner)
        return *m_realScanner;
    return *m_simulatedScanner;
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
    return m_simulatedScanner.get();
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
    for (const DeviceIdentity* d :
         {static_cast<const DeviceIdentity*>(m_realScanner.get()),
          static_cast<const DeviceIdentity*>(m_simulatedScanner.get()),
          static_cast<const DeviceIdentity*>(m_keyboardScanner.get()),
          static_cast<const DeviceIdentity*>(m_barcodeCamera.get()),
          static_cast<const DeviceIdentity*>(m_printer.get()),
          static_cast<const DeviceIdentity*>(m_prescriptionPrinter.get())})
        if (d)
            (d->isSimulated() ? s.simulated : s.real) << d->deviceName();
    if (m_cardReader) {
        if (!m_cardReaderProblem.isEmpty())
            s.simulated << Tr::tr("%1（card_reader 配置无效：%2）")
                               .arg(m_cardReader->deviceName(), m_config.cardReader);
        else
            (m_cardReader->isSimulated() ? s.simulated : s.real) << m_cardReader->deviceName();
    }
    if (m_signatureTablet)
        (m_signatureTablet->isSimulated() ? s.simulated : s.real)
            << m_signatureTablet->deviceName();
    if (m_simulatedPayment)
        s.simulated << m_simulatedPayment->deviceName();
    if (m_camera && m_camera->evidence().devices().camera) {
        const camera::EvidenceDevices& cam = m_camera->evidence().devices();
        (cam.simulated ? s.simulated : s.real)
            << Tr::tr("结算摄像头：%1").arg(cam.cameraDescription);
    }
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
