#include "devices/recorder/fileevidencearchive.h"

#include "app/core/ports/evidencesealer.h"
#include "devices/logging.h"
#include "devices/recorder/gstsegmentwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gst/gst.h>
#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

namespace pos::devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileEvidenceArchive)
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Decodes segment files one after the other (OpenCV's FFmpeg backend).
class OpenCvClipPlayback final : public ClipPlayback
{
public:
    /// `scratch`: decrypted copies among `files`, deleted with the playback.
    OpenCvClipPlayback(QStringList files, QStringList scratch)
        : m_files(std::move(files))
        , m_scratch(std::move(scratch))
    {
    }
    ~OpenCvClipPlayback() override
    {
        m_capture.release();
        for (const QString& f : std::as_const(m_scratch))
            QFile::remove(f);
    }

    std::optional<VideoFrame> nextFrame() override
    {
        cv::Mat mat;
        while (!(m_capture.isOpened() && m_capture.read(mat) && !mat.empty())) {
            if (m_next >= m_files.size())
                return std::nullopt;
            m_capture.open(m_files.at(m_next++).toStdString(), cv::CAP_FFMPEG);
            if (m_capture.isOpened() && m_fps <= 0)
                m_fps = m_capture.get(cv::CAP_PROP_FPS);
        }
        if (mat.type() != CV_8UC3)
            return std::nullopt;
        VideoFrame f;
        f.width = mat.cols;
        f.height = mat.rows;
        f.strideBytes = int(mat.step[0]);
        f.bgr =
            QByteArray(reinterpret_cast<const char*>(mat.data), qsizetype(mat.step[0]) * mat.rows);
        f.timestampMs = qint64(double(m_frames++) * 1000.0 / framesPerSecond());
        return f;
    }
    double framesPerSecond() const override { return m_fps > 0 && m_fps < 121 ? m_fps : 15.0; }

private:
    QStringList m_files;
    QStringList m_scratch;
    qsizetype m_next = 0;
    cv::VideoCapture m_capture;
    double m_fps = 0;
    qint64 m_frames = 0;
};

struct Unref
{
    void operator()(gpointer p) const
    {
        if (p)
            gst_object_unref(p);
    }
};

/// What a demuxer's new pad is linked to: the queue of its stream.
struct DemuxTargets
{
    GstElement* videoQueue = nullptr;
    GstElement* audioQueue = nullptr;
};

void onPadAdded(GstElement*, GstPad* pad, gpointer data)
{
    auto* t = static_cast<DemuxTargets*>(data);
    const gchar* name = GST_PAD_NAME(pad);
    GstElement* queue = g_str_has_prefix(name, "video")   ? t->videoQueue
                        : g_str_has_prefix(name, "audio") ? t->audioQueue
                                                          : nullptr;
    if (!queue)
        return;
    GstPad* sink = gst_element_get_static_pad(queue, "sink");
    if (!gst_pad_is_linked(sink))
        gst_pad_link(pad, sink);
    gst_object_unref(sink);
}

GstElement* make(GstElement* bin, const char* factory)
{
    GstElement* e = gst_element_factory_make(factory, nullptr);
    if (e)
        gst_bin_add(GST_BIN(bin), e);
    return e;
}

GstElement* unlimitedQueue(GstElement* bin)
{
    GstElement* q = make(bin, "queue");
    if (q)
        g_object_set(q, "max-size-buffers", 0u, "max-size-bytes", 0u, "max-size-time", guint64(0),
                     nullptr);
    return q;
}
} // namespace

QList<KeptClip> listKeptClips(const QString& root, QStringList* problems)
{
    QList<KeptClip> clips;
    const QDir days(root + QStringLiteral("/clips"));
    for (const QString& day : days.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dayDir(days.filePath(day));
        for (const QString& no : dayDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString dir = dayDir.filePath(no);
            const QString manifest = dir + QStringLiteral("/manifest.json");
            if (!QFileInfo::exists(manifest))
                continue; // still open (clip.pending), or not a clip
            const QByteArray json = readAll(manifest);
            Result<camera::ClipManifest> m = camera::ClipManifest::fromJson(json);
            if (!m) {
                if (problems)
                    *problems << manifest + QStringLiteral(": ") + m.error().message;
                continue;
            }
            clips.append(KeptClip{
                dir, *m, QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()});
        }
    }
    return clips;
}

Result<KeptClip> findKeptClip(const QString& root, const QString& settlementNo)
{
    if (!evidence::isSafeSettlementNo(settlementNo))
        return makeError(ErrorCode::InvalidInput, Tr::tr("结算单号“%1”无效").arg(settlementNo));
    const QDir days(root + QStringLiteral("/clips"));
    for (const QString& day : days.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString manifest =
            days.filePath(day) + u'/' + settlementNo + QStringLiteral("/manifest.json");
        if (!QFileInfo::exists(manifest))
            continue;
        const QByteArray json = readAll(manifest);
        Result<camera::ClipManifest> m = camera::ClipManifest::fromJson(json);
        if (!m)
            return m.error();
        if (m->settlementNo != settlementNo)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 的清单写的是另一个结算单号").arg(manifest));
        return KeptClip{QFileInfo(manifest).absolutePath(), *m,
                        QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()};
    }
    return makeError(ErrorCode::NotFound, Tr::tr("没有结算 %1 的录像").arg(settlementNo));
}

