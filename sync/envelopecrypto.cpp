#include "sync/envelopecrypto.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pos::sync {

namespace {
/// Translation context "EnvelopeCrypto" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopeCrypto)
};
} // namespace

EnvelopeCrypto::EnvelopeCrypto(QByteArray clientId, QByteArray sm4Key, gm::Sm2Key ownKey,
                               gm::Sm2Key peerKey)
    : m_clientId(std::move(clientId))
    , m_sm4(sm4Key.isEmpty() ? m_clientId.left(16) : sm4Key)
    , m_ownKey(std::move(ownKey))
    , m_peerKey(std::move(peerKey))
{
}

Status EnvelopeCrypto::seal(QJsonObject& body, const QString& field, const QJsonObject& object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    Result<QByteArray> cipher = m_sm4.encrypt(json);
    if (!cipher)
        return cipher.error();
    body.insert(field, QString::fromLatin1(cipher->toBase64()));
    body.insert(QStringLiteral("enctype"), QStringLiteral("SM4"));
    if (!m_ownKey.isNull()) {
        Result<QByteArray> sig = gm::sm2SignRaw(m_ownKey, json, m_clientId);
        if (!sig)
            return sig.error();
        body.insert(QStringLiteral("cainfo"), QString::fromLatin1(sig->toBase64()));
        body.insert(QStringLiteral("signtype"), QStringLiteral("SM2"));
    }
    return {};
}

Result<QJsonObject> EnvelopeCrypto::open(const QJsonObject& body, const QString& field,
                                         bool requireSignature)
{
    const QJsonValue v = body.value(field);
    QByteArray json;
    if (v.isString()) {
        const QByteArray cipher = QByteArray::fromBase64(v.toString().toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
        Result<QByteArray> plain = m_sm4.decrypt(cipher);
        if (cipher.isEmpty() || !plain)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 无法用 SM4 解密（密钥不符或内容损坏）").arg(field));
        json = *plain;
    } else if (v.isObject()) {
        json = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    } else if (v.isUndefined() || v.isNull()) {
        return QJsonObject();
    } else {
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 既不是对象也不是密文").arg(field));
    }
    if (!m_peerKey.isNull()) {
        const QString cainfo = body.value(QStringLiteral("cainfo")).toString();
        if (cainfo.isEmpty()) {
            if (requireSignature)
                return makeError(ErrorCode::InvalidInput, Tr::tr("报文缺少签名 cainfo"));
        } else if (!gm::sm2VerifyRaw(m_peerKey, json, QByteArray::fromBase64(cainfo.toLatin1()),
                                     m_clientId)) {
            return makeError(ErrorCode::InvalidInput, Tr::tr("报文签名 cainfo 验证失败"));
        }
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 解密后不是 JSON 对象").arg(field));
    return doc.object();
}

} // namespace pos::sync
