#include "devices/recorder/gstsettlementrecorder.h"

#include "app/core/camera/clipmanifest.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/evidencesealer.h"
#include "devices/logging.h"
#include "devices/recorder/overlaypainter.h"
#include "devices/workerthread.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace pos::devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GstSettlementRecorder)
};

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

/// A closed segment of the rolling buffer, as its sidecar describes it.
struct Segment
{
    QString file; ///< name in the buffer folder (as sealed)
    qint64 startMs = 0;
    qint64 endMs = 0;
    int frames = -1;
    qint64 bytes = 0;
    QByteArray sha256;
    bool recovered = false;

    [[nodiscard]] QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("file"), file},
                           {QStringLiteral("start_ms"), startMs},
                           {QStringLiteral("end_ms"), endMs},
                           {QStringLiteral("frames"), frames},
                           {QStringLiteral("bytes"), bytes},
                           {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
                           {QStringLiteral("recovered"), recovered}};
    }
    static std::optional<Segment> fromJson(const QByteArray& json)
    {
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        Segment s;
        s.file = o.value(QStringLiteral("file")).toString();
        s.startMs = qint64(o.value(QStringLiteral("start_ms")).toDouble());
        s.endMs = qint64(o.value(QStringLiteral("end_ms")).toDouble());
        s.frames = o.value(QStringLiteral("frames")).toInt(-1);
        s.bytes = qint64(o.value(QStringLiteral("bytes")).toDouble());
        s.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
        s.recovered = o.value(QStringLiteral("recovered")).toBool();
        if (s.file.isEmpty() || s.sha256.size() != 64)
            return std::nullopt;
        return s;
    }
    [[nodiscard]] camera::ManifestEntry entry() const
    {
        camera::ManifestEntry e;
        e.file = file;
        e.start = fromMs(startMs);
        e.end = fromMs(endMs);
        e.bytes = bytes;
        e.frames = frames;
        e.sha256 = sha256;
        e.recovered = recovered;
        return e;
    }
};

/// A settlement whose clip is open.
struct OpenClip
{
    QString settlementNo;
    qint64 startMs = 0; ///< the pre-roll's start
    QStringList items;
    QString dir;
    std::optional<camera::ManifestEntry> face;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/// Everything that touches files and GStreamer, on the recorder's own thread. Talks back to the
/// façade by queued calls (the façade outlives it: its destructor stops this first).
class RecorderWorker final : public QObject
{
public:
    RecorderWorker(GstSettlementRecorder* owner, RecorderOptions options, EvidenceSealer& sealer)
        : m_owner(owner)
        , m_options(std::move(options))
        , m_sealer(sealer)
        , m_layout{m_options.videoDir}
        , m_painter(m_options.format.frameSize)
    {
        if (!m_options.freeSpace)
            m_options.freeSpace = evidence::freeBytesAt;
    }

    void startUp();
    void onFrame(const VideoFrame& frame);
    void beginClip(const QString& no, const QStringList& items, qint64 startMs);
    void updateClip(const QString& no, const QStringList& items);
    void attachFace(const QString& no, const VideoFrame& frame, const QRect& box);
    void finishClip(const QString& no, ClipOutcome outcome, qint64 endMs);
    void cancelClip(const QString& no);
    void shutdown();

private:
    Status openSegment(qint64 ts);
    /// Ends the segment being written: closes, seals, hashes, describes it.
    void closeSegment();
    Result<Segment> describe(const QString& path, qint64 startMs, qint64 endMs, int frames,
                             bool recovered);
    Result<ClipRecord> keepClip(const OpenClip& clip, ClipOutcome outcome, qint64 endMs);
    void writePending(const OpenClip& clip);
    void prune(qint64 nowMs);
    void recover(RecoveryReport* report);
    void setState(RecorderState state, const QString& problem = {});
    void publish();

    GstSettlementRecorder* m_owner;
    RecorderOptions m_options;
    EvidenceSealer& m_sealer;
    evidence::Layout m_layout;
    OverlayPainter m_painter;

