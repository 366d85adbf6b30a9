#include "app/core/staff/dutyservice.h"

#include "app/core/csv/csvfield.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/staff/session.h"

namespace pos {

DutyService::DutyService(DutyRepository& duty, AccessControl& access, AuditLog& audit,
                         const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_duty(duty)
    , m_access(access)
    , m_audit(audit)
    , m_clock(clock)
{
}

Result<DutyPeriod> DutyService::clockIn()
{
    if (Status s = m_access.require(Permission::ClockDuty); !s)
        return s.error();
    const User& u = *m_access.session().actingUser();
    if (u.licenceNo.isEmpty())
        return makeError(ErrorCode::RuleViolation,
                         tr("%1 没有登记执业药师注册证号，不能上岗").arg(u.displayName),
                         QStringLiteral("STAFF-PHARM-ONDUTY"));
    if (std::optional<DutyPeriod> open = m_duty.openPeriodOf(u.id))
        return makeError(
            ErrorCode::WrongState,
            tr("%1 已于 %2 上岗")
                .arg(u.displayName, open->start.toString(QStringLiteral("MM-dd HH:mm"))));
    Result<DutyPeriod> p = m_duty.open(u.id, m_clock.now());
    if (!p)
        return p;
    if (Status a = m_audit.append(AuditEvent{m_clock.now(), u.username, AuditAction::DutyClockIn,
                                             u.username, u.licenceNo});
        !a)
        return a.error();
    Q_EMIT dutyChanged();
    return p;
}

Result<DutyPeriod> DutyService::clockOut()
{
    if (Status s = m_access.require(Permission::ClockDuty); !s)
        return s.error();
    const User& u = *m_access.session().actingUser();
    std::optional<DutyPeriod> open = m_duty.openPeriodOf(u.id);
    if (!open)
        return makeError(ErrorCode::WrongState, tr("%1 当前不在岗").arg(u.displayName));
    const QDateTime now = m_clock.now();
    if (Status s = m_duty.close(open->id, now); !s)
        return s.error();
    open->end = now;
    if (Status a = m_audit.append(
            AuditEvent{now, u.username, AuditAction::DutyClockOut, u.username, u.licenceNo});
        !a)
        return a.error();
    Q_EMIT dutyChanged();
    return *open;
}

QList<DutyPeriod> DutyService::onDutyAt(const QDateTime& t) const
{
    QList<DutyPeriod> out;
    for (const DutyPeriod& p : m_duty.overlapping(t, t.addMSecs(1)))
        if (p.start <= t && (!p.end.isValid() || t < p.end))
            out.append(p);
    return out;
}

QList<DutyPeriod> DutyService::onDutyNow() const
{
    return onDutyAt(m_clock.now());
}

bool DutyService::isOnDuty(qint64 userId) const
{
    return m_duty.openPeriodOf(userId).has_value();
}

bool DutyService::isPharmacistOnDutyAt(const QDateTime& t) const
{
    return !onDutyAt(t).isEmpty();
}

bool DutyService::isPharmacistOnDuty() const
{
    return isPharmacistOnDutyAt(m_clock.now());
}

Status DutyService::requirePharmacistOnDuty(const QString& what) const
{
    if (isPharmacistOnDuty())
        return {};
    return makeError(ErrorCode::RuleViolation,
                     tr("当前没有执业药师在岗，不能%1（非处方药现金销售不受影响）").arg(what),
                     QStringLiteral("STAFF-PHARM-ONDUTY"));
}

Result<QByteArray> DutyService::exportCsv(const QDateTime& from, const QDateTime& to)
{
    if (Status s = m_access.require(Permission::ExportDuty, tr("药师在岗记录")); !s)
        return s.error();
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    QString csv = tr("姓名,账号,执业药师注册证号,上岗时间,下岗时间,时长(分钟)") + u'\n';
    for (const DutyPeriod& p : m_duty.overlapping(from, to)) {
        const QDateTime end = p.end.isValid() ? p.end : m_clock.now();
        csv += csvField(p.displayName) + u',' + csvField(p.username) + u',' + csvField(p.licenceNo)
               + u',' + p.start.toString(fmt) + u','
               + (p.end.isValid() ? p.end.toString(fmt) : tr("在岗中")) + u','
               + QString::number(p.start.secsTo(end) / 60) + u'\n';
    }
    const User* u = m_access.session().actingUser();
    // Audited before the data leaves: an export the trail cannot record is not given.
    if (Status a = m_audit.append(
            AuditEvent{m_clock.now(), u->username, AuditAction::Export, tr("药师在岗记录"),
                       from.toString(fmt) + QStringLiteral(" – ") + to.toString(fmt)});
        !a)
        return a.error();
    return QByteArray(QByteArray("\xEF\xBB\xBF") + csv.toUtf8());
}

} // namespace pos
