#include "sync/envelope.h"

#include <QCoreApplication>

namespace pos::sync {

QString Envelope::makeMsgId(const QString& fixmedinsCode, const QDateTime& time, int sequence)
{
    return fixmedinsCode.left(12).leftJustified(12, u'0')
           + time.toString(QStringLiteral("yyyyMMddHHmmss"))
           + QString::number(sequence % 10000).rightJustified(4, u'0');
}

QJsonObject Envelope::wrap(const PlatformRequest& request, const StoreProfile& store,
                           const QString& opter, const QString& opterName, const QString& signNo,
                           const QDateTime& time)
{
    EnvelopeContext c;
    c.fixmedinsCode = store.fixmedinsCode;
    c.fixmedinsName = store.name;
    c.devNo = store.terminalId;
    c.opter = opter;
    c.opterName = opterName;
    c.signNo = signNo;
    return wrap(request, c, time);
}

QJsonObject Envelope::wrap(const PlatformRequest& request, const EnvelopeContext& c,
                           const QDateTime& time)
{
    return QJsonObject{
        {QStringLiteral("infno"), request.infno},
        {QStringLiteral("msgid"), request.msgId},
        {QStringLiteral("mdtrtarea_admvs"),
         c.mdtrtareaAdmvs.isEmpty() ? c.fixmedinsCode.mid(1, 6) : c.mdtrtareaAdmvs},
        {QStringLiteral("insuplc_admdvs"), request.insuplcAdmdvs},
        {QStringLiteral("recer_sys_code"), c.recerSysCode},
        {QStringLiteral("dev_no"), c.devNo},
        {QStringLiteral("dev_safe_info"), c.devSafeInfo},
        {QStringLiteral("cainfo"), QString()},
        {QStringLiteral("signtype"), QString()},
        {QStringLiteral("infver"), c.infver},
        {QStringLiteral("opter_type"), c.opterType},
        {QStringLiteral("opter"), request.opter.isEmpty() ? c.opter : request.opter},
        {QStringLiteral("opter_name"),
         request.opterName.isEmpty() ? c.opterName : request.opterName},
        {QStringLiteral("inf_time"), time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {QStringLiteral("fixmedins_code"), c.fixmedinsCode},
        {QStringLiteral("fixmedins_name"), c.fixmedinsName},
        {QStringLiteral("sign_no"), c.signNo},
        {QStringLiteral("input"), request.input},
    };
}

Result<PlatformResponse> Envelope::unwrap(const QJsonObject& body)
{
    const QJsonValue code = body.value(QStringLiteral("infcode"));
    PlatformResponse r;
    bool ok = false;
    if (code.isDouble()) {
        r.infcode = code.toInt();
        ok = true;
    } else if (code.isString()) {
        r.infcode = code.toString().toInt(&ok);
    }
    if (!ok)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Envelope", "平台应答缺少 infcode"));
    r.errMsg = body.value(QStringLiteral("err_msg")).toString();
    r.warnMsg = body.value(QStringLiteral("warn_msg")).toString();
    r.refMsgId = body.value(QStringLiteral("inf_refmsgid")).toString();
    r.output = body.value(QStringLiteral("output")).toObject();
    return r;
}

} // namespace pos::sync
