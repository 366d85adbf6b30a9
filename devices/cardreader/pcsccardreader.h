#pragma once

#include "app/core/ports/cardreader.h"

namespace pos::devices {

/// A card reader reached through PC/SC (pcsc-lite's pcscd): any CCID reader, or vsmartcard's
/// virtual reader in tests. Each readCard() connects to the named reader (or the first one
/// pcscd lists), selects the application and reads its basic-information file, then lets go of
/// the card.
///
/// **The card layout is PharmaPOS's own, not the real 社保卡's** (that file layout is not
/// public; real cards are read through the vendor library, VendorCardReader):
///
///     SELECT by name  00 A4 04 00 0A  F0 50 48 41 52 4D 41 50 4F 53   (AID "\xF0PHARMAPOS")
///     SELECT EF       00 A4 02 0C 02  00 05                            (file 0005)
///     READ BINARY     00 B0 <offset hi> <offset lo> <Le>               (until 6282 or a short read)
///
/// File 0005 holds the same GB18030 text iReadCardBas answers (parseCardBasAnswer), at most
/// kMaxCardBasAnswerBytes. A card programmed that way (a test card, a store's own cards) is read
/// exactly like a vendor library's answer.
///
/// PC/SC failures — no pcscd, no reader, the named reader missing, no card, the card pulled
/// out, another program holding the reader — are Errors naming the problem in Chinese. Card
/// numbers and names are never logged (DATA-PRIVACY). cardPresented() is not emitted yet.
/// readCard() blocks its caller for the few APDUs it takes. Thread: owner's thread.
class PcscCardReader final : public CardReader
{
    Q_OBJECT
public:
    /// `readerName`: the reader as pcscd names it ("Virtual PCD 00 00", `pcsc_scan` shows them),
    /// matched exactly or as a prefix; empty: the first reader.
    explicit PcscCardReader(QString readerName, QObject* parent = nullptr);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }
    [[nodiscard]] Result<CardCredential> readCard() override;

private:
    QString m_readerName;
};

} // namespace pos::devices
