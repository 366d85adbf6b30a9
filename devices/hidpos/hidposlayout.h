#pragma once

#include <QtGlobal>

#include <optional>

namespace pos::devices {

/// Where a HID-POS scanner keeps one scan in its "Scanned Data Report". Offsets are bytes from the
/// start of the report as it comes off the interrupt IN endpoint, report ID included when the
/// device numbers its reports; -1 means the field is absent.
struct HidPosLayout
{
    int reportId = 2;            ///< first byte of the report; -1: the device sends no report ID
    int byteCountOffset = 1;     ///< how many data bytes are the scan's; -1: trailing NULs trimmed
    int symbologyOffset = 2;     ///< three bytes of AIM identifier ("]E0"); -1: none sent
    int dataOffset = 5;          ///< first byte of Decoded Data
    int dataCapacity = 56;       ///< Decoded Data bytes in one report
    int continuedOffset = 63;    ///< byte holding "Decode Data Continued"; -1: never continued
    quint8 continuedMask = 0x01; ///< the bit of that byte

    /// The smallest report that holds every field of the layout.
    [[nodiscard]] int minimumReportBytes() const;
    /// The layout of HID Point of Sale Usage Tables 1.02's Scanned Data Report as Honeywell (and
    /// most scanners that follow it) send it: report 2, byte count, 3 AIM bytes, 56 data bytes,
    /// 2 vendor bytes, continued flag in bit 0 of byte 63.
    [[nodiscard]] static HidPosLayout standard();

    friend bool operator==(const HidPosLayout&, const HidPosLayout&) = default;
};

/// A vendor's layout, as data. `productId` 0 matches every product of the vendor.
struct HidPosQuirk
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    const char* vendor = "";
    HidPosLayout layout;
    bool documented =
        false; ///< true: from vendor sources/traces (see hidposlayout.cpp); false: a guess
};

/// The quirk table (see hidposlayout.cpp for where each entry comes from).
[[nodiscard]] const HidPosQuirk* hidPosQuirks(int* count);

/// The layout to read a device with: its exact VID:PID quirk, else what its own report descriptor
/// says (`fromDescriptor`), else its vendor's quirk, else the standard layout.
[[nodiscard]] HidPosLayout chooseHidPosLayout(quint16 vendorId, quint16 productId,
                                              const std::optional<HidPosLayout>& fromDescriptor);

} // namespace pos::devices
