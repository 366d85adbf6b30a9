#include "sync/simulatedplatform.h"

#include "app/core/ports/clock.h"
#include "sync/envelope.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pos::sync {

namespace {
/// Translation context "SimulatedPlatform" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedPlatform)
};
QJsonObject refusal(const QString& msgId, const QString& why)
{
    return QJsonObject{{QStringLiteral("infcode"), -1},
                       {QStringLiteral("inf_refmsgid"), msgId},
                       {QStringLiteral("err_msg"), why}};
}
} // namespace

SimulatedPlatform::SimulatedPlatform(StoreProfile store, const Clock& clock)
    : m_store(std::move(store))
    , m_clock(clock)
{
}

QString SimulatedPlatform::gatewayName() const
{
    return Tr::tr("模拟医保平台");
}

void SimulatedPlatform::call(const PlatformRequest& request, Callback done)
{
    PlatformRequest r = request;
    if (r.msgId.isEmpty())
        r.msgId = Envelope::makeMsgId(m_store.fixmedinsCode, m_clock.now(), ++m_sequence);
    const QJsonObject body = Envelope::wrap(r, m_store, QStringLiteral("0001"), Tr::tr("收银员"),
                                            m_signNo, m_clock.now());
    m_received.append(body);
    done(Envelope::unwrap(answer(body)));
}

QJsonObject SimulatedPlatform::answer(const QJsonObject& body)
{
    const QString msgId = body.value(QStringLiteral("msgid")).toString();
    static const QRegularExpression msgIdShape(QStringLiteral("^[A-Z0-9]{12}\\d{18}$"));
    if (!msgIdShape.match(msgId).hasMatch())
        return refusal(msgId, Tr::tr("msgid 格式错误：%1").arg(msgId));
    const QString infno = body.value(QStringLiteral("infno")).toString();
    QJsonObject ok{{QStringLiteral("infcode"), 0},
                   {QStringLiteral("inf_refmsgid"), msgId},
                   {QStringLiteral("respond_time"),
                    m_clock.now().toString(QStringLiteral("yyyyMMddHHmmsszzz"))}};
    if (infno == QStringLiteral("9001")) {
        m_signNo = QStringLiteral("SIM") + m_clock.now().toString(QStringLiteral("yyyyMMddHHmmss"));
        ok.insert(QStringLiteral("output"),
                  QJsonObject{{QStringLiteral("signinoutb"),
                               QJsonObject{{QStringLiteral("sign_no"), m_signNo},
                                           {QStringLiteral("sign_time"),
                                            m_clock.now().toString(Qt::ISODate)}}}});
        return ok;
    }
    if (m_signNo.isEmpty() || body.value(QStringLiteral("sign_no")).toString() != m_signNo)
        return refusal(msgId, Tr::tr("未签到或签到号无效，请先做 9001 签到"));
    if (infno == QStringLiteral("9002")) {
        m_signNo.clear();
        ok.insert(QStringLiteral("output"), QJsonObject{});
        return ok;
    }
    if (infno == QStringLiteral("7203")) {
        const QJsonObject input = body.value(QStringLiteral("input")).toObject();
        const QJsonObject output = prescription(input);
        if (output.isEmpty())
            return refusal(msgId, Tr::tr("未查询到电子处方：%1")
                                      .arg(input.value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("hi_rxno"))
                                               .toString()));
        ok.insert(QStringLiteral("output"), output);
        return ok;
    }
    return refusal(msgId, Tr::tr("交易 %1 不在本模拟平台支持的范围内").arg(infno));
}

void SimulatedPlatform::serve(SimulatedPrescription rx)
{
    for (SimulatedPrescription& served : m_served)
        if (served.rxNo == rx.rxNo) {
            served = std::move(rx);
            return;
        }
    m_served.append(std::move(rx));
}

QJsonObject SimulatedPlatform::prescription(const QJsonObject& input)
{
    const QJsonObject data = input.value(QStringLiteral("data")).toObject();
    const QString rxNo = data.value(QStringLiteral("hi_rxno")).toString();
    const QString traceCode = data.value(QStringLiteral("rx_trace_code")).toString();
    for (const SimulatedPrescription& rx : m_served)
        if ((!rxNo.isEmpty() && rx.rxNo == rxNo)
            || (!traceCode.isEmpty() && rx.traceCode == traceCode))
            return rx.output;
    if (!m_prescriptionAnchor.isValid())
        m_prescriptionAnchor = m_clock.now();
    for (const SimulatedPrescription& rx : simulatedPrescriptions(m_prescriptionAnchor))
        if ((!rxNo.isEmpty() && rx.rxNo == rxNo)
            || (!traceCode.isEmpty() && rx.traceCode == traceCode))
            return rx.output;
    return {};
}

} // namespace pos::sync
