#pragma once

#include "app/core/camera/bestshot.h"
#include "app/core/camera/facequality.h"
#include "app/core/camera/framewatchdog.h"
#include "app/core/notice.h"
#include "app/core/ports/settlementrecorder.h"
#include "app/core/result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace pos {
class AuditLog;
class Camera;
class Clock;
class EvidenceArchive;
} // namespace pos

namespace pos::camera {

/// Where one settlement's evidence stands. Idle between settlements: everything a settlement
/// held (consent, face, clip) ends with it.
enum class EvidenceState
{
    Idle = 1,        ///< no settlement
    AwaitingConsent, ///< begun: the notice is shown, the customer has not answered (CAM-CONSENT)
    ConsentRefused,  ///< refusal recorded: insured settlement not offered, self-pay still is
    Capturing,       ///< consent given: looking for a usable face (CAM-FACE)
    FaceHeld,        ///< a usable face of this settlement is held (the best shot keeps improving)
    Settling,        ///< the insured settlement proceeds on this face, recorded (CAM-VIDEO)
    Closing,         ///< settlement over: the recorder keeps the post-roll and writes the manifest
};

/// What moves the state. FaceFound is an event (a usable face analysed), the rest are commands.
enum class EvidenceAction
{
    Begin = 1,     ///< a settlement starts (its clip begins, with the pre-roll)
    GiveConsent,   ///< the customer agrees to the face capture
    RefuseConsent, ///< the customer refuses or withdraws consent
    FaceFound,     ///< a usable face arrived from the analyser
    Retry,         ///< the cashier drops the face held and captures again
    Proceed,       ///< insured settlement goes ahead on the face held (every condition checked)
    Finish,        ///< the settlement finished (slip printed): keep the clip after the post-roll
    Cancel,        ///< the insured path stops: nothing kept before Settling, the clip kept after
    ClipClosed,    ///< the recorder wrote the clip's manifest (or failed to)
};

/// The transition table: the state `action` leads to from `state`; nullopt when it is illegal
/// there. Pure; SettlementEvidence never moves any other way.
[[nodiscard]] std::optional<EvidenceState> evidenceNext(EvidenceState state, EvidenceAction action);
[[nodiscard]] QString toDisplayString(EvidenceState state);
[[nodiscard]] QString toDisplayString(EvidenceAction action);
[[nodiscard]] QString toDisplayString(CameraCondition condition);

/// The thresholds of the gate.
struct EvidencePolicy
{
    FaceQualityPolicy face;
    WatchdogPolicy watchdog;
    /// CAM-BACKUP: below this much free space where the recording is written, insured settlement
    /// is refused (before the disk fills and the recorder would record nothing).
    qint64 freeSpaceFloorBytes = qint64(2048) * 1024 * 1024;
    /// Below this, the counter warns (settlement still allowed). At least the floor.
    qint64 freeSpaceWarnBytes = qint64(4096) * 1024 * 1024;
    /// How often conditions are re-checked on the Clock (the watchdog); 0: only when tick() is
    /// called (tests drive it with a ManualClock).
    int tickMs = 500;
};

/// The conditions the gate watches, as of the last check.
struct EvidenceConditions
{
    CameraCondition camera = CameraCondition::NoFrames;
    QString cameraProblem; ///< what the camera backend last said (unplugged…), if anything
    RecorderStatus recorder;
    bool clipRecording = false; ///< the recorder accepted this settlement's clip
    bool spaceLow = false;      ///< below the warning level
    bool spaceBelowFloor = false;

