#include "devices/camera/capturecamera.h"

#include "app/core/ports/clock.h"
#include "devices/logging.h"

#include <QFileInfo>
#include <QUrl>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <chrono>

namespace pos::devices {

namespace {
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

CaptureCamera::CaptureCamera(Options options, const Clock& clock, QObject* parent)
    : Camera(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
    qRegisterMetaType<pos::VideoFrame>();
    connect(&m_watchdog, &QTimer::timeout, this, &CaptureCamera::watchdogTick);
    // RTSP over TCP: UDP loses packets (grey smears) on the shared networks of small shops.
    if (m_options.kind == Options::Kind::Url
        && m_options.source.startsWith(QStringLiteral("rtsp://"), Qt::CaseInsensitive)
        && qEnvironmentVariableIsEmpty("OPENCV_FFMPEG_CAPTURE_OPTIONS"))
        qputenv("OPENCV_FFMPEG_CAPTURE_OPTIONS", "rtsp_transport;tcp");
}

CaptureCamera::~CaptureCamera()
{
    stop();
}

QString CaptureCamera::maskedSource(const QString& source)
{
    QUrl url(source);
    if (url.isValid() && !url.password().isEmpty()) {
        url.setPassword(QStringLiteral("***"));
        return url.toString();
    }
    return source;
}

QString CaptureCamera::deviceName() const
{
    return m_options.kind == Options::Kind::V4l2
               ? tr("USB 摄像头（%1）").arg(QFileInfo(m_options.source).fileName())
               : tr("网络摄像头（%1）").arg(maskedSource(m_options.source));
}

Status CaptureCamera::start()
{
    if (m_running)
        return {};
    if (m_options.source.isEmpty() || m_options.fps <= 0 || m_options.stallMs <= 0
        || m_options.reconnectMs <= 0)
        return makeError(ErrorCode::Configuration, tr("摄像头配置无效：需要设备或地址与帧率"));
    m_stop = false;
    m_running = true;
    m_down = false;
    m_problem.clear();
    m_lastFrameSteadyMs = -1;
    m_startedSteadyMs = steadyMs();
    m_thread = std::thread([this] { captureLoop(); });
    m_watchdog.start(std::max(100, m_options.stallMs / 4));
    qCInfo(lcCamera).noquote() << "settlement camera" << deviceName() << "started";
    return {};
}

void CaptureCamera::stop()
{
    if (!m_running)
        return;
    m_watchdog.stop();
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

bool CaptureCamera::pause(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop.load(); });
    return !m_stop;
}

void CaptureCamera::captureLoop()
{
    while (!m_stop) {
        cv::VideoCapture cap;
        try {
            if (m_options.kind == Options::Kind::V4l2) {
                if (!QFileInfo::exists(m_options.source)) {
                    reportProblem(tr("USB 摄像头未连接（%1 不存在）").arg(m_options.source));
                    if (!pause(m_options.reconnectMs))
                        return;
                    continue;
                }
                cap.open(m_options.source.toStdString(), cv::CAP_V4L2);
                if (cap.isOpened()) {
                    if (m_options.mjpg)
                        cap.set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'));
                    cap.set(cv::CAP_PROP_FRAME_WIDTH, m_options.size.width());
                    cap.set(cv::CAP_PROP_FRAME_HEIGHT, m_options.size.height());
                    cap.set(cv::CAP_PROP_FPS, m_options.fps);
                    cap.set(cv::CAP_PROP_BUFFERSIZE, 1); // the newest frame, not a backlog
                }
            } else {
                cap.open(m_options.source.toStdString(), cv::CAP_FFMPEG,
                         {cv::CAP_PROP_OPEN_TIMEOUT_MSEC, m_options.readTimeoutMs,
                          cv::CAP_PROP_READ_TIMEOUT_MSEC, m_options.readTimeoutMs});
            }
        } catch (const cv::Exception& e) {
            qCWarning(lcCamera) << "open failed:" << e.what();
        }
        if (!cap.isOpened()) {
            reportProblem(tr("无法打开%1").arg(deviceName()));
            if (!pause(m_options.reconnectMs))
                return;
            continue;
        }
        ++m_opens;
        const int fourcc = int(cap.get(cv::CAP_PROP_FOURCC));
        const char cc[5] = {char(fourcc & 0xff), char((fourcc >> 8) & 0xff),
                            char((fourcc >> 16) & 0xff), char((fourcc >> 24) & 0xff), 0};
        qCInfo(lcCamera).noquote() << "opened" << deviceName() << cap.get(cv::CAP_PROP_FRAME_WIDTH)
                                   << "x" << cap.get(cv::CAP_PROP_FRAME_HEIGHT) << "@"
                                   << cap.get(cv::CAP_PROP_FPS) << "fps" << cc;
        cv::Mat mat;
        while (!m_stop) {
            bool ok = false;
            try {
                ok = cap.read(mat) && !mat.empty();
            } catch (const cv::Exception& e) {
                qCWarning(lcCamera) << "read failed:" << e.what();
            }
            if (!ok)
                break;
            m_lastFrameSteadyMs = steadyMs();
            if (m_inFlight.load() >= 2)
                continue; // the owner's thread is behind: drop, never queue video
            cv::Mat bgr;
            if (mat.type() == CV_8UC3)
                bgr = mat;
            else if (mat.type() == CV_8UC1)
                cv::cvtColor(mat, bgr, cv::COLOR_GRAY2BGR);
            else if (mat.type() == CV_8UC4)
                cv::cvtColor(mat, bgr, cv::COLOR_BGRA2BGR);
            else
                continue;
            VideoFrame f;
            f.width = bgr.cols;
            f.height = bgr.rows;
            f.strideBytes = int(bgr.step[0]);
            f.bgr = QByteArray(reinterpret_cast<const char*>(bgr.data),
                               qsizetype(bgr.step[0]) * bgr.rows);
            ++m_inFlight;
            QMetaObject::invokeMethod(
                this, [this, f] { deliver(f); }, Qt::QueuedConnection);
        }
        cap.release();
        if (m_stop)
            return;
        reportProblem(tr("%1 断开或无画面，正在重连").arg(deviceName()));
        if (!pause(m_options.reconnectMs))
            return;
    }
}

void CaptureCamera::deliver(const VideoFrame& frame)
{
    --m_inFlight;
    if (!m_running)
        return;
    if (m_down) {
        m_down = false;
        m_problem.clear();
        qCInfo(lcCamera).noquote() << deviceName() << "delivers frames again";
        Q_EMIT restored();
    }
    VideoFrame f = frame;
    f.timestampMs = m_clock.now().toMSecsSinceEpoch();
    ++m_delivered;
    Q_EMIT frameReady(f);
}

void CaptureCamera::reportProblem(const QString& reason)
{
    QMetaObject::invokeMethod(
        this, [this, reason] { m_problem = reason; }, Qt::QueuedConnection);
}

void CaptureCamera::watchdogTick()
{
    const qint64 last = m_lastFrameSteadyMs.load();
    const qint64 since = steadyMs() - (last < 0 ? m_startedSteadyMs : last);
    if (m_down || since <= m_options.stallMs)
        return;
    m_down = true;
    const QString reason = m_problem.isEmpty()
                               ? tr("%1 已 %2 秒无画面").arg(deviceName()).arg((since + 999) / 1000)
                               : m_problem;
    qCWarning(lcCamera).noquote() << reason;
    Q_EMIT failed(reason);
}

} // namespace pos::devices
