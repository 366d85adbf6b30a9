#include "app/core/rx/reviewservice.h"

#include "app/core/logging.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/prescriptionrepository.h"
#include "app/core/rx/rxrules.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/privacy.h"
#include "app/core/staff/session.h"
#include "app/core/upload/platformrecords.h"

namespace pos {

namespace {
const QString kRxReview = QStringLiteral("RX-REVIEW");
}

Status validatePrescription(const Prescription& rx)
{
    auto bad = [](const QString& m) { return makeError(ErrorCode::InvalidInput, m); };
    if (rx.rxNo.trimmed().isEmpty())
        return bad(ReviewService::tr("处方没有处方编号（hi_rxno）"));
    if (!rx.issueTime.isValid())
        return bad(ReviewService::tr("处方 %1 没有开具时间").arg(rx.rxNo));
    if (rx.lines.isEmpty())
        return bad(ReviewService::tr("处方 %1 没有药品").arg(rx.rxNo));
    for (qsizetype i = 0; i < rx.lines.size(); ++i) {
        const RxDrugLine& l = rx.lines.at(i);
        if (l.insuranceCode.trimmed().isEmpty())
            return bad(ReviewService::tr("处方 %1 第 %2 种药品（%3）没有医保药品编码")
                           .arg(rx.rxNo)
                           .arg(i + 1)
                           .arg(l.name));
        if (l.quantity <= 0)
            return bad(ReviewService::tr("处方 %1 第 %2 种药品（%3）数量应大于 0")
                           .arg(rx.rxNo)
                           .arg(i + 1)
                           .arg(l.name));
    }
    return {};
}

ReviewService::ReviewService(PrescriptionRepository& prescriptions, AccessControl& access,
                             const DutyService& duty, AuditLog& audit, const Clock& clock,
                             QObject* parent)
    : QObject(parent)
    , m_prescriptions(prescriptions)
    , m_access(access)
    , m_duty(duty)
    , m_audit(audit)
    , m_clock(clock)
{
}

Error ReviewService::refused(Error error, const QString& rxNo)
{
    if (!error.ruleId.isEmpty())
        return m_access.refusedByRule(std::move(error), rxNo);
    return error;
}

Status ReviewService::receive(const Prescription& rx)
{
    if (Status s = m_access.require(Permission::Sell, rx.rxNo); !s)
        return s;
    if (Status v = validatePrescription(rx); !v)
        return v;
    const std::optional<Prescription> before = m_prescriptions.find(rx.rxNo);
    if (Status s = m_prescriptions.save(rx); !s)
        return s;
    const QString detail =
        tr("%1 %2 %3，患者 %4，%5 种药品%6")
            .arg(rx.source == RxSource::Download ? tr("电子处方下载") : tr("纸质处方录入"),
                 toDisplayString(rx.attribute), toDisplayString(rx.patient.insuranceType),
                 maskName(rx.patient.name))
            .arg(rx.lines.size())
            .arg(before && before->contentHash() != rx.contentHash()
                     ? tr("，内容已变化，需重新审核")
                     : QString());
    if (Status a =
            m_audit.append(AuditEvent{m_clock.now(), m_access.session().actingUser()->username,
                                      AuditAction::PrescriptionReceived, rx.rxNo, detail});
        !a)
        return makeError(
            a.error().code,
            tr("处方 %1 已保存，但未能写入审计日志：%2").arg(rx.rxNo, a.error().message));
    qCInfo(lcRx) << "prescription received" << rx.rxNo << "lines" << rx.lines.size();
    Q_EMIT queueChanged();
    return {};
}

QList<Prescription> ReviewService::queue() const
{
    return m_prescriptions.awaitingReview();
}

Result<PrescriptionReview> ReviewService::approve(const QString& rxNo, const QString& reviewedHash,
                                                  bool longTermConfirmed, const QString& opinion)
{
    return decide(rxNo, reviewedHash, PrescriptionReview::Decision::Approved, longTermConfirmed,
                  opinion.trimmed().isEmpty() ? tr("审核通过") : opinion.trimmed());
}

Result<PrescriptionReview> ReviewService::reject(const QString& rxNo, const QString& reviewedHash,
                                                 const QString& reason)
{
    return decide(rxNo, reviewedHash, PrescriptionReview::Decision::Rejected, false,
                  reason.trimmed());
}

std::optional<QJsonObject> ReviewService::reviewUpload(const Prescription& rx,
                                                       const PrescriptionReview& review)
{
    // DATA-UPLOAD: the e-prescription centre hears of every review of its prescriptions (7204
    // 审方结果上传), exactly once, queued with the review. A paper prescription is not the
    // centre's: nothing to report there.
    if (rx.source != RxSource::Download)
        return std::nullopt;
    upload::ReviewUpload u;
    u.hiRxNo = review.rxNo;
    u.pharmacistName = review.pharmacistName;
    u.pharmacistCertNo = review.licenceNo;
    u.pharmacistCode = review.insurancePharmacistCode;
    u.opinion = review.opinion;
    u.approved = review.decision == PrescriptionReview::Decision::Approved;
    u.reviewedAt = review.time;
    u.signature = review.contentHash;
    return upload::review7204(u);
}

Result<PrescriptionReview> ReviewService::decide(const QString& rxNo, const QString& reviewedHash,
                                                 PrescriptionReview::Decision decision,
                                                 bool longTermConfirmed, const QString& opinion)
{
    // STAFF-ROLES: only a pharmacist reviews (AccessControl audits the refusal).
    if (Status s = m_access.require(Permission::ReviewPrescription, rxNo); !s)
        return s.error();
    const User& u = *m_access.session().actingUser();
    // STAFF-PHARM-ONDUTY: the reviewer personally, not merely someone, is on duty.
    if (!m_duty.isOnDuty(u.id) || u.licenceNo.isEmpty())
        return refused(
            makeError(ErrorCode::RuleViolation,
                      tr("执业药师 %1 当前未上岗，不能审核处方，请先上岗打卡").arg(u.displayName),
                      QStringLiteral("STAFF-PHARM-ONDUTY")),
            rxNo);
    const std::optional<Prescription> rx = m_prescriptions.find(rxNo);
    if (!rx)
        return makeError(ErrorCode::NotFound, tr("没有处方 %1").arg(rxNo));
    const QString hash = rx->contentHash();
    if (hash != reviewedHash)
        return refused(makeError(ErrorCode::RuleViolation,
                                 tr("处方 %1 的内容在打开后已变化，请重新审阅后再审核").arg(rxNo),
                                 kRxReview),
                       rxNo);
    if (decision == PrescriptionReview::Decision::Approved) {
        if (Status lt = rx::checkLongTerm(*rx, longTermConfirmed); !lt)
            return refused(lt.error(), rxNo);
    } else if (opinion.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("驳回处方须填写理由"));
    }

