#pragma once

#include "app/appconfig.h"
#include "app/core/ports/cardreader.h"
#include "app/core/ports/signaturetablet.h"
#include "app/core/result.h"
#include "app/core/staff/staff.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>

#include <memory>

namespace pos {
class AccessControl;
struct CompletedSale;
class ArchiveBackupCopy;
class ArchiveHeadCopies;
class ArchiveStore;
class EvidenceArchive;
class AuthService;
class Camera;
class Clock;
class DutyService;
class EvidenceSealer;
class InventoryService;
class InsuranceCatalog;
class InsuredCheckout;
class LedgerInsuredSaleRecorder;
class SettlementService;
class LedgerStore;
class LedgerSaleRecorder;
class ProductService;
class RecordSealer;
class RetentionScheduler;
class RetentionService;
class Session;
class PersonalDataAccess;
class PlatformGateway;
class PrescriptionDownloader;
class PrescriptionIntake;
class ReceiptPrinter;
class ReviewService;
class ReturnService;
class ShiftService;
class WalletPayments;
class SaleLookup;
class PaymentOrderStore;
class RxSettlementGate;
class SaleWorkflow;
namespace upload {
class UploadService;
}
class ScanInjector;
class Scanner;
namespace storage {
class Database;
class SqlProductCatalog;
class SqlSaleRepository;
class SqlUserRepository;
class SqlDutyRepository;
class SqlAuditLog;
class OpenSslPasswordHasher;
class SqlInventoryRepository;
class SqlTraceCodeRegistry;
class SqlScanJournal;
class SqlParkedCartStore;
class SqlPaymentOrderStore;
class SqlShiftStore;
class SqlPrescriptionRepository;
class LedgerDocumentWriterImpl;
class SqlLedgerStore;
class SqlUploadQueue;
class SqlInsuranceCatalog;
class SqlSettlementStore;
class SqlArchiveStore;
class ArchiveBackupFolder;
class ArchiveHeadFiles;
} // namespace storage
namespace archive {
class SettlementArchivist;
}
namespace sim {
class InProcessPlatform;
}
namespace sync {
class SimulatedPlatform;
}
namespace devices {
class FileEvidenceArchive;
class CameraScanner;
class KeyboardWedgeScanner;
class SimulatedCardReader;
class SimulatedPaymentProvider;
class SimulatedSignatureTablet;
class SimulatedReceiptPrinter;
class SimulatedScanner;
} // namespace devices
namespace ui {
struct DeviceSummary;
}
} // namespace pos

namespace pos::app {

class OpenStore;
class PrivacyWiring;
class SettlementCameraStation;

/// The demo store's accounts (demo mode only): admin, zhangsan (cashier), lisi (pharmacist),
/// wangwu (manager), all with kDemoPassword.
inline constexpr const char* kDemoPassword = "demo1234";
[[nodiscard]] QList<User> demoUsers();

/// The composition root's assembly of one counter: the database and its repositories, the
/// devices the store configured, and the workflows wired to them. The only place that names
/// concrete classes. Members are destroyed in reverse order: workflows, devices, repositories,
/// database.
class Counter
{
public:
    ~Counter();
    Counter(const Counter&) = delete;
    Counter& operator=(const Counter&) = delete;

    /// Which scanner a counter gets.
    enum class Devices
    {
        SimulatedOnly = 1, ///< commands and scripts: the simulated scanner, whatever is configured
        AsConfigured,      ///< the counter window: the store's scanner (plus the simulator in demo)
    };

    /// Builds the counter for `config`; in demo mode an empty database gets the demo catalog. A
    /// configured real scanner that cannot be opened does not fail this: it reports why through
    /// Scanner::availabilityChanged and keeps trying.
    [[nodiscard]] static Result<std::unique_ptr<Counter>>
    assemble(const AppConfig& config, std::unique_ptr<Clock> clock,
             Devices devices = Devices::SimulatedOnly);

