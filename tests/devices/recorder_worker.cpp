// A recording process for tst_settlementrecorder's crash test: records a noise camera (every pixel
// random, so x264 really works and nothing hides in a tiny stream) into VIDEO_DIR with an open
// settlement clip, and prints one line per frame handed to the recorder:
//     frame N MONOTONIC_MS
// (unbuffered), until killed. The test kills it with SIGKILL and counts what plays.
//   recorder_worker VIDEO_DIR SEGMENT_SECONDS WIDTH HEIGHT FPS

#include "app/core/ports/camera.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/evidencesealer.h"
#include "devices/recorder/gstsettlementrecorder.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

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

class NoiseCamera final : public Camera
{
public:
    NoiseCamera(int width, int height, const Clock& clock)
        : m_width(width)
        , m_height(height)
        , m_clock(clock)
    {
    }
    QString deviceName() const override { return QStringLiteral("noise"); }
    bool isSimulated() const override { return true; }
    Status start() override { return {}; }
    void stop() override {}
    bool isRunning() const override { return true; }

    void emitFrame()
    {
        VideoFrame f;
        f.width = m_width;
        f.height = m_height;
        f.strideBytes = m_width * 3;
        f.bgr = QByteArray(qsizetype(f.strideBytes) * m_height, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(f.bgr.data()),
                                              f.bgr.size() / 4);
        f.timestampMs = m_clock.now().toMSecsSinceEpoch();
        Q_EMIT frameReady(f);
        std::printf("frame %d %lld\n", ++m_count, static_cast<long long>(monotonicMs()));
        std::fflush(stdout);
    }

private:
    int m_width;
    int m_height;
    const Clock& m_clock;
    int m_count = 0;
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 6) {
        std::fprintf(stderr, "usage: recorder_worker VIDEO_DIR SEGMENT_SECONDS WIDTH HEIGHT FPS\n");
        return 2;
    }
    const int width = atoi(argv[3]);
    const int height = atoi(argv[4]);
    const int fps = atoi(argv[5]);
    SystemClock clock;
    PassThroughSealer sealer;
    NoiseCamera camera(width, height, clock);
    RecorderOptions o;
    o.videoDir = QString::fromLocal8Bit(argv[1]);
    o.segmentSeconds = atoi(argv[2]);
    o.preRollSeconds = 1;
    o.postRollSeconds = 1;
    o.format.frameSize = QSize(width, height);
    o.format.fps = fps;
    o.format.keyframeInterval = fps;
    o.store = QStringLiteral("测试药房");
    o.terminal = QStringLiteral("T01");
    GstSettlementRecorder recorder(camera, o, sealer, clock);
    if (Status s = recorder.start(); !s) {
        std::fprintf(stderr, "%s\n", s.error().message.toUtf8().constData());
        return 1;
    }
    QObject::connect(&recorder, &SettlementRecorder::statusChanged, &app,
                     [&](const RecorderStatus& s) {
                         static bool begun = false;
                         if (s.writing() && !begun) {
                             begun = true;
                             (void)recorder.beginClip(QStringLiteral("JS-KILL"),
                                                      {QStringLiteral("阿莫西林胶囊 ×2")});
                         }
                     });
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &camera, [&camera] { camera.emitFrame(); });
    timer.start(1000 / fps);
    return app.exec();
}
