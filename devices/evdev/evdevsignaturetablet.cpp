#include "devices/evdev/evdevsignaturetablet.h"

#include "devices/devicenodewatcher.h"
#include "devices/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace pos::devices {

namespace {

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

bool testBit(const unsigned char* bits, int bit)
{
    return (bits[bit / 8] >> (bit % 8)) & 1;
}

} // namespace

/// Lives on the reader thread: owns the node, the grab and the decoder.
class EvdevTabletReader final : public QObject
{
public:
    EvdevTabletReader(EvdevSignatureTablet& owner, EvdevTabletOptions options)
        : m_owner(owner)
        , m_options(std::move(options))
    {
    }
    ~EvdevTabletReader() override { closeDevice(); }

    void begin()
    {
        m_watcher = new DeviceNodeWatcher(m_options.path, m_options.reopenRetryMs, this);
        connect(m_watcher, &DeviceNodeWatcher::appeared, this, &EvdevTabletReader::open);
        open();
    }

private:
    void fail(const QString& why)
    {
        if (why != std::exchange(m_lastProblem, why)) // once per reason, not at every retry
            qCWarning(lcEvdev) << why;
        if (m_decoder)
            if (QList<PenEvent> up = m_decoder->reset(); !up.isEmpty())
                m_owner.postPen(up);
        closeDevice();
        m_owner.postAvailability(false, why, 0);
        m_watcher->start();
    }

    /// The surface the device reports; nullopt (with `why`) when it is no pen tablet.
    std::optional<PenSurface> querySurface(int fd, double& aspect, QString& why) const
    {
        input_absinfo ax{};
        input_absinfo ay{};
        if (::ioctl(fd, EVIOCGABS(ABS_X), &ax) < 0 || ::ioctl(fd, EVIOCGABS(ABS_Y), &ay) < 0) {
            why = EvdevSignatureTablet::tr("%1 不是签名板（没有绝对坐标 ABS_X/ABS_Y）")
                      .arg(m_options.path);
            return std::nullopt;
        }
        PenSurface s;
        s.x = {ax.minimum, ax.maximum};
        s.y = {ay.minimum, ay.maximum};
        if (!s.x.isValid() || !s.y.isValid()) {
            why = EvdevSignatureTablet::tr("%1 报告的坐标范围无效").arg(m_options.path);
            return std::nullopt;
        }
        std::array<unsigned char, KEY_MAX / 8 + 1> keys{};
        const bool hasTouch = ::ioctl(fd, EVIOCGBIT(EV_KEY, keys.size()), keys.data()) >= 0
                              && testBit(keys.data(), BTN_TOUCH);
        input_absinfo ap{};
        if (!hasTouch && ::ioctl(fd, EVIOCGABS(ABS_PRESSURE), &ap) >= 0 && ap.maximum > 0)
            s.pressureThreshold = std::max(1, ap.maximum / 20); // a light touch, not a hover
        if (!hasTouch && s.pressureThreshold == 0) {
            why = EvdevSignatureTablet::tr("%1 不是签名板（既无 BTN_TOUCH 也无压力）")
                      .arg(m_options.path);
            return std::nullopt;
        }
        // Physical proportions where the device states its resolution (units per mm).
        const double w = double(ax.maximum - ax.minimum) / (ax.resolution > 0 ? ax.resolution : 1);
        const double h = double(ay.maximum - ay.minimum) / (ay.resolution > 0 ? ay.resolution : 1);
        aspect = w / h;
        return s;
    }

