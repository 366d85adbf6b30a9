// The I/O shells of the real scanner backends, driven for real where this machine allows:
// a pseudo-terminal stands in for a USB-COM scanner; /dev/uinput (when present) for a wedge
// scanner; with no USB scanner attached the HID-POS backend must say so and keep running.

#include "app/core/ports/clock.h"
#include "devices/evdev/evdevscanner.h"
#include "devices/hidpos/hidposscanner.h"
#include "devices/serial/serialscanner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <libevdev/libevdev-uinput.h>
#include <libevdev/libevdev.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

using namespace pos;
using namespace pos::devices;

namespace {

/// The master side of a pseudo-terminal; its slave path is what the serial backend opens.
class Pty
{
public:
    Pty()
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (m_master >= 0 && grantpt(m_master) == 0 && unlockpt(m_master) == 0)
            m_slave = QString::fromLocal8Bit(ptsname(m_master));
    }
    ~Pty()
    {
        close();
        if (m_slaveProbe >= 0)
            ::close(m_slaveProbe);
    }
    void close()
    {
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }
    [[nodiscard]] bool ok() const { return m_master >= 0 && !m_slave.isEmpty(); }
    [[nodiscard]] QString slavePath() const { return m_slave; }
    bool write(const QByteArray& bytes)
    {
        return ::write(m_master, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }
    /// Bytes written to the master that the slave side has not read yet (-1: cannot tell). The
    /// terminal's input queue is shared by every open file of the slave, so a probe of our own
    /// sees what the backend has consumed.
    int unreadBySlave()
    {
        if (m_slaveProbe < 0)
            m_slaveProbe =
                ::open(m_slave.toLocal8Bit().constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK);
        int n = -1;
        return m_slaveProbe >= 0 && ::ioctl(m_slaveProbe, FIONREAD, &n) == 0 ? n : -1;
    }

private:
    int m_master = -1;
    int m_slaveProbe = -1;
    QString m_slave;
};

ScanEvent scanAt(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<ScanEvent>();
}

} // namespace

