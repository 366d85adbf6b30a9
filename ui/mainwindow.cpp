#include "ui/mainwindow.h"

#include "app/core/camera/evidenceaccess.h"
#include "app/core/camera/settlementevidence.h"
#include "app/core/insurance/insuredcheckout.h"
#include "app/core/notice.h"
#include "app/core/ports/camera.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/ports/scanner.h"
#include "app/core/rx/prescriptionintake.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "app/core/staff/authservice.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/session.h"
#include "app/core/storeprofile.h"
#include "ui/archiveviewer.h"
#include "ui/camerapanel.h"
#include "ui/checkoutwidget.h"
#include "ui/evidenceviewer.h"
#include "ui/inventorywidget.h"
#include "ui/platformlinkindicator.h"
#include "ui/prescriptiondialog.h"
#include "ui/refunddialog.h"
#include "ui/salelookupdialog.h"
#include "ui/scandiagnosticsdialog.h"
#include "ui/scannersimulatorpanel.h"
#include "ui/settlementdialog.h"
#include "ui/shiftdialog.h"
#include "ui/staffwidgets.h"
#include "ui/uploadstatuswidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialog>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pos::ui {

MainWindow::MainWindow(const StoreProfile& store, CounterServices services,
                       const DeviceSummary& devices, ShellOptions options, QWidget* parent)
    : QMainWindow(parent)
    , m_s(services)
    , m_options(std::move(options))
    , m_storeName(store.name)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PharmaPOS 药店收银 — %1").arg(store.name));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #ffb300; color: #000; font-size: 16px; "
                                           "font-weight: bold; padding: 6px;"));
    if (!devices.simulated.isEmpty())
        m_banner->setText(tr("模拟设备 SIMULATED DEVICES：%1 —— 不连接真实硬件，不得用于真实营业")
                              .arg(devices.simulated.join(QStringLiteral("、"))));
    // Across the whole window, above the screens and the device panels.
    if (!devices.simulated.isEmpty())
        setMenuWidget(m_banner);
    else
        m_banner->hide();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sessionBar = new QWidget(central);
    m_sessionBar->setObjectName(QStringLiteral("sessionBar"));
    m_sessionBar->setStyleSheet(QStringLiteral("#sessionBar { background: #eceff1; }"));
    auto* bar = new QHBoxLayout(m_sessionBar);
    m_sessionLabel = new QLabel(m_sessionBar);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_sessionLabel->setStyleSheet(QStringLiteral("font-size: 15px;"));
    auto* stepIn = new QPushButton(tr("切换操作人 (F2)"), m_sessionBar);
    m_stepOut = new QPushButton(tr("结束代操作"), m_sessionBar);
    auto* duty = new QPushButton(tr("药师上岗/下岗 (F8)"), m_sessionBar);
    m_inventoryButton = new QPushButton(tr("库存管理 (F4)"), m_sessionBar);
    auto* lock = new QPushButton(tr("锁屏 (F11)"), m_sessionBar);
    auto* shift = new QPushButton(tr("开班/交班 (F10)"), m_sessionBar);
    auto* logout = new QPushButton(tr("退出登录"), m_sessionBar);
    bar->addWidget(m_sessionLabel, 1);
    shift->setVisible(m_s.shifts != nullptr);
    for (QPushButton* b : {stepIn, m_stepOut, duty, m_inventoryButton, lock, shift, logout}) {
        b->setFocusPolicy(Qt::NoFocus);
        bar->addWidget(b);
    }
    connect(stepIn, &QPushButton::clicked, this, &MainWindow::openStepIn);
    connect(m_stepOut, &QPushButton::clicked, this, [this] { m_s.session.stepOut(); });
    connect(duty, &QPushButton::clicked, this, &MainWindow::toggleDuty);
    connect(lock, &QPushButton::clicked, this, [this] { m_s.session.lock(); });
    connect(m_inventoryButton, &QPushButton::clicked, this, &MainWindow::toggleInventory);
    connect(logout, &QPushButton::clicked, this, [this] { m_s.session.logout(); });
    connect(shift, &QPushButton::clicked, this, [this] { (void)openShift(); });
    auto key = [this](Qt::Key k, auto slot) {
        auto* s = new QShortcut(QKeySequence(k), this);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_F2, [this] { openStepIn(); });
    key(Qt::Key_F1, [this] { (void)openSaleLookup(); });
    key(Qt::Key_F8, [this] { toggleDuty(); });
    key(Qt::Key_F11, [this] { m_s.session.lock(); });
    key(Qt::Key_F4, [this] { toggleInventory(); });
    auto* diagnostics = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this);
    connect(diagnostics, &QShortcut::activated, this, [this] { (void)openScanDiagnostics(); });
    key(Qt::Key_F7, [this] { (void)openPrescription(); });
    // F9 is the checkout's 补打小票: the manager's viewer takes Ctrl+Shift+V (video).
    auto* viewer = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    connect(viewer, &QShortcut::activated, this, [this] { (void)openEvidenceViewer(); });
    auto* archive = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    connect(archive, &QShortcut::activated, this, [this] { (void)openArchive(); });
    auto* refunds = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    connect(refunds, &QShortcut::activated, this, [this] { (void)openRefund(); });
    layout->addWidget(m_sessionBar);

    m_pages = new QStackedWidget(central);
    m_login = new LoginWidget(m_s.session, m_options.loginHint, m_pages);
    m_lock = new LockWidget(m_s.session, m_pages);
    m_checkout = new CheckoutWidget(m_s.sale, m_pages);
    m_checkout->setClock(m_s.clock);
    // F10 at the counter only: on the inventory screen it checks a delivery (receiving).
    auto* shiftKey = new QShortcut(QKeySequence(Qt::Key_F10), m_checkout);
    connect(shiftKey, &QShortcut::activated, this, [this] { (void)openShift(); });
    // What the prescription gate and the intake of scanned prescription codes say (a scanned
    // voucher refused by RX-PRINT-GATE, a download that failed…) shows where the cashier looks.
    if (m_s.gate) {
        connect(m_s.gate, &RxSettlementGate::notice, m_checkout, &CheckoutWidget::showNotice);
        m_checkout->setPrescriptionGate(m_s.gate);
    }
    if (m_s.intake)
        connect(m_s.intake, &PrescriptionIntake::notice, m_checkout, &CheckoutWidget::showNotice);
    m_checkout->setCatalog(m_s.catalog);
    for (QWidget* w : {static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_lock),
                       static_cast<QWidget*>(m_checkout)})
        m_pages->addWidget(w);
    // The first-run screen, account administration and the inventory screen are built when first
    // needed (firstRunPage(), ensureAdminPage(), ensureInventoryPage()): on a big store the
    // inventory screen alone cost most of a second at every start, for every user.
    // The settlement camera (CAM-*): a column beside the cart while an insured settlement's
    // evidence runs (consent, face, recording), else one line under it.
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_pages, 1);
    if (camera::SettlementEvidence* ev = evidence()) {
        m_cameraColumn = new QWidget(central);
        m_cameraColumn->setObjectName(QStringLiteral("cameraColumn"));
        m_cameraColumn->setFixedWidth(330);
        auto* column = new QVBoxLayout(m_cameraColumn);
        column->setContentsMargins(4, 4, 4, 4);
        m_cameraPanel = new CameraPanel(*ev, m_cameraColumn);
        column->addWidget(m_cameraPanel);
        row->addWidget(m_cameraColumn);
        if (Camera* cam = ev->devices().camera)
            connect(cam, &Camera::frameReady, m_cameraPanel, [this](const VideoFrame& f) {
                if (m_cameraColumn->isVisible())
                    m_cameraPanel->showFrame(f);
            });
        connect(ev, &camera::SettlementEvidence::stateChanged, this, &MainWindow::refreshCamera);
        connect(ev, &camera::SettlementEvidence::conditionsChanged, this,
                &MainWindow::refreshCamera);
    }
    layout->addLayout(row, 1);
    if (evidence()) {
        auto* line = new QWidget(central);
        line->setObjectName(QStringLiteral("cameraLine"));
        line->setStyleSheet(QStringLiteral("#cameraLine { background: #fff4ce; }"));
        auto* lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(6, 2, 6, 2);
        m_cameraLine = new QLabel(line);
        m_cameraLine->setObjectName(QStringLiteral("cameraLineLabel"));
        m_cameraLine->setWordWrap(false);
        m_cameraLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_evidenceButton = new QPushButton(tr("查看人脸与录像 (Ctrl+Shift+V)"), line);
        m_evidenceButton->setFocusPolicy(Qt::NoFocus);
        connect(m_evidenceButton, &QPushButton::clicked, this,
                [this] { (void)openEvidenceViewer(); });
        lineLayout->addWidget(m_cameraLine, 1);
        lineLayout->addWidget(m_evidenceButton);
        if (m_s.archive) {
            m_archiveButton = new QPushButton(tr("结算档案 (Ctrl+Shift+A)"), line);
            m_archiveButton->setFocusPolicy(Qt::NoFocus);
            connect(m_archiveButton, &QPushButton::clicked, this, [this] { (void)openArchive(); });
            lineLayout->addWidget(m_archiveButton);
        }
        layout->addWidget(line);
    }
    setCentralWidget(central);
    connect(&m_s.session, &Session::changed, this, &MainWindow::showPageForSession);
    connect(&m_s.session, &Session::changed, this, &MainWindow::refreshCamera);
    connect(&m_s.session, &Session::changed, this, &MainWindow::closePrivateViewsOfOthers);
    // Another user at the till: the last person's warnings are not theirs.
    connect(&m_s.session, &Session::changed, this, [this] {
        // The 挂单 list (notes may name customers) is not left open over a locked screen or for
        // the next person.
        if (m_s.session.isLocked() || m_s.session.actingUser() == nullptr
            || m_s.session.actingUser()->username != m_messagesFor)
            m_checkout->closeParkedCarts();
        const User* u = m_s.session.actingUser();
        const QString acting = u ? u->username : QString();
        if (acting != m_messagesFor) {
            m_messagesFor = acting;
            m_checkout->clearStaleMessages();
        }
    });
    // A logout, lock or step-out happens even when the trail cannot take it; whoever is at the
    // counter is told at once, whichever page shows (STAFF-AUDIT).
    connect(&m_s.session, &Session::auditFailed, this, [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Critical, tr("审计日志写入失败"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    auto* storeLabel = new QLabel(tr("%1　收银台 %2").arg(store.name, store.terminalId), this);
    statusBar()->addWidget(storeLabel);
    m_dutyStatus = new QLabel(this);
    m_dutyStatus->setObjectName(QStringLiteral("dutyStatus"));
    statusBar()->addPermanentWidget(m_dutyStatus);
    m_printerStatus = new QLabel(this);
    m_printerStatus->setObjectName(QStringLiteral("printerStatus"));
    statusBar()->addPermanentWidget(m_printerStatus);
    if (m_s.uploads && m_s.clock) {
        auto* link = new PlatformLinkIndicator(*m_s.uploads, *m_s.clock, this);
        link->setObjectName(QStringLiteral("platformLink"));
        statusBar()->addPermanentWidget(link);
        connect(link, &PlatformLinkIndicator::activated, this, [this] { openUploadQueue(); });
    }
    // A 1024×768 counter: the status line's texts never widen the window past the screen — each
    // has a width it is cut at (its whole text in the tooltip).
    storeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    storeLabel->setMinimumWidth(60);
    m_dutyStatus->setMaximumWidth(300);
    m_printerStatus->setMaximumWidth(240);
    for (PlatformLinkIndicator* w : statusBar()->findChildren<PlatformLinkIndicator*>())
        w->setMaximumWidth(260);
    connect(&m_s.duty, &DutyService::dutyChanged, this, &MainWindow::refreshDuty);
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &MainWindow::refreshPrinterStatus);
    connect(poll, &QTimer::timeout, this, &MainWindow::refreshDuty);
    poll->start(3000);

    // The idle lock: any key or click restarts the countdown.
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] { m_s.session.lock(); });
    if (m_options.idleLockMinutes > 0) {
        m_idle->setInterval(m_options.idleLockMinutes * 60 * 1000);
        qApp->installEventFilter(this);
    }

    refreshPrinterStatus();
    refreshDuty();
    showPageForSession();
    refreshCamera();
    // 1200×760 where there is room; never larger than the screen (a POS screen is often
    // 1024×768: a larger window would hide the scanner panel and the status bar under its edge).
    QSize size(1200, 760);
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableGeometry().size());
    resize(size);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

