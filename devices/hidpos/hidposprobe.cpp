#include "devices/hidpos/hidposprobe.h"

#include "devices/logging.h"

#include <QCoreApplication>

#include <libusb.h>

#include <functional>

namespace pos::devices {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HidPosScanner)
};

constexpr unsigned kControlTimeoutMs = 1000;
constexpr quint8 kDescriptorTypeReport = 0x22;

QString usbErrorText(int rc)
{
    return QString::fromUtf8(libusb_strerror(rc));
}

QString stringDescriptor(libusb_device_handle* h, quint8 index)
{
    if (index == 0)
        return {};
    unsigned char buf[256] = {};
    const int n = libusb_get_string_descriptor_ascii(h, index, buf, sizeof buf);
    return n > 0 ? QString::fromLatin1(reinterpret_cast<const char*>(buf), n) : QString();
}

/// GET_DESCRIPTOR(Report) for one interface, which must be claimed (usbfs refuses interface
/// requests on an interface another driver holds).
Result<QByteArray> readReportDescriptor(libusb_device_handle* h, int interfaceNumber)
{
    QByteArray buf(4096, '\0');
    const int n = libusb_control_transfer(
        h,
        quint8(int(LIBUSB_ENDPOINT_IN) | int(LIBUSB_REQUEST_TYPE_STANDARD)
               | int(LIBUSB_RECIPIENT_INTERFACE)),
        LIBUSB_REQUEST_GET_DESCRIPTOR, quint16(kDescriptorTypeReport << 8),
        quint16(interfaceNumber), reinterpret_cast<unsigned char*>(buf.data()), quint16(buf.size()),
        kControlTimeoutMs);
    if (n < 0)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("读取 HID 报告描述符失败（%1）").arg(usbErrorText(n)));
    buf.truncate(n);
    return buf;
}

/// One HID interface seen while walking the bus. Return true from the visitor to keep the
/// interface claimed and stop walking.
using Visitor =
    std::function<bool(libusb_device*, usb::HandlePtr&, const libusb_interface_descriptor&,
                       HidPosCandidate&, const HidDescriptorSummary*)>;

void walkHidInterfaces(libusb_context* ctx, const UsbIdFilter& filter, const Visitor& visit)
{
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(ctx, &list);
    if (count < 0)
        return;
    const std::unique_ptr<libusb_device*, void (*)(libusb_device**)> owned(
        list, [](libusb_device** l) { libusb_free_device_list(l, 1); });
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device* dev = list[i];
        libusb_device_descriptor dd{};
        if (libusb_get_device_descriptor(dev, &dd) != 0)
            continue;
        if ((filter.vendorId && dd.idVendor != *filter.vendorId)
            || (filter.productId && dd.idProduct != *filter.productId))
            continue;
        libusb_config_descriptor* config = nullptr;
        if (libusb_get_active_config_descriptor(dev, &config) != 0)
            continue;
        const std::unique_ptr<libusb_config_descriptor, void (*)(libusb_config_descriptor*)>
            ownedConfig(config, libusb_free_config_descriptor);
        usb::HandlePtr handle;
        for (int n = 0; n < config->bNumInterfaces; ++n) {
            if (config->interface[n].num_altsetting < 1)
                continue;
            const libusb_interface_descriptor& alt = config->interface[n].altsetting[0];
            // Boot keyboards and mice (protocol 1, 2) are never HID-POS; claiming them would take
            // the installer's keyboard away for a moment.
            if (alt.bInterfaceClass != LIBUSB_CLASS_HID || alt.bInterfaceProtocol != 0)
                continue;
            HidPosCandidate c;
            c.vendorId = dd.idVendor;
            c.productId = dd.idProduct;
            c.interfaceNumber = alt.bInterfaceNumber;
            if (!handle) {
                libusb_device_handle* raw = nullptr;
                if (const int rc = libusb_open(dev, &raw); rc != 0) {
                    c.problem =
                        rc == LIBUSB_ERROR_ACCESS ? Tr::tr(
                            "无权限（需 udev 规则 60-pharmapos-scanners.rules 与 plugdev 组）")
                                                  : usbErrorText(rc);
                    visit(dev, handle, alt, c, nullptr);
                    continue;
                }
                handle.reset(raw);
                libusb_set_auto_detach_kernel_driver(raw, 1);
            }
            c.product = stringDescriptor(handle.get(), dd.iProduct);
            if (const int rc = libusb_claim_interface(handle.get(), alt.bInterfaceNumber);
                rc != 0) {
                c.problem =
                    rc == LIBUSB_ERROR_BUSY ? Tr::tr("接口被其他程序占用") : usbErrorText(rc);
                visit(dev, handle, alt, c, nullptr);
                continue;
            }
            Result<QByteArray> raw = readReportDescriptor(handle.get(), alt.bInterfaceNumber);
            Result<HidDescriptorSummary> summary =
                raw ? parseHidReportDescriptor(*raw) : Result<HidDescriptorSummary>(raw.error());
            if (!summary)
                c.problem = summary.error().message;
            else
                c.barcodeScannerPage = summary->hasBarcodeScannerPage;
            if (visit(dev, handle, alt, c, summary ? &summary.value() : nullptr))
                return; // the visitor keeps the claimed interface (and the handle)
            libusb_release_interface(handle.get(), alt.bInterfaceNumber); // reattaches the driver
        }
    }
}

} // namespace

