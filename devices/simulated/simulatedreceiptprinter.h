#pragma once

#include "app/core/ports/receiptprinter.h"

#include <QString>

namespace pos {
class Clock;
}

namespace pos::devices {

/// The simulated twin of a thermal receipt printer. Each job is rendered as the paper would come
/// out — a PNG (the paper roll, CJK in double-width cells), a PDF and a plain-text copy — into its
/// output folder, and the printer reports status like a real one. Faults can be injected (paper
/// out, cover open, offline, failure partway through a job) to exercise every path that depends
/// on the printer.
/// Thread: owner's thread; rendering needs a QGuiApplication (offscreen is fine).
class SimulatedReceiptPrinter final : public ReceiptPrinter
{
public:
    enum class Fault { None = 1, PaperOut, CoverOpen, Offline, FailMidJob, PaperOutAfterJob };

    SimulatedReceiptPrinter(QString outputDir, const Clock& clock, int widthColumns = 48);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] PrinterStatus status() override;
    [[nodiscard]] Result<PrintOutcome> print(const PrintDocument& document) override;
    [[nodiscard]] int widthColumns() const override { return m_width; }

    void setFault(Fault fault) { m_fault = fault; }
    [[nodiscard]] const QString& outputDir() const { return m_outputDir; }
    [[nodiscard]] int jobsPrinted() const { return m_jobs; }
    /// The path of the last job's output without extension (add .png, .pdf or .txt).
    [[nodiscard]] const QString& lastOutputBase() const { return m_lastBase; }

private:
    [[nodiscard]] Status render(const PrintDocument& doc, const QString& basePath) const;

    QString m_outputDir;
    const Clock& m_clock;
    int m_width;
    Fault m_fault = Fault::None;
    int m_jobs = 0;
    QString m_lastBase;
};

} // namespace pos::devices
