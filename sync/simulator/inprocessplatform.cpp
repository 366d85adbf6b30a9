#include "sync/simulator/inprocessplatform.h"

#include "app/core/ports/clock.h"

#include <QPointer>
#include <QTimer>

namespace pos::sim {

InProcessPlatform::InProcessPlatform(std::unique_ptr<SimPlatform> platform, const Clock& clock,
                                     QObject* parent)
    : QObject(parent)
    , m_platform(std::move(platform))
    , m_clock(clock)
{
}

InProcessPlatform::~InProcessPlatform() = default;

Result<std::unique_ptr<InProcessPlatform>>
InProcessPlatform::open(const QString& path, const Clock& clock, QObject* parent)
{
    Result<std::unique_ptr<SimPlatform>> platform = SimPlatform::open(path, clock);
    if (!platform)
        return platform.error();
    return std::unique_ptr<InProcessPlatform>(
        new InProcessPlatform(std::move(platform).value(), clock, parent));
}

QString InProcessPlatform::gatewayName() const
{
    return tr("模拟医保平台（本机进程内）");
}

void InProcessPlatform::injectFault(Fault fault, int count, const QString& infno)
{
    m_fault = fault;
    m_faultCount = count;
    m_faultInfno = infno;
}

InProcessPlatform::Fault InProcessPlatform::takeFault(const QString& infno)
{
    if (m_fault == Fault::None || m_faultCount <= 0
        || (!m_faultInfno.isEmpty() && m_faultInfno != infno))
        return Fault::None;
    const Fault f = m_fault;
    if (--m_faultCount == 0)
        m_fault = Fault::None;
    return f;
}

void InProcessPlatform::call(const PlatformRequest& request, Callback done)
{
    PlatformRequest r = request;
    if (r.msgId.isEmpty())
        r.msgId = QStringLiteral("H00000000000000%1%2")
                      .arg(m_clock.now().toString(QStringLiteral("yyyyMMddHHmmss")))
                      .arg(++m_sequence % 10, 1, 10, QLatin1Char('0'));
    const Fault fault = takeFault(r.infno);
    QPointer<InProcessPlatform> self(this);
    // From the event loop, as a network answers: the caller has returned from call() first.
    QTimer::singleShot(0, this, [self, r, fault, done = std::move(done)] {
        if (!self)
            return;
        ++self->m_counts[r.infno];
        if (fault == Fault::Unreachable) {
            done(makeError(ErrorCode::DeviceFailure,
                           tr("模拟医保平台不可达（注入的故障），报文 %1 未送达").arg(r.msgId)));
            return;
        }
        const QJsonObject envelope{{QStringLiteral("infno"), r.infno},
                                   {QStringLiteral("msgid"), r.msgId},
                                   {QStringLiteral("sign_no"), self->m_signNo},
                                   {QStringLiteral("insuplc_admdvs"), r.insuplcAdmdvs},
                                   {QStringLiteral("opter"), r.opter},
                                   {QStringLiteral("opter_name"), r.opterName}};
        bool duplicate = false;
        const SimAnswer a =
            self->m_platform->process(r.msgId, r.infno, envelope, r.input, &duplicate);
        if (r.infno == QStringLiteral("9001") && a.infcode == 0)
            self->m_signNo = a.output.value(QStringLiteral("signinoutb"))
                                 .toObject()
                                 .value(QStringLiteral("sign_no"))
                                 .toString();
        if (fault == Fault::LoseAnswer) {
            done(makeError(
                ErrorCode::DeviceFailure,
                tr("模拟医保平台的应答丢失（注入的故障）：报文 %1 已处理，结果未知").arg(r.msgId)));
            return;
        }
        done(PlatformResponse{a.infcode, a.errMsg, {}, a.output, r.msgId});
    });
}

} // namespace pos::sim
