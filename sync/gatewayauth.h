#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>

namespace pos::sync {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// Alibaba CSB style (the Jiangxi code): the `_api_*` parameters (and any form parameters) sorted
/// by name, joined as "k=v&k=v", HMAC-SHA1 with the secret key, Base64. ⚠️ from the CSB SDK's
/// SignUtil as described in PLATFORM.md; a province's gateway may add parameters.
[[nodiscard]] QByteArray csbSignature(const QMap<QByteArray, QByteArray>& params,
                                      const QByteArray& secretKey);
/// The five `_api_*` headers for one call at `timestampMs` (Unix milliseconds).
[[nodiscard]] HttpHeaders csbHeaders(const QByteArray& apiName, const QByteArray& apiVersion,
                                     const QByteArray& accessKey, const QByteArray& secretKey,
                                     qint64 timestampMs);

/// Tencent TIF style: hex(SHA-256(timestamp + paasToken + nonce + timestamp)), timestamp in Unix
/// seconds (two independent public clients compute it this way).
[[nodiscard]] QByteArray tifSignature(const QByteArray& timestamp, const QByteArray& paasToken,
                                      const QByteArray& nonce);
/// x-tif-paasid, x-tif-timestamp, x-tif-nonce, x-tif-signature (and x-tif-serviceid when given).
[[nodiscard]] HttpHeaders tifHeaders(const QByteArray& paasId, const QByteArray& paasToken,
                                     qint64 timestampSeconds, const QByteArray& nonce,
                                     const QByteArray& serviceId = {});

/// The value of `name` (case-insensitive) in `headers`, or empty.
[[nodiscard]] QByteArray headerValue(const HttpHeaders& headers, const QByteArray& name);

} // namespace pos::sync
