#pragma once

// In-memory fakes for the settlement camera's ports (header-only; CAM-* tests).

#include "app/core/camera/facequality.h"
#include "app/core/camera/settlementevidence.h"
#include "app/core/ports/evidencearchive.h"
#include "app/core/ports/settlementrecorder.h"

#include <QFile>
#include <QHash>
#include <QStringList>

namespace pos::fakes {

/// A recorder that records calls; its status and answers are whatever the test sets. clipClosed
/// is emitted by closeClip(), as the real recorder does after the post-roll.
class FakeSettlementRecorder final : public SettlementRecorder
{
    Q_OBJECT
public:
    FakeSettlementRecorder()
    {
        current.state = RecorderState::Recording;
        current.freeBytes = qint64(100) * 1024 * 1024 * 1024;
    }
    [[nodiscard]] QString deviceName() const override { return QStringLiteral("FakeRecorder"); }
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] Status start() override { return {}; }
    void stop() override {}
    [[nodiscard]] RecorderStatus status() const override { return current; }

    [[nodiscard]] Status beginClip(const QString& no, const QStringList& items) override
    {
        if (!current.writing())
            return makeError(ErrorCode::DeviceFailure, QStringLiteral("录像未在进行"));
        begun << no;
        lastItems = items;
        return {};
    }
    void updateClip(const QString&, const QStringList& items) override { lastItems = items; }
    [[nodiscard]] Status attachFace(const QString& no, const VideoFrame& frame,
                                    const QRect& face) override
    {
        if (failAttach)
            return makeError(ErrorCode::DeviceFailure, QStringLiteral("写入失败"));
        faces.insert(no, face);
        lastFaceFrame = frame;
        return {};
    }
    [[nodiscard]] Status endClip(const QString& no, ClipOutcome outcome) override
    {
        ended << no;
        outcomes << outcome;
        return {};
    }
    void cancelClip(const QString& no) override { cancelled << no; }

    void setStatus(RecorderState state, const QString& problem = {})
    {
        current.state = state;
        current.problem = problem;
        Q_EMIT statusChanged(current);
    }
    void setFreeBytes(qint64 bytes)
    {
        current.freeBytes = bytes;
        Q_EMIT statusChanged(current);
    }
    /// What the real recorder emits once the post-roll is written.
    ClipRecord closeClip(const QString& no)
    {
        ClipRecord c;
        c.settlementNo = no;
        c.manifestPath = QStringLiteral("/clips/%1/manifest.json").arg(no);
        c.manifestSha256 = QByteArray(64, 'a');
        c.segmentCount = 2;
        c.hasFace = faces.contains(no);
        c.outcome = outcomes.isEmpty() ? ClipOutcome::Completed : outcomes.constLast();
        Q_EMIT clipClosed(c);
        return c;
    }

    RecorderStatus current;
    QStringList begun;
    QStringList ended;
    QList<ClipOutcome> outcomes;
    QStringList cancelled;
    QHash<QString, QRect> faces;
    VideoFrame lastFaceFrame;
    QStringList lastItems;
    bool failAttach = false;
};

/// The gate's policy for tests on a ManualClock: conditions re-checked only when the test calls
/// tick(), free-space floor 1000 bytes, warning 2000.
inline camera::EvidencePolicy manualEvidencePolicy()
{
    camera::EvidencePolicy p;
    p.tickMs = 0;
    p.freeSpaceFloorBytes = 1000;
    p.freeSpaceWarnBytes = 2000;
    return p;
}

/// A frame analysis with one face of the given kind, at a 1280×720 frame (for the gate's tests).
inline camera::FrameAnalysis analysisWithFace(bool usable, qint64 atMs, double sharpness = 0.2)
{
    camera::FrameAnalysis a;
    a.timestampMs = atMs;
    a.frameSize = QSize(1280, 720);
    a.frameBrightness = 120;
    camera::FaceMeasurement f;
    f.frameSize = a.frameSize;
    f.box = QRect(500, 200, 220, 240);
    f.eyesFound = usable ? 2 : 0;
    f.sharpness = sharpness;
    f.laplacianVariance = 300;
    f.brightness = 140;
    f.contrast = 50;
    a.faces.append(f);
    return a;
}

/// A 1280×720 frame of one grey level (BGR), as the settlement camera delivers.
inline VideoFrame hdFrame(qint64 atMs, char level = '\x60')
{
    VideoFrame f;
    f.width = 1280;
    f.height = 720;
    f.strideBytes = 1280 * 3;
    f.bgr = QByteArray(qsizetype(f.strideBytes) * f.height, level);
    f.timestampMs = atMs;
    return f;
}

inline VideoFrame tinyFrame(qint64 atMs)
{
    VideoFrame f;
    f.width = 4;
    f.height = 2;
    f.strideBytes = 12;
    f.bgr = QByteArray(24, '\x40');
    f.timestampMs = atMs;
    return f;
}

/// An archive holding whatever the test put in.
class FakeEvidenceArchive final : public EvidenceArchive
{
public:
    [[nodiscard]] Result<EvidenceSummary> find(const QString& no) const override
    {
        if (!clips.contains(no))
            return makeError(ErrorCode::NotFound, QStringLiteral("没有结算 %1 的录像").arg(no));
        return clips.value(no);
    }
    [[nodiscard]] Result<QByteArray> faceImage(const QString& no) const override
    {
        if (!faces.contains(no))
            return makeError(ErrorCode::NotFound, QStringLiteral("没有人脸"));
        return faces.value(no);
    }
    [[nodiscard]] Result<std::unique_ptr<ClipPlayback>> openClip(const QString& no) const override
    {
        if (!clips.contains(no))
            return makeError(ErrorCode::NotFound, QStringLiteral("没有录像"));
        return std::unique_ptr<ClipPlayback>(new Playback);
    }
    [[nodiscard]] Status exportClip(const QString& no, const QString& outPath) const override
    {
        if (!clips.contains(no))
            return makeError(ErrorCode::NotFound, QStringLiteral("没有录像"));
        exported << outPath;
        QFile out(outPath); // a file where the export goes, as the real archive leaves one
        if (!out.open(QIODevice::WriteOnly) || out.write("mkv") != 3)
            return makeError(ErrorCode::StorageFailure, QStringLiteral("写不进 %1").arg(outPath));
        return {};
    }

    QHash<QString, EvidenceSummary> clips;
    QHash<QString, QByteArray> faces;
    mutable QStringList exported;

private:
    struct Playback final : ClipPlayback
    {
        std::optional<VideoFrame> nextFrame() override
        {
            if (left-- <= 0)
                return std::nullopt;
            return tinyFrame(0);
        }
        double framesPerSecond() const override { return 15; }
        int left = 3;
    };
};

} // namespace pos::fakes
