#pragma once

#include "app/core/ports/auditlog.h"
#include "app/core/ports/evidencearchive.h"
#include "app/core/result.h"

#include <memory>

namespace pos {
class AccessControl;
}

namespace pos::camera {

/// The only way to a settlement's face image and clip (CAM-CONSENT: faces are seen only by those
/// allowed). Each view needs Permission::ViewSettlementEvidence, each export
/// Permission::ExportSettlementEvidence, checked with the acting user (refusals audited by
/// AccessControl); each view and export that goes ahead is audited (EvidenceViewed,
/// EvidenceExported) — and when the audit trail cannot take the entry, nothing is shown and an
/// export's files are removed (StorageFailure). Thread: the owner's. The archive and access control
/// must outlive it.
class EvidenceAccess
{
public:
    EvidenceAccess(const EvidenceArchive& archive, AccessControl& access);

    /// What was kept for a settlement (no face, no frames: needs the view permission, not
    /// audited).
    [[nodiscard]] Result<EvidenceSummary> find(const QString& settlementNo);
    [[nodiscard]] Result<QByteArray> viewFace(const QString& settlementNo);
    [[nodiscard]] Result<std::unique_ptr<ClipPlayback>> playClip(const QString& settlementNo);
    [[nodiscard]] Status exportClip(const QString& settlementNo, const QString& outPath);

private:
    [[nodiscard]] Status audit(AuditAction action, const QString& settlementNo,
                               const QString& detail);

    const EvidenceArchive& m_archive;
    AccessControl& m_access;
};

} // namespace pos::camera
