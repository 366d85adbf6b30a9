#include "ui/mainwindow.h"

#include "app/core/ports/receiptprinter.h"
#include "app/core/storeprofile.h"
#include "ui/checkoutwidget.h"
#include "ui/scannersimulatorpanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pos::ui {

MainWindow::MainWindow(const StoreProfile& store, SaleWorkflow& sale, ReceiptPrinter& printer,
                       const DeviceSummary& devices, QWidget* parent)
    : QMainWindow(parent)
    , m_printer(printer)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PharmaPOS 药店收银 — %1").arg(store.name));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #ffb300; color: #000; font-size: 16px; "
                                           "font-weight: bold; padding: 6px;"));
    if (!devices.simulated.isEmpty()) {
        m_banner->setText(tr("模拟设备 SIMULATED DEVICES：%1 —— 不连接真实硬件，不得用于真实营业")
                              .arg(devices.simulated.join(QStringLiteral("、"))));
    }
    // Across the whole window, above the screens and the device panels.
    if (!devices.simulated.isEmpty())
        setMenuWidget(m_banner);
    else
        m_banner->hide();

    m_checkout = new CheckoutWidget(sale, central);
    layout->addWidget(m_checkout, 1);
    setCentralWidget(central);

    auto* storeLabel = new QLabel(tr("%1　收银台 %2").arg(store.name, store.terminalId), this);
    statusBar()->addWidget(storeLabel);
    m_printerStatus = new QLabel(this);
    m_printerStatus->setObjectName(QStringLiteral("printerStatus"));
    statusBar()->addPermanentWidget(m_printerStatus);
    refreshPrinterStatus();
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &MainWindow::refreshPrinterStatus);
    poll->start(3000);
    resize(1200, 760);
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
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
    const PrinterStatus s = m_printer.status();
    m_printerStatus->setText(tr("打印机：%1 %2").arg(m_printer.deviceName(), toDisplayString(s.state)));
    m_printerStatus->setStyleSheet(s.canPrint() ? QString() : QStringLiteral("color: #c00;"));
}

} // namespace pos::ui
