#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/storeprofile.h"

#include <QDateTime>
#include <QJsonObject>

namespace pos::sync {

/// The envelope's fields that are not the transaction's own (PLATFORM.md §1).
struct EnvelopeContext
{
    QString fixmedinsCode;
    QString fixmedinsName;
    QString mdtrtareaAdmvs; ///< the store's region; empty: taken from fixmedins_code
    QString recerSysCode = QStringLiteral("PHARMAPOS");
    QString devNo;
    QString devSafeInfo;
    QString infver = QStringLiteral("V1.0");
    QString opterType = QStringLiteral("1");
    QString opter;
    QString opterName;
    QString signNo;
};

/// Builds and reads the national platform's JSON envelope (shared/PLATFORM.md §1).
class Envelope
{
public:
    /// msgid: fixmedins_code (12) + yyyyMMddHHmmss + 4-digit sequence = 30 characters.
    [[nodiscard]] static QString makeMsgId(const QString& fixmedinsCode, const QDateTime& time,
                                           int sequence);
    /// The request body for `request`, sent by operator `opter` at `time`.
    [[nodiscard]] static QJsonObject wrap(const PlatformRequest& request, const StoreProfile& store,
                                          const QString& opter, const QString& opterName,
                                          const QString& signNo, const QDateTime& time);
    /// The request body with every envelope field; `request.opter`/`opterName`/`insuplcAdmdvs`
    /// override the context's when set. `input` is the business object as is (the transport
    /// replaces it with its SM4 ciphertext where the profile says so).
    [[nodiscard]] static QJsonObject wrap(const PlatformRequest& request,
                                          const EnvelopeContext& context, const QDateTime& time);
    /// Reads a response body; `infcode` may arrive as a number or a string.
    [[nodiscard]] static Result<PlatformResponse> unwrap(const QJsonObject& body);
};

} // namespace pos::sync
