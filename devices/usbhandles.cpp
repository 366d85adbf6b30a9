#include "devices/usbhandles.h"

#include <libusb.h>

namespace pos::devices::usb {

void ContextDeleter::operator()(libusb_context* c) const
{
    libusb_exit(c);
}
void HandleDeleter::operator()(libusb_device_handle* h) const
{
    libusb_close(h);
}
void TransferDeleter::operator()(libusb_transfer* t) const
{
    libusb_free_transfer(t);
}

} // namespace pos::devices::usb