    bool operator==(const EvidenceConditions& o) const
    {
        return camera == o.camera && cameraProblem == o.cameraProblem
               && recorder.state == o.recorder.state && recorder.problem == o.recorder.problem
               && clipRecording == o.clipRecording && spaceLow == o.spaceLow
               && spaceBelowFloor == o.spaceBelowFloor;
    }
};

/// What one settlement's evidence left, for the settlement record (issue 17 stores it): when
/// consent was given, the face shot, and the clip by its manifest's hash.
struct SettlementEvidenceRecord
{
    QString settlementNo;
    QDateTime consentAt;
    QDateTime faceAt;
    double faceScore = 0;
    ClipRecord clip;
};

/// What the counter's screens show beside the gate, set by the composition root (not owned; they
/// must outlive the gate): the camera whose frames the cashier's panel draws, the archive a store
/// manager looks back in, and what the camera is, in words ("模拟摄像头…" for a simulated one).
struct EvidenceDevices
{
    Camera* camera = nullptr;
    const EvidenceArchive* archive = nullptr;
    QString cameraDescription;
    bool simulated = false;
};

/// The settlement-area evidence gate (CAM-FACE, CAM-VIDEO, CAM-CONSENT, CAM-BACKUP) for one
/// settlement at a time: an explicit state machine (evidenceNext) from Idle through consent and
/// face capture to Settling and back, and the conditions insured settlement needs while it runs:
/// the camera delivering frames that are not black (a frame watchdog on the Clock), the recorder
/// writing this settlement's clip, enough free space, consent given and a usable face of this
/// settlement held.
///
/// requireInsured() is what the insured settlement asks before each step; it refuses with an
/// Error naming CAM-CONSENT, CAM-VIDEO, CAM-BACKUP or CAM-FACE (in that order of precedence),
/// audited (EvidenceRefused). A command illegal in the current state is refused with WrongState
/// (or the rule that explains it) and changes nothing. Transitions are audited
/// (EvidenceChanged); camera, recorder and disk faults and recoveries too (CameraFault), whether
/// a settlement runs or not. While Settling, a condition that fails closes the insured path
/// (insuredPathClosed) — it never continues unrecorded. Cash sales never ask this gate.
///
/// Faces are never logged or audited, only their scores. The live verdict is computed in every
/// state (the camera panel frames the customer), but nothing is kept before consent.
///
/// Thread: the owner's (GUI) thread. The recorder must outlive it; the camera, the analysis
/// worker and the recorder are connected to its slots by the composition root.
class SettlementEvidence : public QObject
{
    Q_OBJECT
public:
    /// Who acts, for the audit trail (the session's acting user; "-" when nobody).
    using ActorFn = std::function<QString()>;

    SettlementEvidence(SettlementRecorder& recorder, AuditLog& audit, const Clock& clock,
                       EvidencePolicy policy, ActorFn actor, QObject* parent = nullptr);

    [[nodiscard]] EvidenceState state() const { return m_state; }
    [[nodiscard]] const QString& settlementNo() const { return m_settlementNo; }
    [[nodiscard]] const FaceVerdict& liveVerdict() const { return m_live; }
    /// The best usable face of this settlement (nullopt before one is held).
    [[nodiscard]] const std::optional<FaceShot>& heldFace() const { return m_shots.best(); }
    [[nodiscard]] const EvidenceConditions& conditions() const { return m_conditions; }
    [[nodiscard]] const QDateTime& consentAt() const { return m_consentAt; }
    /// False once the customer refused consent: the insured settlement is not offered.
    [[nodiscard]] bool insuredOffered() const { return m_state != EvidenceState::ConsentRefused; }
    [[nodiscard]] const EvidencePolicy& policy() const { return m_policy; }
    /// The devices behind this gate, for the screens (see EvidenceDevices).
    void setDevices(EvidenceDevices devices) { m_devices = std::move(devices); }
    [[nodiscard]] const EvidenceDevices& devices() const { return m_devices; }

