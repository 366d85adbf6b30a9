#include "app/core/camera/settlementevidence.h"

#include "app/core/logging.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"

#include <QCoreApplication>

namespace pos::camera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettlementEvidence)
};
const QString kFace = QStringLiteral("CAM-FACE");
const QString kVideo = QStringLiteral("CAM-VIDEO");
const QString kConsent = QStringLiteral("CAM-CONSENT");
const QString kBackup = QStringLiteral("CAM-BACKUP");

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}
} // namespace

std::optional<EvidenceState> evidenceNext(EvidenceState s, EvidenceAction a)
{
    using S = EvidenceState;
    using A = EvidenceAction;
    switch (s) {
    case S::Idle:
        if (a == A::Begin)
            return S::AwaitingConsent;
        break;
    case S::AwaitingConsent:
        if (a == A::GiveConsent)
            return S::Capturing;
        if (a == A::RefuseConsent)
            return S::ConsentRefused;
        if (a == A::Cancel)
            return S::Idle;
        break;
    case S::ConsentRefused:
        if (a == A::Cancel)
            return S::Idle;
        break;
    case S::Capturing:
        if (a == A::FaceFound)
            return S::FaceHeld;
        if (a == A::Retry)
            return S::Capturing;
        if (a == A::RefuseConsent)
            return S::ConsentRefused;
        if (a == A::Cancel)
            return S::Idle;
        break;
    case S::FaceHeld:
        if (a == A::FaceFound)
            return S::FaceHeld;
        if (a == A::Retry)
            return S::Capturing;
        if (a == A::Proceed)
            return S::Settling;
        if (a == A::RefuseConsent)
            return S::ConsentRefused;
        if (a == A::Cancel)
            return S::Idle;
        break;
    case S::Settling:
        if (a == A::Finish || a == A::Cancel)
            return S::Closing;
        break;
    case S::Closing:
        if (a == A::ClipClosed)
            return S::Idle;
        break;
    }
    return std::nullopt;
}

QString toDisplayString(EvidenceState s)
{
    switch (s) {
    case EvidenceState::Idle: return Tr::tr("无进行中的结算");
    case EvidenceState::AwaitingConsent: return Tr::tr("等待顾客同意人脸采集");
    case EvidenceState::ConsentRefused: return Tr::tr("顾客拒绝人脸采集");
    case EvidenceState::Capturing: return Tr::tr("正在采集人脸");
    case EvidenceState::FaceHeld: return Tr::tr("已采集合格人脸");
    case EvidenceState::Settling: return Tr::tr("医保结算中（录像中）");
    case EvidenceState::Closing: return Tr::tr("正在保存结算录像");
    }
    return {};
}

QString toDisplayString(EvidenceAction a)
{
    switch (a) {
    case EvidenceAction::Begin: return Tr::tr("开始结算取证");
    case EvidenceAction::GiveConsent: return Tr::tr("顾客同意人脸采集");
    case EvidenceAction::RefuseConsent: return Tr::tr("顾客拒绝人脸采集");
    case EvidenceAction::FaceFound: return Tr::tr("采集到合格人脸");
    case EvidenceAction::Retry: return Tr::tr("重新采集人脸");
    case EvidenceAction::Proceed: return Tr::tr("确认人脸，进入医保结算");
    case EvidenceAction::Finish: return Tr::tr("结算完成，保存录像");
    case EvidenceAction::Cancel: return Tr::tr("取消医保结算");
    case EvidenceAction::ClipClosed: return Tr::tr("结算录像已保存");
    }
    return {};
}

QString toDisplayString(CameraCondition c)
{
    switch (c) {
    case CameraCondition::NoFrames: return Tr::tr("摄像头无画面（未连接或正在启动）");
    case CameraCondition::Live: return Tr::tr("摄像头正常");
    case CameraCondition::Stalled: return Tr::tr("摄像头画面中断");
    case CameraCondition::Black: return Tr::tr("摄像头画面全黑（镜头被遮挡或损坏）");
    }
    return {};
}

