#pragma once

#include "app/core/result.h"
#include "devices/hidpos/hidposlayout.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pos::devices {

/// One scan put together from a HID-POS scanner's reports.
struct HidPosScan
{
    QByteArray payload;  ///< the decoded data exactly as sent (GS 0x1D and all)
    QString symbologyId; ///< "]E0", "]d2"…; empty when the scanner sent none
};

/// Puts scans together from Scanned Data Reports: a report with "Decode Data Continued" set is
/// held until the report that ends the scan. Pure (no I/O, no clock), not thread-safe: one per
/// device, fed from its reader thread.
class HidPosReportAssembler
{
public:
    /// Longest scan accepted (a full QR code is 7,089 digits); longer is refused as garbage.
    static constexpr int kMaxScanBytes = 8192;

    explicit HidPosReportAssembler(HidPosLayout layout = HidPosLayout::standard());

    /// Feeds one input report as read from the endpoint. Returns the completed scan, nothing
    /// (a continued part held, another report ID such as a trigger report, or a report with no
    /// data), or an error for a report that cannot be a scan report (too short, byte count larger
    /// than the report holds, a scan over kMaxScanBytes) — after an error any partial scan is
    /// dropped and the next report starts afresh. Never crashes on any input.
    [[nodiscard]] Result<std::optional<HidPosScan>> feed(const QByteArray& report);
    /// Drops a partial scan (the device was lost mid-scan).
    void reset();
    [[nodiscard]] bool hasPartialScan() const { return m_partial; }

private:
    HidPosLayout m_layout;
    QByteArray m_buffer;
    QString m_symbology;
    bool m_partial = false;
};

} // namespace pos::devices
