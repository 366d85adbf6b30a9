#pragma once

#include "app/core/ports/receiptprinter.h"
#include "devices/escpos/escposencoder.h"
#include "devices/escpos/escposprotocol.h"
#include "devices/escpos/printertransport.h"

#include <memory>

namespace pos::devices {

struct EscPosPrinterOptions
{
    EscPosEncoderOptions encoding;
    /// false: the printer has no back channel (or it is not trusted). Jobs are sent and come back
    /// NeedsScanBack; nothing is ever read.
    bool reportsStatus = true;
    escpos::Barrier barrier = escpos::Barrier::ProcessId;
    int connectTimeoutMs = 3000;
    int statusTimeoutMs = 1000; ///< per DLE EOT answer
    int jobTimeoutMs = 30'000;  ///< sending the job and waiting for its barrier answer
    int settleMs = 200;         ///< after a stuck job, how long late answers may keep coming
};

/// A receipt/prescription printer that speaks ESC/POS over some transport (TCP 9100, usblp,
/// libusb): EscPosEncoder for the bytes, escpos:: protocol functions for the back channel.
///
/// A job counts as DeviceConfirmed only when (1) the real-time status before it allowed printing,
/// (2) the barrier sent after its last byte (GS ( H with this job's ID, or GS r 1) was answered,
/// which the printer does only once everything before it is processed, and (3) the real-time
/// status after it shows no paper end, open cover or error. A fault before the job refuses it
/// with nothing sent; a fault after it fails it ("打印中途缺纸…"); no barrier answer within the
/// job timeout is an unknown outcome: the message says the paper may or may not have come out
/// and that a reprint will be marked 补打. print() never sends a job twice: a retry is the
/// caller's explicit reprint. After an unknown outcome the next print first waits for a fresh
/// barrier, so a late answer to the stuck job is never taken for the new one.
/// Thread: the owner's; print() and status() block up to their timeouts.
class EscPosPrinter final : public ReceiptPrinter
{
public:
    EscPosPrinter(std::unique_ptr<PrinterTransport> transport, EscPosPrinterOptions options);
    ~EscPosPrinter() override;

    /// "ESC/POS 80mm (tcp 192.168.1.50:9100)".
    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }
    [[nodiscard]] PrinterStatus status() override;
    [[nodiscard]] Result<PrintOutcome> print(const PrintDocument& document) override;
    [[nodiscard]] int widthColumns() const override { return m_encoder.widthColumns(); }

private:
    void drainInput();
    [[nodiscard]] Result<PrinterStatus> queryStatus();
    [[nodiscard]] Result<PrintOutcome> printBlind(const QByteArray& job, const QString& jobId);
    /// Reads until `take` finds its answer in the buffer or `timeoutMs` passes; false on timeout.
    template <typename Take> [[nodiscard]] Result<bool> readUntil(int timeoutMs, Take take);
    [[nodiscard]] Status resynchronise();
    [[nodiscard]] Error unknownOutcome(const QString& why) const;

    std::unique_ptr<PrinterTransport> m_transport;
    EscPosPrinterOptions m_options;
    EscPosEncoder m_encoder;
    QByteArray m_input; ///< bytes read but not yet consumed
    quint32 m_sequence = 0;
    bool m_barrierOutstanding = false; ///< a job's barrier was never answered
};

} // namespace pos::devices