    [[nodiscard]] const AppConfig& config() const { return m_config; }
    [[nodiscard]] SaleWorkflow& sale() { return *m_sale; }
    /// 销售退货 of recorded sales (a manager's act).
    [[nodiscard]] ReturnService& returns() { return *m_returns; }
    /// 查单: recorded sales by number, receipt digits, trace code, amount, time or product.
    [[nodiscard]] const SaleLookup& saleLookup() const { return *m_saleLookup; }
    /// 开班 / 交班 / 日结 at this till.
    [[nodiscard]] ShiftService& shifts() { return *m_shiftService; }
    /// Wallet payments; null when [payment] wallet=off.
    [[nodiscard]] WalletPayments* wallets() { return m_wallets.get(); }
    /// The simulated payment provider (faults for scripts and tests); null when wallets are off.
    [[nodiscard]] devices::SimulatedPaymentProvider* simulatedPayment()
    {
        return m_simulatedPayment.get();
    }
    [[nodiscard]] PaymentOrderStore& paymentOrders();
    /// Settles the wallet orders the last run left open (query, reverse): the window does it at
    /// start; a script's `resolve_payments` step asks for it.
    void resolveWalletOrders();
    [[nodiscard]] Session& session() { return *m_session; }
    /// Permission checks for the acting user (STAFF-ROLES), every refusal audited.
    [[nodiscard]] AccessControl& access() { return *m_access; }
    /// The one door to decrypted personal data on screens (DATA-PRIVACY): role table + audit.
    [[nodiscard]] PersonalDataAccess& personalData() { return *m_personal; }
    [[nodiscard]] AuthService& auth() { return *m_auth; }
    [[nodiscard]] DutyService& duty() { return *m_duty; }
    [[nodiscard]] InventoryService& inventory() { return *m_inventoryService; }
    [[nodiscard]] ProductService& products() { return *m_productService; }
    [[nodiscard]] storage::SqlInventoryRepository& ledger() { return *m_inventory; }
    /// Where postings are written (with their audit entries, one transaction each).
    [[nodiscard]] LedgerStore& ledgerStore();
    [[nodiscard]] storage::SqlAuditLog& audit() { return *m_audit; }
    [[nodiscard]] storage::SqlUserRepository& users() { return *m_users; }
    /// The database (for `verify`, which reads it whole).
    [[nodiscard]] storage::Database& database() { return *m_db; }
    /// The store key's sealer: the integrity seals' MACs and the anchors' signatures.
    [[nodiscard]] const RecordSealer& recordSealer() const;
    /// The store's personal-data holders and retention targets (what the key encrypts).
    [[nodiscard]] PrivacyWiring& privacy();
    /// The store key's sealer for the camera's evidence (faces, segments).
    [[nodiscard]] EvidenceSealer& evidenceSealer();
    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    /// The daily retention job (DATA-PRIVACY): deletes personal data past its [retention] period,
    /// never under its legal minimum; logs what it did and audits it. Only the counter window
    /// (Devices::AsConfigured) runs it; null in commands and scripts.
    [[nodiscard]] RetentionScheduler* retentionScheduler() { return m_retentionScheduler.get(); }
    [[nodiscard]] Scanner& scanner();
    /// The receipt printer ([devices] receipt_printer).
    [[nodiscard]] ReceiptPrinter& printer();
    /// The prescription printer ([devices] prescription_printer); the receipt printer itself when
    /// the store configured none of its own.
    [[nodiscard]] ReceiptPrinter& prescriptionPrinter();
    /// The simulated scanner's injection point: present when the simulated scanner is the one
    /// configured, and in demo mode beside a real one; null otherwise.
    [[nodiscard]] ScanInjector* scanInjector();
    [[nodiscard]] storage::SqlProductCatalog& catalog() { return *m_catalog; }
    [[nodiscard]] storage::SqlSaleRepository& sales() { return *m_sales; }
    [[nodiscard]] ScanJournal& scanJournal();
    [[nodiscard]] ui::DeviceSummary deviceSummary() const;
    /// The platform upload queue and its worker (DATA-UPLOAD): the manager's screen, the status
    /// bar's link indicator. The worker runs in the window when [platform] link is on.
    [[nodiscard]] upload::UploadService& uploads() { return *m_uploads; }
    [[nodiscard]] bool platformLinkConfigured() const;
    /// The plain-text rendering of the last receipt the simulated printer produced (empty with a
    /// real receipt printer).
    [[nodiscard]] QString lastReceiptText() const;
    /// A few (label, code) pairs from the catalog for the scanner simulator's pick list.
    [[nodiscard]] QList<QPair<QString, QString>> sampleCodes(int count) const;

