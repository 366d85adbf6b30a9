#pragma once

#include "app/core/inventory/purchaseimport.h"
#include "app/core/result.h"

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

class QDialog;

namespace pos {
class AuthService;
class Clock;
class InventoryRepository;
class InventoryService;
class PersonalDataAccess;
class ProductCatalog;
class PrescriptionIntake;
class ProductService;
class ReviewService;
class RxSettlementGate;
class DutyService;
class ReceiptPrinter;
class SaleWorkflow;
class ScanInjector;
class ScanJournal;
class Scanner;
class Session;
class UserRepository;
struct StoreProfile;
class AccessControl;
class InsuredCheckout;
struct CardCredential;
class SignatureTablet;
class TraceService;
class ShiftService;
class SaleLookup;
class ReturnService;
namespace archive {
class ArchiveReader;
}
namespace upload {
class UploadService;
}
namespace camera {
class EvidenceAccess;
class SettlementEvidence;
} // namespace camera
} // namespace pos

namespace pos::ui {

class CameraPanel;
class CheckoutWidget;
class FirstRunWidget;
class InventoryWidget;
class LockWidget;
class LoginWidget;
class ScanDiagnosticsDialog;
class PrescriptionDialog;
class SettlementDialog;
class RefundDialog;
class UserAdminWidget;

/// What the shell needs to know about the devices it runs on.
struct DeviceSummary
{
    QStringList simulated; ///< names of devices that are simulated twins
    QStringList real;      ///< names of real devices
};

/// The core services the screens work over (owned by the composition root).
struct CounterServices
{
    SaleWorkflow& sale;
    Session& session;
    AuthService& auth;
    DutyService& duty;
    ReceiptPrinter& printer;
    const UserRepository& users;
    /// The manager's inventory screen; absent (null) where the store has no ledger.
    InventoryService* inventory = nullptr;
    const InventoryRepository* ledger = nullptr;
    const Clock* clock = nullptr;
    /// F3 product search at the counter; absent (null) disables it.
    const ProductCatalog* catalog = nullptr;
    /// The scanner port and the scan journal, for the scan diagnostics screen (Ctrl+Shift+D) and
    /// the inventory screen (receiving, counting).
    Scanner* scanner = nullptr;
    const ScanJournal* scanJournal = nullptr;
    /// The product master on the inventory screen (needed with `inventory`).
    ProductService* products = nullptr;
    /// The prescription gate (F7); absent (null) where the store settles no prescriptions.
    RxSettlementGate* gate = nullptr;
    ReviewService* reviews = nullptr;
    /// Prescription numbers and codes into the gate; its notices (and the gate's) show at the
    /// counter. Needed with `gate`.
    PrescriptionIntake* intake = nullptr;
    /// Reads a supplier's delivery note (CSV or XLSX) into rows for the manager's import; absent:
    /// the screen reads CSV itself.
    std::function<Result<DeliveryNote>(const QString& path)> readDeliveryNote = {};
    /// The platform upload queue (DATA-UPLOAD): the link indicator in the status bar and the
    /// manager's queue screen; absent (null): neither. `access` decides who may open the screen.
    upload::UploadService* uploads = nullptr;
    AccessControl* access = nullptr;
    /// Shows a stored value in full (the prescription's patient) — for roles the core's table
    /// allows, each view audited; absent (null): values stay masked.
    PersonalDataAccess* personal = nullptr;
    /// The insured settlement (SETTLE-*): the card read in F7 starts it and its screen opens;
    /// absent (null): the card is only read (settlementProblem says why, on the screen).
    InsuredCheckout* insured = nullptr;
    QString settlementProblem = {};
    /// The signature pad the patient signs the slip on; absent (null): the screen or paper.
    SignatureTablet* signatureTablet = nullptr;
    /// The manager's archive screen (Ctrl+Shift+A): the sealed records, and the trace of a box to
    /// them; absent (null): no screen.
    archive::ArchiveReader* archive = nullptr;
    TraceService* trace = nullptr;
    /// 开班 / 交班 (F10); absent (null): the button only logs out.
    ShiftService* shifts = nullptr;
    /// 查单 (F1): recorded sales found, reprinted, returned; absent (null): no screen.
    const SaleLookup* lookup = nullptr;
    ReturnService* returns = nullptr;
};

struct ShellOptions
{
    QString loginHint;       ///< e.g. the demo store's accounts
    int idleLockMinutes = 5; ///< 0: never
    /// Kiosk (全屏收银): closing the window is refused unless a store manager is acting.
    bool kiosk = false;
};

/// The window frame: a banner when any device is simulated, a session bar (who acts, duty,
/// switch user, lock, log out), the screen for the session's state, a status bar. It owns no
/// business: each screen is a widget over a core service. The login, lock and checkout screens
/// are built with the window; the first-run screen, account administration and the inventory
/// screen only the first time someone who may use them needs them, so a start (and a cashier's
/// whole day) never pays for the screens of other roles.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const StoreProfile& store, CounterServices services, const DeviceSummary& devices,
               ShellOptions options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the simulated scanner's panel (only for a simulated scanner).
    void addScannerSimulator(ScanInjector& injector, const QList<QPair<QString, QString>>& samples);
    /// An action every settlement window offers (its shortcut works there): the composition root
    /// adds the simulated signature pad's "write a signature" this way.
    void addSettlementAction(QAction* action) { m_settlementActions.append(action); }

