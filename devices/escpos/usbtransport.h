#pragma once

#include "devices/escpos/printertransport.h"
#include "devices/usbhandles.h"

namespace pos::devices {

/// A USB printer-class device (interface class 7) driven directly over libusb: finds the
/// interface and its bulk OUT and IN endpoints, detaches the kernel's usblp driver for as long as
/// it holds the interface (reattached on close), and moves bytes with bulk transfers. For
/// printers whose usblp node gives no status back, or where /dev/usb/lp* is not available.
/// Thread: the owner's.
class UsbTransport final : public PrinterTransport
{
public:
    /// `vendorId`/`productId` 0: the first printer-class device found.
    UsbTransport(quint16 vendorId, quint16 productId);
    ~UsbTransport() override;
    UsbTransport(const UsbTransport&) = delete;
    UsbTransport& operator=(const UsbTransport&) = delete;

    [[nodiscard]] QString describe() const override;
    [[nodiscard]] Status open(int timeoutMs) override;
    [[nodiscard]] Status write(const QByteArray& bytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> read(int timeoutMs) override;
    void close() override;

private:
    quint16 m_vendorId;
    quint16 m_productId;
    usb::ContextPtr m_context;
    usb::HandlePtr m_handle;
    int m_interface = -1;
    unsigned char m_outEndpoint = 0;
    unsigned char m_inEndpoint = 0; ///< 0: the printer has no back channel
    quint16 m_foundVendorId = 0;
    quint16 m_foundProductId = 0;
};

} // namespace pos::devices
