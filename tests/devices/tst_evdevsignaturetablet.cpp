// The signature pad reader (SETTLE-SLIP) on its own thread, fed through a FIFO of input_event
// records as the kernel would hand them: strokes arrive as pen down / move / up at the owner,
// records split across writes are reassembled, an unplug mid-stroke ends the stroke and says so,
// and the pad is read again when its node comes back. A node that is no tablet is refused.

#include "devices/evdev/evdevsignaturetablet.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/input.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

using namespace pos;
using namespace pos::devices;

namespace {

/// The writing end of a pad that "plugs in" at `path`: a FIFO made aside and renamed into place,
/// so the reader never sees a FIFO without a writer.
class FifoPad
{
public:
    explicit FifoPad(QString path)
        : m_path(std::move(path))
    {
    }
    ~FifoPad() { unplug(); }

    void plugIn()
    {
        const QByteArray aside = QFile::encodeName(m_path + QStringLiteral(".new"));
        if (::mkfifo(aside.constData(), 0600) != 0)
            qFatal("mkfifo: %s", std::strerror(errno));
        m_fd = ::open(aside.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (m_fd < 0 || ::rename(aside.constData(), QFile::encodeName(m_path).constData()) != 0)
            qFatal("fifo: %s", std::strerror(errno));
    }
    /// The node goes, then the device: the reader sees the end of its file.
    void unplug()
    {
        ::unlink(QFile::encodeName(m_path).constData());
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    void event(int type, int code, int value) { m_batch.append(record(type, code, value)); }
    void report() { event(EV_SYN, SYN_REPORT, 0); }
    /// Writes what was batched, in pieces of `chunk` bytes (records split across writes).
    void flush(int chunk = 0)
    {
        const QByteArray all = std::exchange(m_batch, {});
        const qsizetype step = chunk > 0 ? chunk : all.size();
        for (qsizetype at = 0; at < all.size(); at += step) {
            const QByteArray piece = all.mid(at, step);
            if (::write(m_fd, piece.constData(), size_t(piece.size())) != piece.size())
                qFatal("write: %s", std::strerror(errno));
            QTest::qWait(5);
        }
    }

private:
    static QByteArray record(int type, int code, int value)
    {
        input_event ev{};
        ev.type = quint16(type);
        ev.code = quint16(code);
        ev.value = value;
        return {reinterpret_cast<const char*>(&ev), sizeof ev};
    }

    QString m_path;
    QByteArray m_batch;
    int m_fd = -1;
};

struct Pen
{
    explicit Pen(SignatureTablet& t)
    {
        QObject::connect(&t, &SignatureTablet::penDown, [this](QPointF at) {
            log << QStringLiteral("down %1,%2").arg(at.x()).arg(at.y());
        });
        QObject::connect(&t, &SignatureTablet::penMoved, [this](QPointF at) {
            log << QStringLiteral("move %1,%2").arg(at.x()).arg(at.y());
        });
        QObject::connect(&t, &SignatureTablet::penUp, [this] { log << QStringLiteral("up"); });
    }
    QStringList log;
};

EvdevTabletOptions optionsFor(const QString& path)
{
    EvdevTabletOptions o;
    o.path = path;
    PenSurface s;
    s.x = {0, 2000};
    s.y = {0, 1000};
    o.surface = s;
    o.reopenRetryMs = 200;
    return o;
}

} // namespace

class TestEvdevSignatureTablet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strokesArriveAndSurviveAnUnplug()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usb-Pad-event-mouse"));
        FifoPad pad(path);
        pad.plugIn();
        EvdevSignatureTablet tablet(optionsFor(path));
        Pen pen(tablet);
        QTRY_VERIFY(tablet.isAvailable());
        QCOMPARE(tablet.aspectRatio(), 2.0);
        QVERIFY(!tablet.isSimulated());

        pad.event(EV_ABS, ABS_X, 500);
        pad.event(EV_ABS, ABS_Y, 250);
        pad.event(EV_KEY, BTN_TOUCH, 1);
        pad.report();
        pad.event(EV_ABS, ABS_X, 1000);
        pad.report();
        pad.event(EV_KEY, BTN_TOUCH, 0);
        pad.report();
        pad.flush(7); // records split across writes are put back together
        QTRY_COMPARE(pen.log, (QStringList{QStringLiteral("down 0.25,0.25"),
                                           QStringLiteral("move 0.5,0.25"), QStringLiteral("up")}));

        // Unplugged mid-stroke: the stroke ends and the pad is reported gone.
        pen.log.clear();
        QSignalSpy availability(&tablet, &SignatureTablet::availabilityChanged);
        pad.event(EV_KEY, BTN_TOUCH, 1);
        pad.report();
        pad.flush();
        QTRY_COMPARE(pen.log, QStringList{QStringLiteral("down 0.5,0.25")});
        pad.unplug();
        QTRY_VERIFY(!tablet.isAvailable());
        QCOMPARE(pen.log.last(), QStringLiteral("up"));
        QVERIFY2(tablet.availabilityText().contains(QStringLiteral("已拔出")),
                 qPrintable(tablet.availabilityText()));
        QCOMPARE(availability.size(), 1);

        // Back: read again, the pen must touch anew.
        pad.plugIn();
        QTRY_VERIFY_WITH_TIMEOUT(tablet.isAvailable(), 5000);
        pen.log.clear();
        pad.event(EV_ABS, ABS_X, 2000);
        pad.event(EV_ABS, ABS_Y, 1000);
        pad.report();
        pad.event(EV_KEY, BTN_TOUCH, 1);
        pad.report();
        pad.flush();
        QTRY_COMPARE(pen.log, QStringList{QStringLiteral("down 1,1")});
    }

    void aNodeThatIsNoTabletIsRefused()
    {
        QTemporaryDir dir;
        // A plain file is no input device, and no surface was given for it.
        const QString path = dir.filePath(QStringLiteral("not-a-pad"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        EvdevTabletOptions o;
        o.path = path;
        EvdevSignatureTablet tablet(o);
        QTRY_VERIFY(tablet.availabilityText().contains(QStringLiteral("不是输入设备")));
        QVERIFY(!tablet.isAvailable());

        // A node that is not there: said, and waited for.
        EvdevSignatureTablet missing(optionsFor(dir.filePath(QStringLiteral("gone"))));
        QTRY_VERIFY(missing.availabilityText().contains(QStringLiteral("未连接")));
        QVERIFY(!missing.isAvailable());
    }
};

QTEST_GUILESS_MAIN(TestEvdevSignatureTablet)
#include "tst_evdevsignaturetablet.moc"