    // ---- the prescription gate (RX-*) ----
    [[nodiscard]] ReviewService& reviews() { return *m_reviews; }
    [[nodiscard]] RxSettlementGate& gate() { return *m_gate; }
    /// Prescription numbers and codes, scanned or typed, into the gate.
    [[nodiscard]] PrescriptionIntake& intake() { return *m_intake; }
    /// The insurance-card reader in use: the store's ([devices] card_reader) in the counter
    /// window, the simulated one in commands and scripts.
    [[nodiscard]] CardReader& cardReader() { return *m_cardReader; }
    /// The simulated card reader when it is the one in use (scripts insert cards); null otherwise.
    [[nodiscard]] devices::SimulatedCardReader* simulatedCardReader()
    {
        return m_simulatedCardReader;
    }
    /// Why the configured card reader is not the one in use (a card_reader value the counter does
    /// not know); empty when it is.
    [[nodiscard]] const QString& cardReaderProblem() const { return m_cardReaderProblem; }
    /// The signature pad the patient signs on ([devices] signature_pad), in the counter window
    /// only; null when off, and in commands and scripts.
    [[nodiscard]] SignatureTablet* signatureTablet() const { return m_signatureTablet.get(); }
    /// The simulated pad when it is the one in use; null otherwise.
    [[nodiscard]] devices::SimulatedSignatureTablet* simulatedSignatureTablet() const
    {
        return m_simulatedSignatureTablet;
    }
    /// The prescription printer when it is the simulated one; null otherwise.
    [[nodiscard]] devices::SimulatedReceiptPrinter* simulatedPrescriptionPrinter();
    /// The one-time code on the last page the simulated prescription printer produced, read off
    /// its image as a scanner reads the paper (the QR symbol, not the text).
    [[nodiscard]] Result<QString> readPrintedPrescriptionCode();
    /// Scripts and demos: {"fault": "paper_out"…, "reports_status": false} on the simulated
    /// prescription printer; refused for a real one.
    [[nodiscard]] Status setUpSimulatedPrescriptionPrinter(const QJsonObject& setup);
    /// Scripts and tests: the simulated platform serves the prescription `spec` describes
    /// (sync::prescriptionFromSpec; a drug may name a catalog "product" instead of its code, name
    /// and spec). Refused without a simulated platform. Returns its number.
    [[nodiscard]] Result<QString> serveSimulatedPrescription(const QJsonObject& spec);
    /// The demo patient's social-security card (赵六, insured with the simulated platform).
    [[nodiscard]] static CardCredential demoCard();
    /// The QR payload of the demo patient's 医保电子凭证 (demo stores recognise its shape).
    [[nodiscard]] static QString demoVoucherPayload();

    // ---- the insured settlement (SETTLE-*) ----
    /// The insured settlement of the sale at the counter; null when the store has no platform
    /// (settlementProblem() says why).
    [[nodiscard]] InsuredCheckout* insuredCheckout() { return m_insuredCheckout.get(); }
    [[nodiscard]] SettlementService* settlement() { return m_settlement.get(); }
    [[nodiscard]] const QString& settlementProblem() const { return m_settlementProblem; }
    /// The platform simulated inside this process (a demo store without a platform link); null
    /// otherwise. Scripts inject its faults.
    [[nodiscard]] sim::InProcessPlatform* inProcessPlatform() { return m_inProcessPlatform; }
    /// What the platform's settlement gateway is called, for the status bar.
    [[nodiscard]] QString settlementPlatformName() const;

    // ---- the settlement archive (SETTLE-SLIP, RX-ARCHIVE-2Y) ----
    /// The sealed records, their documents and the signed head in the database.
    [[nodiscard]] ArchiveStore& archiveStore();
    /// The signed head kept apart (key directory, anchor directory).
    [[nodiscard]] ArchiveHeadCopies& archiveHeadCopies();
    /// The archive's copy at the backup location; nullptr when none is configured.
    [[nodiscard]] const ArchiveBackupCopy* archiveBackup() const;
    /// The camera's kept faces and clips the records hold by hash; null without a camera.
    [[nodiscard]] const EvidenceArchive* archiveEvidence() const;
    /// Seals each settlement as it is signed or refunded; sealPending() at start.
    [[nodiscard]] archive::SettlementArchivist& archivist();

