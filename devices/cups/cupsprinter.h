#pragma once

#include "app/core/ports/receiptprinter.h"

namespace pos::devices {

/// An office printer through CUPS (Qt PrintSupport): prescriptions on A5 paper, the document laid
/// out in the same columns as on a receipt printer, scaled to the page width and paged.
/// CUPS only says the job was queued, never that paper came out, so every job is NeedsScanBack:
/// scanning the printed one-time code is what confirms it. status() reads QPrinterInfo (CUPS
/// printer state: idle / printing / stopped).
/// Thread: the GUI thread (QPrinter needs a QGuiApplication).
class CupsPrinter final : public ReceiptPrinter
{
public:
    /// `printerName` as CUPS knows it (`lpstat -p`).
    explicit CupsPrinter(QString printerName, int widthColumns = 48);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }
    [[nodiscard]] PrinterStatus status() override;
    [[nodiscard]] Result<PrintOutcome> print(const PrintDocument& document) override;
    [[nodiscard]] int widthColumns() const override { return m_width; }

private:
    QString m_name;
    int m_width;
    int m_jobs = 0;
};

} // namespace pos::devices
