#pragma once

#include "app/core/codes/coderecognition.h"
#include "app/core/scan.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace pos {
class SaleWorkflow;
class ScanJournal;
class Scanner;
} // namespace pos

namespace pos::ui {

/// "Scan here, see exactly what arrived": for installers and support. Every scan from the scanner
/// port is listed with its exact bytes (hex, and text with control characters shown as <GS>,
/// <CR>…), the symbology the device reported, the source device, the time since the previous
/// scan, and what the counter recognises in it. The counter's recent scan journal is shown too.
/// While the dialog is open the sale workflow is in diagnostics mode: scans change no cart.
class ScanDiagnosticsDialog final : public QDialog
{
    Q_OBJECT
public:
    ScanDiagnosticsDialog(Scanner& scanner, SaleWorkflow& sale, const ScanJournal* journal,
                          QWidget* parent = nullptr);
    ~ScanDiagnosticsDialog() override;

    /// Rows shown so far (for tests).
    [[nodiscard]] int scanCount() const;
    [[nodiscard]] QString detailText() const;

private:
    void onScanned(const pos::ScanEvent& event, const pos::codes::Recognition& r);
    void showDetail(int row);
    void refreshJournal();

    SaleWorkflow& m_sale;
    const ScanJournal* m_journal;
    QTableWidget* m_scans = nullptr;
    QTableWidget* m_history = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QList<codes::Recognition> m_recognised;
    QElapsedTimer m_sincePrevious;
};

} // namespace pos::ui
