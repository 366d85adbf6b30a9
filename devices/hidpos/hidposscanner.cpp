#include "devices/hidpos/hidposscanner.h"

#include "devices/hidpos/hidposreportassembler.h"
#include "devices/logging.h"

#include <libusb.h>

#include <atomic>
#include <thread>

namespace pos::devices {

namespace {

QString idText(quint16 vid, quint16 pid)
{
    return QStringLiteral("%1:%2")
        .arg(vid, 4, 16, QLatin1Char('0'))
        .arg(pid, 4, 16, QLatin1Char('0'));
}

constexpr int kRescanWithoutHotplugSeconds = 2;

} // namespace

/// The reader thread and everything libusb it touches. Only run() and libusb's callbacks (which
/// libusb calls from run()'s event handling) touch the device state.
class HidPosReader
{
public:
    HidPosReader(HidPosScanner& owner, UsbIdFilter filter)
        : m_owner(owner)
        , m_filter(filter)
    {
        libusb_context* raw = nullptr;
        if (const int rc = libusb_init(&raw); rc != 0) {
            m_owner.postAvailability(
                false, HidPosScanner::tr("libusb 无法初始化（%1），HID-POS 扫码枪不可用")
                           .arg(QString::fromUtf8(libusb_strerror(rc))));
            return;
        }
        m_ctx.reset(raw);
        m_thread = std::jthread([this] { run(); });
    }

    ~HidPosReader()
    {
        if (!m_thread.joinable())
            return;
        m_stop = true;
        libusb_interrupt_event_handler(m_ctx.get());
        m_thread.join();
    }

private:
    void run()
    {
        const bool hotplug = libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG);
        libusb_hotplug_callback_handle hotplugHandle = 0;
        if (hotplug) {
            libusb_hotplug_register_callback(
                m_ctx.get(),
                libusb_hotplug_event(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED
                                     | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
                LIBUSB_HOTPLUG_NO_FLAGS,
                m_filter.vendorId ? *m_filter.vendorId : LIBUSB_HOTPLUG_MATCH_ANY,
                m_filter.productId ? *m_filter.productId : LIBUSB_HOTPLUG_MATCH_ANY,
                LIBUSB_HOTPLUG_MATCH_ANY, &HidPosReader::onHotplug, this, &hotplugHandle);
        }
        bool rescan = true;
        while (!m_stop) {
            if (m_deviceLeft || m_transferDead) {
                closeDevice(m_deviceLeft ? HidPosScanner::tr("HID-POS 扫码枪已拔出")
                                         : HidPosScanner::tr("HID-POS 扫码枪读取中断"));
                rescan = true;
            }
            if (m_arrived) {
                m_arrived = false;
                rescan = true;
            }
            if (rescan && !m_open) {
                rescan = false;
                tryOpen();
            }
            // Blocks until a transfer completes, a hot-plug event, or the stop interrupt; without
            // hot-plug it wakes every few seconds to look for the scanner again.
            timeval tv{hotplug ? 3600 : kRescanWithoutHotplugSeconds, 0};
            libusb_handle_events_timeout_completed(m_ctx.get(), &tv, nullptr);
            if (!hotplug && !m_open)
                rescan = true;
        }
        closeDevice({});
        if (hotplug)
            libusb_hotplug_deregister_callback(m_ctx.get(), hotplugHandle);
    }

    void tryOpen()
    {
        Result<OpenedHidPos> opened = openHidPosScanner(m_ctx.get(), m_filter);
        if (!opened) {
            if (opened.error().message != m_lastProblem) // say it once, not at every rescan
                qCWarning(lcHidPos) << opened.error().message;
            m_lastProblem = opened.error().message;
            m_owner.postAvailability(false, opened.error().message);
            return;
        }
        m_lastProblem.clear();
        m_dev = std::move(opened).value();
        const HidPosLayout layout = chooseHidPosLayout(m_dev.info.vendorId, m_dev.info.productId,
                                                       m_dev.descriptor.scannedDataLayout);
        m_assembler = HidPosReportAssembler(layout);
        const int reportBytes =
            std::max({m_dev.maxPacketBytes, layout.minimumReportBytes(),
                      m_dev.descriptor.inputReportBytes.value(std::max(0, layout.reportId))});
        m_buffer.assign(size_t(reportBytes), 0);
        m_transfer.reset(libusb_alloc_transfer(0));
        libusb_fill_interrupt_transfer(m_transfer.get(), m_dev.handle.get(), m_dev.inEndpoint,
                                       m_buffer.data(), reportBytes, &HidPosReader::onTransfer,
                                       this, 0);
        if (const int rc = libusb_submit_transfer(m_transfer.get()); rc != 0) {
            const QString why = HidPosScanner::tr("HID-POS 扫码枪无法读取（%1）")
                                    .arg(QString::fromUtf8(libusb_strerror(rc)));
            m_transfer.reset();
            releaseDevice();
            m_owner.postAvailability(false, why);
            return;
        }
        m_open = true;
        m_transferActive = true;
        const QString name = m_dev.info.product.isEmpty()
                                 ? idText(m_dev.info.vendorId, m_dev.info.productId)
                                 : m_dev.info.product;
        qCInfo(lcHidPos) << "reading" << idText(m_dev.info.vendorId, m_dev.info.productId) << name
                         << "interface" << m_dev.info.interfaceNumber << "report"
                         << layout.reportId;
        m_owner.postAvailability(true,
                                 HidPosScanner::tr("HID-POS 扫码枪已连接：%1（USB %2）")
                                     .arg(name, idText(m_dev.info.vendorId, m_dev.info.productId)));
    }

