#include "devices/simulated/simulatedcardreader.h"

#include "devices/logging.h"

namespace pos::devices {

SimulatedCardReader::SimulatedCardReader(QObject* parent)
    : CardReader(parent)
{
}

QString SimulatedCardReader::deviceName() const
{
    return tr("模拟医保读卡器");
}

void SimulatedCardReader::insertCard(const CardCredential& card)
{
    m_card = card;
    qCDebug(lcCardReaderSim) << "card inserted, type" << int(card.type);
    Q_EMIT cardPresented();
}

void SimulatedCardReader::removeCard()
{
    m_card.reset();
    qCDebug(lcCardReaderSim) << "card removed";
}

Result<CardCredential> SimulatedCardReader::readCard()
{
    ++m_reads;
    if (!m_card && m_standing) {
        qCDebug(lcCardReaderSim) << "standing card read";
        return *m_standing;
    }
    if (!m_card)
        return makeError(ErrorCode::DeviceFailure,
                         tr("%1：未检测到卡片，请插卡").arg(deviceName()));
    if (!m_cardError.isEmpty())
        return makeError(ErrorCode::DeviceFailure,
                         tr("%1：读卡失败（%2），请重新插卡").arg(deviceName(), m_cardError));
    qCDebug(lcCardReaderSim) << "card read, type" << int(m_card->type);
    return *m_card;
}

} // namespace pos::devices
