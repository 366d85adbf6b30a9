#pragma once

#include "app/core/result.h"
#include "devices/hidpos/hidreportdescriptor.h"
#include "devices/usbhandles.h"

#include <QList>
#include <QString>

#include <optional>

struct libusb_device;

namespace pos::devices {

/// Which USB device a store configured ("hidpos:0c2e:0b8f"); unset parts match any.
struct UsbIdFilter
{
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;
};

/// One non-boot HID interface looked at for a scanner (what `devices list` prints).
struct HidPosCandidate
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString product; ///< USB product string, when readable
    int interfaceNumber = -1;
    bool barcodeScannerPage = false; ///< its report descriptor names usage page 0x8C
    QString problem;                 ///< why it could not be inspected (permissions, busy…)
};

/// An opened, claimed HID-POS interface, ready for interrupt IN transfers.
struct OpenedHidPos
{
    usb::HandlePtr handle;
    libusb_device* device = nullptr; ///< not owned; valid while `handle` is open
    HidPosCandidate info;
    quint8 inEndpoint = 0;
    int maxPacketBytes = 64;
    HidDescriptorSummary descriptor;
};

/// Every non-boot HID interface of the devices matching `filter`, each claimed just long enough to
/// read its report descriptor (the kernel driver is reattached afterwards). Runs on the caller's
/// thread with `ctx`.
[[nodiscard]] QList<HidPosCandidate> probeHidInterfaces(libusb_context* ctx,
                                                        const UsbIdFilter& filter);
/// Convenience for `devices list`: its own libusb context; an error when libusb cannot start.
[[nodiscard]] Result<QList<HidPosCandidate>> listHidPosCandidates();

/// Opens and claims the first interface matching `filter` whose report descriptor has usage page
/// 0x8C; an error naming why none could be opened (none present, no permission, busy).
[[nodiscard]] Result<OpenedHidPos> openHidPosScanner(libusb_context* ctx,
                                                     const UsbIdFilter& filter);

} // namespace pos::devices