SettlementEvidence::SettlementEvidence(SettlementRecorder& recorder, AuditLog& audit,
                                       const Clock& clock, EvidencePolicy policy, ActorFn actor,
                                       QObject* parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_audit(audit)
    , m_clock(clock)
    , m_policy(policy)
    , m_actor(std::move(actor))
    , m_watchdog(policy.watchdog)
{
    if (m_policy.freeSpaceWarnBytes < m_policy.freeSpaceFloorBytes)
        m_policy.freeSpaceWarnBytes = m_policy.freeSpaceFloorBytes;
    m_watchSinceMs = nowMs();
    m_conditions.recorder = m_recorder.status();
    m_live = judgeFrame(FrameAnalysis{}, m_policy.face);
    if (m_policy.tickMs > 0) {
        connect(&m_ticker, &QTimer::timeout, this, &SettlementEvidence::tick);
        m_ticker.start(m_policy.tickMs);
    }
    evaluate();
}

qint64 SettlementEvidence::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

// ---- commands --------------------------------------------------------------------------------

Status SettlementEvidence::begin(const QString& settlementNo, const QStringList& itemLines)
{
    if (!evidenceNext(m_state, EvidenceAction::Begin))
        return refuse(wrongState(EvidenceAction::Begin));
    if (settlementNo.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("结算取证需要结算单号"));
    m_settlementNo = settlementNo;
    m_items = itemLines;
    m_consentAt = {};
    m_shots.clear();
    m_closedEarly.reset();
    m_pathClosedAnnounced = false;
    move(EvidenceAction::Begin, {});
    beginClip();
    return {};
}

void SettlementEvidence::updateItems(const QStringList& itemLines)
{
    m_items = itemLines;
    if (m_conditions.clipRecording)
        m_recorder.updateClip(m_settlementNo, itemLines);
}

Status SettlementEvidence::giveConsent()
{
    if (!evidenceNext(m_state, EvidenceAction::GiveConsent))
        return refuse(wrongState(EvidenceAction::GiveConsent));
    m_consentAt = m_clock.now();
    move(EvidenceAction::GiveConsent, {});
    return {};
}

Status SettlementEvidence::refuseConsent(const QString& reason)
{
    if (!evidenceNext(m_state, EvidenceAction::RefuseConsent))
        return refuse(wrongState(EvidenceAction::RefuseConsent));
    m_shots.clear();
    m_consentAt = {};
    if (m_conditions.clipRecording)
        m_recorder.cancelClip(m_settlementNo);
    m_conditions.clipRecording = false;
    move(EvidenceAction::RefuseConsent, reason);
    announce(Notice::Level::Info,
             Tr::tr("顾客拒绝人脸采集（已记录）：本单不能医保结算，可自费结算"));
    Q_EMIT consentRefused(m_settlementNo);
    return {};
}

Status SettlementEvidence::retry()
{
    if (!evidenceNext(m_state, EvidenceAction::Retry))
        return refuse(wrongState(EvidenceAction::Retry));
    m_shots.clear();
    move(EvidenceAction::Retry, {});
    return {};
}

Status SettlementEvidence::proceed()
{
    if (!evidenceNext(m_state, EvidenceAction::Proceed)) {
        // Before a face is held, the rule that is missing explains more than "wrong state".
        if (std::optional<Error> why = conditionProblem(); why && m_state != EvidenceState::Idle
                                                           && m_state != EvidenceState::Settling
                                                           && m_state != EvidenceState::Closing)
            return refuse(*why);
        return refuse(wrongState(EvidenceAction::Proceed));
    }
    if (std::optional<Error> why = conditionProblem())
        return refuse(*why);
    const FaceShot& shot = *m_shots.best();
    if (Status stored = m_recorder.attachFace(m_settlementNo, shot.frame, shot.face.box); !stored)
        return refuse(makeError(ErrorCode::DeviceFailure,
                                Tr::tr("人脸图像未能随录像保存：%1").arg(stored.error().message),
                                kFace));
    move(EvidenceAction::Proceed, Tr::tr("人脸质量 %1 分").arg(shot.verdict.score, 0, 'f', 0));
    return {};
}

Status SettlementEvidence::requireInsured()
{
    if (m_state != EvidenceState::Settling && m_state != EvidenceState::FaceHeld) {
        if (std::optional<Error> why = conditionProblem();
            why && m_state != EvidenceState::Idle && m_state != EvidenceState::Closing)
            return refuse(*why);
        return refuse(makeError(
            ErrorCode::WrongState,
            Tr::tr("结算取证状态为“%1”，不能医保结算").arg(toDisplayString(m_state)), kVideo));
    }
    if (std::optional<Error> why = conditionProblem())
        return refuse(*why);
    return {};
}

Status SettlementEvidence::finish()
{
    if (!evidenceNext(m_state, EvidenceAction::Finish))
        return refuse(wrongState(EvidenceAction::Finish));
    move(EvidenceAction::Finish, {});
    if (m_closedEarly) {
        onClipClosed(*m_closedEarly);
        return {};
    }
    if (Status s = m_recorder.endClip(m_settlementNo, ClipOutcome::Completed); !s)
        onClipFailed(m_settlementNo, s.error());
    return {};
}

Status SettlementEvidence::cancel(const QString& reason)
{
    if (!evidenceNext(m_state, EvidenceAction::Cancel))
        return refuse(wrongState(EvidenceAction::Cancel));
    if (m_state == EvidenceState::Settling) {
        // The face was used and the insured settlement may have reached the platform: what the
        // camera saw is kept, marked abandoned.
        move(EvidenceAction::Cancel, reason);
        if (m_closedEarly) {
            onClipClosed(*m_closedEarly);
            return {};
        }
        if (Status s = m_recorder.endClip(m_settlementNo, ClipOutcome::Abandoned); !s)
            onClipFailed(m_settlementNo, s.error());
        return {};
    }
    if (m_conditions.clipRecording)
        m_recorder.cancelClip(m_settlementNo);
    move(EvidenceAction::Cancel, reason);
    endSettlement();
    return {};
}

// ---- inputs ----------------------------------------------------------------------------------

void SettlementEvidence::onCameraFrame()
{
    m_watchdog.frameArrived(nowMs());
    if (m_conditions.camera != CameraCondition::Live)
        evaluate();
}

void SettlementEvidence::onCameraFailed(const QString& reason)
{
    m_conditions.cameraProblem = reason;
    evaluate();
}

void SettlementEvidence::onCameraRestored()
{
    m_conditions.cameraProblem.clear();
    evaluate();
}

void SettlementEvidence::onAnalysis(const FrameAnalysis& analysis, const VideoFrame& frame)
{
    m_watchdog.frameBrightness(analysis.timestampMs, analysis.frameBrightness);
    m_live = judgeFrame(analysis, m_policy.face);
    Q_EMIT verdictChanged(m_live);
    // Nothing is kept before consent (CAM-CONSENT), nor after the face was used.
    if (m_state == EvidenceState::Capturing || m_state == EvidenceState::FaceHeld) {
        if (m_shots.offer(frame, analysis, m_live)) {
            if (m_state == EvidenceState::Capturing)
                move(EvidenceAction::FaceFound,
                     Tr::tr("人脸质量 %1 分").arg(m_live.score, 0, 'f', 0));
            Q_EMIT faceHeld(m_live);
        }
    }
    evaluate();
}

void SettlementEvidence::onRecorderStatus(const RecorderStatus& status)
{
    // evaluate() compares with the conditions as they were: a new state or problem of the
    // recorder is a change the screens must hear of, even when nothing else changed.
    const bool recorderChanged = status.state != m_conditions.recorder.state
                                 || status.problem != m_conditions.recorder.problem;
    m_conditions.recorder = status;
    const bool needsClip = m_state == EvidenceState::AwaitingConsent
                           || m_state == EvidenceState::Capturing
                           || m_state == EvidenceState::FaceHeld;
    if (status.writing() && needsClip && !m_conditions.clipRecording)
        beginClip(); // the recorder came back: the clip starts now, with what the buffer holds
    evaluate();
    if (recorderChanged)
        Q_EMIT conditionsChanged(m_conditions);
}

void SettlementEvidence::onClipClosed(const ClipRecord& clip)
{
    if (clip.settlementNo != m_settlementNo || m_settlementNo.isEmpty())
        return;
    if (m_state != EvidenceState::Closing) {
        // Closed under us (the recorder stopped): the settlement is no longer recorded.
        m_closedEarly = clip;
        m_conditions.clipRecording = false;
        evaluate();
        return;
    }
    SettlementEvidenceRecord record;
    record.settlementNo = m_settlementNo;
    record.consentAt = m_consentAt;
    if (const std::optional<FaceShot>& shot = m_shots.best()) {
        record.faceAt = QDateTime::fromMSecsSinceEpoch(shot->frame.timestampMs);
        record.faceScore = shot->verdict.score;
    }
    record.clip = clip;
    move(EvidenceAction::ClipClosed, Tr::tr("清单 SHA-256 %1，%2 个片段")
                                         .arg(QString::fromLatin1(clip.manifestSha256))
                                         .arg(clip.segmentCount));
    endSettlement();
    Q_EMIT evidenceComplete(record);
}

void SettlementEvidence::onClipFailed(const QString& settlementNo, const Error& error)
{
    if (settlementNo != m_settlementNo || m_settlementNo.isEmpty())
        return;
    audit(int(AuditAction::CameraFault),
          Tr::tr("结算 %1 的录像未能保存：%2").arg(settlementNo, error.message));
    announce(Notice::Level::Error, Tr::tr("结算录像未能保存：%1").arg(error.message));
    if (m_state == EvidenceState::Closing) {
        move(EvidenceAction::ClipClosed, error.message);
        endSettlement();
        Q_EMIT evidenceFailed(settlementNo, error);
        return;
    }
    m_conditions.clipRecording = false;
    evaluate();
}

void SettlementEvidence::tick()
{
    evaluate();
}

// ---- internals -------------------------------------------------------------------------------

void SettlementEvidence::beginClip()
{
    const Status s = m_recorder.beginClip(m_settlementNo, m_items);
    m_conditions.clipRecording = s.ok();
    if (!s)
        announce(Notice::Level::Warning, Tr::tr("结算录像未能开始：%1").arg(s.error().message));
    evaluate();
}

void SettlementEvidence::endSettlement()
{
    m_settlementNo.clear();
    m_items.clear();
    m_consentAt = {};
    m_shots.clear();
    m_closedEarly.reset();
    m_conditions.clipRecording = false;
    m_pathClosedAnnounced = false;
    evaluate();
}

std::optional<Error> SettlementEvidence::conditionProblem() const
{
    const EvidenceConditions& c = m_conditions;
    if (m_state == EvidenceState::AwaitingConsent)
        return makeError(ErrorCode::RuleViolation, Tr::tr("尚未征得顾客同意采集人脸，不能医保结算"),
                         kConsent);
    if (m_state == EvidenceState::ConsentRefused)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("顾客拒绝人脸采集，本单不能医保结算（可自费结算）"), kConsent);
    if (c.camera != CameraCondition::Live) {
        QString why = toDisplayString(c.camera);
        if (!c.cameraProblem.isEmpty())
            why += Tr::tr("：%1").arg(c.cameraProblem);
        return makeError(ErrorCode::DeviceFailure, why + Tr::tr("，不能医保结算"), kVideo);
    }
    if (!c.recorder.writing()) {
        const QString why = c.recorder.problem.isEmpty()
                                ? Tr::tr("录像未在进行")
                                : Tr::tr("录像故障：%1").arg(c.recorder.problem);
        return makeError(ErrorCode::DeviceFailure, why + Tr::tr("，不能医保结算"), kVideo);
    }
    if (!c.clipRecording && m_state != EvidenceState::Idle)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("本单结算录像未开始，不能医保结算"),
                         kVideo);
    if (c.spaceBelowFloor)
        return makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("录像磁盘剩余空间 %1 MB，低于下限 %2 MB，不能医保结算")
                .arg(megabytes(c.recorder.freeBytes), megabytes(m_policy.freeSpaceFloorBytes)),
            kBackup);
    if (m_state == EvidenceState::Capturing || m_state == EvidenceState::Idle || !m_shots.best())
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("尚未采集到本单顾客的合格人脸：%1").arg(m_live.words), kFace);
    return std::nullopt;
}