    // ---- the settlement camera (CAM-*) ----
    /// The settlement area's camera, face analysis, recorder and evidence gate: assembled for the
    /// counter window (Devices::AsConfigured) only, null for commands and scripts. Its evidence
    /// gate is the prescription gate's (RxSettlementGate::setSettlementEvidence): no card is read
    /// without it. Started by startSettlementCamera(); stopped before the audit log and the clock
    /// go.
    [[nodiscard]] SettlementCameraStation* settlementCamera() { return m_camera.get(); }
    /// True when the demo store replays its built-in face picture (no camera configured).
    [[nodiscard]] bool settlementCameraIsDemo() const { return m_cameraIsDemo; }
    /// Why the station could not be assembled (empty when it was, or in commands).
    [[nodiscard]] const QString& settlementCameraProblem() const { return m_cameraProblem; }
    /// Starts the recorder and the camera (the window calls it once it shows); the gate says why
    /// insured settlement is refused when it fails.
    [[nodiscard]] Status startSettlementCamera();
    /// Scripts: sets up and starts the settlement camera now (the window does at start) —
    /// `source` as `[devices] settlement_camera` takes it, empty for the configured one. Until
    /// then the gate refuses every card read (CAM-VIDEO). Idempotent.
    [[nodiscard]] Status enableSettlementCamera(const QString& source = QString());

private:
    explicit Counter(AppConfig config);
    /// The upload queue and its service; with the link on and the window's devices, its worker.
    void assembleUploads(Devices devices);
    /// The card reader: the store's in the window (the simulated one, said so, when its value is
    /// not understood), the simulated one in commands and scripts, with the demo's card in it.
    void assembleCardReader();
    /// Wallet payments ([payment] wallet), and what the last run left open settled (window only).
    void assembleWallets();
    /// The signature pad of `[devices] signature_pad`, in the window only.
    void assembleSignatureTablet();
    [[nodiscard]] Status seedDemoStore();
    /// The daily retention job over the store's personal data ([retention] policy).
    [[nodiscard]] Status assembleRetention();
    /// Builds the review service, the gate and the platform, and routes scanned tokens to them.
    [[nodiscard]] Status assemblePrescriptionGate();
    /// The insured settlement: its store, its platform (the HTTPS link when configured, the
    /// in-process simulator in a demo store), the service, and what a crash left (resolved).
    void assembleSettlement(Devices devices);
    /// The archive's store, head copies, evidence reader and archivist (before the settlement).
    void assembleArchive();
    /// Seals a slice of the settlements due and, when there were that many, the next slice from
    /// the event loop.
    void sealDueSlice();
    /// Tells the cashier when the newest seal's copy to the backup location failed.
    void warnOfArchiveBackup(const QString& settlementNo);
    /// Seals the record of a cash prescription sale just paid, or of its return (`returned`);
    /// anything else is not sealed on its own. A failure is told to the cashier.
    void sealCashPrescription(const CompletedSale& sale, bool returned = false);
    /// Seals a settlement whose seal waited for its clip (m_sealAfterClip).
    void sealAfterClip(const QString& settlementNo);
    /// The settlement camera station for the window, bound to the prescription gate.
    /// Builds the station (the configured camera, `source` when given: "simulated:PATH"…; the
    /// demo picture in a demo store without one) and binds it to the gate; starts it now or once
    /// the event loop runs. False (m_cameraProblem says why) when none could be set up.
    bool assembleSettlementCamera(const QString& source, bool startNow);