    void closeDevice(const QString& why)
    {
        m_deviceLeft = false;
        m_transferDead = false;
        if (!m_open)
            return;
        if (m_transferActive && libusb_cancel_transfer(m_transfer.get()) == 0) {
            while (m_transferActive) // until onTransfer sees the cancellation
                libusb_handle_events_completed(m_ctx.get(), nullptr);
        }
        m_transferActive = false;
        m_transfer.reset();
        releaseDevice();
        m_assembler.reset();
        m_open = false;
        if (!why.isEmpty()) {
            qCInfo(lcHidPos) << why;
            m_owner.postAvailability(false, why);
        }
    }

    void releaseDevice()
    {
        if (m_dev.handle)
            libusb_release_interface(m_dev.handle.get(), m_dev.info.interfaceNumber); // driver back
        m_dev = OpenedHidPos{};
    }

    static void LIBUSB_CALL onTransfer(libusb_transfer* t)
    {
        auto* self = static_cast<HidPosReader*>(t->user_data);
        if (t->status == LIBUSB_TRANSFER_COMPLETED) {
            self->onReport(QByteArray(reinterpret_cast<const char*>(t->buffer), t->actual_length));
            if (!self->m_stop && libusb_submit_transfer(t) == 0)
                return;
        } else if (t->status == LIBUSB_TRANSFER_TIMED_OUT) {
            if (libusb_submit_transfer(t) == 0)
                return;
        }
        self->m_transferActive = false;
        if (t->status != LIBUSB_TRANSFER_CANCELLED)
            self->m_transferDead = true; // NO_DEVICE, ERROR, STALL, OVERFLOW: close and look again
    }

    void onReport(const QByteArray& report)
    {
        Result<std::optional<HidPosScan>> r = m_assembler.feed(report);
        if (!r) {
            qCWarning(lcHidPos) << r.error().message << report.toHex(' ');
            return;
        }
        if (const std::optional<HidPosScan>& scan = *r) {
            qCDebug(lcHidPos) << "scan of" << scan->payload.size() << "bytes" << scan->symbologyId;
            m_owner.postScan(scan->payload, scan->symbologyId);
        }
    }

    static int LIBUSB_CALL onHotplug(libusb_context*, libusb_device* dev,
                                     libusb_hotplug_event event, void* user)
    {
        // Only flags here: libusb advises against opening devices inside the callback.
        auto* self = static_cast<HidPosReader*>(user);
        if (event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED)
            self->m_arrived = true;
        else if (self->m_open && dev == self->m_dev.device)
            self->m_deviceLeft = true;
        return 0;
    }

    HidPosScanner& m_owner;
    UsbIdFilter m_filter;
    usb::ContextPtr m_ctx;
    OpenedHidPos m_dev;
    usb::TransferPtr m_transfer;
    std::vector<unsigned char> m_buffer;
    HidPosReportAssembler m_assembler;
    QString m_lastProblem;
    bool m_open = false;
    bool m_transferActive = false;
    bool m_transferDead = false;
    bool m_deviceLeft = false;
    bool m_arrived = false;
    std::atomic<bool> m_stop = false;
    std::jthread m_thread; // last: started after everything above exists, joined first
};

HidPosScanner::HidPosScanner(const Clock& clock, UsbIdFilter filter, QObject* parent)
    : ReaderBackedScanner(clock,
                          QStringLiteral("hidpos")
                              + (filter.vendorId ? QStringLiteral(":%1").arg(*filter.vendorId, 4,
                                                                             16, QLatin1Char('0'))
                                                 : QString())
                              + (filter.productId ? QStringLiteral(":%1").arg(*filter.productId, 4,
                                                                              16, QLatin1Char('0'))
                                                  : QString()),
                          parent)
    , m_filter(filter)
    , m_reader(std::make_unique<HidPosReader>(*this, filter))
{
}

HidPosScanner::~HidPosScanner() = default;

QString HidPosScanner::deviceName() const
{
    if (m_filter.vendorId && m_filter.productId)
        return tr("HID-POS 扫码枪（USB %1）").arg(idText(*m_filter.vendorId, *m_filter.productId));
    return tr("HID-POS 扫码枪");
}

} // namespace pos::devices
