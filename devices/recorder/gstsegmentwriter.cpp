#include "devices/recorder/gstsegmentwriter.h"

#include "devices/logging.h"
#include "devices/recorder/evidencefiles.h"

#include <QCoreApplication>
#include <QFile>

#include <gst/app/gstappsrc.h>
#include <gst/gst.h>

#include <mutex>

namespace pos::devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GstSegmentWriter)
};

/// GStreamer's C handles, each with its owner.
struct GstObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            gst_object_unref(p);
    }
};
template <typename T> using GstPtr = std::unique_ptr<T, GstObjectUnref>;

QString takeErrorText(GstMessage* msg)
{
    GError* err = nullptr;
    gchar* debug = nullptr;
    gst_message_parse_error(msg, &err, &debug);
    const QString text = err ? QString::fromUtf8(err->message) : QStringLiteral("?");
    if (debug)
        qCDebug(lcRecorder) << "gstreamer:" << debug;
    g_clear_error(&err);
    g_free(debug);
    return text;
}
} // namespace

struct GstSegmentWriter::Pipeline
{
    GstPtr<GstElement> pipeline;
    GstPtr<GstElement> appsrc;
    GstPtr<GstBus> bus;

    ~Pipeline()
    {
        if (pipeline)
            gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    }
};

void GstSegmentWriter::ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { gst_init(nullptr, nullptr); });
}

Result<std::unique_ptr<GstSegmentWriter>> GstSegmentWriter::open(const QString& path,
                                                                 const SegmentFormat& f)
{
    ensureInitialised();
    std::unique_ptr<GstSegmentWriter> w(new GstSegmentWriter);
    w->m_path = path;
    w->m_format = f;
    const bool audio = !f.audioSource.trimmed().isEmpty();
    // Element names only: the file location is set as a property, never parsed from text.
    QString description =
        QStringLiteral("appsrc name=src is-live=true format=time do-timestamp=%1 "
                       "! queue max-size-buffers=8 ! videoconvert "
                       "! x264enc tune=zerolatency speed-preset=ultrafast bitrate=%2 "
                       "key-int-max=%3 ! h264parse ! queue ! mux. "
                       "matroskamux name=mux ! filesink name=sink buffer-mode=unbuffered")
            .arg(audio ? QStringLiteral("true") : QStringLiteral("false"))
            .arg(f.bitrateKbps)
            .arg(f.keyframeInterval);
    if (audio)
        description += QStringLiteral(" %1 ! queue ! audioconvert ! audioresample ! opusenc "
                                      "! queue ! mux.")
                           .arg(f.audioSource);
    GError* error = nullptr;
    w->m_p = std::make_unique<Pipeline>();
    w->m_p->pipeline.reset(gst_parse_launch(description.toUtf8().constData(), &error));
    if (!w->m_p->pipeline || error) {
        const QString why = error ? QString::fromUtf8(error->message) : QStringLiteral("?");
        g_clear_error(&error);
        return makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("录像管道无法建立：%1（需要 gstreamer1.0-plugins-good/-bad/-ugly）").arg(why));
    }
    GstElement* pipeline = w->m_p->pipeline.get();
    w->m_p->appsrc.reset(gst_bin_get_by_name(GST_BIN(pipeline), "src"));
    GstPtr<GstElement> sink(gst_bin_get_by_name(GST_BIN(pipeline), "sink"));
    g_object_set(sink.get(), "location", QFile::encodeName(path).constData(), nullptr);
    GstCaps* caps =
        gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "BGRx", "width", G_TYPE_INT,
                            f.frameSize.width(), "height", G_TYPE_INT, f.frameSize.height(),
                            "framerate", GST_TYPE_FRACTION, f.fps, 1, nullptr);
    g_object_set(w->m_p->appsrc.get(), "caps", caps, "block", FALSE, "max-bytes",
                 guint64(64) * 1024 * 1024, nullptr);
    gst_caps_unref(caps);
    w->m_p->bus.reset(gst_element_get_bus(pipeline));
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        Status why = w->busError();
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("录像文件 %1 无法开始写入：%2")
                             .arg(path, why ? QStringLiteral("?") : why.error().message));
    }
    return w;
}

GstSegmentWriter::~GstSegmentWriter()
{
    if (!m_closed && m_p)
        (void)close(2000);
}

Status GstSegmentWriter::busError()
{
    if (!m_p || !m_p->bus)
        return {};
    while (GstMessage* msg = gst_bus_pop_filtered(m_p->bus.get(), GST_MESSAGE_ERROR)) {
        const QString text = takeErrorText(msg);
        gst_message_unref(msg);
        return makeError(ErrorCode::DeviceFailure, text);
    }
    return {};
}

Status GstSegmentWriter::push(const QImage& frame, qint64 ptsMs)
{
    if (m_closed)
        return makeError(ErrorCode::WrongState, Tr::tr("录像片段已关闭"));
    if (Status s = busError(); !s)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("录像写入失败：%1").arg(s.error().message));
    if (frame.format() != QImage::Format_RGB32 || frame.size() != m_format.frameSize)
        return makeError(ErrorCode::InvalidInput, Tr::tr("录像帧格式不符"));
    // The buffer wraps the image's bytes without a copy; the image is released with it.
    auto* keep = new QImage(frame);
    GstBuffer* buffer =
        gst_buffer_new_wrapped_full(GST_MEMORY_FLAG_READONLY, const_cast<uchar*>(keep->constBits()),
                                    size_t(keep->sizeInBytes()), 0, size_t(keep->sizeInBytes()),
                                    keep, [](gpointer p) { delete static_cast<QImage*>(p); });
    if (m_format.audioSource.trimmed().isEmpty()) {
        GST_BUFFER_PTS(buffer) = GstClockTime(ptsMs) * GST_MSECOND;
        GST_BUFFER_DURATION(buffer) = GST_SECOND / guint64(std::max(1, m_format.fps));
    }
    const GstFlowReturn flow =
        gst_app_src_push_buffer(GST_APP_SRC(m_p->appsrc.get()), buffer); // takes the buffer
    if (flow != GST_FLOW_OK) {
        Status why = busError();
        return makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("录像写入失败：%1")
                .arg(why ? QString::fromUtf8(gst_flow_get_name(flow)) : why.error().message));
    }
    return {};
}

Status GstSegmentWriter::close(int timeoutMs)
{
    if (m_closed || !m_p)
        return {};
    m_closed = true;
    Status result;
    gst_app_src_end_of_stream(GST_APP_SRC(m_p->appsrc.get()));
    GstMessage* msg =
        gst_bus_timed_pop_filtered(m_p->bus.get(), GstClockTime(timeoutMs) * GST_MSECOND,
                                   GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    if (!msg)
        result = makeError(ErrorCode::DeviceFailure, Tr::tr("录像片段 %1 关闭超时").arg(m_path));
    else if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR)
        result = makeError(ErrorCode::DeviceFailure,
                           Tr::tr("录像片段 %1 关闭出错：%2").arg(m_path, takeErrorText(msg)));
    if (msg)
        gst_message_unref(msg);
    gst_element_set_state(m_p->pipeline.get(), GST_STATE_NULL);
    m_p.reset();
    if (Status synced = evidence::syncFile(m_path); !synced && result)
        result = synced;
    return result;
}

} // namespace pos::devices