void SettlementEvidence::evaluate()
{
    const qint64 now = nowMs();
    EvidenceConditions next = m_conditions;
    next.camera = m_watchdog.condition(now);
    const qint64 free = next.recorder.freeBytes;
    next.spaceBelowFloor = free >= 0 && free < m_policy.freeSpaceFloorBytes;
    next.spaceLow = free >= 0 && free < m_policy.freeSpaceWarnBytes;

    // Health changes are audited whether a settlement runs or not. A camera still starting
    // (no frame yet, within the stall limit) is not judged.
    const bool starting = next.camera == CameraCondition::NoFrames
                          && now - m_watchSinceMs <= m_policy.watchdog.stallMs;
    if (!starting) {
        const bool cameraOk = next.camera == CameraCondition::Live;
        if (m_cameraOk != cameraOk) {
            if (m_cameraOk.has_value() || !cameraOk) {
                const QString text = cameraOk
                                         ? Tr::tr("结算摄像头恢复正常")
                                         : toDisplayString(next.camera)
                                               + (next.cameraProblem.isEmpty()
                                                      ? QString()
                                                      : Tr::tr("：%1").arg(next.cameraProblem));
                audit(int(AuditAction::CameraFault), text);
                announce(cameraOk ? Notice::Level::Info : Notice::Level::Error, text);
            }
            m_cameraOk = cameraOk;
        }
    }
    if (next.recorder.state != RecorderState::Starting
        && next.recorder.state != RecorderState::Stopped) {
        const bool recorderOk = next.recorder.writing();
        if (m_recorderOk != recorderOk) {
            if (m_recorderOk.has_value() || !recorderOk) {
                const QString text = recorderOk
                                         ? Tr::tr("结算录像恢复正常")
                                         : Tr::tr("结算录像故障：%1").arg(next.recorder.problem);
                audit(int(AuditAction::CameraFault), text);
                announce(recorderOk ? Notice::Level::Info : Notice::Level::Error, text);
            }
            m_recorderOk = recorderOk;
        }
    }
    if (free >= 0) {
        const bool spaceOk = !next.spaceBelowFloor;
        if (m_spaceOk != spaceOk) {
            if (m_spaceOk.has_value() || !spaceOk) {
                const QString text =
                    spaceOk ? Tr::tr("录像磁盘空间恢复：剩余 %1 MB").arg(megabytes(free))
                            : Tr::tr("录像磁盘剩余空间 %1 MB，低于下限 %2 MB：暂停医保结算")
                                  .arg(megabytes(free), megabytes(m_policy.freeSpaceFloorBytes));
                audit(int(AuditAction::CameraFault), text);
                announce(spaceOk ? Notice::Level::Info : Notice::Level::Error, text);
            }
            m_spaceOk = spaceOk;
        }
        if (next.spaceLow && !m_conditions.spaceLow && !next.spaceBelowFloor)
            announce(Notice::Level::Warning,
                     Tr::tr("录像磁盘剩余空间 %1 MB，即将低于下限 %2 MB，请清理或更换磁盘")
                         .arg(megabytes(free), megabytes(m_policy.freeSpaceFloorBytes)));
    }

    const bool changed = !(next == m_conditions);
    m_conditions = next;
    if (changed)
        Q_EMIT conditionsChanged(m_conditions);

    // While Settling, any failing condition closes the insured path — once per failure.
    if (m_state == EvidenceState::Settling) {
        if (std::optional<Error> why = conditionProblem()) {
            if (!m_pathClosedAnnounced) {
                m_pathClosedAnnounced = true;
                audit(int(AuditAction::EvidenceRefused), why->userText());
                Q_EMIT insuredPathClosed(*why);
            }
        } else {
            m_pathClosedAnnounced = false;
        }
    }
}