    void open()
    {
        const QByteArray path = QFile::encodeName(m_options.path);
        const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            const int err = errno;
            fail(err == EACCES ? EvdevSignatureTablet::tr(
                                     "无权读取签名板 %1（需 udev 规则 60-pharmapos-scanners.rules "
                                     "与 plugdev 组）")
                                     .arg(m_options.path)
                               : EvdevSignatureTablet::tr("签名板 %1 未连接（%2）")
                                     .arg(m_options.path, errnoText(err)));
            return;
        }
        m_fd = fd;
        struct stat st
        {
        };
        const bool device = ::fstat(fd, &st) == 0 && S_ISCHR(st.st_mode);
        double aspect = 0;
        std::optional<PenSurface> surface = m_options.surface;
        if (surface) {
            aspect = double(surface->x.maximum - surface->x.minimum)
                     / double(surface->y.maximum - surface->y.minimum);
        } else {
            QString why;
            surface = device ? querySurface(fd, aspect, why) : std::nullopt;
            if (!surface) {
                fail(why.isEmpty() ? EvdevSignatureTablet::tr("%1 不是输入设备，须给出坐标范围")
                                         .arg(m_options.path)
                                   : why);
                return;
            }
        }
        if (device && ::ioctl(fd, EVIOCGRAB, 1) < 0) {
            const int err = errno;
            fail(EvdevSignatureTablet::tr("无法独占签名板 %1（%2）：是否有其他程序已独占？")
                     .arg(m_options.path, errnoText(err)));
            return;
        }
        m_grabbed = device;
        m_decoder.emplace(*surface);
        m_pending.clear();
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &EvdevTabletReader::readEvents);
        char name[256] = {};
        if (!device || ::ioctl(fd, EVIOCGNAME(sizeof name - 1), name) < 0)
            std::strcpy(name, "evdev");
        qCInfo(lcEvdev) << "signature pad" << m_options.path << name;
        m_lastProblem.clear();
        m_owner.postAvailability(
            true, EvdevSignatureTablet::tr("签名板已连接：%1").arg(QString::fromUtf8(name)),
            aspect);
    }

    void closeDevice()
    {
        delete m_notifier;
        m_notifier = nullptr;
        if (m_fd >= 0) {
            if (m_grabbed)
                ::ioctl(m_fd, EVIOCGRAB, 0);
            ::close(m_fd);
        }
        m_fd = -1;
        m_grabbed = false;
    }

    void readEvents()
    {
        std::array<char, 64 * sizeof(input_event)> buf{};
        QList<PenEvent> out;
        for (;;) {
            const ssize_t n = ::read(m_fd, buf.data(), buf.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                break;
            if (n <= 0) {
                const int err = n < 0 ? errno : ENODEV;
                if (!out.isEmpty())
                    m_owner.postPen(out);
                fail(err == ENODEV
                         ? EvdevSignatureTablet::tr("签名板 %1 已拔出").arg(m_options.path)
                         : EvdevSignatureTablet::tr("读取签名板 %1 失败（%2）")
                               .arg(m_options.path, errnoText(err)));
                return;
            }
            // Whole records only: a FIFO may hand over part of one.
            m_pending.append(buf.data(), n);
            const qsizetype whole = m_pending.size() / qsizetype(sizeof(input_event));
            for (qsizetype i = 0; i < whole; ++i) {
                input_event ev{};
                std::memcpy(&ev, m_pending.constData() + i * sizeof(input_event), sizeof ev);
                out.append(m_decoder->feed(ev.type, ev.code, ev.value));
            }
            m_pending.remove(0, whole * qsizetype(sizeof(input_event)));
            // A device that never pauses (a flood through a FIFO) is handed over in batches,
            // not held here without bound.
            if (out.size() >= 256)
                m_owner.postPen(std::exchange(out, {}));
        }
        if (!out.isEmpty())
            m_owner.postPen(out);
    }

    EvdevSignatureTablet& m_owner;
    EvdevTabletOptions m_options;
    std::optional<EvdevPenDecoder> m_decoder;
    QByteArray m_pending;
    int m_fd = -1;
    bool m_grabbed = false;
    QSocketNotifier* m_notifier = nullptr;
    DeviceNodeWatcher* m_watcher = nullptr;
    QString m_lastProblem;
};

EvdevSignatureTablet::EvdevSignatureTablet(EvdevTabletOptions options, QObject* parent)
    : SignatureTablet(parent)
    , m_options(options)
    , m_thread(QStringLiteral("evdev-tablet"))
{
    auto* reader = new EvdevTabletReader(*this, std::move(options));
    m_thread.start(reader, [reader] { reader->begin(); });
}

EvdevSignatureTablet::~EvdevSignatureTablet() = default;

QString EvdevSignatureTablet::deviceName() const
{
    return tr("签名板（%1）").arg(QFileInfo(m_options.path).fileName());
}

void EvdevSignatureTablet::postPen(const QList<PenEvent>& events)
{
    QMetaObject::invokeMethod(
        this, [this, events] { deliverPen(events); }, Qt::QueuedConnection);
}

void EvdevSignatureTablet::postAvailability(bool available, const QString& text, double aspect)
{
    QMetaObject::invokeMethod(
        this, [this, available, text, aspect] { deliverAvailability(available, text, aspect); },
        Qt::QueuedConnection);
}

void EvdevSignatureTablet::deliverPen(const QList<PenEvent>& events)
{
    for (const PenEvent& e : events) {
        switch (e.kind) {
        case PenEvent::Kind::Down: Q_EMIT penDown(e.at); break;
        case PenEvent::Kind::Move: Q_EMIT penMoved(e.at); break;
        case PenEvent::Kind::Up: Q_EMIT penUp(); break;
        }
    }
}

void EvdevSignatureTablet::deliverAvailability(bool available, const QString& text, double aspect)
{
    if (available && aspect > 0)
        m_aspect = aspect;
    const bool same = m_available == available && m_availabilityText == text;
    m_available = available;
    m_availabilityText = text;
    if (same)
        return; // still missing for the same reason: said once
    Q_EMIT availabilityChanged(available, text);
}

} // namespace pos::devices