FileEvidenceArchive::FileEvidenceArchive(QString videoDir, QString backupDir,
                                         EvidenceSealer& sealer, QString scratchDir)
    : m_videoDir(std::move(videoDir))
    , m_backupDir(std::move(backupDir))
    , m_sealer(sealer)
    , m_scratchDir(std::move(scratchDir))
{
}

Result<EvidenceSummary> FileEvidenceArchive::find(const QString& settlementNo) const
{
    Result<KeptClip> clip = findKeptClip(m_videoDir, settlementNo);
    if (!clip)
        return clip.error();
    EvidenceSummary s;
    s.clip.settlementNo = settlementNo;
    s.clip.manifestPath = clip->dir + QStringLiteral("/manifest.json");
    s.clip.manifestSha256 = clip->manifestSha256;
    s.clip.start = clip->manifest.start;
    s.clip.end = clip->manifest.end;
    s.clip.segmentCount = int(clip->manifest.segments.size());
    s.clip.hasFace = clip->manifest.face.has_value();
    s.clip.outcome = clip->manifest.outcome;
    s.backedUp = !m_backupDir.isEmpty() && findKeptClip(m_backupDir, settlementNo).ok();
    return s;
}

Result<QString> FileEvidenceArchive::checkedReadable(const KeptClip& clip,
                                                     const camera::ManifestEntry& entry) const
{
    const QString path = clip.dir + u'/' + entry.file;
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         QFileInfo::exists(path + QStringLiteral(".expired"))
                             ? Tr::tr("%1 已按保留期限删除").arg(entry.file)
                             : Tr::tr("%1 缺失").arg(path),
                         QStringLiteral("CAM-BACKUP"));
    QDir().mkpath(m_scratchDir);
    // A sealed file is decrypted (and so authenticated) into the scratch folder; the manifest
    // hashes the plain content.
    Result<QString> readable = m_sealer.readablePath(path, m_scratchDir);
    if (!readable)
        return readable.error();
    const Result<QByteArray> sha = evidence::sha256OfFile(*readable);
    if (!sha || *sha != entry.sha256) {
        if (*readable != path)
            QFile::remove(*readable);
        if (!sha)
            return sha.error();
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("%1 与清单中的 SHA-256 不符：文件已被改动").arg(path),
                         QStringLiteral("CAM-BACKUP"));
    }
    return readable;
}

Result<QStringList> FileEvidenceArchive::checkedSegments(const KeptClip& clip) const
{
    if (clip.manifest.segments.isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("结算 %1 的录像没有片段").arg(clip.manifest.settlementNo));
    if (const QStringList problems = clip.manifest.chainProblems(); !problems.isEmpty())
        return makeError(ErrorCode::StorageFailure, problems.join(QStringLiteral("；")),
                         QStringLiteral("CAM-BACKUP"));
    QStringList files;
    for (const camera::ManifestEntry& e : clip.manifest.segments) {
        Result<QString> readable = checkedReadable(clip, e);
        if (!readable) {
            for (qsizetype i = 0; i < files.size(); ++i)
                if (files.at(i) != clip.dir + u'/' + clip.manifest.segments.at(i).file)
                    QFile::remove(files.at(i)); // decrypted copies made so far
            return readable.error();
        }
        files << *readable;
    }
    return files;
}

Result<QByteArray> FileEvidenceArchive::faceImage(const QString& settlementNo) const
{
    Result<KeptClip> clip = findKeptClip(m_videoDir, settlementNo);
    if (!clip)
        return clip.error();
    if (!clip->manifest.face)
        return makeError(ErrorCode::NotFound, Tr::tr("结算 %1 没有人脸图像").arg(settlementNo));
    const QString path = clip->dir + u'/' + clip->manifest.face->file;
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         QFileInfo::exists(path + QStringLiteral(".expired"))
                             ? Tr::tr("结算 %1 的人脸图像已按保留期限删除").arg(settlementNo)
                             : Tr::tr("结算 %1 的人脸图像缺失").arg(settlementNo),
                         QStringLiteral("CAM-BACKUP"));
    // Decrypted in memory only: a face never lands in a file in plain.
    Result<QByteArray> bytes = m_sealer.readAll(path);
    if (!bytes)
        return bytes.error();
    if (QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()
        != clip->manifest.face->sha256) {
        bytes->fill('\0');
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("%1 与清单中的 SHA-256 不符：文件已被改动").arg(path),
                         QStringLiteral("CAM-BACKUP"));
    }
    return bytes;
}

