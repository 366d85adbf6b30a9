#include "app/cameraconfig.h"

#include "app/configkeys.h"
#include "app/core/privacy/retention.h"
#include "app/inifile.h"
#include "devices/camera/capturecamera.h"
#include "devices/camera/simulatedcamera.h"
#include "devices/recorder/gstsettlementrecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pos::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CameraConfig)
};

QString absoluteUnder(const QString& dataDir, const QString& path)
{
    return QDir::cleanPath(QDir::isAbsolutePath(path) ? path : QDir(dataDir).filePath(path));
}
} // namespace

Result<SettlementCameraSource> SettlementCameraSource::parse(const QString& value)
{
    const QString v = value.trimmed();
    SettlementCameraSource s;
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::Configuration,
                         Tr::tr("结算摄像头配置 settlement_camera=%1 无效：%2").arg(value, why));
    };
    if (v.isEmpty() || v == QStringLiteral("off"))
        return s;
    if (v.startsWith(QStringLiteral("simulated:"))) {
        s.kind = Kind::Simulated;
        s.location = v.mid(10);
        if (s.location.isEmpty())
            return bad(Tr::tr("应为 simulated:图片、图片文件夹或视频文件的路径"));
        return s;
    }
    if (v.startsWith(QStringLiteral("v4l2:"))) {
        s.kind = Kind::V4l2;
        s.location = v.mid(5);
        if (!s.location.startsWith(QStringLiteral("/dev/")))
            return bad(Tr::tr("应为 v4l2:/dev/v4l/by-id/…-video-index0（拔插后不变的路径）"));
        return s;
    }
    for (const char* scheme : {"rtsp://", "rtsps://", "http://", "https://"})
        if (v.startsWith(QLatin1String(scheme), Qt::CaseInsensitive)) {
            s.kind = Kind::Url;
            s.location = v;
            return s;
        }
    return bad(Tr::tr("可用：off、simulated:路径、v4l2:/dev/v4l/by-id/…、rtsp://…、http://…"));
}

Result<QString> microphoneSource(const QString& value)
{
    const QString v = value.trimmed();
    // Device names go into a GStreamer description: plain names only, nothing that could add
    // elements to the pipeline.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:,=-]+$"));
    auto bad = [&] {
        return makeError(ErrorCode::Configuration,
                         Tr::tr("麦克风配置 microphone=%1 无效：可用 off、pulse、pulse:音源名、"
                                "alsa:hw:1,0、test")
                             .arg(value));
    };
    if (v.isEmpty() || v == QStringLiteral("off"))
        return QString();
    if (v == QStringLiteral("test"))
        return QStringLiteral("audiotestsrc is-live=true wave=ticks");
    if (v == QStringLiteral("pulse"))
        return QStringLiteral("pulsesrc");
    if (v.startsWith(QStringLiteral("pulse:"))) {
        const QString device = v.mid(6);
        if (!plain.match(device).hasMatch() || device.contains(u'='))
            return bad();
        return QStringLiteral("pulsesrc device=%1").arg(device);
    }
    if (v.startsWith(QStringLiteral("alsa:"))) {
        const QString device = v.mid(5);
        if (!plain.match(device).hasMatch() || device.contains(u'='))
            return bad();
        return QStringLiteral("alsasrc device=%1").arg(device);
    }
    return bad();
}

CameraSettings CameraSettings::defaults(const QString& dataDir)
{
    CameraSettings s;
    s.videoDir = absoluteUnder(dataDir, QStringLiteral("video"));
    return s;
}