    [[nodiscard]] CheckoutWidget* checkout() const { return m_checkout; }
    [[nodiscard]] LoginWidget* login() const { return m_login; }
    [[nodiscard]] LockWidget* lockPage() const { return m_lock; }
    /// The manager's inventory screen: null until it is first opened (F4).
    [[nodiscard]] InventoryWidget* inventoryPage() const { return m_inventory; }
    /// Account administration: null until an administrator first logs in.
    [[nodiscard]] UserAdminWidget* adminPage() const { return m_admin; }
    [[nodiscard]] QWidget* currentPage() const;
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] QString sessionText() const;
    [[nodiscard]] QString dutyText() const;

public Q_SLOTS:
    void openStepIn();
    void toggleDuty();
    /// Store managers: between the checkout and the inventory screen (F4).
    void toggleInventory();
    /// Opens the scan diagnostics screen (Ctrl+Shift+D): what the scanner delivers, byte by byte.
    ScanDiagnosticsDialog* openScanDiagnostics();
    /// The manager's upload queue screen (上传队列), for a manager or administrator (the refusal
    /// is audited and shown at the counter); null when refused or without a queue.
    QDialog* openUploadQueue();
    /// Opens the prescription gate (F7): load, check, review, sign, print, then the card.
    PrescriptionDialog* openPrescription();
    /// The insured settlement screen: starts the settlement with `credential` (the card read in
    /// F7) and opens it; null when refused (the refusal shows at the counter).
    SettlementDialog* openSettlement(const CardCredential& credential);
    /// The settlement screen over the settlement in progress (a settled one waiting for its slip
    /// or signature too); null when there is none.
    SettlementDialog* showSettlement();
    /// The manager's 查看人脸与录像 (Ctrl+Shift+V): a settlement's face image and clip, built when opened;
    /// null when refused (STAFF-ROLES, audited and shown at the counter) or without a camera.
    QDialog* openEvidenceViewer();
    /// The manager's 结算档案 (Ctrl+Shift+A, SETTLE-SLIP, DATA-TRACE): find a sealed record by
    /// number or a box's traceability code, the month's binding index, each document opened; null
    /// when refused (the core's reason shows at the counter) or where the store keeps no archive.
    QDialog* openArchive();
    /// F10: 开班 / 交班 (ShiftDialog); without the shift service it logs out as before.
    QDialog* openShift();
    /// 查单 (F1) at the counter; null when there is none or nobody is at the till.
    QDialog* openSaleLookup();
    /// The manager's 医保退费 (Ctrl+Shift+R, REFUND-ORIGINAL): this month's settlements, refunded by
    /// the original route; null when refused (a cashier: the core's reason shows at the counter) or
    /// where the store settles no insurance.
    RefundDialog* openRefund();

public:
    /// The settlement camera's panel (the gate's camera evidence, from the prescription gate):
    /// a right-hand column beside the cart while an insured settlement's evidence is in progress;
    /// null without a camera gate.
    [[nodiscard]] CameraPanel* cameraPanel() const { return m_cameraPanel; }
    /// The column holding it (shown only then).
    [[nodiscard]] QWidget* cameraColumn() const { return m_cameraColumn; }
    /// The one line under the cart: the notice that the area records and the camera's state.
    [[nodiscard]] QString cameraLineText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    /// Kiosk: refused (and said why) unless a store manager is acting.
    void closeEvent(QCloseEvent* event) override;

private:
    void showPageForSession();
    /// The inventory screen can be offered: the store has a ledger and its services.
    [[nodiscard]] bool inventoryAvailable() const;
    /// The screens built on first need (see the class comment).
    FirstRunWidget* firstRunPage();
    UserAdminWidget* ensureAdminPage();
    InventoryWidget* ensureInventoryPage();
    void refreshPrinterStatus();
    void refreshDuty();
    /// The camera column shows while an insured settlement's evidence runs at the checkout;
    /// otherwise one status line.
    void refreshCamera();
    [[nodiscard]] camera::SettlementEvidence* evidence() const;

    CounterServices m_s;
    ShellOptions m_options;
    QString m_storeName;
    QStackedWidget* m_pages = nullptr;
    QList<QAction*> m_settlementActions;
    FirstRunWidget* m_firstRun = nullptr;
    LoginWidget* m_login = nullptr;
    LockWidget* m_lock = nullptr;
    CheckoutWidget* m_checkout = nullptr;
    UserAdminWidget* m_admin = nullptr;
    InventoryWidget* m_inventory = nullptr;
    QPushButton* m_inventoryButton = nullptr;
    bool m_showInventory = false;
    QWidget* m_sessionBar = nullptr;
    QLabel* m_sessionLabel = nullptr;
    QPushButton* m_stepOut = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_printerStatus = nullptr;
    QLabel* m_dutyStatus = nullptr;
    QTimer* m_idle = nullptr;
    CameraPanel* m_cameraPanel = nullptr;
    QWidget* m_cameraColumn = nullptr;
    QLabel* m_cameraLine = nullptr;
    QPushButton* m_evidenceButton = nullptr;
    QPushButton* m_archiveButton = nullptr;
    std::unique_ptr<camera::EvidenceAccess> m_evidenceAccess; ///< built with the first viewer
    /// Open views of personal data (faces, clips, the archive), each with who opened it: closed
    /// when the screen locks or another user acts (a cashier never inherits a manager's view).
    QList<QPair<QPointer<QDialog>, QString>> m_privateViews;
    QString m_messagesFor; ///< whose messages the counter's message line holds
    void keepPrivate(QDialog* dialog);
    void closePrivateViewsOfOthers();
};

} // namespace pos::ui
