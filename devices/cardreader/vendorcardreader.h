#pragma once

#include "app/core/ports/cardreader.h"

namespace pos::devices {

/// A social-security card reader driven by its vendor's library through the 人社部 standard
/// interface (`iReadCardBas`). The library is never loaded into the counter: every read runs
/// `pharmapos-cardhelper`, which dlopens it, reads once, prints the answer and exits. A library
/// that crashes, hangs or corrupts memory costs that read only; the counter says what happened.
///
/// readCard() blocks its caller until the helper ends or `timeoutMs` passes (the helper is then
/// killed). Every failure — library missing, not loadable, without iReadCardBas, crashed, timed
/// out, an error code, an answer that is not a card's basic information — is an Error whose
/// message names it in Chinese. Card numbers and names are never logged (DATA-PRIVACY).
/// cardPresented() is never emitted: the standard interface has no card-insertion event.
/// Thread: owner's thread.
class VendorCardReader final : public CardReader
{
    Q_OBJECT
public:
    struct Options
    {
        QString libraryPath; ///< absolute path of the vendor's .so
        QString helperPath;  ///< pharmapos-cardhelper
        int timeoutMs = 15'000;
        int cardType = 3; ///< iReadCardBas's iType: 3 = contact or contactless, contact first
    };

    explicit VendorCardReader(Options options, QObject* parent = nullptr);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }
    [[nodiscard]] Result<CardCredential> readCard() override;

    /// Where pharmapos-cardhelper is for a program in `applicationDir`: beside it (installed
    /// in bin/, or the build tree), else `$PHARMAPOS_CARDHELPER`.
    [[nodiscard]] static QString defaultHelperPath(const QString& applicationDir);

private:
    Options m_options;
};

} // namespace pos::devices
