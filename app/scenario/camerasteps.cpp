// The settlement camera's steps (CAM-CONSENT, CAM-FACE, CAM-VIDEO): a script turns the camera
// on, answers the consent question and waits for a usable face, as the cashier's screen does.
#include "app/core/camera/settlementevidence.h"
#include "app/scenario/steprun.h"

#include <QDeadlineTimer>
#include <QEventLoop>

namespace pos::scenario {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

/// How long face_wait waits by default: the simulated camera shows its picture at 10 frames/s
/// and the detector needs a few of them.
constexpr int kFaceWaitMs = 15000;

using Evidence = camera::SettlementEvidence;

Evidence* evidenceOf(StepRun& run)
{
    Evidence* e = run.t.evidence ? run.t.evidence() : nullptr;
    if (!e)
        run.take(makeError(ErrorCode::WrongState,
                           Tr::tr("结算摄像头还没有开启（先用 \"camera\": \"on\"）"),
                           QStringLiteral("CAM-VIDEO")));
    return e;
}

void sayEvidence(StepRun& run, const camera::SettlementEvidence& e)
{
    run.say(Tr::tr("结算摄像头：%1").arg(toDisplayString(e.state())));
}

void cameraOn(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.need(run.t.cameraOn ? &run.t.cameraOn : nullptr, Tr::tr("结算摄像头")))
        return;
    const QString source = arg.toString();
    const Status s = run.t.cameraOn(source == QStringLiteral("on") ? QString() : source);
    if (!s) {
        run.take(s);
        return;
    }
    if (camera::SettlementEvidence* e = evidenceOf(run))
        sayEvidence(run, *e);
}

void consent(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    camera::SettlementEvidence* e = evidenceOf(run);
    if (!e)
        return;
    // true: the customer agrees; false or a reason: refuses (recorded; self-pay still offered).
    if (arg.isBool() && arg.toBool())
        run.take(e->giveConsent());
    else
        run.take(e->refuseConsent(arg.isString() ? arg.toString() : Tr::tr("顾客不同意人脸采集")));
    sayEvidence(run, *e);
}

void faceWait(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    camera::SettlementEvidence* e = evidenceOf(run);
    if (!e)
        return;
    const int waitMs = arg.isDouble() ? arg.toInt() : kFaceWaitMs;
    QDeadlineTimer deadline(waitMs);
    const auto held = [e] {
        return e->state() == camera::EvidenceState::FaceHeld
               || e->state() == camera::EvidenceState::Settling;
    };
    while (!held() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!held())
        run.take(makeError(ErrorCode::WrongState,
                           Tr::tr("%1 秒内没有采到可用的人脸（%2）")
                               .arg(waitMs / 1000)
                               .arg(toDisplayString(e->state())),
                           QStringLiteral("CAM-FACE")));
    sayEvidence(run, *e);
}

void cameraFault(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.need(run.t.cameraFault ? &run.t.cameraFault : nullptr, Tr::tr("模拟结算摄像头")))
        return;
    run.take(run.t.cameraFault(arg.toString()));
    // Let the camera's frames (or their absence) reach the gate.
    QDeadlineTimer settle(300);
    while (!settle.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (camera::SettlementEvidence* e = run.t.evidence ? run.t.evidence() : nullptr)
        sayEvidence(run, *e);
}

} // namespace

QList<ScenarioStepKind> cameraSteps()
{
    return {
        {QStringLiteral("camera"),
         Tr::tr("\"on\" 或 \"simulated:图片或目录\"：开启结算摄像头与录像（关联处方之前）"),
         cameraOn},
        {QStringLiteral("consent"),
         Tr::tr("true：顾客同意人脸采集；false 或 \"原因\"：拒绝（CAM-CONSENT）"), consent},
        {QStringLiteral("face_wait"), Tr::tr("等待采到可用人脸（毫秒，默认 15000；CAM-FACE）"),
         faceWait},
        {QStringLiteral("camera_fault"),
         Tr::tr("\"stall\"、\"unplug\"、\"black\" 或 \"none\"：模拟摄像头故障"), cameraFault},
    };
}

} // namespace pos::scenario
