#pragma once

#include "app/core/ports/receiptprinter.h"

#include <QString>

#include <optional>

namespace pos {
class Clock;
}

namespace pos::devices {

/// The simulated twin of a thermal receipt printer. Each job is rendered as the paper would come
/// out — a PNG (the paper roll, CJK in double-width cells), a PDF and a plain-text copy — into its
/// output folder, and the printer reports status like a real one. Faults can be injected (paper
/// out, cover open, offline, failure or paper running out partway through a job) to exercise every
/// path that depends on the printer, and it can play a printer without a back channel, whose jobs
/// only a scan of the printed code confirms (NeedsScanBack). A confirmed job is DeviceConfirmed.
/// Thread: owner's thread; rendering needs a QGuiApplication (offscreen is fine).
class SimulatedReceiptPrinter final : public ReceiptPrinter
{
public:
    enum class Fault
    {
        None = 1,
        PaperOut, ///< before a job: refused, nothing comes out
        CoverOpen,
        Offline,
        FailMidJob,        ///< the head stops halfway; the printer goes offline
        PaperOutAfterJob,  ///< the job comes out whole, then the roll is empty
        PaperOutDuringJob, ///< the roll ends halfway: a torn partial copy, the job fails
    };

    SimulatedReceiptPrinter(QString outputDir, const Clock& clock, int widthColumns = 48);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] PrinterStatus status() override;
    [[nodiscard]] Result<PrintOutcome> print(const PrintDocument& document) override;
    [[nodiscard]] int widthColumns() const override { return m_width; }

    /// The fault named as in configuration and scripts: "none", "paper_out", "cover_open",
    /// "offline", "fail_mid_job", "paper_out_after_job", "paper_out_during_job"; nullopt otherwise.
    [[nodiscard]] static std::optional<Fault> faultFromName(QStringView name);

    void setFault(Fault fault) { m_fault = fault; }
    /// false plays a printer that cannot report (no back channel): jobs are handed over blind and
    /// come back NeedsScanBack whatever happened to the paper; status() only knows whether the
    /// printer is connected. Default true.
    void setReportsStatus(bool reports) { m_reportsStatus = reports; }
    [[nodiscard]] const QString& outputDir() const { return m_outputDir; }
    [[nodiscard]] int jobsPrinted() const { return m_jobs; }
    /// The path of the last job's output without extension (add .png, .pdf or .txt).
    [[nodiscard]] const QString& lastOutputBase() const { return m_lastBase; }

private:
    [[nodiscard]] PrinterStatus deviceStatus() const;
    [[nodiscard]] Status render(const PrintDocument& doc, const QString& basePath) const;
    /// Renders the first half of `doc` as `<base>-<tag>` and returns how many lines came out.
    [[nodiscard]] qsizetype renderTorn(const PrintDocument& doc, const QString& base,
                                       QStringView tag) const;

    QString m_outputDir;
    const Clock& m_clock;
    int m_width;
    Fault m_fault = Fault::None;
    bool m_reportsStatus = true;
    int m_jobs = 0;
    int m_sent = 0;
    QString m_lastBase;
};

} // namespace pos::devices
