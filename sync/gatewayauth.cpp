#include "sync/gatewayauth.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace pos::sync {

QByteArray csbSignature(const QMap<QByteArray, QByteArray>& params, const QByteArray& secretKey)
{
    QByteArray text;
    for (auto it = params.cbegin(); it != params.cend(); ++it) { // QMap: sorted by name
        if (it.key() == "_api_signature")
            continue;
        if (!text.isEmpty())
            text += '&';
        text += it.key() + '=' + it.value();
    }
    return QMessageAuthenticationCode::hash(text, secretKey, QCryptographicHash::Sha1).toBase64();
}

HttpHeaders csbHeaders(const QByteArray& apiName, const QByteArray& apiVersion,
                       const QByteArray& accessKey, const QByteArray& secretKey, qint64 timestampMs)
{
    QMap<QByteArray, QByteArray> params{{"_api_name", apiName},
                                        {"_api_version", apiVersion},
                                        {"_api_timestamp", QByteArray::number(timestampMs)},
                                        {"_api_access_key", accessKey}};
    const QByteArray signature = csbSignature(params, secretKey);
    HttpHeaders headers;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        headers.append({it.key(), it.value()});
    headers.append({"_api_signature", signature});
    return headers;
}

QByteArray tifSignature(const QByteArray& timestamp, const QByteArray& paasToken,
                        const QByteArray& nonce)
{
    return QCryptographicHash::hash(QByteArray(timestamp + paasToken + nonce + timestamp),
                                    QCryptographicHash::Sha256)
        .toHex();
}

HttpHeaders tifHeaders(const QByteArray& paasId, const QByteArray& paasToken,
                       qint64 timestampSeconds, const QByteArray& nonce,
                       const QByteArray& serviceId)
{
    const QByteArray timestamp = QByteArray::number(timestampSeconds);
    HttpHeaders headers{{"x-tif-paasid", paasId},
                        {"x-tif-timestamp", timestamp},
                        {"x-tif-nonce", nonce},
                        {"x-tif-signature", tifSignature(timestamp, paasToken, nonce)}};
    if (!serviceId.isEmpty())
        headers.append({"x-tif-serviceid", serviceId});
    return headers;
}

QByteArray headerValue(const HttpHeaders& headers, const QByteArray& name)
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

} // namespace pos::sync
