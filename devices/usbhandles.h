#pragma once

// RAII owners for libusb handles, shared by the HID-POS scanners and the USB printer transport.
// libusb's types are forward-declared: only .cpp files include <libusb.h>.

#include <memory>

struct libusb_context;
struct libusb_device_handle;
struct libusb_transfer;

namespace pos::devices::usb {

struct ContextDeleter
{
    void operator()(libusb_context* c) const;
};
struct HandleDeleter
{
    void operator()(libusb_device_handle* h) const;
};
struct TransferDeleter
{
    void operator()(libusb_transfer* t) const;
};

using ContextPtr = std::unique_ptr<libusb_context, ContextDeleter>;
using HandlePtr = std::unique_ptr<libusb_device_handle, HandleDeleter>;
using TransferPtr = std::unique_ptr<libusb_transfer, TransferDeleter>;

} // namespace pos::devices::usb
