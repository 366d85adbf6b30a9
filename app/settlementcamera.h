#pragma once

#include "app/cameraconfig.h"
#include "app/core/camera/settlementevidence.h"
#include "app/core/notice.h"
#include "app/core/result.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace pos {
class AuditLog;
class Camera;
class Clock;
class EvidenceArchive;
class EvidenceSealer;
class SettlementRecorder;
} // namespace pos

namespace pos::devices {
class EvidenceBackup;
class FaceAnalysisWorker;
class GstSettlementRecorder;
class WorkerThread;
} // namespace pos::devices

namespace pos::app {

/// The settlement area's camera, assembled: the configured camera, the face analysis on its
/// worker thread, the recorder, the core's evidence gate wired to all three, the archive for
/// looking back, and the backup (after each kept clip, on its own thread) with the daily retention
/// run. What the counter (the lead's composition) owns one of; the insured settlement asks
/// evidence().requireInsured() before each step, the UI shows camera() frames and the gate.
///
/// With `settlement_camera=off` there is no camera: the gate refuses insured settlement with
/// CAM-VIDEO saying none is configured; everything else works.
/// Thread: the owner's (GUI) thread; the pieces run their own threads.
class SettlementCameraStation final : public QObject
{
    Q_OBJECT
public:
    /// `sealer`: the data-protection issue's (must outlive the station); nullptr: files stay as
    /// written (PassThroughSealer).
    [[nodiscard]] static Result<std::unique_ptr<SettlementCameraStation>>
    assemble(const CameraSettings& settings, const StoreProfile& store, const Clock& clock,
             AuditLog& audit, camera::SettlementEvidence::ActorFn actor,
             EvidenceSealer* sealer = nullptr);
    ~SettlementCameraStation() override;

    /// Starts the recorder (closing what a crash left open, said by notice()) and the camera.
    [[nodiscard]] Status start();
    void stop();

    [[nodiscard]] Camera* camera() const { return m_camera.get(); }
    [[nodiscard]] camera::SettlementEvidence& evidence() const { return *m_evidence; }
    [[nodiscard]] SettlementRecorder& recorder() const;
    [[nodiscard]] const EvidenceArchive& archive() const { return *m_archive; }
    [[nodiscard]] const CameraSettings& settings() const { return m_settings; }

    /// Runs the retention on the backup thread now (also at start and daily by itself);
    /// retentionDone() follows.
    void runRetention();

Q_SIGNALS:
    /// Everything the cashier should hear: the gate's notices, crash recovery, backup failures.
    void notice(const pos::Notice& notice);
    /// A retention run finished: `deleted` clips (primary and backup copies) were past it.
    void retentionDone(int deleted);

private:
    SettlementCameraStation(CameraSettings settings, const Clock& clock);
    void backupLater(const QString& settlementNo);

    CameraSettings m_settings;
    const Clock& m_clock;
    std::unique_ptr<EvidenceSealer> m_ownSealer;
    EvidenceSealer* m_sealer = nullptr;
    std::unique_ptr<Camera> m_camera;
    std::unique_ptr<devices::FaceAnalysisWorker> m_faces;
    std::unique_ptr<devices::GstSettlementRecorder> m_recorder;
    std::unique_ptr<camera::SettlementEvidence> m_evidence;
    std::unique_ptr<EvidenceArchive> m_archive;
    std::unique_ptr<devices::EvidenceBackup> m_backup; ///< used on m_backupThread only
    std::unique_ptr<devices::WorkerThread> m_backupThread;
    QObject* m_backupContext = nullptr; ///< lives on m_backupThread
    QTimer m_retention;
};

} // namespace pos::app
