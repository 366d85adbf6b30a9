#pragma once

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QStringList>

class QLabel;

namespace pos {
class ReceiptPrinter;
class SaleWorkflow;
class ScanInjector;
struct StoreProfile;
}

namespace pos::ui {

class CheckoutWidget;

/// What the shell needs to know about the devices it runs on.
struct DeviceSummary
{
    QStringList simulated;  ///< names of devices that are simulated twins
    QStringList real;       ///< names of real devices
};

/// The window frame: a banner when any device is simulated, the screens, a status bar. It owns no
/// business: each screen is a widget over a core workflow.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const StoreProfile& store, SaleWorkflow& sale, ReceiptPrinter& printer,
               const DeviceSummary& devices, QWidget* parent = nullptr);

    /// Shows the simulated scanner's panel (only for a simulated scanner).
    void addScannerSimulator(ScanInjector& injector, const QList<QPair<QString, QString>>& samples);

    [[nodiscard]] CheckoutWidget* checkout() const { return m_checkout; }
    [[nodiscard]] QString bannerText() const;

private:
    void refreshPrinterStatus();

    ReceiptPrinter& m_printer;
    CheckoutWidget* m_checkout = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_printerStatus = nullptr;
};

} // namespace pos::ui