    PrescriptionReview r;
    r.rxNo = rxNo;
    r.decision = decision;
    r.opinion = opinion;
    r.pharmacistUserId = u.id;
    r.pharmacistName = u.displayName;
    r.licenceNo = u.licenceNo;
    r.insurancePharmacistCode = u.insurancePharmacistCode;
    r.time = m_clock.now();
    r.contentHash = hash;
    r.longTermConfirmed = longTermConfirmed && rx::needsLongTermConfirmation(*rx);
    Result<PrescriptionReview> stored = m_prescriptions.addReview(r, reviewUpload(*rx, r));
    if (!stored)
        return stored;
    const bool approved = decision == PrescriptionReview::Decision::Approved;
    const Status audited = m_audit.append(AuditEvent{
        r.time, u.username, AuditAction::PrescriptionReviewed, rxNo,
        tr("%1：%2；执业药师 %3 证号 %4%5；内容 %6")
            .arg(approved ? tr("审核通过") : tr("驳回"), opinion, u.displayName, u.licenceNo,
                 r.longTermConfirmed ? tr("；已确认超过 4 周的长期处方") : QString(),
                 hash.left(16))});
    qCInfo(lcRx) << "prescription" << rxNo << (approved ? "approved" : "rejected") << "by user"
                 << u.id;
    Q_EMIT queueChanged();
    if (!audited)
        return makeError(
            audited.error().code,
            tr("处方 %1 的审核已保存，但未能写入审计日志：%2").arg(rxNo, audited.error().message));
    return stored;
}

Result<PrescriptionReview> ReviewService::approvalOf(const Prescription& rx) const
{
    const std::optional<PrescriptionReview> r = m_prescriptions.latestReview(rx.rxNo);
    if (!r)
        return makeError(ErrorCode::RuleViolation, tr("处方 %1 尚未经执业药师审核").arg(rx.rxNo),
                         kRxReview);
    if (r->contentHash != rx.contentHash())
        return makeError(ErrorCode::RuleViolation,
                         tr("处方 %1 的内容在 %2 审核后已变化，原审核无效，须重新审核")
                             .arg(rx.rxNo, r->time.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         kRxReview);
    if (r->decision != PrescriptionReview::Decision::Approved)
        return makeError(
            ErrorCode::RuleViolation,
            tr("处方 %1 已被执业药师 %2 驳回：%3").arg(rx.rxNo, r->pharmacistName, r->opinion),
            kRxReview);
    return *r;
}

} // namespace pos
