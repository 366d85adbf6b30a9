#pragma once

#include "app/core/camera/settlementevidence.h"
#include "app/core/result.h"
#include "app/core/storeprofile.h"

#include <QSize>
#include <QString>

#include <memory>

namespace pos {
class Camera;
class Clock;
} // namespace pos

namespace pos::devices {
struct RecorderOptions;
}

namespace pos::app {

class ConfigValues;

/// Where the settlement camera's picture comes from ([devices] settlement_camera=).
struct SettlementCameraSource
{
    enum class Kind
    {
        Off = 1,   ///< none configured: insured settlement is refused (CAM-VIDEO)
        Simulated, ///< simulated:PATH — an image, a folder of images or a video file, replayed
        V4l2,      ///< v4l2:/dev/v4l/by-id/usb-…-video-index0 — a USB camera
        Url,       ///< rtsp://… or http(s)://… — a network camera
    };
    Kind kind = Kind::Off;
    QString location; ///< path or URL

    /// Parses the `settlement_camera=` value; an error says what is allowed.
    [[nodiscard]] static Result<SettlementCameraSource> parse(const QString& value);
};

/// The settlement camera's configuration, read from the store's INI file:
///
///     [devices]
///     settlement_camera = off | simulated:PATH | v4l2:/dev/v4l/by-id/… | rtsp://… | http://…
///     microphone = off | pulse[:SOURCE] | alsa:hw:1,0 | test          (sound of the 音像记录)
///     [camera]
///     video_dir = video                  (relative to the data directory, or absolute)
///     backup_dir =                       (CAM-BACKUP: another disk or a mounted share)
///     segment_seconds = 10   pre_roll_seconds = 10   post_roll_seconds = 5
///     free_space_floor_mb = 2048         (below it insured settlement is refused)
///     free_space_warn_mb = 4096          (below it the counter warns; default twice the floor)
///     width = 1280  height = 720  fps = 15  bitrate_kbps = 1200
///     min_face_height_percent = 15       (离得太远 below this share of the frame's height)
///
/// Each key is a row of the key table (app/configkeys.cpp), which checks its type and range; read()
/// adds what the table cannot say: the forms of settlement_camera= and microphone=, even frame
/// sizes, the warning level not below the floor, and a backup folder outside the video folder. A
/// bad value is an error naming the file, the line, the key and what it accepts; nothing falls
/// back silently.
struct CameraSettings
{
    SettlementCameraSource camera;
    QString microphone = QStringLiteral("off"); ///< as written
    QString audioSource;                        ///< the GStreamer source it means; empty when off
    QString videoDir;                           ///< absolute
    QString backupDir;                          ///< absolute; empty: none
    int segmentSeconds = 10;
    int preRollSeconds = 10;
    int postRollSeconds = 5;
    /// From [retention] clips and faces (CAM-CONSENT: as short as the store's rules allow).
    int retentionDays = 180;
    int faceRetentionDays = 90;
    qint64 freeSpaceFloorMb = 2048;
    qint64 freeSpaceWarnMb = 4096;
    QSize frameSize{1280, 720};
    int fps = 15;
    int bitrateKbps = 1200;
    int minFaceHeightPercent = 15;

    /// The defaults for a data directory (video under it, no backup, simulated nothing).
    [[nodiscard]] static CameraSettings defaults(const QString& dataDir);
    /// Reads the keys above over the defaults from a file already checked against the key table
    /// (AppConfig::load does, and keeps the result as AppConfig::camera).
    [[nodiscard]] static Result<CameraSettings> read(const ConfigValues& ini,
                                                     const QString& dataDir);
    /// Reads them from the INI file at `path` (empty: the defaults), checking it against the key
    /// table first — for commands that need the camera's settings alone.
    [[nodiscard]] static Result<CameraSettings> load(const QString& path, const QString& dataDir);

    /// The gate's policy: the free-space levels and the face size.
    [[nodiscard]] camera::EvidencePolicy evidencePolicy() const;
    /// The recorder's options, burning in the store's name and terminal.
    [[nodiscard]] devices::RecorderOptions recorderOptions(const StoreProfile& store) const;
};

/// `microphone=` as the GStreamer audio source the recorder muxes in: "" for off, "pulsesrc",
/// "pulsesrc device=NAME", "alsasrc device=hw:1,0", "audiotestsrc is-live=true" for test.
[[nodiscard]] Result<QString> microphoneSource(const QString& value);

/// The settlement camera the source names (not started); nullptr for Off.
[[nodiscard]] std::unique_ptr<Camera> makeSettlementCamera(const CameraSettings& settings,
                                                           const Clock& clock);

} // namespace pos::app
