#include "devices/hidpos/hidposlayout.h"

#include <algorithm>
#include <iterator>

namespace pos::devices {

int HidPosLayout::minimumReportBytes() const
{
    int end = dataOffset + dataCapacity;
    for (int offset : {reportId >= 0 ? 0 : -1, byteCountOffset, continuedOffset})
        end = std::max(end, offset + 1);
    if (symbologyOffset >= 0)
        end = std::max(end, symbologyOffset + 3);
    return end;
}

HidPosLayout HidPosLayout::standard()
{
    return HidPosLayout{};
}

namespace {

// Sources of the documented layout (report 2: [0] id, [1] byte count, [2..4] AIM symbology id,
// [5..60] 56 bytes of Decoded Data, [61..62] Honeywell code id, [63] bit 0 "Decode Data Continued"):
//  - Honeywell's Android HID-POS reader (AndroidHidPos.cpp, "Copyright Honeywell International Inc.
//    2018"): struct barcode { ucReportId; ucLength; ucAIM[3]; ucContent[56]; ucHHP[2]; ucFlags;
//    /* Bit0=Decode Data Continued */ }.
//  - Honeywell scanner firmware's HID POS report descriptor (usb2hidkbd.cpp,
//    usb_report_descrBPCMacJap; copied into tests/devices/tst_hidreportdescriptor.cpp).
//  - HenkVanAsselt/python_hon_usbhid README.md: a captured report "[2, 56, 93, 88, 48, …]"
//    = report 2, 56 bytes, "]X0".
//  - NielsLeenheer/WebHidBarcodeScanner src/main.js: Honeywell (0x0c2e) report 2, length at data
//    byte 0, AIM at 1..3, data from 4, continued flag at data byte 62 (= report byte 63).
// The other vendors' HID-POS modes are built to the same USB-IF usage tables, but no captured
// report of theirs was at hand: their entries are the standard layout, marked as guesses, so a
// store that sees garbled scans knows where to look (and the descriptor, when it describes the
// report, wins over a vendor-wide guess).
const HidPosQuirk kQuirks[] = {
    {0x0c2e, 0, "Honeywell / Metrologic", HidPosLayout::standard(), true},
    {0x05e0, 0, "Zebra / Symbol", HidPosLayout::standard(), false},
    {0x05f9, 0, "Datalogic", HidPosLayout::standard(), false},
    {0x1eab, 0, "Newland", HidPosLayout::standard(), false},
};

} // namespace

const HidPosQuirk* hidPosQuirks(int* count)
{
    *count = int(std::size(kQuirks));
    return kQuirks;
}

HidPosLayout chooseHidPosLayout(quint16 vendorId, quint16 productId,
                                const std::optional<HidPosLayout>& fromDescriptor)
{
    const auto exact =
        std::find_if(std::begin(kQuirks), std::end(kQuirks), [&](const HidPosQuirk& q) {
            return q.vendorId == vendorId && q.productId == productId && productId != 0;
        });
    if (exact != std::end(kQuirks))
        return exact->layout;
    if (fromDescriptor)
        return *fromDescriptor;
    const auto vendor =
        std::find_if(std::begin(kQuirks), std::end(kQuirks), [&](const HidPosQuirk& q) {
            return q.vendorId == vendorId && q.productId == 0;
        });
    return vendor != std::end(kQuirks) ? vendor->layout : HidPosLayout::standard();
}

} // namespace pos::devices