PrescriptionDialog* MainWindow::openPrescription()
{
    if (!m_s.gate || !m_s.reviews || !m_s.intake)
        return nullptr;
    auto* dialog = new PrescriptionDialog(
        *m_s.gate, *m_s.reviews,
        [intake = m_s.intake](const QString& token, const std::function<void(Status)>& done) {
            intake->load(token, done);
        },
        this);
    if (m_s.catalog && m_s.clock)
        dialog->enablePaperEntry(*m_s.catalog, *m_s.clock);
    if (m_s.personal)
        dialog->enableFullView(*m_s.personal);
    if (m_s.insured)
        dialog->enableInsuredSettlement([this](const CardCredential& credential) -> Status {
            return openSettlement(credential)
                       ? Status{}
                       : Status{makeError(ErrorCode::WrongState, tr("医保结算未能开始"))};
        });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SettlementDialog* MainWindow::openSettlement(const CardCredential& credential)
{
    if (!m_s.insured)
        return nullptr;
    if (Status begun = m_s.insured->start(credential); !begun) {
        m_checkout->showNotice(Notice{Notice::Level::Error, begun.error().userText()});
        return nullptr;
    }
    return showSettlement();
}

SettlementDialog* MainWindow::showSettlement()
{
    if (!m_s.insured || !m_s.insured->settlement().current())
        return nullptr;
    // SETTLE-ID: the face the camera shows now, beside the credential's person.
    const QImage face = m_cameraPanel ? m_cameraPanel->lastPicture() : QImage();
    auto* dialog = new SettlementDialog(*m_s.insured, face, m_s.signatureTablet, this);
    dialog->addActions(m_settlementActions);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

camera::SettlementEvidence* MainWindow::evidence() const
{
    return m_s.gate ? m_s.gate->settlementEvidence() : nullptr;
}

QString MainWindow::cameraLineText() const
{
    return m_cameraLine ? m_cameraLine->text() : QString();
}

void MainWindow::refreshCamera()
{
    camera::SettlementEvidence* ev = evidence();
    if (!ev || !m_cameraColumn)
        return;
    const bool atCheckout = m_pages->currentWidget() == m_checkout && m_s.session.isLoggedIn()
                            && !m_s.session.isLocked();
    const bool inProgress = ev->state() != camera::EvidenceState::Idle;
    m_cameraColumn->setVisible(atCheckout && inProgress);
    m_cameraLine->parentWidget()->setVisible(atCheckout);
    const camera::EvidenceConditions& c = ev->conditions();
    QStringList parts;
    parts << tr("本结算区域全程录音录像");
    parts << ev->devices().cameraDescription;
    if (ev->devices().camera)
        parts << camera::toDisplayString(c.camera);
    parts << CameraPanel::recordingWords(c);
    m_cameraLine->setText(parts.join(QStringLiteral(" · ")));
    const bool faulty = !c.recorder.writing() || c.spaceBelowFloor
                        || (ev->devices().camera && c.camera != camera::CameraCondition::Live);
    m_cameraLine->setStyleSheet(faulty ? QStringLiteral("color: #b00020;") : QString());
    const User* u = m_s.session.actingUser();
    m_evidenceButton->setVisible(ev->devices().archive && m_s.access && u
                                 && roleAllows(u->role, Permission::ViewSettlementEvidence));
    if (m_archiveButton)
        m_archiveButton->setVisible(m_s.access && u
                                    && roleAllows(u->role, Permission::ViewSettlementEvidence));
}

QDialog* MainWindow::openEvidenceViewer()
{
    camera::SettlementEvidence* ev = evidence();
    if (!ev || !ev->devices().archive || !m_s.access || !m_s.session.isLoggedIn()
        || m_s.session.isLocked())
        return nullptr;
    // Faces are seen only by those allowed (CAM-CONSENT): the core decides, and audits a refusal.
    if (Status allowed =
            m_s.access->require(Permission::ViewSettlementEvidence, tr("查看人脸与录像"));
        !allowed) {
        m_checkout->showNotice(Notice{Notice::Level::Error, allowed.error().userText()});
        return nullptr;
    }
    if (!m_evidenceAccess)
        m_evidenceAccess =
            std::make_unique<camera::EvidenceAccess>(*ev->devices().archive, *m_s.access);
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("查看人脸与录像"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new EvidenceViewer(*m_evidenceAccess, dialog));
    dialog->resize(QSize(900, 640).boundedTo(size()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    keepPrivate(dialog);
    dialog->open();
    return dialog;
}

void MainWindow::keepPrivate(QDialog* dialog)
{
    const User* u = m_s.session.actingUser();
    m_privateViews.append({QPointer<QDialog>(dialog), u ? u->username : QString()});
}

void MainWindow::closePrivateViewsOfOthers()
{
    const User* u = m_s.session.actingUser();
    const QString acting = u && !m_s.session.isLocked() ? u->username : QString();
    for (auto it = m_privateViews.begin(); it != m_privateViews.end();) {
        if (it->first && !acting.isEmpty() && it->second == acting) {
            ++it;
            continue;
        }
        if (it->first)
            it->first->close();
        it = m_privateViews.erase(it);
    }
}

QDialog* MainWindow::openShift()
{
    if (!m_s.shifts || !m_s.session.isLoggedIn() || m_s.session.isLocked())
        return nullptr;
    auto* dialog = new ShiftDialog(*m_s.shifts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    keepPrivate(dialog); // a shift's count is its cashier's: closed on a lock or another user
    connect(dialog, &ShiftDialog::logOutRequested, this, [this] { m_s.session.logout(); });
    dialog->open();
    return dialog;
}

QDialog* MainWindow::openSaleLookup()
{
    if (!m_s.lookup || !m_s.session.isLoggedIn() || m_s.session.isLocked())
        return nullptr;
    auto* dialog = new SaleLookupDialog(
        *m_s.lookup, m_s.sale, m_s.returns, m_s.session, [this] { openStepIn(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog* MainWindow::openArchive()
{
    if (!m_s.archive || !m_s.access || !m_s.session.isLoggedIn() || m_s.session.isLocked())
        return nullptr;
    // Records hold the insured person and their face (DATA-PRIVACY): the core decides, and audits a
    // refusal; each search and document opened is audited by the reader.
    if (Status allowed = m_s.access->require(Permission::ViewSettlementEvidence, tr("结算档案"));
        !allowed) {
        m_checkout->showNotice(Notice{Notice::Level::Error, allowed.error().userText()});
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("结算档案"));
    auto* layout = new QVBoxLayout(dialog);
    auto* viewer = new ArchiveViewer(*m_s.archive, m_s.trace, m_storeName, dialog);
    if (m_s.clock)
        viewer->monthEdit()->setDate(m_s.clock->now().date());
    layout->addWidget(viewer);
    connect(viewer, &ArchiveViewer::playClipRequested, this, [this](const QString& no) {
        if (QDialog* clip = openEvidenceViewer()) {
            if (auto* ev = clip->findChild<EvidenceViewer*>()) {
                ev->settlementEdit()->setText(no);
                ev->showEvidence();
            }
        }
    });
    dialog->resize(QSize(980, 680).boundedTo(size()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    keepPrivate(dialog);
    dialog->open();
    return dialog;
}

RefundDialog* MainWindow::openRefund()
{
    if (!m_s.session.isLoggedIn() || m_s.session.isLocked())
        return nullptr;
    if (!m_s.insured) {
        m_checkout->showNotice(
            Notice{Notice::Level::Error, m_s.settlementProblem.isEmpty()
                                             ? tr("本机未开通医保结算，没有可退费的医保结算")
                                             : m_s.settlementProblem});
        return nullptr;
    }
    // A store manager's act (REFUND-ORIGINAL): the core decides, and audits a refusal; the
    // service checks again at the refund itself.
    if (m_s.access)
        if (Status allowed = m_s.access->require(Permission::ReturnSale, tr("医保退费"));
            !allowed) {
            m_checkout->showNotice(Notice{Notice::Level::Error, allowed.error().userText()});
            return nullptr;
        }
    auto* dialog = new RefundDialog(m_s.insured->settlement(), this);
    dialog->resize(QSize(820, 480).boundedTo(size()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog* MainWindow::openUploadQueue()
{
    if (!m_s.uploads || !m_s.clock || !m_s.access)
        return nullptr;
    // The queue shows what the store sent; who may look is the core's decision (audited).
    if (Status allowed = m_s.access->require(Permission::ViewAudit, tr("上传队列")); !allowed) {
        m_checkout->showNotice(Notice{Notice::Level::Error, allowed.error().userText()});
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("医保平台上传队列"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new UploadStatusWidget(*m_s.uploads, *m_s.clock, dialog));
    dialog->resize(960, 640);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ScanDiagnosticsDialog* MainWindow::openScanDiagnostics()
{
    if (!m_s.scanner)
        return nullptr;
    auto* dialog = new ScanDiagnosticsDialog(*m_s.scanner, m_s.sale, m_s.scanJournal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_s.session.isLoggedIn() && !m_s.session.isLocked())
            m_idle->start();
        break;
    default: break;
    }
    return QMainWindow::eventFilter(watched, event);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString MainWindow::sessionText() const
{
    return m_sessionLabel->text();
}

QString MainWindow::dutyText() const
{
    return m_dutyStatus->text();
}

void MainWindow::showPageForSession()
{
    const Session& s = m_s.session;
    m_s.sale.setScanMode(ScanMode::Sale);
    m_sessionBar->setVisible(s.isLoggedIn() && !s.isLocked());
    if (!s.isLoggedIn()) {
        m_idle->stop();
        if (m_s.auth.needsFirstAdministrator()) {
            m_pages->setCurrentWidget(firstRunPage());
        } else {
            m_pages->setCurrentWidget(m_login);
            m_login->reset();
        }
        return;
    }
    if (s.isLocked()) {
        m_idle->stop();
        m_pages->setCurrentWidget(m_lock);
        m_lock->refresh();
        return;
    }
    const User& owner = *s.owner();
    const User* acting = s.actingUser();
    QString who = tr("当前：%1（%2）").arg(acting->displayName, toDisplayString(acting->role));
    if (s.isSteppedIn())
        who += tr("　代 %1 操作").arg(owner.displayName);
    m_sessionLabel->setText(who);
    m_stepOut->setVisible(s.isSteppedIn());
    // The inventory screen is offered to those whose role may receive stock; the core checks
    // every action on it again.
    const bool stockRole =
        inventoryAvailable() && roleAllows(acting->role, Permission::ReceiveStock);
    m_inventoryButton->setVisible(stockRole);
    if (!stockRole)
        m_showInventory = false;
    if (acting->role == Role::Administrator) {
        UserAdminWidget* admin = ensureAdminPage();
        m_pages->setCurrentWidget(admin);
        admin->refresh();
    } else if (m_showInventory) {
        InventoryWidget* inventory = ensureInventoryPage();
        inventory->refresh();
        m_pages->setCurrentWidget(inventory);
    } else
        m_pages->setCurrentWidget(m_checkout);
    // The scanner serves the inventory screen while it shows, not the cart behind it.
    m_s.sale.setScanMode(m_pages->currentWidget() == m_inventory ? ScanMode::Elsewhere
                                                                 : ScanMode::Sale);
    if (m_options.idleLockMinutes > 0)
        m_idle->start();
    refreshCamera();
}

bool MainWindow::inventoryAvailable() const
{
    return m_s.inventory && m_s.products && m_s.ledger && m_s.clock;
}

FirstRunWidget* MainWindow::firstRunPage()
{
    if (!m_firstRun) {
        m_firstRun = new FirstRunWidget(m_s.auth, m_pages);
        m_pages->addWidget(m_firstRun);
        connect(m_firstRun, &FirstRunWidget::administratorCreated, this,
                &MainWindow::showPageForSession);
    }
    return m_firstRun;
}

UserAdminWidget* MainWindow::ensureAdminPage()
{
    if (!m_admin) {
        m_admin = new UserAdminWidget(m_s.session, m_s.auth, m_s.users, m_pages);
        m_pages->addWidget(m_admin);
    }
    return m_admin;
}

InventoryWidget* MainWindow::ensureInventoryPage()
{
    if (!m_inventory) {
        m_inventory = new InventoryWidget(*m_s.inventory, *m_s.products, *m_s.ledger, *m_s.clock,
                                          m_storeName, m_pages);
        if (m_s.readDeliveryNote)
            m_inventory->setDeliveryNoteReader(m_s.readDeliveryNote);
        m_pages->addWidget(m_inventory);
        // Every scanner's scans, recognised once by the counter (which leaves the cart alone
        // while this screen shows: setScanMode(ScanMode::Elsewhere)).
        connect(&m_s.sale, &SaleWorkflow::scanRecognised, m_inventory, &InventoryWidget::takeScan);
    }
    return m_inventory;
}

void MainWindow::toggleInventory()
{
    const User* u = m_s.session.actingUser();
    if (!inventoryAvailable() || !u || m_s.session.isLocked())
        return;
    if (!roleAllows(u->role, Permission::ReceiveStock)) {
        m_checkout->showNotice(
            Notice{Notice::Level::Error, tr("STAFF-ROLES: %1 %2 无权进入库存管理")
                                             .arg(toDisplayString(u->role), u->displayName)});
        return;
    }
    m_showInventory = !m_showInventory;
    showPageForSession();
}

void MainWindow::openStepIn()
{
    if (!m_s.session.isLoggedIn() || m_s.session.isLocked())
        return;
    auto* d = new StepInDialog(m_s.session, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void MainWindow::toggleDuty()
{
    const User* u = m_s.session.actingUser();
    if (!u || m_s.session.isLocked())
        return;
    // Whether this pharmacist is on duty decides the direction; the core checks the rest.
    const bool onDuty = m_s.duty.isOnDuty(u->id);
    Result<DutyPeriod> r = onDuty ? m_s.duty.clockOut() : m_s.duty.clockIn();
    m_checkout->showNotice(
        r ? Notice{Notice::Level::Info, onDuty ? tr("%1 已下岗").arg(u->displayName)
                                               : tr("%1 已上岗").arg(u->displayName)}
          : Notice{Notice::Level::Error, r.error().userText()});
    refreshDuty();
}

void MainWindow::refreshDuty()
{
    QStringList names;
    for (const DutyPeriod& p : m_s.duty.onDutyNow())
        names << p.displayName;
    if (names.isEmpty()) {
        m_dutyStatus->setText(tr("无执业药师在岗：处方审核与统筹结算暂停"));
        m_dutyStatus->setStyleSheet(QStringLiteral("color: #c00; font-weight: bold;"));
    } else {
        m_dutyStatus->setText(tr("在岗药师：%1").arg(names.join(QStringLiteral("、"))));
        m_dutyStatus->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    }
    m_dutyStatus->setToolTip(m_dutyStatus->text());
}

void MainWindow::addScannerSimulator(ScanInjector& injector,
                                     const QList<QPair<QString, QString>>& samples)
{
    auto* dock = new QDockWidget(tr("模拟扫码枪"), this);
    dock->setObjectName(QStringLiteral("scannerSimulatorDock"));
    dock->setWidget(new ScannerSimulatorPanel(injector, samples, dock));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::refreshPrinterStatus()
{
    const PrinterStatus s = m_s.printer.status();
    m_printerStatus->setText(
        tr("打印机：%1 %2").arg(m_s.printer.deviceName(), toDisplayString(s.state)));
    m_printerStatus->setToolTip(m_printerStatus->text());
    m_printerStatus->setStyleSheet(s.canPrint() ? QString() : QStringLiteral("color: #c00;"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const User* u = m_s.session.actingUser();
    if (m_options.kiosk
        && (!u || m_s.session.isLocked() || !roleAllows(u->role, Permission::ManageShifts))) {
        event->ignore();
        m_checkout->showNotice(
            Notice{Notice::Level::Warning,
                   tr("全屏收银模式：只有店长能退出程序（店长按 F2 介入或登录后再关闭）")});
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace pos::ui