    std::unique_ptr<GstSegmentWriter> m_writer;
    QString m_currentPath;
    qint64 m_currentStartMs = 0;
    qint64 m_currentEndMs = 0;
    int m_currentFrames = 0;
    QList<Segment> m_closed; ///< the buffer's closed segments, oldest first
    QHash<QString, OpenClip> m_clips;
    QString m_overlayClip; ///< whose number and items the frames carry (the latest begun)

    RecorderStatus m_status;
    qint64 m_retryAtMs = -1;     ///< Faulted: try a new segment from this frame time on
    qint64 m_publishedAtMs = -1; ///< last periodic status (frame time)
};

// ---- worker ----------------------------------------------------------------------------------

void RecorderWorker::setState(RecorderState state, const QString& problem)
{
    if (m_status.state == state && m_status.problem == problem)
        return;
    m_status.state = state;
    m_status.problem = problem;
    if (state == RecorderState::Faulted)
        qCWarning(lcRecorder).noquote() << "recorder faulted:" << problem;
    publish();
}

void RecorderWorker::publish()
{
    const RecorderStatus s = m_status;
    QMetaObject::invokeMethod(
        m_owner, [o = m_owner, s] { o->setStatus(s); }, Qt::QueuedConnection);
}

void RecorderWorker::startUp()
{
    setState(RecorderState::Starting);
    if (!QDir().mkpath(m_layout.bufferDir()) || !QDir().mkpath(m_layout.clipsDir())) {
        setState(RecorderState::Faulted, Tr::tr("无法创建录像目录 %1").arg(m_options.videoDir));
        return;
    }
    RecoveryReport report;
    recover(&report);
    if (!report.isEmpty()) {
        qCWarning(lcRecorder) << "closed after a crash:" << report.segments.size() << "segments,"
                              << report.clips.size() << "clips";
        QMetaObject::invokeMethod(
            m_owner, [o = m_owner, report] { Q_EMIT o->recovered(report); }, Qt::QueuedConnection);
    }
    m_status.freeBytes = m_options.freeSpace(m_options.videoDir);
    setState(RecorderState::Recording);
}

void RecorderWorker::recover(RecoveryReport* report)
{
    const QDir buffer(m_layout.bufferDir());
    // Segments a crash left open: they play up to the kill; hash them as they are.
    for (const QString& marker : buffer.entryList({QStringLiteral("*.open")}, QDir::Files)) {
        const QString path = buffer.filePath(marker.chopped(5));
        const QJsonObject m = QJsonDocument::fromJson(readAll(buffer.filePath(marker))).object();
        QFileInfo info(path);
        // Killed after the segment was sealed (the plain file gone) but before it was described.
        if (!info.exists() && QFileInfo::exists(path + QStringLiteral(".sealed")))
            info = QFileInfo(path + QStringLiteral(".sealed"));
        if (info.exists() && info.size() > 0) {
            const qint64 start = qint64(m.value(QStringLiteral("start_ms")).toDouble());
            const qint64 end = std::max(start, info.lastModified().toMSecsSinceEpoch());
            if (Result<Segment> s = describe(info.filePath(), start, end, -1, true)) {
                m_closed.append(*s);
                report->segments << s->file;
            } else {
                qCWarning(lcRecorder).noquote() << s.error().message;
            }
        } else {
            QFile::remove(path);
        }
        QFile::remove(buffer.filePath(marker));
    }
    for (const QString& sidecar : buffer.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const std::optional<Segment> s = Segment::fromJson(readAll(buffer.filePath(sidecar)));
        if (s && !std::any_of(m_closed.cbegin(), m_closed.cend(), [&](const Segment& k) {
                return k.file == s->file;
            }))
            m_closed.append(*s);
    }
    std::sort(m_closed.begin(), m_closed.end(),
              [](const Segment& a, const Segment& b) { return a.startMs < b.startMs; });
    // Clips that were open: keep what was recorded for them, marked interrupted.
    QDirIterator it(m_layout.clipsDir(), {QStringLiteral("clip.pending")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString pending = it.next();
        const QJsonObject o = QJsonDocument::fromJson(readAll(pending)).object();
        OpenClip clip;
        clip.settlementNo = o.value(QStringLiteral("settlement")).toString();
        clip.startMs = qint64(o.value(QStringLiteral("start_ms")).toDouble());
        clip.dir = QFileInfo(pending).absolutePath();
        if (o.contains(QStringLiteral("face"))) {
            const QJsonObject f = o.value(QStringLiteral("face")).toObject();
            camera::ManifestEntry e;
            e.file = f.value(QStringLiteral("file")).toString();
            e.start = e.end = fromMs(qint64(f.value(QStringLiteral("at_ms")).toDouble()));
            e.bytes = QFileInfo(clip.dir + u'/' + e.file).size();
            if (Result<QByteArray> sha = m_sealer.contentSha256(clip.dir + u'/' + e.file)) {
                e.sha256 = *sha;
                clip.face = e;
            }
        }
        if (!evidence::isSafeSettlementNo(clip.settlementNo)) {
            qCWarning(lcRecorder) << "unreadable pending clip left as it is:" << pending;
            continue;
        }
        const qint64 end = m_closed.isEmpty() ? clip.startMs : m_closed.constLast().endMs;
        if (Result<ClipRecord> kept = keepClip(clip, ClipOutcome::Interrupted, end))
            report->clips << *kept;
        else
            qCWarning(lcRecorder).noquote() << kept.error().message;
    }
}

Result<Segment> RecorderWorker::describe(const QString& path, qint64 startMs, qint64 endMs,
                                         int frames, bool recovered)
{
    // The manifest hashes what was recorded (the plain segment), so a key rotation that
    // re-encrypts the sealed file leaves the manifest true.
    Result<QByteArray> sha = m_sealer.contentSha256(path);
    if (!sha)
        return sha.error();
    Result<QString> sealed = m_sealer.seal(path, EvidenceKind::VideoSegment);
    if (!sealed)
        return sealed.error();
    Segment s;
    s.file = QFileInfo(*sealed).fileName();
    s.startMs = startMs;
    s.endMs = endMs;
    s.frames = frames;
    s.bytes = QFileInfo(*sealed).size();
    s.sha256 = *sha;
    s.recovered = recovered;
    const QString sidecar = m_layout.bufferDir() + u'/' + s.file + QStringLiteral(".json");
    if (Status w = evidence::writeFileAtomically(sidecar, QJsonDocument(s.toJson()).toJson()); !w)
        return w.error();
    return s;
}

Status RecorderWorker::openSegment(qint64 ts)
{
    const qint64 free = m_options.freeSpace(m_options.videoDir);
    m_status.freeBytes = free;
    if (free >= 0 && free < m_options.minFreeBytes)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("录像磁盘空间不足：剩余 %1 MB").arg(megabytes(free)));
    const QString name = QStringLiteral("seg-%1.mkv")
                             .arg(fromMs(ts).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    const QString path = m_layout.bufferDir() + u'/' + name;
    // The marker first: if the process dies from here on, the next start finds the segment.
    const QByteArray marker =
        QJsonDocument(QJsonObject{{QStringLiteral("start_ms"), ts}}).toJson(QJsonDocument::Compact);
    if (Status w = evidence::writeFileAtomically(path + QStringLiteral(".open"), marker); !w)
        return w;
    Result<std::unique_ptr<GstSegmentWriter>> writer =
        GstSegmentWriter::open(path, m_options.format);
    if (!writer) {
        QFile::remove(path + QStringLiteral(".open"));
        QFile::remove(path);
        return writer.error();
    }
    m_writer = std::move(writer.value());
    m_currentPath = path;
    m_currentStartMs = ts;
    m_currentEndMs = ts;
    m_currentFrames = 0;
    qCDebug(lcRecorder) << "segment" << name << "opened";
    return {};
}

void RecorderWorker::closeSegment()
{
    if (!m_writer)
        return;
    if (Status closed = m_writer->close(); !closed)
        qCWarning(lcRecorder).noquote() << closed.error().message; // what was written still plays
    m_writer.reset();
    const QString marker = m_currentPath + QStringLiteral(".open");
    if (m_currentFrames == 0) {
        QFile::remove(m_currentPath);
        QFile::remove(marker);
        return;
    }
    if (Result<Segment> s =
            describe(m_currentPath, m_currentStartMs, m_currentEndMs, m_currentFrames, false)) {
        m_closed.append(*s);
        QFile::remove(marker);
    } else {
        // Left with its marker: the next start hashes it as recovered.
        qCWarning(lcRecorder).noquote() << "segment not described:" << s.error().message;
    }
}

void RecorderWorker::onFrame(const VideoFrame& frame)
{
    const qint64 ts = frame.timestampMs;
    if (m_status.state == RecorderState::Stopped || m_status.state == RecorderState::Starting)
        return;
    if (m_status.state == RecorderState::Faulted && !m_writer) {
        if (m_retryAtMs >= 0 && ts < m_retryAtMs)
            return;
        m_retryAtMs = -1;
    }
    if (m_writer && ts - m_currentStartMs >= qint64(m_options.segmentSeconds) * 1000) {
        closeSegment();
        prune(ts);
    }
    if (!m_writer) {
        if (Status opened = openSegment(ts); !opened) {
            m_retryAtMs = ts + m_options.faultRetryMs;
            setState(RecorderState::Faulted, opened.error().message);
            return;
        }
    }
    OverlayText text;
    text.time = fromMs(ts);
    text.store = m_options.store;
    text.terminal = m_options.terminal;
    if (const auto clip = m_clips.constFind(m_overlayClip); clip != m_clips.cend()) {
        text.settlementNo = clip->settlementNo;
        text.items = clip->items;
    }
    const QImage image = m_painter.compose(frame, text);
    if (Status pushed = m_writer->push(image, ts - m_currentStartMs); !pushed) {
        closeSegment(); // hash what was written: it plays
        m_retryAtMs = ts + m_options.faultRetryMs;
        setState(RecorderState::Faulted, pushed.error().message);
        return;
    }
    ++m_currentFrames;
    m_currentEndMs = ts;
    ++m_owner->m_written;
    m_status.lastFrameMs = ts;
    if (m_status.state != RecorderState::Recording) {
        setState(RecorderState::Recording);
        m_publishedAtMs = ts;
    } else if (m_publishedAtMs < 0 || ts - m_publishedAtMs >= 1000) {
        // Once a second of frame time: the last frame and the free space, for the gate.
        m_status.freeBytes = m_options.freeSpace(m_options.videoDir);
        m_publishedAtMs = ts;
        publish();
    }
}

void RecorderWorker::writePending(const OpenClip& clip)
{
    QJsonObject o{{QStringLiteral("settlement"), clip.settlementNo},
                  {QStringLiteral("start_ms"), clip.startMs}};
    if (clip.face)
        o.insert(QStringLiteral("face"),
                 QJsonObject{{QStringLiteral("file"), clip.face->file},
                             {QStringLiteral("at_ms"), clip.face->start.toMSecsSinceEpoch()}});
    if (Status w = evidence::writeFileAtomically(clip.dir + QStringLiteral("/clip.pending"),
                                                 QJsonDocument(o).toJson());
        !w)
        qCWarning(lcRecorder).noquote() << w.error().message;
}

void RecorderWorker::beginClip(const QString& no, const QStringList& items, qint64 startMs)
{
    OpenClip clip;
    clip.settlementNo = no;
    clip.startMs = startMs;
    clip.items = items;
    clip.dir = m_layout.clipDir(no, startMs);
    if (!QDir().mkpath(clip.dir)) {
        const Error e =
            makeError(ErrorCode::StorageFailure, Tr::tr("无法创建结算录像目录 %1").arg(clip.dir));
        QMetaObject::invokeMethod(
            m_owner, [o = m_owner, no, e] { Q_EMIT o->clipFailed(no, e); }, Qt::QueuedConnection);
        return;
    }
    writePending(clip);
    m_clips.insert(no, clip);
    m_overlayClip = no;
}

void RecorderWorker::updateClip(const QString& no, const QStringList& items)
{
    if (auto it = m_clips.find(no); it != m_clips.end())
        it->items = items;
}

void RecorderWorker::attachFace(const QString& no, const VideoFrame& frame, const QRect& box)
{
    auto it = m_clips.find(no);
    if (it == m_clips.end())
        return;
    auto fail = [&](const QString& why) {
        const Error e = makeError(ErrorCode::StorageFailure, why, QStringLiteral("CAM-FACE"));
        QMetaObject::invokeMethod(
            m_owner, [o = m_owner, no, e] { Q_EMIT o->clipFailed(no, e); }, Qt::QueuedConnection);
    };
    const QImage picture(reinterpret_cast<const uchar*>(frame.bgr.constData()), frame.width,
                         frame.height, frame.strideBytes, QImage::Format_BGR888);
    // The face with 40 % margin on each side: the head and shoulders an inspector expects.
    const int mx = box.width() * 2 / 5;
    const int my = box.height() * 2 / 5;
    const QRect crop = box.adjusted(-mx, -my, mx, my) & picture.rect();
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    if (crop.isEmpty() || !picture.copy(crop).save(&out, "JPG", 92))
        return fail(Tr::tr("人脸图像无法编码"));
    const QString path = it->dir + QStringLiteral("/face.jpg");
    if (Status w = evidence::writeFileAtomically(path, jpeg); !w)
        return fail(w.error().message);
    const QByteArray sha = QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex();
    jpeg.fill('\0');
    Result<QString> sealed = m_sealer.seal(path, EvidenceKind::FaceImage);
    if (!sealed)
        return fail(sealed.error().message);
    camera::ManifestEntry e;
    e.file = QFileInfo(*sealed).fileName();
    e.start = e.end = fromMs(frame.timestampMs);
    e.bytes = QFileInfo(*sealed).size();
    e.sha256 = sha;
    it->face = e;
    writePending(*it);
}

Result<ClipRecord> RecorderWorker::keepClip(const OpenClip& clip, ClipOutcome outcome, qint64 endMs)
{
    camera::ClipManifest m;
    m.settlementNo = clip.settlementNo;
    m.store = m_options.store;
    m.terminal = m_options.terminal;
    m.outcome = outcome;
    for (const Segment& s : std::as_const(m_closed)) {
        if (s.endMs < clip.startMs || s.startMs > endMs)
            continue;
        const QString to = clip.dir + u'/' + s.file;
        if (!QFileInfo::exists(to))
            if (Status linked = evidence::linkOrCopy(m_layout.bufferDir() + u'/' + s.file, to);
                !linked)
                return linked.error();
        m.segments.append(s.entry());
    }
    m.face = clip.face;
    m.start = m.segments.isEmpty() ? fromMs(clip.startMs) : m.segments.constFirst().start;
    m.end = m.segments.isEmpty() ? fromMs(endMs) : m.segments.constLast().end;
    m.link();
    const QByteArray json = m.toJson();
    const QString path = clip.dir + QStringLiteral("/manifest.json");
    if (Status w = evidence::writeFileAtomically(path, json); !w)
        return w.error();
    QFile::remove(clip.dir + QStringLiteral("/clip.pending"));
    ClipRecord r;
    r.settlementNo = clip.settlementNo;
    r.manifestPath = path;
    r.manifestSha256 = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
    r.start = m.start;
    r.end = m.end;
    r.segmentCount = int(m.segments.size());
    r.hasFace = m.face.has_value();
    r.outcome = outcome;
    qCInfo(lcRecorder) << "clip kept:" << r.segmentCount << "segments,"
                       << camera::outcomeKey(outcome);
    return r;
}

void RecorderWorker::finishClip(const QString& no, ClipOutcome outcome, qint64 endMs)
{
    const auto it = m_clips.constFind(no);
    if (it == m_clips.cend())
        return;
    // The segment being written covers the end: close it now so the clip is complete (the next
    // frame opens a new one).
    if (m_writer && m_currentStartMs <= endMs)
        closeSegment();
    const OpenClip clip = *it;
    m_clips.remove(no);
    if (m_overlayClip == no)
        m_overlayClip.clear();
    Result<ClipRecord> kept = keepClip(clip, outcome, endMs);
    if (kept && kept->segmentCount == 0)
        kept = makeError(ErrorCode::DeviceFailure, Tr::tr("结算 %1 没有录到任何画面").arg(no),
                         QStringLiteral("CAM-VIDEO"));
    if (kept) {
        QMetaObject::invokeMethod(
            m_owner, [o = m_owner, r = *kept] { Q_EMIT o->clipClosed(r); }, Qt::QueuedConnection);
    } else {
        const Error e = kept.error();
        QMetaObject::invokeMethod(
            m_owner, [o = m_owner, no, e] { Q_EMIT o->clipFailed(no, e); }, Qt::QueuedConnection);
    }
    prune(m_currentEndMs);
}

void RecorderWorker::cancelClip(const QString& no)
{
    const auto it = m_clips.constFind(no);
    if (it == m_clips.cend())
        return;
    QFile::remove(it->dir + QStringLiteral("/clip.pending"));
    QDir().rmdir(it->dir); // only when empty: nothing else was kept for it
    m_clips.remove(no);
    if (m_overlayClip == no)
        m_overlayClip.clear();
}

void RecorderWorker::prune(qint64 nowMs)
{
    qint64 keepFrom = nowMs - qint64(m_options.preRollSeconds + m_options.segmentSeconds) * 1000;
    for (const OpenClip& c : std::as_const(m_clips))
        keepFrom = std::min(keepFrom, c.startMs);
    while (!m_closed.isEmpty() && m_closed.constFirst().endMs < keepFrom) {
        const Segment s = m_closed.takeFirst();
        QFile::remove(m_layout.bufferDir() + u'/' + s.file);
        QFile::remove(m_layout.bufferDir() + u'/' + s.file + QStringLiteral(".json"));
    }
}

void RecorderWorker::shutdown()
{
    closeSegment();
    const QList<QString> open = m_clips.keys();
    for (const QString& no : open)
        finishClip(no, ClipOutcome::Interrupted, m_currentEndMs);
    setState(RecorderState::Stopped);
}

// ---- façade ----------------------------------------------------------------------------------

GstSettlementRecorder::GstSettlementRecorder(Camera& camera, RecorderOptions options,
                                             EvidenceSealer& sealer, const Clock& clock,
                                             QObject* parent)
    : SettlementRecorder(parent)
    , m_camera(camera)
    , m_options(std::move(options))
    , m_sealer(sealer)
    , m_clock(clock)
{
    qRegisterMetaType<pos::RecorderStatus>();
    qRegisterMetaType<pos::ClipRecord>();
    qRegisterMetaType<pos::RecoveryReport>();
}

GstSettlementRecorder::~GstSettlementRecorder()
{
    stop();
}

QString GstSettlementRecorder::deviceName() const
{
    return tr("结算录像（%1）").arg(m_options.videoDir);
}

Status GstSettlementRecorder::start()
{
    if (m_thread)
        return {};
    if (m_options.videoDir.isEmpty() || m_options.segmentSeconds < 1 || m_options.preRollSeconds < 0
        || m_options.postRollSeconds < 0 || !m_options.format.frameSize.isValid())
        return makeError(ErrorCode::Configuration,
                         tr("录像配置无效：需要录像目录、片段时长（≥1 秒）与画面尺寸"));
    GstSegmentWriter::ensureInitialised();
    m_written = 0;
    m_dropped = 0;
    m_thread = std::make_unique<WorkerThread>(QStringLiteral("recorder"));
    m_worker = new RecorderWorker(this, m_options, m_sealer);
    RecorderWorker* w = m_worker;
    m_thread->start(w, [w] { w->startUp(); });
    m_status.state = RecorderState::Starting;
    m_frames = connect(&m_camera, &Camera::frameReady, this, &GstSettlementRecorder::onFrame);
    return {};
}

void GstSettlementRecorder::stop()
{
    if (!m_thread)
        return;
    disconnect(m_frames);
    // Clips in their post-roll end now, as they were meant to; open ones are interrupted.
    const QList<QString> finishing = m_finishing.keys();
    for (const QString& no : finishing)
        finishNow(no);
    RecorderWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.reset(); // deletes the worker on its thread, then joins
    m_worker = nullptr;
    m_openClips.clear();
    // What the worker posted before it stopped (clips closed, the last status) is delivered by
    // the event loop; the status is known now.
    m_status.state = RecorderState::Stopped;
    Q_EMIT statusChanged(m_status);
}

void GstSettlementRecorder::setStatus(const RecorderStatus& status)
{
    if (!m_thread)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void GstSettlementRecorder::onFrame(const VideoFrame& frame)
{
    if (m_queued.load() >= m_options.maxQueuedFrames) {
        ++m_dropped; // the encoder or the disk is behind: drop rather than pile up video
        return;
    }
    ++m_queued;
    RecorderWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w,
        [this, w, frame] {
            --m_queued;
            w->onFrame(frame);
        },
        Qt::QueuedConnection);
}

Status GstSettlementRecorder::beginClip(const QString& no, const QStringList& items)
{
    if (!m_thread || !m_status.writing())
        return makeError(ErrorCode::DeviceFailure,
                         m_status.problem.isEmpty() ? tr("录像未在进行")
                                                    : tr("录像故障：%1").arg(m_status.problem),
                         QStringLiteral("CAM-VIDEO"));
    if (!evidence::isSafeSettlementNo(no))
        return makeError(ErrorCode::InvalidInput, tr("结算单号“%1”不能用作录像目录名").arg(no));
    if (m_openClips.contains(no))
        return makeError(ErrorCode::WrongState, tr("结算 %1 的录像已在进行").arg(no));
    m_openClips.insert(no);
    const qint64 startMs =
        m_clock.now().toMSecsSinceEpoch() - qint64(m_options.preRollSeconds) * 1000;
    RecorderWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, no, items, startMs] { w->beginClip(no, items, startMs); }, Qt::QueuedConnection);
    return {};
}