Result<CameraSettings> CameraSettings::read(const ConfigValues& ini, const QString& dataDir)
{
    CameraSettings s = defaults(dataDir);
    Result<SettlementCameraSource> source = SettlementCameraSource::parse(
        ini.text("devices", "settlement_camera", QStringLiteral("off")));
    if (!source)
        return ini.bad("devices", "settlement_camera", source.error().message);
    s.camera = *source;
    if (s.camera.kind == SettlementCameraSource::Kind::Simulated)
        s.camera.location = absoluteUnder(dataDir, s.camera.location);
    s.microphone = ini.text("devices", "microphone", s.microphone);
    Result<QString> audio = microphoneSource(s.microphone);
    if (!audio)
        return ini.bad("devices", "microphone", audio.error().message);
    s.audioSource = *audio;

    const QString video = ini.text("camera", "video_dir").trimmed();
    if (!video.isEmpty())
        s.videoDir = absoluteUnder(dataDir, video);
    const QString backup = ini.text("camera", "backup_dir").trimmed();
    if (!backup.isEmpty()) {
        s.backupDir = absoluteUnder(dataDir, backup);
        if (s.backupDir == s.videoDir || s.backupDir.startsWith(s.videoDir + u'/'))
            return ini.bad("camera", "backup_dir",
                           Tr::tr("无效：须是录像目录以外的另一位置（另一块磁盘或网络共享）"));
    }

    // Types and ranges were checked against the key table: these are in range.
    s.segmentSeconds = int(ini.integer("camera", "segment_seconds", s.segmentSeconds));
    s.preRollSeconds = int(ini.integer("camera", "pre_roll_seconds", s.preRollSeconds));
    s.postRollSeconds = int(ini.integer("camera", "post_roll_seconds", s.postRollSeconds));
    // CAM-CONSENT: how long clips and faces are kept is the store's [retention] policy (one
    // place for every kind of personal data); a month counts as 31 days here, so a clip is never
    // deleted before its period ends.
    const auto days = [&](const char* key, int fallback) {
        const Result<RetentionPeriod> p =
            RetentionPeriod::parse(ini.text("retention", key).trimmed());
        return p && !p->isZero() ? p->months * 31 + p->days : fallback;
    };
    s.retentionDays = days("clips", s.retentionDays);
    s.faceRetentionDays = days("faces", s.faceRetentionDays);
    s.freeSpaceFloorMb = ini.integer("camera", "free_space_floor_mb", s.freeSpaceFloorMb);
    s.freeSpaceWarnMb = ini.integer("camera", "free_space_warn_mb", 2 * s.freeSpaceFloorMb);
    const int width = int(ini.integer("camera", "width", s.frameSize.width()));
    const int height = int(ini.integer("camera", "height", s.frameSize.height()));
    s.fps = int(ini.integer("camera", "fps", s.fps));
    s.bitrateKbps = int(ini.integer("camera", "bitrate_kbps", s.bitrateKbps));
    s.minFaceHeightPercent =
        int(ini.integer("camera", "min_face_height_percent", s.minFaceHeightPercent));
    for (const auto& [key, value] : {std::pair{"width", width}, std::pair{"height", height}})
        if (value % 2 != 0)
            return ini.bad("camera", key, Tr::tr("无效：width 与 height 须为偶数（H.264 的要求）"));
    s.frameSize = QSize(width, height);
    if (s.freeSpaceWarnMb < s.freeSpaceFloorMb)
        return ini.bad("camera",
                       ini.has("camera", "free_space_warn_mb") ? "free_space_warn_mb"
                                                               : "free_space_floor_mb",
                       Tr::tr("无效：free_space_warn_mb 不能低于 free_space_floor_mb"));
    return s;
}

Result<CameraSettings> CameraSettings::load(const QString& path, const QString& dataDir)
{
    if (path.isEmpty())
        return defaults(dataDir);
    Result<IniFile> parsed = IniFile::read(path);
    if (!parsed)
        return parsed.error();
    Result<ConfigValues> checked = ConfigValues::check(*parsed);
    if (!checked)
        return checked.error();
    return read(*checked, dataDir);
}

camera::EvidencePolicy CameraSettings::evidencePolicy() const
{
    camera::EvidencePolicy p;
    p.freeSpaceFloorBytes = freeSpaceFloorMb * 1024 * 1024;
    p.freeSpaceWarnBytes = freeSpaceWarnMb * 1024 * 1024;
    p.face.minFaceHeightFraction = minFaceHeightPercent / 100.0;
    // The detector looks a little below the evidence size, so a face a little far is told to
    // come closer (devices::FaceAnalyzerOptions::minFaceFraction follows it in the station).
    return p;
}

devices::RecorderOptions CameraSettings::recorderOptions(const StoreProfile& store) const
{
    devices::RecorderOptions o;
    o.videoDir = videoDir;
    o.segmentSeconds = segmentSeconds;
    o.preRollSeconds = preRollSeconds;
    o.postRollSeconds = postRollSeconds;
    o.format.frameSize = frameSize;
    o.format.fps = fps;
    o.format.keyframeInterval = fps; // a keyframe a second
    o.format.bitrateKbps = bitrateKbps;
    o.format.audioSource = audioSource;
    o.store = store.name;
    o.terminal = store.terminalId;
    return o;
}

std::unique_ptr<Camera> makeSettlementCamera(const CameraSettings& settings, const Clock& clock)
{
    using K = SettlementCameraSource::Kind;
    switch (settings.camera.kind) {
    case K::Off: return nullptr;
    case K::Simulated: {
        devices::SimulatedCamera::Options o;
        o.source = settings.camera.location;
        o.intervalMs = 1000 / std::max(1, settings.fps);
        o.frameSize = settings.frameSize;
        return std::make_unique<devices::SimulatedCamera>(o, clock);
    }
    case K::V4l2:
    case K::Url: {
        devices::CaptureCamera::Options o;
        o.kind = settings.camera.kind == K::V4l2 ? devices::CaptureCamera::Options::Kind::V4l2
                                                 : devices::CaptureCamera::Options::Kind::Url;
        o.source = settings.camera.location;
        o.size = settings.frameSize;
        o.fps = settings.fps;
        return std::make_unique<devices::CaptureCamera>(o, clock);
    }
    }
    return nullptr;
}

} // namespace pos::app