QList<HidPosCandidate> probeHidInterfaces(libusb_context* ctx, const UsbIdFilter& filter)
{
    QList<HidPosCandidate> out;
    walkHidInterfaces(ctx, filter,
                      [&](libusb_device*, usb::HandlePtr&, const libusb_interface_descriptor&,
                          HidPosCandidate& c, const HidDescriptorSummary*) {
                          out.append(c);
                          return false;
                      });
    return out;
}

Result<QList<HidPosCandidate>> listHidPosCandidates()
{
    libusb_context* raw = nullptr;
    if (const int rc = libusb_init(&raw); rc != 0)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("libusb 无法初始化（%1）").arg(usbErrorText(rc)));
    const usb::ContextPtr ctx(raw);
    return probeHidInterfaces(ctx.get(), {});
}

Result<OpenedHidPos> openHidPosScanner(libusb_context* ctx, const UsbIdFilter& filter)
{
    std::optional<OpenedHidPos> opened;
    QStringList problems;
    walkHidInterfaces(ctx, filter,
                      [&](libusb_device* dev, usb::HandlePtr& handle,
                          const libusb_interface_descriptor& alt, HidPosCandidate& c,
                          const HidDescriptorSummary* summary) {
                          if (!c.problem.isEmpty()) {
                              problems.append(QStringLiteral("%1:%2 %3")
                                                  .arg(c.vendorId, 4, 16, QLatin1Char('0'))
                                                  .arg(c.productId, 4, 16, QLatin1Char('0'))
                                                  .arg(c.problem));
                              return false;
                          }
                          if (!summary || !summary->hasBarcodeScannerPage)
                              return false;
                          for (int e = 0; e < alt.bNumEndpoints; ++e) {
                              const libusb_endpoint_descriptor& ep = alt.endpoint[e];
                              if ((ep.bEndpointAddress & LIBUSB_ENDPOINT_IN)
                                  && (ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK)
                                         == LIBUSB_TRANSFER_TYPE_INTERRUPT) {
                                  OpenedHidPos o;
                                  o.device = dev;
                                  o.info = c;
                                  o.inEndpoint = ep.bEndpointAddress;
                                  o.maxPacketBytes = ep.wMaxPacketSize;
                                  o.descriptor = *summary;
                                  o.handle = std::move(handle);
                                  opened = std::move(o);
                                  return true;
                              }
                          }
                          return false;
                      });
    if (opened)
        return std::move(*opened);
    if (!problems.isEmpty())
        return makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("找到 USB HID 设备但无法读取：%1").arg(problems.join(QStringLiteral("；"))));
    return makeError(ErrorCode::DeviceFailure,
                     Tr::tr("未找到 HID-POS 扫码枪（USB HID 用法页 0x8C）"));
}

} // namespace pos::devices
