#pragma once

#include "app/core/ports/cardreader.h"

#include <optional>

namespace pos::devices {

/// The simulated twin of a medical-insurance card reader (社保卡 / 身份证 reader). A card is
/// inserted with insertCard() (the device then reports it by cardPresented(), as a real reader
/// does on its own) and removed with removeCard(); readCard() answers with the inserted card,
/// "no card" when none is in, or a card error when told to fail (chip unreadable, PSAM fault).
/// Card numbers are never logged (DATA-PRIVACY).
/// Thread: owner's thread.
class SimulatedCardReader final : public CardReader
{
    Q_OBJECT
public:
    explicit SimulatedCardReader(QObject* parent = nullptr);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] Result<CardCredential> readCard() override;

    /// Puts `card` in the slot and reports it (cardPresented). Replaces a card already in.
    void insertCard(const CardCredential& card);
    void removeCard();
    /// The demo store's card that "sits in the reader": read when no card was inserted, never
    /// reported by itself (a card presented at start would be refused by the gate, locked then).
    void setStandingCard(const CardCredential& card) { m_standing = card; }
    /// While set, every read fails with this device message (e.g. "卡片芯片无响应").
    void setCardError(const QString& deviceMessage) { m_cardError = deviceMessage; }
    void clearCardError() { m_cardError.clear(); }
    [[nodiscard]] bool hasCard() const { return m_card.has_value(); }
    [[nodiscard]] int readCount() const { return m_reads; }

private:
    std::optional<CardCredential> m_card;
    std::optional<CardCredential> m_standing;
    QString m_cardError;
    int m_reads = 0;
};

} // namespace pos::devices