class TestScannerBackends : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ScanEvent>(); }

    void serialScannerReadsFramesFromAPort()
    {
        Pty pty;
        if (!pty.ok())
            QSKIP("no pseudo-terminals here (posix_openpt failed)");
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SerialScannerOptions o;
        o.portPath = pty.slavePath();
        o.framer.aimPrefix = true;
        // The frame ends at its CR: a gap far longer than the test's own polling (QTRY polls every
        // 50 ms, the default gap) so a loaded machine cannot split it.
        o.framer.interByteGapMs = 5000;
        SerialScanner scanner(clock, o);
        QSignalSpy scans(&scanner, &Scanner::scanned);
        QSignalSpy availability(&scanner, &Scanner::availabilityChanged);
        QTRY_VERIFY(scanner.isAvailable());
        QCOMPARE(availability.value(0).value(0).toBool(), true);

        const QByteArray gs1("0106901234567892\x1d"
                             "10A123",
                             23);
        // Two reads for one frame: the second part is written once the backend took the first.
        QVERIFY(pty.write("]d2" + gs1.left(10)));
        QTRY_COMPARE(pty.unreadBySlave(), 0);
        QVERIFY(pty.write(gs1.mid(10) + "\r"));
        QTRY_COMPARE(scans.count(), 1);
        const ScanEvent e = scanAt(scans, 0);
        QCOMPARE(e.payload, gs1);
        QCOMPARE(e.symbologyId, QStringLiteral("]d2"));
        QCOMPARE(e.source, QStringLiteral("serial:") + pty.slavePath());
        QCOMPARE(e.time, clock.now());
        QVERIFY(!scanner.isSimulated());
        QVERIFY(scanner.deviceName().contains(QFileInfo(pty.slavePath()).fileName()));

        // The far end goes away (as an unplugged USB-COM scanner does): reported, not fatal.
        pty.close();
        QTRY_VERIFY(!scanner.isAvailable());
        QCOMPARE(availability.last().at(0).toBool(), false);
    }

    void missingNodeIsReportedAndRetriedWhenItAppears_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("serial") << QStringLiteral("serial");
        QTest::newRow("evdev") << QStringLiteral("evdev");
    }
    void missingNodeIsReportedAndRetriedWhenItAppears()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usb-Scanner-event-kbd"));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        std::unique_ptr<ReaderBackedScanner> scanner;
        if (kind == QStringLiteral("serial")) {
            SerialScannerOptions o;
            o.portPath = path;
            o.reopenRetryMs = 100;
            scanner = std::make_unique<SerialScanner>(clock, o);
        } else {
            EvdevScannerOptions o;
            o.path = path;
            o.reopenRetryMs = 100;
            scanner = std::make_unique<EvdevScanner>(clock, o);
        }
        QSignalSpy availability(scanner.get(), &Scanner::availabilityChanged);
        QTRY_COMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        const QString missing = scanner->availabilityText();
        QVERIFY(missing.contains(path));
        // The path appears — a plain file, so opening it still fails, with a new reason: proof
        // that the backend noticed by itself and tried again.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QTRY_VERIFY(scanner->availabilityText() != missing);
        QVERIFY(!scanner->isAvailable());
        if (kind == QStringLiteral("evdev"))
            QCOMPARE(EvdevScanner::keyboardNodes(dir.path()), QStringList{path});
    }

    void evdevScannerReadsAndGrabsAVirtualKeyboard()
    {
        const int probe = ::open("/dev/uinput", O_WRONLY | O_CLOEXEC);
        if (probe < 0)
            QSKIP(
                qPrintable(QStringLiteral("/dev/uinput is not available in this environment (%1): "
                                          "the virtual-keyboard test needs it")
                               .arg(QString::fromLocal8Bit(strerror(errno)))));
        ::close(probe);
        libevdev* dev = libevdev_new();
        libevdev_set_name(dev, "PharmaPOS test wedge scanner");
        libevdev_enable_event_type(dev, EV_KEY);
        for (int code = KEY_ESC; code <= KEY_KPDOT; ++code)
            libevdev_enable_event_code(dev, EV_KEY, code, nullptr);
        libevdev_uinput* ui = nullptr;
        const int rc = libevdev_uinput_create_from_device(dev, LIBEVDEV_UINPUT_OPEN_MANAGED, &ui);
        libevdev_free(dev);
        if (rc < 0)
            QSKIP("/dev/uinput refused to create a device");
        const QString node = QString::fromLocal8Bit(libevdev_uinput_get_devnode(ui));
        QTRY_VERIFY(QFile::exists(node));

        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        EvdevScannerOptions o;
        o.path = node;
        auto scanner = std::make_unique<EvdevScanner>(clock, o);
        QSignalSpy scans(scanner.get(), &Scanner::scanned);
        QTRY_VERIFY(scanner->isAvailable());
        auto key = [&](int code, int value) {
            libevdev_uinput_write_event(ui, EV_KEY, code, value);
            libevdev_uinput_write_event(ui, EV_SYN, SYN_REPORT, 0);
        };
        auto tap = [&](int code) {
            key(code, 1);
            key(code, 0);
        };
        tap(KEY_0);
        tap(KEY_1);
        key(KEY_LEFTCTRL, 1);
        tap(KEY_RIGHTBRACE);
        key(KEY_LEFTCTRL, 0);
        key(KEY_LEFTSHIFT, 1);
        tap(KEY_A);
        key(KEY_LEFTSHIFT, 0);
        tap(KEY_ENTER);
        QTRY_COMPARE(scans.count(), 1);
        QCOMPARE(scanAt(scans, 0).payload, QByteArray("01\x1d"
                                                      "A"));
        QCOMPARE(scanAt(scans, 0).source, QStringLiteral("evdev:") + node);

        // Unplug: the backend says so.
        QSignalSpy availability(scanner.get(), &Scanner::availabilityChanged);
        libevdev_uinput_destroy(ui);
        QTRY_COMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        scanner.reset(); // stops its reader thread without hanging
    }

    void hidPosScannerWithoutADeviceSaysSoAndStopsCleanly()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        UsbIdFilter filter;
        filter.vendorId = 0xfffe; // no such scanner on any machine running this test
        filter.productId = 0x0001;
        auto scanner = std::make_unique<HidPosScanner>(clock, filter);
        QSignalSpy availability(scanner.get(), &Scanner::availabilityChanged);
        QTRY_COMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        QVERIFY(!availability.at(0).at(1).toString().isEmpty());
        QVERIFY(scanner->deviceName().contains(QStringLiteral("fffe:0001")));
        QElapsedTimer t;
        t.start();
        scanner.reset();
        QVERIFY2(t.elapsed() < 2000, "stop must interrupt libusb's event loop, not wait it out");
    }
};

QTEST_GUILESS_MAIN(TestScannerBackends)
#include "tst_scannerbackends.moc"
