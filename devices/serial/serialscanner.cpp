#include "devices/serial/serialscanner.h"

#include "devices/devicenodewatcher.h"
#include "devices/logging.h"

#include <QFileInfo>
#include <QSerialPort>
#include <QSerialPortInfo>
#include <QTimer>

#include <chrono>
#include <utility>

namespace pos::devices {

namespace {

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

/// Lives on the reader thread: owns the port and the framer.
class SerialReader final : public QObject
{
public:
    SerialReader(SerialScanner& owner, SerialScannerOptions options)
        : m_owner(owner)
        , m_options(std::move(options))
        , m_framer(m_options.framer)
    {
    }

    void begin()
    {
        m_port = new QSerialPort(this);
        connect(m_port, &QSerialPort::readyRead, this, &SerialReader::read);
        connect(m_port, &QSerialPort::errorOccurred, this, &SerialReader::onError);
        m_watcher = new DeviceNodeWatcher(m_options.portPath, m_options.reopenRetryMs, this);
        connect(m_watcher, &DeviceNodeWatcher::appeared, this, &SerialReader::open);
        m_gap = new QTimer(this);
        m_gap->setSingleShot(true);
        connect(m_gap, &QTimer::timeout, this, &SerialReader::expire);
        open();
    }

private:
    void open()
    {
        m_port->setPortName(m_options.portPath);
        m_port->setBaudRate(m_options.baudRate);
        m_port->setDataBits(QSerialPort::Data8);
        m_port->setParity(QSerialPort::NoParity);
        m_port->setStopBits(QSerialPort::OneStop);
        m_port->setFlowControl(QSerialPort::NoFlowControl);
        if (!m_port->open(QIODevice::ReadOnly)) {
            fail(m_port->error() == QSerialPort::PermissionError
                     ? SerialScanner::tr("无权打开串口 %1（需将运行用户加入 dialout 组）")
                           .arg(m_options.portPath)
                     : SerialScanner::tr("串口扫码枪 %1 未连接（%2）")
                           .arg(m_options.portPath, m_port->errorString()));
            return;
        }
        m_lastProblem.clear();
        qCInfo(lcSerialScanner) << "reading" << m_options.portPath << "at" << m_options.baudRate
                                << "baud";
        m_owner.postAvailability(true,
                                 SerialScanner::tr("串口扫码枪已连接：%1").arg(m_options.portPath));
    }

    void fail(const QString& why)
    {
        if (why != std::exchange(m_lastProblem, why)) // once per reason, not at every retry
            qCWarning(lcSerialScanner) << why;
        if (m_port->isOpen())
            m_port->close();
        m_framer = SerialFramer(m_options.framer);
        m_owner.postAvailability(false, why);
        m_watcher->start();
    }

    void onError(QSerialPort::SerialPortError error)
    {
        // ResourceError is what an unplugged USB-COM port gives on read.
        if (m_port->isOpen()
            && (error == QSerialPort::ResourceError || error == QSerialPort::ReadError))
            fail(SerialScanner::tr("串口扫码枪 %1 已断开（%2）")
                     .arg(m_options.portPath, m_port->errorString()));
    }

    void read()
    {
        for (const SerialScan& s : m_framer.feed(m_port->readAll(), monotonicMs()))
            deliver(s);
        armGap();
    }

    void expire()
    {
        if (std::optional<SerialScan> s = m_framer.expire(monotonicMs()))
            deliver(*s);
        armGap();
    }

    void armGap()
    {
        if (const std::optional<qint64> due = m_framer.deadlineMs())
            m_gap->start(int(std::max<qint64>(0, *due - monotonicMs())));
        else
            m_gap->stop();
    }

    void deliver(const SerialScan& s)
    {
        qCDebug(lcSerialScanner) << "scan of" << s.payload.size() << "bytes" << s.symbologyId
                                 << (s.byGap ? "(gap)" : "");
        m_owner.postScan(s.payload, s.symbologyId);
    }

    SerialScanner& m_owner;
    SerialScannerOptions m_options;
    SerialFramer m_framer;
    QSerialPort* m_port = nullptr;
    DeviceNodeWatcher* m_watcher = nullptr;
    QTimer* m_gap = nullptr;
    QString m_lastProblem;
};

SerialScanner::SerialScanner(const Clock& clock, SerialScannerOptions options, QObject* parent)
    : ReaderBackedScanner(clock, QStringLiteral("serial:") + options.portPath, parent)
    , m_options(options)
    , m_thread(QStringLiteral("serial-scanner"))
{
    auto* reader = new SerialReader(*this, std::move(options));
    m_thread.start(reader, [reader] { reader->begin(); });
}

SerialScanner::~SerialScanner() = default;

QString SerialScanner::deviceName() const
{
    return tr("串口扫码枪（%1）").arg(QFileInfo(m_options.portPath).fileName());
}

QList<SerialPortSummary> SerialScanner::ports()
{
    QList<SerialPortSummary> out;
    for (const QSerialPortInfo& p : QSerialPortInfo::availablePorts()) {
        SerialPortSummary s;
        s.path = p.systemLocation();
        s.description = p.description();
        if (p.hasVendorIdentifier() && p.hasProductIdentifier())
            s.usbId = QStringLiteral("%1:%2")
                          .arg(p.vendorIdentifier(), 4, 16, QLatin1Char('0'))
                          .arg(p.productIdentifier(), 4, 16, QLatin1Char('0'));
        out.append(s);
    }
    return out;
}

} // namespace pos::devices
