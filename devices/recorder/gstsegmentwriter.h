#pragma once

#include "app/core/result.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace pos::devices {

/// What a segment is encoded as.
struct SegmentFormat
{
    QSize frameSize{1280, 720};
    int fps = 15; ///< nominal (caps); buffers carry their own times
    int bitrateKbps = 1200;
    int keyframeInterval = 15; ///< one a second at 15 fps: a damaged file recovers within 1 s
    /// A GStreamer audio source for the 音像记录's sound, or empty for none:
    /// "pulsesrc device=…", "alsasrc device=hw:1,0", "audiotestsrc is-live=true" (tests).
    QString audioSource;
};

/// One Matroska segment of the settlement recording, written by GStreamer as it comes:
///     appsrc (BGRx) ! videoconvert ! x264enc tune=zerolatency speed-preset=ultrafast
///       ! h264parse ! matroskamux ! filesink buffer-mode=unbuffered
/// (plus the audio source ! audioconvert ! audioresample ! opusenc into the same muxer when one
/// is configured). Measured: killed with SIGKILL, such a file plays up to the last frame or two
/// (tests/devices/tst_settlementrecorder kills it). close() sends EOS so the muxer writes its
/// index and duration, then fsyncs the file.
///
/// Not thread-safe: one thread (the recorder's worker) owns and drives it.
class GstSegmentWriter
{
public:
    /// Builds and starts the pipeline writing `path`; an error says which element or file failed.
    [[nodiscard]] static Result<std::unique_ptr<GstSegmentWriter>>
    open(const QString& path, const SegmentFormat& format);
    ~GstSegmentWriter();
    GstSegmentWriter(const GstSegmentWriter&) = delete;
    GstSegmentWriter& operator=(const GstSegmentWriter&) = delete;

    /// Pushes one frame (QImage::Format_RGB32 = BGRx in memory, at the format's size) at `ptsMs`
    /// from the segment's start (ignored when an audio source is configured: frames are then
    /// stamped with the pipeline clock, so sound and picture stay in step). An error when the
    /// pipeline failed (disk full, encoder error): the segment is over.
    [[nodiscard]] Status push(const QImage& frame, qint64 ptsMs);
    /// EOS, waits up to `timeoutMs` for the muxer to finish, stops, fsyncs the file.
    [[nodiscard]] Status close(int timeoutMs = 5000);
    [[nodiscard]] const QString& path() const { return m_path; }

    /// gst_init, once per process (thread-safe).
    static void ensureInitialised();

private:
    GstSegmentWriter() = default;
    [[nodiscard]] Status busError();

    struct Pipeline;
    std::unique_ptr<Pipeline> m_p;
    QString m_path;
    SegmentFormat m_format;
    bool m_closed = false;
};

} // namespace pos::devices
