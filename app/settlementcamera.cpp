#include "app/settlementcamera.h"

#include "app/core/ports/auditlog.h"
#include "app/core/ports/camera.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/evidencesealer.h"
#include "devices/face/faceanalysisworker.h"
#include "devices/face/opencvfaceanalyzer.h"
#include "devices/recorder/evidencebackup.h"
#include "devices/recorder/fileevidencearchive.h"
#include "devices/recorder/gstsettlementrecorder.h"
#include "devices/workerthread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace pos::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettlementCameraStation)
};
} // namespace

SettlementCameraStation::SettlementCameraStation(CameraSettings settings, const Clock& clock)
    : m_settings(std::move(settings))
    , m_clock(clock)
{
}

SettlementCameraStation::~SettlementCameraStation()
{
    stop();
    m_backupThread.reset(); // deletes the backup's context on its thread, then joins
}

Result<std::unique_ptr<SettlementCameraStation>>
SettlementCameraStation::assemble(const CameraSettings& settings, const StoreProfile& store,
                                  const Clock& clock, AuditLog& audit,
                                  camera::SettlementEvidence::ActorFn actor, EvidenceSealer* sealer)
{
    std::unique_ptr<SettlementCameraStation> s(new SettlementCameraStation(settings, clock));
    if (!sealer) {
        s->m_ownSealer = std::make_unique<PassThroughSealer>();
        sealer = s->m_ownSealer.get();
    }
    s->m_sealer = sealer;
    s->m_camera = makeSettlementCamera(settings, clock);

    // A camera is needed for the recorder's frames even when none is configured: an idle one.
    if (s->m_camera) {
        devices::FaceAnalyzerOptions fo;
        fo.minFaceFraction = settings.minFaceHeightPercent / 100.0 * 0.87; // 0.15 → 0.13
        Result<std::unique_ptr<devices::OpenCvFaceAnalyzer>> analyzer =
            devices::OpenCvFaceAnalyzer::create(fo);
        if (!analyzer)
            return analyzer.error();
        s->m_faces = std::make_unique<devices::FaceAnalysisWorker>(
            *s->m_camera, std::move(analyzer.value()), devices::FaceAnalysisWorker::Options{});
    }
    class NoCamera final : public Camera
    {
    public:
        QString deviceName() const override { return Tr::tr("未配置结算摄像头"); }
        bool isSimulated() const override { return false; }
        Status start() override { return {}; }
        void stop() override {}
        bool isRunning() const override { return false; }
    };
    if (!s->m_camera)
        s->m_camera = std::make_unique<NoCamera>();
    s->m_recorder = std::make_unique<devices::GstSettlementRecorder>(
        *s->m_camera, settings.recorderOptions(store), *sealer, clock);
    s->m_evidence = std::make_unique<camera::SettlementEvidence>(
        *s->m_recorder, audit, clock, settings.evidencePolicy(), std::move(actor));
    // Decrypted copies for playback live in .scratch (inside the private data directory) only
    // while a clip plays; what a crash left there is removed now.
    const QString scratch = QDir(settings.videoDir).filePath(QStringLiteral(".scratch"));
    QDir(scratch).removeRecursively();
    s->m_archive = std::make_unique<devices::FileEvidenceArchive>(
        settings.videoDir, settings.backupDir, *sealer, scratch);

    camera::SettlementEvidence* g = s->m_evidence.get();
    Camera* cam = s->m_camera.get();
    {
        using K = SettlementCameraSource::Kind;
        camera::EvidenceDevices d;
        d.camera = settings.camera.kind == K::Off ? nullptr : cam;
        d.archive = s->m_archive.get();
        d.simulated = settings.camera.kind == K::Simulated;
        switch (settings.camera.kind) {
        case K::Off: d.cameraDescription = Tr::tr("未配置结算摄像头"); break;
        case K::Simulated:
            d.cameraDescription =
                Tr::tr("模拟摄像头（回放 %1）").arg(QFileInfo(settings.camera.location).fileName());
            break;
        case K::V4l2: d.cameraDescription = Tr::tr("USB 摄像头"); break;
        case K::Url: d.cameraDescription = Tr::tr("网络摄像头"); break;
        }
        g->setDevices(d);
    }
    connect(cam, &Camera::frameReady, g, &camera::SettlementEvidence::onCameraFrame);
    connect(cam, &Camera::failed, g, &camera::SettlementEvidence::onCameraFailed);
    connect(cam, &Camera::restored, g, &camera::SettlementEvidence::onCameraRestored);
    if (s->m_faces)
        connect(s->m_faces.get(), &devices::FaceAnalysisWorker::analysed, g,
                &camera::SettlementEvidence::onAnalysis);
    SettlementRecorder* rec = s->m_recorder.get();
    connect(rec, &SettlementRecorder::statusChanged, g,
            &camera::SettlementEvidence::onRecorderStatus);
    connect(rec, &SettlementRecorder::clipClosed, g, &camera::SettlementEvidence::onClipClosed);
    connect(rec, &SettlementRecorder::clipFailed, g, &camera::SettlementEvidence::onClipFailed);
    SettlementCameraStation* self = s.get();
    connect(g, &camera::SettlementEvidence::notice, self, &SettlementCameraStation::notice);
    connect(rec, &SettlementRecorder::recovered, self, [self](const RecoveryReport& r) {
        Q_EMIT self->notice(Notice{
            Notice::Level::Warning,
            Tr::tr("上次异常退出时正在录像：已补全 %1 个录像片段、%2 个结算录像（标记为中断）")
                .arg(r.segments.size())
                .arg(r.clips.size())});
        for (const ClipRecord& c : r.clips)
            self->backupLater(c.settlementNo);
    });
    connect(rec, &SettlementRecorder::clipClosed, self,
            [self](const ClipRecord& c) { self->backupLater(c.settlementNo); });

    if (!settings.backupDir.isEmpty() || settings.retentionDays > 0) {
        s->m_backup = std::make_unique<devices::EvidenceBackup>(devices::EvidenceBackup::Options{
            settings.videoDir, settings.backupDir, settings.retentionDays,
            settings.faceRetentionDays, sealer});
        s->m_backupThread =
            std::make_unique<devices::WorkerThread>(QStringLiteral("evidence-backup"));
        s->m_backupContext = new QObject;
        s->m_backupThread->start(s->m_backupContext, [] {});
    }
    s->m_retention.setInterval(24 * 60 * 60 * 1000);
    connect(&s->m_retention, &QTimer::timeout, self, [self] { self->runRetention(); });
    return s;
}