    /// Idle → AwaitingConsent: a settlement starts; its clip begins (pre-roll) with its number and
    /// items burned into the frames.
    Status begin(const QString& settlementNo, const QStringList& itemLines);
    /// The settlement's items changed: the overlay follows.
    void updateItems(const QStringList& itemLines);
    /// AwaitingConsent → Capturing.
    Status giveConsent();
    /// AwaitingConsent, Capturing, FaceHeld → ConsentRefused: recorded, any face dropped, the
    /// clip released; insured settlement is not offered (self-pay is).
    Status refuseConsent(const QString& reason);
    /// Capturing, FaceHeld → Capturing: the face held is dropped, capture starts again.
    Status retry();
    /// FaceHeld → Settling when every condition holds; the face shot is stored with the clip.
    Status proceed();
    /// The check insured settlement makes before each step: OK only while Settling (or FaceHeld,
    /// ready to proceed) with every condition met; else the refusal, audited.
    Status requireInsured();
    /// Settling → Closing: the clip is kept after the post-roll; evidenceComplete() follows.
    Status finish();
    /// Before Settling → Idle, nothing kept; Settling → Closing, the clip kept as abandoned.
    Status cancel(const QString& reason);

public Q_SLOTS:
    /// Camera::frameReady: a frame arrived now (the watchdog's clock).
    void onCameraFrame();
    /// Camera::failed: what the backend said (unplugged, cannot open…).
    void onCameraFailed(const QString& reason);
    /// Camera::restored.
    void onCameraRestored();
    /// FaceAnalysisWorker::analysed: one analysed frame and the frame itself.
    void onAnalysis(const pos::camera::FrameAnalysis& analysis, const pos::VideoFrame& frame);
    void onRecorderStatus(const pos::RecorderStatus& status);
    void onClipClosed(const pos::ClipRecord& clip);
    void onClipFailed(const QString& settlementNo, const pos::Error& error);
    /// Re-checks the conditions on the Clock (the timer calls it every tickMs).
    void tick();

Q_SIGNALS:
    void stateChanged(pos::camera::EvidenceState state);
    /// After every analysed frame: what the cashier sees.
    void verdictChanged(const pos::camera::FaceVerdict& verdict);
    /// A better shot became the held face.
    void faceHeld(const pos::camera::FaceVerdict& verdict);
    void conditionsChanged(const pos::camera::EvidenceConditions& conditions);
    void notice(const pos::Notice& notice);
    /// While Settling, a condition failed: the insured settlement must stop.
    void insuredPathClosed(const pos::Error& error);
    void consentRefused(const QString& settlementNo);
    void evidenceComplete(const pos::camera::SettlementEvidenceRecord& record);
    void evidenceFailed(const QString& settlementNo, const pos::Error& error);

private:
    /// Moves by the table, audited; false (and nothing changes) when illegal.
    bool move(EvidenceAction action, const QString& detail);
    Error refuse(Error error);
    [[nodiscard]] Error wrongState(EvidenceAction action) const;
    /// The first failing condition for insured settlement, or nullopt.
    [[nodiscard]] std::optional<Error> conditionProblem() const;
    void evaluate();
    void audit(int action, const QString& detail);
    void announce(Notice::Level level, const QString& text);
    void beginClip();
    void endSettlement();
    [[nodiscard]] qint64 nowMs() const;

    SettlementRecorder& m_recorder;
    AuditLog& m_audit;
    const Clock& m_clock;
    EvidencePolicy m_policy;
    ActorFn m_actor;
    EvidenceDevices m_devices;
    QTimer m_ticker;

    FrameWatchdog m_watchdog;
    qint64 m_watchSinceMs = 0; ///< NoFrames counts as a fault only after a stall limit from here
    EvidenceConditions m_conditions;
    std::optional<bool> m_cameraOk; ///< last audited camera health (unset: not judged yet)
    std::optional<bool> m_recorderOk;
    std::optional<bool> m_spaceOk;

    EvidenceState m_state = EvidenceState::Idle;
    QString m_settlementNo;
    QStringList m_items;
    QDateTime m_consentAt;
    BestShotKeeper m_shots;
    FaceVerdict m_live;
    bool m_pathClosedAnnounced = false;
    std::optional<ClipRecord> m_closedEarly; ///< the recorder closed the clip before finish()
};

} // namespace pos::camera

Q_DECLARE_METATYPE(pos::camera::EvidenceState)
Q_DECLARE_METATYPE(pos::camera::EvidenceConditions)
Q_DECLARE_METATYPE(pos::camera::SettlementEvidenceRecord)
