#pragma once

#include "app/core/result.h"

#include <QString>

#include <memory>

namespace pos {
class CardReader;
} // namespace pos

namespace pos::app {

/// The insurance-card reader a store configured, parsed from `[devices] card_reader`:
///
///     card_reader = simulated                      the simulated reader (the default)
///     card_reader = vendor:/opt/vendor/libSSCard.so the vendor's 人社-standard library, run in
///                                                  pharmapos-cardhelper (VendorCardReader)
///     card_reader = pcsc                           the first PC/SC reader (PcscCardReader)
///     card_reader = pcsc:ACS ACR39U ICC Reader 00 00   that PC/SC reader (a prefix will do)
struct CardReaderSpec
{
    enum class Kind
    {
        Simulated = 1,
        Vendor,
        Pcsc
    };
    Kind kind = Kind::Simulated;
    QString libraryPath; ///< vendor: absolute path
    QString readerName;  ///< pcsc: empty for the first reader

    /// A value it does not know is an error saying what is allowed.
    [[nodiscard]] static Result<CardReaderSpec> parse(const QString& value);
};

/// The reader the store configured, or null for the simulated one. `problem` gets a startup
/// message when the value is not understood (the counter then reads the simulated card and
/// shows it among the simulated devices). Nothing is opened yet: a missing library or reader is
/// reported at the first read, naming the problem.
[[nodiscard]] std::unique_ptr<CardReader>
makeCardReader(const QString& value, int timeoutMs, const QString& helperDir, QString& problem);

} // namespace pos::app
