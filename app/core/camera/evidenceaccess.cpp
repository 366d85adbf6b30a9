#include "app/core/camera/evidenceaccess.h"

#include "app/core/ports/auditlog.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>
#include <QFile>

namespace pos::camera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceAccess)
};
} // namespace

EvidenceAccess::EvidenceAccess(const EvidenceArchive& archive, AccessControl& access)
    : m_archive(archive)
    , m_access(access)
{
}

Result<EvidenceSummary> EvidenceAccess::find(const QString& settlementNo)
{
    if (Status allowed = m_access.require(Permission::ViewSettlementEvidence, settlementNo);
        !allowed)
        return allowed.error();
    return m_archive.find(settlementNo);
}

Result<QByteArray> EvidenceAccess::viewFace(const QString& settlementNo)
{
    if (Status allowed = m_access.require(Permission::ViewSettlementEvidence, settlementNo);
        !allowed)
        return allowed.error();
    Result<QByteArray> face = m_archive.faceImage(settlementNo);
    if (!face)
        return face;
    if (Status audited = audit(AuditAction::EvidenceViewed, settlementNo, Tr::tr("查看人脸图像"));
        !audited)
        return audited.error();
    return face;
}

Result<std::unique_ptr<ClipPlayback>> EvidenceAccess::playClip(const QString& settlementNo)
{
    if (Status allowed = m_access.require(Permission::ViewSettlementEvidence, settlementNo);
        !allowed)
        return allowed.error();
    Result<std::unique_ptr<ClipPlayback>> clip = m_archive.openClip(settlementNo);
    if (!clip)
        return clip;
    if (Status audited = audit(AuditAction::EvidenceViewed, settlementNo, Tr::tr("播放结算录像"));
        !audited)
        return audited.error();
    return clip;
}

Status EvidenceAccess::exportClip(const QString& settlementNo, const QString& outPath)
{
    if (Status allowed = m_access.require(Permission::ExportSettlementEvidence, settlementNo);
        !allowed)
        return allowed;
    if (Status exported = m_archive.exportClip(settlementNo, outPath); !exported)
        return exported;
    if (Status audited = audit(AuditAction::EvidenceExported, settlementNo,
                               Tr::tr("导出结算录像至 %1").arg(outPath));
        !audited) {
        // An export nobody can trace is not left behind (DATA-PRIVACY).
        QFile::remove(outPath);
        QFile::remove(outPath + QStringLiteral(".manifest.json"));
        return audited;
    }
    return {};
}

Status EvidenceAccess::audit(AuditAction action, const QString& settlementNo, const QString& detail)
{
    // What the trail cannot record is not shown (as PersonalDataAccess does, DATA-PRIVACY).
    if (Status s = m_access.recordAction(action, settlementNo, detail); !s)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法记录审计日志，未显示也未导出结算 %1 的人脸或录像：%2")
                             .arg(settlementNo, s.error().message),
                         QStringLiteral("CAM-CONSENT"));
    return {};
}

} // namespace pos::camera
