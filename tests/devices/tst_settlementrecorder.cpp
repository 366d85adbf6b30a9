#include "app/core/camera/clipmanifest.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/evidencesealer.h"
#include "devices/camera/simulatedcamera.h"
#include "devices/camera/videoframeimage.h"
#include "devices/recorder/evidencefiles.h"
#include "devices/recorder/fileevidencearchive.h"
#include "devices/recorder/gstsettlementrecorder.h"
#include "devices/recorder/overlaypainter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <csignal>

using namespace pos;
using namespace pos::devices;

namespace {

/// CLOCK_MONOTONIC in ms: the same clock in the recording process and the test.
qint64 monotonicMs()
{
    QElapsedTimer t;
    t.start();
    return t.msecsSinceReference();
}

const QString kFaces = QStringLiteral(PHARMAPOS_TESTDATA "/faces");

/// Frames that decode in a Matroska file: ffprobe -count_frames where installed (the issue's
/// measure), else OpenCV's decoder.
int decodableFrames(const QString& file)
{
    const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
    if (!ffprobe.isEmpty()) {
        QProcess p;
        p.start(ffprobe,
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                 QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                 QStringLiteral("-show_entries"), QStringLiteral("stream=nb_read_frames"),
                 QStringLiteral("-of"), QStringLiteral("csv=p=0"), file});
        p.waitForFinished(30000);
        bool ok = false;
        const int n = p.readAllStandardOutput().trimmed().toInt(&ok);
        return ok ? n : 0;
    }
    cv::VideoCapture cap(file.toStdString(), cv::CAP_FFMPEG);
    cv::Mat m;
    int n = 0;
    while (cap.isOpened() && cap.read(m) && !m.empty())
        ++n;
    return n;
}

/// A recorder over a simulated camera driven frame by frame with a ManualClock at 15 fps.
struct Rig
{
    explicit Rig(const QString& dir, int segmentSeconds = 1, int preRoll = 1, int postRoll = 0)
    {
        SimulatedCamera::Options c;
        c.source = kFaces + QStringLiteral("/astronaut.png");
        c.intervalMs = 0;
        c.frameSize = QSize(640, 360);
        camera = std::make_unique<SimulatedCamera>(c, clock);
        RecorderOptions o;
        o.videoDir = dir;
        o.segmentSeconds = segmentSeconds;
        o.preRollSeconds = preRoll;
        o.postRollSeconds = postRoll;
        o.format.frameSize = QSize(640, 360);
        o.format.bitrateKbps = 500;
        o.store = QStringLiteral("测试药房");
        o.terminal = QStringLiteral("T01");
        o.freeSpace = [this](const QString&) { return freeBytes; };
        // frames() hands frames over in a tight loop and the tests count segments by the frames'
        // times: on a loaded machine the encoder falls behind, and the recorder's drop policy
        // (30 frames) would thin the timeline into fewer segments than the test writes.
        o.maxQueuedFrames = 100'000;
        recorder = std::make_unique<GstSettlementRecorder>(*camera, o, sealer, clock);
    }

    bool start()
    {
        return camera->start().ok() && recorder->start().ok()
               && QTest::qWaitFor([&] { return recorder->status().writing(); }, 10000);
    }
    void frames(int n)
    {
        for (int i = 0; i < n; ++i) {
            clock.advanceMs(66);
            camera->emitNextFrame();
        }
        recorder->flush();
    }

    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0))};
    PassThroughSealer sealer;
    qint64 freeBytes = qint64(50) * 1024 * 1024 * 1024;
    std::unique_ptr<SimulatedCamera> camera;
    std::unique_ptr<GstSettlementRecorder> recorder;
};

QStringList bufferSegments(const QString& dir)
{
    return QDir(dir + QStringLiteral("/buffer"))
        .entryList({QStringLiteral("seg-*.mkv")}, QDir::Files, QDir::Name);
}

} // namespace

class TestSettlementRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pos::ClipRecord>();
        qRegisterMetaType<pos::RecoveryReport>();
    }

    // CAM-VIDEO: the segments covering a settlement, from the pre-roll to the post-roll, are kept
    // with the face and a manifest whose hashes chain; the settlement record holds its hash.
    void settlementClipIsKeptWithItsManifest()
    {
        QTemporaryDir dir;
        Rig r(dir.path());
        QVERIFY(r.start());
        QSignalSpy closed(r.recorder.get(), &SettlementRecorder::clipClosed);
        r.frames(45); // 3 s before the settlement: 2 s of it age out of the rolling buffer
        QVERIFY(r.recorder
                    ->beginClip(QStringLiteral("JS-20261120-0001"),
                                {QStringLiteral("阿莫西林胶囊 0.25g×24粒 ×2")})
                    .ok());
        QVERIFY(!r.recorder->beginClip(QStringLiteral("JS-20261120-0001"), {}).ok()); // twice
        QVERIFY(!r.recorder->beginClip(QStringLiteral("../escape"), {}).ok());
        r.frames(20);
        VideoFrame faceFrame = videoFrameFromImage(
            placedOnCanvas(QImage(kFaces + QStringLiteral("/astronaut.png")), QSize(640, 360)),
            r.clock.now().toMSecsSinceEpoch());
        QVERIFY(
            r.recorder
                ->attachFace(QStringLiteral("JS-20261120-0001"), faceFrame, QRect(290, 40, 70, 70))
                .ok());
        r.frames(10);
        QVERIFY(
            r.recorder->endClip(QStringLiteral("JS-20261120-0001"), ClipOutcome::Completed).ok());
        QVERIFY(closed.wait(10000));
        const ClipRecord clip = closed.at(0).at(0).value<ClipRecord>();
        QCOMPARE(clip.settlementNo, QStringLiteral("JS-20261120-0001"));
        QVERIFY(clip.hasFace);
        QVERIFY(clip.segmentCount >= 2);
        QVERIFY(clip.manifestPath.contains(QStringLiteral("/clips/2026-11-20/JS-20261120-0001/")));
        // The pre-roll: the clip starts at most 1 s + one segment before the settlement began.
        const QDateTime began(QDate(2026, 11, 20), QTime(10, 0, 2, 970));
        QVERIFY2(clip.start >= began.addMSecs(-2100) && clip.start <= began.addMSecs(-900),
                 qPrintable(clip.start.toString(Qt::ISODateWithMs)));
        QFile mf(clip.manifestPath);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        const QByteArray json = mf.readAll();
        QCOMPARE(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex(),
                 clip.manifestSha256);
        const Result<camera::ClipManifest> m = camera::ClipManifest::fromJson(json);
        QVERIFY(m.ok());
        QVERIFY(m->chainProblems().isEmpty());
        QCOMPARE(m->store, QStringLiteral("测试药房"));
        QVERIFY(m->face);
        int frames = 0;
        for (const camera::ManifestEntry& e : m->entries()) {
            const QString path = QFileInfo(clip.manifestPath).path() + u'/' + e.file;
            QCOMPARE(evidence::sha256OfFile(path).value(), e.sha256);
            if (e.file.endsWith(QStringLiteral(".mkv")))
                frames += decodableFrames(path);
        }
        QVERIFY2(frames >= 30, qPrintable(QString::number(frames))); // 20 + 10 + the pre-roll
        QVERIFY(QImage(QFileInfo(clip.manifestPath).path() + QStringLiteral("/face.jpg")).width()
                > 70);
        // The rolling buffer forgot the oldest second (nothing claims it).
        QVERIFY(
            !QFile::exists(QFileInfo(clip.manifestPath).path() + QStringLiteral("/clip.pending")));
        r.recorder->stop();
    }

    // A settlement that did not need its evidence keeps nothing; its folder goes.
    void cancelledClipKeepsNothing()
    {
        QTemporaryDir dir;
        Rig r(dir.path());
        QVERIFY(r.start());
        r.frames(5);
        QVERIFY(r.recorder->beginClip(QStringLiteral("JS-CANCEL"), {}).ok());
        r.frames(5);
        r.recorder->cancelClip(QStringLiteral("JS-CANCEL"));
        r.recorder->flush();
        QVERIFY(!QDir(dir.path() + QStringLiteral("/clips/2026-11-20/JS-CANCEL")).exists());
        QVERIFY(!r.recorder->endClip(QStringLiteral("JS-CANCEL"), ClipOutcome::Completed).ok());
    }

    // The rolling buffer keeps what the pre-roll needs, not more.
    void rollingBufferStaysShort()
    {
        QTemporaryDir dir;
        Rig r(dir.path());
        QVERIFY(r.start());
        r.frames(15 * 8); // 8 s in 1 s segments
        const QStringList segs = bufferSegments(dir.path());
        QVERIFY2(segs.size() <= 4, qPrintable(segs.join(u' '))); // pre-roll 1 s + 1 segment + open
        QVERIFY(segs.size() >= 2);
        // Every closed one is described by its sidecar.
        for (const QString& s : segs)
            if (!QFile::exists(dir.path() + QStringLiteral("/buffer/") + s
                               + QStringLiteral(".open")))
                QVERIFY(QFile::exists(dir.path() + QStringLiteral("/buffer/") + s
                                      + QStringLiteral(".json")));
    }

    // CAM-BACKUP: below the minimum the recorder opens no segment and says why; it resumes when
    // space is back.
    void diskFullFaultsAndRecovers()
    {
        QTemporaryDir dir;
        Rig r(dir.path(), 1);
        QVERIFY(r.start());
        QSignalSpy status(r.recorder.get(), &SettlementRecorder::statusChanged);
        r.freeBytes = 10 * 1024 * 1024;
        r.frames(20); // crosses a segment boundary: the next one cannot open
        // Generous: the frames are encoded on the recorder's thread, slow on a loaded CI machine.
        QTRY_COMPARE_WITH_TIMEOUT(r.recorder->status().state, RecorderState::Faulted, 15000);
        QVERIFY(r.recorder->status().problem.contains(QStringLiteral("磁盘空间不足")));
        QVERIFY(!r.recorder->beginClip(QStringLiteral("JS-FULL"), {}).ok());
        r.freeBytes = qint64(50) * 1024 * 1024 * 1024;
        r.frames(90); // past the retry delay
        QTRY_VERIFY_WITH_TIMEOUT(r.recorder->status().writing(), 15000);
    }

    // Every frame carries the overlay: time, store, terminal, settlement number and items.
    void overlayIsBurnedIn()
    {
        const QImage plain =
            placedOnCanvas(QImage(kFaces + QStringLiteral("/coffee.png")), QSize(1280, 720));
        const VideoFrame frame = videoFrameFromImage(plain, 0);
        OverlayPainter painter(QSize(1280, 720));
        OverlayText text;
        text.time = QDateTime(QDate(2026, 11, 20), QTime(10, 0, 5));
        text.store = QStringLiteral("仁心大药房");
        text.terminal = QStringLiteral("T01");
        const QImage idle = painter.compose(frame, text);
        text.settlementNo = QStringLiteral("JS-0001");
        text.items = {QStringLiteral("阿莫西林胶囊 ×2"), QStringLiteral("布洛芬缓释胶囊 ×1")};
        const QImage settling = painter.compose(frame, text);
        QCOMPARE(settling.format(), QImage::Format_RGB32);
        QCOMPARE(settling.size(), QSize(1280, 720));
        auto differs = [](const QImage& a, const QImage& b, const QRect& area) {
            int n = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    n += (a.pixel(x, y) & 0xffffff) != (b.pixel(x, y) & 0xffffff);
            return n;
        };
        const QImage base = plain.convertToFormat(QImage::Format_RGB32);
        QVERIFY(differs(base, idle, QRect(0, 0, 1280, 30)) > 1000);       // the top band
        QVERIFY(differs(base, idle, QRect(0, 660, 1280, 60)) == 0);       // no items yet
        QVERIFY(differs(idle, settling, QRect(0, 0, 1280, 30)) > 50);     // the number added
        QVERIFY(differs(base, settling, QRect(0, 640, 1280, 80)) > 1000); // the items band
        QVERIFY(differs(base, settling, QRect(300, 200, 600, 300)) == 0); // the picture itself
        // Chinese glyphs are drawn, not boxes: the same text in Latin letters differs.
        text.items = {QStringLiteral("AAAAAAA x2"), QStringLiteral("BBBBBBB x1")};
        QVERIFY(differs(settling, painter.compose(frame, text), QRect(0, 640, 1280, 80)) > 100);
    }

    // CAM-VIDEO: a crash (SIGKILL) mid-segment loses at most one second; everything handed to the
    // recorder up to a second before the kill plays, and the next start closes what was left
    // open and says so. Kills at several points (PHARMAPOS_RECORDER_KILLS, default 2).
    void sigkillLosesAtMostOneSecond()
    {
        const int kills = qEnvironmentVariableIsSet("PHARMAPOS_RECORDER_KILLS")
                              ? qEnvironmentVariableIntValue("PHARMAPOS_RECORDER_KILLS")
                              : 2;
        for (int k = 0; k < kills; ++k) {
            QTemporaryDir dir;
            QProcess child;
            child.setProgram(QStringLiteral(RECORDER_WORKER));
            child.setArguments({dir.path(), QStringLiteral("2"), QStringLiteral("640"),
                                QStringLiteral("360"), QStringLiteral("15")});
            child.start();
            QVERIFY(child.waitForStarted());
            // Kill at 2.4 s, 3.1 s, 3.8 s…: mid-segment, just after a rotation, near its end.
            const int killAtFrame = 36 + 11 * k;
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT(
                (out += child.readAllStandardOutput(), out.count('\n') >= killAtFrame), 15000);
            const qint64 killMs = monotonicMs();
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(5000));
            out += child.readAllStandardOutput();
            int emitted = 0;
            int dueBeforeLastSecond = 0;
            for (const QByteArray& line : out.split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 3 || parts.at(0) != "frame")
                    continue;
                ++emitted;
                if (parts.at(2).toLongLong() <= killMs - 1000)
                    ++dueBeforeLastSecond;
            }
            int playable = 0;
            for (const QString& s : bufferSegments(dir.path()))
                playable += decodableFrames(dir.path() + QStringLiteral("/buffer/") + s);
            qInfo("kill %d: %d frames handed over, %d of them over a second before the kill, %d "
                  "play (%.2f s lost)",
                  k + 1, emitted, dueBeforeLastSecond, playable, (emitted - playable) / 15.0);
            QVERIFY2(
                playable >= dueBeforeLastSecond,
                qPrintable(
                    QStringLiteral("%1 play, %2 required").arg(playable).arg(dueBeforeLastSecond)));

            // The next start: the open segment is hashed and marked, the clip closed as
            // interrupted, and both are reported.
            ManualClock clock(QDateTime::currentDateTime());
            SimulatedCamera::Options c;
            c.source = kFaces + QStringLiteral("/astronaut.png");
            c.intervalMs = 0;
            SimulatedCamera camera(c, clock);
            PassThroughSealer sealer;
            RecorderOptions o;
            o.videoDir = dir.path();
            o.format.frameSize = QSize(640, 360);
            GstSettlementRecorder again(camera, o, sealer, clock);
            QSignalSpy recovered(&again, &SettlementRecorder::recovered);
            QVERIFY(again.start().ok());
            QVERIFY(recovered.wait(10000));
            const RecoveryReport report = recovered.at(0).at(0).value<RecoveryReport>();
            QCOMPARE(report.segments.size(), 1);
            QCOMPARE(report.clips.size(), 1);
            const ClipRecord clip = report.clips.at(0);
            QCOMPARE(clip.settlementNo, QStringLiteral("JS-KILL"));
            QCOMPARE(clip.outcome, ClipOutcome::Interrupted);
            QVERIFY(clip.segmentCount >= 1);
            const Result<KeptClip> kept = findKeptClip(dir.path(), QStringLiteral("JS-KILL"));
            QVERIFY(kept.ok());
            QVERIFY(kept->manifest.chainProblems().isEmpty());
            QVERIFY(kept->manifest.segments.constLast().recovered);
            for (const camera::ManifestEntry& e : kept->manifest.entries())
                QCOMPARE(evidence::sha256OfFile(kept->dir + u'/' + e.file).value(), e.sha256);
            QVERIFY(QDir(dir.path() + QStringLiteral("/buffer"))
                        .entryList({QStringLiteral("*.open")}, QDir::Files)
                        .isEmpty());
            again.stop();
        }
    }
};

QTEST_MAIN(TestSettlementRecorder)
#include "tst_settlementrecorder.moc"