bool SettlementEvidence::move(EvidenceAction action, const QString& detail)
{
    const std::optional<EvidenceState> next = evidenceNext(m_state, action);
    if (!next)
        return false;
    const EvidenceState from = m_state;
    m_state = *next;
    QString text = QStringLiteral("%1：%2 → %3")
                       .arg(toDisplayString(action), toDisplayString(from), toDisplayString(*next));
    if (!detail.isEmpty())
        text += QStringLiteral("（%1）").arg(detail);
    audit(int(AuditAction::EvidenceChanged), text);
    if (from != m_state)
        Q_EMIT stateChanged(m_state);
    return true;
}

Error SettlementEvidence::wrongState(EvidenceAction action) const
{
    return makeError(ErrorCode::WrongState,
                     Tr::tr("结算取证状态为“%1”，不能%2")
                         .arg(toDisplayString(m_state), toDisplayString(action)));
}

Error SettlementEvidence::refuse(Error error)
{
    audit(int(AuditAction::EvidenceRefused),
          error.userText() + Tr::tr("（状态：%1）").arg(toDisplayString(m_state)));
    return error;
}

void SettlementEvidence::audit(int action, const QString& detail)
{
    AuditEvent e;
    e.time = m_clock.now();
    e.actor = m_actor ? m_actor() : QStringLiteral("-");
    if (e.actor.isEmpty())
        e.actor = QStringLiteral("-");
    e.action = AuditAction(action);
    e.target = m_settlementNo.isEmpty() ? QStringLiteral("-") : m_settlementNo;
    e.detail = detail;
    if (Status s = m_audit.append(e); !s)
        qCWarning(lcEvidence).noquote() << "audit trail not written:" << s.error().message;
}

void SettlementEvidence::announce(Notice::Level level, const QString& text)
{
    Q_EMIT notice(Notice{level, text});
}

} // namespace pos::camera