SettlementRecorder& SettlementCameraStation::recorder() const
{
    return *m_recorder;
}

Status SettlementCameraStation::start()
{
    if (Status r = m_recorder->start(); !r)
        return r;
    if (m_settings.camera.kind == SettlementCameraSource::Kind::Off) {
        m_evidence->onCameraFailed(
            Tr::tr("未配置结算摄像头（[devices] settlement_camera），不能医保结算"));
    } else if (Status c = m_camera->start(); !c) {
        m_evidence->onCameraFailed(c.error().message);
        Q_EMIT notice(Notice{Notice::Level::Error, c.error().userText()});
    }
    if (m_backup && !m_settings.backupDir.isEmpty()) {
        devices::EvidenceBackup* backup = m_backup.get();
        QPointer<SettlementCameraStation> self(this);
        QMetaObject::invokeMethod(m_backupContext, [backup, self] {
            QStringList problems;
            const int n = backup->backupMissing(&problems);
            QMetaObject::invokeMethod(
                self.data(),
                [self, n, problems] {
                    if (self && !problems.isEmpty())
                        Q_EMIT self->notice(Notice{Notice::Level::Warning,
                                                   Tr::tr("录像补备份：%1 个完成，%2 个失败：%3")
                                                       .arg(n)
                                                       .arg(problems.size())
                                                       .arg(problems.constFirst())});
                },
                Qt::QueuedConnection);
        });
    }
    runRetention();
    m_retention.start();
    return {};
}

void SettlementCameraStation::stop()
{
    m_retention.stop();
    if (m_camera)
        m_camera->stop();
    if (m_recorder)
        m_recorder->stop();
}

void SettlementCameraStation::backupLater(const QString& settlementNo)
{
    if (!m_backup || m_settings.backupDir.isEmpty())
        return;
    devices::EvidenceBackup* backup = m_backup.get();
    QPointer<SettlementCameraStation> self(this);
    QMetaObject::invokeMethod(m_backupContext, [backup, self, settlementNo] {
        const Result<int> done = backup->backupClip(settlementNo);
        if (done)
            return;
        const Error e = done.error();
        QMetaObject::invokeMethod(
            self.data(),
            [self, settlementNo, e] {
                if (self)
                    Q_EMIT self->notice(Notice{
                        Notice::Level::Warning,
                        Tr::tr("结算 %1 的录像未能备份：%2").arg(settlementNo, e.userText())});
            },
            Qt::QueuedConnection);
    });
}

void SettlementCameraStation::runRetention()
{
    if (!m_backup)
        return;
    // On the backup thread, after any backup queued before it: a retention run never races a
    // backup of the same clip, and the GUI thread never waits for the disk.
    devices::EvidenceBackup* backup = m_backup.get();
    const QDateTime now = m_clock.now();
    QPointer<SettlementCameraStation> self(this);
    QMetaObject::invokeMethod(m_backupContext, [backup, now, self] {
        const int deleted = int(backup->applyRetention(now).deleted.size());
        QMetaObject::invokeMethod(
            self.data(),
            [self, deleted] {
                if (self)
                    Q_EMIT self->retentionDone(deleted);
            },
            Qt::QueuedConnection);
    });
}

} // namespace pos::app
