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
    return QJsonObject{
        {QStringLiteral("infno"), request.infno},
        {QStringLiteral("msgid"), request.msgId},
        {QStringLiteral("mdtrtarea_admvs"), store.fixmedinsCode.mid(1, 6)},
        {QStringLiteral("insuplc_admdvs"), QString()},
        {QStringLiteral("recer_sys_code"), QStringLiteral("PHARMAPOS")},
        {QStringLiteral("dev_no"), store.terminalId},
        {QStringLiteral("dev_safe_info"), QString()},
        {QStringLiteral("cainfo"), QString()},
        {QStringLiteral("signtype"), QString()},
        {QStringLiteral("infver"), QStringLiteral("V1.0")},
        {QStringLiteral("opter_type"), QStringLiteral("1")},
        {QStringLiteral("opter"), opter},
        {QStringLiteral("opter_name"), opterName},
        {QStringLiteral("inf_time"), time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {QStringLiteral("fixmedins_code"), store.fixmedinsCode},
        {QStringLiteral("fixmedins_name"), store.name},
        {QStringLiteral("sign_no"), signNo},
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
