#pragma once

#include "app/core/result.h"
#include "devices/hidpos/hidposlayout.h"

#include <QByteArray>
#include <QList>
#include <QMap>

#include <optional>

namespace pos::devices {

/// What a HID report descriptor says that matters for finding a bar code scanner.
struct HidDescriptorSummary
{
    QList<quint16> usagePages;          ///< every usage page named, in first-seen order
    QMap<int, int> inputReportBytes;    ///< report ID (0: unnumbered) → bytes incl. the ID
    bool hasBarcodeScannerPage = false; ///< usage page 0x8C (HID POS bar code scanner)
    /// Where the report carrying Decoded Data (0x8C:0xFE) keeps each field, when there is one.
    std::optional<HidPosLayout> scannedDataLayout;
};

/// Parses a HID report descriptor (HID 1.11 §6.2.2 short items; long items are skipped). Pure.
/// A descriptor cut off inside an item, or one popping more globals than it pushed, is an error
/// naming the byte offset.
[[nodiscard]] Result<HidDescriptorSummary> parseHidReportDescriptor(const QByteArray& descriptor);

} // namespace pos::devices
