#include "devices/escpos/usbtransport.h"

#include "devices/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <libusb.h>

namespace pos::devices {

namespace {
/// Translation context "UsbTransport" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsbTransport)
};

QString usbError(int code)
{
    return QString::fromUtf8(libusb_strerror(code));
}

QString ids(quint16 vid, quint16 pid)
{
    return QStringLiteral("%1:%2")
        .arg(vid, 4, 16, QLatin1Char('0'))
        .arg(pid, 4, 16, QLatin1Char('0'));
}

struct ConfigDeleter
{
    void operator()(libusb_config_descriptor* c) const { libusb_free_config_descriptor(c); }
};

/// The printer-class interface of one device and its bulk endpoints, if it has one.
struct PrinterInterface
{
    int number = -1;
    int altSetting = 0;
    unsigned char out = 0;
    unsigned char in = 0;
};

PrinterInterface findPrinterInterface(libusb_device* device)
{
    libusb_config_descriptor* raw = nullptr;
    if (libusb_get_active_config_descriptor(device, &raw) != LIBUSB_SUCCESS)
        return {};
    const std::unique_ptr<libusb_config_descriptor, ConfigDeleter> config(raw);
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface& itf = config->interface[i];
        for (int a = 0; a < itf.num_altsetting; ++a) {
            const libusb_interface_descriptor& d = itf.altsetting[a];
            if (d.bInterfaceClass != LIBUSB_CLASS_PRINTER)
                continue;
            PrinterInterface found{d.bInterfaceNumber, d.bAlternateSetting, 0, 0};
            for (int e = 0; e < d.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor& ep = d.endpoint[e];
                if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_BULK)
                    continue;
                if (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN)
                    found.in = ep.bEndpointAddress;
                else
                    found.out = ep.bEndpointAddress;
            }
            // Prefer the bidirectional setting (protocol 2) over a unidirectional one.
            if (found.out != 0 && (found.in != 0 || a + 1 == itf.num_altsetting))
                return found;
        }
    }
    return {};
}
} // namespace

UsbTransport::UsbTransport(quint16 vendorId, quint16 productId)
    : m_vendorId(vendorId)
    , m_productId(productId)
{
}

UsbTransport::~UsbTransport()
{
    close();
}

QString UsbTransport::describe() const
{
    if (m_foundVendorId != 0)
        return QStringLiteral("usb ") + ids(m_foundVendorId, m_foundProductId);
    return m_vendorId != 0 ? QStringLiteral("usb ") + ids(m_vendorId, m_productId)
                           : QStringLiteral("usb");
}

Status UsbTransport::open(int)
{
    if (m_handle)
        return {};
    if (!m_context) {
        libusb_context* ctx = nullptr;
        const int rc = libusb_init(&ctx);
        if (rc != LIBUSB_SUCCESS)
            return makeError(ErrorCode::DeviceFailure,
                             Tr::tr("libusb 初始化失败：%1").arg(usbError(rc)));
        m_context.reset(ctx);
    }
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context.get(), &list);
    if (count < 0)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("无法列出 USB 设备：%1").arg(usbError(int(count))));
    QString failure;
    for (ssize_t i = 0; i < count && !m_handle; ++i) {
        libusb_device_descriptor desc{};
        if (libusb_get_device_descriptor(list[i], &desc) != LIBUSB_SUCCESS)
            continue;
        if (m_vendorId != 0 && (desc.idVendor != m_vendorId || desc.idProduct != m_productId))
            continue;
        const PrinterInterface itf = findPrinterInterface(list[i]);
        if (itf.number < 0)
            continue;
        libusb_device_handle* raw = nullptr;
        int rc = libusb_open(list[i], &raw);
        if (rc != LIBUSB_SUCCESS) {
            failure = Tr::tr("打开 %1 失败：%2（需要 udev 规则给予访问权限）")
                          .arg(ids(desc.idVendor, desc.idProduct), usbError(rc));
            continue;
        }
        usb::HandlePtr handle(raw);
        // usblp holds the interface; libusb detaches it on claim and gives it back on release.
        (void)libusb_set_auto_detach_kernel_driver(handle.get(), 1);
        rc = libusb_claim_interface(handle.get(), itf.number);
        if (rc == LIBUSB_SUCCESS && itf.altSetting != 0)
            rc = libusb_set_interface_alt_setting(handle.get(), itf.number, itf.altSetting);
        if (rc != LIBUSB_SUCCESS) {
            failure = Tr::tr("占用 %1 的打印接口失败：%2")
                          .arg(ids(desc.idVendor, desc.idProduct), usbError(rc));
            continue;
        }
        m_handle = std::move(handle);
        m_interface = itf.number;
        m_outEndpoint = itf.out;
        m_inEndpoint = itf.in;
        m_foundVendorId = desc.idVendor;
        m_foundProductId = desc.idProduct;
        qCInfo(lcPrinterEscPos) << "usb printer" << describe() << "interface" << itf.number << "out"
                                << itf.out << "in" << itf.in;
    }
    libusb_free_device_list(list, 1);
    if (m_handle)
        return {};
    if (failure.isEmpty())
        failure = m_vendorId != 0
                      ? Tr::tr("没有找到 USB 打印机 %1").arg(ids(m_vendorId, m_productId))
                      : Tr::tr("没有找到 USB 打印机（接口类 7）");
    return makeError(ErrorCode::DeviceFailure, failure);
}

Status UsbTransport::write(const QByteArray& bytes, int timeoutMs)
{
    if (!m_handle)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("USB 打印机未打开"));
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype done = 0;
    while (done < bytes.size()) {
        int sent = 0;
        const int chunk = int(qMin<qsizetype>(bytes.size() - done, 16 * 1024));
        const int rc = libusb_bulk_transfer(
            m_handle.get(), m_outEndpoint,
            reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.constData() + done)), chunk,
            &sent, unsigned(qMax<qint64>(1, deadline.remainingTime())));
        done += sent;
        if (rc != LIBUSB_SUCCESS
            && !(rc == LIBUSB_ERROR_TIMEOUT && sent > 0 && !deadline.hasExpired())) {
            const QString why = usbError(rc);
            close();
            return makeError(ErrorCode::DeviceFailure,
                             Tr::tr("向 %1 发送失败（已发 %2/%3 字节）：%4")
                                 .arg(describe())
                                 .arg(done)
                                 .arg(bytes.size())
                                 .arg(why));
        }
    }
    return {};
}

Result<QByteArray> UsbTransport::read(int timeoutMs)
{
    if (!m_handle)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("USB 打印机未打开"));
    if (m_inEndpoint == 0)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("%1 没有回传端点，不能回报状态：请设 printer_reports_status = no")
                             .arg(describe()));
    QByteArray buf(512, Qt::Uninitialized);
    int got = 0;
    const int rc = libusb_bulk_transfer(m_handle.get(), m_inEndpoint,
                                        reinterpret_cast<unsigned char*>(buf.data()),
                                        int(buf.size()), &got, unsigned(qMax(1, timeoutMs)));
    if (rc != LIBUSB_SUCCESS && rc != LIBUSB_ERROR_TIMEOUT) {
        const QString why = usbError(rc);
        close();
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("从 %1 读取失败：%2").arg(describe(), why));
    }
    buf.truncate(got);
    return buf;
}

void UsbTransport::close()
{
    if (m_handle && m_interface >= 0)
        (void)libusb_release_interface(m_handle.get(), m_interface);
    m_handle.reset();
    m_interface = -1;
}

} // namespace pos::devices
