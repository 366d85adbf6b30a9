#include "app/core/camera/evidenceaccess.h"

#include "app/core/ports/auditlog.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>

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
    if (face)
        m_access.recordAction(AuditAction::EvidenceViewed, settlementNo, Tr::tr("查看人脸图像"));
    return face;
}

Result<std::unique_ptr<ClipPlayback>> EvidenceAccess::playClip(const QString& settlementNo)
{
    if (Status allowed = m_access.require(Permission::ViewSettlementEvidence, settlementNo);
        !allowed)
        return allowed.error();
    Result<std::unique_ptr<ClipPlayback>> clip = m_archive.openClip(settlementNo);
    if (clip)
        m_access.recordAction(AuditAction::EvidenceViewed, settlementNo, Tr::tr("播放结算录像"));
    return clip;
}

Status EvidenceAccess::exportClip(const QString& settlementNo, const QString& outPath)
{
    if (Status allowed = m_access.require(Permission::ExportSettlementEvidence, settlementNo);
        !allowed)
        return allowed;
    Status exported = m_archive.exportClip(settlementNo, outPath);
    if (exported)
        m_access.recordAction(AuditAction::EvidenceExported, settlementNo,
                              Tr::tr("导出结算录像至 %1").arg(outPath));
    return exported;
}

} // namespace pos::camera
