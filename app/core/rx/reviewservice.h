#pragma once

#include "app/core/result.h"
#include "app/core/rx/prescription.h"

#include <QJsonObject>
#include <QObject>

namespace pos {

class AccessControl;
class AuditLog;
class Clock;
class DutyService;
class PrescriptionRepository;

/// The pharmacist's review (RX-REVIEW, 每方必审): prescriptions received at the counter wait in a
/// queue until a licensed pharmacist who is logged in (or stepped in) and on duty approves or
/// rejects each with a reason. The approval is signed with the pharmacist's identity, licence and
/// platform code and the time, and bound to the content hash of what was reviewed: a prescription
/// whose content changes afterwards is not approved (approvalOf() refuses it) and is back in the
/// queue.
/// Refusals: a non-pharmacist by STAFF-ROLES (audited by AccessControl), a pharmacist not on duty
/// by STAFF-PHARM-ONDUTY, a stale screen or a missing 12-week confirmation by RX-REVIEW /
/// RX-LONG-12W; rule refusals go to the audit trail through AccessControl::refusedByRule().
/// Thread: GUI/main thread. Holds references to the ports, which must outlive it.
class ReviewService : public QObject
{
    Q_OBJECT
public:
    ReviewService(PrescriptionRepository& prescriptions, AccessControl& access,
                  const DutyService& duty, AuditLog& audit, const Clock& clock,
                  QObject* parent = nullptr);

    /// Stores a downloaded or typed-in prescription (anyone who may sell); it joins the queue. A
    /// changed prescription under a known number replaces the old content and needs a new review.
    Status receive(const Prescription& rx);
    /// Prescriptions waiting for review, oldest first.
    [[nodiscard]] QList<Prescription> queue() const;

    /// Approves the prescription as the pharmacist saw it: `reviewedHash` is the contentHash() of
    /// the content on the screen; a prescription changed since is refused (RX-REVIEW).
    /// `longTermConfirmed` is the explicit confirmation RX-LONG-12W needs beyond 4 weeks.
    Result<PrescriptionReview> approve(const QString& rxNo, const QString& reviewedHash,
                                       bool longTermConfirmed, const QString& opinion = {});
    /// Rejects with a reason (required).
    Result<PrescriptionReview> reject(const QString& rxNo, const QString& reviewedHash,
                                      const QString& reason);

    /// The approval covering `rx` as it is now: refused (RX-REVIEW) when never reviewed, rejected,
    /// or reviewed on other content (hash mismatch).
    [[nodiscard]] Result<PrescriptionReview> approvalOf(const Prescription& rx) const;

Q_SIGNALS:
    void queueChanged();

private:
    Result<PrescriptionReview> decide(const QString& rxNo, const QString& reviewedHash,
                                      PrescriptionReview::Decision decision, bool longTermConfirmed,
                                      const QString& opinion);
    Error refused(Error error, const QString& rxNo);
    /// The 7204 the platform must hear of for this review, or none (a paper prescription).
    [[nodiscard]] static std::optional<QJsonObject> reviewUpload(const Prescription& rx,
                                                                 const PrescriptionReview& review);

    PrescriptionRepository& m_prescriptions;
    AccessControl& m_access;
    const DutyService& m_duty;
    AuditLog& m_audit;
    const Clock& m_clock;
};

/// Checks a prescription's own fields before it is stored (number, issue time, drugs with codes
/// and positive quantities); names the first problem.
[[nodiscard]] Status validatePrescription(const Prescription& rx);

} // namespace pos
