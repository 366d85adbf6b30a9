#pragma once

#include "app/core/ports/device.h"
#include "app/core/result.h"

#include <QObject>
#include <QString>

namespace pos {

/// 就诊凭证类型 (mdtrt_cert_type) as the platform's 1101 takes it.
enum class CredentialType
{
    EVoucherToken = 1,
    IdCardNumber,
    SocialSecurityCard
};

/// What a card read yields. certNo and cardSn are personal data: never logged (DATA-PRIVACY).
struct CardCredential
{
    CredentialType type = CredentialType::SocialSecurityCard;
    QString certNo;
    QString cardSn;
    QString holderName;
};

/// Insurance card reader port. readCard() may be refused by the settlement gate before it ever
/// reaches the device (RX-PRINT-GATE); cardPresented() reports a card the device saw by itself.
class CardReader : public QObject, public DeviceIdentity
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] virtual Result<CardCredential> readCard() = 0;

Q_SIGNALS:
    void cardPresented();
};

} // namespace pos
