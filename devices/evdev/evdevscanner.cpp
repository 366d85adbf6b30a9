#include "devices/evdev/evdevscanner.h"

#include "devices/aimprefix.h"
#include "devices/devicenodewatcher.h"
#include "devices/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <fcntl.h>
#include <libevdev/libevdev.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>

namespace pos::devices {

namespace {

struct EvdevDeleter
{
    void operator()(libevdev* dev) const
    {
        libevdev_grab(dev, LIBEVDEV_UNGRAB);
        libevdev_free(dev);
    }
};

/// An owned file descriptor.
class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd)
        : m_fd(fd)
    {
    }
    ~Fd() { reset(); }
    Fd(Fd&& o) noexcept
        : m_fd(std::exchange(o.m_fd, -1))
    {
    }
    Fd& operator=(Fd&& o) noexcept
    {
        reset();
        m_fd = std::exchange(o.m_fd, -1);
        return *this;
    }
    [[nodiscard]] int get() const { return m_fd; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

qint64 monotonicUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace

/// Lives on the reader thread: owns the node, the grab and the decoder.
class EvdevReader final : public QObject
{
public:
    EvdevReader(EvdevScanner& owner, EvdevScannerOptions options)
        : m_owner(owner)
        , m_options(std::move(options))
        , m_decoder(m_options.decoder)
    {
    }
    ~EvdevReader() override { closeDevice(); }

    void begin()
    {
        m_watcher = new DeviceNodeWatcher(m_options.path, m_options.reopenRetryMs, this);
        connect(m_watcher, &DeviceNodeWatcher::appeared, this, &EvdevReader::open);
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, &EvdevReader::expire);
        open();
    }

private:
    void fail(const QString& why)
    {
        if (why != std::exchange(m_lastProblem, why)) // once per reason, not at every retry
            qCWarning(lcEvdev) << why;
        closeDevice();
        m_owner.postAvailability(false, why);
        m_watcher->start();
    }

    void open()
    {
        Fd fd(::open(QFile::encodeName(m_options.path).constData(),
                     O_RDONLY | O_NONBLOCK | O_CLOEXEC));
        if (fd.get() < 0) {
            const int err = errno;
            fail(
                err == EACCES
                    ? EvdevScanner::tr(
                          "无权读取扫码枪 %1（需 udev 规则 60-pharmapos-scanners.rules 与 plugdev 组）")
                          .arg(m_options.path)
                    : EvdevScanner::tr("扫码枪 %1 未连接（%2）")
                          .arg(m_options.path, errnoText(err)));
            return;
        }
        libevdev* raw = nullptr;
        if (const int rc = libevdev_new_from_fd(fd.get(), &raw); rc < 0) {
            fail(EvdevScanner::tr("%1 不是输入设备（%2）").arg(m_options.path, errnoText(-rc)));
            return;
        }
        std::unique_ptr<libevdev, EvdevDeleter> dev(raw);
        if (!libevdev_has_event_type(raw, EV_KEY)) {
            fail(EvdevScanner::tr("%1 不是键盘类设备，不能作为键盘口扫码枪").arg(m_options.path));
            return;
        }
        if (const int rc = libevdev_grab(raw, LIBEVDEV_GRAB); rc < 0) {
            fail(EvdevScanner::tr("无法独占扫码枪 %1（%2）：是否有其他程序已独占？")
                     .arg(m_options.path, errnoText(-rc)));
            return;
        }
        libevdev_set_clock_id(raw, CLOCK_MONOTONIC); // event times comparable with monotonicUs()
        m_fd = std::move(fd);
        m_dev = std::move(dev);
        m_notifier = new QSocketNotifier(m_fd.get(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &EvdevReader::readEvents);
        const QString name = QString::fromUtf8(libevdev_get_name(raw));
        qCInfo(lcEvdev) << "reading" << m_options.path << name;
        m_lastProblem.clear();
        m_owner.postAvailability(true, EvdevScanner::tr("键盘口扫码枪已连接：%1").arg(name));
    }

    void closeDevice()
    {
        delete m_notifier;
        m_notifier = nullptr;
        m_dev.reset();
        m_fd.reset();
    }

    void readEvents()
    {
        input_event ev{};
        for (;;) {
            int rc = libevdev_next_event(m_dev.get(), LIBEVDEV_READ_FLAG_NORMAL, &ev);
            if (rc == LIBEVDEV_READ_STATUS_SYNC) {
                // The kernel dropped events: what was held cannot be trusted. Drain the resync.
                while (rc == LIBEVDEV_READ_STATUS_SYNC)
                    rc = libevdev_next_event(m_dev.get(), LIBEVDEV_READ_FLAG_SYNC, &ev);
                qCWarning(lcEvdev)
                    << m_options.path << "events dropped by the kernel; scan discarded";
                m_decoder = EvdevKeyDecoder(m_options.decoder);
                continue;
            }
            if (rc == -EAGAIN)
                break;
            if (rc < 0) {
                fail(rc == -ENODEV ? EvdevScanner::tr("扫码枪 %1 已拔出").arg(m_options.path)
                                   : EvdevScanner::tr("读取扫码枪 %1 失败（%2）")
                                         .arg(m_options.path, errnoText(-rc)));
                m_decoder = EvdevKeyDecoder(m_options.decoder);
                return;
            }
            const qint64 us = qint64(ev.input_event_sec) * 1'000'000 + ev.input_event_usec;
            for (const EvdevScan& s : m_decoder.feed(ev.type, ev.code, ev.value, us))
                deliver(s);
        }
        armTimeout();
    }

    void expire()
    {
        if (std::optional<EvdevScan> s = m_decoder.expire(monotonicUs()))
            deliver(*s);
        armTimeout();
    }

    void armTimeout()
    {
        if (const std::optional<qint64> due = m_decoder.deadlineUs())
            m_timeout->start(int(std::max<qint64>(0, (*due - monotonicUs() + 999) / 1000)));
        else
            m_timeout->stop();
    }

    void deliver(const EvdevScan& s)
    {
        if (!s.unknownKeyCodes.isEmpty())
            qCWarning(lcEvdev) << m_options.path
                               << "keys without a character in the US table:" << s.unknownKeyCodes;
        QByteArray payload = s.payload;
        if (payload.isEmpty())
            return;
        const QString aim = m_options.aimPrefix ? takeAimPrefix(payload) : QString();
        qCDebug(lcEvdev) << "scan of" << payload.size() << "bytes" << aim
                         << (s.byTimeout ? "(timeout)" : "");
        m_owner.postScan(payload, aim);
    }

    EvdevScanner& m_owner;
    EvdevScannerOptions m_options;
    EvdevKeyDecoder m_decoder;
    Fd m_fd;
    std::unique_ptr<libevdev, EvdevDeleter> m_dev;
    QSocketNotifier* m_notifier = nullptr;
    DeviceNodeWatcher* m_watcher = nullptr;
    QTimer* m_timeout = nullptr;
    QString m_lastProblem;
};

EvdevScanner::EvdevScanner(const Clock& clock, EvdevScannerOptions options, QObject* parent)
    : ReaderBackedScanner(clock, QStringLiteral("evdev:") + options.path, parent)
    , m_options(options)
    , m_thread(QStringLiteral("evdev-scanner"))
{
    auto* reader = new EvdevReader(*this, std::move(options));
    m_thread.start(reader, [reader] { reader->begin(); });
}

EvdevScanner::~EvdevScanner() = default;

QString EvdevScanner::deviceName() const
{
    return tr("键盘口扫码枪（%1）").arg(QFileInfo(m_options.path).fileName());
}

std::optional<int> EvdevScanner::keyCode(const QString& name)
{
    const int code = libevdev_event_code_from_name(EV_KEY, name.toLatin1().constData());
    return code >= 0 ? std::optional<int>(code) : std::nullopt;
}

QStringList EvdevScanner::keyboardNodes(const QString& byIdDir)
{
    QStringList out;
    const QDir dir(byIdDir);
    for (const QString& name :
         dir.entryList({QStringLiteral("*-event-kbd")}, QDir::System | QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

} // namespace pos::devices
