#pragma once

#include "devices/hidpos/hidposprobe.h"
#include "devices/readerbackedscanner.h"

#include <memory>

namespace pos::devices {

class HidPosReader;

/// A USB HID Point of Sale bar code scanner (usage page 0x8C) read over libusb: the interface is
/// found by its report descriptor, claimed (the kernel driver detached), and its interrupt IN
/// reports assembled by HidPosReportAssembler with the layout chooseHidPosLayout() picks. One
/// reader thread runs libusb's event loop; hot-plug callbacks (or a slow rescan where libusb has
/// no hot-plug) make unplug report availabilityChanged(false, …) and replug recover by itself.
/// Stop is an atomic flag, libusb_interrupt_event_handler() and a join.
/// Thread: construct, use and destroy on the owner thread; signals arrive there.
class HidPosScanner final : public ReaderBackedScanner
{
    Q_OBJECT
public:
    /// Starts at once; no scanner present (or libusb unusable) is reported, not fatal.
    HidPosScanner(const Clock& clock, UsbIdFilter filter, QObject* parent = nullptr);
    ~HidPosScanner() override;

    [[nodiscard]] QString deviceName() const override;

private:
    UsbIdFilter m_filter;
    std::unique_ptr<HidPosReader> m_reader;
};

} // namespace pos::devices