Result<std::unique_ptr<ClipPlayback>>
FileEvidenceArchive::openClip(const QString& settlementNo) const
{
    Result<KeptClip> clip = findKeptClip(m_videoDir, settlementNo);
    if (!clip)
        return clip.error();
    Result<QStringList> files = checkedSegments(*clip);
    if (!files)
        return files.error();
    QStringList scratch;
    for (qsizetype i = 0; i < files->size(); ++i)
        if (files->at(i) != clip->dir + u'/' + clip->manifest.segments.at(i).file)
            scratch << files->at(i);
    return std::unique_ptr<ClipPlayback>(new OpenCvClipPlayback(*files, scratch));
}

Status FileEvidenceArchive::exportClip(const QString& settlementNo, const QString& outPath) const
{
    Result<KeptClip> clip = findKeptClip(m_videoDir, settlementNo);
    if (!clip)
        return clip.error();
    Result<QStringList> files = checkedSegments(*clip);
    if (!files)
        return files.error();
    const QString partial = outPath + QStringLiteral(".part");
    Status joined = joinSegments(*files, partial);
    for (qsizetype i = 0; i < files->size(); ++i)
        if (files->at(i) != clip->dir + u'/' + clip->manifest.segments.at(i).file)
            QFile::remove(files->at(i)); // decrypted copies
    if (!joined) {
        QFile::remove(partial);
        return joined;
    }
    QFile::remove(outPath);
    if (!QFile::rename(partial, outPath))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(outPath));
    return evidence::writeFileAtomically(outPath + QStringLiteral(".manifest.json"),
                                         readAll(clip->dir + QStringLiteral("/manifest.json")));
}

Status joinSegments(const QStringList& segments, const QString& outPath, int timeoutMs)
{
    GstSegmentWriter::ensureInitialised();
    if (segments.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("没有可合并的录像片段"));
    // Our segments carry Opus sound only when a microphone was configured; Matroska names the
    // codec in the track header at the start of the file.
    QFile first(segments.constFirst());
    const bool audio = first.open(QIODevice::ReadOnly) && first.read(64 * 1024).contains("A_OPUS");
    first.close();

    std::unique_ptr<GstElement, Unref> pipeline(gst_pipeline_new("join"));
    GstElement* bin = pipeline.get();
    GstElement* vconcat = make(bin, "concat");
    GstElement* vparse = make(bin, "h264parse");
    GstElement* mux = make(bin, "matroskamux");
    GstElement* sink = make(bin, "filesink");
    GstElement* aconcat = audio ? make(bin, "concat") : nullptr;
    GstElement* aqueue = audio ? unlimitedQueue(bin) : nullptr;
    if (!vconcat || !vparse || !mux || !sink || (audio && (!aconcat || !aqueue)))
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("缺少 GStreamer 组件（gstreamer1.0-plugins-good/-bad）"));
    g_object_set(sink, "location", QFile::encodeName(outPath).constData(), nullptr);
    if (!gst_element_link_many(vconcat, vparse, mux, sink, nullptr)
        || (audio && !gst_element_link_many(aconcat, aqueue, mux, nullptr)))
        return makeError(ErrorCode::DeviceFailure, Tr::tr("录像合并管道无法连接"));

    std::vector<std::unique_ptr<DemuxTargets>> targets;
    for (const QString& file : segments) {
        GstElement* src = make(bin, "filesrc");
        GstElement* demux = make(bin, "matroskademux");
        GstElement* vq = unlimitedQueue(bin);
        GstElement* aq = audio ? unlimitedQueue(bin) : nullptr;
        if (!src || !demux || !vq || (audio && !aq))
            return makeError(ErrorCode::DeviceFailure, Tr::tr("缺少 GStreamer 组件"));
        g_object_set(src, "location", QFile::encodeName(file).constData(), nullptr);
        gst_element_link(src, demux);
        // concat plays its inputs in the order their pads were requested: link them in order.
        gst_element_link(vq, vconcat);
        if (aq)
            gst_element_link(aq, aconcat);
        targets.push_back(std::make_unique<DemuxTargets>(DemuxTargets{vq, aq}));
        g_signal_connect(demux, "pad-added", G_CALLBACK(onPadAdded), targets.back().get());
    }
    std::unique_ptr<GstBus, Unref> bus(gst_element_get_bus(bin));
    Status result;
    if (gst_element_set_state(bin, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        result = makeError(ErrorCode::DeviceFailure, Tr::tr("录像合并无法开始"));
    } else {
        GstMessage* msg =
            gst_bus_timed_pop_filtered(bus.get(), GstClockTime(timeoutMs) * GST_MSECOND,
                                       GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
        if (!msg) {
            result = makeError(ErrorCode::DeviceFailure, Tr::tr("录像合并超时"));
        } else {
            if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
                GError* err = nullptr;
                gst_message_parse_error(msg, &err, nullptr);
                result = makeError(
                    ErrorCode::DeviceFailure,
                    Tr::tr("录像合并出错：%1").arg(QString::fromUtf8(err ? err->message : "?")));
                g_clear_error(&err);
            }
            gst_message_unref(msg);
        }
    }
    gst_element_set_state(bin, GST_STATE_NULL);
    if (result)
        result = evidence::syncFile(outPath);
    return result;
}

} // namespace pos::devices