    // Declared so that everything is built after, and destroyed before, what it uses: the
    // database, repositories, services, devices, then the workflows over them.
    AppConfig m_config;
    std::unique_ptr<Clock> m_clock;
    /// The database with its store key and seals; m_db is its database.
    std::unique_ptr<OpenStore> m_store;
    storage::Database* m_db = nullptr;
    std::unique_ptr<storage::SqlProductCatalog> m_catalog;
    std::unique_ptr<storage::SqlSaleRepository> m_sales;
    std::unique_ptr<storage::SqlUserRepository> m_users;
    std::unique_ptr<storage::SqlDutyRepository> m_dutyPeriods;
    std::unique_ptr<storage::SqlAuditLog> m_audit;
    std::unique_ptr<storage::OpenSslPasswordHasher> m_hasher;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AccessControl> m_access;
    std::unique_ptr<PersonalDataAccess> m_personal;
    std::unique_ptr<DutyService> m_duty;
    std::unique_ptr<storage::SqlTraceCodeRegistry> m_traceCodes;
    std::unique_ptr<storage::SqlScanJournal> m_scanJournal;
    std::unique_ptr<storage::SqlParkedCartStore> m_parkedCarts; ///< 挂单, the till's
    std::unique_ptr<storage::SqlInventoryRepository> m_inventory;
    std::unique_ptr<storage::SqlLedgerStore> m_ledgerStore; ///< every posting goes through it
    std::unique_ptr<storage::SqlUploadQueue> m_uploadQueue;
    std::unique_ptr<upload::UploadService> m_uploads; ///< stops its worker before the db closes
    std::unique_ptr<LedgerSaleRecorder> m_saleRecorder;
    std::unique_ptr<storage::LedgerDocumentWriterImpl> m_ledgerWriter;
    std::unique_ptr<InventoryService> m_inventoryService;
    std::unique_ptr<ProductService> m_productService;
    std::unique_ptr<RetentionService> m_retention;            ///< null outside the window
    std::unique_ptr<RetentionScheduler> m_retentionScheduler; ///< runs m_retention daily
    std::unique_ptr<Scanner> m_realScanner;                   ///< the configured device, if real
    std::unique_ptr<devices::SimulatedScanner> m_simulatedScanner;
    std::unique_ptr<devices::KeyboardWedgeScanner> m_keyboardScanner; ///< null unless configured
    std::unique_ptr<Camera> m_barcodeCamera;                          ///< null unless configured
    std::unique_ptr<devices::CameraScanner> m_cameraScanner; ///< reads m_barcodeCamera's frames
    std::unique_ptr<ReceiptPrinter> m_printer;
    devices::SimulatedReceiptPrinter* m_simulatedPrinter = nullptr; ///< m_printer when simulated
    std::unique_ptr<ReceiptPrinter> m_prescriptionPrinter;          ///< null: m_printer prints them
    std::unique_ptr<storage::SqlPaymentOrderStore> m_paymentOrders; ///< wallet orders
    std::unique_ptr<devices::SimulatedPaymentProvider> m_simulatedPayment; ///< null: off
    std::unique_ptr<WalletPayments> m_wallets;                             ///< null: wallets off
    std::unique_ptr<SaleWorkflow> m_sale;
    std::unique_ptr<ReturnService> m_returns;
    std::unique_ptr<SaleLookup> m_saleLookup;
    std::unique_ptr<storage::SqlShiftStore> m_shiftStore;
    std::unique_ptr<ShiftService> m_shiftService;
    std::unique_ptr<storage::SqlPrescriptionRepository> m_prescriptions;
    std::unique_ptr<ReviewService> m_reviews;
    std::unique_ptr<CardReader> m_cardReader;
    devices::SimulatedCardReader* m_simulatedCardReader = nullptr; ///< m_cardReader when simulated
    QString m_cardReaderProblem;
    std::unique_ptr<SignatureTablet> m_signatureTablet;
    devices::SimulatedSignatureTablet* m_simulatedSignatureTablet = nullptr;
    Devices m_devices = Devices::SimulatedOnly;             ///< what assemble() was asked for
    std::unique_ptr<PlatformGateway> m_platform;            ///< null outside demo mode
    sync::SimulatedPlatform* m_simulatedPlatform = nullptr; ///< m_platform when simulated
    std::unique_ptr<PrescriptionDownloader> m_rxDownloader;
    std::unique_ptr<RxSettlementGate> m_gate;
    std::unique_ptr<PrescriptionIntake> m_intake;
    std::unique_ptr<storage::SqlSettlementStore> m_settlementStore;
    std::unique_ptr<LedgerInsuredSaleRecorder> m_insuredRecorder;
    std::unique_ptr<storage::SqlInsuranceCatalog> m_insuranceCatalogRepository;
    std::unique_ptr<InsuranceCatalog> m_insuranceCatalog; ///< null until the catalogue is in
    std::unique_ptr<PlatformGateway> m_settlementPlatform;
    sim::InProcessPlatform* m_inProcessPlatform = nullptr; ///< m_settlementPlatform when so
    std::unique_ptr<storage::SqlArchiveStore> m_archiveStore;
    std::unique_ptr<storage::ArchiveHeadFiles> m_archiveHeads;
    std::unique_ptr<storage::ArchiveBackupFolder> m_archiveBackup;
    std::unique_ptr<devices::FileEvidenceArchive> m_archiveEvidence; ///< null without a camera
    std::unique_ptr<archive::SettlementArchivist> m_archivist;
    QSet<QString> m_sealAfterClip; ///< signed while their clip's post-roll ran
    std::unique_ptr<SettlementService> m_settlement;
    std::unique_ptr<InsuredCheckout> m_insuredCheckout;
    QString m_settlementProblem;
    int m_settlementSequence = 0;
    /// Last, so destroyed first: its threads stop while everything it uses still exists.
    std::unique_ptr<SettlementCameraStation> m_camera;
    bool m_cameraIsDemo = false;
    QString m_cameraProblem;
};

} // namespace pos::app