void GstSettlementRecorder::updateClip(const QString& no, const QStringList& items)
{
    if (!m_thread || !m_openClips.contains(no))
        return;
    RecorderWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, no, items] { w->updateClip(no, items); }, Qt::QueuedConnection);
}

Status GstSettlementRecorder::attachFace(const QString& no, const VideoFrame& frame,
                                         const QRect& face)
{
    if (!m_thread || !m_openClips.contains(no) || m_finishing.contains(no))
        return makeError(ErrorCode::WrongState, tr("结算 %1 没有进行中的录像").arg(no));
    if (frame.width <= 0 || frame.height <= 0
        || frame.bgr.size() < qsizetype(frame.strideBytes) * frame.height
        || !QRect(0, 0, frame.width, frame.height).intersects(face))
        return makeError(ErrorCode::InvalidInput, tr("人脸图像的画面无效"));
    RecorderWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, no, frame, face] { w->attachFace(no, frame, face); }, Qt::QueuedConnection);
    return {};
}

Status GstSettlementRecorder::endClip(const QString& no, ClipOutcome outcome)
{
    if (!m_thread || !m_openClips.contains(no) || m_finishing.contains(no))
        return makeError(ErrorCode::WrongState, tr("结算 %1 没有进行中的录像").arg(no));
    const qint64 endMs =
        m_clock.now().toMSecsSinceEpoch() + qint64(m_options.postRollSeconds) * 1000;
    m_finishing.insert(no, {outcome, endMs});
    QTimer::singleShot(m_options.postRollSeconds * 1000, this, [this, no] { finishNow(no); });
    return {};
}

void GstSettlementRecorder::finishNow(const QString& no)
{
    const auto it = m_finishing.constFind(no);
    if (it == m_finishing.cend() || !m_thread)
        return;
    const auto [outcome, endMs] = *it;
    m_finishing.remove(no);
    m_openClips.remove(no);
    RecorderWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, no, outcome, endMs] { w->finishClip(no, outcome, endMs); }, Qt::QueuedConnection);
}

void GstSettlementRecorder::cancelClip(const QString& no)
{
    if (!m_thread || !m_openClips.contains(no) || m_finishing.contains(no))
        return;
    m_openClips.remove(no);
    RecorderWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, no] { w->cancelClip(no); }, Qt::QueuedConnection);
}

void GstSettlementRecorder::flush()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace pos::devices
