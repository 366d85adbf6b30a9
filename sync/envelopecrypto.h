#pragma once

#include "app/core/result.h"
#include "sync/gmcrypto.h"

#include <QJsonObject>

namespace pos::sync {

/// The national crypto on an envelope (PLATFORM.md §1, openhis-itaii EasyGmUtils, Jilin 2025):
/// the business object (`input` of a request, `output` of an answer) travels as
/// Base64(SM4-ECB-PKCS7(key, JSON)), and `cainfo` is Base64(raw r‖s of SM3withSM2 over the same
/// JSON bytes, user id = clientId), with `signtype` "SM2" and `enctype` "SM4". The signature covers
/// the exact bytes that were encrypted, so nobody has to re-serialise JSON to check it.
/// Used by the transport (signs requests, opens answers) and by the simulator (the other way).
/// Thread: one per thread (owns an SM4 context).
class EnvelopeCrypto
{
public:
    /// `ownKey` signs what this side sends (may be null: then nothing is signed); `peerKey`
    /// verifies what arrives (null: signatures are not checked).
    EnvelopeCrypto(QByteArray clientId, QByteArray sm4Key, gm::Sm2Key ownKey, gm::Sm2Key peerKey);

    [[nodiscard]] bool isValid() const { return m_sm4.isValid(); }
    /// Puts `object` into `body[field]` encrypted, with its `cainfo`.
    [[nodiscard]] Status seal(QJsonObject& body, const QString& field, const QJsonObject& object);
    /// The object in `body[field]`: decrypted when it is a string, and checked against `cainfo`
    /// when a peer key is set (`requireSignature`: a missing cainfo is an error too). An absent
    /// field is an empty object.
    [[nodiscard]] Result<QJsonObject> open(const QJsonObject& body, const QString& field,
                                           bool requireSignature);

private:
    QByteArray m_clientId;
    gm::Sm4Ecb m_sm4;
    gm::Sm2Key m_ownKey;
    gm::Sm2Key m_peerKey;
};

} // namespace pos::sync
